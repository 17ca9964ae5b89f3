"""The development-only test payment page standing in for Stripe Checkout, switching method, polling."""

import os
import subprocess
import sys
import time

import pytest
from django.core import mail
from storefront_helpers import order_for
from test_checkout import fill_cart, form_data

from storefront.models import Order, PaymentMethod, StripeEvent
from storefront.status import OrderStatus


def _card_checkout(client, variant, lang="en"):
    fill_cart(client, variant)
    response = client.post(f"/{lang}/checkout/", form_data(client, lang=lang, payment_method="card"))
    order = Order.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/{lang}/test-payment/{order.token}/"
    return order


@pytest.mark.django_db
def test_pay_on_the_test_page_marks_the_order_paid_through_the_webhook(
    client, variant, django_capture_on_commit_callbacks
):
    order = _card_checkout(client, variant)
    page = client.get(f"/en/test-payment/{order.token}/").content.decode()
    assert "Pay (test)" in page and "Decline (test)" in page and "₫265,000" in page and order.number in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/test-payment/{order.token}/", {"outcome": "pay"})
    assert response.status_code == 302 and response["Location"] == f"/en/orders/{order.token}/paid/"
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID and order.paid_at
    event = StripeEvent.objects.get()
    assert event.event_type == "checkout.session.completed" and event.outcome == "paid"
    assert any("Payment received" in m.subject for m in mail.outbox)
    assert "Paid" in client.get(response["Location"], follow=True).content.decode()


@pytest.mark.django_db
def test_vietnamese_test_page_and_decline_fails_the_order_and_returns_the_stock(client, variant):
    order = _card_checkout(client, variant, lang="vi")
    page = client.get(f"/vi/test-payment/{order.token}/").content.decode()
    assert "Thanh toán (thử)" in page and "Từ chối (thử)" in page
    response = client.post(f"/vi/test-payment/{order.token}/", {"outcome": "decline"})
    assert response["Location"] == f"/vi/orders/{order.token}/"
    order.refresh_from_db()
    variant.refresh_from_db()
    assert order.status == OrderStatus.PAYMENT_FAILED and not order.stock_held and variant.stock == 10


@pytest.mark.django_db
def test_test_page_refuses_unknown_outcomes_and_paid_orders(client, variant):
    order = _card_checkout(client, variant)
    assert client.post(f"/en/test-payment/{order.token}/", {"outcome": "steal"}).status_code == 400
    client.post(f"/en/test-payment/{order.token}/", {"outcome": "pay"})
    again = client.get(f"/en/test-payment/{order.token}/")
    assert again.status_code == 302 and again["Location"] == f"/en/orders/{order.token}/"
    assert client.get("/en/test-payment/nope/").status_code == 404


@pytest.mark.django_db
def test_test_page_answers_404_when_stripe_is_not_a_local_mock(client, variant, settings):
    order = _card_checkout(client, variant)
    settings.STRIPE_TEST_PAYMENT_PAGE = False
    assert client.get(f"/en/test-payment/{order.token}/").status_code == 404


def test_production_settings_never_mount_the_test_payment_page():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": "x" * 60,
        "SITE_URL": "https://shop.example",
        "STRIPE_API_BASE": "http://127.0.0.1:12111",
    }
    code = (
        "import django; django.setup(); from django.conf import settings; from django.urls import reverse, "
        "NoReverseMatch\nassert settings.STRIPE_TEST_PAYMENT_PAGE is False\ntry:\n"
        "    reverse('storefront:test_payment', kwargs={'token': 'x'})\nexcept NoReverseMatch:\n"
        "    print('not mounted')\nelse:\n    print('MOUNTED')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "not mounted", result.stderr


@pytest.mark.django_db
def test_card_order_can_switch_to_cash_on_delivery(client, variant, shop):
    order = _card_checkout(client, variant, lang="vi")
    page = client.get(f"/vi/orders/{order.token}/").content.decode()
    assert 'name="payment_method" value="cod"' in page and 'value="bank_transfer"' in page
    response = client.post(f"/vi/orders/{order.token}/payment-method/", {"payment_method": "cod"}, follow=True)
    order.refresh_from_db()
    variant.refresh_from_db()
    assert order.payment_method == PaymentMethod.COD and order.status == OrderStatus.AWAITING_PAYMENT
    assert order.stock_held and variant.stock == 8
    assert abs((order.hold_expires_at - order.updated_at).total_seconds() - shop.cod_hold_hours * 3600) < 60
    assert "Thanh toán khi nhận hàng" in response.content.decode()
    # Once switched, the card page is gone and a second switch is refused.
    assert client.get(f"/vi/test-payment/{order.token}/").status_code == 302
    client.post(f"/vi/orders/{order.token}/payment-method/", {"payment_method": "bank_transfer"})
    order.refresh_from_db()
    assert order.payment_method == PaymentMethod.COD


@pytest.mark.django_db
def test_card_order_abroad_cannot_switch_to_cash_on_delivery(client, variant):
    fill_cart(client, variant)
    client.post(
        "/en/checkout/",
        form_data(
            client,
            lang="en",
            country="KR",
            province="",
            ward="",
            city="Seoul",
            phone="+82 10 1234 5678",
            payment_method="card",
        ),
    )
    order = Order.objects.get()
    assert 'value="cod"' not in client.get(f"/en/orders/{order.token}/").content.decode()
    client.post(f"/en/orders/{order.token}/payment-method/", {"payment_method": "cod"})
    order.refresh_from_db()
    assert order.payment_method == PaymentMethod.CARD


@pytest.mark.django_db
def test_order_page_polls_for_a_few_minutes_then_says_what_to_do(client, variant):
    order = order_for(variant, method=PaymentMethod.CARD, language="en")
    fresh = client.get(f"/en/orders/{order.token}/?confirming={int(time.time()) - 10}").content.decode()
    assert 'http-equiv="refresh"' in fresh
    stale = client.get(f"/en/orders/{order.token}/?confirming={int(time.time()) - 600}").content.decode()
    assert 'http-equiv="refresh"' not in stale
    assert "not received the card network" in stale and "Switch to" in stale
    assert client.get(f"/en/orders/{order.token}/?confirming=²").status_code == 200
