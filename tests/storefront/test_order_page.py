"""The private order page: reached by its token only; shows status, lines, totals, how to pay."""

import pytest
from django.core import mail
from django.test import Client
from storefront_helpers import order_for

from storefront.models import PaymentMethod
from storefront.services.orders import set_status
from storefront.status import OrderStatus
from storefront.vietqr import parse_tlv


@pytest.mark.django_db
def test_order_page_shows_status_lines_and_totals(client, variant):
    order = order_for(variant, quantity=2, method=PaymentMethod.COD, language="en")
    response = client.get(f"/en/orders/{order.token}/")
    text = response.content.decode()
    assert response.status_code == 200
    assert order.number in text and "Confirmed: pay on delivery" in text and "₫265,000" in text
    assert "in cash to the courier" in text
    assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.django_db
def test_bank_transfer_page_shows_bank_details_and_a_vietqr_code(client, variant, shop):
    order = order_for(variant, quantity=1, method=PaymentMethod.BANK_TRANSFER)
    response = client.get(f"/vi/orders/{order.token}/")
    text = response.content.decode()
    assert shop.bank_account_number in text and order.number in text and "<svg" in text
    payload = response.context["bank"]["payload"]
    fields = parse_tlv(payload)
    assert fields["54"] == str(order.total_vnd)
    assert parse_tlv(fields["62"])["08"] == order.number


@pytest.mark.django_db
def test_shipped_order_shows_tracking(client, variant):
    order = order_for(variant, method=PaymentMethod.COD)
    set_status(order, OrderStatus.PROCESSING)
    set_status(order, OrderStatus.SHIPPED, carrier="VNPost", tracking_number="EB123456789VN")
    text = client.get(f"/vi/orders/{order.token}/").content.decode()
    assert "EB123456789VN" in text and "VNPost" in text


@pytest.mark.django_db
@pytest.mark.parametrize("guess", ["number", "other", "short", "long"])
def test_other_tokens_and_guessed_numbers_are_404(client, variant, guess):
    order = order_for(variant)
    path = {"number": order.number, "other": "A" * 32, "short": "x", "long": "y" * 200}[guess]
    assert client.get(f"/vi/orders/{path}/").status_code == 404


@pytest.mark.django_db
def test_no_customer_request_can_mark_an_order_paid(variant):
    order = order_for(variant, method=PaymentMethod.BANK_TRANSFER)
    client = Client()
    for path in (f"/vi/orders/{order.token}/", f"/vi/orders/{order.token}/paid/"):
        client.get(path, {"status": "paid"})
        client.post(path, {"status": "paid"})
    client.post(f"/vi/orders/{order.token}/pay/", {"status": "paid"})
    order.refresh_from_db()
    assert order.status == OrderStatus.AWAITING_PAYMENT and order.paid_at is None


@pytest.mark.django_db
@pytest.mark.parametrize("language, money", [("vi", "265.000\xa0₫"), ("en", "₫265,000")])
def test_emails_are_in_the_language_of_the_order(variant, language, money, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        order = order_for(variant, quantity=2, method=PaymentMethod.BANK_TRANSFER, language=language)
    with django_capture_on_commit_callbacks(execute=True):
        set_status(order, OrderStatus.PAID)
        set_status(order, OrderStatus.PROCESSING)
        set_status(order, OrderStatus.SHIPPED, carrier="VNPost", tracking_number="EB1VN")
    kinds = [m.subject for m in mail.outbox]
    assert len(kinds) == 3
    confirmation, paid, shipped = mail.outbox
    assert money in confirmation.body and order.number in confirmation.body
    assert "0011004012345" in confirmation.body  # bank details in the confirmation
    assert f"/{language}/orders/{order.token}/" in confirmation.body
    assert "EB1VN" in shipped.body
    html = {mime: body for body, mime in confirmation.alternatives}["text/html"]
    assert f'lang="{language}"' in html and money in html


@pytest.mark.django_db
def test_cancel_and_refund_emails(variant, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        cancelled = order_for(variant, method=PaymentMethod.COD, language="en")
        refunded = order_for(variant, method=PaymentMethod.BANK_TRANSFER, language="en")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        set_status(cancelled, OrderStatus.CANCELLED)
        set_status(refunded, OrderStatus.PAID)
        set_status(refunded, OrderStatus.REFUNDED)
    subjects = [m.subject for m in mail.outbox]
    assert subjects == [
        f"Order {cancelled.number} is cancelled",
        f"Payment received for order {refunded.number}",
        f"Order {refunded.number} is refunded",
    ]


@pytest.mark.django_db
def test_vietnamese_order_gets_vietnamese_email_and_english_order_english(variant, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        vi = order_for(variant, method=PaymentMethod.BANK_TRANSFER, language="vi")
        en = order_for(variant, method=PaymentMethod.BANK_TRANSFER, language="en")
    by_to = {m.subject: m for m in mail.outbox}
    vi_mail, en_mail = by_to[f"Đơn hàng {vi.number} của bạn"], by_to[f"Your order {en.number}"]
    assert "Xin chào" in vi_mail.body and "Nội dung chuyển khoản" in vi_mail.body
    assert "Hello" in en_mail.body and "Transfer message" in en_mail.body


@pytest.mark.django_db
def test_cart_page_is_in_vietnamese_under_vi(client, variant):
    client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"})
    assert "Giỏ hàng của bạn" in client.get("/vi/cart/").content.decode()
    assert "Your cart" in client.get("/en/cart/").content.decode()
