"""The cart as a customer uses it: add, change, remove; JSON when asked; bad input refused clearly."""

import pytest
from django.test import Client
from storefront_helpers import make_product

from catalogue.models import ProductVariant

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.mark.django_db
def test_add_change_and_remove_with_html_forms(client, variant):
    response = client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "2"})
    assert response.status_code == 302 and response["Location"] == "/vi/cart/"
    page = client.get("/vi/cart/")
    assert page.status_code == 200
    assert "Chả mực Hạ Long" in page.content.decode()
    assert "240.000\xa0₫" in page.content.decode()
    assert 'data-cart-count="2"' in page.content.decode()  # the header's mini-cart

    client.post("/vi/cart/update/", {"variant": variant.pk, "quantity": "5"})
    assert client.get("/vi/cart/", **JSON).json()["count"] == 5
    client.post("/vi/cart/remove/", {"variant": variant.pk})
    assert client.get("/vi/cart/", **JSON).json() == {"count": 0, "subtotal_vnd": 0, "lines": []}


@pytest.mark.django_db
def test_json_answers_carry_prices_from_the_database_and_stock(client, variant):
    response = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "3", "price_vnd": "1"}, **JSON)
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 3
    assert data["lines"] == [
        {"variant": variant.pk, "quantity": 3, "unit_price_vnd": 120000, "total_vnd": 360000, "stock": 10}
    ]
    ProductVariant.objects.filter(pk=variant.pk).update(price_vnd=150000)
    assert client.get("/en/cart/", **JSON).json()["subtotal_vnd"] == 450000


@pytest.mark.django_db
def test_cart_lines_point_at_the_shared_variant_and_show_in_each_language(client, variant):
    client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"})
    assert client.get("/en/cart/", **JSON).json()["lines"][0]["variant"] == variant.pk
    assert client.get("/en/cart/").status_code == 200


@pytest.mark.django_db
def test_adding_more_than_the_stock_caps_the_line_and_says_so(client, shop_tree):
    variant = make_product(shop_tree, stock=3)
    response = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "5"}, **JSON)
    assert response.status_code == 200
    assert response.json()["count"] == 3
    assert "Only 3 left" in response.json()["message"]
    client.post("/en/cart/update/", {"variant": variant.pk, "quantity": "2"})
    again = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"}, **JSON).json()
    assert again["count"] == 3 and "Only 3 left" in again["message"]


@pytest.mark.django_db
def test_out_of_stock_items_cannot_be_added(client, shop_tree):
    variant = make_product(shop_tree, stock=0)
    response = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"}, **JSON)
    assert response.status_code == 409
    assert "out of stock" in response.json()["error"]


@pytest.mark.django_db
@pytest.mark.parametrize("quantity", ["0", "-1", "abc", "", "1.5", "1e3", "100", "99999999999999999999"])
def test_bad_quantities_get_a_4xx_with_a_message(client, variant, quantity):
    response = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": quantity}, **JSON)
    assert response.status_code == 400
    assert "whole number" in response.json()["error"]
    html = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": quantity})
    assert html.status_code == 400
    assert "whole number" in html.content.decode()
    assert client.get("/en/cart/", **JSON).json()["count"] == 0


@pytest.mark.django_db
@pytest.mark.parametrize("quantity", ["-3", "x", "1000"])
def test_bad_quantities_on_update_are_refused(client, variant, quantity):
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "2"})
    response = client.post("/en/cart/update/", {"variant": variant.pk, "quantity": quantity}, **JSON)
    assert response.status_code == 400
    assert client.get("/en/cart/", **JSON).json()["count"] == 2


@pytest.mark.django_db
@pytest.mark.parametrize("raw", ["999999", "abc", "", "-1"])
def test_unknown_variants_get_404(client, variant, raw):
    response = client.post("/en/cart/add/", {"variant": raw, "quantity": "1"}, **JSON)
    assert response.status_code == 404
    assert response.json()["error"]


@pytest.mark.django_db
def test_inactive_variants_are_not_for_sale(client, variant):
    ProductVariant.objects.filter(pk=variant.pk).update(is_active=False)
    assert client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"}, **JSON).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/vi/cart/add/", "/vi/cart/update/", "/vi/cart/remove/", "/vi/checkout/"])
def test_posts_without_a_csrf_token_get_403(variant, path):
    client = Client(enforce_csrf_checks=True)
    client.get("/vi/cart/")
    response = client.post(path, {"variant": variant.pk, "quantity": "1"})
    assert response.status_code == 403


@pytest.mark.django_db
def test_get_on_cart_actions_is_not_allowed(client, variant):
    assert client.get("/vi/cart/add/").status_code == 405


@pytest.mark.django_db
def test_mini_cart_count_comes_from_the_session_without_queries(client, variant, django_assert_num_queries):
    from django.test import RequestFactory

    from storefront.context_processors import mini_cart_html

    request = RequestFactory().get("/")
    request.session = {}
    with django_assert_num_queries(0):
        assert 'data-cart-count="0"' in mini_cart_html(request)
    request.session = {"cart": {"items": {str(variant.pk): 4}, "count": 4}}
    with django_assert_num_queries(0):
        assert 'data-cart-count="4"' in mini_cart_html(request)


@pytest.mark.django_db
def test_mini_cart_and_add_to_cart_includes_render(variant):
    from django.template.loader import render_to_string
    from django.test import RequestFactory
    from django.utils import translation

    request = RequestFactory().get("/")
    with translation.override("en"):
        mini = render_to_string("storefront/includes/mini_cart.html", {"cart_count": 3}, request=request)
        form = render_to_string("storefront/includes/add_to_cart.html", {"variants": [variant]}, request=request)
    assert "/en/cart/" in mini and "3 items" in mini
    assert 'action="/en/cart/add/"' in form and f'value="{variant.pk}"' in form and "csrfmiddlewaretoken" in form


@pytest.mark.django_db
def test_product_page_form_adds_to_the_cart_and_the_header_counts_it(client, variant):
    product = variant.product
    page = client.get(product.get_url())
    text = page.content.decode()
    assert page.status_code == 200
    assert 'action="/vi/cart/add/"' in text and f'name="variant" value="{variant.pk}"' in text
    client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "2"})
    header = client.get(product.get_url()).content.decode()
    assert 'data-cart-count="2"' in header
