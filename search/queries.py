"""The one query path of the catalogue: free text + filters + facets + sort + pagination.

A small façade; the work is done by

* ``search.engine``: the backends and the circuit breaker around Elasticsearch,
* ``search.es_query``: the Elasticsearch request bodies and reading their answers,
* ``search.facets``: facet values rolled up the region and group trees,
* ``search.fallback``: the database path (``make run``, and while Elasticsearch is down).

``search_catalogue`` answers the search page, the catalogue index page and the JSON API;
``suggest`` the autocomplete box. Neither raises because the engine is down: the answer then
comes from the database and says ``degraded``.
"""

import logging

from wagtail.models import Locale

from site_config.text import normalize

from . import es_query, fallback
from .engine import ENGINE_ERRORS, elasticsearch, mark_down, usable_engine
from .params import PER_PAGE, SearchFilters
from .results import CatalogueSearchResult, FacetValue, Suggestion

__all__ = ["CatalogueSearchResult", "FacetValue", "search_catalogue", "suggest", "suggest_titles"]

logger = logging.getLogger(__name__)


def search_catalogue(
    text: str = "",
    locale: Locale | None = None,
    filters: SearchFilters | None = None,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = PER_PAGE,
    facets: bool = True,
    load_pages: bool = True,
) -> CatalogueSearchResult:
    """Search the live, public products of ``locale`` (default: the site's default language).

    Returns a :class:`CatalogueSearchResult` whose ``products`` are ProductPages annotated as
    ``catalogue.queries.listing_products`` annotates them (ready for the product cards), in result
    order; from Elasticsearch a ``catalogue.listing.ListedProducts``, whose pages are loaded when
    iterated, or only for the cards not cached (``catalogue_display.product_cards``).
    With ``load_pages=False`` (the JSON API) Elasticsearch answers the rows themselves from its
    documents (``result.rows``, see ``search.cards``) and no page is loaded; the database path
    still loads pages (``rows`` is then None).
    Never raises because the engine is down: the answer is then ``degraded``.
    """
    text = normalize(text)
    locale = locale or Locale.get_default()
    filters = filters or SearchFilters()
    engine = usable_engine()
    if engine is not None:
        try:
            return es_query.search_elasticsearch(
                engine, text, locale, filters, sort, page, per_page, facets, load_pages=load_pages
            )
        except ENGINE_ERRORS as exc:
            logger.error("Elasticsearch search failed, answering from the database: %s", exc)
            mark_down(engine)
    degraded = elasticsearch() is not None
    return fallback.search_database(text, locale, filters, sort, page, per_page, facets, degraded=degraded)


def suggest(
    text: str, locale: Locale | None = None, limit: int = es_query.SUGGEST_SIZE
) -> tuple[list[Suggestion], bool]:
    """Up to ``limit`` product titles for the autocomplete box, partial words matched.

    Returns ([{"id", "title", "url"}], degraded).
    """
    text = normalize(text)
    locale = locale or Locale.get_default()
    if not text:
        return [], False
    engine = usable_engine()
    if engine is not None:
        try:
            return es_query.suggest_elasticsearch(engine, text, locale, limit), False
        except ENGINE_ERRORS as exc:
            logger.error("Elasticsearch suggest failed, answering from the database: %s", exc)
            mark_down(engine)
    return fallback.suggest_database(text, locale, limit), elasticsearch() is not None


suggest_titles = suggest  # the name the views and tests used before the split
