"""A Paginator-page-like view of a CatalogueSearchResult, for the shared pagination template."""


class ResultPaginator:
    def __init__(self, result):
        self.count = result.count
        self.num_pages = result.num_pages
        self.per_page = result.per_page

    @property
    def page_range(self):
        return range(1, self.num_pages + 1)


class ResultPage:
    """Quacks like ``django.core.paginator.Page`` (what catalogue/includes/pagination.html uses)."""

    def __init__(self, result):
        self.result = result
        self.object_list = result.products
        self.number = result.page
        self.paginator = ResultPaginator(result)

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    def __bool__(self):
        return bool(self.object_list)

    def has_next(self):
        return self.result.has_next

    def has_previous(self):
        return self.result.has_previous

    def has_other_pages(self):
        return self.paginator.num_pages > 1

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1
