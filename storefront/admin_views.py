"""Staff actions on an order (Wagtail admin): thin views over the services, POST only.

Each action needs the ``storefront.change_order`` permission; the services decide whether the
move is allowed (transition table) and record who did it.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from .exceptions import StorefrontError
from .models import Order
from .services.orders import mark_cash_collected, set_status
from .services.payments import refund_order
from .status import OrderStatus


class ActionForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=1000)
    carrier = forms.CharField(label=gettext_lazy("Carrier"), required=False, max_length=100)
    tracking_number = forms.CharField(label=gettext_lazy("Tracking number"), required=False, max_length=100)


ACTIONS = {
    # name: (label, target status or None for a special action)
    "mark_paid": (gettext_lazy("Mark paid"), OrderStatus.PAID),
    "processing": (gettext_lazy("Start processing"), OrderStatus.PROCESSING),
    "shipped": (gettext_lazy("Mark shipped"), OrderStatus.SHIPPED),
    "delivered": (gettext_lazy("Mark delivered"), OrderStatus.DELIVERED),
    "cancel": (gettext_lazy("Cancel (puts the stock back)"), OrderStatus.CANCELLED),
    "refund": (gettext_lazy("Refund"), None),
    "cash_collected": (gettext_lazy("Cash collected"), None),
}


def available_actions(order):
    """The actions that make sense for ``order`` now (the buttons on its admin page)."""
    from .models import PaymentMethod
    from .status import PAID_STATUSES, can_transition

    names = []
    for name, (_label, target) in ACTIONS.items():
        if target is not None and can_transition(order.status, target):
            if target == OrderStatus.PROCESSING and order.status == OrderStatus.AWAITING_PAYMENT \
                    and order.payment_method != PaymentMethod.COD:
                continue
            names.append(name)
    if order.status in PAID_STATUSES:
        names.append("refund")
    if order.payment_method == PaymentMethod.COD and order.paid_at is None and order.status in {
            OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.DELIVERED}:
        names.append("cash_collected")
    return [(name, ACTIONS[name][0]) for name in names]


@require_POST
def order_action(request, pk, action, *, inspect_url_name):
    if not request.user.has_perm("storefront.change_order"):
        raise PermissionDenied
    order = get_object_or_404(Order, pk=pk)
    if action not in ACTIONS:
        raise PermissionDenied
    form = ActionForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    label, target = ACTIONS[action]
    try:
        if action == "refund":
            refund_order(order, by=request.user, reason=data.get("reason", ""))
        elif action == "cash_collected":
            mark_cash_collected(order, by=request.user)
        elif action == "shipped":
            if not data.get("tracking_number"):
                messages.error(request, _("Enter the carrier and the tracking number to mark the order shipped."))
                return redirect(inspect_url_name, pk=order.pk)
            set_status(order, target, by=request.user, source="admin", reason=data.get("reason", ""),
                       carrier=data.get("carrier", ""), tracking_number=data["tracking_number"])
        else:
            set_status(order, target, by=request.user, source="admin", reason=data.get("reason", ""))
    except StorefrontError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Order %(number)s: %(action)s done.") % {"number": order.number, "action": label})
    return redirect(inspect_url_name, pk=order.pk)
