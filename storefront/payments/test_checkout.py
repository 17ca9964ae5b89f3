"""Development only: what Stripe Checkout would send, for a local stripe-mock that has no payment page.

stripe-mock answers the API but hosts no payment page, and the Checkout Session it returns
points at a sample URL. While Stripe is a stripe-mock on this machine
(``settings.STRIPE_TEST_PAYMENT_PAGE``, computed from ``STRIPE_API_BASE`` and forced off by the
production settings), the session's URL leads to the site's own test payment page instead
(``storefront/test_payment.py``), whose buttons make the events built here, signed with the
webhook secret exactly as Stripe signs them, and hand them to the webhook. The order then
becomes paid (or fails) through the same verification and handlers as in production.
"""

import json
import secrets
import time

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from . import stripe_gateway

PAY = "pay"
DECLINE = "decline"


def enabled() -> bool:
    """The test payment page is mounted and Stripe is a local mock with a webhook secret to sign with."""
    return bool(
        getattr(settings, "STRIPE_TEST_PAYMENT_PAGE", False)
        and settings.STRIPE_API_BASE
        and settings.STRIPE_WEBHOOK_SECRET
    )


def page_url(order) -> str | None:
    """The test payment page of ``order`` (in its language), or None when the page is not mounted."""
    if not enabled():
        return None
    try:
        with translation.override(order.language):
            return reverse("storefront:test_payment", kwargs={"token": order.token})
    except NoReverseMatch:
        return None


def event_for(order, payment, outcome: str) -> dict:
    """The event Stripe would send when the buyer pays (``PAY``) or the card is declined (``DECLINE``)."""
    session = {
        "id": payment.session_id or f"cs_test_{order.token[:24]}",
        "object": "checkout.session",
        "amount_total": int(payment.amount_vnd),
        "currency": payment.currency or stripe_gateway.CURRENCY,
        "client_reference_id": order.token,
        "metadata": {"order_number": order.number},
        "payment_intent": payment.payment_intent_id or f"pi_test_{secrets.token_hex(8)}",
        "mode": "payment",
    }
    if outcome == PAY:
        kind = "checkout.session.completed"
        session.update(payment_status="paid", status="complete")
    else:
        kind = "checkout.session.async_payment_failed"
        session.update(payment_status="unpaid", status="complete")
    return {
        "id": f"evt_test_{secrets.token_hex(12)}",
        "object": "event",
        "type": kind,
        "created": int(time.time()),
        "livemode": False,
        "data": {"object": session},
    }


def signed(event: dict) -> tuple[bytes, str]:
    """The raw body and the Stripe-Signature header Stripe would send for ``event``."""
    payload = json.dumps(event)
    header = stripe_gateway.sign_payload(payload, settings.STRIPE_WEBHOOK_SECRET, int(time.time()))
    return payload.encode(), header
