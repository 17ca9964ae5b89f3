"""Bounds on what one customer can hold without paying, and on the mail we send them.

An unpaid order takes its units out of stock for hours (cash on delivery, bank transfer), so
without a bound one visitor can take a product off sale for everyone. ``check_hold_limits``
refuses a new order that would give one phone number, one e-mail address or one browser
session more than ``OCOP_HOLD_LIMITS["open_orders"]`` open unpaid orders or more than
``OCOP_HOLD_LIMITS["units"]`` units on hold. The per-client request rate (site_config.ratelimit)
bounds how fast anyone can try; these bound what the tries can achieve.

``confirmation_email_allowed`` keeps the shop from mailing one address more than
``OCOP_CONFIRMATION_EMAILS_PER_HOUR`` order confirmations an hour, whatever is typed in.
"""

from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _lazy

from ..exceptions import StorefrontError
from ..models import Order, OrderLine
from ..status import OrderStatus


class HoldLimitReached(StorefrontError):
    pass


def open_holds() -> QuerySet[Order]:
    """Unpaid orders whose units are still out of stock (``_held`` spells out the same condition in SQL)."""
    return Order.objects.filter(status=OrderStatus.AWAITING_PAYMENT, stock_held=True)


OPEN_ORDERS_MESSAGE = _lazy(
    "You already have unpaid orders waiting for payment or delivery. Please pay or wait for one of them "
    "before ordering again, or contact us."
)
UNITS_MESSAGE = _lazy(
    "Your unpaid orders already hold many items. You can order at most %(count)s more items until they "
    "are paid or delivered; for a larger order please contact us."
)


def check_hold_limits(
    *, email: str, phone: str, cart_items: dict[int, int], session_tokens: Iterable[str] = ()
) -> None:
    """Raise HoldLimitReached if an order of ``cart_items`` would exceed the bounds for this
    e-mail address or phone number (compared as the customer typed them, normalised), or for
    the orders this browser session placed (``session_tokens``).
    """
    limits = settings.OCOP_HOLD_LIMITS
    held = _held(email.strip(), str(phone), list(session_tokens))
    new_units = sum(cart_items.values())
    for orders, units in held:
        if orders >= limits["open_orders"]:
            raise HoldLimitReached(str(OPEN_ORDERS_MESSAGE))
        if units + new_units > limits["units"]:
            raise HoldLimitReached(str(UNITS_MESSAGE) % {"count": max(0, limits["units"] - units)})


def _held(email: str, phone: str, tokens: list[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    """(open orders, units held) for these contact details, then for the session's orders: one
    aggregate over the unpaid orders that still hold stock and their lines.

    Plain SQL (PostgreSQL and SQLite alike) because it runs on every order and the ORM's version
    (four conditional aggregates over a join) cost more to compile than the database took to
    answer it. The e-mail is compared case-insensitively, as ``email__iexact`` does.
    """
    quote = connection.ops.quote_name
    params: dict[str, str] = {"email": email, "phone": phone, "status": OrderStatus.AWAITING_PAYMENT.value}
    params.update({f"token{i}": token for i, token in enumerate(tokens)})
    contact = "(UPPER(o.email) = UPPER(%(email)s) OR o.phone = %(phone)s)"
    session = f"o.token IN ({', '.join(f'%(token{i})s' for i in range(len(tokens)))})" if tokens else "1 = 0"
    sql = f"""
        SELECT COUNT(DISTINCT CASE WHEN {contact} THEN o.id END),
               SUM(CASE WHEN {contact} THEN l.quantity END),
               COUNT(DISTINCT CASE WHEN {session} THEN o.id END),
               SUM(CASE WHEN {session} THEN l.quantity END)
          FROM {quote(Order._meta.db_table)} o
          LEFT JOIN {quote(OrderLine._meta.db_table)} l ON l.order_id = o.id
         WHERE o.status = %(status)s AND o.stock_held AND ({contact} OR {session})
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        contact_orders, contact_units, session_orders, session_units = cursor.fetchone()
    return (contact_orders, contact_units or 0), (session_orders, session_units or 0)


def confirmation_email_allowed(order: Order) -> bool:
    """False when this address had already placed the hour's allowance of orders in the hour before
    ``order`` was: the same answer whenever the task worker asks (orders placed since do not count)."""
    earlier = (
        Order.objects.filter(
            email__iexact=order.email,
            created_at__gte=order.created_at - timedelta(hours=1),
            created_at__lte=order.created_at,
        )
        .exclude(pk=order.pk)
        .count()
    )
    return earlier < settings.OCOP_CONFIRMATION_EMAILS_PER_HOUR
