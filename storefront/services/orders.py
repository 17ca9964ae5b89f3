"""Placing orders and moving them through the status pipeline.

``place_order`` turns a cart into an order and reserves its stock in one transaction.
``set_status`` is the single entry point for every status change: it locks the order row,
checks the transition table, records who/when/why, releases stock when the new status calls
for it, and sends ``order_status_changed`` (emails hang off that signal, on commit).
"""

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..exceptions import EmptyCart, IllegalTransition, OutOfStock, StorefrontError
from ..models import Order, OrderLine, OrderStatusChange, PaymentMethod
from ..signals import order_placed, order_status_changed
from ..status import RELEASES_STOCK, OrderStatus, can_transition
from .calculations import Totals, order_totals
from .limits import check_hold_limits
from .rules import check_destination, check_payment_method
from .stock import RELEASE_REASONS, release_stock, reserve_stock

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

    from site_config.models import ShopSettings

    from .cart import CartLine

# A card order's hold outlives its Stripe Checkout Session (35 minutes) with room for late webhooks.
CARD_HOLD = timedelta(hours=2)
NUMBER_ALPHABET = "0123456789"
NUMBER_ATTEMPTS = 5


@dataclass
class CustomerDetails:
    name: str
    email: str
    phone: str
    country: str
    street_address: str
    province_code: int | None = None
    province_name: str = ""
    ward_code: int | None = None
    ward_name: str = ""
    city: str = ""
    postal_code: str = ""
    delivery_notes: str = ""


def hold_for(payment_method: str, shop: "ShopSettings") -> timedelta:
    """How long an unpaid order of this method keeps its stock.

    Card: the Checkout Session's life with room for late webhooks. Cash on delivery: until the
    shop confirms and prepares it (its own setting). Bank transfer: time to make the transfer.
    """
    if payment_method == PaymentMethod.CARD:
        return CARD_HOLD
    if payment_method == PaymentMethod.COD:
        return timedelta(hours=shop.cod_hold_hours)
    return timedelta(hours=shop.hold_hours)


def _new_number(now: datetime) -> str:
    """A human order number: date and six random digits, e.g. "QN260128-482913".

    The date is the shop's (settings.TIME_ZONE, Asia/Ho_Chi_Minh), not UTC's: an order placed at
    03:00 on 2 December in Vietnam is numbered 2 December.
    """
    local = timezone.localtime(now, timezone.get_default_timezone())
    return f"QN{local:%y%m%d}-" + "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(6))


def place_order(
    *,
    cart_items: dict[int, int],
    lines: Sequence["CartLine"],
    customer: CustomerDetails,
    payment_method: str,
    shop: "ShopSettings",
    language: str,
    checkout_key: str,
    session_tokens: Iterable[str] = (),
) -> tuple[Order, bool]:
    """Create the order for ``lines`` (fresh CartLines) and reserve its stock, atomically.

    Guarantees: prices and totals come from the variants as read here; either every line's
    stock is reserved and the order exists, or nothing changed (OutOfStock / EmptyCart). The
    same ``checkout_key`` always gives the same order: a second submit returns
    ``(existing_order, False)`` without reserving again. The hold limits count the customer's
    contact details and the orders their browser session placed (``session_tokens``).
    """
    try:
        if not lines:
            raise EmptyCart()
        # The rules the form showed, enforced again here: whatever calls place_order cannot bypass them.
        check_payment_method(shop, customer.country, payment_method)
        check_destination(lines, customer.country)
        check_hold_limits(
            email=customer.email, phone=customer.phone, cart_items=cart_items, session_tokens=session_tokens
        )
        unavailable = [line.variant.pk for line in lines if line.quantity > line.variant.stock]
        if unavailable:
            raise OutOfStock(lines=unavailable)
    except StorefrontError:
        # Refused, unless this checkout already made its order: a second submit, whose first took
        # the last units or the customer's allowance (and emptied the cart), gets that order. Only
        # looked up here: a first submit that passes the checks meets the unique ``checkout_key``
        # below instead, so the usual order costs no query for it.
        existing = Order.objects.filter(checkout_key=checkout_key).first()
        if existing is not None:
            return existing, False
        raise

    totals = order_totals(shop, lines, customer.country, customer.province_code)
    now = timezone.now()
    hold = hold_for(payment_method, shop)
    for _attempt in range(NUMBER_ATTEMPTS):
        number = _new_number(now)
        try:
            return _create_order(
                number, checkout_key, payment_method, language, customer, totals, now, hold, lines, cart_items
            ), True
        except IntegrityError:
            # Either a submit of the same checkout made its order first (its order is the answer),
            # or the random number was taken that day (try another one).
            existing = Order.objects.filter(checkout_key=checkout_key).first()
            if existing is not None:
                return existing, False
            if not Order.objects.filter(number=number).exists():
                raise
    raise IntegrityError("no free order number")


