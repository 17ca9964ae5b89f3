"""Rate limits: how often one client may use an endpoint that costs us work, stock or e-mail.

One mechanism for the whole site. ``RateLimitMiddleware`` looks up the URL name a request
resolved to in ``RULES``; each rule names a scope whose limit, ``(requests, seconds)``, is in
``settings.OCOP_RATE_LIMITS`` (README, "Abuse resistance"). Counters live in Django's cache
(``settings.OCOP_RATE_LIMIT_CACHE``: Redis through ``CACHE_URL`` when several app servers share
the counts, the local-memory cache of one process otherwise). Over the limit the client gets a
429 with ``Retry-After`` and a message in its language: JSON for the API and for requests that
ask for JSON, an HTML page otherwise.

Counting is a fixed window per scope and client (``cache.add`` then ``cache.incr``, atomic on
Redis and in local memory); a client can at most double a limit across a window boundary,
which is acceptable for the purpose: bounding a burst, not metering.

Who is "the client": ``client_ip``. By default the TCP peer (``REMOTE_ADDR``). Behind a reverse
proxy or load balancer every request would seem to come from the proxy, so set
``OCOP_TRUSTED_PROXY_HEADER`` (e.g. ``X-Forwarded-For``) and ``OCOP_TRUSTED_PROXY_COUNT`` (how
many proxies of ours append to it): the client is the address that many entries from the right,
the one our own outermost proxy saw. Entries further left are written by the client and never
trusted. Never set the header when the app is reachable without the proxy: anyone could then
choose their own address. IPv6 clients are counted per /64 network, since one host commonly
owns a whole /64. django-axes (admin login lockout) uses the same ``client_ip``.
"""

import ipaddress
import math
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import caches
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import ngettext


