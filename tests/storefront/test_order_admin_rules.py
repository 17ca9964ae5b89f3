"""The orders admin as shop staff use it: finding orders, what each order allows, the CSV they open."""

import csv
import io

import pytest
from staff_helpers import body_of, ensure_shop_manager_group, make_staff
from storefront_helpers import customer, order_for

from catalogue.models import ProductVariant
from storefront.models import Order, Payment, PaymentMethod, StockMovement
from storefront.services.cart import CartLine
from storefront.services.orders import place_order, set_status
from storefront.services.presentation import shop_settings
from storefront.status import OrderStatus


@pytest.fixture
def manager(db, django_user_model, client):
    user = make_staff(django_user_model, "manager", group=ensure_shop_manager_group())
    client.force_login(user)
    return user


def action(client, order, name, **data):
    return client.post(f"/admin/orders/action/{order.pk}/{name}/", data)


def messages_of(response):
    return [str(m) for m in response.wsgi_request._messages]


def order_named(variant, name, phone="+84912345678", method=PaymentMethod.COD, quantity=1):
    variant.refresh_from_db()
    order, _ = place_order(
        cart_items={variant.pk: quantity},
        lines=[CartLine(variant, quantity)],
        customer=customer(name=name, phone=phone),
        payment_method=method,
        shop=shop_settings(),
        language="vi",
        checkout_key=f"key-{name}-{phone}",
    )
    return order


@pytest.mark.django_db
@pytest.mark.parametrize(
    "typed", ["0912 345 678", "0912345678", "+84912345678", "+84 912 345 678", "0912.345.678", "345 678"]
)
def test_phone_found_in_any_usual_form(client, manager, variant, typed):
    wanted = order_named(variant, "Lê Văn Đức", phone="+84912345678")
    other = order_named(variant, "Trần Thị Hoa", phone="+84987654321")
    page = client.get("/admin/orders/", {"q": typed}).content.decode()
    assert wanted.number in page and other.number not in page


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["Lê Văn Đức", "le van duc", "LE VAN", "duc", "Đức"])
def test_name_found_with_or_without_tone_marks(client, manager, variant, typed):
    wanted = order_named(variant, "Lê Văn Đức")
    other = order_named(variant, "Trần Thị Hoa", phone="+84987654321")
    page = client.get("/admin/orders/", {"q": typed}).content.decode()
    assert wanted.number in page and other.number not in page


@pytest.mark.django_db
def test_unpaid_cash_on_delivery_cannot_be_refunded_and_cancel_returns_its_stock(client, manager, variant):
    order = order_for(variant, quantity=3, method=PaymentMethod.COD)
    action(client, order, "processing")
    page = client.get(f"/admin/orders/inspect/{order.pk}/").content.decode()
    assert 'data-order-action="refund"' not in page and 'data-order-action="cancel"' in page
    response = action(client, order, "refund")
    assert Order.objects.get(pk=order.pk).status == OrderStatus.PROCESSING
    assert any("not possible" in m for m in messages_of(response))
    assert ProductVariant.objects.get(pk=variant.pk).stock == 7
    action(client, order, "cancel", reason="customer unreachable")
    assert Order.objects.get(pk=order.pk).status == OrderStatus.CANCELLED
    assert ProductVariant.objects.get(pk=variant.pk).stock == 10
    log = list(StockMovement.objects.filter(order=order).order_by("pk").values_list("change", "reason"))
    assert log == [(-3, "sale"), (3, "cancellation")]


@pytest.mark.django_db
def test_card_order_is_never_marked_paid_by_staff(client, manager, card_order):
    page = client.get(f"/admin/orders/inspect/{card_order.pk}/").content.decode()
    assert 'data-order-action="mark_paid"' not in page and 'data-order-action="processing"' not in page
    for name in ("mark_paid", "processing", "cash_collected", "refund"):
        action(client, card_order, name)
    assert Order.objects.get(pk=card_order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert Order.objects.get(pk=card_order.pk).paid_at is None


@pytest.mark.django_db
def test_collected_cash_is_in_the_history_and_then_refundable(client, manager, variant):
    order = order_for(variant, quantity=1, method=PaymentMethod.COD)
    action(client, order, "processing")
    action(client, order, "shipped", carrier="VNPost", tracking_number="EB123VN")
    action(client, order, "delivered")
    page = client.get(f"/admin/orders/inspect/{order.pk}/").content.decode()
    assert 'data-order-action="refund"' not in page and 'data-order-action="cash_collected"' in page
    action(client, order, "cash_collected", reason="courier paid in")
    order.refresh_from_db()
    assert order.paid_at is not None
    last = order.status_changes.last()
    assert (last.changed_by.username, last.from_status, last.to_status) == ("manager", "delivered", "delivered")
    assert "Cash collected" in last.reason and "courier paid in" in last.reason
    page = client.get(f"/admin/orders/inspect/{order.pk}/").content.decode()
    assert "Cash collected" in page and 'data-order-action="refund"' in page


@pytest.mark.django_db
def test_order_number_opens_the_order_and_secrets_are_never_shown(client, manager, card_order):
    Payment.objects.create(
        order=card_order,
        session_id="cs_test_9",
        idempotency_key=f"ocop-checkout-{card_order.token}",
        amount_vnd=card_order.total_vnd,
    )
    listing = client.get("/admin/orders/").content.decode()
    assert f'href="/admin/orders/inspect/{card_order.pk}/"' in listing
    assert f'href="/admin/orders/edit/{card_order.pk}/">{card_order.number}' not in listing
    pages = [
        client.get(url)
        for url in (
            f"/admin/orders/inspect/{card_order.pk}/",
            f"/admin/orders/edit/{card_order.pk}/",
            "/admin/orders/?export=csv",
            "/admin/orders/?export=xlsx",
        )
    ]
    for response in pages:
        assert response.status_code == 200
        content = body_of(response)
        assert card_order.token.encode() not in content and card_order.checkout_key.encode() not in content


@pytest.mark.django_db
def test_csv_is_for_spreadsheets_in_the_staff_language(client, django_user_model, variant):
    user = make_staff(django_user_model, "quanly", language="vi", group=ensure_shop_manager_group())
    client.force_login(user)
    order = order_named(variant, '=HYPERLINK("http://x")', phone="+84912345678")
    order.street_address = "@SUM(A1)"
    order.save()
    set_status(order, OrderStatus.CANCELLED)
    response = client.get("/admin/orders/", {"export": "csv"})
    raw = body_of(response)
    assert raw.startswith("\ufeff".encode())  # Excel reads UTF-8 only with the BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, row = rows[0], rows[1]
    record = dict(zip(header, row, strict=True))
    assert "Trạng thái" in header  # headings in the staff member's language
    assert record["Trạng thái"] == "Đã huỷ" and record["Phương thức thanh toán"] == "Thanh toán khi nhận hàng (COD)"
    assert record["Tên"].startswith("'=") and record["Địa chỉ"] == "'@SUM(A1)"
    assert record["Điện thoại"] == "0912 345 678"
    local = order.created_at.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Ho_Chi_Minh"))
    assert record["Đặt lúc"] == local.strftime("%Y-%m-%d %H:%M")
    assert "cod" not in row and "cancelled" not in row


@pytest.mark.django_db
def test_xlsx_export_still_works(client, manager, variant):
    order = order_for(variant, method=PaymentMethod.COD)
    response = client.get("/admin/orders/", {"export": "xlsx"})
    assert response.status_code == 200 and body_of(response)[:2] == b"PK"
    assert order.number
