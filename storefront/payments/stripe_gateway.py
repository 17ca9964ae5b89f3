"""The one module that talks to Stripe (and the only one that imports the SDK).

Everything else calls these functions with plain values and gets plain values or a
``PaymentError`` back. Amounts are VND, a zero-decimal currency: 120000 means 120,000 ₫ and is
sent as is, never multiplied by 100. The API base can point at stripe-mock (STRIPE_API_BASE).
"""

import json
import logging
from dataclasses import dataclass

import stripe
from django.conf import settings

from ..exceptions import PaymentError, PaymentUnavailable

logger = logging.getLogger(__name__)

CURRENCY = "vnd"
# A key stripe-mock accepts ("sk_test_" and one part without "_"; it refuses "sk_test_stripe_mock");
# used only when an API base is set and no key is.
MOCK_SECRET_KEY = "sk_test_ocopdev"
SIGNATURE_TOLERANCE_SECONDS = 300


class SignatureError(Exception):
    """The webhook payload is not signed by Stripe with our secret (or is too old)."""


def _secret_key():
    return settings.STRIPE_SECRET_KEY or (MOCK_SECRET_KEY if settings.STRIPE_API_BASE else "")


def is_configured() -> bool:
    """Card payment can be offered: there is a key (or a local stripe-mock to talk to)."""
    return bool(_secret_key())


def _client():
    key = _secret_key()
    if not key:
        raise PaymentUnavailable()
    base = {"api": settings.STRIPE_API_BASE} if settings.STRIPE_API_BASE else None
    # No automatic retries: a retry is the customer's click (with the same idempotency key).
    return stripe.StripeClient(key, base_addresses=base, max_network_retries=0)


@dataclass(frozen=True)
class CheckoutSession:
    id: str
    url: str
    expires_at: int
    payment_intent_id: str


def create_checkout_session(
    *,
    order_number: str,
    reference: str,
    email: str,
    lines,
    total_vnd: int,
    shipping_vnd: int,
    success_url: str,
    cancel_url: str,
    expires_at: int,
    idempotency_key: str,
    locale: str,
) -> CheckoutSession:
    """A Stripe Checkout Session for an order, with the order number in its metadata.

    ``lines`` are ``(name, unit_price_vnd, quantity)``; shipping becomes one more line so the
    session's total is exactly ``total_vnd``.
    """
    line_items = [
        {
            "price_data": {"currency": CURRENCY, "unit_amount": int(price), "product_data": {"name": name[:250]}},
            "quantity": int(quantity),
        }
        for name, price, quantity in lines
    ]
    if shipping_vnd:
        line_items.append(
            {
                "price_data": {
                    "currency": CURRENCY,
                    "unit_amount": int(shipping_vnd),
                    "product_data": {"name": "Shipping"},
                },
                "quantity": 1,
            }
        )
    assert sum(li["price_data"]["unit_amount"] * li["quantity"] for li in line_items) == total_vnd
    params = {
        "mode": "payment",
        "line_items": line_items,
        "payment_method_types": ["card"],
        "customer_email": email,
        "client_reference_id": reference,
        "metadata": {"order_number": order_number},
        "payment_intent_data": {"metadata": {"order_number": order_number}},
        "success_url": success_url,
        "cancel_url": cancel_url,
        "expires_at": int(expires_at),
        "locale": locale if locale in {"vi", "en", "ko", "ja", "ru", "th", "zh"} else "auto",
    }
    try:
        session = _client().v1.checkout.sessions.create(params=params, options={"idempotency_key": idempotency_key})
    except stripe.StripeError as exc:
        logger.warning("Stripe Checkout Session for %s failed: %s", order_number, exc)
        raise PaymentUnavailable() from exc
    return CheckoutSession(
        id=session.id,
        url=session.url or "",
        expires_at=session.expires_at or expires_at,
        payment_intent_id=_id_of(getattr(session, "payment_intent", None)),
    )


def expire_checkout_session(session_id: str) -> None:
    """Expire an open Checkout Session so that it can no longer be paid.

    Raises PaymentError when Stripe refuses (e.g. the session is already complete: the buyer paid).
    """
    try:
        _client().v1.checkout.sessions.expire(session_id)
    except stripe.StripeError as exc:
        logger.warning("Could not expire Stripe Checkout Session %s: %s", session_id, exc)
        raise PaymentError() from exc


def refund(*, payment_intent_id: str, amount_vnd: int, idempotency_key: str) -> str:
    """Refund a card payment (the whole amount); the same key never refunds twice. Returns the refund id."""
    try:
        result = _client().v1.refunds.create(
            params={"payment_intent": payment_intent_id, "amount": int(amount_vnd)},
            options={"idempotency_key": idempotency_key},
        )
    except stripe.StripeError as exc:
        logger.warning("Stripe refund of %s failed: %s", payment_intent_id, exc)
        raise PaymentError() from exc
    return result.id


def parse_webhook(payload: bytes, signature_header: str | None) -> dict:
    """Verify the signature of a webhook on its raw body and return the event as a dict.

    Raises SignatureError for a missing or wrong signature, the wrong secret, a timestamp
    outside the tolerance, or a body that is not an event.
    """
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret or not signature_header:
        raise SignatureError("missing signature or secret")
    try:
        stripe.WebhookSignature.verify_header(
            payload.decode("utf-8"),
            signature_header,
            secret,
            SIGNATURE_TOLERANCE_SECONDS,
        )
        event = json.loads(payload)
    except (stripe.SignatureVerificationError, ValueError, UnicodeDecodeError) as exc:
        raise SignatureError(str(exc)) from exc
    if not isinstance(event, dict) or not event.get("id") or not event.get("type"):
        raise SignatureError("not an event")
    return event


def _id_of(value) -> str:
    if not value:
        return ""
    return value if isinstance(value, str) else getattr(value, "id", "")


def sign_payload(payload: str, secret: str, timestamp: int) -> str:
    """A Stripe-Signature header for ``payload`` (what Stripe sends; used by tests and the bench)."""
    return stripe.WebhookSignature.generate_signature_header(payload, secret, timestamp=timestamp)
