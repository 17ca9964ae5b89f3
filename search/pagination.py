"""A Paginator-page-like view of a CatalogueSearchResult, for the shared pagination template."""

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .results import CatalogueSearchResult

if TYPE_CHECKING:
    from catalogue.models import ProductPage


class ResultPaginator:
    def __init__(self, result: CatalogueSearchResult) -> None:
        self.count = result.count
        self.num_pages = result.num_pages
        self.per_page = result.per_page

    @property
    def page_range(self) -> range:
        return range(1, self.num_pages + 1)


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
