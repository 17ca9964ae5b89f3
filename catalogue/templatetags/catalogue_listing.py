"""Helpers of the product listings (catalogue, locality and group pages, search results)."""

from django import template

register = template.Library()

FILTER_NAMES = ("region", "group", "stars", "producer_type", "in_stock")

# Query parameters of the catalogue and the search that a language switch carries over: the
# filters, the text, the sort and the page (slugs of regions and groups are the same in every
# language). Anything else in the address is left behind.
LISTING_PARAMS = ("q", "region", "group", "stars", "producer_type", "price_min", "price_max", "in_stock", "sort",
                  "page", "type")


@register.simple_tag
def active_filter_count(filters, *presets):
    """How many filters narrow a listing (a locality's or group's own page counts as one)."""
    count = sum(1 for preset in presets if preset)
    if filters is None:
        return count
    count += sum(1 for name in FILTER_NAMES if getattr(filters, name, None))
    if getattr(filters, "price_min", None) is not None or getattr(filters, "price_max", None) is not None:
        count += 1
    return count


@register.simple_tag(takes_context=True)
def language_switch_url(context, link):
    """Where a language-switcher entry goes: the translated page with the listing's query
    parameters (filters, text, sort, page) when the translation exists, its home page otherwise.

    Never a link to another host: an address that is not a plain local path (``//host/…``, which
    ``translate_url`` returns unchanged for a request path starting with ``//``) becomes the
    language's home page.
    """
    from urllib.parse import urlencode, urlsplit

    url = str(link.get("url") or "")
    code = link.get("code", "")
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        path = url.split("?", 1)[0].split("#", 1)[0]
    elif url.startswith("/") and not url.startswith("//") and "\\" not in url:
        path = parts.path
    else:
        return f"/{code}/"
    request = context.get("request")
    if not link.get("exists") or request is None:
        return path
    params = [(key, value) for key in LISTING_PARAMS for value in request.GET.getlist(key) if value != ""]
    return f"{path}?{urlencode(params)}" if params else path
