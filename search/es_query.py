"""The Elasticsearch side of a catalogue search: request bodies, and reading the answers.

A search is one ``msearch`` round trip of two bodies: the page of hits, with the selected filters
as a ``post_filter``, and a cacheable ``size: 0`` body with one aggregation per facet, each
filtered by every selected filter but its own (disjunctive facets). Region and group counts are
per node; ``search.facets`` rolls them up the trees.

Only live pages of the requested language are found; pages below a view restriction (private),
past their expiry time, or of another language are not. "Minimum N stars" means the current,
unexpired certificate, evaluated on the day of the query (see ``search.documents``).
The builders are public for the benchmark (bench/search/run.py).
"""

import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from wagtail.models import Locale

from catalogue.listing import CardFacts, ListedProducts
from catalogue.models import ProducerType, ProductGroup, ProductPage, Region
from catalogue.queries import CARD_DEFERRED_FIELDS
from site_config.memo import restricted_pages
from site_config.text import fold, query_words

from .documents import STAR_LEVELS
from .engine import msearch
from .facets import build_facets
from .params import SearchFilters
from .places import places_in
from .results import CatalogueSearchResult, Suggestion

if TYPE_CHECKING:
    from .backend import OcopSearchBackend

PRODUCT_CONTENT_TYPE = "catalogue.ProductPage"
SUGGEST_SIZE = 8
# Terms aggregations return 10 buckets unless told otherwise: ask for every region and group
# (the trees have tens to a few thousand nodes; only nodes with results come back).
TAXONOMY_FACET_SIZE = 10_000


def restricted_paths() -> list[str]:
    """Paths of pages with a view restriction: they and their descendants are not public."""
    return [page.path for page in restricted_pages()]


def _base_filters(locale: Locale) -> list[dict[str, Any]]:
    # Rounded to the minute so that the filter is the same from one request to the next and
    # Elasticsearch can cache it (a page past its expiry time may show for up to a minute).
    now = timezone.now().replace(second=0, microsecond=0).isoformat()
    return [
        {"term": {"_django_content_type": PRODUCT_CONTENT_TYPE}},
        {"term": {"ocop_locale_id": locale.pk}},
        {"term": {"ocop_live": True}},
        {"range": {"ocop_expire_at": {"gt": now}}},  # documents without expiry say 9999-12-31
    ]


def _filter_clauses(filters: SearchFilters, today: str) -> dict[str, dict[str, Any]]:
    """{facet name: Elasticsearch filter} for the selected filters."""
    clauses: dict[str, dict[str, Any]] = {}
    if filters.region is not None:
        clauses["region"] = {"terms": {"ocop_region_id": [str(i) for i in Region.descendant_ids(filters.region)]}}
    if filters.group is not None:
        clauses["group"] = {"terms": {"ocop_group_id": [str(i) for i in ProductGroup.descendant_ids(filters.group)]}}
    if filters.stars:
        clauses["stars"] = {"term": {f"ocop_stars_ge_{filters.stars}": today}}
    if filters.producer_type:
        clauses["producer_type"] = {"term": {"ocop_producer_type": filters.producer_type}}
    if filters.price_min is not None or filters.price_max is not None:
        bounds: dict[str, int] = {}
        if filters.price_min is not None:
            bounds["gte"] = filters.price_min
        if filters.price_max is not None:
            bounds["lte"] = filters.price_max
        clauses["price"] = {"range": {"ocop_price_min_vnd": bounds}}
    if filters.in_stock:
        clauses["in_stock"] = {"term": {"ocop_in_stock": True}}
    return clauses


# One edit for words of 4 to 6 letters, two from 7: Vietnamese syllables of 2-3 letters ("cá",
# "chè", "mực") are whole different words one letter apart, so they must be typed right.
TYPO_FUZZINESS = "AUTO:4,7"
# Products from a place named in the query come before products that only mention it.
PLACE_BOOST = 50


