"""Traceability stamps in the Wagtail admin (menu "Traceability stamps"): batches (create, edit,
scans and suspicious codes per batch), each batch's stamps page (make codes, register a
provider's codes, download the label sheets) and the list of codes (suspicious ones flagged).

Which batches a user sees is decided in one place, ``Batch.objects.visible_to(user)``
(catalogue/models/stamps.py): every view here starts from it. Changing stamps (making or
registering codes) needs ``catalogue.change_batch``; seeing them ``view`` or ``change``.
The rules themselves are in ``catalogue.stamps``.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    IndexView,
    InspectView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from . import stamps
from .models import Batch, StampCode
from .models.stamps import suspicious_scans
from .stamp_sheets import SHEET_LABELS, sheet_pdf, sheet_svg


def visible_batches(request):
    return Batch.objects.visible_to(request.user)


def _can_change(user):
    return user.has_perm("catalogue.change_batch")


def _can_see(user):
    return user.has_perm("catalogue.change_batch") or user.has_perm("catalogue.view_batch")


# --- Batches ---------------------------------------------------------------------------------------


class BatchFilterSet(WagtailFilterSet):
    suspicious = django_filters.BooleanFilter(label=gettext_lazy("Has suspicious codes"), method="filter_suspicious")

    class Meta:
        model = Batch
        fields = ["suspicious"]

    def filter_suspicious(self, queryset, name, value):
        if value is None:
            return queryset
        ids = StampCode.objects.suspicious().values("batch_id")
        return queryset.filter(pk__in=ids) if value else queryset.exclude(pk__in=ids)


class BatchForm(WagtailAdminModelForm):
    """A batch's form. For a producer's staff the product is one of their own products, chosen
    from a list of them (the page chooser would list every page): any other product is refused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .producer_access import is_producer_staff, products_for

        user = getattr(self, "for_user", None)
        field = self.fields.get("product")
        if field is not None and user is not None and is_producer_staff(user):
            field.queryset = products_for(user)
            field.widget = forms.Select(choices=field.choices)
            field.error_messages["invalid_choice"] = _("Choose one of your own products.")


class VisibleBatchesMixin:
    def get_queryset(self):
        return visible_batches(self.request)


class BatchIndexView(IndexView):
    def get_base_queryset(self):
        return visible_batches(self.request).with_stamp_figures().select_related("product")

    def get_list_more_buttons(self, instance):
        from wagtail.admin.widgets.button import MenuItem

        buttons = list(super().get_list_more_buttons(instance))
        buttons.append(
            MenuItem(
                _("Stamps: make, register, print"),
                icon_name="tag",
                priority=5,
                url=reverse("catalogue_stamps:batch", args=[instance.pk]),
            )
        )
        return buttons


class BatchEditView(VisibleBatchesMixin, EditView):
    @property
    def header_more_buttons(self):
        from wagtail.admin.widgets.button import Button

        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Stamps: make, register, print"),
                url=reverse("catalogue_stamps:batch", args=[self.object.pk]),
                icon_name="tag",
                priority=5,
            )
        )
        return buttons


class BatchDeleteView(VisibleBatchesMixin, DeleteView):
    pass


class BatchInspectView(InspectView):
    def get_object(self, queryset=None):
        # Wagtail's InspectView looks the object up on the model, not on get_queryset().
        return get_object_or_404(visible_batches(self.request), pk=self.pk)


def _suspicious_label(batch):
    count = getattr(batch, "suspicious_count", 0) or 0
    return _("⚠ %(count)s suspicious") % {"count": count} if count else "–"


