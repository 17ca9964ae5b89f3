"""The database path: ``make run`` (Wagtail's database backend), and the fallback while
Elasticsearch is down (the backend kept as ``OCOP_SEARCH_FALLBACK_BACKEND``).

Text matching comes from the database backend (ranked ids of the best ``DATABASE_TEXT_LIMIT``
matches); filters, facets and sorting from the ORM over ``catalogue.queries.listing_products``.
What it cannot do that Elasticsearch does: forgive typos (PostgreSQL and SQLite full-text search
match whole words only), stem English, and rank an exact-tone match first (it sees folded text).
Other-language titles and place names work on both (README, "Search that forgives").
"""

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypedDict

from django.db.models import F, Q, QuerySet
from django.db.models.expressions import Combinable
from django.utils import timezone
from wagtail.models import Locale

from catalogue.models import ProductGroup, ProductPage, Region
from catalogue.queries import listing_products
from site_config.text import fold, query_words

from .documents import STAR_LEVELS
from .engine import fallback_backend
from .facets import build_facets
from .params import SearchFilters
from .places import places_in
from .results import CatalogueSearchResult, Suggestion

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class ListingAnnotations(TypedDict):
    """What ``catalogue.queries.listing_products`` adds to each product (filtered and sorted on here)."""

    listing_price_min_vnd: int | None
    stock_total: int
    in_stock_flag: bool
    current_stars: int | None


if TYPE_CHECKING:
    ListedProducts = QuerySet[WithAnnotations[ProductPage, ListingAnnotations]]

DATABASE_TEXT_LIMIT = 2_000  # ranked matches considered by the database fallback


def base_queryset(locale: Locale) -> QuerySet[ProductPage]:
    now = timezone.now()
    return (
        ProductPage.objects.live()
        .public()
        .filter(locale=locale)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    )


def suggest_database(text: str, locale: Locale, limit: int) -> list[Suggestion]:
    """Partial, tone-insensitive title matches from the database backend's autocomplete field."""
    words = query_words(fold(text))
    if not words:
        return []
    pages = ProductPage.objects.live().filter(locale=locale)
    ids = [page.pk for page in fallback_backend().autocomplete(words, pages, operator="and")[: limit * 3]]
    found = {p.pk: p for p in base_queryset(locale).filter(pk__in=ids)}
    return [Suggestion(id=pk, title=found[pk].title, url=found[pk].url) for pk in ids if pk in found][:limit]


def _apply_orm_filters(queryset: "ListedProducts", filters: SearchFilters, skip: str | None = None) -> "ListedProducts":
    if filters.region is not None and skip != "region":
        queryset = queryset.filter(region_id__in=Region.descendant_ids(filters.region))
    if filters.group is not None and skip != "group":
        queryset = queryset.filter(group_id__in=ProductGroup.descendant_ids(filters.group))
    if filters.stars and skip != "stars":
        queryset = queryset.filter(current_stars__gte=filters.stars)
    if filters.producer_type and skip != "producer_type":
        queryset = queryset.filter(producer__producer_type=filters.producer_type)
    if skip != "price":
        if filters.price_min is not None:
            queryset = queryset.filter(listing_price_min_vnd__gte=filters.price_min)
        if filters.price_max is not None:
            queryset = queryset.filter(listing_price_min_vnd__lte=filters.price_max)
    if filters.in_stock and skip != "in_stock":
        queryset = queryset.filter(in_stock_flag=True)
    return queryset


def _text_ids(text: str, locale: Locale) -> list[int]:
    words = query_words(fold(text))
    if not words:
        return []
    pages = ProductPage.objects.live().filter(locale=locale)
    results = fallback_backend().search(words, pages, operator="and")[:DATABASE_TEXT_LIMIT]
    return [page.pk for page in results]


def _products_in_order(ids: Sequence[int]) -> list[ProductPage]:
    if not ids:
        return []
    by_id = {p.pk: p for p in listing_products(ProductPage.objects.filter(pk__in=ids))}
    return [by_id[pk] for pk in ids if pk in by_id]


class _Row(NamedTuple):
    """What filters and facets read of one product (``_rows``)."""

    pk: int
    region_id: int | None
    group_id: int | None
    stars: int | None
    producer_type: str | None
    price: int | None
    in_stock: bool


