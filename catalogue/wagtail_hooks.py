"""Catalogue admin: taxonomy (translatable snippets) and OCOP certificates, grouped in one
"Catalogue" menu. Variants (prices and stock) are managed in the shop's admin
(``storefront.stock_admin``): their stock changes only through the shop's stock service."""

from django.contrib import messages
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views, stamp_admin
from .choosers import TreeChooserViewSet
from .models import Certification, ProducerPage, ProductGroup, Region
from .publishing import unpublish_products_of


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "slug", "kind", "parent", "official_code"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "slug", "official_code"]
    ordering = ["parent__sort_order", "sort_order", "name"]
    chooser_viewset_class = TreeChooserViewSet  # the tree, tone-free search


class ProductGroupViewSet(SnippetViewSet):
    model = ProductGroup
    icon = "folder-open-inverse"
    menu_label = _("Product groups")
    list_display = ["name", "slug", "parent"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    chooser_viewset_class = TreeChooserViewSet


class CertificationViewSet(SnippetViewSet):
    model = Certification
    icon = "pick"
    menu_label = _("OCOP certificates")
    list_display = ["product", "stars", "score", "certificate_number", "level", "issued_on", "expires_on"]
    list_filter = ["stars", "level"]
    search_fields = ["certificate_number"]
    list_export = [
        "product",
        "stars",
        "score",
        "certificate_number",
        "level",
        "issuing_body",
        "issued_on",
        "expires_on",
    ]


class CatalogueGroup(SnippetViewSetGroup):
    items = (RegionViewSet, ProductGroupViewSet, CertificationViewSet)
    menu_icon = "folder-inverse"
    menu_label = _("Catalogue")
    menu_name = "catalogue"


register_snippet(CatalogueGroup)


# --- Editing and translating ---------------------------------------------------------------


@hooks.register("construct_page_chooser_queryset")
def product_choosers_offer_source_pages(pages, request):
    """Certificates (and variants) hang off the Vietnamese product page: a chooser limited to
    products offers only those, instead of offering English pages and refusing them on save."""
    if request.GET.get("page_type", "").lower() == "catalogue.productpage":
        pages = pages.filter(locale=Locale.get_default())
    return pages


def _warn_if_expired(request, instance):
    if isinstance(instance, Certification) and instance.expires_on and instance.expires_on < timezone.localdate():
        messages.warning(
            request,
            gettext(
                "Certificate %(number)s expired on %(date)s: it is kept in the product's history but "
                "gives the product no stars."
            )
            % {"number": instance.certificate_number, "date": instance.expires_on.strftime("%d/%m/%Y")},
        )


hooks.register("after_create_snippet", _warn_if_expired)
hooks.register("after_edit_snippet", _warn_if_expired)


@hooks.register("after_unpublish_page")
def unpublish_dependent_products(request, page):
    """The producer's unpublish form offers "Unpublish these products too" (see the template)."""
    page = page.specific
    if isinstance(page, ProducerPage) and request.POST.get("unpublish_products"):
        products = unpublish_products_of(page, user=request.user)
        if products:
            messages.success(
                request, gettext("Also unpublished: %(titles)s.") % {"titles": ", ".join(p.title for p in products)}
            )


@hooks.register("before_edit_page")
def warn_when_the_translation_is_out_of_date(request, page):
    """A translated page opens in wagtail-localize's editor (no panels): say it there."""
    if request.method != "GET" or page.locale_id == Locale.get_default().pk:
        return
    from .translation_status import stale_for_page

    stale = stale_for_page(page)
    if stale:
        fields = ", ".join(sorted({change.field for change in stale.changes}))
        admin_messages.warning(
            request,
            gettext("This translation is out of date: the source page changed (%(fields)s) after it was last updated.")
            % {"fields": fields or "—"},
            buttons=[admin_messages.button(reverse("catalogue_translations:stale"), gettext("See what changed"))],
        )


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path(
            "translations/",
            include(
                (
                    [
                        path("out-of-date/", admin_views.stale_translations, name="stale"),
                        path("update/", admin_views.update, name="update"),
                    ],
                    "catalogue_translations",
                )
            ),
        )
    ]


@hooks.register("register_reports_menu_item")
def stale_translations_menu_item():
    return MenuItem(
        _("Out-of-date translations"),
        reverse("catalogue_translations:stale"),
        icon_name="globe",
        name="out-of-date-translations",
    )


# --- Wholesale enquiries ---------------------------------------------------------------------


@hooks.register("register_admin_viewset")
def register_wholesale_enquiries():
    from wagtail.permissions import register_permission_policy

    from .models import WholesaleEnquiry
    from .wholesale.admin import NoAddingPolicy, WholesaleEnquiryViewSet

    register_permission_policy(WholesaleEnquiry, NoAddingPolicy(WholesaleEnquiry))
    return WholesaleEnquiryViewSet("wholesale_enquiries")


# --- Traceability stamps (catalogue/stamp_admin.py) ----------------------------------------------


@hooks.register("register_admin_urls")
def stamp_urls():
    """A batch's stamps page and label sheets; the menu is registered by stamp_admin itself."""
    return [path("stamps/", include((stamp_admin.urlpatterns, "catalogue_stamps")))]


@hooks.register("before_delete_page")
def keep_products_whose_stamps_are_in_the_market(request, page):
    """A product with batches is not deleted (their stamps are on packages that buyers scan):
    the editor is told to unpublish it instead, rather than meeting the database's refusal."""
    from django.shortcuts import redirect

    from .models import Batch

    if Batch.objects.filter(product__path__startswith=page.path).exists():
        messages.error(
            request,
            gettext(
                "“%(title)s” cannot be deleted: products in it have batches with traceability stamps, "
                "which buyers still scan. Unpublish it instead."
            )
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


# --- The producers' own corner (catalogue/producer_access.py says what producers may reach) ----
from . import producer_hooks  # noqa: E402, F401  (registers the corner's hooks)
