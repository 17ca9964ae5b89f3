"""How the catalogue's listing pages get their products: the one allowed edge towards search.

Layers point one way (``site_config`` ← ``catalogue`` ← ``search``, ``storefront``, ``home``;
import-linter holds it, see pyproject.toml), yet the catalogue index and its locality and group
pages list products through the search's one query path (free text, filters, facets, sort,
pages). So the catalogue states what it needs, :func:`listing_context`, and the search app
provides it: ``SearchConfig.ready`` calls :func:`register_listing` with
``search.listing.catalogue_listing``. The catalogue never imports search.
"""

from django.core.exceptions import ImproperlyConfigured
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404

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
