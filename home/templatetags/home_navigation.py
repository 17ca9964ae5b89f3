"""Site navigation: the editors' menus and the fixed sections (home, catalogue, producers, search)."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page, Site

from catalogue.models import CatalogueIndexPage, ProducerIndexPage
from site_config.content_version import cached
from site_config.i18n import localized_many
from site_config.memo import memoize, request_locale
from site_config.models import NavigationSettings

from ..models import HomePage

register = template.Library()


@register.simple_tag(takes_context=True)
def navigation(context, which="header_links"):
    """Menu links from the navigation setting, each in the visitor's language.

    Header and footer both ask on every page: built once per site, language and content version
    (site_config.content_version), and once per request."""
    request = context.get("request")
    if request is None:
        return []
    site = Site.find_for_request(request)
    name = f"navigation:{site.pk if site else 0}:{which}:{get_language()}"
    return memoize(request, ("navigation", name), lambda: cached(name, lambda: _navigation(request, which)))


def _navigation(request, which):
    nav = NavigationSettings.for_request(request)
    if not nav:
        return []
    blocks = [block.value for block in getattr(nav, which) if block.value["page"] is not None]
    pages = localized_many([value["page"] for value in blocks])
    return [
        {"url": page.get_url(request), "title": value["label"] or page.title}
        for value, page in zip(blocks, pages, strict=True)
        if page.live
    ]


@register.simple_tag(takes_context=True)
def site_sections(context):
    """Links to the home page, catalogue, producers and search of the active language (once per request).

    Used when the editors have not filled in the header navigation yet, and by templates that
    are not pages (search, cart) but still link to the catalogue.
    """
    return sections_for(context.get("request"))


def sections_for(request):
    """``site_sections`` for Python callers (the home page's context): once per request, and
    kept until the content version moves."""
    language = get_language() or "vi"
    site = Site.find_for_request(request) if request is not None else None

    def sections():
        found = {
            "home": f"/{language}/",
            "catalogue": None,
            "producers": None,
            "search": f"/{language}/search/",
            "catalogue_page": None,
            "producers_page": None,
        }
        locale = request_locale(request)
        # One query for the three section pages (plain Page rows are enough for their URLs).
        pages = {}
        for page in (
            Page.objects.live()
            .filter(locale=locale)
            .type(HomePage, CatalogueIndexPage, ProducerIndexPage)
            .order_by("path")
        ):
            pages.setdefault(page.specific_class, page)
        home, catalogue, producers = (pages.get(model) for model in (HomePage, CatalogueIndexPage, ProducerIndexPage))
        if home:
            found["home"] = home.get_url(request)
        if catalogue:
            found["catalogue"] = catalogue.get_url(request)
            found["catalogue_page"] = catalogue.specific_deferred  # routablepageurl needs the class
        if producers:
            found["producers"] = producers.get_url(request)
            found["producers_page"] = producers.specific_deferred
        return found

    name = f"sections:{site.pk if site else 0}:{language}"
    return memoize(request, ("site_sections", language), lambda: cached(name, sections))
