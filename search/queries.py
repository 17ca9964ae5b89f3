"""The one query path of the catalogue: free text + filters + facets + sort + pagination.

``search_catalogue`` answers the search page, the catalogue index page and the JSON API. It asks
Elasticsearch (``search.backend``) in one round trip (``msearch``): the page of hits, with the
filters as a ``post_filter``, and a cacheable ``size: 0`` request with one aggregation per facet. Facets are *disjunctive*: the counts of a facet
apply every selected filter except that facet's own, so a buyer sees how many products each
other region (group, star level, producer type) would give. Region and group counts include
their sub-regions and sub-groups.

Only live pages of the requested language are found; pages below a view restriction (private),
past their expiry time, or of another language are not. "Minimum N stars" means the current,
unexpired certificate, evaluated on the day of the query (see ``search.documents``).

When Elasticsearch cannot be reached (or answers with an error), the same question is answered
from the database backend kept as ``OCOP_SEARCH_FALLBACK_BACKEND`` plus the ORM, and the result
says ``degraded=True``; after a failure the engine is left alone for ``OCOP_SEARCH_RETRY_AFTER``
seconds so a dead node does not add a connection attempt to every request. Without
Elasticsearch configured at all (``make run``) the database path is the normal one.
"""

import json
import logging
import math
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.signals import setting_changed
from django.db.models import Count, F, Q
from django.dispatch import receiver
from django.utils import timezone
from elasticsearch import ApiError, TransportError
from modelsearch.backends import get_search_backend
from wagtail.models import Locale, PageViewRestriction

from catalogue.models import ProducerType, ProductGroup, ProductPage, Region
from catalogue.queries import listing_products

from .documents import STAR_LEVELS
from .params import PER_PAGE, SearchFilters
from .text import fold, normalize

logger = logging.getLogger(__name__)

PRODUCT_CONTENT_TYPE = "catalogue.ProductPage"
SUGGEST_SIZE = 8
DATABASE_TEXT_LIMIT = 2_000
# Terms aggregations return 10 buckets unless told otherwise: ask for every region and group
# (the trees have tens to a few thousand nodes; only nodes with results come back).
TAXONOMY_FACET_SIZE = 10_000  # ranked matches considered by the database fallback


@dataclass
class FacetValue:
    value: object
    name: str
    count: int
    selected: bool = False
    depth: int = 0


@dataclass
class CatalogueSearchResult:
    text: str
    locale: Locale
    filters: SearchFilters
    sort: str
    page: int
    per_page: int
    count: int
    products: list
    facets: dict = field(default_factory=dict)
    degraded: bool = False
    engine: str = "elasticsearch"
    took_ms: int | None = None  # the engine's own time, when it reports one

    @property
    def num_pages(self):
        return max(1, math.ceil(self.count / self.per_page))

    @property
    def has_next(self):
        return self.page < self.num_pages

    @property
    def has_previous(self):
        return self.page > 1


# --- backends ---------------------------------------------------------------------------------

_backends = {}
_engine_down_until = {}


@receiver(setting_changed)
def _forget_backends(setting, **kwargs):
    if setting.startswith(("WAGTAILSEARCH_BACKENDS", "OCOP_SEARCH")):
        _backends.clear()
        _engine_down_until.clear()


def cached_backend(alias):
    """A backend instance per configuration: Elasticsearch clients keep their connections open."""
    config = settings.WAGTAILSEARCH_BACKENDS.get(alias)
    key = (alias, json.dumps(config, sort_keys=True, default=str))
    if key not in _backends:
        _backends[key] = get_search_backend(alias)
    return _backends[key]


def _engine():
    from .backend import OcopSearchBackend

    backend = cached_backend("default")
    return backend if isinstance(backend, OcopSearchBackend) else None


def _fallback_backend():
    alias = getattr(settings, "OCOP_SEARCH_FALLBACK_BACKEND", None) or "default"
    return cached_backend(alias)


def engine_available(backend):
    return time.monotonic() >= _engine_down_until.get(id(backend), 0)


def _mark_down(backend):
    _engine_down_until[id(backend)] = time.monotonic() + getattr(settings, "OCOP_SEARCH_RETRY_AFTER", 10)


# --- the query ---------------------------------------------------------------------------------

