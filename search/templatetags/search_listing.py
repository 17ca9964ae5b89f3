"""The filter form of the product listings (catalogue, locality and group pages, search results)."""

from typing import TYPE_CHECKING

from django import template

from ..params import SORTS, SearchFilters

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

    from catalogue.models import ProductGroup, Region

register = template.Library()

FILTER_NAMES = ("stars", "producer_type", "in_stock")  # besides the region, the group and the price


@register.simple_tag
def sort_choices() -> list[tuple[str, "StrOrPromise"]]:
    """(value, label) of the listing's sort orders."""
    return list(SORTS.items())


@register.simple_tag
def active_filter_count(
    filters: SearchFilters | None, preset_region: "Region | None" = None, preset_group: "ProductGroup | None" = None
) -> int:
    """How many filters narrow a listing. A locality's or group's own page counts as one, once,
    whether or not its region or group also appears in ``filters``."""
    count = sum(
        1
        for name, preset in (("region", preset_region), ("group", preset_group))
        if preset or getattr(filters, name, None)
    )
    if filters is None:
        return count
    count += sum(1 for name in FILTER_NAMES if getattr(filters, name, None))
    if getattr(filters, "price_min", None) is not None or getattr(filters, "price_max", None) is not None:
        count += 1
    return count
