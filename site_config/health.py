"""``/healthz``: what a load balancer, a monitor or the smoke test asks before sending traffic.

JSON with one entry per dependency: the database (a query), the search engine (a ping of the
Elasticsearch cluster with a short timeout; "database" when no engine is configured) and the
background-task backlog (tasks waiting in the django-tasks database queue, and index writes
waiting for the engine). 200 when the database and the engine answer, 503 when either does not:
with the engine down the site still answers (search falls back to the database), but this node
is not healthy and the operator should know. A backlog alone never makes it 503: it is reported,
with the age of the oldest waiting task, for monitoring to alert on.

Nothing here imports the project's apps (site_config is the bottom layer): the engine is reached
through Wagtail's backend registry and the models through the app registry.
"""

import json
import time

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone

ENGINE_TIMEOUT = 2  # seconds: a health check must answer quickly, whatever the engine does
_engines = {}  # one client per configuration: a monitor polling every few seconds reuses its connections


def check_database() -> dict:
    started = time.monotonic()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return {"ok": False, "vendor": connection.vendor, "error": type(exc).__name__}
    return {"ok": True, "vendor": connection.vendor, "ms": round((time.monotonic() - started) * 1000, 1)}


def check_search_engine() -> dict:
    from wagtail.search.backends import get_search_backend

    config = settings.WAGTAILSEARCH_BACKENDS.get("default", {})
    if "URLS" not in config:
        return {"ok": True, "engine": "database"}
    started = time.monotonic()
    try:
        key = json.dumps(config, sort_keys=True, default=str)
        if key not in _engines:
            _engines[key] = get_search_backend("default").es
        client = _engines[key].options(request_timeout=ENGINE_TIMEOUT, max_retries=0)
        health = client.cluster.health()
    except Exception as exc:  # connection refused, timeout, TLS, authentication: all mean "down"
        return {"ok": False, "engine": "elasticsearch", "error": type(exc).__name__}
    status = health.get("status")
    return {
        "ok": status in ("green", "yellow"),
        "engine": "elasticsearch",
        "cluster_status": status,
        "ms": round((time.monotonic() - started) * 1000, 1),
    }


def check_task_backlog() -> dict:
    """Tasks waiting for the worker, and objects waiting to be re-indexed after an outage."""
    backend = settings.TASKS["default"]["BACKEND"]
    report = {"backend": backend.rsplit(".", 1)[-1]}
    try:
        if apps.is_installed("django_tasks_db") and "django_tasks_db" in backend:
            from django_tasks_db.models import DBTaskResult

            waiting = DBTaskResult.objects.ready()
            report["ready"] = waiting.count()
            oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
            report["oldest_ready_seconds"] = int((timezone.now() - oldest).total_seconds()) if oldest else 0
            report["failed"] = DBTaskResult.objects.failed().count()
        if apps.is_installed("search"):
            report["search_index_backlog"] = apps.get_model("search", "IndexBacklog").objects.count()
    except DatabaseError as exc:
        report["error"] = type(exc).__name__
    return report


def health_report() -> tuple[dict, int]:
    """(report, HTTP status): 200 when the database and the search engine answer, else 503."""
    database = check_database()
    search = check_search_engine()
    tasks = check_task_backlog() if database["ok"] else {"error": "database unavailable"}
    ok = database["ok"] and search["ok"]
    report = {"status": "ok" if ok else "unavailable", "database": database, "search": search, "tasks": tasks}
    return report, 200 if ok else 503