def search_catalogue(text="", locale=None, filters=None, sort="relevance", page=1, per_page=PER_PAGE,
                     facets=True):
    """Search the live, public products of ``locale`` (default: the site's default language).

    Returns a :class:`CatalogueSearchResult` whose ``products`` are ProductPages annotated by
    ``catalogue.queries.listing_products`` (ready for the product cards), in result order.
    Never raises because the engine is down: the answer is then ``degraded``.
    """
    text = normalize(text)
    locale = locale or Locale.get_default()
    filters = filters or SearchFilters()
    engine = _engine()
    if engine is not None and engine_available(engine):
        try:
            return _search_elasticsearch(engine, text, locale, filters, sort, page, per_page, facets)
        except (TransportError, ApiError, EngineError) as exc:
            logger.error("Elasticsearch search failed, answering from the database: %s", exc)
            _mark_down(engine)
    return _search_database(text, locale, filters, sort, page, per_page, facets, degraded=engine is not None)


def suggest_titles(text, locale=None, limit=SUGGEST_SIZE):
    """Up to ``limit`` product titles for the autocomplete box: [{"title", "url"}]; partial words."""
    text = normalize(text)
    locale = locale or Locale.get_default()
    if not text:
        return [], False
    engine = _engine()
    if engine is not None and engine_available(engine):
        try:
            return _suggest_elasticsearch(engine, text, locale, limit), False
        except (TransportError, ApiError, EngineError) as exc:
            logger.error("Elasticsearch suggest failed, answering from the database: %s", exc)
            _mark_down(engine)
    ids = _database_suggest_ids(text, locale, limit)
    pages = {p.pk: p for p in _base_queryset(locale).filter(pk__in=ids)}
    titles = [{"id": pk, "title": pages[pk].title, "url": pages[pk].url} for pk in ids if pk in pages]
    return titles[:limit], engine is not None


