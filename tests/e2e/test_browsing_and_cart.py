"""A buyer in a real browser: reads a product, switches language, puts it in the cart."""

import re

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_buyer_switches_language_on_a_product_and_adds_it_to_the_cart(live_server, page, product, product_en):
    page.goto(live_server.url + product.url)
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("h1").inner_text().strip() == "Chả mực Hạ Long"
    assert "220.000" in page.content()

    page.locator(f'a[hreflang="en"][href="{product_en.url}"]').first.click()
    page.wait_for_url(re.compile(re.escape(product_en.url) + "$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().strip() == "Ha Long squid cakes"
    assert "₫220,000" in page.content()

    page.locator("form.add-to-cart button[type=submit]").click()
    page.wait_for_load_state("load")
    count = page.locator(".mini-cart").get_attribute("data-cart-count")
    assert count == "1"
    page.goto(live_server.url + "/en/cart/")
    assert "Ha Long squid cakes" in page.content()


def test_home_fits_a_phone_screen_and_has_a_skip_link(live_server, browser, product):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, locale="vi-VN")
    page = context.new_page()
    page.goto(live_server.url + "/vi/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"page is {overflow}px wider than the phone"
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused and focused.startswith("#")  # the first Tab reaches "skip to content"
    context.close()
