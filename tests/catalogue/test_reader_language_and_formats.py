"""What a reader of the English or Vietnamese catalogue sees: dates, numbers, issuers, producer
names, alt text and the language switcher, per language (issue 8, items 10 and 11)."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from catalogue.demo import content
from catalogue.demo.loader import english_attribution
from catalogue.l10n import format_long_date, format_number, official_name
from home.templatetags.home_languages import language_switch_url
from tests.conftest import PRODUCT_STRINGS, translate_page
from tests.factories import CertificationFactory, ProductPageFactory

pytestmark = pytest.mark.django_db

ISSUED = datetime.date(2024, 1, 25)


def test_dates_are_written_out_per_language_never_month_first():
    assert format_long_date(ISSUED, "en") == "25 January 2024"
    assert format_long_date(ISSUED, "vi") == "25 tháng 1, 2024"
    assert format_long_date(None, "en") == ""
    assert format_long_date(datetime.datetime(2024, 1, 25, 10, 0), "en") == "25 January 2024"
    # a moment is shown as the day it is in Vietnam, not in UTC
    late_evening_utc = datetime.datetime(2026, 12, 1, 20, 0, tzinfo=datetime.UTC)
    assert format_long_date(late_evening_utc, "vi") == "2 tháng 12, 2026"


def test_numbers_use_each_language_separators():
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(1234567, "vi") == "1.234.567"
    assert format_number("n/a", "en") == "n/a"


def test_known_issuers_have_their_official_name_in_each_language_unknown_ones_stay_as_written():
    assert official_name("UBND tỉnh Quảng Ninh", "en") == "People's Committee of Quảng Ninh Province"
    assert official_name("Uỷ ban nhân dân  tỉnh Quảng Ninh", "en") == "People's Committee of Quảng Ninh Province"
    assert official_name("Bộ Nông nghiệp và Môi trường", "en") == "Ministry of Agriculture and Environment"
    assert official_name("UBND tỉnh Quảng Ninh", "vi") == "UBND tỉnh Quảng Ninh"  # as on the certificate
    assert official_name("Sở Công Thương Hải Phòng", "en") == "Sở Công Thương Hải Phòng"  # a proper name
    assert official_name("", "en") == ""


@pytest.fixture
def certified_product_en(product, product_en):
    product.certifications.all().delete()
    CertificationFactory(
        product=product,
        stars=4,
        score=80,
        issued_on=datetime.date.today() - datetime.timedelta(days=30),
        issuing_body="UBND tỉnh Quảng Ninh",
    )
    return product_en


def test_english_product_page_shows_issuer_and_dates_in_english(client, certified_product_en):
    html = client.get(certified_product_en.url).content.decode()
    issued = datetime.date.today() - datetime.timedelta(days=30)
    assert "People&#x27;s Committee of Quảng Ninh Province" in html
    assert "UBND tỉnh" not in html  # (certificate numbers such as "1/QĐ-UBND" are identifiers)
    assert format_long_date(issued, "en") in html
    assert not re.search(r">\d{1,2}/\d{1,2}/\d{4}<", html), "a numeric date on an English page"


def test_vietnamese_product_page_keeps_the_certificate_wording(client, certified_product_en, product):
    html = client.get(product.url).content.decode()
    issued = datetime.date.today() - datetime.timedelta(days=30)
    assert "UBND tỉnh Quảng Ninh" in html
    assert format_long_date(issued, "vi") in html


def test_product_cards_show_the_producer_page_of_the_readers_language(
    client, product_en, site_tree, producer, region, group
):
    # A second product by the same producer: the first one's page lists it under "Related products".
    other = ProductPageFactory(
        parent=site_tree["catalogue"],
        title="Chả mực viên",
        slug="cha-muc-vien",
        producer=producer,
        region=region,
        group=group,
    )
    other.save_revision().publish()
    translate_page(
        other,
        site_tree["en"],
        {
            "Chả mực viên": "Squid balls",
            "cha-muc-vien": "squid-balls",
            "Đặc sản của tỉnh Quảng Ninh.": "A Quang Ninh speciality.",
        },
    )
    html = client.get(product_en.url).content.decode()
    related = html.split('id="related-heading"', 1)[1]
    assert "Squid balls" in related
    assert PRODUCT_STRINGS["Cơ sở chả mực Hoa Phượng"] in related
    assert "Cơ sở chả mực Hoa Phượng" not in related
    vi_html = client.get(other.url).content.decode()
    assert "Cơ sở chả mực Hoa Phượng" in vi_html.split('id="related-heading"', 1)[1]


def test_footer_names_the_programme_in_the_readers_language(client, product_en, product):
    assert "Quảng Ninh OCOP Programme" in client.get(product_en.url).content.decode()
    assert "Chương trình OCOP tỉnh Quảng Ninh" in client.get(product.url).content.decode()


def test_main_image_alt_text_is_in_the_pages_language(client, product, product_en):
    from catalogue.demo.images import demo_image

    image = demo_image("Chả mực Hạ Long", "Hạ Long", "thuc-pham", alt="Chả mực Hạ Long trên đĩa")
    for page in (product, product_en):
        page.image = image
        page.save_revision().publish()
    assert 'alt="Chả mực Hạ Long trên đĩa"' in client.get(product.url).content.decode()
    html_en = client.get(product_en.url).content.decode()
    assert 'alt="Ha Long squid cakes"' in html_en
    assert "trên đĩa" not in html_en
    # Cards put the title right next to the photo: their image is not named twice.
    assert re.search(r'<img alt=""[^>]*fill-400x300', html_en) or "related-heading" not in html_en


def test_demo_where_to_buy_and_quote_attributions_have_english():
    places = {place for spec in content.PRODUCTS for place in spec["where_to_buy"]}
    assert places <= set(content.WHERE_TO_BUY_EN), places - set(content.WHERE_TO_BUY_EN)
    for spec in content.PRODUCERS:
        english = english_attribution(spec["quote"][2])
        assert english != spec["quote"][2], spec["quote"][2]
        assert not english.startswith(("Bà ", "Ông ", "Chị ")), english
    assert english_attribution("Bà Nguyễn Thị Hoa, chủ cơ sở") == "Nguyễn Thị Hoa, owner of the workshop"


def _switch(path, link):
    request = RequestFactory().get(path)
    return language_switch_url(Context({"request": request}), link)


def test_language_switch_url_carries_the_listing_filters_and_nothing_else():
    link = {"code": "en", "url": "/en/products/region/ha-long/", "exists": True}
    url = _switch("/vi/san-pham/region/ha-long/?group=thuc-pham&stars=4&fragment=results&utm_source=x&page=2", link)
    assert url == "/en/products/region/ha-long/?group=thuc-pham&stars=4&page=2"
    search = {"code": "en", "url": "/en/search/?q=cha+muc&fragment=results", "exists": True}
    assert _switch("/vi/search/?q=cha+muc&fragment=results&in_stock=1", search) == "/en/search/?q=cha+muc&in_stock=1"


def test_language_switch_url_never_points_at_another_host():
    # translate_url() returns a path starting with // unchanged: a scheme-relative link elsewhere.
    for bad in ("//evil.example/vi/search/", "javascript:alert(1)", "/\\evil.example/"):
        assert _switch("/vi/search/?q=a", {"code": "en", "url": bad, "exists": True}) == "/en/"


def test_language_switch_without_a_translation_goes_home_without_filters():
    link = {"code": "en", "url": "/en/", "exists": False}
    assert _switch("/vi/san-pham/?stars=4", link) == "/en/"


def test_switcher_on_a_locality_page_keeps_its_filters(client, product, product_en, region, site_tree):
    html = client.get(site_tree["catalogue"].url + "region/ha-long/?stars=4&sort=price_asc&evil=1").content.decode()
    assert 'href="/en/products/region/ha-long/?stars=4&amp;sort=price_asc"' in html


def test_filter_count_on_the_phone_button(client, product, site_tree):
    with translation.override("vi"):
        html = Template("{% load search_listing %}{% active_filter_count f 'ha-long' as n %}{{ n }}").render(
            Context(
                {
                    "f": type(
                        "F",
                        (),
                        {
                            "stars": 4,
                            "region": None,
                            "group": None,
                            "producer_type": None,
                            "in_stock": True,
                            "price_min": None,
                            "price_max": 100000,
                        },
                    )()
                }
            )
        )
    assert html == "4"
