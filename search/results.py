"""What a catalogue search answers: the result, its facet values and its product rows."""

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from wagtail.models import Locale

from site_config.text import fold, query_words

from .params import PER_PAGE, SearchFilters

if TYPE_CHECKING:
    from catalogue.models import ProductPage


class Suggestion(TypedDict):
    """An autocomplete answer (``suggest``)."""

    id: int
    title: str
    url: str | None


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
    # Pages annotated for the cards (the database path), or the engine's ``ListedProducts``,
    # whose pages are loaded only for the cards not cached.
    products: Sequence["ProductPage"]
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    degraded: bool = False
    engine: str = "elasticsearch"
    took_ms: int | None = None  # the engine's own time, when it reports one
    # With ``load_pages=False``: the result rows as the API shows them (search.cards), from the
    # index, and ``products`` stays empty. None when the rows must be built from pages.
    rows: list[dict[str, Any]] | None = None

    @property
    def is_landing_page(self) -> bool:
        """Whether search engines may index this page of results: the first page of a query
        alone (no filter, the default sort and page size) that found products, every word of
        which is a word of a product title shown (tone marks aside), each once, nothing else.

        Such a page is made of the catalogue's own words ("cha muc" → "Chả mực Hạ Long") and is
        worth landing on. Any other is ``noindex``: a filtered or sorted variant or a later page
        (an endless space of near-copies; the catalogue's locality and group pages are the
        indexable faceted ones), nothing found, or a word no title has, which is how search-spam
        links get someone else's text into an indexed page's title.
        """
        if not self.text or self.count == 0 or self.page != 1 or self.per_page != PER_PAGE:
            return False
        if self.filters.any or self.sort != "relevance":
            return False
        words = query_words(fold(self.text)).split()
        if words != fold(self.text).split() or len(set(words)) != len(words):
            return False  # punctuation or a repeated word: not a query anyone lands on
        titles = getattr(self.products, "titles", None) or [product.title for product in self.products]
        shown = set(query_words(fold(" ".join(titles))).split())
        return shown.issuperset(words)

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.count / self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1
