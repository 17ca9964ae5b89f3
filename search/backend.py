"""Wagtail's Elasticsearch 9 backend (modelsearch), with analysis that works for Vietnamese.

Select it with ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backend"``.

What it adds to modelsearch's backend:

* Index settings with our analyzers. Text is folded to ASCII on the application side
  (``site_config.text.fold``) *and* by Elasticsearch's ``asciifolding`` filter, English text is
  stemmed, and titles get edge n-grams for autocomplete. Those filters live in the
  analysis-common module: a full distribution has it; the integration-test distribution that
  ``scripts/elasticsearch.sh`` runs lacks it and loads a small plugin that registers them under
  the same names. A node with neither cannot hold the index: creating it fails with a message
  saying so (``MissingAnalysis``), rather than with analyzers that silently search worse.
* Product pages get the denormalised fields of ``search.documents`` (``ocop_*``), built in
  bulk for ``update_index`` with a constant number of queries per chunk.
* The index is created on first write if it does not exist, so a first publish can never
  leave an index with dynamic (wrong) mappings behind; ``update_index`` rebuilds atomically
  (a new index swapped in behind the alias, modelsearch's default).
* Writes that fail because the engine is unreachable are remembered in ``IndexBacklog``
  and replayed by ``manage.py search_catch_up`` (publishing never fails because of search).
"""

import logging
from collections.abc import Iterable
from copy import deepcopy
from typing import TYPE_CHECKING, Any, cast

from django.db.models import Model
from elasticsearch import ApiError, TransportError
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
)
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder

from .documents import STAR_LEVELS, DocumentContext, product_document

if TYPE_CHECKING:
    from catalogue.models import ProductPage

logger = logging.getLogger(__name__)

FULL_ANALYSIS = {
    "filter": {
        "ocop_folding": {"type": "asciifolding", "preserve_original": False},
        "ocop_english_stemmer": {"type": "stemmer", "language": "english"},
        "ocop_edge": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20},
        # modelsearch's own analyzers (used by the autocomplete fields of other page types)
        "ngram": {"type": "ngram", "min_gram": 3, "max_gram": 15},
        "edgengram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 15},
    },
    "analyzer": {
        "ocop_exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
        "ocop_folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "ocop_folding"]},
        "ocop_english": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "ocop_folding", "ocop_english_stemmer"],
        },
        "ocop_autocomplete": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "ocop_folding", "ocop_edge"],
        },
        "ocop_autocomplete_search": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "ocop_folding"],
        },
        "ngram_analyzer": {"type": "custom", "tokenizer": "standard", "filter": ["asciifolding", "lowercase", "ngram"]},
        "edgengram_analyzer": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["asciifolding", "lowercase", "edgengram"],
        },
    },
}

# The fields product documents add (see search.documents.product_document).
PRODUCT_PROPERTIES = {
    "ocop_title": {"type": "text", "analyzer": "ocop_exact"},
    "ocop_title_folded": {"type": "text", "analyzer": "ocop_folded"},
    "ocop_title_sort": {"type": "keyword"},
    "ocop_suggest": {
        "type": "text",
        "analyzer": "ocop_autocomplete",
        "search_analyzer": "ocop_autocomplete_search",
    },
    "ocop_text": {"type": "text", "analyzer": "ocop_exact"},
    "ocop_text_folded": {"type": "text", "analyzer": "ocop_folded"},
    "ocop_text_en": {"type": "text", "analyzer": "ocop_english"},
    # the product's titles in the other languages (a Vietnamese name on the English site)
    "ocop_other_titles": {"type": "text", "analyzer": "ocop_exact"},
    "ocop_other_titles_folded": {"type": "text", "analyzer": "ocop_folded"},
    "ocop_locale_id": {"type": "integer"},
    "ocop_live": {"type": "boolean"},
    "ocop_path": {"type": "keyword"},
    "ocop_expire_at": {"type": "date"},
    "ocop_first_published_at": {"type": "date"},
    # keywords, not integers: terms aggregations on global ordinals are the fast kind
    "ocop_region_id": {"type": "keyword", "eager_global_ordinals": True},
    "ocop_group_id": {"type": "keyword", "eager_global_ordinals": True},
    "ocop_producer_type": {"type": "keyword", "eager_global_ordinals": True},
    "ocop_price_min_vnd": {"type": "long"},
    "ocop_in_stock": {"type": "boolean"},
    **{f"ocop_stars_ge_{n}": {"type": "date_range", "format": "date"} for n in STAR_LEVELS},
    # what a result row shows (search.cards): kept in _source, not searched
    "ocop_card": {"type": "object", "enabled": False},
}


def _is_product(model: type[Model]) -> bool:
    from catalogue.models import ProductPage

    return issubclass(model, ProductPage)


