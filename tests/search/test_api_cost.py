"""What a search costs the database once the process is warm, and that what it no longer reads
each time is still fresh: the locales, the view restrictions and the site come from the
content-version cache (site_config/memo.py), as production runs (the test settings turn that
cache off, so these tests turn it on).
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

SEARCH = "/api/v1/search/"


def search(client, **params):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(SEARCH, params)
    return response, [q["sql"] for q in ctx.captured_queries]


def titles(response):
    assert response.status_code == 200, response.content
    return {row["title"] for row in response.json()["results"]}


def test_a_warm_search_reads_only_the_content_version(catalogue, client, content_cache):
    catalogue.index.refresh()
    first, _ = search(client, locale="en", q="golden camellia", region="ba-che")
    second, queries = search(client, locale="en", q="golden camellia", region="ba-che")
    assert titles(first) == titles(second) == {"Ba Che golden camellia tea"}
    assert second.json()["facets"] == first.json()["facets"]
    assert len(queries) == 1 and "site_config_contentversion" in queries[0]


def test_a_new_view_restriction_hides_products_at_the_next_search(catalogue, client, content_cache):
    catalogue.index.refresh()
    assert "Mật ong rừng Đầm Hà" in titles(search(client, locale="vi", q="mat ong")[0])
    with content_cache():
        PageViewRestriction.objects.create(page=catalogue.builder.catalogue, restriction_type=PageViewRestriction.LOGIN)
    response, _ = search(client, locale="vi", q="mat ong")
    assert titles(response) == set() and response.json()["count"] == 0


def test_a_new_language_is_searchable_at_the_next_request(catalogue, client, content_cache):
    refused, _ = search(client, locale="fr", q="the")
    assert refused.status_code == 400 and refused.json()["error"]["parameter"] == "locale"
    with content_cache():
        Locale.objects.create(language_code="fr")
    accepted, _ = search(client, locale="fr", q="the")
    assert accepted.status_code == 200 and accepted.json()["count"] == 0  # nothing translated into French yet
