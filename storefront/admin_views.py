"""Staff actions on an order (Wagtail admin): thin views over ``services.order_actions``, POST only.

Each action needs the ``storefront.change_order`` permission; the service decides whether the
action is allowed for this order's payment method and state, and records who did it.
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
from .services.order_actions import ACTIONS, perform_action


class ActionForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=1000)
    carrier = forms.CharField(label=gettext_lazy("Carrier"), required=False, max_length=100)
    tracking_number = forms.CharField(label=gettext_lazy("Tracking number"), required=False, max_length=100)


@require_POST
def order_action(request, pk, action, *, inspect_url_name):
    if not request.user.has_perm("storefront.change_order"):
        raise PermissionDenied
    order = get_object_or_404(Order, pk=pk)
    if action not in ACTIONS:
        raise PermissionDenied
    form = ActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please check the note, carrier and tracking number (100 characters at most)."))
        return redirect(inspect_url_name, pk=order.pk)
    data = form.cleaned_data
    try:
        perform_action(
            order,
            action,
            by=request.user,
            reason=data["reason"],
            carrier=data["carrier"],
            tracking_number=data["tracking_number"],
        )
    except StorefrontError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request, _("Order %(number)s: %(action)s done.") % {"number": order.number, "action": ACTIONS[action].label}
        )
    return redirect(inspect_url_name, pk=order.pk)
