"""A producer's part of an order: their lines, packed, then shipped with a carrier and tracking.

Producers see the lines of their products in orders the shop is preparing or has prepared
(paid, or cash on delivery in processing; shipped and delivered for the record); they pack and
ship lines of paid and processing orders only. Each step is a conditional UPDATE, so a line is
marked once whatever the double clicks, and it is written into the order's history (who, what,
tracking). A shipped line mails the buyer (``emails.email_line_shipped``) in the order's language.
"""

from collections.abc import Iterable

from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from ..exceptions import IllegalTransition
from ..models import OrderLine, OrderStatusChange
from ..status import PAID_STATUSES, OrderStatus

# Orders whose lines a producer sees, and those whose lines they may still pack and ship.
VISIBLE_STATUSES = PAID_STATUSES
SHIPPABLE_STATUSES = frozenset({OrderStatus.PAID, OrderStatus.PROCESSING})


def lines_of_producers(producer_ids: Iterable[int]) -> QuerySet[OrderLine]:
    """Order lines of these producers' products in orders they have to (or did) send."""
    return (
        OrderLine.objects.filter(producer_page_id__in=producer_ids, order__status__in=VISIBLE_STATUSES)
        .select_related("order")
        .order_by("shipped_at", "-order__created_at", "pk")
    )


def _shippable(line_pk: int) -> QuerySet[OrderLine]:
    return OrderLine.objects.filter(pk=line_pk, order__status__in=SHIPPABLE_STATUSES, booking_date__isnull=True)


def _record(line: OrderLine, by: User | AnonymousUser | None, text: str) -> None:
    order = line.order
    OrderStatusChange.objects.create(
        order=order,
        from_status=order.status,
        to_status=order.status,
        changed_by=by if isinstance(by, User) else None,
        source="producer",
        reason=text[:1000],
    )


def mark_line_packed(line: OrderLine, *, by: User | AnonymousUser | None = None) -> None:
    """The producer packed ``line`` (once; raises IllegalTransition if it cannot be packed now)."""
    with transaction.atomic():
        now = timezone.now()
        if not _shippable(line.pk).filter(packed_at__isnull=True).update(packed_at=now):
            raise IllegalTransition(_("This line cannot be marked packed now."))
        line.packed_at = now
        _record(line, by, _("Packed by the producer: %(line)s") % {"line": line})


def mark_line_shipped(
    line: OrderLine, *, carrier: str, tracking_number: str, by: User | AnonymousUser | None = None
) -> None:
    """The producer sent ``line`` with ``carrier`` under ``tracking_number`` (once); the buyer is mailed."""
    from ..emails import email_line_shipped

    carrier, tracking_number = carrier.strip()[:100], tracking_number.strip()[:100]
    if not carrier or not tracking_number:
        raise IllegalTransition(_("Enter the carrier and the tracking number to mark the line shipped."))
    with transaction.atomic():
        now = timezone.now()
        rows = _shippable(line.pk).filter(shipped_at__isnull=True)
        rows.filter(Q(packed_at__isnull=True)).update(packed_at=now)
        if not rows.update(shipped_at=now, carrier=carrier, tracking_number=tracking_number):
            raise IllegalTransition(_("This line cannot be marked shipped now."))
        line.refresh_from_db()
        _record(
            line,
            by,
            _("Shipped by the producer: %(line)s – %(carrier)s, %(tracking)s")
            % {"line": line, "carrier": carrier, "tracking": tracking_number},
        )
        email_line_shipped(line.order_id)