class BatchViewSet(SnippetViewSet):
    model = Batch
    icon = "tag"
    menu_label = gettext_lazy("Batches")
    index_view_class = BatchIndexView
    edit_view_class = BatchEditView
    delete_view_class = BatchDeleteView
    inspect_view_class = BatchInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    edit_handler = ObjectList(Batch.panels, base_form_class=BatchForm)
    filterset_class = BatchFilterSet
    search_fields = ["batch_code", "product__title"]
    search_backend_name = None
    list_display = [
        "product",
        "batch_code",
        "production_date",
        "expiry_date",
        "quantity",
        Column("codes_count", label=gettext_lazy("Codes"), sort_key="codes_count"),
        Column(
            "scans_total", label=gettext_lazy("Scans"), accessor=lambda b: b.scans_total or 0, sort_key="scans_total"
        ),
        Column("suspicious_count", label=gettext_lazy("Suspicious codes"), accessor=_suspicious_label),
    ]
    list_export = ["product", "batch_code", "production_date", "expiry_date", "quantity"]
    export_filename = "batches"
    ordering = ["-production_date", "-pk"]


# --- Codes -------------------------------------------------------------------------------------------


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Codes are made and registered on their batch's stamps page, never typed in a form."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete", "copy"}:
            return False
        if action == "view":
            return _can_see(user)
        return super().user_has_permission(user, action)


