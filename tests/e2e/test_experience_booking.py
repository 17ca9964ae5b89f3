"""Booking an experience on a phone (390×844): a date and two people, no shipping, paid by transfer.

The product page offers a date (within the bookable window) and a number of people instead of a
size and a quantity; the cart and checkout show the date and the party and charge no shipping, ask
no delivery address; the order page shows the date and the people. Production CSP, PostgreSQL.
Screenshots in .state/screenshots/experience-*.png.
"""

import datetime
import json
import re
from pathlib import Path

import pytest

from catalogue.models import ProductKind, ProductPage
from storefront.models import Order
from storefront.services.bookings import booked_places, shop_today
from tests.factories import CertificationFactory, ProductPageFactory, ProductVariantFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).resolve().parents[2] / ".state" / "screenshots"
PHONE = {"width": 390, "height": 844}


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def tea_garden_visit(site_tree, producer, region, group):
    page = ProductPageFactory(
        parent=site_tree["catalogue"],
        title="Tham quan vườn trà hoa vàng",
        slug="tham-quan-vuon-tra",
        producer=producer,
        region=region,
        group=group,
        intro="Nửa ngày giữa vườn trà hoa vàng Ba Chẽ.",
        packaging="Nửa ngày",
        ingredients="Hướng dẫn viên, trà và bánh",
        kind=ProductKind.EXPERIENCE,
        booking_notice_days=2,
        booking_window_days=60,
    )
    page.save_revision().publish()
    ProductVariantFactory(product=page, sku="TRA-VISIT", size="1 khách", price_vnd=350000, stock=8, weight_grams=0)
    CertificationFactory(product=page, stars=3, score=60)
    return ProductPage.objects.get(pk=page.pk)


def test_booking_a_tea_garden_visit_for_two_on_a_phone(live_server, browser, tea_garden_visit):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="vi-VN")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(live_server.url + tea_garden_visit.url)
    buy = page.locator("form[data-booking-form]")
    date_input = buy.locator("input[type=date][name=date]")
    first = shop_today() + datetime.timedelta(days=2)
    assert date_input.get_attribute("min") == first.isoformat()
    assert date_input.get_attribute("max") == (shop_today() + datetime.timedelta(days=60)).isoformat()
    main = page.locator("main").inner_text()
    assert "8 chỗ mỗi ngày" in main and "mỗi người" in main and "Thời lượng" in main
    assert "còn hàng" not in main.lower() and "Đóng gói" not in main
    data = [json.loads(t) for t in page.locator('script[type="application/ld+json"]').all_text_contents()]
    assert [d["@type"] for d in data if d.get("@type") in ("TouristTrip", "Product")] == ["TouristTrip"]
    # The date and the "Book" button are on the first screen of the phone.
    box = buy.locator("button[type=submit]").bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["height"]
    shot(page, "experience-product")

    # A date in the past is refused by the server with a clear message (the date input's min is
    # only a hint: a typed or old form can still send one).
    date_input.evaluate("el => el.removeAttribute('min')")
    date_input.fill((shop_today() - datetime.timedelta(days=1)).isoformat())
    buy.locator("input[name=people]").fill("2")
    buy.locator("button[type=submit]").click()
    page.wait_for_load_state("load")
    assert "Ngày này đã qua" in page.locator(".message--error").inner_text()

    day = shop_today() + datetime.timedelta(days=9)
    page.goto(live_server.url + tea_garden_visit.url)
    page.locator("form[data-booking-form] input[name=date]").fill(day.isoformat())
    page.locator("form[data-booking-form] input[name=people]").fill("2")
    page.locator("form[data-booking-form] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/vi/cart/"))
    line = page.locator(".cart-line").first.inner_text()
    assert "2 người" in line and str(day.year) in line
    assert "Trải nghiệm: không cần giao hàng" in line and "còn hàng" not in line.lower()
    assert page.locator("[data-no-shipping]").is_visible()
    extra = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert extra <= 0
    shot(page, "experience-cart")

    page.goto(live_server.url + "/vi/checkout/")
    assert page.locator("#id_street_address").count() == 0 and page.locator("#id_province").count() == 0
    assert page.locator("[data-shipping]").inner_text() == "Không giao hàng"
    page.fill("#id_name", "Trần Thị Mai")
    page.fill("#id_email", "mai@example.com")
    page.fill("#id_phone", "0912 345 678")
    page.check("input[name=payment_method][value=bank_transfer]")
    page.check("#id_accept_terms")
    extra = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert extra <= 0, f"the checkout is {extra}px wider than the phone"
    shot(page, "experience-checkout")
    page.locator(".checkout__submit").click()
    page.wait_for_url(re.compile(r"/vi/orders/"))
    order = Order.objects.get()
    assert (order.shipping_vnd, order.total_vnd) == (0, 700000)
    booked = page.locator("[data-booking]").inner_text()
    assert "2 người" in booked and str(day.day) in booked
    assert "Không có gì cần giao" in page.locator("main").inner_text()
    assert page.locator(".vietqr svg").count() == 1
    assert booked_places(tea_garden_visit.variants_list[0].pk, day) == 2
    shot(page, "experience-order")
    assert not errors, errors
    context.close()
