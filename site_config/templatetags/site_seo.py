"""The head of every page: canonical and absolute addresses on SITE_URL, Open Graph, JSON-LD.

Safe on any view: a Wagtail page, a routable sub-page, the search page, the cart or an error
page where most of the context is missing.
"""

import json

from django import template
from django.http import QueryDict
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from ..content_version import cached
from ..seo import breadcrumb_ld
from ..site_url import absolute_url as site_absolute_url

register = template.Library()

OG_LOCALES = {
    "vi": "vi_VN",
    "en": "en_US",
    "ko": "ko_KR",
    "ja": "ja_JP",
    "zh-hans": "zh_CN",
    "ru": "ru_RU",
    "th": "th_TH",
}


@register.simple_tag(takes_context=True)
def seo_page(context):
    """The context's ``page`` when it is a Wagtail page (search views may use ``page`` otherwise)."""
    page = context.get("page")
    return page if isinstance(page, Page) else None


def json_ld_script(data):
    """A script element carrying schema.org data, safe against a </script> break-out."""
    if not data:
        return ""
    payload = (
        json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


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
    return json_ld_script(builder(request))


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page, extra_crumb=None):
    """The breadcrumbs of ``page`` as ``[{"name", "url"}, …]``, home first, the current one last
    (``url`` None): what includes/breadcrumbs.html shows and its BreadcrumbList says, one source."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    # The ancestors' titles and addresses, kept per content version (a publish, a move or a new
    # slug raises it) and site (an address is relative on its own site).
    ancestors = cached(
        f"ancestors:{page.pk}:{site.pk if site else 0}",
        lambda: [(a.depth, a.title, a.get_url(request)) for a in page.get_ancestors().filter(depth__gt=1)],
    )
    crumbs = [{"name": _("Home") if depth == 2 else title, "url": url} for depth, title, url in ancestors]
    if extra_crumb:
        crumbs.append({"name": page.title, "url": page.get_url(request)})
        crumbs.append({"name": str(extra_crumb), "url": None})
    else:
        crumbs.append({"name": page.title, "url": None})
    return crumbs


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context, crumbs):
    """BreadcrumbList JSON-LD of a :func:`breadcrumb_trail` (the current page by its own address)."""
    request = context.get("request")
    items = [(c["name"], c["url"] or (request.path if request else None)) for c in crumbs]
    return json_ld_script(breadcrumb_ld(items))


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` made absolute on SITE_URL (canonical, hreflang, Open Graph), never on the request's Host."""
    return site_absolute_url(url)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The request's own address on SITE_URL without query parameters, except those that change
    what the page shows: a page number beyond 1 and, on a listing, the filters the view names in
    ``canonical_parameters`` (in that order). So a filtered listing's page 2 is its own canonical,
    never the unfiltered page 2; tracking and ``fragment`` parameters are dropped."""
    request = context.get("request")
    if request is None:
        return ""
    url = site_absolute_url(request.path)
    query = QueryDict(mutable=True)
    for name in context.get("canonical_parameters") or ():
        values = [value for value in request.GET.getlist(name) if value]
        if values:
            query.setlist(name, values)
    page_number = request.GET.get("page", "")[:6]
    if page_number.isascii() and page_number.isdigit() and int(page_number) > 1:  # "²".isdigit() is True
        query["page"] = str(int(page_number))
    if query:
        url += "?" + query.urlencode()
    return url


@register.filter
def og_locale(language_code):
    return OG_LOCALES.get(language_code or "", (language_code or "").replace("-", "_"))
