"""How the catalogue's listing pages get their products: the one allowed edge towards search.

Layers point one way (``site_config`` ← ``catalogue`` ← ``search``, ``storefront``, ``home``;
import-linter holds it, see pyproject.toml), yet the catalogue index and its locality and group
pages list products through the search's one query path (free text, filters, facets, sort,
pages). So the catalogue states what it needs, :func:`listing_context`, and the search app
provides it: ``SearchConfig.ready`` calls :func:`register_listing` with
``search.listing.catalogue_listing``. The catalogue never imports search.

Also here, what a listing hands its templates: :class:`CardFacts` and :class:`ListedProducts` (a
search's products, pages loaded only for cards not cached), :class:`VersionedListing` and
:func:`paginate`.
"""

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from django.core.exceptions import ImproperlyConfigured
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404

from site_config import content_version

if TYPE_CHECKING:
    from .models import ProductPage

PER_PAGE = 24  # products or producers per listing page, on every listing and the search page

_listing = None


def register_listing(listing):
    """Install ``listing(request, locale, preset)`` → template context (the search app does)."""
    global _listing
    _listing = listing


def listing_context(request, locale, preset=None):
    """The product listing of ``locale`` for ``request``'s query string, as template context:
    ``products`` (a page of product cards), ``filters`` and ``search_result``.

    ``preset``: {"region": Region} or {"group": ProductGroup}, a filter the page itself sets
    (a locality's or a group's page) over whatever the query string asks.
    """
    if _listing is None:
        raise ImproperlyConfigured("No catalogue listing registered: is the search app installed?")
    return _listing(request, locale, preset or {})


def require_page_in_range(number, num_pages):
    """Http404 for a page number past the last page of a listing: "no products here" with a 200
    would be a soft 404 to search engines. Page 1 of an empty listing exists (it says so)."""
    if number > max(1, num_pages):
        raise Http404("No such page of this listing.")


class VersionedListing:
    """A queryset as ``paginate`` reads it (its count, a page's slice), each answer kept per
    content version under ``name`` (a publish, an unpublish, a move or a view restriction raises
    it). At 100,000 products the producer index counted and sorted 33,000 producers by title at
    every visit (130 ms: no index can serve a title order of one page type's children)."""

    def __init__(self, name, queryset):
        self.name, self.queryset = name, queryset

    def count(self):
        return content_version.cached(f"{self.name}:count", self.queryset.count)

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        return content_version.cached(f"{self.name}:{index.start}:{index.stop}", lambda: list(self.queryset[index]))


def paginate(request, items, per_page=PER_PAGE):
    """A page of ``items``; malformed or non-positive page numbers show page 1, never 500; a page
    past the last one is a 404 (:func:`require_page_in_range`)."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        page_number = request.GET.get("page", "")
        if page_number.isascii() and page_number.isdigit():  # "²".isdigit() is True
            require_page_in_range(int(page_number), paginator.num_pages)
        return paginator.page(1)


class CardFacts(NamedTuple):
    """What a product card shows that a publish does not change: the listing's figures (current
    stars, lowest price, stock). The rest of a card (title, URL, photo, region, group, producer
    name) changes only with a publish, which raises the content version; so a card's cache key is
    these facts, the language and the site (``catalogue_display.product_cards``)."""

    pk: int
    stars: int | None
    price_min_vnd: int | None
    in_stock: bool


def card_facts(product: "ProductPage") -> CardFacts:
    """The facts of a product page annotated by a listing (``catalogue.queries.listing_products``
    or a search)."""
    return CardFacts(
        product.pk,
        getattr(product, "current_stars", None),
        product.price_min_vnd,
        bool(getattr(product, "in_stock_flag", False)),
    )


class ListedProducts(Sequence):
    """A listing's products as the search engine answered them: each one's :class:`CardFacts`,
    read from its document, and the pages loaded only when something needs them.

    The product cards of a listing are cached per content version under their facts, so a page of
    24 cards whose cards are all cached loads no product at all (at 100,000 products the pages'
    query was a third of the catalogue page's time, bench/pages/README.md). ``load(facts)``
    returns the pages of those facts, in order, annotated as a listing annotates them (a page
    deleted since it was indexed is left out); iterating loads every page, once.
    """

    def __init__(
        self,
        facts: Sequence[CardFacts],
        load: Callable[[Sequence[CardFacts]], list["ProductPage"]],
        titles: Sequence[str] = (),
    ):
        self.facts = list(facts)
        self.titles = list(titles)  # the products' titles as the engine has them, in order
        self._load = load
        self._pages: list[ProductPage] | None = None

    def pages(self, facts: Sequence[CardFacts] | None = None) -> list["ProductPage"]:
        """The pages of ``facts`` (default: all of them; loaded once)."""
        if facts is not None and len(facts) < len(self.facts) and self._pages is None:
            return self._load(facts)
        if self._pages is None:
            self._pages = self._load(self.facts)
        wanted = None if facts is None else {fact.pk for fact in facts}
        return [page for page in self._pages if wanted is None or page.pk in wanted]

    def __len__(self) -> int:
        return len(self.facts)

    def __getitem__(self, index):
        return self.pages()[index]

    def __iter__(self) -> Iterator["ProductPage"]:
        return iter(self.pages())
