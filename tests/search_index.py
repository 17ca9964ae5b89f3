"""Test helpers shared by the search tests and the browser tests that search: the product index
on the real Elasticsearch node, recreated empty, and translated taxonomy nodes."""

import pytest

from catalogue.models import ProductPage
from search.backend import OcopSearchBackend
from search.engine import cached_backend
from search.indexing import reindex_products


class SearchIndex:
    """The product index of the configured Elasticsearch backend, recreated empty."""

    def __init__(self):
        self.backend = cached_backend("default")
        if not isinstance(self.backend, OcopSearchBackend):
            pytest.fail("ELASTICSEARCH_URL is not set: start Elasticsearch with scripts/elasticsearch.sh start")
        self.index = self.backend.get_index_for_model(ProductPage)
        self.es = self.backend.es

    def reset(self):
        if self.es.indices.exists_alias(name=self.index.name):
            for name in self.es.indices.get_alias(name=self.index.name):
                self.es.indices.delete(index=name)
        self.es.indices.delete(index=self.index.name, ignore_unavailable=True)
        self.backend._ensured.clear()
        self.backend.ensure_index(self.index)
        return self

    def refresh(self):
        self.es.indices.refresh(index=self.index.name)

    def add(self, translation_keys):
        """Index these products in every backend (Elasticsearch and the database fallback)."""
        reindex_products(translation_keys)
        self.refresh()

    def index_all(self):
        self.add(ProductPage.objects.values_list("translation_key", flat=True))

    def document(self, page):
        return self.es.get(index=self.index.name, id=str(page.pk))["_source"]


def translate_node(node, locale, name):
    """A translated copy of a Region or ProductGroup; the tree stays in the source language."""
    copy = node.copy_for_translation(locale)
    copy.name = name
    if copy.parent_id:
        copy.parent_id = node.parent_id
    copy.save()
    return copy