def _text_query(text: str, locale: Locale, places: Iterable[int] = ()) -> dict[str, Any]:
    """What a text search matches and how it ranks.

    Matching: the folded words (tone marks optional), in the page's own text or in the product's
    titles in the other languages, or, forgiving one typo per word, the same fields fuzzily.
    Ranking: the text as typed (tone marks included) and the whole phrase rank higher; a typo
    match scores a tenth of an exact one and gets none of the bonuses, so it never outranks an
    exact or exact-tone match; products from a place named in the query rank first.
    """
    text = query_words(text)
    folded = fold(text)
    needed = "3<80%"
    fields = ["ocop_title_folded^3", "ocop_text_folded", "ocop_other_titles_folded^2"]
    exact = [
        {
            "multi_match": {
                "query": folded,
                "type": "cross_fields",
                "minimum_should_match": needed,
                "fields": fields,
            }
        }
    ]
    if locale.language_code == "en":
        exact.append({"match": {"ocop_text_en": {"query": folded, "minimum_should_match": needed}}})
    forgiving = {
        "multi_match": {
            "query": folded,
            "type": "most_fields",
            "minimum_should_match": needed,
            "fuzziness": TYPO_FUZZINESS,
            "prefix_length": 1,
            "max_expansions": 20,
            "boost": 0.1,
            "fields": fields + (["ocop_text_en"] if locale.language_code == "en" else []),
        }
    }
    ranking: list[dict[str, Any]] = [
        {"match": {"ocop_title": {"query": text, "boost": 4}}},
        {"match_phrase": {"ocop_title_folded": {"query": folded, "boost": 2}}},
        {"match": {"ocop_text": {"query": text, "boost": 1}}},
        {"match": {"ocop_other_titles": {"query": text, "boost": 2}}},
        {"match_phrase": {"ocop_other_titles_folded": {"query": folded, "boost": 1}}},
    ]
    if places:
        ranking.append(
            {
                "constant_score": {
                    "filter": {"terms": {"ocop_region_id": sorted(str(i) for i in places)}},
                    "boost": PLACE_BOOST,
                }
            }
        )
    return {
        "bool": {
            "must": {"bool": {"should": [*exact, forgiving], "minimum_should_match": 1}},
            "should": ranking,
        }
    }


def _sort(sort: str, text: str) -> list[str | dict[str, Any]]:
    by_title = {"ocop_title_sort": "asc"}
    if sort == "price_asc":
        return [{"ocop_price_min_vnd": {"order": "asc", "missing": "_last"}}, by_title]
    if sort == "price_desc":
        return [{"ocop_price_min_vnd": {"order": "desc", "missing": "_last"}}, by_title]
    if sort == "newest":
        return [{"ocop_first_published_at": {"order": "desc", "missing": "_last"}}, by_title]
    return ["_score", by_title]


def _stars_scored(query: dict[str, Any], today: str) -> dict[str, Any]:
    """Score = the current star rating (plus a tiny constant), for the "stars" sort and browsing."""
    functions: list[dict[str, Any]] = [
        {"filter": {"term": {f"ocop_stars_ge_{n}": today}}, "weight": 1} for n in STAR_LEVELS
    ]
    functions.append({"weight": 0.001})
    return {"function_score": {"query": query, "functions": functions, "score_mode": "sum", "boost_mode": "replace"}}


