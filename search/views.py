"""The search page and the JSON API: thin wrappers around search.queries.search_catalogue."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from catalogue.listing import require_page_in_range
from site_config.site_url import absolute_url

from . import params as search_params
from .cards import image_url, url_path
from .pagination import ResultPage
from .params import InvalidParameter, SearchRequest, parse_locale, parse_search_params
from .queries import search_catalogue, suggest_titles
from .results import CatalogueSearchResult

if TYPE_CHECKING:
    from catalogue.models import ProductGroup, Region


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    """``/<lang>/search/``: results, facets, removable filters; a bad parameter is shown, not 500."""
    error = None
    try:
        search = parse_search_params(request.GET)
    except InvalidParameter as exc:
        error = exc
        search = _request_without(request.GET, exc.parameter)
    locale = Locale.get_active()
    result = search_catalogue(
        search.text,
        locale,
        search.filters,
        search.sort,
        search.page,
        per_page=search.per_page,
    )
    require_page_in_range(result.page, result.num_pages)
    # A page of results worth landing on may be indexed (CatalogueSearchResult.is_landing_page);
    # every other search page, the script's fragments and a refused parameter are not.
    fragment = request.GET.get("fragment") == "results"
    indexable = error is None and not fragment and result.is_landing_page
    context = {
        "query": search.text,
        "search": search,
        "result": result,
        "indexable": indexable,
        "products": ResultPage(result),
        "filters": result.filters,
        "sorts": search_params.SORTS,
        "error": error,
        "canonical_parameters": search_params.CONTENT_PARAMETERS,
    }
    template = "search/results.html" if fragment else "search/search.html"
    response = render(request, template, context, status=400 if error else 200)
    if not indexable:
        response["X-Robots-Tag"] = "noindex"
    return response


def _request_without(query: QueryDict, parameter: str) -> SearchRequest:
    """Parse again without the offending parameter (the page still shows results)."""
    cleaned = query.copy()
    for name in (parameter, "price_min") if parameter == "price_max" else (parameter,):
        cleaned.pop(name, None)
    try:
        return parse_search_params(cleaned)
    except InvalidParameter:
        return search_params.SearchRequest()


def _bad_request(exc: InvalidParameter) -> JsonResponse:
    return JsonResponse(
        {"error": {"parameter": exc.parameter, "message": str(exc.message)}},
        status=400,
    )


@require_GET
def search_api(request: HttpRequest) -> JsonResponse:
    """``/api/v1/search/``: the same search as the page, as JSON for partners."""
    try:
        locale = parse_locale(request.GET)
        search = parse_search_params(request.GET)
    except InvalidParameter as exc:
        return _bad_request(exc)
    result = search_catalogue(
        search.text, locale, search.filters, search.sort, search.page, per_page=search.per_page, load_pages=False
    )
    return JsonResponse(result_json(result, request), json_dumps_params={"ensure_ascii": False})


@require_GET
def suggest_api(request: HttpRequest) -> JsonResponse:
    """``/api/v1/search/suggest/?locale=&q=``: up to 8 product titles matching the words typed so far."""
    try:
        locale = parse_locale(request.GET)
        text = search_params.normalize(request.GET.get("q", ""))
        if len(text) > search_params.MAX_QUERY_LENGTH:
            raise InvalidParameter("q", _("must be at most %(n)s characters") % {"n": search_params.MAX_QUERY_LENGTH})
    except InvalidParameter as exc:
        return _bad_request(exc)
    suggestions, degraded = suggest_titles(text, locale)
    response = JsonResponse(
        {"query": text, "suggestions": suggestions, "degraded": degraded}, json_dumps_params={"ensure_ascii": False}
    )
    response["Cache-Control"] = "public, max-age=60"
    return response


def _node_json(node: "Region | ProductGroup | None", names: Mapping[UUID, str]) -> dict[str, str] | None:
    if node is None:
        return None
    return {"slug": node.slug, "name": names.get(node.translation_key, node.name)}


def result_json(result: CatalogueSearchResult, request: HttpRequest) -> dict[str, Any]:
    """The API's answer: see the README of issue 3 for the shape.

    Rows come from the index when Elasticsearch answered (``result.rows``), else from the pages.
    """
    rows = result.rows if result.rows is not None else page_rows(result)
    items = []
    for row in rows:
        producer = row["producer"]
        items.append(
            {
                **row,
                "url": absolute_url(row["url"] or ""),
                "producer": {
                    "name": producer["name"],
                    "url": absolute_url(producer["url"]) if producer["url"] else None,
                }
                if producer
                else None,
                "image": absolute_url(row["image"]) if row["image"] else None,
            }
        )
    return {
        "count": result.count,
        "page": result.page,
        "num_pages": result.num_pages,
        "results": items,
        "facets": {
            name: [
                {"slug": v.value, "name": v.name, "count": v.count}
                if name in ("region", "group")
                else {"value": v.value, "name": v.name, "count": v.count}
                for v in values
            ]
            for name, values in result.facets.items()
        },
        "degraded": result.degraded,
    }


def page_rows(result: CatalogueSearchResult) -> list[dict[str, Any]]:
    """The rows of ``result_json`` built from the result's pages (the database path), URLs as paths."""
    from catalogue.models import ProducerPage, ProductGroup, Region

    locale = result.locale
    region_names = dict(Region.objects.filter(locale=locale).values_list("translation_key", "name"))
    group_names = dict(ProductGroup.objects.filter(locale=locale).values_list("translation_key", "name"))
    producer_keys = {p.producer.translation_key for p in result.products if p.producer_id}
    producers = {
        p.translation_key: p
        for p in ProducerPage.objects.live().filter(translation_key__in=producer_keys, locale=locale)
    }
    rows = []
    for product in result.products:
        producer = producers.get(product.producer.translation_key, product.producer) if product.producer_id else None
        rows.append(
            {
                "id": product.pk,
                "title": product.title,
                "url": url_path(product),
                "producer": {"name": producer.title, "url": url_path(producer) if producer.live else None}
                if producer
                else None,
                "region": _node_json(product.region, region_names),
                "group": _node_json(product.group, group_names),
                "stars": product.current_stars,
                "price_min_vnd": product.price_min_vnd,
                "in_stock": bool(product.in_stock_flag),
                "image": image_url(product.image) if product.image_id else None,
            }
        )
    return rows
