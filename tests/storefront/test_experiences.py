"""Experiences (a tea-garden visit, a day with a fisher): booked for a date and a party size.

Places per day never oversold (also under concurrent checkouts), no shipping, no address needed for a
cart of experiences only, dates outside the bookable window refused with a clear 400, their own
structured data, and the wording a buyer sees in the cart, at checkout, on the order and in e-mails.
"""

import datetime
import json
import re
import threading

import pytest
from django.core import mail
from django.utils import translation
from storefront_helpers import close_thread_connections, customer, make_product

from catalogue.models import ProductKind, ProductPage
from storefront.exceptions import FullyBooked, InvalidBooking, OutOfStock
from storefront.models import Order, PaymentMethod
from storefront.services.bookings import booked_places, parse_booking_date, places_left, shop_today
from storefront.services.cart import CartLine
from storefront.services.orders import place_order, set_status
from storefront.services.presentation import shop_settings
from storefront.status import OrderStatus


def make_experience(tree, places=6, price=350000, notice=1, window=90):
    variant = make_product(tree, title="Tham quan vườn trà hoa vàng", price=price, stock=places)
    ProductPage.objects.filter(pk=variant.product_id).update(
        kind=ProductKind.EXPERIENCE, booking_notice_days=notice, booking_window_days=window
    )
    variant.product.refresh_from_db()
    return variant


@pytest.fixture
def experience(shop_tree):
    return make_experience(shop_tree)


@pytest.fixture
def loose_hold_limits(settings):
    settings.OCOP_HOLD_LIMITS = {"open_orders": 100, "units": 1000}


def in_days(n):
    return shop_today() + datetime.timedelta(days=n)


def book_order(variant, day, people, key, method=PaymentMethod.BANK_TRANSFER, **who):
    variant.refresh_from_db()
    order, _created = place_order(
        cart_items={variant.pk: people},
        lines=[CartLine(variant, people, day)],
        customer=customer(**who),
        payment_method=method,
        shop=shop_settings(),
        language="vi",
        checkout_key=key,
    )
    return order


def book_in_cart(client, variant, day, people, lang="vi"):
    return client.post(f"/{lang}/cart/add/", {"variant": variant.pk, "date": day.isoformat(), "people": str(people)})


def checkout_data(client, lang="vi", **overrides):
    page = client.get(f"/{lang}/checkout/")
    assert page.status_code == 200
    key = re.search(r'name="checkout_key" value="([^"]+)"', page.content.decode()).group(1)
    data = {
        "checkout_key": key,
        "name": "Trần Thị Mai",
        "email": "mai@example.com",
        "phone": "0912 345 678",
        "country": "VN",
        "payment_method": "bank_transfer",
        "accept_terms": "on",
    }
    data.update(overrides)
    return data


# --- the rules ------------------------------------------------------------------------------------


@pytest.mark.django_db
@translation.override("en")
def test_the_bookable_window_runs_from_the_notice_to_the_window(experience):
    product = experience.product
    today = datetime.date(2027, 3, 10)
    assert parse_booking_date("2027-03-11", product, today=today) == datetime.date(2027, 3, 11)
    assert parse_booking_date("2027-06-08", product, today=today) == datetime.date(2027, 6, 8)
    with pytest.raises(InvalidBooking, match="has passed"):
        parse_booking_date("2027-03-09", product, today=today)
    with pytest.raises(InvalidBooking, match="at least 1 day ahead"):
        parse_booking_date("2027-03-10", product, today=today)
    with pytest.raises(InvalidBooking, match="open until"):
        parse_booking_date("2027-06-09", product, today=today)
    for garbage in ("", "tomorrow", "2027-02-30", "2027-3-11", "٢٠٢٧-03-11"):
        with pytest.raises(InvalidBooking):
            parse_booking_date(garbage, product, today=today)


@pytest.mark.django_db
def test_places_per_day_are_counted_per_date_and_come_back_when_an_order_is_cancelled(experience):
    day, other_day = in_days(5), in_days(6)
    first = book_order(experience, day, 4, "k1")
    assert booked_places(experience.pk, day) == 4 and places_left(experience, day) == 2
    assert places_left(experience, other_day) == 6  # another date has its own places
    experience.refresh_from_db()
    assert experience.stock == 6  # booking never changes the places per day
    with pytest.raises(OutOfStock):
        book_order(experience, day, 3, "k2", email="b@example.com", phone="+84912345679")
    book_order(experience, other_day, 6, "k3", email="c@example.com", phone="+84912345670")
    set_status(first, OrderStatus.CANCELLED, source="customer")
    assert places_left(experience, day) == 6
    book_order(experience, day, 6, "k4", email="d@example.com", phone="+84912345671")
    assert places_left(experience, day) == 0


