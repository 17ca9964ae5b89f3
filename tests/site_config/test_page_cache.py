"""The page cache for anonymous visitors (site_config/page_cache.py): a second anonymous visit is
served from the cache; a publish, a price, a stock or a certificate change shows at the next
request; buyers with a cart and visitors with a message waiting get the stored page with their own
cart count and message filled in, and no one's enters the stored copy; editors get their own page;
the add-to-cart form of a cached page works for the visitor who receives it (their own CSRF token).
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext, ngettext

from site_config.money import format_vnd
from storefront.services.stock import change_stock
from tests.factories import CertificationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings, content_cache):
    settings.OCOP_PAGE_CACHE_SECONDS = 300
    return content_cache


def visit(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return response, response.content.decode(), len(ctx.captured_queries)


def test_second_anonymous_visit_is_served_from_the_cache(client, page_cache, product):
    first, html, rendered_queries = visit(Client(), product.url)
    second, cached_html, cached_queries = visit(Client(), product.url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert cached_queries <= 2 < rendered_queries  # the content version (and nothing per page)
    assert product.title in cached_html
    # Everything but the form's token is the same page.
    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert token.sub("", cached_html) == token.sub("", html)


def test_price_stock_certificate_and_publish_show_at_the_next_request(client, page_cache, product):
    visit(client, product.url)
    variant = product.variants_list[0]

    with page_cache():
        variant.price_vnd = 234_000
        variant.save()
    response, html, _ = visit(client, product.url)
    assert response["X-Page-Cache"] == "miss" and format_vnd(234_000) in html

    with translation.override("vi"):
        out_of_stock = gettext("Out of stock")
    in_stock_rows = html.count(out_of_stock)
    with page_cache():
        change_stock(variant.pk, -variant.stock, reason="correction")
    response, html, _ = visit(client, product.url)
    assert response["X-Page-Cache"] == "miss" and html.count(out_of_stock) > in_stock_rows

    with page_cache():
        certificate = CertificationFactory(product=product, stars=5, score=95)
    response, html, _ = visit(client, product.url)
    assert response["X-Page-Cache"] == "miss" and certificate.certificate_number in html

    with page_cache():
        product.title = "Chả mực Hạ Long loại đặc biệt"
        product.save_revision().publish()
    response, html, _ = visit(client, product.url)
    assert response["X-Page-Cache"] == "miss" and "Chả mực Hạ Long loại đặc biệt" in html
    assert visit(client, product.url)[0]["X-Page-Cache"] == "hit"


def test_a_sale_renews_cached_pages_only_when_what_they_show_of_the_stock_changes(client, page_cache, product):
    variant = product.variants_list[0]
    with page_cache():
        change_stock(variant.pk, 20 - variant.stock, reason="correction")  # plenty: "In stock"
    visit(client, product.url)
    with page_cache():
        change_stock(variant.pk, -10, reason="sale")  # 20 → 10: still "In stock"
    assert visit(client, product.url)[0]["X-Page-Cache"] == "hit"  # a busy shop keeps its cache
    with page_cache():
        change_stock(variant.pk, -7, reason="sale")  # 10 → 3: "Only 3 left"
    response, html, _ = visit(client, product.url)
    with translation.override("vi"):
        only_three = ngettext("Only %(n)s left", "Only %(n)s left", 3) % {"n": 3}
    assert response["X-Page-Cache"] == "miss" and only_three in html
    with page_cache():
        change_stock(variant.pk, -1, reason="sale")  # 3 → 2: the count shown changes
    response, html, _ = visit(client, product.url)
    with translation.override("vi"):
        only_two = ngettext("Only %(n)s left", "Only %(n)s left", 2) % {"n": 2}
    assert response["X-Page-Cache"] == "miss" and only_two in html


def test_a_sale_that_keeps_the_stored_page_leaves_no_untrue_figure_on_it(client, page_cache, product):
    """The size chooser shows a count only when it is low, like the variants' table, which is what
    the stored copy is renewed on (stock_shown): 20 → 17 keeps the copy, and nothing in its
    add-to-cart form says 20 (it said "20 in stock" to every visitor until the next change)."""
    variant = product.variants_list[0]
    with page_cache():
        change_stock(variant.pk, 20 - variant.stock, reason="correction")
    visit(client, product.url)
    with page_cache():
        change_stock(variant.pk, -3, reason="sale")
    response, html, _ = visit(client, product.url)
    assert response["X-Page-Cache"] == "hit"
    chooser = re.search(r'<form class="add-to-cart".*?</form>', html, re.S).group(0)
    with translation.override("vi"):
        assert gettext("In stock") in chooser
    assert not re.search(r"\b(20|17)\b", chooser), chooser


def test_editors_get_their_own_page(page_cache, product):
    visit(Client(), product.url)  # the stored copy
    editor = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    staff = Client()
    staff.force_login(editor)
    response, _html, _ = visit(staff, product.url)
    assert "X-Page-Cache" not in response


def add_to_cart(buyer, variant, quantity):
    assert buyer.post("/vi/cart/add/", {"variant": variant.pk, "quantity": str(quantity)}).status_code == 302


def test_buyers_with_a_cart_get_the_stored_page_with_their_own_cart_count(page_cache, product):
    variant = product.variants_list[0]
    first, second = Client(), Client()
    add_to_cart(first, variant, 2)
    add_to_cart(second, variant, 5)
    # The first buyer's visit renders and stores the page; neither count is in the stored copy.
    response, html, _ = visit(first, product.url)
    assert response["X-Page-Cache"] == "miss" and html.count('data-cart-count="2"') == 1
    response, html, queries = visit(second, product.url)
    assert response["X-Page-Cache"] == "hit" and html.count('data-cart-count="5"') == 1
    assert queries <= 3  # the session, the content version (and nothing per page)
    response, html, _ = visit(Client(), product.url)
    assert response["X-Page-Cache"] == "hit" and 'data-cart-count="0"' in html and 'data-cart-count="2"' not in html
    assert "ocop-visitor-part" not in html


def test_a_waiting_message_is_shown_once_on_a_stored_page(page_cache, product):
    visit(Client(), product.url)  # the stored copy
    buyer = Client()
    add_to_cart(buyer, product.variants_list[0], 1)  # "Added to your cart.", not yet seen
    with translation.override("vi"):
        added = gettext("Added to your cart.")
    response, html, _ = visit(buyer, product.url)
    assert response["X-Page-Cache"] == "hit" and html.count(added) == 1 and 'data-cart-count="1"' in html
    response, html, _ = visit(buyer, product.url)
    assert response["X-Page-Cache"] == "hit" and added not in html  # shown once
    assert added not in visit(Client(), product.url)[1]


def test_an_item_dropped_from_the_cart_is_announced_on_a_page_rendered_for_the_buyer(page_cache, product):
    visit(Client(), product.url)
    variant = product.variants_list[0]
    buyer = Client()
    add_to_cart(buyer, variant, 1)
    visit(buyer, product.url)  # the "added" message is seen
    variant.is_active = False
    variant.save()
    # The cart's JSON (the page's script) drops the line; the notice waits for the next page.
    assert buyer.get("/vi/cart/", HTTP_ACCEPT="application/json").json()["count"] == 0
    with translation.override("vi"):
        notice = ngettext(
            "An item in your cart is no longer on sale and was removed from it.",
            "%(count)d items in your cart are no longer on sale and were removed from it.",
            1,
        ) % {"count": 1}
    response, html, _ = visit(buyer, product.url)
    assert "X-Page-Cache" not in response and notice in html and 'data-cart-count="0"' in html


def test_a_cached_pages_form_carries_the_visitors_own_csrf_token(page_cache, product):
    visit(Client(), product.url)
    visitor = Client(enforce_csrf_checks=True)
    response, html, _ = visit(visitor, product.url)
    assert response["X-Page-Cache"] == "hit"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert "csrftoken" in response.cookies  # the visitor's own CSRF cookie comes with the page
    variant = product.variants_list[0]
    added = visitor.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1", "csrfmiddlewaretoken": token})
    assert added.status_code in (200, 302)
    assert visit(visitor, product.url)[1].count('data-cart-count="1"') == 1
