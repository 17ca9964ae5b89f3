"""Whole public pages for anonymous visitors, cached until the content version moves.

Which requests: GET of a Wagtail page by a visitor with nothing of their own in the session (no
login, no cart, no pending message; a visitor without a session cookie costs no query to check).
Everyone else (editors, buyers with a cart, a visitor who was just told something) gets the page
rendered for them, so the per-visitor parts (cart count, messages, the editor's view) never enter
a cached copy and are never served from one.

What is stored: the HTML the page view produced, under the page's address (path and query
string) and the content version (site_config/content_version.py), which moves after every
publish, unpublish, price, stock, certificate, taxonomy, image or settings change, so the next
request after such a change renders afresh on every app server. Pages under a view restriction,
non-200 answers and responses that set a cookie of their own are not stored.

The one per-visitor string a public page needs, the CSRF token of its forms (add to cart), is
rendered as a placeholder into the stored copy and replaced by the visitor's own token on the way
out (``get_token``, which also makes Django set the visitor's CSRF cookie). No inline script is
involved: the production CSP allows none.

Sits innermost in MIDDLEWARE: sessions, authentication, messages, CSRF, CSP, compression and
rate limits all still apply to a page served from the cache.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import Resolver404, resolve

from . import content_version
from .memo import restricted_pages

CSRF_PLACEHOLDER = "ocop-page-cache-csrf-token"
HEADER = "X-Page-Cache"
MAX_QUERY_LENGTH = 256


def _seconds():
    return getattr(settings, "OCOP_PAGE_CACHE_SECONDS", 0)


def _visitor_has_own_parts(request) -> bool:
    if request.COOKIES.get(settings.SESSION_COOKIE_NAME):
        session = getattr(request, "session", None)
        if session is not None and session.items():
            return True  # logged in, a cart, a message waiting, a page password…
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def _eligible(request) -> bool:
    return (
        _seconds() > 0
        and request.method == "GET"
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH
        and "HTTP_AUTHORIZATION" not in request.META
        and not _visitor_has_own_parts(request)
        and _serves_wagtail_pages(request)
    )


def _serves_wagtail_pages(request) -> bool:
    """Only Wagtail's pages are stored, so only their addresses are looked up: the JSON API, the
    search page, the cart… cost no cache key (and no content version read) here."""
    try:
        match = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return False
    return match.url_name == "wagtail_serve"


# Parts of a page that change with the clock rather than with an edit (the catalogue's "at the
# fair" badge) register a function naming the current period (a string that changes when such a
# part does); the periods are part of the key, so no stored copy outlives its period.
_CLOCK_PERIODS: list = []


def vary_on_clock(period) -> None:
    """Key stored pages on ``period()`` too (called once per eligible request)."""
    if period not in _CLOCK_PERIODS:
        _CLOCK_PERIODS.append(period)


def _key(request):
    address = hashlib.sha1(f"{request.get_host()}|{request.get_full_path()}".encode()).hexdigest()
    clock = "".join(f":{period()}" for period in _CLOCK_PERIODS)
    return f"ocop:page:cv{content_version.current()}{clock}:{address}"


def csrf_placeholder(request):
    """Context processor: while a page is rendered for the cache, its forms carry a placeholder."""
    if getattr(request, "_ocop_page_cache_store", False):
        return {"csrf_token": CSRF_PLACEHOLDER}
    return {}


def _served_page_is_public(request) -> bool:
    route = getattr(request, "_wagtail_route_for_request", None)
    page = getattr(route, "page", None) if route else None
    if page is None:
        return False
    return not any(page.path.startswith(restricted.path) for restricted in restricted_pages())


def _with_token(request, content: bytes) -> bytes:
    if CSRF_PLACEHOLDER.encode() in content:
        content = content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())
    return content


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _eligible(request):
            return self.get_response(request)
        key = _key(request)
        cache = caches["pages"]
        entry = cache.get(key)
        if entry is not None:
            response = HttpResponse(_with_token(request, entry["content"]), status=200)
            for name, value in entry["headers"]:
                response[name] = value
            response[HEADER] = "hit"
            return response

        request._ocop_page_cache_store = True
        response = self.get_response(request)
        request._ocop_page_cache_store = False
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith("text/html")
            and getattr(request, "resolver_match", None) is not None
            and request.resolver_match.url_name == "wagtail_serve"
            and _served_page_is_public(request)
        ):
            headers = [(name, value) for name, value in response.headers.items() if name.lower() != "set-cookie"]
            cache.set(key, {"content": response.content, "headers": headers}, _seconds())
            response[HEADER] = "miss"
        if hasattr(response, "content") and not response.streaming:
            response.content = _with_token(request, response.content)
        return response
