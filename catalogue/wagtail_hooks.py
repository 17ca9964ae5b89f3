"""Catalogue admin: taxonomy (translatable snippets) and OCOP certificates, grouped in one
"Catalogue" menu. Variants (prices and stock) are managed in the shop's admin
(``storefront.stock_admin``): their stock changes only through the shop's stock service."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Certification, ProductGroup, Region


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


class CertificationViewSet(SnippetViewSet):
    model = Certification
    icon = "pick"
    menu_label = _("OCOP certificates")
    list_display = ["product", "stars", "score", "certificate_number", "level", "issued_on", "expires_on"]
    list_filter = ["stars", "level"]
    search_fields = ["certificate_number"]
    list_export = ["product", "stars", "score", "certificate_number", "level", "issuing_body", "issued_on", "expires_on"]


class CatalogueGroup(SnippetViewSetGroup):
    items = (RegionViewSet, ProductGroupViewSet, CertificationViewSet)
    menu_icon = "folder-inverse"
    menu_label = _("Catalogue")
    menu_name = "catalogue"


register_snippet(CatalogueGroup)
