"""Template helpers used across the site: languages, money, stars, navigation, JSON-LD."""

import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from ..content_version import cached
from ..i18n import localized_many
from ..money import format_vnd
from ..request_memo import memoized

register = template.Library()


def _home_url(language_code):
    from home.models import HomePage

    home = HomePage.objects.live().filter(locale__language_code=language_code).first()
    return home.url if home else f"/{language_code}/"


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per configured language: where the switcher sends the visitor.

    On a Wagtail page: the same page's live translation, or that language's home page when
    there is none (``exists`` tells hreflang which ones are real). Elsewhere (search, cart):
    the same URL in the other language.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translations = {}
    if isinstance(page, Page):
        translations = cached(f"translations:{page.translation_key}", lambda: {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().public().select_related("locale")
        })
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


@register.filter
def vnd(amount):
    return format_vnd(amount)


@register.filter
def localized(obj):
    return getattr(obj, "localized", obj)


@register.inclusion_tag("includes/stars.html")
def star_rating(stars, size="md"):
    stars = stars or 0
    return {"stars": stars, "range": range(1, 6), "size": size}


@register.simple_tag(takes_context=True)
def navigation(context, which="header_links"):
    """Menu links from the navigation setting, each in the visitor's language."""

    request = context.get("request")
    if request is None:
        return []
    # Header and footer both ask on every page: built once per site, language and content version.
    from wagtail.models import Site

    site = Site.find_for_request(request)
    name = f"navigation:{site.pk if site else 0}:{which}:{get_language()}"
    return memoized(name, lambda: cached(name, lambda: _navigation(request, which)))


def _navigation(request, which):
    from ..models import NavigationSettings

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
def json_ld(context, data):
    """Embed schema.org data safely (no </script> break-out)."""
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.simple_tag
def active_locale():
    return Locale.get_active()


@register.filter
def lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
