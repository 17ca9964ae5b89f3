"""The connection to the search engines and the circuit breaker around Elasticsearch.

Backends are built once per configuration (Elasticsearch clients keep their connections open).
After a failure the engine is left alone for ``OCOP_SEARCH_RETRY_AFTER`` seconds, so a dead node
does not add a connection attempt to every request; meanwhile the database backend kept as
``OCOP_SEARCH_FALLBACK_BACKEND`` answers. Without Elasticsearch configured at all (``make run``)
the database backend is the normal one and :func:`elasticsearch` returns None.
"""

import json
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from elasticsearch import ApiError, TransportError
from modelsearch.backends import get_search_backend

if TYPE_CHECKING:
    from modelsearch.backends.base import BaseSearchBackend

    from .backend import OcopSearchBackend


class EngineError(Exception):
    """Elasticsearch answered a multi-search item with an error."""


# What a failing node raises: the caller answers from the database instead.
ENGINE_ERRORS = (TransportError, ApiError, EngineError)

_backends: dict[tuple[str, str], "BaseSearchBackend"] = {}
_engine_down_until: dict[int, float] = {}  # id(backend): monotonic time


@receiver(setting_changed)
def _forget_backends(setting: str, **kwargs: Any) -> None:
    if setting.startswith(("WAGTAILSEARCH_BACKENDS", "OCOP_SEARCH")):
        _backends.clear()
        _engine_down_until.clear()


def cached_backend(alias: str) -> "BaseSearchBackend":
    """A backend instance per configuration: Elasticsearch clients keep their connections open."""
    config = settings.WAGTAILSEARCH_BACKENDS.get(alias)
    key = (alias, json.dumps(config, sort_keys=True, default=str))
    if key not in _backends:
        _backends[key] = get_search_backend(alias)
    return _backends[key]


def elasticsearch() -> "OcopSearchBackend | None":
    """The project's Elasticsearch backend (``search.backend``), or None when none is configured."""
    from .backend import OcopSearchBackend

    backend = cached_backend("default")
    return backend if isinstance(backend, OcopSearchBackend) else None


def fallback_backend() -> "BaseSearchBackend":
    """The database backend: the outage fallback, or the only backend under ``make run``."""
    alias = getattr(settings, "OCOP_SEARCH_FALLBACK_BACKEND", None) or "default"
    return cached_backend(alias)


def engine_available(backend: "OcopSearchBackend") -> bool:
    return time.monotonic() >= _engine_down_until.get(id(backend), 0)


def mark_down(backend: "OcopSearchBackend") -> None:
    _engine_down_until[id(backend)] = time.monotonic() + getattr(settings, "OCOP_SEARCH_RETRY_AFTER", 10)


def usable_engine() -> "OcopSearchBackend | None":
    """The Elasticsearch backend if it is configured and not resting after a failure."""
    engine = elasticsearch()
    return engine if engine is not None and engine_available(engine) else None


def msearch(
    engine: "OcopSearchBackend", index: str, bodies: Sequence[dict[str, Any] | None]
) -> tuple[list[dict[str, Any] | None], int | None]:
    """Run the non-empty ``bodies`` on ``index`` in one request.

    Returns (responses, took): one response per body (None for empty ones) and the node's own
    time in ms. Bodies asked before may be answered from the shard request cache.
    """
    searches = []
    for body in bodies:
        if body is not None:
            # Every body, hits too (Elasticsearch caches only size-0 bodies unless asked): a
            # listing's browse and popular queries are asked again and again, and an entry is
            # dropped at the next refresh that changed the shard, so answers stay as fresh.
            searches.extend([{"index": index, "request_cache": True}, body])
    response = engine.es.msearch(searches=searches)
    items = iter(response["responses"])
    answers: list[dict[str, Any] | None] = []
    for body in bodies:
        if body is None:
            answers.append(None)
            continue
        item = next(items)
        if "error" in item:
            raise EngineError(item["error"])
        answers.append(item)
    return answers, response.get("took")
