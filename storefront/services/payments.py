"""Payment flows: starting a card payment, applying Stripe events, refunds.

Card orders are fulfilled by the webhook only. ``handle_stripe_event`` records the event id
first (unique constraint: a duplicate delivery, sequential or parallel, stops there), then
dispatches by type through a table; each handler locks the order through ``set_status`` and
checks the amount and currency against the order before fulfilling it. Events that arrive
late or out of order find the order already past them and change nothing.
"""

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..exceptions import IllegalTransition, PaymentError
from ..models import Order, OrderStatusChange, Payment, PaymentMethod, StripeEvent
from ..payments import stripe_gateway, test_checkout
from ..status import PAID_STATUSES, OrderStatus
from .orders import flag_order, hold_for, set_status
from .rules import (  # noqa: F401 (card_payment_available: this module's API too)
    PaymentMethodNotAllowed,
    can_start_card_payment,
    card_payment_available,
    switchable_methods,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

    from site_config.models import ShopSettings

logger = logging.getLogger(__name__)

SESSION_LIFETIME = timedelta(minutes=35)  # Stripe accepts 30 minutes to 24 hours.


def checkout_idempotency_key(order: Order) -> str:
    return f"ocop-checkout-{order.token}"


def start_card_payment(order: Order, *, success_url: str, cancel_url: str) -> Payment:
    """The Stripe Checkout Session for ``order``, created once.

    Runs outside any transaction and holds no lock while Stripe is called. A retry (double
    click, reload, Stripe down and back) reuses the stored session, or asks Stripe again with
    the same idempotency key, so there is never a second session for one order.
    """
    # Called after place_order's transaction has committed: no row lock is held during the call.
    if not can_start_card_payment(order):
        raise PaymentError()
    key = checkout_idempotency_key(order)
    existing = Payment.objects.filter(idempotency_key=key).exclude(session_id="").first()
    if existing is not None:
        return existing
    expires_at = order.created_at + SESSION_LIFETIME
    if expires_at < timezone.now() + timedelta(minutes=31):
        # A retry long after placement: Stripe needs at least 30 minutes ahead.
        expires_at = timezone.now() + timedelta(minutes=31)
    session = stripe_gateway.create_checkout_session(
        order_number=order.number,
        reference=order.token,
        email=order.email,
        # A booked experience names its date (ISO: the same in every language); its quantity is people.
        lines=[
            (
                f"{line.product_name} – {line.variant_label}"
                + (f" – {line.booking_date.isoformat()}" if line.booking_date else ""),
                line.unit_price_vnd,
                line.quantity,
            )
            for line in order.lines.all()
        ],
        total_vnd=order.total_vnd,
        shipping_vnd=order.shipping_vnd,
        success_url=success_url,
        cancel_url=cancel_url,
        expires_at=int(expires_at.timestamp()),
        idempotency_key=key,
        locale=order.language,
    )
    # stripe-mock has no payment page: in development its sample URL is replaced by the site's own.
    checkout_url = test_checkout.page_url(order) or session.url
    payment, _created = Payment.objects.update_or_create(
        idempotency_key=key,
        defaults={
            "order": order,
            "provider": "stripe",
            "session_id": session.id,
            "checkout_url": checkout_url,
            "payment_intent_id": session.payment_intent_id,
            "amount_vnd": order.total_vnd,
            "currency": stripe_gateway.CURRENCY,
            "expires_at": datetime.fromtimestamp(session.expires_at, tz=UTC),
        },
    )
    return payment


def switch_payment_method(order: Order, method: str, shop: "ShopSettings", *, source: str = "customer") -> Order:
    """Move an unpaid card order to another method its destination allows (cash on delivery, transfer).

    The Stripe Checkout Session is expired first, outside any lock, so it can no longer take
    money; if Stripe refuses (the buyer has just paid), nothing changes and PaymentError is
    raised. The order keeps its stock, now for the new method's hold length, and the change is
    written to its history. A card payment that still arrives later is flagged by the webhook.
    """
    if method not in switchable_methods(order, shop):
        raise PaymentMethodNotAllowed()
    for payment in order.payments.filter(provider="stripe").exclude(session_id=""):
        if card_payment_available():
            stripe_gateway.expire_checkout_session(payment.session_id)
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        if locked.status != OrderStatus.AWAITING_PAYMENT or locked.payment_method != PaymentMethod.CARD:
            raise IllegalTransition()
        previous = locked.payment_method
        locked.payment_method = method
        if locked.stock_held:
            locked.hold_expires_at = timezone.now() + hold_for(method, shop)
        locked.save(update_fields=["payment_method", "hold_expires_at", "updated_at"])
        OrderStatusChange.objects.create(
            order=locked,
            from_status=locked.status,
            to_status=locked.status,
            source=source,
            reason=f"payment method {previous} → {method}",
        )
    order.payment_method, order.hold_expires_at = locked.payment_method, locked.hold_expires_at
    return order


# --- Webhook events ---------------------------------------------------------------------------


def handle_stripe_event(event: dict) -> str:
    """Apply a verified Stripe event once. Returns what happened (also stored on the event row)."""
    handler = EVENT_HANDLERS.get(event["type"])
    try:
        with transaction.atomic():
            record = StripeEvent.objects.create(event_id=event["id"], event_type=event["type"])
            if handler is None:
                outcome = "ignored: event type not handled"
            else:
                obj = event.get("data", {}).get("object", {}) or {}
                order = _order_for(obj)
                if order is not None:
                    # Lock the order for the whole event: events of one order apply one at a time.
                    order = Order.objects.select_for_update().get(pk=order.pk)
                if order is None:
                    outcome = "ignored: no matching order"
                else:
                    record.order = order
                    outcome = handler(order, obj)
            record.outcome = outcome[:255]
            record.save(update_fields=["order", "outcome"])
    except IntegrityError:
        return "duplicate"
    return outcome


def _order_for(obj: dict) -> Order | None:
    number = (obj.get("metadata") or {}).get("order_number")
    if number:
        return Order.objects.filter(number=number).first()
    reference = obj.get("client_reference_id")
    if reference:
        return Order.objects.filter(token=reference).first()
    return None


def _amount_matches(order: Order, obj: dict, amount_field: str) -> str:
    """'' when the object pays exactly this order in VND; otherwise why not."""
    currency = (obj.get("currency") or "").lower()
    amount = obj.get(amount_field)
    if currency != stripe_gateway.CURRENCY:
        return f"currency {currency or '?'} is not vnd"
    if amount != order.total_vnd:
        return f"amount {amount} differs from the order total {order.total_vnd}"
    return ""


def _remember_payment_intent(order: Order, obj: dict[str, Any]) -> None:
    intent = obj.get("payment_intent")
    intent = intent if isinstance(intent, str) else (intent or {}).get("id", "")
    if intent:
        Payment.objects.filter(order=order, provider="stripe").update(payment_intent_id=intent)


def _fulfil(order: Order, obj: dict, event_label: str) -> str:
    mismatch = _amount_matches(order, obj, "amount_total")
    if mismatch:
        flag_order(order, f"Stripe {event_label}: {mismatch}; not fulfilled")
        return f"flagged: {mismatch}"
    _remember_payment_intent(order, obj)
    if order.status in PAID_STATUSES or order.paid_at:
        return "already paid"
    if order.payment_method != PaymentMethod.CARD:
        # The buyer switched to another method, yet the card was charged: the money is real.
        flag_order(
            order,
            f"Stripe {event_label} after the order moved to {order.payment_method}: "
            "it is paid by card; do not collect it again",
        )
    try:
        set_status(order, OrderStatus.PAID, source="stripe", reason=event_label)
    except IllegalTransition:
        # Paid after the order expired or was cancelled: the money is real, the stock may be gone.
        flag_order(order, f"Stripe {event_label} for an order that is {order.status}: refund or re-open by hand")
        return f"flagged: paid while {order.status}"
    return "paid"


def _on_session_completed(order: Order, obj: dict) -> str:
    if obj.get("payment_status") in {"paid", "no_payment_required"}:
        return _fulfil(order, obj, "checkout.session.completed")
    # A delayed payment method: the money is not there yet; async_payment_* will tell.
    _remember_payment_intent(order, obj)
    return "completed, payment pending"


def _on_async_succeeded(order: Order, obj: dict) -> str:
    return _fulfil(order, obj, "checkout.session.async_payment_succeeded")


def _fail_or_expire(order: Order, obj: dict, to_status: str, label: str) -> str:
    if order.status != OrderStatus.AWAITING_PAYMENT:
        return f"ignored: order is {order.status}"
    try:
        set_status(order, to_status, source="stripe", reason=label)
    except IllegalTransition:
        return f"ignored: order is {order.status}"
    return to_status


def _on_async_failed(order: Order, obj: dict) -> str:
    return _fail_or_expire(order, obj, OrderStatus.PAYMENT_FAILED, "checkout.session.async_payment_failed")


def _on_session_expired(order: Order, obj: dict) -> str:
    return _fail_or_expire(order, obj, OrderStatus.EXPIRED, "checkout.session.expired")


def _on_charge_refunded(order: Order, obj: dict) -> str:
    if (obj.get("currency") or "").lower() != stripe_gateway.CURRENCY:
        flag_order(order, "Stripe charge.refunded in another currency")
        return "flagged: currency"
    if order.status == OrderStatus.REFUNDED:
        return "already refunded"
    if obj.get("amount_refunded", 0) < order.total_vnd:
        flag_order(order, f"Stripe partial refund of {obj.get('amount_refunded')} ₫")
        return "flagged: partial refund"
    try:
        set_status(order, OrderStatus.REFUNDED, source="stripe", reason="charge.refunded")
    except IllegalTransition:
        flag_order(order, f"Stripe charge.refunded for an order that is {order.status}")
        return f"flagged: refunded while {order.status}"
    return "refunded"


EVENT_HANDLERS = {
    "checkout.session.completed": _on_session_completed,
    "checkout.session.async_payment_succeeded": _on_async_succeeded,
    "checkout.session.async_payment_failed": _on_async_failed,
    "checkout.session.expired": _on_session_expired,
    "charge.refunded": _on_charge_refunded,
}


# --- Refunds ----------------------------------------------------------------------------------


def refund_order(order: Order, *, by: "User | AnonymousUser | None" = None, reason: str = "") -> Order:
    """Refund a paid order: through Stripe for card orders (idempotent key), by hand otherwise.

    The Stripe call happens outside any transaction; the status change follows it. A second
    call for a refunded order is refused by the transition table, and Stripe would answer the
    same idempotency key with the same refund anyway.
    """
    if order.status == OrderStatus.REFUNDED or order.status not in PAID_STATUSES:
        raise IllegalTransition()
    if not order.money_received:
        # An unpaid cash-on-delivery order that is being prepared or shipped: nothing to give back.
        raise IllegalTransition(_("No money was received for this order: there is nothing to refund."))
    refund_id = ""
    if order.payment_method == PaymentMethod.CARD:
        payment = order.payments.exclude(payment_intent_id="").first()
        if payment is None:
            raise PaymentError()
        refund_id = payment.refund_id or stripe_gateway.refund(
            payment_intent_id=payment.payment_intent_id,
            amount_vnd=order.total_vnd,
            idempotency_key=f"ocop-refund-{order.token}",
        )
        Payment.objects.filter(pk=payment.pk).update(refund_id=refund_id)
    set_status(
        order,
        OrderStatus.REFUNDED,
        by=by,
        source="admin",
        reason=" ".join(p for p in (reason, refund_id and f"Stripe refund {refund_id}") if p),
    )
    return order
