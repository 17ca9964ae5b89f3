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
from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _lazy

from ..exceptions import StorefrontError
from ..models import Order
from ..status import OrderStatus


class HoldLimitReached(StorefrontError):
    pass


def open_holds() -> QuerySet[Order]:
    """Unpaid orders whose units are still out of stock."""
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

    One query: open orders and held units per group, counted by conditional aggregates.
    """
    limits = settings.OCOP_HOLD_LIMITS
    contact = Q(email__iexact=email.strip()) | Q(phone=str(phone))
    session = Q(token__in=list(session_tokens))
    held = (
        open_holds()
        .filter(contact | session)
        .aggregate(
            contact_orders=Count("pk", filter=contact, distinct=True),
            contact_units=Sum("lines__quantity", filter=contact),
            session_orders=Count("pk", filter=session, distinct=True),
            session_units=Sum("lines__quantity", filter=session),
        )
    )
    new_units = sum(cart_items.values())
    for group in ("contact", "session"):
        if held[f"{group}_orders"] >= limits["open_orders"]:
            raise HoldLimitReached(str(OPEN_ORDERS_MESSAGE))
        units = held[f"{group}_units"] or 0
        if units + new_units > limits["units"]:
            raise HoldLimitReached(str(UNITS_MESSAGE) % {"count": max(0, limits["units"] - units)})


def confirmation_email_allowed(order: Order) -> bool:
    """False when this address already got the hour's allowance of order confirmations."""
    since = timezone.now() - timedelta(hours=1)
    earlier = Order.objects.filter(email__iexact=order.email, created_at__gte=since).exclude(pk=order.pk).count()
    return earlier < settings.OCOP_CONFIRMATION_EMAILS_PER_HOUR
