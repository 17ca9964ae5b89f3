"""The catalogue's listing from Elasticsearch, as production serves it (content-version cache on):
cards already cached cost no product query, and every card still shows what the index and the
pages say now. The engine answers repeated listings from its shard request cache, as fresh.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import ProducerPage, ProductPage
from search.es_query import product_index
from search.params import SearchFilters
from search.queries import search_catalogue

pytestmark = pytest.mark.elasticsearch

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
CARD = re.compile(r'<article class="card product-card">.*?</article>', re.S)


def visit(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in queries.captured_queries]


def cards(html):
    return CARD.findall(html)


def product_queries(queries):
    table = ProductPage._meta.db_table
    return [sql for sql in queries if f'FROM "{table}"' in sql]


def test_a_listing_whose_cards_are_cached_loads_no_product(catalogue, client, content_cache, settings):
    catalogue.index.refresh()
    url = catalogue.builder.catalogue.url
    first, first_queries = visit(client, url)
    second, second_queries = visit(client, url)
    assert len(cards(first)) == len(catalogue.live_vi) == 7
    assert product_queries(first_queries)  # the cards were rendered from the pages once
    assert product_queries(second_queries) == []  # then kept: no product page loaded at all
    assert cards(second) == cards(first)
    settings.OCOP_CONTENT_CACHE_SECONDS = 0  # rendered afresh, card by card, the same
    assert cards(visit(client, url)[0]) == cards(first)


def test_a_cached_listing_shows_a_new_price_stock_and_producer_name(catalogue, client, content_cache):
    catalogue.index.refresh()
    b = catalogue.builder
    producer_en = catalogue.tea.producer.copy_for_translation(b.en, copy_parents=True, alias=False)
    producer_en.title = "Ba Che Golden Camellia Cooperative"
    producer_en.slug = "ba-che-cooperative"
    with content_cache():
        producer_en.save_revision().publish()
    url = catalogue.tea_en.get_parent().url
    html, _ = visit(client, url)
    assert "Ba Che Golden Camellia Cooperative" in html
    visit(client, url)  # the cards kept

    variant = catalogue.tea.variants.get()
    with content_cache():
        variant.price_vnd = 777_000
        variant.stock = 0
        variant.save()
        producer_en = ProducerPage.objects.get(pk=producer_en.pk)
        producer_en.title = "Ba Che Tea Growers"
        producer_en.save_revision().publish()
    catalogue.index.refresh()
    card = next(c for c in cards(visit(client, url)[0]) if "Ba Che golden camellia tea" in c)
    assert "777" in card and "Out of stock" in card
    assert "Ba Che Tea Growers" in card and "Ba Che Golden Camellia Cooperative" not in card


def test_a_repeated_search_is_answered_from_the_engines_request_cache(catalogue):
    catalogue.index.refresh()
    es, index = catalogue.index.es, product_index(catalogue.index.backend)

    def cache_hits():
        return es.indices.stats(index=index, metric="request_cache")["_all"]["total"]["request_cache"]["hit_count"]

    first = search_catalogue("", catalogue.vi, SearchFilters())
    before = cache_hits()
    again = search_catalogue("", catalogue.vi, SearchFilters())
    assert cache_hits() == before + 2  # the page of hits and the facet counts
    assert [f.pk for f in again.products.facts] == [f.pk for f in first.products.facts]

    variant = catalogue.wine.variants.get()  # no longer in stock: the cached answer is not kept
    variant.stock = 0
    variant.save()
    catalogue.index.add([catalogue.wine.translation_key])
    fresh = search_catalogue("", catalogue.vi, SearchFilters(in_stock=True))
    assert catalogue.wine.pk not in [f.pk for f in fresh.products.facts]
    assert {f.pk: f.in_stock for f in search_catalogue("", catalogue.vi, SearchFilters()).products.facts}[
        catalogue.wine.pk
    ] is False