class StampCodeFilterSet(WagtailFilterSet):
    suspicious = django_filters.BooleanFilter(label=gettext_lazy("Suspicious"), method="filter_suspicious")
    external = django_filters.BooleanFilter(label=gettext_lazy("From a stamp provider"), method="filter_external")

    class Meta:
        model = StampCode
        fields = ["suspicious", "external", "batch"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None:
            self.filters["batch"].queryset = visible_batches(request).select_related("product")

    def filter_suspicious(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.suspicious() if value else queryset.exclude(scan_count__gt=suspicious_scans())

    def filter_external(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.exclude(external_code="") if value else queryset.filter(external_code="")


class StampCodeIndexView(IndexView):
    def get_base_queryset(self):
        return StampCode.objects.visible_to(self.request.user).select_related("batch__product")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        from .stamp_codes import MalformedCode, external_key, parse

        text = self.search_query
        try:
            return queryset.filter(code=parse(text))
        except MalformedCode:
            key = external_key(text)
            return queryset.filter(external_code=key) if key else queryset.none()


class StampCodeInspectView(InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(StampCode.objects.visible_to(self.request.user), pk=self.pk)


def _flag(stamp):
    return _("⚠ may be copied") if stamp.is_suspicious else ""


class StampCodeViewSet(SnippetViewSet):
    model = StampCode
    icon = "key"
    menu_label = gettext_lazy("Stamp codes")
    index_view_class = StampCodeIndexView
    inspect_view_class = StampCodeInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = StampCodeFilterSet
    search_fields = ["code"]
    search_backend_name = None
    list_display = [
        TitleColumn(
            "code",
            label=gettext_lazy("Code"),
            accessor="public_code",
            get_url=lambda s: reverse("wagtailsnippets_catalogue_stampcode:inspect", args=[s.pk]),
        ),
        Column("batch", label=gettext_lazy("Batch"), accessor="batch.batch_code"),
        Column("product", label=gettext_lazy("Product"), accessor="batch.product.title"),
        Column("scan_count", label=gettext_lazy("Scans"), sort_key="scan_count"),
        Column("flag", label=gettext_lazy("Suspicious"), accessor=_flag),
        "first_scanned_at",
        "last_scanned_at",
        "external_provider",
    ]
    inspect_view_fields = [
        "code",
        "batch",
        "scan_count",
        "first_scanned_at",
        "last_scanned_at",
        "external_provider",
        "external_code",
        "created_at",
    ]
    list_export = [
        "code",
        "batch",
        "scan_count",
        "first_scanned_at",
        "last_scanned_at",
        "external_provider",
        "external_code",
    ]
    export_filename = "stamp-codes"
    ordering = ["-scan_count", "pk"]


class StampsGroup(SnippetViewSetGroup):
    items = (BatchViewSet, StampCodeViewSet)
    menu_icon = "tag"
    menu_label = gettext_lazy("Traceability stamps")
    menu_name = "stamps"
    menu_order = 250


# Codes are read-only for everyone (Wagtail reads a model's policy from this registry).
register_permission_policy(StampCode, ReadOnlyPolicy(StampCode))
register_snippet(StampsGroup)


# --- A batch's stamps page: make codes, register a provider's, print ------------------------------------


class GenerateForm(forms.Form):
    count = forms.IntegerField(label=gettext_lazy("Number of codes"), min_value=1, max_value=stamps.MAX_CODES_AT_ONCE)


class RegisterForm(forms.Form):
    provider = forms.CharField(label=gettext_lazy("Stamp provider"), max_length=100)
    codes = forms.CharField(
        label=gettext_lazy("The provider's codes"),
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        max_length=200_000,
        help_text=gettext_lazy("One code per line, as printed on the provider's stamps."),
    )


def _batch_for(request, pk):
    if not _can_see(request.user):
        raise PermissionDenied
    return get_object_or_404(visible_batches(request).select_related("product"), pk=pk)


def _sheet_parts(count):
    """[(part number, first label, last label)] of a batch's ``count`` codes."""
    return [
        (n + 1, start + 1, min(start + SHEET_LABELS, count)) for n, start in enumerate(range(0, count, SHEET_LABELS))
    ]


def batch_stamps(request, pk):
    batch = _batch_for(request, pk)
    generate_form, register_form, line_errors = GenerateForm(), RegisterForm(), []
    if request.method == "POST":
        if not _can_change(request.user):
            raise PermissionDenied
        if request.POST.get("action") == "generate":
            generate_form = GenerateForm(request.POST)
            if generate_form.is_valid():
                try:
                    made = stamps.generate_codes(batch, generate_form.cleaned_data["count"])
                except stamps.StampError as exc:
                    generate_form.add_error("count", str(exc))
                else:
                    messages.success(request, _("%(count)s stamp codes made.") % {"count": len(made)})
                    return redirect("catalogue_stamps:batch", pk=batch.pk)
        elif request.POST.get("action") == "register":
            register_form = RegisterForm(request.POST)
            if register_form.is_valid():
                result = stamps.register_external_codes(
                    batch, register_form.cleaned_data["provider"], register_form.cleaned_data["codes"]
                )
                if not result.errors:
                    messages.success(
                        request, _("%(count)s provider's codes registered.") % {"count": len(result.created)}
                    )
                    return redirect("catalogue_stamps:batch", pk=batch.pk)
                line_errors = result.errors
                register_form.add_error(None, _("Nothing was registered: correct the lines below and send them again."))
    codes = batch.codes.all()
    count = codes.count()
    context = {
        "batch": batch,
        "count": count,
        "left": max(0, batch.quantity - count),
        "scans": sum(codes.values_list("scan_count", flat=True)),
        "suspicious": codes.suspicious().order_by("-scan_count")[:50],
        "suspicious_threshold": suspicious_scans(),
        "parts": _sheet_parts(count),
        "can_change": _can_change(request.user),
        "generate_form": generate_form,
        "register_form": register_form,
        "line_errors": line_errors,
        "codes_url": reverse("wagtailsnippets_catalogue_stampcode:list") + f"?batch={batch.pk}",
    }
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "catalogue/admin/batch_stamps.html", context, status=status)


def batch_sheet(request, pk, fmt):
    """The label sheet of a batch's codes, part ``?part=`` (SHEET_LABELS labels a part), as PDF or SVG."""
    batch = _batch_for(request, pk)
    raw = request.GET.get("part", "1")
    part = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 6 else 0
    count = batch.codes.count()
    if part < 1 or (part - 1) * SHEET_LABELS >= max(count, 1):
        return HttpResponse(_("No such part of the sheet."), status=404, content_type="text/plain; charset=utf-8")
    codes = list(batch.codes.order_by("pk")[(part - 1) * SHEET_LABELS : part * SHEET_LABELS])
    name = f"tem-{batch.pk}-{part}"
    if fmt == "pdf":
        response = HttpResponse(sheet_pdf(batch, codes), content_type="application/pdf")
    else:
        response = HttpResponse(sheet_svg(batch, codes), content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response


urlpatterns = [
    path("<int:pk>/", batch_stamps, name="batch"),
    path("<int:pk>/sheet.pdf", batch_sheet, {"fmt": "pdf"}, name="sheet_pdf"),
    path("<int:pk>/sheet.svg", batch_sheet, {"fmt": "svg"}, name="sheet_svg"),
]