def restricted_paths():
    """Paths of pages with a view restriction: they and their descendants are not public."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


class EngineError(Exception):
    """Elasticsearch answered a multi-search item with an error."""


def _base_filters(locale):
    # Rounded to the minute so that the filter is the same from one request to the next and
    # Elasticsearch can cache it (a page past its expiry time may show for up to a minute).
    now = timezone.now().replace(second=0, microsecond=0).isoformat()
    return [
        {"term": {"_django_content_type": PRODUCT_CONTENT_TYPE}},
        {"term": {"ocop_locale_id": locale.pk}},
        {"term": {"ocop_live": True}},
        {"range": {"ocop_expire_at": {"gt": now}}},  # documents without expiry say 9999-12-31
    ]


def _filter_clauses(filters, today):
    """{facet name: Elasticsearch filter} for the selected filters."""
    clauses = {}
    if filters.region is not None:
        clauses["region"] = {"terms": {"ocop_region_id": [str(i) for i in Region.descendant_ids(filters.region)]}}
    if filters.group is not None:
        clauses["group"] = {"terms": {"ocop_group_id": [str(i) for i in ProductGroup.descendant_ids(filters.group)]}}
    if filters.stars:
        clauses["stars"] = {"term": {f"ocop_stars_ge_{filters.stars}": today}}
    if filters.producer_type:
        clauses["producer_type"] = {"term": {"ocop_producer_type": filters.producer_type}}
    if filters.price_min is not None or filters.price_max is not None:
        bounds = {}
        if filters.price_min is not None:
            bounds["gte"] = filters.price_min
        if filters.price_max is not None:
            bounds["lte"] = filters.price_max
        clauses["price"] = {"range": {"ocop_price_min_vnd": bounds}}
    if filters.in_stock:
        clauses["in_stock"] = {"term": {"ocop_in_stock": True}}
    return clauses


def _text_query(text, locale):
    """Folded text must match (tones optional); the text as typed, tones included, ranks higher."""
    folded = fold(text)
    needed = "3<80%"
    must = [
        {"multi_match": {
            "query": folded, "type": "cross_fields", "minimum_should_match": needed,
            "fields": ["ocop_title_folded^3", "ocop_text_folded"],
        }},
    ]
    if locale.language_code == "en":
        must.append({"match": {"ocop_text_en": {"query": folded, "minimum_should_match": needed}}})
    return {
        "bool": {
            "must": {"bool": {"should": must, "minimum_should_match": 1}},
            "should": [
                {"match": {"ocop_title": {"query": text, "boost": 4}}},
                {"match_phrase": {"ocop_title_folded": {"query": folded, "boost": 2}}},
                {"match": {"ocop_text": {"query": text, "boost": 1}}},
            ],
        }
    }


def _sort(sort, text):
    by_title = {"ocop_title_sort": "asc"}
    if sort == "price_asc":
        return [{"ocop_price_min_vnd": {"order": "asc", "missing": "_last"}}, by_title]
    if sort == "price_desc":
        return [{"ocop_price_min_vnd": {"order": "desc", "missing": "_last"}}, by_title]
    if sort == "newest":
        return [{"ocop_first_published_at": {"order": "desc", "missing": "_last"}}, by_title]
    return ["_score", by_title]


def _stars_scored(query, today):
    """Score = the current star rating (plus a tiny constant), for the "stars" sort and browsing."""
    functions = [{"filter": {"term": {f"ocop_stars_ge_{n}": today}}, "weight": 1} for n in STAR_LEVELS]
    functions.append({"weight": 0.001})
    return {"function_score": {"query": query, "functions": functions, "score_mode": "sum",
                               "boost_mode": "replace"}}


def build_search_requests(text, locale, filters, sort, page, per_page, facets=True, today=None, excluded_paths=()):
    """The Elasticsearch request bodies of a catalogue search: [hits, facets or None].

    Two requests in one ``msearch``: the page of hits (with the selected filters as a
    ``post_filter``), and the facet counts as a ``size: 0`` request, which the shard request
    cache can answer again without recomputing until the index changes. Public for the benchmark.
    """
    today = (today or timezone.localdate()).isoformat()
    query = {"bool": {"filter": _base_filters(locale)}}
    if excluded_paths:
        query["bool"]["must_not"] = [{"prefix": {"ocop_path": path}} for path in excluded_paths]
    if text:
        query["bool"]["must"] = _text_query(text, locale)
    clauses = _filter_clauses(filters, today)
    scored = _stars_scored(query, today) if sort == "stars" or (sort == "relevance" and not text) else query
    hits = {
        "query": scored,
        "sort": _sort(sort, text),
        "from": (page - 1) * per_page,
        "size": per_page,
        "track_total_hits": True,
        # what a product card shows besides the page itself: no database subqueries per result
        "_source": ["ocop_price_min_vnd", "ocop_in_stock", "ocop_stars_ge_*"],
    }
    if clauses:
        hits["post_filter"] = {"bool": {"filter": list(clauses.values())}}
    if not facets:
        return [hits, None]

    def others(name):
        rest = [c for key, c in clauses.items() if key != name]
        return {"bool": {"filter": rest}} if rest else {"match_all": {}}

    counts = {
        "query": query,
        "size": 0,
        "track_total_hits": False,
        "aggs": {
            "region": {"filter": others("region"), "aggs": {
                "ids": {"terms": {"field": "ocop_region_id", "size": TAXONOMY_FACET_SIZE}}}},
            "group": {"filter": others("group"), "aggs": {
                "ids": {"terms": {"field": "ocop_group_id", "size": TAXONOMY_FACET_SIZE}}}},
            "producer_type": {"filter": others("producer_type"), "aggs": {
                "values": {"terms": {"field": "ocop_producer_type", "size": len(ProducerType.values) + 1}}}},
            "stars": {"filter": others("stars"), "aggs": {"levels": {"filters": {"filters": {
                str(n): {"term": {f"ocop_stars_ge_{n}": today}} for n in STAR_LEVELS}}}}},
        },
    }
    return [hits, counts]


def msearch(engine, bodies):
    """Run the non-empty ``bodies`` in one request; returns their responses (None for empty ones)."""
    index = engine.get_index_for_model(ProductPage).name
    searches = []
    for body in bodies:
        if body is not None:
            header = {"index": index}
            if body.get("size") == 0:
                header["request_cache"] = True
            searches.extend([header, body])
    response = engine.es.msearch(searches=searches)
    items = iter(response["responses"])
    answers = []
    for body in bodies:
        if body is None:
            answers.append(None)
            continue
        item = next(items)
        if "error" in item:
            raise EngineError(item["error"])
        answers.append(item)
    return answers, response.get("took")


def _search_elasticsearch(engine, text, locale, filters, sort, page, per_page, facets):
    bodies = build_search_requests(text, locale, filters, sort, page, per_page, facets=facets,
                                   excluded_paths=restricted_paths())
    (response, counts), took = msearch(engine, bodies)
    result = CatalogueSearchResult(
        text=text, locale=locale, filters=filters, sort=sort, page=page, per_page=per_page,
        count=response["hits"]["total"]["value"], products=_products_from_hits(response["hits"]["hits"]),
        took_ms=took,
    )
    if counts is not None:
        aggs = counts["aggregations"]
        result.facets = _facets(
            locale, filters,
            regions={int(b["key"]): b["doc_count"] for b in aggs["region"]["ids"]["buckets"]},
            groups={int(b["key"]): b["doc_count"] for b in aggs["group"]["ids"]["buckets"]},
            stars={n: aggs["stars"]["levels"]["buckets"][str(n)]["doc_count"] for n in STAR_LEVELS},
            producer_types={b["key"]: b["doc_count"] for b in aggs["producer_type"]["values"]["buckets"]},
        )
    return result


def build_suggest_body(text, locale, limit=SUGGEST_SIZE, excluded_paths=(), edge_ngrams=True):
    """The Elasticsearch request body of an autocomplete query (public for the benchmark).

    Partial words match through the edge n-grams of the folded title; where the node has no
    edge_ngram filter (``search.backend.CORE_ANALYSIS``) a prefix query on the last word does
    instead. Titles with the tone marks as typed rank first.
    """
    folded = fold(text)
    if edge_ngrams:
        partial = {"match": {"ocop_suggest": {"query": folded, "operator": "and"}}}
    else:
        partial = {"match_bool_prefix": {"ocop_title_folded": {"query": folded, "operator": "and"}}}
    query = {"bool": {
        "filter": _base_filters(locale),
        "must": partial,
        "should": [
            {"match": {"ocop_title": {"query": text, "boost": 2}}},
            {"match_phrase": {"ocop_title_folded": {"query": folded, "slop": 0}}},
        ],
    }}
    if excluded_paths:
        query["bool"]["must_not"] = [{"prefix": {"ocop_path": path}} for path in excluded_paths]
    return {"query": query, "size": limit, "_source": False, "sort": ["_score", {"ocop_title_sort": "asc"}]}


def _suggest_elasticsearch(engine, text, locale, limit):
    index = engine.get_index_for_model(ProductPage)
    body = build_suggest_body(text, locale, limit, excluded_paths=restricted_paths(),
                              edge_ngrams=engine.full_analysis)
    response = engine.es.search(index=index.name, **body)
    ids = [int(hit["_id"]) for hit in response["hits"]["hits"]]
    pages = {p.pk: p for p in ProductPage.objects.filter(pk__in=ids).only("id", "title", "url_path", "path")}
    return [{"id": pk, "title": pages[pk].title, "url": pages[pk].url} for pk in ids if pk in pages]


def _products_from_hits(hits):
    """Pages for the hits, with the listing attributes of ``listing_products`` taken from the
    documents (price, stock, current stars) instead of per-row subqueries."""
    if not hits:
        return []
    today = timezone.localdate().isoformat()
    ids = [int(hit["_id"]) for hit in hits]
    pages = ProductPage.objects.filter(pk__in=ids).select_related("image", "region", "group", "producer")
    by_id = {p.pk: p for p in pages}
    products = []
    for hit in hits:
        page = by_id.get(int(hit["_id"]))
        if page is None:
            continue  # deleted since it was indexed
        source = hit.get("_source", {})
        page.price_min_vnd = source.get("ocop_price_min_vnd")
        page.in_stock_flag = bool(source.get("ocop_in_stock"))
        page.current_stars = None
        for level in STAR_LEVELS:
            if any(r["gte"] <= today <= r["lte"] for r in source.get(f"ocop_stars_ge_{level}", [])):
                page.current_stars = level
        products.append(page)
    return products


def _products_in_order(ids):
    if not ids:
        return []
    by_id = {p.pk: p for p in listing_products(ProductPage.objects.filter(pk__in=ids))}
    return [by_id[pk] for pk in ids if pk in by_id]


# --- facets -----------------------------------------------------------------------------------

_tree_cache = {}
TREE_CACHE_SECONDS = 60


def forget_trees():
    _tree_cache.clear()


def _tree(model, locale):
    """The source-language nodes and the names in ``locale``; cached a minute per process
    (and forgotten when a node is saved: search.indexing.on_taxonomy_saved)."""
    key = (model, locale.pk)
    cached = _tree_cache.get(key)
    if cached is None or time.monotonic() - cached[0] > TREE_CACHE_SECONDS:
        default = Locale.get_default()
        nodes = list(model.objects.filter(locale=default).order_by("sort_order", "name"))
        names = dict(model.objects.filter(locale=locale).values_list("translation_key", "name"))
        cached = _tree_cache[key] = (time.monotonic(), nodes, names)
    return cached[1], cached[2]


def _tree_facet(model, locale, counts, selected):
    """Every node with results, in tree order, counts rolled up from the nodes below it."""
    nodes, names = _tree(model, locale)
    if not set(counts) <= {node.pk for node in nodes}:  # a node newer than the cache
        _tree_cache.pop((model, locale.pk), None)
        nodes, names = _tree(model, locale)
    children = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    values = []

    def walk(parent_id, depth):
        total = 0
        for node in children.get(parent_id, []):
            position = len(values)
            values.append(None)
            below = walk(node.pk, depth + 1)
            count = counts.get(node.pk, 0) + below
            total += count
            if count:
                values[position] = FacetValue(
                    value=node.slug, name=names.get(node.translation_key, node.name), count=count,
                    selected=selected is not None and selected.pk == node.pk, depth=depth,
                )
        return total

    walk(None, 0)
    return [v for v in values if v is not None]


def _facets(locale, filters, regions, groups, stars, producer_types):
    labels = dict(ProducerType.choices)
    return {
        "region": _tree_facet(Region, locale, regions, filters.region),
        "group": _tree_facet(ProductGroup, locale, groups, filters.group),
        "stars": [
            FacetValue(value=n, name=str(n), count=stars[n], selected=filters.stars == n)
            for n in reversed(STAR_LEVELS) if stars.get(n)
        ],
        "producer_type": [
            FacetValue(value=value, name=str(labels.get(value, value)), count=producer_types[value],
                       selected=filters.producer_type == value)
            for value in ProducerType.values if producer_types.get(value)
        ],
    }


# --- the database path (make run, and the fallback while Elasticsearch is down) ---------------

def _base_queryset(locale):
    now = timezone.now()
    return (
        ProductPage.objects.live().public().filter(locale=locale)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    )


def _database_suggest_ids(text, locale, limit):
    """Partial, tone-insensitive title matches from the database backend's autocomplete field."""
    backend = _fallback_backend()
    pages = ProductPage.objects.live().filter(locale=locale)
    results = backend.autocomplete(fold(text), pages, operator="and")[:limit * 3]
    return [page.pk for page in results]


