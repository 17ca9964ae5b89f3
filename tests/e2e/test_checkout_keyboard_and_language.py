"""A buyer who never touches the mouse, and a buyer who switches language half-way.

* Keyboard only: Tab from field to field, typing, arrow keys on the country, province and ward
  selects (the page is never reloaded: wards and totals arrive in place, focus stays put), Space on
  the terms checkbox, Enter in a text field to submit: the order is placed.
* Switching language keeps what was typed at checkout (sessionStorage, checkout.js) and the
  catalogue's filters (the switcher's links carry them).

Under the production CSP (no inline scripts), on PostgreSQL and Elasticsearch. Screenshots in
.state/screenshots/keyboard-*.png and language-*.png.
"""

import re
from pathlib import Path

import pytest

from storefront.models import Order
from tests.search_index import SearchIndex

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).resolve().parents[2] / ".state" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
QUANG_NINH = "22"


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def new_page(browser, viewport, locale="vi-VN", **options):
    context = browser.new_context(viewport=viewport, locale=locale, **options)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return context, page, errors


def focused(page):
    return page.evaluate(
        "() => document.activeElement ? (document.activeElement.id || "
        "document.activeElement.className || document.activeElement.tagName) : ''"
    )


def tab_to(page, target, *, back=False, limit=80):
    """Press Tab (Shift+Tab with ``back``) until the element with id ``target`` (or matching the
    selector) has the focus; fail if it is not reached in ``limit`` presses."""
    is_target = (
        f"() => document.activeElement && document.activeElement.matches({target!r})"
        if target[0] in ".["
        else f"() => document.activeElement && document.activeElement.id === {target!r}"
    )
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        if page.evaluate(is_target):
            return
    pytest.fail(f"{target} not reached with the keyboard (focus is on {focused(page)})")


def mark_page(page):
    """A marker in the page's memory: it is gone if the page ever reloads."""
    page.evaluate("() => { window.__notReloaded = true; }")


def still_same_page(page):
    return page.evaluate("() => window.__notReloaded === true")


def switch_language(page, code):
    """The switcher's link; on a phone it is in the folded menu, opened first as a buyer does."""
    link = page.locator(f'.lang-switch a[hreflang="{code}"]')
    if not link.is_visible():
        page.locator(".nav-toggle").click()
    link.click()