def client_ip(request) -> str | None:
    """The client's IP address as this deployment can know it (see the module docstring), or
    None when there is none (a request built by code rather than received)."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    header = getattr(settings, "OCOP_TRUSTED_PROXY_HEADER", "")
    candidate = remote
    if header:
        meta_name = "HTTP_" + header.upper().replace("-", "_")
        hops = [hop.strip() for hop in request.META.get(meta_name, "").split(",") if hop.strip()]
        count = max(1, int(getattr(settings, "OCOP_TRUSTED_PROXY_COUNT", 1)))
        if len(hops) >= count:
            candidate = hops[-count]
    for value in (candidate, remote):
        try:
            return str(ipaddress.ip_address(value.strip("[]")))
        except ValueError:
            continue
    return None


def client_key(request) -> str:
    """What the counters are keyed on: the IPv4 address, or the /64 network of an IPv6 address."""
    ip = client_ip(request)
    if ip is None:
        return "unknown"
    address = ipaddress.ip_address(ip)
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def _placed_an_order(response) -> bool:
    # The checkout answers a placed order (or a repeated submit of one) with a redirect to the
    # order page or to Stripe; a form error is a 4xx page, an empty cart a redirect to the cart.
    return response.status_code in (301, 302, 303) and "/cart/" not in response.get("Location", "")


@dataclass(frozen=True)
class Rule:
    scope: str
    url_names: frozenset
    methods: frozenset
    # Requests over the limit are refused either way; when set, only responses for which this
    # is true use up the allowance (e.g. only checkouts that placed an order).
    counts: object = field(default=None)
    # When set, the rule applies only to requests for which this is true.
    applies: object = field(default=None)


def _checkout_refresh(request) -> bool:
    # The checkout re-rendered for a new country or province (no order, nothing judged): a
    # keyboard user arrowing through the province list sends one per key, so these have their
    # own, looser allowance instead of using up the checkout's.
    return "refresh" in request.POST


RULES = (
    Rule("order_placement", frozenset({"storefront:checkout"}), frozenset({"POST"}), counts=_placed_an_order),
    Rule(
        "checkout",
        frozenset({"storefront:checkout"}),
        frozenset({"POST"}),
        applies=lambda request: not _checkout_refresh(request),
    ),
    Rule("checkout_refresh", frozenset({"storefront:checkout"}), frozenset({"POST"}), applies=_checkout_refresh),
    Rule(
        "cart",
        frozenset({"storefront:cart_add", "storefront:cart_update", "storefront:cart_remove"}),
        frozenset({"POST"}),
    ),
    Rule(
        "order_pages",
        frozenset({"storefront:order_detail", "storefront:order_paid", "storefront:order_pay"}),
        frozenset({"GET", "HEAD", "POST"}),
    ),
    Rule("search", frozenset({"search_api", "search_suggest", "search"}), frozenset({"GET", "HEAD"})),
    Rule("login", frozenset({"wagtailadmin_login"}), frozenset({"POST"})),
    Rule("wholesale_enquiry", frozenset({"catalogue:wholesale_enquiry"}), frozenset({"POST"})),
    # Traceability stamps: each look-up may count a scan; bounds guessing codes too.
    Rule("stamp_verify", frozenset({"stamps:verify", "stamps:verify_code"}), frozenset({"GET", "HEAD"})),
    Rule(
        "password_reset",
        frozenset({"wagtailadmin_password_reset", "wagtailadmin_password_reset_confirm"}),
        frozenset({"POST"}),
    ),
)
JSON_URL_NAMES = frozenset({"search_api", "search_suggest"})


def _limit(scope):
    requests, seconds = settings.OCOP_RATE_LIMITS[scope]
    return int(requests), int(seconds)


def _cache():
    return caches[getattr(settings, "OCOP_RATE_LIMIT_CACHE", "default")]


def _window(scope, client, now):
    requests, seconds = _limit(scope)
    index = int(now // seconds)
    key = f"ratelimit:{scope}:{client}:{index}"
    retry_after = max(1, math.ceil((index + 1) * seconds - now))
    return key, requests, seconds, retry_after


def count_hit(scope: str, client: str, now: float | None = None) -> int | None:
    """Count one use of ``scope`` by ``client``; None if allowed, else seconds until it is again."""
    now = time.time() if now is None else now
    key, requests, seconds, retry_after = _window(scope, client, now)
    cache = _cache()
    cache.add(key, 0, timeout=seconds + 1)
    try:
        used = cache.incr(key)
    except ValueError:  # the window expired between add and incr
        cache.set(key, 1, timeout=seconds + 1)
        used = 1
    return retry_after if used > requests else None


def exhausted(scope: str, client: str, now: float | None = None) -> int | None:
    """Like ``count_hit`` without counting: None if there is allowance left."""
    now = time.time() if now is None else now
    key, requests, _seconds, retry_after = _window(scope, client, now)
    return retry_after if (_cache().get(key) or 0) >= requests else None


def too_many_requests(request, retry_after: int, *, as_json: bool = False):
    """The 429 answer, in the visitor's language."""
    message = ngettext(
        "Too many requests. Please wait %(seconds)d second and try again.",
        "Too many requests. Please wait %(seconds)d seconds and try again.",
        retry_after,
    ) % {"seconds": retry_after}
    if as_json:
        response = JsonResponse({"error": message, "retry_after": retry_after}, status=429)
    else:
        response = render(request, "429.html", {"message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


class RateLimitMiddleware:
    """Applies ``RULES`` once the URL is resolved (after sessions, locale and authentication)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        for rule in getattr(request, "_ratelimit_deferred", ()):
            if rule.counts(response):
                count_hit(rule.scope, request._ratelimit_client)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(settings, "OCOP_RATE_LIMITS_ENABLED", True):
            return None
        match = request.resolver_match
        name = match.view_name if match else None
        rules = [
            rule
            for rule in RULES
            if name in rule.url_names
            and request.method in rule.methods
            and (rule.applies is None or rule.applies(request))
        ]
        if not rules:
            return None
        client = request._ratelimit_client = client_key(request)
        deferred = []
        for rule in rules:
            if rule.counts is not None:
                retry_after = exhausted(rule.scope, client)
                deferred.append(rule)
            else:
                retry_after = count_hit(rule.scope, client)
            if retry_after is not None:
                as_json = name in JSON_URL_NAMES or "application/json" in request.headers.get("Accept", "")
                return too_many_requests(request, retry_after, as_json=as_json)
        request._ratelimit_deferred = deferred
        return None
