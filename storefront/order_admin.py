"""Orders in the Wagtail admin: list with filters and search, exports, a page per order with its
actions and status history. Orders are made by the checkout: no "add", no "delete".

The order number opens the order (its inspect page: lines, history, actions), not the small
edit form. The buyer's token and checkout key (the private link to the order) are never shown
or exported. The CSV export is for spreadsheets opened by people: UTF-8 with a BOM (Excel then
reads Vietnamese right), times in Vietnam's time zone, labels in the staff member's language,
and cells that a spreadsheet would run as a formula (starting with = + - @) neutralised. The
XLSX export is Wagtail's own (typed cells; openpyxl already refuses formulas).
"""

import datetime

import django_filters
import phonenumbers
from django.conf import settings
from django.urls import path
from django.utils import timezone, translation
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from catalogue.models import ProducerPage

from .admin_ui import ReadableInspectMixin, YesNoColumn, yes_no
from .admin_views import ActionForm, order_action
from .models import Order, PaymentMethod
from .services.order_actions import allowed_actions
from .status import OrderStatus

# Cells a spreadsheet would read as a formula (OWASP "CSV injection"), tab and CR included.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value):
    """A cell value a spreadsheet shows as text: a leading ' before = + - @ (and tab/CR)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def local_time(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def phone_for_people(value):
    """ "0912 345 678" for Vietnamese numbers (as staff dial them), "+44 20 …" otherwise."""
    if not value:
        return ""
    try:
        number = phonenumbers.parse(str(value), settings.PHONENUMBER_DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return str(value)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 84
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


class OrderPermissionPolicy(ModelPermissionPolicy):
    """Staff may view and change orders (through the actions), never create or delete them here."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete", "copy"}:
            return False
        return super().user_has_permission(user, action)


def _producers(request):
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


class OrderIndexView(IndexView):
    # Every choice field shows its label; the CSV adds the rest (see the module docstring).
    custom_field_preprocess = {
        "status": {"csv": lambda v: force_str(OrderStatus(v).label)},
        "payment_method": {"csv": lambda v: force_str(PaymentMethod(v).label)},
        "language": {"csv": lambda v: force_str(dict(settings.LANGUAGES).get(v, v))},
        "phone": {"csv": phone_for_people},
    }
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        datetime.datetime: {**IndexView.custom_value_preprocess[datetime.datetime], "csv": local_time},
        bool: {"csv": yes_no},
    }

    def _get_title_column(self, field_name, *args, **kwargs):
        column = super()._get_title_column(field_name, *args, **kwargs)
        column._get_url_func = self.get_inspect_url  # the number opens the order itself
        return column

    def search_queryset(self, queryset):
        return queryset.matching(self.search_query) if self.is_searching else queryset

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: formula_safe(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    def stream_csv(self, queryset):
        # The response streams after the view has returned (and Wagtail's per-user language
        # override has ended): keep the staff member's language for the whole file.
        language = translation.get_language()
        rows = super().stream_csv(queryset)

        def in_language():
            with translation.override(language):
                yield "\ufeff"  # BOM: Excel reads the file as UTF-8
                yield from rows

        return in_language()


class OrderInspectView(ReadableInspectMixin, InspectView):
    template_name = "storefront/admin/order_inspect.html"

    def get_field_display_value(self, field_name, field):
        if field_name == "phone":
            return phone_for_people(self.object.phone)
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order = self.object
        context.update(
            {
                "order": order,
                "lines": order.lines.all(),
                "history": order.status_changes.select_related("changed_by"),
                "payments": order.payments.all(),
                "events": order.stripe_events.all()[:20],
                "actions": allowed_actions(order),
                "action_form": ActionForm(),
                "can_act": self.request.user.has_perm("storefront.change_order"),
                "stock_movements": order.stock_movements.select_related("variant")[:50],
            }
        )
        return context


class OrderViewSet(ModelViewSet):
    model = Order
    icon = "list-ul"
    menu_label = _("Orders")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = OrderIndexView
    inspect_view_enabled = True
    inspect_view_class = OrderInspectView
    # Never the token or the checkout key: they are the buyer's private link to the order.
    inspect_view_fields = [
        "number",
        "status",
        "payment_method",
        "total_vnd",
        "subtotal_vnd",
        "shipping_vnd",
        "customer_name",
        "email",
        "phone",
        "country",
        "province_name",
        "ward_name",
        "street_address",
        "city",
        "postal_code",
        "delivery_notes",
        "language",
        "created_at",
        "paid_at",
        "hold_expires_at",
        "stock_held",
        "carrier",
        "tracking_number",
        "needs_attention",
        "attention_reason",
    ]
    copy_view_enabled = False
    list_display = [
        "number",
        "status",
        "payment_method",
        "customer_name",
        "total_display",
        "created_at",
        YesNoColumn("needs_attention", label=_("Needs attention")),
    ]
    list_export = [
        "number",
        "status",
        "payment_method",
        "customer_name",
        "email",
        "phone",
        "country",
        "province_name",
        "ward_name",
        "street_address",
        "subtotal_vnd",
        "shipping_vnd",
        "total_vnd",
        "language",
        "created_at",
        "paid_at",
        "carrier",
        "tracking_number",
        "needs_attention",
    ]
    export_filename = "orders"
    filterset_class = OrderFilterSet
    search_fields = ["number", "email", "phone", "customer_name"]  # see OrderQuerySet.matching
    search_backend_name = None  # plain database search: orders are not in the search index
    form_fields = ["carrier", "tracking_number", "needs_attention", "attention_reason"]
    ordering = ["-created_at"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("action/<int:pk>/<slug:action>/", self.action_view, name="action"),
        ]

    def action_view(self, request, pk, action):
        return order_action(request, pk, action, inspect_url_name=self.get_url_name("inspect"))
