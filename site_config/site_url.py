"""``SITE_URL``: the one source of the site's absolute addresses.

Canonical and hreflang links, Open Graph, JSON-LD, the API's links, robots.txt, customer
e-mails, password-reset links (``WAGTAILADMIN_BASE_URL``) and Stripe's return addresses are all
built here from ``settings.SITE_URL``, never from the request's Host header. The Wagtail Site
record (what the sitemap and ``page.get_full_url`` use) gets its host name and port from the same
setting through ``manage.py bootstrap_site`` (see ``home/setup.py``).

This module imports nothing of the project: any layer may use it.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_site_url(value: str) -> str:
    """``value`` checked and normalised (no trailing slash); ImproperlyConfigured when unusable.

    An origin only: scheme http or https, a host name, an optional port, no path, query or
    credentials (``https://ocop.example.vn``, ``http://127.0.0.1:8000``). A Wagtail Site record
    cannot say "https on port 8443" (its root_url is https only on 443), so that is refused too.
    """
    value = (value or "").strip().rstrip("/")
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError as exc:
        raise ImproperlyConfigured(f"SITE_URL {value!r} is not a valid URL: {exc}") from exc
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(
            f"SITE_URL must be the site's public origin, such as https://ocop.example.vn (got {value!r})."
        )
    if parts.path or parts.query or parts.fragment or parts.username or parts.password:
        raise ImproperlyConfigured(f"SITE_URL must be an origin without a path or credentials (got {value!r}).")
    if parts.scheme == "https" and port not in (None, 443):
        raise ImproperlyConfigured("SITE_URL with https must use the default port 443.")
    if parts.scheme == "http" and port == 443:
        raise ImproperlyConfigured("SITE_URL with port 443 must use https.")
    return value


def site_url() -> str:
    """The public origin, e.g. ``https://ocop.example.vn`` (no trailing slash)."""
    return settings.SITE_URL.rstrip("/")


def site_host() -> str:
    """The host name of ``SITE_URL`` (no port): what ALLOWED_HOSTS must accept."""
    return urlsplit(site_url()).hostname or ""


def site_record_address() -> tuple[str, int]:
    """(hostname, port) for the Wagtail Site record, so that its root_url equals ``SITE_URL``."""
    parts = urlsplit(site_url())
    return parts.hostname or "localhost", parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def absolute_url(url: str) -> str:
    """``url`` (a path such as ``/vi/san-pham/``) on ``SITE_URL``; absolute URLs are returned as they are.

    A scheme-relative ``//host/path`` is never trusted as a host: it stays a path on the site.
    """
    if not url:
        return ""
    if url.startswith(("http://", "https://")):
        return url
    return site_url() + "/" + url.lstrip("/")
