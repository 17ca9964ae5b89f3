"""Prices and stock in the Wagtail admin (menu "Shop"): the variants' listing, their edit form,
bulk edit, CSV import, goods received and the stock log.

Variants are catalogue data, but their stock is the shop's: every stock figure typed here goes
through ``storefront.services.stock`` (which logs who, when and why), never straight into the
column. That is why this admin lives in the storefront app (the catalogue must not import the
shop). Editors with ``catalogue.change_productvariant`` edit prices and stock; the Shop manager
group sees them (``view_productvariant``), reads the log and records deliveries
(``storefront.record_delivery``).

Searching is tone-insensitive ("Sa sung" finds "Sá sùng"): product, producer and locality
names are folded like the site's search folds them and matched word by word; SKUs match as
typed.
"""

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import lazy
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    IndexView,
    InspectView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from catalogue.models import ProducerPage, ProductPage, ProductVariant, Region, RegionKind
from catalogue.models.variants import LOW_STOCK
from site_config.money import format_vnd
from site_config.text import fold

from .admin_ui import ReadableInspectMixin, YesNoColumn
from .models import StockMovement, StockReason
from .services.stock import StockChanged, change_stock, set_stock

# --- Tone-insensitive matching ----------------------------------------------------------------


def product_ids_matching(text):
    """Source-language products whose title, producer or locality contain every word of ``text``
    (tone marks and "đ" ignored). A catalogue has hundreds of products: folded in Python, the
    same on SQLite and PostgreSQL."""
    words = fold(text).split()
    if not words:
        return []
    rows = ProductPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
        "pk", "title", "producer__title", "region__name", "region__parent__name"
    )
    return [pk for pk, *names in rows if all(w in fold(" ".join(n for n in names if n)) for w in words)]


def variants_matching(queryset, text):
    text = text.strip()
    if not text:
        return queryset
    return queryset.filter(Q(product_id__in=product_ids_matching(text)) | Q(sku__icontains=text))


# --- The product chooser: Vietnamese product pages only ----------------------------------------


class ProductSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=gettext_lazy("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": gettext_lazy("Product, producer or locality")}),
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q", "").strip()
        if query:
            objects = objects.filter(pk__in=product_ids_matching(query))
            self.is_searching, self.search_query = True, query
        return objects


class _ProductColumns:
    """Title, producer and locality (every row is Vietnamese: no language column)."""

    filter_form_class = ProductSearchForm

    @property
    def columns(self):
        return [
            self.title_column,
            Column("producer", label=gettext_lazy("Producer"), accessor="producer.title"),
            Column("region", label=gettext_lazy("Locality"), accessor="region.name"),
        ]


class ProductChooseView(_ProductColumns, chooser_views.ChooseView):
    pass


class ProductChooseResultsView(_ProductColumns, chooser_views.ChooseResultsView):
    pass


class ProductChooserViewSet(ChooserViewSet):
    """Variants hang off the Vietnamese (source) product page: the chooser offers nothing else."""

    model = ProductPage
    icon = "doc-full"
    choose_one_text = gettext_lazy("Choose a product")
    choose_another_text = gettext_lazy("Choose another product")
    edit_item_text = gettext_lazy("Edit product")
    per_page = 20
    choose_view_class = ProductChooseView
    choose_results_view_class = ProductChooseResultsView

    def get_object_list(self):
        return (
            ProductPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
            .select_related("producer", "region")
            .order_by("title")
        )


product_chooser_viewset = ProductChooserViewSet("product_chooser", url_prefix="shop/product-chooser")
ProductChooserWidget = product_chooser_viewset.widget_class


# --- Variant form: stock through the stock service -------------------------------------------


class StockInput(forms.NumberInput):
    """The stock input also sends the figure the staff member saw, so a sale in between is noticed."""

    seen = None

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        if self.seen is None:
            return html
        return html + forms.HiddenInput().render(f"{name}_seen", self.seen)


class VariantForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "stock" in self.fields:
            self.fields["stock"].widget = widget = StockInput(attrs={"min": 0})
            widget.seen = self.instance.stock if self.instance.pk else None

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and "stock" in cleaned and "stock" in self.changed_data_for_stock():
            current = ProductVariant.objects.filter(pk=self.instance.pk).values_list("stock", flat=True).first()
            if current != self._seen():
                self.add_error(
                    "stock",
                    _(
                        "The stock changed while you were editing (a sale or a delivery): it is "
                        "now %(stock)s. Check the figure and save again."
                    )
                    % {"stock": current},
                )
        return cleaned

    def _seen(self):
        try:
            return int(self.data.get("stock_seen", ""))
        except ValueError:
            return self.instance.stock

    def changed_data_for_stock(self):
        return {"stock"} if self.cleaned_data.get("stock") != self._seen() else set()

    def save(self, commit=True):
        variant = super().save(commit=False)
        counted = variant.stock
        user = getattr(self, "for_user", None)
        if variant.pk is None:
            variant.stock = 0
            variant.save()
            self.save_m2m()
            if counted:
                change_stock(variant.pk, counted, reason=StockReason.MANUAL, by=user, note=_("initial stock"))
                variant.stock = counted
            return variant
        seen = self._seen()
        # Every other field as typed; the stock only through the service (never overwritten here).
        fields = [f.name for f in variant._meta.concrete_fields if not f.primary_key and f.name != "stock"]
        variant.save(update_fields=fields)
        if counted != seen:
            try:
                set_stock(variant, counted, expected=seen, by=user)
            except StockChanged as changed:
                variant.stock = changed.current
        else:
            variant.stock = ProductVariant.objects.get(pk=variant.pk).stock
        return variant


def source_product(page_id):
    """The Vietnamese product page of ``page_id`` (which may be a translation), or None."""
    key = ProductPage.objects.filter(pk=page_id).values("translation_key")[:1]
    return ProductPage.objects.filter(translation_key__in=key, locale__language_code=settings.LANGUAGE_CODE).first()


class VariantCreateView(CreateView):
    def get_initial_form_instance(self):
        """ "Add a variant" from a product's editor arrives with ``?product=<id>``: pre-filled."""
        instance = super().get_initial_form_instance()
        product_id = self.request.GET.get("product", "")
        if self.request.method == "GET" and product_id.isascii() and product_id.isdigit():
            product = source_product(int(product_id))
            if product is not None:
                instance = instance or ProductVariant()
                instance.product = product
        return instance


# --- Listing -----------------------------------------------------------------------------------


def _producers(request):
    return ProducerPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("title")


def _localities(request):
    return Region.objects.filter(locale__language_code=settings.LANGUAGE_CODE, kind=RegionKind.LOCALITY).order_by(
        "sort_order", "name"
    )


def _low_stock_label():
    return lazy(lambda: _("Low (%(n)s or fewer)") % {"n": LOW_STOCK}, str)()


class VariantFilterSet(WagtailFilterSet):
    product = django_filters.NumberFilter(label=gettext_lazy("Product (id)"), method="filter_product")
    producer = django_filters.ModelChoiceFilter(
        queryset=_producers, field_name="product__producer", label=gettext_lazy("Producer")
    )
    locality = django_filters.ModelChoiceFilter(
        queryset=_localities, label=gettext_lazy("Locality"), method="filter_locality"
    )
    stock_level = django_filters.ChoiceFilter(
        label=gettext_lazy("Stock"),
        method="filter_stock_level",
        choices=[("out", gettext_lazy("Sold out")), ("low", _low_stock_label()), ("in", gettext_lazy("In stock"))],
    )
    is_active = django_filters.BooleanFilter(label=gettext_lazy("On sale"))

    class Meta:
        model = ProductVariant
        fields = ["product", "producer", "locality", "stock_level", "is_active"]

    def filter_product(self, queryset, name, value):
        # Any language version of the product: variants hang off the Vietnamese page.
        key = ProductPage.objects.filter(pk=value).values("translation_key")[:1]
        return queryset.filter(product__translation_key__in=key) if value else queryset

    def filter_locality(self, queryset, name, value):
        return queryset.filter(product__region_id__in=Region.descendant_ids(value)) if value else queryset

    def filter_stock_level(self, queryset, name, value):
        return {"out": queryset.filter(stock=0), "low": queryset.low_stock(), "in": queryset.filter(stock__gt=0)}.get(
            value, queryset
        )


class VariantInspectView(ReadableInspectMixin, InspectView):
    pass


