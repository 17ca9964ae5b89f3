"""Placing an order leaves the confirmation e-mail and the search re-indexing to the task worker.

With the test settings' immediate task backend (what development runs) both happen as the
order commits; with production's database queue the buyer's request only enqueues them, and the
worker (`manage.py db_worker`) sends the e-mail and updates the index.
"""

import pytest
from django.core import mail
from django.core.management import call_command
from storefront_helpers import order_for

from search.indexing import reindex_products_task
from storefront.emails import send_order_email_task
from storefront.models import Order, PaymentMethod
from storefront.status import OrderStatus
from tests.search_index import SearchIndex

pytestmark = pytest.mark.django_db


def indexed_in_stock(index):
    """What the index says of the one product it holds (the ``index`` fixture indexes only it)."""
    index.refresh()
    hits = index.es.search(index=index.index.name, query={"match_all": {}}, size=2)["hits"]["hits"]
    assert len(hits) == 1, "the product is not in the index"
    return hits[0]["_source"]["ocop_in_stock"]


@pytest.fixture
def index(variant):
    index = SearchIndex().reset()
    index.add([variant.product.translation_key])
    return index


def test_immediate_backend_sends_the_email_and_reindexes_as_the_order_commits(
    variant, shop, index, django_capture_on_commit_callbacks
):
    assert indexed_in_stock(index) is True
    with django_capture_on_commit_callbacks(execute=True):
        order = order_for(variant, quantity=variant.stock, method=PaymentMethod.COD, shop=shop)  # sells out
    assert [m.to for m in mail.outbox] == [[order.email]]
    assert order.number in mail.outbox[0].subject
    assert indexed_in_stock(index) is False


def test_database_queue_leaves_email_and_index_to_the_worker(
    variant, shop, index, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from django_tasks_db.models import DBTaskResult

    with django_capture_on_commit_callbacks(execute=True):
        order = order_for(variant, quantity=variant.stock, method=PaymentMethod.COD, shop=shop)
    # The request is over: nothing was sent or indexed, both wait in the queue.
    assert mail.outbox == []
    assert indexed_in_stock(index) is True
    # Only those two: a sale queues no work for Wagtail's reference index (a stock log row is not content).
    queued = set(DBTaskResult.objects.values_list("task_path", flat=True))
    assert queued == {send_order_email_task.module_path, reindex_products_task.module_path}

    # The worker, in this process: it would close the test's connection (and its transaction)
    # between tasks to drop stale ones.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    assert [m.to for m in mail.outbox] == [[order.email]]
    assert indexed_in_stock(index) is False
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


@pytest.mark.django_db(transaction=True)
def test_with_the_database_queue_an_order_and_its_tasks_commit_or_roll_back_together(variant, shop, settings):
    """The queue is a table of the same database: the e-mail and the re-index are written in the
    order's transaction. Queued after the commit, a worker restart or a dropped connection between
    the two left a placed order that nobody was told of and a stale stock figure in search."""
    from django.db import transaction
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    both = {send_order_email_task.module_path, reindex_products_task.module_path}
    stock = variant.stock

    class Abandoned(Exception):
        pass

    with pytest.raises(Abandoned), transaction.atomic():
        order_for(variant, quantity=stock, method=PaymentMethod.COD, shop=shop)  # sells out: re-index
        assert set(DBTaskResult.objects.values_list("task_path", flat=True)) == both  # before any commit
        raise Abandoned
    variant.refresh_from_db()
    assert (Order.objects.count(), DBTaskResult.objects.count(), variant.stock) == (0, 0, stock)

    order = order_for(variant, quantity=stock, method=PaymentMethod.COD, shop=shop)
    queued = {row.task_path: row.args_kwargs["args"] for row in DBTaskResult.objects.all()}
    assert queued == {
        send_order_email_task.module_path: [order.pk, "confirmation"],
        reindex_products_task.module_path: [[str(variant.product.translation_key)]],
    }


def test_the_worker_keeps_to_the_hours_allowance_of_confirmations_per_address(
    variant, shop, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """The allowance is counted when the worker sends (off the buyer's request), over the hour
    before each order: orders placed after it do not take its confirmation away."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    orders = []
    for n in range(5):
        with django_capture_on_commit_callbacks(execute=True):
            buyer = {"email": "Victim@Example.com" if n % 2 else "victim@example.com", "phone": f"+8491234560{n}"}
            orders.append(order_for(variant, method=PaymentMethod.COD, shop=shop, buyer=buyer))
        # Cancelled at once (silently here), so the open-orders bound is not what stops the mail.
        Order.objects.filter(pk=orders[-1].pk).update(status=OrderStatus.CANCELLED)
    assert mail.outbox == []

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    mailed = sorted(next(o.number for o in orders if o.number in m.subject) for m in mail.outbox)
    assert mailed == sorted(o.number for o in orders[:3])
