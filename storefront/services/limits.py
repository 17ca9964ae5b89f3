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
from django.db.models import Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from ..exceptions import StorefrontError
from ..models import Order, OrderLine
from ..status import OrderStatus


class HoldLimitReached(StorefrontError):
    pass


def open_holds() -> QuerySet[Order]:
    """Unpaid orders whose units are still out of stock."""
    return Order.objects.filter(status=OrderStatus.AWAITING_PAYMENT, stock_held=True)


def _check(orders: QuerySet[Order], new_units: int, open_orders_message: str, units_message: str) -> None:
    limits = settings.OCOP_HOLD_LIMITS
    if orders.count() >= limits["open_orders"]:
        raise HoldLimitReached(open_orders_message)
    held = OrderLine.objects.filter(order__in=orders).aggregate(units=Sum("quantity"))["units"] or 0
    if held + new_units > limits["units"]:
        raise HoldLimitReached(units_message % {"count": max(0, limits["units"] - held)})


def check_hold_limits(*, email: str, phone: str, cart_items: dict[int, int]) -> None:
    """Raise HoldLimitReached if an order of ``cart_items`` would exceed the bounds for this
    e-mail address or phone number (both compared as the customer typed them, normalised)."""
    orders = open_holds().filter(Q(email__iexact=email.strip()) | Q(phone=str(phone)))
    _check(
        orders,
        sum(cart_items.values()),
        _(
            "You already have unpaid orders waiting for payment or delivery. Please pay or wait for one of them "
            "before ordering again, or contact us."
        ),
        _(
            "Your unpaid orders already hold many items. You can order at most %(count)s more items until they "
            "are paid or delivered; for a larger order please contact us."
        ),
    )


def check_session_holds(order_tokens: Iterable[str], cart_items: dict[int, int]) -> None:
    """The same bounds for the orders one browser session placed (their tokens)."""
    _check(
        open_holds().filter(token__in=list(order_tokens)),
        sum(cart_items.values()),
        _(
            "You already have unpaid orders waiting for payment or delivery. Please pay or wait for one of them "
            "before ordering again, or contact us."
        ),
        _(
            "Your unpaid orders already hold many items. You can order at most %(count)s more items until they "
            "are paid or delivered; for a larger order please contact us."
        ),
    )


def confirmation_email_allowed(order: Order) -> bool:
    """False when this address already got the hour's allowance of order confirmations."""
    since = timezone.now() - timedelta(hours=1)
    earlier = Order.objects.filter(email__iexact=order.email, created_at__gte=since).exclude(pk=order.pk).count()
    return earlier < settings.OCOP_CONFIRMATION_EMAILS_PER_HOUR
