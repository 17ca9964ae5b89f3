"""Checkout Sessions against stripe-mock: VND unscaled, metadata, expiry, idempotency, Stripe down."""

import pytest
from django.utils import translation
from storefront_helpers import order_for

from storefront.exceptions import PaymentUnavailable
from storefront.models import Order, Payment, PaymentMethod
from storefront.payments import stripe_gateway
from storefront.services.orders import set_status
from storefront.services.payments import checkout_idempotency_key, refund_order, start_card_payment
from storefront.status import OrderStatus

pytestmark = pytest.mark.stripe
URLS = {"success_url": "http://testserver/vi/orders/x/paid/", "cancel_url": "http://testserver/vi/orders/x/"}


@pytest.mark.django_db
def test_checkout_session_is_created_once_and_reused_on_retry(card_order, settings):
    settings.STRIPE_TEST_PAYMENT_PAGE = False  # as with real Stripe: its hosted page
    first = start_card_payment(card_order, **URLS)
    second = start_card_payment(card_order, **URLS)
    assert first.pk == second.pk
    assert Payment.objects.filter(order=card_order).count() == 1
    assert first.session_id.startswith("cs_")
    assert first.checkout_url.startswith("https://")
    assert first.idempotency_key == checkout_idempotency_key(card_order)
    assert card_order.token in first.idempotency_key


@pytest.mark.django_db
def test_session_amounts_are_whole_dong_and_expiry_is_within_stripe_limits(card_order):
    payment = start_card_payment(card_order, **URLS)
    assert payment.amount_vnd == card_order.total_vnd == 2 * 120000 + 25000
    assert payment.currency == "vnd"
    lifetime = (payment.expires_at - card_order.created_at).total_seconds()
    assert 30 * 60 <= lifetime <= 24 * 3600


@pytest.mark.django_db
def test_session_parameters_sent_to_stripe(card_order):
    # stripe-mock echoes what it was sent for these fields.
    session = stripe_gateway.create_checkout_session(
        order_number=card_order.number,
        reference=card_order.token,
        email=card_order.email,
        lines=[("Chả mực", 120000, 2)],
        total_vnd=265000,
        shipping_vnd=25000,
        expires_at=2_000_000_000,
        idempotency_key="test-key-1",
        locale="vi",
        **URLS,
    )
    assert session.expires_at == 2_000_000_000
    with pytest.raises(AssertionError):
        stripe_gateway.create_checkout_session(
            order_number="X",
            reference="x",
            email="a@b.c",
            lines=[("x", 1200, 1)],
            total_vnd=120000,
            shipping_vnd=0,
            expires_at=2_000_000_000,
            idempotency_key="k",
            locale="en",
            **URLS,
        )


@pytest.mark.django_db
def test_stripe_down_gives_a_clear_error_and_keeps_the_order(card_order, settings):
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens on the discard port
    with pytest.raises(PaymentUnavailable) as excinfo:
        start_card_payment(card_order, **URLS)
    with translation.override("en"):
        assert "Card payment is not available" in str(excinfo.value.message)
    assert Order.objects.get(pk=card_order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert not Payment.objects.exists()


@pytest.mark.django_db
def test_refund_goes_through_stripe_once(card_order):
    start_card_payment(card_order, **URLS)
    Payment.objects.filter(order=card_order).update(payment_intent_id="pi_test_1")
    set_status(card_order, OrderStatus.PAID)
    refund_order(card_order, reason="damaged")
    order = Order.objects.get(pk=card_order.pk)
    assert order.status == OrderStatus.REFUNDED
    assert Payment.objects.get(order=card_order).refund_id.startswith("re_")
    with pytest.raises(Exception):  # noqa: B017 (IllegalTransition: already refunded)
        refund_order(order)


@pytest.mark.django_db
def test_card_payment_is_hidden_without_keys_or_mock(settings):
    settings.STRIPE_SECRET_KEY = ""
    settings.STRIPE_API_BASE = ""
    assert not stripe_gateway.is_configured()


@pytest.mark.django_db
def test_non_card_orders_never_start_a_stripe_session(variant):
    order = order_for(variant, method=PaymentMethod.COD)
    with pytest.raises(Exception):  # noqa: B017 (PaymentError)
        start_card_payment(order, **URLS)
