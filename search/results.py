"""What a catalogue search answers: the result, its facet values and its product rows."""

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from wagtail.models import Locale

from .params import SearchFilters

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
    def num_pages(self) -> int:
        return max(1, math.ceil(self.count / self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1