@pytest.mark.django_db(transaction=True)
def test_twelve_parties_of_two_for_the_last_six_places_make_exactly_three_bookings(shop_tree, loose_hold_limits):
    experience = make_experience(shop_tree, places=6)
    day = in_days(3)
    barrier = threading.Barrier(12)
    results, lock = [], threading.Lock()

    def book(i):
        try:
            barrier.wait()
            try:
                book_order(experience, day, 2, f"party-{i}", email=f"p{i}@example.com")
                outcome = "booked"
            except OutOfStock:
                outcome = "refused"
            with lock:
                results.append(outcome)
        finally:
            close_thread_connections()

    threads = [threading.Thread(target=book, args=(i,)) for i in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["booked"] * 3 + ["refused"] * 9
    assert booked_places(experience.pk, day) == 6
    assert Order.objects.count() == 3


@pytest.mark.django_db
def test_an_experience_pays_no_shipping_and_goods_beside_it_pay_theirs(shop_tree, experience):
    goods = make_product(shop_tree, price=120000, stock=10)
    only = book_order(experience, in_days(4), 2, "only-exp")
    assert (only.subtotal_vnd, only.shipping_vnd, only.total_vnd) == (700000, 0, 700000)
    goods.refresh_from_db()
    both, _ = place_order(
        cart_items={experience.pk: 2, goods.pk: 1},
        lines=[CartLine(experience, 2, in_days(4)), CartLine(goods, 1)],
        customer=customer(email="x@example.com"),
        payment_method=PaymentMethod.COD,
        shop=shop_settings(),
        language="vi",
        checkout_key="mixed",
    )
    # The goods' fee in Quảng Ninh (25,000); the visit does not reach the free-shipping threshold for them.
    assert (both.subtotal_vnd, both.shipping_vnd) == (820000, 25000)
    goods.refresh_from_db()
    assert goods.stock == 9
    line = both.lines.get(booking_date__isnull=False)
    assert (line.quantity, line.booking_date) == (2, in_days(4))


# --- the buyer's path through the views -----------------------------------------------------------


@pytest.mark.django_db
def test_a_past_date_is_refused_with_a_clear_400(client, experience):
    response = book_in_cart(client, experience, shop_today() - datetime.timedelta(days=1), 2)
    assert response.status_code == 400
    assert "Ngày này đã qua" in response.content.decode()
    response = client.post(
        "/en/cart/add/", {"variant": experience.pk, "date": "yesterday", "people": "2"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert "not a date" in response.json()["error"]
    response = client.post("/en/cart/add/", {"variant": experience.pk, "people": "2"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and "choose the date" in response.json()["error"]
    response = book_in_cart(client, experience, in_days(2), 0, lang="en")
    assert response.status_code == 400 and "number of people" in response.content.decode()
    assert client.get("/en/cart/", HTTP_ACCEPT="application/json").json()["lines"] == []


@pytest.mark.django_db
def test_more_people_than_places_left_is_a_409_saying_how_many(client, experience):
    book_order(experience, in_days(2), 5, "earlier")
    response = client.post(
        "/en/cart/add/",
        {"variant": experience.pk, "date": in_days(2).isoformat(), "people": "2"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 409
    assert "Only 1 places left on" in response.json()["error"]


@pytest.mark.django_db
def test_booking_through_cart_and_checkout_needs_no_address_and_charges_no_shipping(
    client, experience, django_capture_on_commit_callbacks
):
    day = in_days(10)
    response = book_in_cart(client, experience, day, 2, lang="en")
    assert response.status_code == 302
    cart = client.get("/en/cart/").content.decode()
    assert "2 people" in cart and "never shipped" in cart
    assert "in stock" not in cart and "left" not in cart
    checkout = client.get("/en/checkout/").content.decode()
    assert 'name="street_address"' not in checkout and 'name="province"' not in checkout
    assert "Not shipped" in checkout
    data = checkout_data(client, lang="en")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/checkout/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    order = Order.objects.get()
    assert (order.shipping_vnd, order.total_vnd, order.street_address) == (0, 700000, "")
    page = client.get(response["Location"]).content.decode()
    assert "2 people" in page and "Not shipped" in page
    assert "producer calls you" in page
    assert "2 people" in mail.outbox[-1].body and "Free" not in mail.outbox[-1].body
    # The cart was emptied; the places are held by the order.
    assert booked_places(experience.pk, day) == 2


@pytest.mark.django_db
def test_the_same_experience_on_two_dates_makes_two_lines_changed_and_removed_by_date(client, experience):
    first, second = in_days(3), in_days(4)
    book_in_cart(client, experience, first, 2)
    book_in_cart(client, experience, second, 1)
    book_in_cart(client, experience, first, 1)
    lines = client.get("/vi/cart/", HTTP_ACCEPT="application/json").json()["lines"]
    assert sorted((line["date"], line["quantity"]) for line in lines) == [
        (first.isoformat(), 3),
        (second.isoformat(), 1),
    ]
    assert (
        client.post(
            "/vi/cart/update/", {"variant": experience.pk, "date": first.isoformat(), "quantity": "9"}
        ).status_code
        == 409
    )
    assert (
        client.post(
            "/vi/cart/update/", {"variant": experience.pk, "date": first.isoformat(), "quantity": "4"}
        ).status_code
        == 302
    )
    assert client.post("/vi/cart/remove/", {"variant": experience.pk, "date": second.isoformat()}).status_code == 302
    lines = client.get("/vi/cart/", HTTP_ACCEPT="application/json").json()["lines"]
    assert [(line["date"], line["quantity"]) for line in lines] == [(first.isoformat(), 4)]


@pytest.mark.django_db
def test_a_cart_with_goods_still_asks_for_the_address(client, shop_tree, experience):
    goods = make_product(shop_tree, stock=10)
    book_in_cart(client, experience, in_days(3), 2)
    client.post("/vi/cart/add/", {"variant": goods.pk, "quantity": "1"})
    checkout = client.get("/vi/checkout/").content.decode()
    assert 'name="street_address"' in checkout
    response = client.post("/vi/checkout/", checkout_data(client))
    assert response.status_code == 400  # no address for the parcel


# --- the product page -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_product_page_offers_a_date_and_people_and_describes_a_touristtrip(client, experience):
    ProductPage.objects.filter(pk=experience.product_id).update(packaging="Nửa ngày")
    page = client.get(experience.product.url).content.decode()
    assert 'type="date" name="date"' in page
    assert f'min="{in_days(1).isoformat()}"' in page and f'max="{in_days(90).isoformat()}"' in page
    assert 'name="people"' in page
    assert "6 chỗ mỗi ngày" in page and "mỗi người" in page
    assert "<dt>Thời lượng</dt>" in page and "<dt>Đóng gói</dt>" not in page
    assert "còn hàng" not in page.lower()
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', page, re.S)]
    trip = next(b for b in blocks if b.get("@type") == "TouristTrip")
    assert not any(b.get("@type") == "Product" for b in blocks)
    offer = trip["offers"][0]
    assert offer["price"] == "350000" and offer["priceCurrency"] == "VND" and "availability" not in offer
    assert offer["validFrom"] == in_days(1).isoformat()
    assert trip["provider"]["name"] == "HTX Chả mực Hạ Long"


@pytest.mark.django_db
def test_a_cart_line_of_a_product_that_became_an_experience_is_dropped(client, shop_tree):
    goods = make_product(shop_tree, stock=10)
    client.post("/vi/cart/add/", {"variant": goods.pk, "quantity": "1"})
    ProductPage.objects.filter(pk=goods.product_id).update(kind=ProductKind.EXPERIENCE)
    assert client.get("/vi/cart/", HTTP_ACCEPT="application/json").json()["lines"] == []


def test_fully_booked_is_an_out_of_stock():
    assert issubclass(FullyBooked, OutOfStock)


@pytest.mark.django_db
def test_the_product_editor_offers_the_kind_and_the_booking_window(client, experience, django_user_model):
    from django.urls import reverse

    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "x-long-password-1")
    client.force_login(editor)
    page = client.get(reverse("wagtailadmin_pages:edit", args=[experience.product_id])).content.decode()
    assert 'name="kind"' in page and 'name="booking_notice_days"' in page and 'name="booking_window_days"' in page
    assert "Loại sản phẩm" in page and "trải nghiệm (đặt theo ngày)" in page  # the admin speaks Vietnamese


@pytest.mark.django_db
def test_a_booked_experience_can_be_paid_by_card_through_stripe_mock(experience):
    from storefront.services.payments import start_card_payment

    order = book_order(experience, in_days(6), 2, "card-booking", method=PaymentMethod.CARD)
    payment = start_card_payment(order, success_url="https://shop.example/ok", cancel_url="https://shop.example/no")
    assert payment.amount_vnd == 700000 and payment.checkout_url
