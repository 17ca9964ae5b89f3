"""Site navigation: the editors' menus and the fixed sections (home, catalogue, producers, search)."""

from django import template
from django.utils.translation import get_language

from catalogue.models import CatalogueIndexPage, ProducerIndexPage
from site_config.i18n import localized_many
from site_config.memo import memoize, request_locale
from site_config.models import NavigationSettings

from ..models import HomePage

register = template.Library()


@register.simple_tag(takes_context=True)
def navigation(context, which="header_links"):
    """Menu links from the navigation setting, each in the visitor's language."""
    request = context.get("request")
    nav = NavigationSettings.for_request(request) if request else None
    if not nav:
        return []
    blocks = [block.value for block in getattr(nav, which) if block.value["page"] is not None]
    pages = localized_many([value["page"] for value in blocks])
    return [
        {"url": page.get_url(request), "title": value["label"] or page.title, "page": page}
        for value, page in zip(blocks, pages, strict=True)
        if page.live
    ]


@register.simple_tag(takes_context=True)
def site_sections(context):
    """Links to the home page, catalogue, producers and search of the active language (once per request).

    Used when the editors have not filled in the header navigation yet, and by templates that
    are not pages (search, cart) but still link to the catalogue.
    """
    request = context.get("request")
    language = get_language() or "vi"

    def sections():
        found = {"home": f"/{language}/", "catalogue": None, "producers": None, "search": f"/{language}/search/",
                 "catalogue_page": None}
        locale = request_locale(request)
        home = HomePage.objects.live().filter(locale=locale).first()
        catalogue = CatalogueIndexPage.objects.live().filter(locale=locale).first()
        producers = ProducerIndexPage.objects.live().filter(locale=locale).first()
        if home:
            found["home"] = home.get_url(request)
        if catalogue:
            found["catalogue"] = catalogue.get_url(request)
            found["catalogue_page"] = catalogue
        if producers:
            found["producers"] = producers.get_url(request)
        return found

    return memoize(request, ("site_sections", language), sections)
