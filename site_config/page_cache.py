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
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve

from . import content_version
from .memo import restricted_pages

CSRF_PLACEHOLDER = "ocop-page-cache-csrf-token"
HEADER = "X-Page-Cache"
MAX_QUERY_LENGTH = 256


def _seconds():
    return getattr(settings, "OCOP_PAGE_CACHE_SECONDS", 0)


@dataclass(frozen=True)
class VisitorPart:
    placeholder: bytes
    render: Callable  # (request) -> str: the part's HTML for this visitor


_VISITOR_PARTS: dict[str, VisitorPart] = {}
# The session keys a visitor may hold and still get stored pages: those the parts show, and those
# no page shows.
_SESSION_KEYS_HANDLED: set[str] = set()


def visitor_part(name: str, render: Callable, session_keys=()) -> None:
    """Register a visitor part: ``render(request)`` gives its HTML for the visitor (it may consume
    what it shows, as messages are), ``session_keys`` are what it reads from the session."""
    _VISITOR_PARTS[name] = VisitorPart(f"<!--ocop-visitor-part:{name}-->".encode(), render)
    _SESSION_KEYS_HANDLED.update(session_keys)


def messages_html(request) -> str:
    """The "messages" part: what the site has to tell this visitor, shown once (it consumes them)."""
    return render_to_string("includes/messages.html", {"messages": get_messages(request)})


def session_keys_not_shown(*keys: str) -> None:
    """Session keys that no page shows: a visitor holding them still gets stored pages."""
    _SESSION_KEYS_HANDLED.update(keys)


def storing(request) -> bool:
    """Whether this request's page is being rendered for the cache (parts become placeholders)."""
    return getattr(request, "_ocop_page_cache_store", False)


def render_part(name: str, request) -> str:
    """The ``{% visitor_part %}`` tag: the placeholder while storing, else the visitor's own part."""
    part = _VISITOR_PARTS[name]
    if request is not None and storing(request):
        return part.placeholder.decode()
    return part.render(request) if request is not None else ""


def _fill_parts(request, content: bytes) -> bytes:
    for part in _VISITOR_PARTS.values():
        if part.placeholder in content:
            content = content.replace(part.placeholder, part.render(request).encode())
    return content


def _visitor_has_own_parts(request) -> bool:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    if request.COOKIES.get(settings.SESSION_COOKIE_NAME):
        session = getattr(request, "session", None)
        if session is not None:
            return not _SESSION_KEYS_HANDLED.issuperset(session.keys())  # a login, a page password, a notice…
    return False


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
    if storing(request):
        return {"csrf_token": CSRF_PLACEHOLDER}
    return {}


def _served_page_is_public(request) -> bool:
    route = getattr(request, "_wagtail_route_for_request", None)
    page = getattr(route, "page", None) if route else None
    if page is None:
        return False
    return not any(page.path.startswith(restricted.path) for restricted in restricted_pages())


def _for_visitor(request, content: bytes) -> bytes:
    """A stored or just-stored page made the visitor's: their CSRF token and their own parts."""
    if CSRF_PLACEHOLDER.encode() in content:
        content = content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())
    return _fill_parts(request, content)


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
            response = HttpResponse(_for_visitor(request, entry["content"]), status=200)
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
            response.content = _for_visitor(request, response.content)
        return response
