"""A buyer on a phone browsing stored pages (the page cache and the content cache on, as production
runs them): the product page comes from the cache with the buyer's own cart count and message
filled in, its add-to-cart form works, the message shows once, another visitor's copy shows an
empty cart, and after the order the stored page shows the emptied cart. The site's own CSP is in
force (no inline script may fill anything in). Screenshots go to .state/screenshots/.
"""

import re

import pytest
from django.core.cache import caches
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from tests.e2e.test_buyer_shop import PHONE, check_out, no_overflow, phone, shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def production_caches(settings, product):
    settings.OCOP_CONTENT_CACHE_SECONDS = 600
    settings.OCOP_PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()  # the flushed database starts its content version again
    # The site's first request creates its settings rows (site, navigation and shop settings:
    # three saves, each raising the content version): made here, so the visits below meet a
    # settled version, as on a site that has served pages before.
    assert Client().get(product.url).status_code == 200


def open_product(page, live_server, product):
    response = page.goto(live_server.url + product.url)
    assert response is not None and response.status == 200
    return response.headers.get("x-page-cache")


def mini_cart_count(page):
    return page.locator(".mini-cart").get_attribute("data-cart-count")


def test_a_buyer_with_a_cart_browses_stored_pages_with_their_own_count(
    live_server, browser, product, production_caches
):
    with translation.override("vi"):
        added = gettext("Added to your cart.")
    visitor, visitor_page, visitor_errors = phone(browser)
    assert open_product(visitor_page, live_server, product) == "miss"  # stored now

    buyer, page, errors = phone(browser)
    violations = []
    page.on("console", lambda message: violations.append(message.text) if message.type == "error" else None)
    assert open_product(page, live_server, product) == "hit"
    assert mini_cart_count(page) == "0"
    page.locator("form.add-to-cart button[type=submit]").click()  # the stored page's form, own token
    page.wait_for_url(re.compile(r"/vi/cart/"))
    assert page.locator(".mini-cart").get_attribute("data-cart-count") == "1"

    # Back on the stored page: the buyer's count; the message was seen on the cart page.
    assert open_product(page, live_server, product) == "hit"
    assert mini_cart_count(page) == "1" and added not in page.content()
    no_overflow(page, "stored product page with a cart")
    shot(page, "phone-stored-product-with-cart")

    # A second item from the stored page, then its message on the next stored page, once.
    page.locator("form.add-to-cart button[type=submit]").click()
    page.wait_for_url(re.compile(r"/vi/cart/"))
    assert open_product(page, live_server, product) == "hit"
    assert mini_cart_count(page) == "2"

    # Another visitor's copy of the same stored page: an empty cart, nobody's message.
    assert open_product(visitor_page, live_server, product) == "hit"
    assert mini_cart_count(visitor_page) == "0" and added not in visitor_page.content()

    check_out(page, live_server, "cod")
    # Two units sold of twelve: what the page shows of the stock did not change, the copy stays.
    assert open_product(page, live_server, product) == "hit"
    assert mini_cart_count(page) == "0"
    page.set_viewport_size(PHONE)
    shot(page, "phone-stored-product-after-order")
    buyer.close()
    visitor.close()
    assert not errors and not visitor_errors, errors + visitor_errors
    assert not violations, violations