def test_keyboard_only_buyer_places_an_order(live_server, browser, product):
    context, page, errors = new_page(browser, DESKTOP)
    # The product page: Tab to "Add to cart", Enter.
    page.goto(live_server.url + product.url)
    tab_to(page, ".add-to-cart button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/vi/cart/" in page.url

    page.goto(live_server.url + "/vi/checkout/")
    refreshes = []
    page.on("request", lambda r: refreshes.append(r) if r.method == "POST" and "/checkout/" in r.url else None)
    mark_page(page)
    tab_to(page, "id_name")
    page.keyboard.type("Nguyen Van An")
    page.keyboard.press("Tab")
    page.keyboard.type("an@example.com")
    page.keyboard.press("Tab")
    page.keyboard.type("0912 345 678")
    page.keyboard.press("Tab")
    assert focused(page) == "id_country"

    # Arrow keys on the country: another country and back. The address fields follow in place.
    with page.expect_response(lambda r: r.url.endswith("/vi/checkout/") and r.request.method == "POST"):
        page.keyboard.press("ArrowDown")
    page.locator('[data-field="city"]:not([hidden])').wait_for()
    with page.expect_response(lambda r: r.url.endswith("/vi/checkout/") and r.request.method == "POST"):
        page.keyboard.press("ArrowUp")
    page.locator('[data-field="city"][hidden]').wait_for(state="attached")
    assert page.locator("#id_country").input_value() == "VN"
    assert focused(page) == "id_country" and still_same_page(page)

    # The province: arrow down the list to Quảng Ninh, as a keyboard user does (one key a province).
    page.keyboard.press("Tab")
    assert focused(page) == "id_province"
    for _ in range(60):
        if page.locator("#id_province").input_value() == QUANG_NINH:
            break
        page.keyboard.press("ArrowDown")
    assert page.locator("#id_province").input_value() == QUANG_NINH
    page.locator("#id_ward option").nth(10).wait_for(state="attached")  # the wards arrived in place
    assert focused(page) == "id_province" and still_same_page(page)
    # One request once the keys stop (checkout.js waits for a pause), not one per province passed.
    assert len(refreshes) <= 4, f"{len(refreshes)} refreshes for the country and province"
    assert "/vi/checkout/" in page.url

    page.keyboard.press("Tab")
    assert focused(page) == "id_ward"
    page.keyboard.press("ArrowDown")
    assert page.locator("#id_ward").input_value() != ""
    page.keyboard.press("Tab")
    assert focused(page) == "id_street_address"
    page.keyboard.type("12 Tran Hung Dao")

    # The payment: Tab into the radio group, arrows choose; then Space ticks the terms.
    tab_to(page, "[name=payment_method]")
    page.keyboard.press("ArrowDown")
    chosen = page.locator("input[name=payment_method]:checked").get_attribute("value")
    assert chosen in {"cod", "bank_transfer"}
    tab_to(page, "id_accept_terms")
    page.keyboard.press("Space")
    assert page.locator("#id_accept_terms").is_checked()
    assert still_same_page(page)
    shot(page, "keyboard-checkout-filled")

    # Back to the street to correct it, then Enter: the order is placed (not the hidden
    # "show the wards" button, the next submit button in the page, which Enter used to press).
    tab_to(page, "id_street_address", back=True)
    page.keyboard.press("End")
    page.keyboard.type(", Hong Gai")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/vi/orders/"))
    order = Order.objects.get()
    assert order.street_address == "12 Tran Hung Dao, Hong Gai" and order.province_code == 22
    assert order.payment_method == chosen
    shot(page, "keyboard-order")
    assert not errors, errors
    context.close()


def test_typed_checkout_fields_and_catalogue_filters_survive_a_language_switch(
    live_server, browser, product, product_en
):
    SearchIndex().reset().index_all()
    context, page, errors = new_page(browser, PHONE, is_mobile=True, has_touch=True)
    page.goto(live_server.url + product.url)
    page.locator(".add-to-cart button").click()
    page.wait_for_url(re.compile(r"/vi/cart/"))

    page.goto(live_server.url + "/vi/checkout/")
    page.fill("#id_name", "Trần Thị Mai")
    page.fill("#id_email", "mai@example.com")
    page.fill("#id_phone", "0912 345 678")
    page.select_option("#id_province", QUANG_NINH)
    page.locator("#id_ward option").nth(10).wait_for(state="attached")
    ward = page.locator("#id_ward option").nth(3).get_attribute("value")
    page.select_option("#id_ward", ward)
    page.fill("#id_street_address", "5 Lê Thánh Tông")
    page.fill("#id_delivery_notes", "Gọi trước 30 phút")
    page.check("input[name=payment_method][value=bank_transfer]")
    switch_language(page, "en")
    page.wait_for_url(re.compile(r"/en/checkout/"))
    page.locator("#id_ward option").nth(10).wait_for(state="attached")
    page.wait_for_function(f"() => document.getElementById('id_ward').value === '{ward}'")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#id_name").input_value() == "Trần Thị Mai"
    assert page.locator("#id_email").input_value() == "mai@example.com"
    assert page.locator("#id_phone").input_value() == "0912 345 678"
    assert page.locator("#id_province").input_value() == QUANG_NINH
    assert page.locator("#id_street_address").input_value() == "5 Lê Thánh Tông"
    assert page.locator("#id_delivery_notes").input_value() == "Gọi trước 30 phút"
    assert page.locator("input[name=payment_method][value=bank_transfer]").is_checked()
    assert not page.locator("#error-summary").count()  # nothing judged yet
    shot(page, "language-checkout-kept")
    # ... and back: still there.
    switch_language(page, "vi")
    page.wait_for_url(re.compile(r"/vi/checkout/"))
    assert page.locator("#id_street_address").input_value() == "5 Lê Thánh Tông"

    # The catalogue: filters chosen in the form (behind the phone's "Filters" button) survive too.
    page.goto(live_server.url + "/vi/san-pham/")
    for select, value in (("#filter-stars", "4"), ("#filter-sort", "price_asc")):
        if not page.locator(select).is_visible():
            page.locator("details.filter-panel > summary").click()
        page.locator(select).select_option(value)  # the filters apply themselves on change
        page.wait_for_url(re.compile(rf"{select.split('-')[1]}={value}"))
    page.wait_for_url(re.compile(r"(?=.*stars=4)(?=.*sort=price_asc)"))
    switch_language(page, "en")
    page.wait_for_url(re.compile(r"/en/products/\?(?=.*stars=4)(?=.*sort=price_asc)"))
    assert page.locator("#filter-stars").input_value() == "4"
    assert page.locator("#filter-sort").input_value() == "price_asc"
    assert "Ha Long squid cakes" in page.locator("main").inner_text()
    shot(page, "language-catalogue-kept")
    assert not errors, errors
    context.close()
