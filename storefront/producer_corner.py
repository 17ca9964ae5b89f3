"""The producers' corner, shop side: their variants' prices and stock, their order lines.

Every query starts from ``catalogue.producer_access`` (what this user may see): another
producer's variant or line is simply not found (404). Stock changes go through the stock log
(``services.stock.set_stock``), shipping through ``services.shipments``. A line shows the buyer's
name, delivery address and phone (what a parcel needs), never their e-mail or payment.
"""

import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied

from catalogue.producer_access import is_producer_staff, producer_ids_for, variants_for

from .exceptions import IllegalTransition
from .models import StockReason
from .services.presentation import address_lines
from .services.shipments import SHIPPABLE_STATUSES, lines_of_producers, mark_line_packed, mark_line_shipped
from .services.stock import StockChanged, set_stock

_WHOLE_NUMBER = re.compile(r"[0-9]{1,12}")
MIN_PRICE_VND = 1000


def _producer_staff_only(request):
    if not is_producer_staff(request.user):
        raise PermissionDenied


def _theirs(queryset, pk):
    """One of the producer's own objects, or None, whether the other exists or not."""
    return queryset.filter(pk=pk).first()


def _refuse(request):
    # A plain 403 (Wagtail turns a raised PermissionDenied into a redirect to the dashboard, and
    # LocaleMiddleware turns an admin 404 into a redirect to a language-prefixed URL).
    return permission_denied(request, PermissionDenied())


def _number(text):
    text = (text or "").replace(".", "").replace(",", "").replace(" ", "").strip()
    return int(text) if _WHOLE_NUMBER.fullmatch(text) else None


def variants(request):
    _producer_staff_only(request)
    rows = variants_for(request.user).order_by("product__title", "sort_order", "pk")
    return TemplateResponse(
        request, "storefront/admin/producer_variants.html", {"variants": rows, "page_title": _("Prices and stock")}
    )


@require_POST
def update_variant(request, pk):
    """Price and counted stock of one of the producer's variants (the stock through the log)."""
    _producer_staff_only(request)
    variant = _theirs(variants_for(request.user), pk)
    if variant is None:
        return _refuse(request)
    price, counted, seen = (_number(request.POST.get(k)) for k in ("price_vnd", "stock", "stock_seen"))
    if price is None or price < MIN_PRICE_VND or counted is None or seen is None:
        messages.error(
            request,
            _("%(sku)s: enter a price of at least %(min)s đồng and a stock as whole numbers.")
            % {"sku": variant.sku, "min": f"{MIN_PRICE_VND:,}".replace(",", ".")},
        )
        response = variants(request)
        response.status_code = 400
        return response
    if price != variant.price_vnd:
        variant.price_vnd = price
        variant.save(update_fields=["price_vnd"])
    if counted != seen:
        try:
            set_stock(variant, counted, expected=seen, reason=StockReason.MANUAL, by=request.user)
        except StockChanged as changed:
            messages.error(
                request,
                _(
                    "%(sku)s: the stock changed while you were editing (a sale): it is now %(stock)s. Check and save again."
                )
                % {"sku": variant.sku, "stock": changed.current},
            )
            return redirect("producer_corner_shop:variants")
    messages.success(request, _("%(sku)s saved.") % {"sku": variant.sku})
    return redirect("producer_corner_shop:variants")


def _my_lines(request):
    return lines_of_producers(producer_ids_for(request.user))


def lines(request):
    _producer_staff_only(request)
    rows = list(_my_lines(request))
    for line in rows:
        line.delivery_lines = address_lines(line.order)
        line.can_ship = line.order.status in SHIPPABLE_STATUSES and not line.booking_date and not line.shipped_at
    return TemplateResponse(
        request, "storefront/admin/producer_lines.html", {"lines": rows, "page_title": _("My order lines")}
    )


@require_POST
def line_action(request, pk, action):
    _producer_staff_only(request)
    line = _theirs(_my_lines(request), pk)
    if line is None:
        return _refuse(request)
    try:
        if action == "packed":
            mark_line_packed(line, by=request.user)
        elif action == "shipped":
            mark_line_shipped(
                line,
                carrier=request.POST.get("carrier", ""),
                tracking_number=request.POST.get("tracking_number", ""),
                by=request.user,
            )
        else:
            raise IllegalTransition(_("Unknown action."))
    except IllegalTransition as refused:
        messages.error(request, str(refused))
        response = lines(request)
        response.status_code = 400
        return response
    messages.success(request, _("Order %(number)s: line updated.") % {"number": line.order.number})
    return redirect("producer_corner_shop:lines")


urlpatterns = [
    path("prices-and-stock/", variants, name="variants"),
    path("prices-and-stock/<int:pk>/", update_variant, name="variant"),
    path("order-lines/", lines, name="lines"),
    path("order-lines/<int:pk>/<slug:action>/", line_action, name="line_action"),
]
