"""Stock holds in the Wagtail admin: who holds how many units unpaid, and a bulk release.

One row per customer identity (phone number) with open unpaid orders, the most units first, so a
visitor who took stock off sale stands at the top; staff tick the orders and release them in one
go. Releasing is cancelling through ``set_status`` (stock back exactly once, history recorded,
the customer told by the usual cancellation e-mail). Needs ``storefront.change_order``.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Min, Sum
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .exceptions import StorefrontError
from .services.limits import open_holds
from .services.orders import set_status
from .status import OrderStatus

RELEASE_REASON = "released by staff: suspicious stock hold"


def holds_by_customer():
    """Open holds grouped by phone number: orders, units, e-mails seen, oldest and newest."""
    groups = (
        open_holds()
        .values("phone")
        .annotate(
            orders=Count("pk", distinct=True),
            units=Sum("lines__quantity"),
            first=Min("created_at"),
            last=Max("created_at"),
        )
        .order_by("-units", "-orders")
    )
    rows = []
    for group in groups[:200]:
        orders = list(
            open_holds().filter(phone=group["phone"]).annotate(units=Sum("lines__quantity")).order_by("-created_at")
        )
        rows.append(
            {
                **group,
                "emails": sorted({o.email.lower() for o in orders}),
                "names": sorted({o.customer_name[:60] for o in orders}),
                "order_list": orders,
            }
        )
    return rows


def holds_view(request):
    if not request.user.has_perm("storefront.change_order"):
        raise PermissionDenied
    if request.method == "POST":
        ids = [int(pk) for pk in request.POST.getlist("order") if pk.isascii() and pk.isdigit()]
        released = 0
        for order in open_holds().filter(pk__in=ids):
            try:
                set_status(order, OrderStatus.CANCELLED, by=request.user, source="admin", reason=RELEASE_REASON)
            except StorefrontError:
                continue
            released += 1
        if released:
            messages.success(
                request,
                ngettext(
                    "%(count)d order released; its stock is back on sale.",
                    "%(count)d orders released; their stock is back on sale.",
                    released,
                )
                % {"count": released},
            )
        else:
            messages.warning(request, _("No order was released: tick the orders to release."))
        return redirect("storefront_holds")
    return render(request, "storefront/admin/holds.html", {"rows": holds_by_customer()})


@hooks.register("register_admin_urls")
def register_holds_url():
    return [path("stock-holds/", holds_view, name="storefront_holds")]


class HoldsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("storefront.change_order")


@hooks.register("register_admin_menu_item")
def register_holds_menu_item():
    return HoldsMenuItem(gettext_lazy("Stock holds"), reverse("storefront_holds"), icon_name="warning", order=251)