class VariantIndexView(IndexView):
    def search_queryset(self, queryset):
        return variants_matching(queryset, self.search_query) if self.is_searching else queryset

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("product", "product__producer", "product__region")

    def get_list_more_buttons(self, instance):
        from wagtail.admin.widgets.button import MenuItem

        buttons = list(super().get_list_more_buttons(instance))
        if self.request.user.has_perm("storefront.record_delivery"):
            buttons.append(
                MenuItem(
                    _("Record goods received"),
                    icon_name="download",
                    priority=30,
                    url=reverse("shop_stock:delivery") + f"?variant={instance.pk}",
                )
            )
        if self.request.user.has_perm("storefront.view_stockmovement"):
            buttons.append(
                MenuItem(
                    _("Stock log"),
                    icon_name="history",
                    priority=40,
                    url=reverse("shop_stock:variant_log", args=[instance.pk]),
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.urlencode()
        context["stock_links"] = stock_links(self.request.user, query)
        return context

    @property
    def header_more_buttons(self):
        from wagtail.admin.widgets.button import Button

        buttons = list(super().header_more_buttons)
        query = self.request.GET.copy()
        query.pop("p", None)
        for label, url, icon in stock_links(self.request.user, query.urlencode()):
            buttons.append(Button(label, url=url, icon_name=icon, priority=60))
        return buttons


def stock_links(user, query=""):
    links = []
    if user.has_perm("catalogue.change_productvariant"):
        links.append(
            (
                _("Edit prices and stock together"),
                reverse("shop_stock:bulk_edit") + (f"?{query}" if query else ""),
                "edit",
            )
        )
        links.append((_("Import prices and stock (CSV)"), reverse("shop_stock:import"), "upload"))
    if user.has_perm("storefront.record_delivery"):
        links.append((_("Record goods received"), reverse("shop_stock:delivery"), "download"))
    return links


class ShopStockGroup(SnippetViewSetGroup):
    menu_icon = "tag"
    menu_label = gettext_lazy("Stock")
    menu_name = "shop_stock"
    menu_order = 260
    items = ()  # filled below


class ProductVariantViewSet(SnippetViewSet):
    model = ProductVariant
    icon = "tag"
    menu_label = gettext_lazy("Prices and stock")
    index_view_class = VariantIndexView
    inspect_view_enabled = True  # what a Shop manager (view only) opens
    inspect_view_class = VariantInspectView
    inspect_view_fields = ["product", "sku", "pack", "size", "price_vnd", "stock", "weight_grams", "is_active"]
    add_view_class = VariantCreateView
    edit_view_class = EditView
    filterset_class = VariantFilterSet
    search_fields = ["sku"]  # see VariantIndexView.search_queryset
    search_backend_name = None
    list_display = [
        "product",  # the title column: edit (or inspect) link and the row's menu
        "sku",
        Column("label", label=gettext_lazy("Option")),
        Column("price", label=gettext_lazy("Price"), accessor=lambda v: format_vnd(v.price_vnd), sort_key="price_vnd"),
        Column("stock", label=gettext_lazy("Stock"), sort_key="stock"),
        YesNoColumn("is_active", label=gettext_lazy("On sale")),
        Column("producer", label=gettext_lazy("Producer"), accessor="product.producer.title"),
        Column("region", label=gettext_lazy("Locality"), accessor="product.region.name"),
    ]
    list_export = ["sku", "product", "size", "price_vnd", "stock", "weight_grams", "is_active"]
    export_headings = {
        "sku": "sku",
        "product": "product",
        "size": "size",
        "price_vnd": "price_vnd",
        "stock": "stock",
        "weight_grams": "weight_grams",
        "is_active": "is_active",
    }
    export_filename = "prices-and-stock"
    ordering = ["product__title", "sort_order"]
    panels = [
        FieldPanel("product", widget=ProductChooserWidget),
        FieldRowPanel([FieldPanel("sku"), FieldPanel("pack"), FieldPanel("size")]),
        FieldRowPanel([FieldPanel("price_vnd"), FieldPanel("stock"), FieldPanel("weight_grams")]),
        FieldPanel("gtin"),
        FieldRowPanel([FieldPanel("is_active"), FieldPanel("sort_order")]),
    ]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        return type(form_class.__name__, (VariantForm, form_class), {})


# --- The stock log -----------------------------------------------------------------------------


class ReadOnlyPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete", "copy"}:
            return False
        return super().user_has_permission(user, action)


class StockMovementFilterSet(WagtailFilterSet):
    reason = django_filters.ChoiceFilter(choices=StockReason.choices, label=gettext_lazy("Reason"))
    created_at = django_filters.DateFromToRangeFilter(label=gettext_lazy("When"))

    class Meta:
        model = StockMovement
        fields = ["reason", "created_at"]


class StockLogIndexView(IndexView):
    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return queryset.filter(
            Q(variant__product_id__in=product_ids_matching(self.search_query))
            | Q(sku__icontains=self.search_query)
            | Q(order__number__icontains=self.search_query)
        )


class StockMovementViewSet(SnippetViewSet):
    model = StockMovement
    icon = "history"
    menu_label = gettext_lazy("Stock log")
    index_view_class = StockLogIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = StockMovementFilterSet
    search_fields = ["sku"]
    search_backend_name = None
    list_display = [
        TitleColumn(
            "created_at",
            label=gettext_lazy("When"),
            get_url=lambda m: reverse("wagtailsnippets_storefront_stockmovement:inspect", args=[m.pk]),
        ),
        "sku",
        Column(
            "product", label=gettext_lazy("Product"), accessor=lambda m: m.variant.product.title if m.variant_id else ""
        ),
        Column("change", label=gettext_lazy("Change"), accessor=lambda m: f"{m.change:+d}"),
        "stock_after",
        "reason",
        Column("order", label=gettext_lazy("Order"), accessor=lambda m: m.order.number if m.order_id else ""),
        "changed_by",
        "note",
    ]
    list_export = ["created_at", "sku", "change", "stock_after", "reason", "order", "changed_by", "note"]
    export_filename = "stock-log"
    ordering = ["-created_at", "-pk"]


ShopStockGroup.items = (ProductVariantViewSet, StockMovementViewSet)


# --- Bulk edit, import, goods received ---------------------------------------------------------


def _require(request, perm):
    if not request.user.has_perm(perm):
        raise PermissionDenied


BULK_LIMIT = 100


class BulkRowForm(forms.Form):
    price = None  # set in __init__ (VNDFormField with the model's validators)
    stock = forms.IntegerField(min_value=0, max_value=2_000_000_000, widget=forms.NumberInput(attrs={"min": 0}))
    stock_seen = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, variant, **kwargs):
        super().__init__(*args, **kwargs)
        self.variant = variant
        self.fields["price"] = ProductVariant._meta.get_field("price_vnd").formfield(help_text="")
        self.fields["price"].label = _("Price")


def bulk_edit(request):
    """Price and stock of many variants on one page (those of the listing's search and filters)."""
    _require(request, "catalogue.change_productvariant")
    queryset = ProductVariant.objects.select_related("product").order_by("product__title", "sort_order", "pk")
    filters = VariantFilterSet(request.GET, queryset=queryset, request=request)
    if filters.is_valid():
        queryset = filters.qs
    queryset = variants_matching(queryset, request.GET.get("q", ""))
    variants = list(queryset[:BULK_LIMIT])
    rows = []
    for variant in variants:
        prefix = f"v{variant.pk}"
        initial = {"price": variant.price_vnd, "stock": variant.stock, "stock_seen": variant.stock}
        data = request.POST if request.method == "POST" and f"{prefix}-stock" in request.POST else None
        rows.append(BulkRowForm(data, initial=initial, prefix=prefix, variant=variant))
    if request.method == "POST":
        if all(row.is_valid() for row in rows):
            changed, stale = _apply_bulk(rows, request.user)
            if not stale:
                messages.success(request, _("%(count)s variants updated.") % {"count": changed})
                return redirect(
                    reverse("wagtailsnippets_catalogue_productvariant:list") + "?" + request.GET.urlencode()
                )
            for row in stale:
                row.add_error(
                    "stock",
                    _("Changed meanwhile (now %(stock)s): nothing was saved, check and save again.")
                    % {"stock": row.variant.stock},
                )
        else:
            messages.error(request, _("Some rows have errors: nothing was saved."))
    return TemplateResponse(
        request,
        "storefront/admin/stock_bulk_edit.html",
        {
            "rows": rows,
            "limited": queryset.count() > BULK_LIMIT,
            "limit": BULK_LIMIT,
            "query": request.GET.urlencode(),
            "search": request.GET.get("q", ""),
            "listing_url": reverse("wagtailsnippets_catalogue_productvariant:list"),
        },
    )


def _apply_bulk(rows, user):
    """All rows or none: a stock figure someone changed meanwhile cancels the whole save."""
    from django.db import transaction

    changed, stale = 0, []
    try:
        with transaction.atomic():
            for row in rows:
                data, variant = row.cleaned_data, row.variant
                touched = False
                if data["price"] != variant.price_vnd:
                    variant.price_vnd = data["price"]
                    variant.full_clean(exclude=["product", "stock"])
                    variant.save(update_fields=["price_vnd"])
                    touched = True
                if data["stock"] != data["stock_seen"]:
                    try:
                        set_stock(variant, data["stock"], expected=data["stock_seen"], by=user, note=_("bulk edit"))
                    except StockChanged as exc:
                        variant.stock = exc.current
                        stale.append(row)
                    touched = True
                changed += touched
            if stale:
                raise _Rollback()
    except _Rollback:
        return 0, stale
    except ValidationError as exc:
        rows[0].add_error(None, exc)
        return 0, [rows[0]]
    return changed, []


class _Rollback(Exception):
    pass


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        required=False,
        help_text=gettext_lazy(
            "Columns: sku, price_vnd, stock (the “Download CSV” of the listing "
            "has them). Prices in whole đồng, e.g. 850.000."
        ),
    )
    content = forms.CharField(widget=forms.HiddenInput, required=False)


