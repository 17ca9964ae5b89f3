"""Fairs: the "at the fair" badge while a fair runs (Vietnam time, to the minute), the fairs
index (running and coming up / past), the calendar file, the schema.org Event markup, page types
and the English translation of a fair."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import caches
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar

from catalogue.fairs.attendance import badges_for_producer, badges_for_product, clock_period
from catalogue.models import FairBooth, FairIndexPage, FairPage
from tests.conftest import translate_page
from tests.factories import ProductPageFactory

pytestmark = pytest.mark.django_db

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def vn(*args):
    return datetime.datetime(*args, tzinfo=VN)


FAIR_STRINGS = {
    "Hội chợ OCOP": "OCOP fairs",
    "hoi-cho": "fairs",
    "Hội chợ OCOP Quảng Ninh": "Quang Ninh OCOP Fair",
    "hoi-cho-ocop-quang-ninh": "quang-ninh-ocop-fair",
    "Cung Quy hoạch, Hội chợ và Triển lãm tỉnh": "Provincial Exhibition Centre",
    "Sở Công Thương Quảng Ninh": "Quang Ninh Department of Industry and Trade",
    "Ba ngày sản phẩm OCOP của 13 địa phương.": "Three days of OCOP products from 13 localities.",
    "Gian hàng của mọi địa phương.": "Booths of every locality.",
}


@pytest.fixture
def fairs_index(site_tree):
    index = site_tree["home"].add_child(instance=FairIndexPage(title="Hội chợ OCOP", slug="hoi-cho"))
    index.save_revision().publish()
    return index


def make_fair(index, start, end, booths=(), title="Hội chợ OCOP Quảng Ninh", slug="hoi-cho-ocop-quang-ninh", **fields):
    fair = FairPage(
        title=title,
        slug=slug,
        start=start,
        end=end,
        venue="Cung Quy hoạch, Hội chợ và Triển lãm tỉnh",
        address="Phường Hồng Hà, tỉnh Quảng Ninh",
        organiser="Sở Công Thương Quảng Ninh",
        intro="Ba ngày sản phẩm OCOP của 13 địa phương.",
        body="<p>Gian hàng của mọi địa phương.</p>",
        **fields,
    )
    for producer, product, number in booths:
        fair.booths.add(FairBooth(producer=producer, product=product, booth_number=number))
    index.add_child(instance=fair)
    fair.save_revision().publish()
    return fair


def test_the_badge_shows_from_the_first_minute_to_the_last_in_vietnam_time(fairs_index, product, producer):
    make_fair(fairs_index, vn(2026, 12, 10, 8, 0), vn(2026, 12, 13, 21, 0), booths=[(producer, product, "A12")])
    expected = {
        vn(2026, 12, 10, 7, 59): False,  # the minute before it opens
        vn(2026, 12, 10, 8, 0): True,  # 08:00 in Quảng Ninh = 01:00 UTC
        vn(2026, 12, 13, 20, 59): True,  # the last minute
        vn(2026, 12, 13, 21, 0): False,  # closed
        vn(2026, 12, 14, 8, 0): False,
    }
    for now, shown in expected.items():
        for badges in (badges_for_product(product, now=now), badges_for_producer(producer, now=now)):
            assert bool(badges) is shown, now
            if shown:
                assert badges[0].booth == "A12" and badges[0].title == "Hội chợ OCOP Quảng Ninh"
    # The same instants written in UTC: what counts is the moment, not the server's clock.
    assert badges_for_product(product, now=datetime.datetime(2026, 12, 10, 1, 0, tzinfo=datetime.UTC))
    assert not badges_for_product(product, now=datetime.datetime(2026, 12, 10, 0, 59, tzinfo=datetime.UTC))


def test_a_booth_listing_products_badges_those_only_and_a_booth_without_products_the_whole_range(
    fairs_index, site_tree, product, producer
):
    other = ProductPageFactory(
        parent=site_tree["catalogue"], title="Mực khô", producer=producer, region=product.region, group=product.group
    )
    other.save_revision().publish()
    running = vn(2026, 12, 11, 10, 0)
    fair = make_fair(fairs_index, vn(2026, 12, 10, 8, 0), vn(2026, 12, 13, 21, 0), booths=[(producer, product, "B3")])
    assert badges_for_product(product, now=running) and not badges_for_product(other, now=running)

    fair.booths.all().delete()
    FairBooth.objects.create(fair=fair, producer=producer, product=None, booth_number="B3")
    assert badges_for_product(product, now=running) and badges_for_product(other, now=running)


def test_cancelled_or_unpublished_fairs_show_no_badge(fairs_index, product, producer):
    running = vn(2026, 12, 11, 10, 0)
    fair = make_fair(fairs_index, vn(2026, 12, 10, 8, 0), vn(2026, 12, 13, 21, 0), booths=[(producer, None, "")])
    FairPage.objects.filter(pk=fair.pk).update(event_status="cancelled")
    assert not badges_for_product(product, now=running)
    FairPage.objects.filter(pk=fair.pk).update(event_status="scheduled")
    assert badges_for_product(product, now=running)
    fair.unpublish()
    assert not badges_for_product(product, now=running)


def test_product_and_producer_pages_show_the_badge_with_the_booth_and_a_link_while_the_fair_runs(
    client, fairs_index, product, producer
):
    now = timezone.now()
    fair = make_fair(
        fairs_index, now - datetime.timedelta(hours=1), now + datetime.timedelta(hours=2), [(producer, product, "C7")]
    )
    make_fair(
        fairs_index,
        now - datetime.timedelta(days=30),
        now - datetime.timedelta(days=28),
        [(producer, product, "Z9")],
        title="Tuần hàng OCOP tại Hà Nội",
        slug="tuan-hang-ha-noi",
    )
    with translation.override("vi"):
        at_the_fair = gettext("At the fair now")
    for url in (product.url, producer.url):
        html = client.get(url).content.decode()
        badge = re.search(r'<p class="fair-badge".*?</p>', html, re.S).group(0)
        assert at_the_fair in badge and fair.title in badge and "C7" in badge and f'href="{fair.url}"' in badge
        assert "Z9" not in html  # the past fair


def test_the_index_lists_running_and_coming_fairs_apart_from_past_ones(client, fairs_index):
    now = timezone.now()
    make_fair(fairs_index, now - datetime.timedelta(hours=1), now + datetime.timedelta(days=1), slug="dang-dien-ra")
    make_fair(
        fairs_index,
        now + datetime.timedelta(days=20),
        now + datetime.timedelta(days=23),
        title="Hội chợ mùa xuân",
        slug="mua-xuan",
    )
    make_fair(
        fairs_index,
        now - datetime.timedelta(days=90),
        now - datetime.timedelta(days=87),
        title="Tuần hàng OCOP tại Hà Nội",
        slug="tuan-hang-ha-noi",
    )
    html = client.get(fairs_index.url).content.decode()
    upcoming, past = html.split('id="past-heading"')
    assert "Hội chợ OCOP Quảng Ninh" in upcoming and "Hội chợ mùa xuân" in upcoming
    assert upcoming.index("Hội chợ OCOP Quảng Ninh") < upcoming.index("Hội chợ mùa xuân")  # soonest first
    assert "Tuần hàng OCOP tại Hà Nội" in past and "Tuần hàng OCOP tại Hà Nội" not in upcoming


def test_the_fair_page_shows_vietnam_time_and_its_exhibitors(client, fairs_index, product, producer):
    fair = make_fair(fairs_index, vn(2026, 12, 10, 8, 0), vn(2026, 12, 13, 21, 0), [(producer, product, "A12")])
    html = client.get(fair.url).content.decode()
    assert "08:00" in html and "21:00" in html  # stored as 01:00 and 14:00 UTC
    assert producer.title in html and product.title in html and "A12" in html
    assert f'href="{fair.url}ics/"' in html


def test_the_calendar_file_parses_back_with_the_fair_in_vietnam_time(client, fairs_index, product, producer):
    fair = make_fair(fairs_index, vn(2026, 12, 10, 8, 0), vn(2026, 12, 13, 21, 0), [(producer, product, "A12")])
    response = client.get(fair.url + "ics/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"] and ".ics" in response["Content-Disposition"]
    assert b"\r\n" in response.content  # RFC 5545 line ends
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["SUMMARY"]) == "Hội chợ OCOP Quảng Ninh"
    assert event.decoded("DTSTART") == vn(2026, 12, 10, 8, 0)
    assert event.decoded("DTEND") == vn(2026, 12, 13, 21, 0)
    assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    assert "Cung Quy hoạch" in str(event["LOCATION"])
    assert str(event["URL"]) == "http://testserver" + fair.url
    assert str(event["STATUS"]) == "CONFIRMED" and event["UID"] and event["DTSTAMP"]


def ld_objects(html):
    return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)]


def test_the_fair_page_carries_schema_org_event_markup(client, fairs_index, product, producer):
    fair = make_fair(fairs_index, vn(2026, 12, 10, 8, 0), vn(2026, 12, 13, 21, 0), [(producer, product, "A12")])
    html = client.get(fair.url).content.decode()
    events = [o for o in ld_objects(html) if o.get("@type") == "Event"]
    assert len(events) == 1
    event = events[0]
    assert event["name"] == "Hội chợ OCOP Quảng Ninh"
    assert event["startDate"] == "2026-12-10T08:00:00+07:00"
    assert event["endDate"] == "2026-12-13T21:00:00+07:00"
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert event["location"]["@type"] == "Place"
    assert event["location"]["name"] == "Cung Quy hoạch, Hội chợ và Triển lãm tỉnh"
    assert event["location"]["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "VN",
        "streetAddress": "Phường Hồng Hà, tỉnh Quảng Ninh",
    }
    assert event["organizer"] == {"@type": "Organization", "name": "Sở Công Thương Quảng Ninh"}
    assert event["description"] == "Ba ngày sản phẩm OCOP của 13 địa phương."
    assert event["url"] == "http://testserver" + fair.url
    assert "image" not in event  # none given: no made-up image

    FairPage.objects.filter(pk=fair.pk).update(
        event_status="cancelled", attendance_mode="mixed", online_url="https://live.example.vn/ocop"
    )
    event = next(o for o in ld_objects(client.get(fair.url).content.decode()) if o.get("@type") == "Event")
    assert event["eventStatus"] == "https://schema.org/EventCancelled"
    assert event["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in event["location"]] == ["Place", "VirtualLocation"]


def test_the_english_fair_links_from_english_pages_and_its_calendar_is_the_same_event(
    client, fairs_index, site_tree, product_en, product, producer
):
    now = timezone.now()
    fair = make_fair(
        fairs_index, now - datetime.timedelta(hours=1), now + datetime.timedelta(hours=2), [(producer, product, "C7")]
    )
    translate_page(fairs_index, site_tree["en"], FAIR_STRINGS)
    fair_en = translate_page(fair, site_tree["en"], FAIR_STRINGS)
    assert fair_en.url.startswith("/en/") and fair_en.booths.count() == 1  # booths are synchronised

    html = client.get(product_en.url).content.decode()
    badge = re.search(r'<p class="fair-badge".*?</p>', html, re.S).group(0)
    assert "Quang Ninh OCOP Fair" in badge and f'href="{fair_en.url}"' in badge and "C7" in badge

    en_html = client.get(fair_en.url).content.decode()
    assert "Provincial Exhibition Centre" in en_html and "Ha Long squid cakes" in en_html
    vi_event = Calendar.from_ical(client.get(fair.url + "ics/").content).walk("VEVENT")[0]
    en_event = Calendar.from_ical(client.get(fair_en.url + "ics/").content).walk("VEVENT")[0]
    assert str(en_event["SUMMARY"]) == "Quang Ninh OCOP Fair"
    assert str(en_event["UID"]) == str(vi_event["UID"])


def test_cached_pages_gain_and_lose_the_badge_when_the_fair_opens_and_closes(
    settings, django_capture_on_commit_callbacks, monkeypatch, fairs_index, product, producer
):
    settings.OCOP_PAGE_CACHE_SECONDS = 300
    settings.OCOP_CONTENT_CACHE_SECONDS = 600
    caches["pages"].clear()
    start = timezone.now() + datetime.timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        make_fair(fairs_index, start, start + datetime.timedelta(hours=3), [(producer, product, "D1")])

    def visit_at(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)
        response = Client().get(product.url)
        assert response.status_code == 200
        return response["X-Page-Cache"], 'class="fair-badge"' in response.content.decode()

    before = start - datetime.timedelta(minutes=1)
    assert clock_period(before) != clock_period(start)
    assert visit_at(before) == ("miss", False)
    assert visit_at(before) == ("hit", False)
    assert visit_at(start) == ("miss", True)  # a new period: not the copy stored before the opening
    assert visit_at(start + datetime.timedelta(minutes=30)) == ("hit", True)
    assert visit_at(start + datetime.timedelta(hours=3)) == ("miss", False)


class TestFairPageTypes:
    def test_tree_rules(self, fairs_index, site_tree):
        from home.models import HomePage

        assert FairIndexPage in HomePage.allowed_subpage_models()
        assert FairIndexPage.allowed_subpage_models() == [FairPage]
        assert FairPage.allowed_parent_page_models() == [FairIndexPage]
        assert not FairIndexPage.can_create_at(site_tree["home"])  # one index per home

    def test_a_fair_must_end_after_it_starts(self, fairs_index):
        from django.core.exceptions import ValidationError

        fair = FairPage(
            title="Sai ngày", start=vn(2026, 12, 10, 8, 0), end=vn(2026, 12, 10, 8, 0), venue="X", organiser="Y"
        )
        with pytest.raises(ValidationError) as error:
            fair.clean()
        assert "end" in error.value.message_dict

    def test_a_booth_product_must_be_the_booth_producers(self, fairs_index, site_tree, product, region):
        from django.core.exceptions import ValidationError

        from tests.factories import ProducerPageFactory

        stranger = ProducerPageFactory(parent=site_tree["producers"], title="HTX khác", region=region)
        with pytest.raises(ValidationError):
            FairBooth(producer=stranger, product=product, booth_number="1").clean()
        FairBooth(producer=product.producer, product=product, booth_number="1").clean()


def test_an_editor_creates_a_fair_with_booths_in_the_admin_in_vietnam_time(
    django_user_model, fairs_index, product, producer
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    editor = django_user_model.objects.create_superuser("editor", "e@example.com", "pw-editor-123")
    client = Client()
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Hội chợ mùa xuân",
            "slug": "hoi-cho-mua-xuan",
            "start": "2027-03-05 08:00",
            "end": "2027-03-08 21:00",
            "venue": "Quảng trường 30/10",
            "address": "",
            "attendance_mode": "offline",
            "online_url": "",
            "organiser": "Sở Công Thương Quảng Ninh",
            "organiser_url": "",
            "event_status": "scheduled",
            "intro": "",
            "body": rich_text("<p>Hội chợ mùa xuân.</p>"),
            "booths": inline_formset(
                [
                    {"producer": producer.pk, "product": product.pk, "booth_number": "A12"},
                    {"producer": producer.pk, "product": "", "booth_number": "A13"},
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/catalogue/fairpage/{fairs_index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    fair = FairPage.objects.get(slug="hoi-cho-mua-xuan")
    assert fair.live
    assert fair.start == vn(2027, 3, 5, 8, 0) and fair.end == vn(2027, 3, 8, 21, 0)  # typed in Vietnam time
    assert list(fair.booths.values_list("booth_number", flat=True)) == ["A12", "A13"]
    assert badges_for_product(product, now=vn(2027, 3, 5, 8, 0))[0].booth in ("A12", "A13")

    data["end"] = "2027-03-05 07:00"  # before the start
    response = client.post(f"/admin/pages/add/catalogue/fairpage/{fairs_index.pk}/", {**data, "slug": "sai"})
    assert response.status_code == 200 and not FairPage.objects.filter(slug="sai").exists()