def build_search_requests(
    text: str,
    locale: Locale,
    filters: SearchFilters,
    sort: str,
    page: int,
    per_page: int,
    facets: bool = True,
    today: datetime.date | None = None,
    excluded_paths: Sequence[str] = (),
    load_pages: bool = True,
) -> list[dict[str, Any] | None]:
    """The Elasticsearch request bodies of a catalogue search: [hits, facets or None].

    Two requests in one ``msearch``: the page of hits (with the selected filters as a
    ``post_filter``), and the facet counts as a ``size: 0`` request, which the shard request
    cache can answer again without recomputing until the index changes. Public for the benchmark.
    """
    day = (today or timezone.localdate()).isoformat()
    query: dict[str, Any] = {"bool": {"filter": _base_filters(locale)}}
    if excluded_paths:
        query["bool"]["must_not"] = [{"prefix": {"ocop_path": path}} for path in excluded_paths]
    if text:
        query["bool"]["must"] = _text_query(text, locale, places_in(text))
    clauses = _filter_clauses(filters, day)
    scored = _stars_scored(query, day) if sort == "stars" or (sort == "relevance" and not text) else query
    hits: dict[str, Any] = {
        "query": scored,
        "sort": _sort(sort, text),
        "from": (page - 1) * per_page,
        "size": per_page,
        "track_total_hits": True,
        # what a product card shows besides the page itself: no database subqueries per result
        "_source": ["ocop_title", "ocop_price_min_vnd", "ocop_in_stock", "ocop_stars_ge_*"],
    }
    if not load_pages:  # the whole row from the document: no page is loaded at all
        hits["_source"] = [*hits["_source"], "ocop_card"]
    if clauses:
        hits["post_filter"] = {"bool": {"filter": list(clauses.values())}}
    if not facets:
        return [hits, None]

    def others(name: str) -> dict[str, Any]:
        rest = [c for key, c in clauses.items() if key != name]
        return {"bool": {"filter": rest}} if rest else {"match_all": {}}

    counts = {
        "query": query,
        "size": 0,
        "track_total_hits": False,
        "aggs": {
            "region": {
                "filter": others("region"),
                "aggs": {"ids": {"terms": {"field": "ocop_region_id", "size": TAXONOMY_FACET_SIZE}}},
            },
            "group": {
                "filter": others("group"),
                "aggs": {"ids": {"terms": {"field": "ocop_group_id", "size": TAXONOMY_FACET_SIZE}}},
            },
            "producer_type": {
                "filter": others("producer_type"),
                "aggs": {"values": {"terms": {"field": "ocop_producer_type", "size": len(ProducerType.values) + 1}}},
            },
            "stars": {
                "filter": others("stars"),
                "aggs": {
                    "levels": {
                        "filters": {"filters": {str(n): {"term": {f"ocop_stars_ge_{n}": day}} for n in STAR_LEVELS}}
                    }
                },
            },
        },
    }
    return [hits, counts]


def product_index(engine: "OcopSearchBackend") -> str:
    return engine.get_index_for_model(ProductPage).name


def search_elasticsearch(
    engine: "OcopSearchBackend",
    text: str,
    locale: Locale,
    filters: SearchFilters,
    sort: str,
    page: int,
    per_page: int,
    facets: bool,
    load_pages: bool = True,
) -> CatalogueSearchResult:
    bodies = build_search_requests(
        text,
        locale,
        filters,
        sort,
        page,
        per_page,
        facets=facets,
        excluded_paths=restricted_paths(),
        load_pages=load_pages,
    )
    (response, counts), took = msearch(engine, product_index(engine), bodies)
    assert response is not None  # the hits body is never None (only the facets body may be)
    hits = response["hits"]["hits"]
    rows = None if load_pages else _rows_from_hits(hits)
    result = CatalogueSearchResult(
        text=text,
        locale=locale,
        filters=filters,
        sort=sort,
        page=page,
        per_page=per_page,
        count=response["hits"]["total"]["value"],
        products=_listed_from_hits(hits) if rows is None else [],
        took_ms=took,
        rows=rows,
    )
    if counts is not None:
        aggs = counts["aggregations"]
        result.facets = build_facets(
            locale,
            filters,
            regions={int(b["key"]): b["doc_count"] for b in aggs["region"]["ids"]["buckets"]},
            groups={int(b["key"]): b["doc_count"] for b in aggs["group"]["ids"]["buckets"]},
            stars={n: aggs["stars"]["levels"]["buckets"][str(n)]["doc_count"] for n in STAR_LEVELS},
            producer_types={b["key"]: b["doc_count"] for b in aggs["producer_type"]["values"]["buckets"]},
        )
    return result


def build_suggest_body(
    text: str, locale: Locale, limit: int = SUGGEST_SIZE, excluded_paths: Sequence[str] = ()
) -> dict[str, Any]:
    """The Elasticsearch request body of an autocomplete query (public for the benchmark).

    Partial words match through the edge n-grams of the folded title. Titles with the tone
    marks as typed rank first.
    """
    text = query_words(text)
    folded = fold(text)
    partial = {"match": {"ocop_suggest": {"query": folded, "operator": "and"}}}
    query: dict[str, Any] = {
        "bool": {
            "filter": _base_filters(locale),
            "must": partial,
            "should": [
                {"match": {"ocop_title": {"query": text, "boost": 2}}},
                {"match_phrase": {"ocop_title_folded": {"query": folded, "slop": 0}}},
            ],
        }
    }
    if excluded_paths:
        query["bool"]["must_not"] = [{"prefix": {"ocop_path": path}} for path in excluded_paths]
    return {
        "query": query,
        "size": limit,
        "_source": ["ocop_title", "ocop_card.url"],
        "sort": ["_score", {"ocop_title_sort": "asc"}],
    }