def stock_import(request):
    """Upload → preview (dry run, per-row errors) → import exactly what was previewed."""
    from .services.stock_import import ImportProblem, apply_import, plan_import

    _require(request, "catalogue.change_productvariant")
    form = ImportForm(request.POST or None, request.FILES or None)
    plan = None
    if request.method == "POST" and form.is_valid():
        try:
            text = (
                _read_upload(form.cleaned_data["file"]) if form.cleaned_data["file"] else form.cleaned_data["content"]
            )
            if not text:
                raise ImportProblem(_("Choose a CSV file."))
            plan = plan_import(text)
        except ImportProblem as exc:
            form.add_error("file", str(exc))
        else:
            if "apply" in request.POST and not plan.errors:
                done = apply_import(plan, by=request.user)
                if done is None:
                    messages.error(request, _("Stock changed since the preview (a sale?): preview again."))
                else:
                    messages.success(request, _("Imported: %(count)s variants changed.") % {"count": done})
                    return redirect("wagtailsnippets_catalogue_productvariant:list")
            form = ImportForm(initial={"content": text})
    status = 400 if request.method == "POST" and (form.errors or (plan and plan.errors)) else 200
    return TemplateResponse(request, "storefront/admin/stock_import.html", {"form": form, "plan": plan}, status=status)


