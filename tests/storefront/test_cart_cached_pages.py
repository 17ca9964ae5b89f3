"""The cart keeps its lines' product pages per content version (production's cache on): an
editor's change is seen by the cart and the checkout at the next request, while prices and stock
are read fresh every time."""

import pytest
from django.test import Client
from storefront_helpers import make_product
from wagtail.models import PageViewRestriction

from catalogue.models import ProductVariant

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def cart(shop_tree, content_cache):
    """A buyer with two products in the cart, the cart seen once (its pages now cached)."""
    client = Client()
    kept = make_product(shop_tree, title="Trà hoa vàng", sku="KEPT")
    changed = make_product(shop_tree, title="Chả mực Hạ Long", sku="CHANGED")
    for variant in (kept, changed):
        assert client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"}).status_code == 302
    assert "Chả mực Hạ Long" in client.get("/vi/cart/").content.decode()
    return client, changed


def test_a_new_title_is_shown_at_the_next_request(cart, content_cache):
    client, variant = cart
    with content_cache():
        page = variant.product
        page.title = "Chả mực giã tay Hạ Long"
        page.save_revision().publish()
    assert "Chả mực giã tay Hạ Long" in client.get("/vi/cart/").content.decode()


def test_an_unpublished_product_leaves_the_cart_at_the_next_request(cart, content_cache):
    client, variant = cart
    with content_cache():
        variant.product.unpublish()
    page = client.get("/en/cart/").content.decode()
    assert "An item in your cart is no longer on sale and was removed from it." in page
    assert client.get("/en/cart/", **JSON).json()["count"] == 1


def test_a_product_put_behind_a_password_leaves_the_cart_at_the_next_request(cart, content_cache):
    client, variant = cart
    with content_cache():
        PageViewRestriction.objects.create(
            page=variant.product, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
    assert client.get("/en/cart/", **JSON).json()["count"] == 1
    assert client.post("/vi/cart/add/", {"variant": variant.pk}, **JSON).status_code == 404


def test_prices_and_stock_are_never_taken_from_the_cache(cart):
    client, variant = cart
    # A plain UPDATE: no signal, no new content version; the cart must still see it.
    ProductVariant.objects.filter(pk=variant.pk).update(price_vnd=99000, stock=4)
    line = next(line for line in client.get("/vi/cart/", **JSON).json()["lines"] if line["variant"] == variant.pk)
    assert (line["unit_price_vnd"], line["stock"]) == (99000, 4)