def _create_order(
    number: str,
    checkout_key: str,
    payment_method: str,
    language: str,
    customer: CustomerDetails,
    totals: Totals,
    now: datetime,
    hold: timedelta,
    lines: Sequence["CartLine"],
    cart_items: dict[int, int],
) -> Order:
    """Insert the order and its lines and reserve the stock, in one transaction."""
    with transaction.atomic():
        order = Order(
            number=number,
            checkout_key=checkout_key,
            payment_method=payment_method,
            language=language,
            customer_name=customer.name,
            email=customer.email,
            phone=customer.phone,
            country=customer.country,
            province_code=customer.province_code,
            province_name=customer.province_name,
            ward_code=customer.ward_code,
            ward_name=customer.ward_name,
            street_address=customer.street_address,
            city=customer.city,
            postal_code=customer.postal_code,
            delivery_notes=customer.delivery_notes,
            shipping_zone=totals.zone,
            subtotal_vnd=totals.subtotal_vnd,
            shipping_vnd=totals.shipping_vnd,
            total_vnd=totals.total_vnd,
            stock_held=True,
            hold_expires_at=now + hold,
        )
        order.save()
        OrderLine.objects.bulk_create(
            [
                OrderLine(
                    # Names in the language of the order (``localized`` follows the active language).
                    order=order,
                    variant=line.variant,
                    product_name=line.variant.product.localized.title,
                    variant_label=str(line.variant.label),
                    sku=line.variant.sku,
                    producer_name=line.variant.product.producer.localized.title,
                    producer_page_id=line.variant.product.producer_id,
                    unit_price_vnd=line.variant.price_vnd,
                    quantity=line.quantity,
                    line_total_vnd=line.variant.price_vnd * line.quantity,
                    booking_date=getattr(line, "booking_date", None),
                )
                for line in lines
            ]
        )
        # Goods leave the shelf; an experience's places are held by the lines just saved, checked
        # against its places per day under the same row lock (storefront.services.bookings).
        bookings = {
            (line.variant.pk, line.booking_date): line.quantity for line in lines if line.booking_date is not None
        }
        booked_variants = {variant_id for variant_id, _day in bookings}
        goods = {
            variant_id: quantity for variant_id, quantity in cart_items.items() if variant_id not in booked_variants
        }
        reserve_stock(goods, order=order, bookings=bookings)
        order_placed.send(sender=Order, order=order)
    return order


def set_status(
    order: Order,
    to_status: str,
    *,
    by: "User | AnonymousUser | None" = None,
    source: str = "system",
    reason: str = "",
    **fields: Any,
) -> OrderStatusChange:
    """Move ``order`` to ``to_status`` if the transition table allows it; the one way to change status.

    Locks the order row for the duration, so concurrent callers (two webhook deliveries, the
    admin and a webhook) are serialised and only the first valid move happens; the others see
    the new status and get IllegalTransition. Extra ``fields`` (tracking number, paid_at…) are
    saved with the change. Stock is released when the target status frees it.
    """
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        from_status = locked.status
        if not can_transition(from_status, to_status):
            raise IllegalTransition(
                _("An order that is “%(from)s” cannot become “%(to)s”.")
                % {"from": OrderStatus(from_status).label, "to": OrderStatus(to_status).label}
            )
        if (
            from_status == OrderStatus.AWAITING_PAYMENT
            and to_status == OrderStatus.PROCESSING
            and locked.payment_method != PaymentMethod.COD
        ):
            raise IllegalTransition(_("Only cash-on-delivery orders can be prepared before they are paid."))
        # A refund before the parcel left puts its units back on the shelf.
        if to_status in RELEASES_STOCK or (
            to_status == OrderStatus.REFUNDED and from_status in {OrderStatus.PAID, OrderStatus.PROCESSING}
        ):
            release_stock(locked, reason=RELEASE_REASONS[to_status])
        if to_status == OrderStatus.PAID and locked.paid_at is None:
            fields.setdefault("paid_at", timezone.now())
        if to_status == OrderStatus.PROCESSING:
            # The order is going out: its units are sold, no longer a hold that can time out.
            fields.setdefault("hold_expires_at", None)
        locked.status = to_status
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.save()
        change = OrderStatusChange.objects.create(
            order=locked,
            from_status=from_status,
            to_status=to_status,
            # Only an authenticated ``by`` is recorded, and that is a User (never the AnonymousUser).
            changed_by=cast("User", by) if getattr(by, "is_authenticated", False) else None,
            source=source,
            reason=reason,
        )
        order_status_changed.send(
            sender=Order, order=locked, from_status=from_status, to_status=to_status, change=change
        )
    # Give the caller's instance the saved state.
    for field in locked._meta.concrete_fields:
        setattr(order, field.attname, getattr(locked, field.attname))
    return change


def flag_order(order: Order, reason: str) -> None:
    """Mark an order for a human to look at (e.g. a payment that does not match it)."""
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        locked.needs_attention = True
        locked.attention_reason = "\n".join(r for r in (locked.attention_reason, reason) if r)
        locked.save(update_fields=["needs_attention", "attention_reason", "updated_at"])
    order.needs_attention, order.attention_reason = locked.needs_attention, locked.attention_reason


def release_expired_holds(now: datetime | None = None, *, batch_size: int = 200) -> int:
    """Expire unpaid orders whose hold ran out and give their stock back. Returns how many.

    Safe to run in parallel with itself and with webhooks: each order goes through set_status,
    which locks the row and re-checks the status, so an order paid in the meantime is left alone.
    """
    now = now or timezone.now()
    expired = 0
    for order in Order.objects.holding_stock_until(now).order_by("hold_expires_at")[:batch_size]:
        try:
            set_status(order, OrderStatus.EXPIRED, source="system", reason="stock hold ran out")
        except IllegalTransition:
            continue
        expired += 1
    return expired
