"""The order status pipeline: the statuses and the one table of allowed moves.

Every change of status goes through ``storefront.services.orders.set_status``, which refuses any
move that is not in ``TRANSITIONS``. The table is code, not settings, so it cannot change at
import time behind the tests' back.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrderStatus(models.TextChoices):
    AWAITING_PAYMENT = "awaiting_payment", _("Awaiting payment")
    PAID = "paid", _("Paid")
    PROCESSING = "processing", _("Processing")
    SHIPPED = "shipped", _("Shipped")
    DELIVERED = "delivered", _("Delivered")
    CANCELLED = "cancelled", _("Cancelled")
    REFUNDED = "refunded", _("Refunded")
    PAYMENT_FAILED = "payment_failed", _("Payment failed")
    EXPIRED = "expired", _("Expired")


S = OrderStatus

TRANSITIONS: dict[str, frozenset[str]] = {
    # awaiting_payment → processing is for cash on delivery only (set_status checks the method):
    # the money comes with the parcel, so the shop prepares and ships before it is paid.
    S.AWAITING_PAYMENT: frozenset({S.PAID, S.PROCESSING, S.CANCELLED, S.PAYMENT_FAILED, S.EXPIRED}),
    S.PAID: frozenset({S.PROCESSING, S.CANCELLED, S.REFUNDED}),
    S.PROCESSING: frozenset({S.SHIPPED, S.CANCELLED, S.REFUNDED}),
    S.SHIPPED: frozenset({S.DELIVERED, S.REFUNDED}),
    S.DELIVERED: frozenset({S.REFUNDED}),
    S.PAYMENT_FAILED: frozenset({S.CANCELLED}),
    S.CANCELLED: frozenset(),
    S.REFUNDED: frozenset(),
    S.EXPIRED: frozenset(),
}

# Statuses in which the order no longer holds stock (it was released or never needed again).
RELEASES_STOCK = frozenset({S.CANCELLED, S.PAYMENT_FAILED, S.EXPIRED})
# Statuses that count as "the customer has paid".
PAID_STATUSES = frozenset({S.PAID, S.PROCESSING, S.SHIPPED, S.DELIVERED})


def can_transition(source: str, target: str) -> bool:
    return target in TRANSITIONS.get(source, frozenset())