class OcopMapping(Elasticsearch9Mapping):
    """modelsearch's mapping plus the product fields; optionally with a preloaded batch context."""

    context = None

    # Autocomplete fields of other models: fold at search time too (modelsearch uses `standard`).
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "ocop_autocomplete_search"}

    def get_mapping(self) -> dict[str, Any]:
        mapping = super().get_mapping()
        if _is_product(self.model):
            mapping["properties"].update(deepcopy(PRODUCT_PROPERTIES))
        return mapping

    def get_document(self, obj: Model) -> dict[str, Any]:
        if not _is_product(type(obj)):
            return super().get_document(obj)
        product = cast("ProductPage", obj)
        # one batch context for modelsearch's own fields (search_folded_text) and ours
        product._ocop_document_context = self.context or DocumentContext([product])
        doc = super().get_document(product)
        doc.update(product_document(product, product._ocop_document_context))
        return doc


class MissingAnalysis(RuntimeError):
    """The node has neither the analysis-common module nor the project's analysis plugin."""


class OcopIndex(Elasticsearch9Index):
    def put(self) -> None:
        try:
            self.es.indices.create(index=self.name, **self.backend.index_settings())
        except ApiError as exc:
            if exc.meta.status == 400 and "unknown filter type" in str(exc).lower():
                raise MissingAnalysis(
                    "Elasticsearch lacks the asciifolding, edge_ngram, ngram and stemmer filters: use a full "
                    "distribution, or start the node with scripts/elasticsearch.sh (it installs the "
                    f"project's analysis plugin). The node said: {exc}"
                ) from exc
            raise

    def add_items(self, model: type[Model], items: Iterable[Model]) -> None:
        if not _is_product(model):
            return super().add_items(model, items)
        items = list(items)
        if not items:
            return
        mapping = self.mapping_class(model)
        mapping.context = DocumentContext(cast("list[ProductPage]", items))  # _is_product(model) above
        actions = []
        for item in items:
            action = {"_id": mapping.get_document_id(item)}
            action.update(mapping.get_document(item))
            actions.append(action)
        self.backend.bulk(self.es, actions, index=self.name)

    def add_item(self, item: Model) -> None:
        self.backend.ensure_index(self)
        return super().add_item(item)


class OcopAtomicRebuilder(ElasticsearchAtomicIndexRebuilder):
    """modelsearch's alias swap, with refreshes off while the new index is being filled."""

    def start(self) -> OcopIndex:
        index = super().start()
        self.index.es.indices.put_settings(index=self.index.name, settings={"index": {"refresh_interval": "-1"}})
        return index

    def finish(self) -> None:
        self.index.es.indices.put_settings(index=self.index.name, settings={"index": {"refresh_interval": None}})
        super().finish()


class OcopSearchBackend(Elasticsearch9SearchBackend):
    mapping_class = OcopMapping
    index_class = OcopIndex
    atomic_rebuilder_class = OcopAtomicRebuilder

    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__(params)
        self._ensured: set[str] = set()

    def index_settings(self) -> dict[str, Any]:
        settings = deepcopy(self.settings)
        settings["settings"]["analysis"] = deepcopy(FULL_ANALYSIS)
        return settings

    def ensure_index(self, index: OcopIndex) -> None:
        """Create ``index`` with our settings and every model's mapping if it does not exist yet."""
        if index.name in self._ensured:
            return
        if not self.es.indices.exists(index=index.name):
            from modelsearch.index import get_indexed_models

            index.put()
            for model in get_indexed_models():
                if self.get_index_for_model(model).name == index.name:
                    index.add_model(model)
        self._ensured.add(index.name)

    def add(self, obj: Model) -> None:
        try:
            result = super().add(obj)
        except TransportError:
            _remember(obj)
            raise
        _catch_up_soon()
        return result

    def add_bulk(self, model: type[Model], obj_list: list[Model]) -> None:
        self.ensure_index(self.get_index_for_model(model))
        return super().add_bulk(model, obj_list)

    def delete(self, obj: Model) -> None:
        try:
            return super().delete(obj)
        except TransportError:
            _remember(obj)
            raise


# True while this process may have left entries in the backlog (and once at start-up, so each
# process looks once): the next successful write then replays the backlog in a task.
_backlog_may_exist = True


def _remember(obj: Model) -> None:
    """Record an object whose index update failed, for ``search_catch_up``; never raises."""
    global _backlog_may_exist
    try:
        from .models import IndexBacklog

        IndexBacklog.remember(obj)
        _backlog_may_exist = True
    except Exception:
        logger.exception("Could not record %r in the search backlog", obj)


def _catch_up_soon() -> None:
    """The engine answers again: replay what failed while it was down (once, in a task)."""
    global _backlog_may_exist
    if not _backlog_may_exist:
        return
    _backlog_may_exist = False
    try:
        from django.db import transaction

        from .indexing import catch_up_task
        from .models import IndexBacklog

        if IndexBacklog.objects.exists():
            transaction.on_commit(catch_up_task.enqueue)
    except Exception:
        logger.exception("Could not schedule the search backlog replay")


SearchBackend = OcopSearchBackend
