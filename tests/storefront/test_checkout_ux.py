"""The checkout's form as a buyer and a screen reader meet it: summary, descriptions, order of lists."""

import re

import pytest
from test_checkout import fill_cart, form_data

from site_config.countries import country_choices
from site_config.models import ShopSettings
from storefront.forms import provinces, short_province_name
from storefront.models import Order


def ids_in(html):
    return set(re.findall(r'\bid="([^"]+)"', html))


@pytest.mark.django_db
def test_failed_submit_has_an_error_summary_linking_to_each_field(client, variant):
    fill_cart(client, variant)
    data = form_data(client, lang="en", name="", phone="12", accept_terms="")
    response = client.post("/en/checkout/", data)
    html = response.content.decode()
    assert response.status_code == 400
    summary = html[html.index('id="error-summary"') : html.index("</div>", html.index('id="error-summary"'))]
    links = re.findall(r'href="#([^"]+)"', summary)
    assert links[:3] == ["id_name", "id_phone", "id_accept_terms"]
    assert set(links) <= ids_in(html)


@pytest.mark.django_db
def test_every_aria_describedby_points_at_an_element_that_exists(client, variant):
    fill_cart(client, variant)
    for response in (
        client.get("/vi/checkout/"),
        client.post("/vi/checkout/", form_data(client, phone="1", email="x")),
    ):
        html = response.content.decode()
        ids = ids_in(html)
        described = [i for value in re.findall(r'aria-describedby="([^"]+)"', html) for i in value.split()]
        assert described and set(described) <= ids
    assert 'aria-invalid="true"' in html and 'id="id_phone_error"' in html


@pytest.mark.django_db
def test_fields_have_the_types_and_autocomplete_phones_expect(client, variant):
    fill_cart(client, variant)
    html = client.get("/vi/checkout/").content.decode()
    assert re.search(r'<input[^>]+type="tel"[^>]+name="phone"|<input[^>]+name="phone"[^>]+type="tel"', html)
    for token in ("name", "email", "tel", "country", "address-level1", "street-address", "postal-code"):
        assert f'autocomplete="{token}"' in html
    # Three groups, three legends: none nested in another (the payment radios are the payment group).
    assert html.count("<legend") == 3 and html.count("<fieldset") == 3


@pytest.mark.django_db
def test_refresh_shows_no_errors_for_fields_not_reached_yet(client, variant):
    fill_cart(client, variant)
    html = client.post("/vi/checkout/", {"checkout_key": "x", "province": "22", "refresh": "1"}).content.decode()
    assert "error-summary" not in html and "form-field--error" not in html
    assert 'value="22" selected' in html


@pytest.mark.django_db
def test_terms_checkbox_links_to_the_terms_page(client, variant, shop_tree):
    from home.models import StandardPage

    terms = shop_tree["home"].add_child(instance=StandardPage(title="Điều khoản", slug="dieu-khoan"))
    settings = ShopSettings.for_site(shop_tree["home"].get_site())
    settings.terms_page = terms
    settings.save()
    fill_cart(client, variant)
    html = client.get("/vi/checkout/").content.decode()
    assert re.search(r'<label for="id_accept_terms">[^<]*<a href="[^"]*/dieu-khoan/"', html)


def test_provinces_and_countries_sort_as_vietnamese_readers_expect(settings):
    from django.utils import translation

    names = [short_province_name(p.name) for p in provinces()]
    # Code-point order put every Đ after Z; Vietnamese order: … Cần Thơ, Đà Nẵng, Đắk Lắk, … Hà Nội …
    assert names.index("Cần Thơ") < names.index("Đà Nẵng") < names.index("Đắk Lắk") < names.index("Gia Lai")
    assert names.index("Hà Nội") < names.index("Hà Tĩnh") < names.index("Hải Phòng")
    with translation.override("vi"):
        countries = [label for _code, label in country_choices()]
    assert countries[0] == "Việt Nam"
    rest = countries[1:]
    assert rest.index("Ấn Độ") < rest.index("Bỉ") and rest.index("Đức") < rest.index("Hà Lan")
    with translation.override("en"):
        english = dict(country_choices())
    assert english["DE"] == "Germany" and english["KR"] == "South Korea"


@pytest.mark.django_db
def test_an_empty_cart_leads_back_to_the_products(client, shop_tree):
    html = client.get("/en/cart/").content.decode()
    assert "Your cart is empty." in html and "Browse the products" in html


@pytest.mark.django_db
def test_the_quantity_message_states_the_real_cap(client, variant):
    response = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "100"})
    assert response.status_code == 400 and "from 1 to 99" in response.content.decode()
    assert not Order.objects.exists()
