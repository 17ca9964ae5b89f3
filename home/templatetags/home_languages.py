"""The language switcher and hreflang links: where each language's version of this address is.

On a Wagtail page: the page's live translation, or that language's home page when there is none.
Elsewhere (search, cart): the same address in the other language. A listing's filters, text,
sort and page travel with the visitor (slugs of regions and groups are the same in every language).
"""

from urllib.parse import urlencode, urlsplit

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from site_config.content_version import cached
from site_config.memo import memoize

from ..models import HomePage

register = template.Library()

# Query parameters of the catalogue and the search that a language switch carries over: the
# filters, the text, the sort and the page. Anything else in the address is left behind.
LISTING_PARAMS = (
    "q",
    "region",
    "group",
    "stars",
    "producer_type",
    "price_min",
    "price_max",
    "in_stock",
    "sort",
    "page",
    "type",
)


def _home_url(language_code):
    home = HomePage.objects.live().filter(locale__language_code=language_code).first()
    return home.url if home else f"/{language_code}/"


def language_links(request, page):
    """One entry per configured language: ``code``, ``name``, ``url``, ``exists`` (hreflang lists
    only the real ones) and ``current``."""
    current = get_language()
    translations = {}
    if isinstance(page, Page):
        # Kept until the content version moves (a publish anywhere): the head and the switcher
        # of every visit ask for them.
        translations = cached(
            f"translations:{page.translation_key}",
            lambda: {
                translation.locale.language_code: translation
                for translation in page.get_translations(inclusive=True).live().public().select_related("locale")
            },
        )
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            translation = translations.get(code)
            url = translation.get_url(request) if translation else _home_url(code)
            exists = translation is not None
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
            if not url.startswith("/") or url.startswith("//"):  # never a link to another host
                url = f"/{code}/"
            exists = True
        links.append({"code": code, "name": name, "url": url, "exists": exists, "current": code == current})
    return links


@register.simple_tag(takes_context=True)
def page_language_links(context):
    """``language_links`` that also keeps a routable page's sub-route (``region/ha-long/``),
    computed once per request (the head and the switcher both use it).

    The locality and group pages are routes of the catalogue page; their slugs are the same in
    every language, so the other language's address is its catalogue page plus the same route.
    """
    page = context.get("page")
    request = context.get("request")

    def links():
        found = language_links(request, page)
        if isinstance(page, Page) and request is not None:
            page_url = page.get_url(request) or ""
            if page_url.startswith(("http://", "https://")):
                page_url = urlsplit(page_url).path
            if page_url and request.path.startswith(page_url) and request.path != page_url:
                suffix = request.path[len(page_url) :]
                for link in found:
                    if link["exists"]:
                        link["url"] = link["url"] + suffix if link["url"].endswith("/") else f"{link['url']}/{suffix}"
        return found

    key = ("language_links", page.pk if isinstance(page, Page) else None, get_language())
    return [dict(link) for link in memoize(request, key, links)]


@register.simple_tag(takes_context=True)
def language_switch_url(context, link):
    """Where a language-switcher entry goes: the translated page with the listing's query
    parameters (filters, text, sort, page) when the translation exists, its home page otherwise.

    Never a link to another host: an address that is not a plain local path (``//host/…``, which
    ``translate_url`` returns unchanged for a request path starting with ``//``) becomes the
    language's home page.
    """
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
