"""Read-side helpers for product listings: one place that knows how to show a list of products.

``listing_products`` annotates the shared commerce data (lowest price, stock, current stars)
in the same query as the pages, so a listing costs a constant number of queries.
"""

import re

from django.db.models import Exists, IntegerField, Min, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Locale

from .models import Certification, ProductGroup, ProductVariant, Region

STAR_CHOICES = (3, 4, 5)
SLUG = re.compile(r"^[-a-z0-9]{1,100}$")


def _slug_param(params, name):
    """A well-formed slug from the query string, or "" (anything else is ignored)."""
    value = str(params.get(name, ""))
    return value if SLUG.match(value) else ""


def listing_products(queryset, day=None):
    """Products with ``price_min_vnd``, ``stock_total``, ``in_stock`` and ``current_stars``."""
    day = day or timezone.localdate()
    variants = ProductVariant.objects.filter(product__translation_key=OuterRef("translation_key"), is_active=True)
    current_cert = (
        Certification.objects.filter(product__translation_key=OuterRef("translation_key"))
        .valid_on(day)
        .order_by("-issued_on", "-pk")
    )
    return (
        queryset.select_related("image", "region", "group", "producer")
        .annotate(
            price_min_vnd=Subquery(
                variants.order_by().values("product__translation_key").annotate(m=Min("price_vnd")).values("m")[:1],
                output_field=IntegerField(),
            ),
            stock_total=Coalesce(
                Subquery(
                    variants.order_by().values("product__translation_key").annotate(s=Sum("stock")).values("s")[:1],
                    output_field=IntegerField(),
                ),
                0,
            ),
            in_stock_flag=Exists(variants.filter(stock__gt=0)),
            current_stars=Subquery(current_cert.values("stars")[:1], output_field=IntegerField()),
        )
        .order_by("-current_stars", "title")
    )


def filter_products(queryset, params, locale=None):
    """Apply the simple catalogue filters (region, group, minimum stars) from query parameters.

    Unknown or malformed values are ignored rather than rejected: this is a browsing page.
    Returns the filtered queryset and the filters that were applied (for the template).
    """
    default_locale = Locale.get_default()
    applied = {"region": None, "group": None, "stars": None}

    region_slug = _slug_param(params, "region")
    if region_slug:
        region = Region.objects.filter(slug=region_slug, locale=default_locale).first()
        if region:
            queryset = queryset.filter(region_id__in=Region.descendant_ids(region))
            applied["region"] = region

    group_slug = _slug_param(params, "group")
    if group_slug:
        group = ProductGroup.objects.filter(slug=group_slug, locale=default_locale).first()
        if group:
            queryset = queryset.filter(group_id__in=ProductGroup.descendant_ids(group))
            applied["group"] = group

    stars = str(params.get("stars", ""))
    if stars.isdigit() and int(stars) in range(1, 6):
        queryset = queryset.filter(current_stars__gte=int(stars))
        applied["stars"] = int(stars)
    return queryset, applied


def localities():
    """The province's localities (second level of the region tree), source language."""
    return Region.objects.filter(locale=Locale.get_default(), kind="locality").order_by("sort_order", "name")


def top_level_groups():
    return ProductGroup.objects.filter(locale=Locale.get_default(), parent__isnull=True)
