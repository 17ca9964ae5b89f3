"""Small presentation helpers for the public templates (base.html and the page templates).

Everything here is read-only and safe to call on any view: a Wagtail page, a routable sub-page,
the search page, the cart or an error page where most of the context is missing.
"""

import re

from django import template
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from .. import content_version
from ..site_url import absolute_url as site_absolute_url
from .ocop import json_ld

register = template.Library()

def _active_locale(request):
    """Locale.get_active() once per request and language (it is a query every time otherwise)."""
    language = get_language() or ""
    cache_name = f"_ui_locale_{language}"
    if request is not None and hasattr(request, cache_name):
        return getattr(request, cache_name)
    locale = Locale.get_active()
    if request is not None:
        setattr(request, cache_name, locale)
    return locale


OG_LOCALES = {"vi": "vi_VN", "en": "en_US", "ko": "ko_KR", "ja": "ja_JP", "zh-hans": "zh_CN", "ru": "ru_RU", "th": "th_TH"}


@register.simple_tag(takes_context=True)
def seo_page(context):
    """The context's ``page`` when it is a Wagtail page (search views may use ``page`` otherwise)."""
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def page_json_ld(context, page=None):
    """schema.org JSON-LD of the page, from ``page.structured_data(request)`` when it has one."""
    page = page or context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return ""
    builder = getattr(page.specific, "structured_data", None)
    if not callable(builder):
        return ""
    return json_ld(context, builder(request))


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` made absolute on SITE_URL (canonical, hreflang, Open Graph), never on the request's Host."""
    return site_absolute_url(url)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The request's own address without query parameters, except a page number beyond 1."""
    request = context.get("request")
    if request is None:
        return ""
    url = site_absolute_url(request.path)
    page_number = request.GET.get("page", "")[:6]
    if page_number.isascii() and page_number.isdigit() and int(page_number) > 1:  # "²".isdigit() is True
        url += f"?page={int(page_number)}"
    return url


@register.filter
def og_locale(language_code):
    return OG_LOCALES.get(language_code or "", (language_code or "").replace("-", "_"))


@register.simple_tag(takes_context=True)
def site_sections(context):
    """Links to the catalogue, producers and search of the active language (once per request).

    Used when the editors have not filled in the header navigation yet, and by templates that
    are not pages (search, cart) but still link to the catalogue.
    """
    return sections_for(context.get("request"))


def sections_for(request):
    """``site_sections`` for Python callers (the home page's context)."""
    language = get_language() or "vi"
    cache_name = f"_ui_sections_{language}"
    if request is not None and hasattr(request, cache_name):
        return getattr(request, cache_name)

    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None
    sections = content_version.cached(f"sections:{site.pk if site else 0}:{language}",
                                      lambda: _find_sections(request, language))
    if request is not None:
        setattr(request, cache_name, sections)
    return sections


def _find_sections(request, language):
    from catalogue.models import CatalogueIndexPage, ProducerIndexPage
    from home.models import HomePage

    sections = {"home": f"/{language}/", "catalogue": None, "producers": None, "search": f"/{language}/search/",
                "catalogue_page": None}
    locale = _active_locale(request)
    # One query for the three section pages (plain Page rows are enough for their URLs).
    found = {}
    for page in (Page.objects.live().filter(locale=locale).type(HomePage, CatalogueIndexPage, ProducerIndexPage)
                 .order_by("path")):
        found.setdefault(page.specific_class, page)
    home, catalogue, producers = (found.get(model) for model in (HomePage, CatalogueIndexPage, ProducerIndexPage))
    if home:
        sections["home"] = home.get_url(request)
    if catalogue:
        sections["catalogue"] = catalogue.get_url(request)
        sections["catalogue_page"] = catalogue.specific_deferred  # routablepageurl needs the class
    if producers:
        sections["producers_page"] = producers.specific_deferred
    if producers:
        sections["producers"] = producers.get_url(request)
    return sections


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current query string with some parameters replaced (``None``/empty removes them)."""
    request = context.get("request")
    params = request.GET.copy() if request is not None else None
    if params is None:
        from django.http import QueryDict

        params = QueryDict(mutable=True)
    params.pop("fragment", None)  # set by the search page's script for partial reloads, never in links
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def image_alt(image):
    """Alternative text of an image: its description when it has one, else its title."""
    if not image:
        return ""
    if isinstance(image, str):
        return image
    # ImageBlock values carry the editor's alt text for this use of the image.
    contextual = getattr(image, "contextual_alt_text", None)
    if contextual and not getattr(image, "decorative", False):
        return contextual
    return getattr(image, "description", "") or getattr(image, "title", "") or ""


@register.filter
def stock_level(stock):
    """'out', 'low' (1–5) or 'in': how much to say about a variant's stock."""
    stock = stock or 0
    if stock <= 0:
        return "out"
    if stock <= 5:
        return "low"
    return "in"


@register.simple_tag(takes_context=True)
def term(context, obj):
    """The name of a region or product group in the visitor's language.

    Same result as ``{{ obj|localized }}`` but one query per model per request instead of
    one or two per object: listings show a region and a group on every card.
    """
    if obj is None:
        return ""
    request = context.get("request")
    language = get_language() or ""
    model = type(obj)
    cache_name = "_ui_terms"
    cache = getattr(request, cache_name, None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            setattr(request, cache_name, cache)
    key = (model._meta.label, language)
    names = cache.get(key)
    if names is None:
        locale = _active_locale(request)
        names = content_version.cached(f"terms:{model._meta.label}:{locale.pk}", lambda: dict(
            model.objects.filter(locale=locale).values_list("translation_key", "name")))
        cache[key] = names
    return names.get(getattr(obj, "translation_key", None)) or str(obj)


@register.simple_tag(takes_context=True)
def filter_options(context):
    """Choices for the catalogue filter form: localities and product groups (with sub-groups)
    as (slug, name in the visitor's language, depth), and the star levels."""

    request = context.get("request")
    active = _active_locale(request)
    # Four queries of taxonomy that changes rarely: kept until the content version moves.
    return content_version.cached(f"filter-options:{active.pk}", lambda: _filter_options(active))


def _filter_options(active):
    from catalogue.models import ProductGroup, Region
    from catalogue.queries import STAR_CHOICES, localities

    def names(model):
        return dict(model.objects.filter(locale=active).values_list("translation_key", "name"))

    region_names, group_names = names(Region), names(ProductGroup)
    regions = [(r.slug, region_names.get(r.translation_key, r.name), 0) for r in localities()]
    groups = []
    default = Locale.get_default()
    all_groups = list(ProductGroup.objects.filter(locale=default).order_by("sort_order", "name"))
    children = {}
    for g in all_groups:
        children.setdefault(g.parent_id, []).append(g)

    def walk(parent_id, depth):
        for g in children.get(parent_id, []):
            groups.append((g.slug, group_names.get(g.translation_key, g.name), depth))
            if depth < 2:
                walk(g.pk, depth + 1)

    walk(None, 0)
    return {"regions": regions, "groups": groups, "stars": STAR_CHOICES}


@register.simple_tag(takes_context=True)
def page_language_links(context):
    """``language_links`` that also keeps a routable page's sub-route (``region/ha-long/``),
    computed once per request (the head and the switcher both use it).

    The locality and group pages are routes of the catalogue page; their slugs are the same in
    every language, so the other language's address is its catalogue page plus the same route.
    """
    from .ocop import language_links

    page = context.get("page")
    request = context.get("request")
    cache_name = "_ui_language_links"
    cached = getattr(request, cache_name, None) if request is not None else None
    if cached is not None and cached[0] is page:
        return [dict(link) for link in cached[1]]
    links = language_links(context)
    if isinstance(page, Page) and request is not None:
        page_url = page.get_url(request) or ""
        if page_url.startswith(("http://", "https://")):
            from urllib.parse import urlsplit

            page_url = urlsplit(page_url).path
        if page_url and request.path.startswith(page_url) and request.path != page_url:
            suffix = request.path[len(page_url):]
            for link in links:
                if link["exists"]:
                    link["url"] = link["url"] + suffix if link["url"].endswith("/") else f"{link['url']}/{suffix}"
    if request is not None:
        setattr(request, cache_name, (page, [dict(link) for link in links]))
    return links


@register.simple_tag
def sort_choices():
    """(value, label) of the catalogue's sort orders (the search app's)."""
    from search.params import SORTS

    return list(SORTS.items())


_YOUTUBE = re.compile(r"(?:youtube(?:-nocookie)?\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/|live/)|youtu\.be/)([A-Za-z0-9_-]{11})")
_VIMEO = re.compile(r"vimeo\.com/(?:video/)?(\d+)")


@register.filter
def video_embed_url(url):
    """The privacy-friendly player address of a YouTube or Vimeo link, or "".

    Building the iframe ourselves avoids an oEmbed request to the provider while the page
    renders (slow, and a stall when the provider cannot be reached); the browser loads the
    player lazily, from the hosts the Content-Security-Policy allows in frame-src.
    """
    url = str(url or "")
    match = _YOUTUBE.search(url)
    if match:
        return f"https://www.youtube-nocookie.com/embed/{match.group(1)}"
    match = _VIMEO.search(url)
    if match:
        return f"https://player.vimeo.com/video/{match.group(1)}?dnt=1"
    return ""
