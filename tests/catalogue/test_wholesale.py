"""Wholesale enquiries (stored, e-mailed to the programme office and the producer in Vietnamese and
acknowledged in the page's language), their spam checks (honeypot, too fast, too old, rate limit),
bad input kept and explained, the staff's list; and the "where else to buy" marketplace links."""

import re
import time

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from catalogue.models import EnquiryStatus, ProducerPage, WholesaleEnquiry
from catalogue.wholesale.forms import issue_token
from tests.conftest import translate_page

pytestmark = pytest.mark.django_db

OFFICE = "office@ocop.example.vn"


@pytest.fixture(autouse=True)
def office(settings):
    settings.OCOP_WHOLESALE_OFFICE_EMAIL = OFFICE


@pytest.fixture
def producer_with_email(producer):
    ProducerPage.objects.filter(translation_key=producer.translation_key).update(email="hoaphuong@example.vn")
    producer.refresh_from_db()
    return producer


def enquiry_url(page, language="vi"):
    with translation.override(language):
        return reverse("catalogue:wholesale_enquiry", args=[page.pk])


def form_data(**overrides):
    data = {
        "issued": issue_token(time.time() - 30),  # shown half a minute ago
        "quantity": "500",
        "unit": "kg",
        "country": "KR",
        "company": "Seoul Foods Co.",
        "contact_name": "Kim Min-ji",
        "email": "minji@seoulfoods.example",
        "phone": "+82 10 1234 5678",
        "message": "We would like 500 kg a month, vacuum packed, for restaurants in Seoul.",
        "website": "",
    }
    data.update(overrides)
    return data


def send(page, language="vi", client=None, **overrides):
    return (client or Client()).post(enquiry_url(page, language), form_data(**overrides))


def test_the_form_page_works_without_javascript_and_is_linked_from_product_and_producer(client, product, producer):
    for page in (product, producer):
        html = client.get(page.url).content.decode()
        assert f'href="{enquiry_url(page)}"' in html
    response = client.get(enquiry_url(product))
    html = response.content.decode()
    assert response.status_code == 200 and 'name="robots" content="noindex"' in html
    assert '<form class="enquiry-form" method="post"' in html and 'name="issued"' in html
    for name in ("quantity", "unit", "country", "company", "contact_name", "email", "phone", "message"):
        assert f'name="{name}"' in html
    assert '<option value="KR">Hàn Quốc</option>' in html  # Babel's names in the page's language
    assert 'tabindex="-1"' in html and 'aria-hidden="true"' in html  # the honeypot is out of everyone's way


def test_an_enquiry_is_stored_and_mailed_to_office_and_producer_in_vietnamese_and_acknowledged_in_english(
    django_capture_on_commit_callbacks, product_en, producer_with_email
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(product_en, "en")
    assert response.status_code == 303 and response["Location"].endswith("?sent=1")

    enquiry = WholesaleEnquiry.objects.get()
    assert enquiry.status == EnquiryStatus.NEW
    assert (enquiry.quantity, enquiry.unit, enquiry.country) == (500, "kg", "KR")
    assert enquiry.company == "Seoul Foods Co." and enquiry.language == "en"
    assert enquiry.product.translation_key == product_en.translation_key
    assert enquiry.producer.translation_key == producer_with_email.translation_key
    assert enquiry.subject == "Ha Long squid cakes"

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {OFFICE, "hoaphuong@example.vn", "minji@seoulfoods.example"}
    with translation.override("vi"):
        vi_quantity, vi_country = gettext("Quantity"), gettext("Destination country")
    for staff in (OFFICE, "hoaphuong@example.vn"):
        body = by_recipient[staff].body
        assert by_recipient[staff].reply_to == ["minji@seoulfoods.example"]
        assert f"{vi_country}: Hàn Quốc" in body and vi_quantity in body and "Kim Min-ji" in body
        assert "500 kg a month" in body and "+82 10 1234 5678" in body
    assert "/admin/wholesale_enquiries/edit/" in by_recipient[OFFICE].body
    acknowledgement = by_recipient["minji@seoulfoods.example"]
    assert "Ha Long squid cakes" in acknowledgement.subject
    assert "Destination country: South Korea" in acknowledgement.body
    assert "500 kg a month" not in acknowledgement.body  # no free text sent to whatever address was typed
    assert product_en.url in acknowledgement.body

    thanks = Client().get(response["Location"]).content.decode()
    assert "data-enquiry-sent" in thanks


def test_a_producer_without_an_email_address_gets_nothing_and_the_office_still_does(
    django_capture_on_commit_callbacks, producer
):
    with django_capture_on_commit_callbacks(execute=True):
        assert send(producer).status_code == 303
    assert sorted(m.to[0] for m in mail.outbox) == sorted([OFFICE, "minji@seoulfoods.example"])
    assert WholesaleEnquiry.objects.get().product is None


@pytest.mark.parametrize(
    "make_overrides",
    [
        lambda: {"website": "http://spam.example"},  # the honeypot
        lambda: {"issued": issue_token(time.time())},  # sent within 3 seconds of being shown
        lambda: {"issued": issue_token(time.time() - 2 * 24 * 3600)},  # shown two days ago
        lambda: {"issued": "forged-token"},
    ],
    ids=["honeypot", "too-fast", "too-old", "forged"],
)
def test_spam_checks_refuse_the_enquiry_with_a_message_and_keep_what_was_typed(
    django_capture_on_commit_callbacks, product, make_overrides
):
    overrides = make_overrides()
    with django_capture_on_commit_callbacks(execute=True):
        response = send(product, **overrides)
    html = response.content.decode()
    assert response.status_code == 400
    assert "data-spam-problem" in html
    assert 'value="Seoul Foods Co."' in html and "500 kg a month" in html  # nothing lost
    assert WholesaleEnquiry.objects.count() == 0 and mail.outbox == []
    # The re-rendered form carries a fresh token: sending it again later is possible.
    assert re.search(r'name="issued" value="([^"]+)"', html).group(1) != overrides.get("issued")


def test_bad_input_is_explained_field_by_field_with_a_400(product):
    response = send(product, email="not-an-address", quantity="²", country="XX", message="")
    html = response.content.decode()
    assert response.status_code == 400
    assert html.count('class="form-field form-field--error"') == 4
    assert 'href="#id_email"' in html and 'value="Seoul Foods Co."' in html
    assert WholesaleEnquiry.objects.count() == 0


def test_the_rate_limit_answers_429(settings, product):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "wholesale_enquiry": (2, 3600)}
    client = Client()
    assert send(product, client=client).status_code == 303
    assert send(product, client=client, company="").status_code == 400  # errors count too
    response = send(product, client=client)
    assert response.status_code == 429 and response["Retry-After"]
    assert WholesaleEnquiry.objects.count() == 1


