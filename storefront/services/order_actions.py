"""What shop staff may do to an order, by payment method and state, and doing it.

The transition table (``storefront.status``) says which moves exist at all; this module adds
what staff may trigger by hand:

* money never received is never refunded: "Refund" needs the money (a card payment confirmed
  by Stripe, a bank transfer confirmed by staff, cash collected by the courier);
* an order whose money was received is not "cancelled" (that would keep the money): it is
  refunded;
* a card order becomes paid only through Stripe's webhook, never by a staff button; "Confirm
  transfer received" is for bank transfers, "Cash collected" for cash on delivery, and it is
  recorded in the order's history like a status change;
* shipping needs a tracking number.

``allowed_actions`` gives the buttons of the order's admin page; ``perform_action`` re-checks
against the locked row's current state (through the services), so a stale page cannot do
what is no longer allowed.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django_stubs_ext import StrOrPromise

from site_config.money import format_vnd

from ..exceptions import IllegalTransition
from ..models import Order, OrderStatusChange, PaymentMethod
from ..status import PAID_STATUSES, OrderStatus, can_transition
from .orders import set_status
from .payments import refund_order


@dataclass(frozen=True)
class Action:
    name: str
    label: "StrOrPromise"
    destructive: bool = False
    needs_tracking: bool = False


ACTIONS = {
    a.name: a
    for a in [
        Action("mark_paid", gettext_lazy("Transfer received (mark paid)")),
        Action("processing", gettext_lazy("Start processing")),
        Action("shipped", gettext_lazy("Mark shipped"), needs_tracking=True),
        Action("delivered", gettext_lazy("Mark delivered")),
        Action("cash_collected", gettext_lazy("Cash collected")),
        Action("cancel", gettext_lazy("Cancel (puts the stock back)"), destructive=True),
        Action("refund", gettext_lazy("Refund"), destructive=True),
    ]
}


def _is_allowed(order: Order, name: str) -> bool:
    status, method = order.status, order.payment_method
    if name == "mark_paid":
        return method == PaymentMethod.BANK_TRANSFER and can_transition(status, OrderStatus.PAID)
    if name == "processing":
        if status == OrderStatus.AWAITING_PAYMENT:
            return method == PaymentMethod.COD
        return can_transition(status, OrderStatus.PROCESSING)
    if name == "shipped":
        return can_transition(status, OrderStatus.SHIPPED)
    if name == "delivered":
        return can_transition(status, OrderStatus.DELIVERED)
    if name == "cash_collected":
        return (
            method == PaymentMethod.COD
            and not order.money_received
            and status in {OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.DELIVERED}
        )
    if name == "cancel":
        return not order.money_received and can_transition(status, OrderStatus.CANCELLED)
    if name == "refund":
        return order.money_received and status in PAID_STATUSES
    return False


def allowed_actions(order: Order) -> list[Action]:
    """The actions staff may take on ``order`` now, in the order of its life."""
    return [action for name, action in ACTIONS.items() if _is_allowed(order, name)]


def perform_action(
    order: Order,
    name: str,
    *,
    by: "User | AnonymousUser | None" = None,
    reason: str = "",
    carrier: str = "",
    tracking_number: str = "",
) -> None:
    """Do ``name`` to ``order`` if it is allowed now (raises IllegalTransition otherwise)."""
    order.refresh_from_db()
    if name not in ACTIONS or not _is_allowed(order, name):
        raise IllegalTransition(
            _("“%(action)s” is not possible for this order now.")
            % {"action": ACTIONS[name].label if name in ACTIONS else name}
        )
    if name == "refund":
        refund_order(order, by=by, reason=reason)
    elif name == "cash_collected":
        collect_cash(order, by=by, reason=reason)
    elif name == "shipped":
        if not tracking_number.strip():
            raise IllegalTransition(_("Enter the carrier and the tracking number to mark the order shipped."))
        set_status(
            order,
            OrderStatus.SHIPPED,
            by=by,
            source="admin",
            reason=reason,
            carrier=carrier.strip(),
            tracking_number=tracking_number.strip(),
        )
    else:
        target = {
            "mark_paid": OrderStatus.PAID,
            "processing": OrderStatus.PROCESSING,
            "delivered": OrderStatus.DELIVERED,
            "cancel": OrderStatus.CANCELLED,
        }[name]
        set_status(order, target, by=by, source="admin", reason=reason)


def collect_cash(order: Order, *, by: "User | AnonymousUser | None" = None, reason: str = "") -> OrderStatusChange:
    """Cash on delivery: the courier handed over the money. Sets ``paid_at`` and records it in the history.

    The history row keeps the status (from = to) and says what happened, who and when.
    """
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        if locked.payment_method != PaymentMethod.COD or locked.paid_at is not None:
            raise IllegalTransition(_("This order has no cash on delivery to collect."))
        locked.paid_at = timezone.now()
        locked.save(update_fields=["paid_at", "updated_at"])
        note = _("Cash collected: %(amount)s") % {"amount": format_vnd(locked.total_vnd)}
        change = OrderStatusChange.objects.create(
            order=locked,
            from_status=locked.status,
            to_status=locked.status,
            changed_by=by if isinstance(by, User) else None,
            source="admin",
            reason=" – ".join(p for p in (note, reason) if p),
        )
    order.paid_at = locked.paid_at
    return change