MAX_IMPORT_BYTES = 2 * 1024 * 1024


def _read_upload(upload):
    from .services.stock_import import ImportProblem

    if upload.size > MAX_IMPORT_BYTES:
        raise ImportProblem(_("The file is larger than 2 MB."))
    raw = upload.read()
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportProblem(_("The file is not text (save it from your spreadsheet as CSV UTF-8)."))


class DeliveryForm(forms.Form):
    variant = forms.ModelChoiceField(
        queryset=ProductVariant.objects.select_related("product").order_by("product__title", "sort_order"),
        label=gettext_lazy("Variant"),
    )
    quantity = forms.IntegerField(label=gettext_lazy("Units received"), min_value=1, max_value=1_000_000)
    note = forms.CharField(label=gettext_lazy("Note (supplier, delivery slip…)"), max_length=255, required=False)


def record_delivery_view(request):
    from .services.stock import record_delivery

    _require(request, "storefront.record_delivery")
    initial = {}
    variant_id = request.GET.get("variant", "")
    if variant_id.isascii() and variant_id.isdigit():
        initial["variant"] = int(variant_id)
    form = DeliveryForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        variant = form.cleaned_data["variant"]
        try:
            after = record_delivery(
                variant, form.cleaned_data["quantity"], by=request.user, note=form.cleaned_data["note"]
            )
        except ProductVariant.DoesNotExist:  # deleted by someone else since the form was checked
            form.add_error("variant", _("This product option no longer exists. Nothing was recorded."))
            return TemplateResponse(
                request, "storefront/admin/stock_delivery.html", {"form": form, "recent": []}, status=409
            )
        messages.success(
            request,
            _("%(variant)s: %(quantity)s units received, stock now %(stock)s.")
            % {"variant": variant, "quantity": form.cleaned_data["quantity"], "stock": after},
        )
        return redirect(reverse("shop_stock:delivery") + f"?variant={variant.pk}")
    recent = StockMovement.objects.filter(reason=StockReason.DELIVERY).select_related("changed_by")[:10]
    return TemplateResponse(
        request,
        "storefront/admin/stock_delivery.html",
        {"form": form, "recent": recent},
        status=400 if form.errors else 200,
    )


def variant_stock_view(request, pk):
    """Back from a variant to its log."""
    variant = get_object_or_404(ProductVariant, pk=pk)
    return redirect(reverse("wagtailsnippets_storefront_stockmovement:list") + "?" + urlencode({"q": variant.sku}))


urlpatterns = [
    path("bulk-edit/", bulk_edit, name="bulk_edit"),
    path("import/", stock_import, name="import"),
    path("delivery/", record_delivery_view, name="delivery"),
    path("variant/<int:pk>/log/", variant_stock_view, name="variant_log"),
]