def test_no_form_for_producers_closed_to_wholesale_or_pages_that_are_not_products(client, product, site_tree):
    ProducerPage.objects.filter(translation_key=product.producer.translation_key).update(accepts_wholesale=False)
    assert client.get(enquiry_url(product)).status_code == 404
    assert "data-wholesale-link" not in client.get(product.url).content.decode()
    assert client.get(enquiry_url(site_tree["catalogue"])).status_code == 404
    assert client.get("/vi/wholesale-enquiry/999999/").status_code == 404


@pytest.fixture
def staff_client(django_user_model):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("office", "o@example.com", "pw-office-123")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def test_staff_list_enquiries_by_status_and_change_the_status(staff_client, product):
    send(product)
    send(product, company="Osaka Trading")
    answered = WholesaleEnquiry.objects.get(company="Osaka Trading")
    answered.status = EnquiryStatus.ANSWERED
    answered.save()

    index = reverse("wholesale_enquiries:index")
    html = staff_client.get(index).content.decode()
    assert "Seoul Foods Co." in html and "Osaka Trading" in html
    html = staff_client.get(index, {"status": "new"}).content.decode()
    assert "Seoul Foods Co." in html and "Osaka Trading" not in html

    enquiry = WholesaleEnquiry.objects.get(company="Seoul Foods Co.")
    edit = reverse("wholesale_enquiries:edit", args=[enquiry.pk])
    page = staff_client.get(edit).content.decode()
    assert "500 kg a month" in page
    response = staff_client.post(edit, {"status": "closed", "staff_notes": "Sent the price list."})
    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.CLOSED and enquiry.staff_notes == "Sent the price list."
    assert enquiry.company == "Seoul Foods Co."  # what the buyer wrote is read-only
    assert staff_client.get(reverse("wholesale_enquiries:add")).status_code in (302, 403)


def test_marketplace_links_render_with_their_names_and_nofollow_in_both_languages(client, product, site_tree):
    from tests.conftest import PRODUCT_STRINGS

    product.marketplace_links = [
        ("link", {"name": "Shopee", "url": "https://shopee.vn/cha-muc-ha-long"}),
        ("link", {"name": "Tiki", "url": "https://tiki.vn/cha-muc"}),
    ]
    product.save_revision().publish()
    translate_page(product.producer, site_tree["en"], PRODUCT_STRINGS)
    product_en = translate_page(product, site_tree["en"], PRODUCT_STRINGS)
    for page in (product, product_en):
        html = client.get(page.url).content.decode()
        links = re.findall(r'<a class="chip" href="([^"]+)" rel="([^"]+)" data-marketplace>([^<]+)</a>', html)
        assert links == [
            ("https://shopee.vn/cha-muc-ha-long", "nofollow noopener", "Shopee"),
            ("https://tiki.vn/cha-muc", "nofollow noopener", "Tiki"),
        ]
