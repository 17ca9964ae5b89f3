"""Tests: PostgreSQL (DATABASE_URL), a real Elasticsearch node (ELASTICSEARCH_URL) and
stripe-mock (STRIPE_API_BASE), all started by `make test`; locmem email; fast hashing."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production-0123456789abcdef"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
TEMPLATES[0]["OPTIONS"]["debug"] = True  # noqa: F405
ALLOWED_HOSTS = ["*"]
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"  # the test client's host

# Search: tests use their own index names, so they never touch a development index (two test runs
# sharing one node set ELASTICSEARCH_TEST_INDEX_PREFIX apart), and retry Elasticsearch on every
# request (outage tests switch the backend off and on again).
if WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.backend":  # noqa: F405
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = os.environ.get(  # noqa: F405
        "ELASTICSEARCH_TEST_INDEX_PREFIX", "ocoptest_"
    )
OCOP_SEARCH_RETRY_AFTER = 0
# The live server of browser tests listens on a random port.
OCOP_ALLOWED_HOST_PORTS = ["*"]
# Caches keyed on the content version (site_config/content_version.py, page_cache.py) are off:
# the version moves on commit, which a test inside one transaction never reaches. The tests of
# those caches turn them on and run the commit callbacks.
OCOP_CONTENT_CACHE_SECONDS = 0
OCOP_PAGE_CACHE_SECONDS = 0