def suggest_elasticsearch(engine: "OcopSearchBackend", text: str, locale: Locale, limit: int) -> list[Suggestion]:
    body = build_suggest_body(text, locale, limit, excluded_paths=restricted_paths())
    response = engine.es.search(index=product_index(engine), **body)
    hits = response["hits"]["hits"]
    if all("ocop_card" in hit.get("_source", {}) for hit in hits):  # titles and URLs from the index
        return [
            {"id": int(hit["_id"]), "title": hit["_source"]["ocop_title"], "url": hit["_source"]["ocop_card"]["url"]}
            for hit in hits
        ]
    ids = [int(hit["_id"]) for hit in hits]
    pages = {p.pk: p for p in ProductPage.objects.filter(pk__in=ids).only("id", "title", "url_path", "path")}
    return [{"id": pk, "title": pages[pk].title, "url": pages[pk].url} for pk in ids if pk in pages]


def _stars_on(source: Mapping[str, Any], today: str) -> int | None:
    """The current rating on ``today`` (ISO date) from a document's star periods."""
    stars = None
    for level in STAR_LEVELS:
        if any(r["gte"] <= today <= r["lte"] for r in source.get(f"ocop_stars_ge_{level}", [])):
            stars = level
    return stars


def _rows_from_hits(hits: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The result rows straight from the documents; None if a document predates ``ocop_card``
    (an index not rebuilt since): the caller then loads the pages."""
    today = timezone.localdate().isoformat()
    rows = []
    for hit in hits:
        source = hit.get("_source", {})
        card = source.get("ocop_card")
        if card is None:
            return None
        rows.append(
            {
                "id": int(hit["_id"]),
                "title": source["ocop_title"],
                "url": card["url"],
                "producer": card["producer"],
                "region": card["region"],
                "group": card["group"],
                "stars": _stars_on(source, today),
                "price_min_vnd": source.get("ocop_price_min_vnd"),
                "in_stock": bool(source.get("ocop_in_stock")),
                "image": card["image"],
            }
        )
    return rows


def _listed_from_hits(hits: list[dict[str, Any]]) -> ListedProducts:
    """The hits as a listing's products: each one's card facts (price, stock, current stars) from
    its document, the pages loaded only for the cards the cache does not hold."""
    today = timezone.localdate().isoformat()
    facts = []
    for hit in hits:
        source = hit.get("_source", {})
        facts.append(
            CardFacts(
                int(hit["_id"]),
                _stars_on(source, today),
                source.get("ocop_price_min_vnd"),
                bool(source.get("ocop_in_stock")),
            )
        )
    return ListedProducts(facts, _load_listed, titles=[hit.get("_source", {}).get("ocop_title", "") for hit in hits])


def _load_listed(facts: Sequence[CardFacts]) -> list[ProductPage]:
    """The pages of ``facts`` in their order, with the listing attributes of ``listing_products``
    taken from the facts instead of per-row subqueries; pages deleted since indexed left out."""
    if not facts:
        return []
    pages = (
        ProductPage.objects.filter(pk__in=[fact.pk for fact in facts])
        .select_related("image", "region", "group", "producer")
        .defer(*CARD_DEFERRED_FIELDS)
        .prefetch_related("image__renditions")  # the cards' <picture> sources: one query
    )
    by_id = {p.pk: p for p in pages}
    products = []
    for fact in facts:
        page = by_id.get(fact.pk)
        if page is None:
            continue  # deleted since it was indexed
        page.listing_price_min_vnd = fact.price_min_vnd
        page.in_stock_flag = fact.in_stock
        page.current_stars = fact.stars
        products.append(page)
    return products
