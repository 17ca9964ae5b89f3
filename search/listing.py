"""The catalogue's listing pages, answered by the one query path (registered in
``SearchConfig.ready`` through ``catalogue.listing.register_listing``)."""

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from django.http import HttpRequest
from wagtail.models import Locale

from catalogue.listing import require_page_in_range

from . import params as search_params
from .pagination import ResultPage
from .params import InvalidParameter, SearchRequest, parse_search_params
from .queries import search_catalogue


def catalogue_listing(request: HttpRequest, locale: Locale, preset: Mapping[str, Any]) -> dict[str, Any]:
    """Context of a catalogue listing page: ``products``, ``filters``, ``search_result``.

    A browsing page ignores malformed filters instead of answering 400 (the search page shows
    them); ``preset`` (a locality's or a group's page) replaces the query string's region or group.
    """
    try:
        search = parse_search_params(request.GET)
    except InvalidParameter:
        search = SearchRequest()
    filters = replace(search.filters, **preset)
    result = search_catalogue(search.text, locale, filters, search.sort, search.page)
    require_page_in_range(result.page, result.num_pages)
    return {
        "products": ResultPage(result),
        "filters": result.filters,
        "search_result": result,
        "canonical_parameters": search_params.CONTENT_PARAMETERS,
    }
