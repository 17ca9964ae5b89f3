"""Orders in the Wagtail admin: list with filters and search, CSV export, a page per order with
its actions and status history. Orders are made by the checkout: no "add", no "delete"."""

import django_filters
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import admin_holds  # noqa: F401  (registers the stock holds view and menu item)
from .admin_views import ActionForm, available_actions, order_action
from .models import Order, PaymentMethod
from .status import OrderStatus


class OrderPermissionPolicy(ModelPermissionPolicy):
    """Staff may view and change orders (through the actions), never create or delete them here."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete", "copy"}:
            return False
        return super().user_has_permission(user, action)


def _producers(request):
    from django.conf import settings

    from catalogue.models import ProducerPage

    # Order lines point at the source-language producer page.
    return ProducerPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("title")


class OrderFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=OrderStatus.choices, label=_("Status"))
    payment_method = django_filters.ChoiceFilter(choices=PaymentMethod.choices, label=_("Payment method"))
    created_at = django_filters.DateFromToRangeFilter(label=_("Placed"), widget=DateRangePickerWidget)
    producer = django_filters.ModelChoiceFilter(queryset=_producers, label=_("Producer"), method="filter_producer")
    needs_attention = django_filters.BooleanFilter(label=_("Needs attention"))

    class Meta:
        model = Order
        fields = ["status", "payment_method", "created_at", "needs_attention"]

    def filter_producer(self, queryset, name, value):
        return queryset.filter(lines__producer_page=value).distinct() if value else queryset


class OrderInspectView(InspectView):
    template_name = "storefront/admin/order_inspect.html"
    fields = ["number", "status", "payment_method", "total_vnd", "subtotal_vnd", "shipping_vnd", "customer_name",
              "email", "phone", "country", "province_name", "ward_name", "street_address", "city", "postal_code",
              "delivery_notes", "language", "created_at", "paid_at", "hold_expires_at", "stock_held", "carrier",
              "tracking_number", "needs_attention", "attention_reason"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order = self.object
        context.update({
            "order": order, "lines": order.lines.all(), "history": order.status_changes.select_related("changed_by"),
            "payments": order.payments.all(), "events": order.stripe_events.all()[:20],
            "actions": available_actions(order), "action_form": ActionForm(),
            "can_act": self.request.user.has_perm("storefront.change_order"),
        })
        return context


class OrderViewSet(ModelViewSet):
    model = Order
    icon = "list-ul"
    menu_label = _("Orders")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_class = OrderInspectView
    copy_view_enabled = False
    list_display = ["number", "status", "payment_method", "customer_name", "total_display", "created_at",
                    "needs_attention"]
    list_export = ["number", "status", "payment_method", "customer_name", "email", "phone", "country",
                   "province_name", "ward_name", "street_address", "subtotal_vnd", "shipping_vnd", "total_vnd",
                   "language", "created_at", "paid_at", "carrier", "tracking_number", "needs_attention"]
    export_filename = "orders"
    filterset_class = OrderFilterSet
    search_fields = ["number", "email", "phone", "customer_name"]
    search_backend_name = None  # plain database search: orders are not in the search index
    form_fields = ["carrier", "tracking_number", "needs_attention", "attention_reason"]
    ordering = ["-created_at"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("action/<int:pk>/<slug:action>/", self.action_view, name="action"),
        ]

    def action_view(self, request, pk, action):
        return order_action(request, pk, action, inspect_url_name=self.get_url_name("inspect"))


register_permission_policy(Order, OrderPermissionPolicy(Order))
order_viewset = OrderViewSet("orders")


@hooks.register("register_admin_viewset")
def register_order_viewset():
    return order_viewset
