"""On a 390×844 phone: a product at a running fair shows the badge, leads to the fair; a foreign
buyer opens the wholesale enquiry form from the product page, fills it in and sends it; the office,
the producer and the buyer get their e-mails. No horizontal scrolling on any of these pages.
Screenshots in .state/screenshots/fairs-*.png."""

import datetime
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone

from catalogue.models import FairBooth, FairIndexPage, FairPage, ProducerPage, WholesaleEnquiry

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).resolve().parents[2] / ".state" / "screenshots"
PHONE = {"width": 390, "height": 844}


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def no_sideways_scroll(page):
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"], page.url


@pytest.fixture
def running_fair(site_tree, product, producer):
    index = site_tree["home"].add_child(instance=FairIndexPage(title="Hội chợ OCOP", slug="hoi-cho"))
    index.save_revision().publish()
    now = timezone.now()
    fair = FairPage(
        title="Hội chợ OCOP Quảng Ninh",
        slug="hoi-cho-ocop-quang-ninh",
        start=now - datetime.timedelta(hours=2),
        end=now + datetime.timedelta(hours=6),
        venue="Cung Quy hoạch, Hội chợ và Triển lãm tỉnh Quảng Ninh",
        address="Phường Hồng Hà, tỉnh Quảng Ninh",
        organiser="Sở Công Thương tỉnh Quảng Ninh",
        intro="Năm ngày sản phẩm OCOP của 13 địa phương.",
    )
    fair.booths.add(FairBooth(producer=producer, product=product, booth_number="A01"))
    index.add_child(instance=fair)
    fair.save_revision().publish()
    return fair


def test_a_buyer_on_a_phone_sees_the_fair_badge_and_sends_a_wholesale_enquiry(
    live_server, browser, settings, running_fair, product, producer
):
    settings.OCOP_WHOLESALE_MIN_SECONDS = 0  # a script types faster than a person (tested in test_wholesale)
    settings.OCOP_WHOLESALE_OFFICE_EMAIL = "office@ocop.example.vn"
    ProducerPage.objects.filter(pk=producer.pk).update(email="hoaphuong@example.vn")
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="vi-VN")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(live_server.url + product.url)
    badge = page.locator("[data-fair-badge]")
    assert badge.is_visible() and "A01" in badge.inner_text() and running_fair.title in badge.inner_text()
    no_sideways_scroll(page)
    shot(page, "fairs-product-badge-phone")

    badge.locator("a").click()
    page.wait_for_url("**" + running_fair.url)
    assert page.locator("h1").inner_text() == running_fair.title
    assert page.locator("a[href$='/ics/']").is_visible()
    no_sideways_scroll(page)
    shot(page, "fairs-fair-page-phone")

    page.goto(live_server.url + product.url)
    page.locator("[data-wholesale-link]").click()
    page.wait_for_selector("form.enquiry-form")
    no_sideways_scroll(page)
    page.fill("#id_quantity", "500")
    page.select_option("#id_unit", "kg")
    page.select_option("#id_country", "KR")
    page.fill("#id_company", "Seoul Foods Co.")
    page.fill("#id_contact_name", "Kim Min-ji")
    page.fill("#id_email", "minji@seoulfoods.example")
    page.fill("#id_message", "500 kg a month, vacuum packed.")
    shot(page, "fairs-enquiry-form-phone")
    page.locator("form.enquiry-form button[type=submit]").click()
    page.wait_for_selector("[data-enquiry-sent]")
    no_sideways_scroll(page)
    shot(page, "fairs-enquiry-sent-phone")

    enquiry = WholesaleEnquiry.objects.get()
    assert (enquiry.company, enquiry.country, enquiry.quantity, enquiry.language) == (
        "Seoul Foods Co.",
        "KR",
        500,
        "vi",
    )
    assert sorted(m.to[0] for m in mail.outbox) == [
        "hoaphuong@example.vn",
        "minji@seoulfoods.example",
        "office@ocop.example.vn",
    ]
    context.close()
    assert not errors, errors
