"""A hostile visitor at the shop: bursts are throttled, holds and mail are bounded, private
products are not for sale. Everything goes through the real views, services and cache."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from storefront_helpers import customer, make_product
from test_checkout import quang_ninh_ward
from wagtail.models import PageViewRestriction

from catalogue.models import ProductVariant
from storefront.models import Order, PaymentMethod
from storefront.services.cart import CartLine
from storefront.services.orders import place_order, set_status
from storefront.services.presentation import shop_settings
from storefront.status import OrderStatus

pytestmark = pytest.mark.django_db

TOO_MANY = {"vi": "Quá nhiều yêu cầu. Vui lòng chờ", "en": "Too many requests. Please wait"}


def checkout_data(client, lang="vi", **overrides):
    page = client.get(f"/{lang}/checkout/")
    assert page.status_code == 200, page.status_code
    key = re.search(r'name="checkout_key" value="([^"]+)"', page.content.decode()).group(1)
    data = {
        "checkout_key": key,
        "name": "Nguyễn Văn An",
        "email": "an@example.com",
        "phone": "0912 345 678",
        "country": "VN",
        "province": "22",
        "ward": str(int(quang_ninh_ward().code)),
        "street_address": "12 Trần Hưng Đạo",
        "payment_method": "cod",
        "accept_terms": "on",
    }
    data.update(overrides)
    return data


def checkout(client, variant, quantity=1, lang="vi", **overrides):
    assert client.post(f"/{lang}/cart/add/", {"variant": variant.pk, "quantity": str(quantity)}).status_code == 302
    return client.post(f"/{lang}/checkout/", checkout_data(client, lang, **overrides))


def assert_throttled(response, lang):
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 3600
    assert TOO_MANY[lang] in response.content.decode()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_burst_of_cart_changes_is_refused_with_429_in_the_visitors_language(client, variant, settings, lang):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "cart": (3, 60)}
    codes = [client.post(f"/{lang}/cart/add/", {"variant": variant.pk}).status_code for _ in range(3)]
    assert codes == [302, 302, 302]
    response = client.post(f"/{lang}/cart/add/", {"variant": variant.pk})
    assert_throttled(response, lang)
    assert "<html" in response.content.decode()
    # The cart itself is intact: three units, the fourth add never happened.
    assert client.get(f"/{lang}/cart/", HTTP_ACCEPT="application/json").json()["count"] == 3
    # Asked for JSON (the cart's JavaScript), the refusal is JSON too.
    as_json = client.post(
        f"/{lang}/cart/update/", {"variant": variant.pk, "quantity": "1"}, HTTP_ACCEPT="application/json"
    )
    assert as_json.status_code == 429 and as_json["Content-Type"] == "application/json"
    assert TOO_MANY[lang] in as_json.json()["error"] and as_json.json()["retry_after"] >= 1


def test_another_client_keeps_its_own_allowance(variant, settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "cart": (2, 60)}
    first, second = Client(REMOTE_ADDR="203.0.113.7"), Client(REMOTE_ADDR="203.0.113.8")
    for _ in range(2):
        first.post("/vi/cart/add/", {"variant": variant.pk})
    assert first.post("/vi/cart/add/", {"variant": variant.pk}).status_code == 429
    assert second.post("/vi/cart/add/", {"variant": variant.pk}).status_code == 302


def test_five_orders_per_ten_minutes_then_429_but_form_errors_do_not_count(shop_tree):
    variant = make_product(shop_tree, stock=50)
    # Mistakes in the form use no order allowance.
    client = Client()
    for _ in range(3):
        assert checkout(client, variant, phone="12345").status_code == 400
    for n in range(5):
        # A new visitor each time (new session, phone and address), from the same address.
        response = checkout(Client(), variant, phone=f"0912 345 67{n}", email=f"buyer{n}@example.com")
        assert response.status_code == 302, (n, response.status_code)
    assert Order.objects.count() == 5
    response = checkout(Client(), variant, lang="en", phone="0912 345 679", email="buyer9@example.com")
    assert_throttled(response, "en")
    assert int(response["Retry-After"]) <= 600
    assert Order.objects.count() == 5


def test_order_pages_are_throttled(client, variant, settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "order_pages": (2, 60)}
    order = place_order(
        cart_items={variant.pk: 1},
        lines=[CartLine(variant, 1)],
        customer=customer(),
        payment_method=PaymentMethod.COD,
        shop=shop_settings(),
        language="vi",
        checkout_key="k1",
    )[0]
    assert [client.get(f"/vi/orders/{order.token}/").status_code for _ in range(2)] == [200, 200]
    assert_throttled(client.get(f"/vi/orders/{order.token}/"), "vi")


def test_open_unpaid_orders_are_bounded_per_phone_number(shop_tree, django_capture_on_commit_callbacks):
    variant = make_product(shop_tree, stock=50)
    for n in range(3):
        assert checkout(Client(REMOTE_ADDR=f"198.51.100.{n}"), variant, email=f"a{n}@example.com").status_code == 302
    response = checkout(Client(REMOTE_ADDR="198.51.100.9"), variant, email="other@example.com")
    assert response.status_code == 400
    assert "Bạn đang có các đơn hàng chưa thanh toán" in response.content.decode()
    assert Order.objects.count() == 3
    assert ProductVariant.objects.get(pk=variant.pk).stock == 47
    # Once one is paid (or cancelled), the customer can order again.
    set_status(Order.objects.first(), OrderStatus.CANCELLED)
    assert checkout(Client(REMOTE_ADDR="198.51.100.9"), variant, email="other@example.com").status_code == 302


def test_open_unpaid_orders_are_bounded_per_email_address_whatever_its_case(shop_tree):
    variant = make_product(shop_tree, stock=50)
    for n, email in enumerate(["an@example.com", "AN@example.com", "An@Example.COM"]):
        assert checkout(Client(), variant, phone=f"0912 345 62{n}", email=email).status_code == 302
    response = checkout(Client(), variant, lang="en", phone="0912 345 629", email="aN@eXample.com")
    assert response.status_code == 400
    assert "You already have unpaid orders" in response.content.decode()
    assert Order.objects.count() == 3


def test_open_unpaid_orders_are_bounded_per_browser_session(shop_tree):
    variant = make_product(shop_tree, stock=50)
    client = Client()
    for n in range(3):
        response = checkout(client, variant, phone=f"0912 345 60{n}", email=f"s{n}@example.com")
        assert response.status_code == 302
    response = checkout(client, variant, lang="en", phone="0912 345 609", email="s9@example.com")
    assert response.status_code == 400
    assert "You already have unpaid orders" in response.content.decode()


def test_units_on_hold_are_bounded_per_email_address(shop_tree, settings):
    variant = make_product(shop_tree, stock=99)
    assert checkout(Client(REMOTE_ADDR="192.0.2.1"), variant, quantity=25).status_code == 302
    response = checkout(Client(REMOTE_ADDR="192.0.2.2"), variant, quantity=10, lang="en", phone="0912 345 111")
    assert response.status_code == 400
    assert "You can order at most 5 more items" in response.content.decode()
    assert ProductVariant.objects.get(pk=variant.pk).stock == 74


def test_at_most_three_confirmation_emails_per_address_an_hour(shop_tree, django_capture_on_commit_callbacks):
    variant = make_product(shop_tree, stock=50)
    shop = shop_settings()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(5):
            order, _created = place_order(
                cart_items={variant.pk: 1},
                lines=[CartLine(variant, 1)],
                customer=customer(
                    phone=f"+8491234560{n}", email="Victim@Example.com" if n % 2 else "victim@example.com"
                ),
                payment_method=PaymentMethod.COD,
                shop=shop,
                language="vi",
                checkout_key=f"mail-{n}",
            )
            # Cancelled at once (silently here), so the open-orders bound is not what stops the mail.
            Order.objects.filter(pk=order.pk).update(status=OrderStatus.CANCELLED)
            variant.refresh_from_db()
    assert len(mail.outbox) == 3  # the confirmations of the first three orders, nothing after
    assert Order.objects.count() == 5


@pytest.mark.parametrize(
    "lang, message",
    [("vi", "Vui lòng nhập họ tên dài tối đa 100 ký tự."), ("en", "Please enter a name of at most 100 characters.")],
)
def test_an_overlong_name_is_refused_with_a_clear_message(client, variant, lang, message):
    response = checkout(client, variant, lang=lang, name="A" * 255)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Order.objects.exists()


def test_a_password_protected_product_cannot_be_bought_and_leaves_the_cart(client, shop_tree):
    public = make_product(shop_tree, title="Trà hoa vàng")
    private = make_product(shop_tree, title="Sản phẩm riêng")
    client.post("/vi/cart/add/", {"variant": public.pk})
    assert client.post("/vi/cart/add/", {"variant": private.pk}).status_code == 302
    PageViewRestriction.objects.create(
        page=private.product, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    refused = client.post("/vi/cart/add/", {"variant": private.pk}, HTTP_ACCEPT="application/json")
    assert refused.status_code == 404
    page = client.get("/en/cart/")
    assert "An item in your cart is no longer on sale and was removed from it." in page.content.decode()
    assert "Sản phẩm riêng" not in page.content.decode()
    assert client.get("/en/cart/", HTTP_ACCEPT="application/json").json()["count"] == 1
    response = client.post("/vi/checkout/", checkout_data(client))
    order = Order.objects.get()
    assert response.status_code == 302
    assert [line.variant_id for line in order.lines.all()] == [public.pk]


def test_a_product_under_a_private_section_is_not_for_sale(client, shop_tree):
    variant = make_product(shop_tree)
    PageViewRestriction.objects.create(page=shop_tree["catalogue"], restriction_type=PageViewRestriction.LOGIN)
    assert client.post("/vi/cart/add/", {"variant": variant.pk}).status_code == 404


def test_staff_see_holds_by_customer_and_release_them_in_bulk(client, shop_tree, django_capture_on_commit_callbacks):
    variant = make_product(shop_tree, stock=40)
    shop = shop_settings()
    orders = [
        place_order(
            cart_items={variant.pk: 9},
            lines=[CartLine(variant, 9)],
            customer=customer(phone="+84912000111", email=f"x{n}@example.com"),
            payment_method=PaymentMethod.COD,
            shop=shop,
            language="vi",
            checkout_key=f"h{n}",
        )[0]
        for n in range(3)
    ]
    variant.refresh_from_db()
    assert variant.stock == 13
    staff = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw-boss-123")
    client.force_login(staff)
    page = client.get("/admin/stock-holds/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "+84912000111" in text and all(o.number in text for o in orders)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/stock-holds/", {"order": [orders[0].pk, orders[1].pk]}, follow=True)
    assert response.status_code == 200
    assert ProductVariant.objects.get(pk=variant.pk).stock == 31
    assert sorted(Order.objects.values_list("status", flat=True)) == ["awaiting_payment", "cancelled", "cancelled"]
    change = Order.objects.get(pk=orders[0].pk).status_changes.get()
    assert (change.changed_by, change.source) == (staff, "admin")


def test_the_holds_page_is_for_order_staff_only(client, shop_tree):
    user = get_user_model().objects.create_user("editor", "e@example.com", "pw-editor-123")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/stock-holds/").status_code in (302, 403)