def _apply_orm_filters(queryset, filters, skip=None):
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
            queryset = queryset.filter(price_min_vnd__gte=filters.price_min)
        if filters.price_max is not None:
            queryset = queryset.filter(price_min_vnd__lte=filters.price_max)
    if filters.in_stock and skip != "in_stock":
        queryset = queryset.filter(in_stock_flag=True)
    return queryset


def _database_text_ids(text, locale):
    backend = _fallback_backend()
    pages = ProductPage.objects.live().filter(locale=locale)
    results = backend.search(fold(text), pages, operator="and")[:DATABASE_TEXT_LIMIT]
    return [page.pk for page in results]


def _search_database(text, locale, filters, sort, page, per_page, facets, degraded):
    base = listing_products(_base_queryset(locale))
    ranked_ids = None
    if text:
        ranked_ids = _database_text_ids(text, locale)
        base = base.filter(pk__in=ranked_ids)
    queryset = _apply_orm_filters(base, filters)
    start = (page - 1) * per_page
    if ranked_ids is not None and sort == "relevance":
        matching = set(queryset.values_list("pk", flat=True))
        ordered = [pk for pk in ranked_ids if pk in matching]
        count = len(ordered)
        products = _products_in_order(ordered[start:start + per_page])
    else:
        order = {
            "price_asc": [F("price_min_vnd").asc(nulls_last=True), "title"],
            "price_desc": [F("price_min_vnd").desc(nulls_last=True), "title"],
            "newest": [F("first_published_at").desc(nulls_last=True), "title"],
        }.get(sort, [F("current_stars").desc(nulls_last=True), "title"])
        count = queryset.count()
        products = list(queryset.order_by(*order)[start:start + per_page])
    result = CatalogueSearchResult(
        text=text, locale=locale, filters=filters, sort=sort, page=page, per_page=per_page, count=count,
        products=products, degraded=degraded, engine="database",
    )
    if facets:
        def grouped(skip, column):
            rows = _apply_orm_filters(base, filters, skip=skip).order_by().values(column).annotate(n=Count("pk"))
            return {row[column]: row["n"] for row in rows}

        star_rows = grouped("stars", "current_stars")
        result.facets = _facets(
            locale, filters,
            regions=grouped("region", "region_id"),
            groups=grouped("group", "group_id"),
            stars={n: sum(c for s, c in star_rows.items() if s is not None and s >= n) for n in STAR_LEVELS},
            producer_types=grouped("producer_type", "producer__producer_type"),
        )
    return result
