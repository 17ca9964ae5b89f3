"""Production: every secret and host from the environment; refuses to start without them."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from site_config.site_url import parse_site_url

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False
# Shop: the test payment page that stands in for Stripe Checkout is never mounted in production.
STRIPE_TEST_PAYMENT_PAGE = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith(("dev-only", "test-only", "django-insecure")):
    raise ImproperlyConfigured("SECRET_KEY must be set to a random value of at least 50 characters.")
# SITE_URL (https://ocop.example.vn): the public origin, the one source of absolute URLs.
if not os.environ.get("SITE_URL"):
    raise ImproperlyConfigured("SITE_URL must be set to the site's public origin, e.g. https://ocop.example.vn.")
SITE_URL = parse_site_url(os.environ["SITE_URL"])
WAGTAILADMIN_BASE_URL = SITE_URL  # password-reset and admin e-mail links
# ALLOWED_HOSTS and CSRF_TRUSTED_ORIGINS default from SITE_URL; extra names may be listed.
_site_host = urlsplit(SITE_URL).hostname
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [_site_host]
if "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names (no wildcard).")
if _site_host not in ALLOWED_HOSTS:
    ALLOWED_HOSTS.append(_site_host)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") or [SITE_URL]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# Persistent database connections. Closed after every request (Django's default), each request
# opened a new PostgreSQL connection: a forked backend and a login, ~12 ms of the machine's CPU
# per request, the largest single cost of an order under load (bench/storefront/README.md).
# gunicorn's threads are long-lived, so each keeps one connection (workers × threads, plus the
# task worker); the health check replaces a connection the database dropped before it is used.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "600"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# --- CDN purge on publish (Wagtail's frontend cache) ----------------------------------------
# A CDN or Varnish in front caches public pages; Wagtail purges a page's URLs when it changes.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_BEARER_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
