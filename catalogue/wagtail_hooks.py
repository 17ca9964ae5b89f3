"""Catalogue admin: taxonomy (translatable snippets), and the shared commerce records
(variants with price and stock, OCOP certificates), grouped in one "Catalogue" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Certification, ProductGroup, ProductVariant, Region


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "slug", "kind", "parent", "official_code"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "slug", "official_code"]
    ordering = ["parent__sort_order", "sort_order", "name"]


class ProductGroupViewSet(SnippetViewSet):
    model = ProductGroup
    icon = "folder-open-inverse"
    menu_label = _("Product groups")
    list_display = ["name", "slug", "parent"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]


class ProductVariantViewSet(SnippetViewSet):
    model = ProductVariant
    icon = "tag"
    menu_label = _("Prices and stock")
    list_display = ["product", "sku", "label", "price_vnd", "stock", "is_active"]
    list_filter = ["is_active", "pack"]
    search_fields = ["sku", "size"]
    list_export = ["sku", "product", "size", "price_vnd", "stock", "weight_grams", "is_active"]
    ordering = ["product__title", "sort_order"]


class CertificationViewSet(SnippetViewSet):
    model = Certification
    icon = "pick"
    menu_label = _("OCOP certificates")
    list_display = ["product", "stars", "score", "certificate_number", "level", "issued_on", "expires_on"]
    list_filter = ["stars", "level"]
    search_fields = ["certificate_number"]
    list_export = ["product", "stars", "score", "certificate_number", "level", "issuing_body", "issued_on", "expires_on"]


class CatalogueGroup(SnippetViewSetGroup):
    items = (RegionViewSet, ProductGroupViewSet, ProductVariantViewSet, CertificationViewSet)
    menu_icon = "folder-inverse"
    menu_label = _("Catalogue")
    menu_name = "catalogue"


register_snippet(CatalogueGroup)
