"""A Paginator-page-like view of a CatalogueSearchResult, for the shared pagination template."""

from collections.abc import Iterator
from typing import TYPE_CHECKING

from django.core.paginator import Paginator

from .results import CatalogueSearchResult

if TYPE_CHECKING:
    from catalogue.models import ProductPage


class ResultPaginator(Paginator):
    """Django's paginator over a result the engine counted: ``count`` and ``num_pages`` come from
    the result (only the page's rows were loaded), the rest (``page_range``,
    ``get_elided_page_range``, ``ELLIPSIS``) is Django's."""

    def __init__(self, result: CatalogueSearchResult) -> None:
        super().__init__((), result.per_page)
        # Paginator.count and .num_pages are cached properties: the result's figures fill them.
        self.__dict__["count"] = result.count
        self.__dict__["num_pages"] = result.num_pages


class ResultPage:
    """Quacks like ``django.core.paginator.Page`` (what catalogue/includes/pagination.html uses)."""

    def __init__(self, result: CatalogueSearchResult) -> None:
        self.result = result
        self.object_list = result.products
        self.number = result.page
        self.paginator = ResultPaginator(result)

    def __iter__(self) -> Iterator["ProductPage"]:
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)

    def __bool__(self) -> bool:
        return bool(self.object_list)

    def has_next(self) -> bool:
        return self.result.has_next

    def has_previous(self) -> bool:
        return self.result.has_previous

    def has_other_pages(self) -> bool:
        return self.paginator.num_pages > 1

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1
