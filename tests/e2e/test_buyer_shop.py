"""Buyers in a real browser on a phone and a desktop: cart, checkout, payment, order page.

PostgreSQL, stripe-mock (through the development test payment page) and the site's own CSP;
axe-core (bundled by axe-playwright-python) on every shop page; no page wider than the screen.
Screenshots go to .state/screenshots/.
"""

import re
from pathlib import Path

import pytest
import zxingcpp
from axe_playwright_python.sync_playwright import Axe
from PIL import Image

from storefront.models import Order
from storefront.status import OrderStatus
from storefront.vietqr import parse_tlv

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).resolve().parents[2] / ".state" / "screenshots"
PHONE = {"width": 390, "height": 844}
WIDTHS = (320, 360, 390, 414)


@pytest.fixture(autouse=True)
def stripe_mock(settings):
    settings.STRIPE_SECRET_KEY = ""  # the built-in key stripe-mock accepts
    settings.STRIPE_WEBHOOK_SECRET = "whsec_e2e_test"
    settings.STRIPE_TEST_PAYMENT_PAGE = True


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def no_overflow(page, label):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 844})
        extra = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert extra <= 0, f"{label} is {extra}px wider than a {width}px phone"
    page.set_viewport_size(PHONE)


def no_serious_axe_violations(page, label):
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, f"{label}: " + "; ".join(f"{v['id']}: {v['help']}" for v in bad)


def phone(browser, locale="vi-VN"):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale=locale)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return context, page, errors


def add_to_cart(page, live_server, product):
    page.goto(live_server.url + product.url)
    page.locator("form.add-to-cart button[type=submit]").click()
    page.wait_for_load_state("load")


def fill_domestic(page):
    page.fill("#id_name", "Nguyễn Văn An")
    page.fill("#id_email", "an@example.com")
    page.fill("#id_phone", "0912 345 678")
    url = page.url
    page.select_option("#id_province", "22")
    # In place: the wards arrive without a page load, focus stays on the province.
    page.locator("#id_ward option").nth(10).wait_for(state="attached")  # no eval: the CSP forbids it
    assert page.url == url
    page.select_option("#id_ward", index=1)
    page.fill("#id_street_address", "12 Trần Hưng Đạo")


def check_out(page, live_server, payment_method):
    """The checkout filled as a buyer in Hạ Long, the order placed: waits for the order page."""
    page.goto(live_server.url + "/vi/checkout/")
    fill_domestic(page)
    page.check(f"input[name=payment_method][value={payment_method}]")
    page.check("#id_accept_terms")
    page.locator(".checkout__submit").click()
    page.wait_for_url(re.compile(r"/vi/orders/"))


def test_domestic_buyer_on_a_phone_cash_on_delivery_then_bank_transfer(live_server, browser, product):
    context, page, errors = phone(browser)
    add_to_cart(page, live_server, product)
    page.goto(live_server.url + "/vi/cart/")
    no_overflow(page, "cart")
    no_serious_axe_violations(page, "cart")
    shot(page, "phone-cart")
    page.goto(live_server.url + "/vi/checkout/")
    # An empty submit: the summary at the top gets the focus and links to the fields.
    page.locator(".checkout__submit").click()
    page.wait_for_load_state("load")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert page.locator("#error-summary a[href='#id_name']").count() == 1
    shot(page, "phone-checkout-errors")
    no_overflow(page, "checkout")
    no_serious_axe_violations(page, "checkout with errors")
    fill_domestic(page)
    page.check("#id_payment_method_1")  # cash on delivery (card, cod, transfer)
    page.check("#id_accept_terms")
    page.locator(".checkout__submit").click()
    page.wait_for_url(re.compile(r"/vi/orders/"))
    assert "Đã xác nhận: trả tiền khi nhận hàng" in page.content()
    no_overflow(page, "order page")
    no_serious_axe_violations(page, "order page (COD)")
    shot(page, "phone-order-cod")

    add_to_cart(page, live_server, product)
    check_out(page, live_server, "bank_transfer")
    order = Order.objects.order_by("-pk").first()
    # The QR code is on the first screen of the phone, and it decodes to the order's transfer.
    box = page.locator(".vietqr svg").bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["height"] * 1.6
    page.locator(".vietqr svg").screenshot(path=str(SHOTS / "phone-vietqr.png"))
    decoded = zxingcpp.read_barcodes(Image.open(SHOTS / "phone-vietqr.png"))
    assert decoded, "the VietQR image does not decode"
    fields = parse_tlv(decoded[0].text)
    assert fields["54"] == str(order.total_vnd) and fields["58"] == "VN" and order.number in fields["62"]
    assert page.locator("a[download]").count() == 1
    no_overflow(page, "order page (transfer)")
    no_serious_axe_violations(page, "order page (transfer)")
    shot(page, "phone-order-transfer")
    context.close()
    assert not errors, errors


def test_foreign_buyer_on_a_desktop_pays_by_card_through_the_test_payment_page(live_server, browser, product_en):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="en-GB")
    page = context.new_page()
    add_to_cart(page, live_server, product_en)
    page.goto(live_server.url + "/en/checkout/")
    page.fill("#id_name", "Kim Min-jun")
    page.fill("#id_email", "minjun@example.kr")
    page.fill("#id_phone", "+82 10 1234 5678")
    page.select_option("#id_country", "KR")
    page.locator("input[value=cod]").wait_for(state="detached")
    page.locator("[data-field=city]").wait_for(state="visible")
    methods = page.eval_on_selector_all("input[name=payment_method]", "els => els.map(e => e.value)")
    assert methods == ["card", "bank_transfer"]
    assert "₫350,000" in page.locator("[data-shipping]").inner_text()  # 500 g to Korea, zone 1
    page.fill("#id_street_address", "12 Sejong-daero")
    page.fill("#id_city", "Seoul")
    page.check("input[name=payment_method][value=card]")
    page.check("#id_accept_terms")
    no_serious_axe_violations(page, "checkout (abroad)")
    shot(page, "desktop-checkout-korea")
    page.locator(".checkout__submit").click()
    page.wait_for_url(re.compile(r"/en/test-payment/"))
    no_serious_axe_violations(page, "test payment page")
    shot(page, "desktop-test-payment")
    page.get_by_role("button", name="Pay (test)").click()
    page.wait_for_url(re.compile(r"/en/orders/[^/]+/"))
    order = Order.objects.get()
    assert order.status == OrderStatus.PAID and order.country == "KR"
    assert "South Korea" in page.content()
    shot(page, "desktop-order-paid")
    context.close()