_ROW_COLUMNS = [
    "pk",
    "region_id",
    "group_id",
    "current_stars",
    "producer__producer_type",
    "listing_price_min_vnd",
    "in_stock_flag",
]  # in _Row's order


def _rows(queryset: "ListedProducts") -> list[_Row]:
    """Every product of ``queryset`` (before the filters), in one query: the count and all four
    facets are then counted from these rows instead of a query each (each would compute the
    listing's price, stock and stars subqueries again)."""
    return [_Row(*values) for values in queryset.order_by().values_list(*_ROW_COLUMNS)]


class _Filter:
    """``_apply_orm_filters`` in Python, over ``_Row`` s: the same rules, one place each."""

    def __init__(self, filters: SearchFilters):
        self.filters = filters
        self.regions = set(Region.descendant_ids(filters.region)) if filters.region is not None else None
        self.groups = set(ProductGroup.descendant_ids(filters.group)) if filters.group is not None else None

    def passes(self, row: _Row, skip: str | None = None) -> bool:
        f = self.filters
        if self.regions is not None and skip != "region" and row.region_id not in self.regions:
            return False
        if self.groups is not None and skip != "group" and row.group_id not in self.groups:
            return False
        if f.stars and skip != "stars" and (row.stars is None or row.stars < f.stars):
            return False
        if f.producer_type and skip != "producer_type" and row.producer_type != f.producer_type:
            return False
        if skip != "price":  # SQL's NULL comparisons: a product without a price matches no bound
            if f.price_min is not None and (row.price is None or row.price < f.price_min):
                return False
            if f.price_max is not None and (row.price is None or row.price > f.price_max):
                return False
        return not (f.in_stock and skip != "in_stock" and not row.in_stock)

    def counts(self, rows: list[_Row], skip: str, column: str) -> dict[Any, int]:
        return dict(Counter(getattr(row, column) for row in rows if self.passes(row, skip)))


def search_database(
    text: str, locale: Locale, filters: SearchFilters, sort: str, page: int, per_page: int, facets: bool, degraded: bool
) -> CatalogueSearchResult:
    base = listing_products(base_queryset(locale))
    ranked_ids = None
    if text:
        ranked_ids = _text_ids(text, locale)
        base = base.filter(pk__in=ranked_ids)
    queryset = _apply_orm_filters(base, filters)
    start = (page - 1) * per_page
    rule = _Filter(filters)
    rows = _rows(base) if facets else None
    matching = [row for row in rows if rule.passes(row)] if rows is not None else None
    if ranked_ids is not None and sort == "relevance":
        if matching is not None:
            regions = {row.pk: row.region_id for row in matching}
        else:
            regions = dict(queryset.values_list("pk", "region_id"))
        ordered = [pk for pk in ranked_ids if pk in regions]
        places = places_in(text)
        if places:  # products from a place named in the query first, in rank order otherwise
            ordered.sort(key=lambda pk: regions[pk] not in places)
        count = len(ordered)
        products = _products_in_order(ordered[start : start + per_page])
    else:
        orderings: dict[str, list[str | Combinable]] = {
            "price_asc": [F("listing_price_min_vnd").asc(nulls_last=True), "title"],
            "price_desc": [F("listing_price_min_vnd").desc(nulls_last=True), "title"],
            "newest": [F("first_published_at").desc(nulls_last=True), "title"],
        }
        order = orderings.get(sort, [F("current_stars").desc(nulls_last=True), "title"])
        count = len(matching) if matching is not None else queryset.count()
        products = list(queryset.order_by(*order)[start : start + per_page])
    result = CatalogueSearchResult(
        text=text,
        locale=locale,
        filters=filters,
        sort=sort,
        page=page,
        per_page=per_page,
        count=count,
        products=products,
        degraded=degraded,
        engine="database",
    )
    if rows is not None:
        star_rows = rule.counts(rows, "stars", "stars")
        result.facets = build_facets(
            locale,
            filters,
            regions=rule.counts(rows, "region", "region_id"),
            groups=rule.counts(rows, "group", "group_id"),
            stars={n: sum(c for s, c in star_rows.items() if s is not None and s >= n) for n in STAR_LEVELS},
            producer_types=rule.counts(rows, "producer_type", "producer_type"),
        )
    return result
