"""Queue background work with the change it is about.

A task that follows a change (an order's confirmation e-mail, a product's re-indexing, a wholesale
enquiry's e-mails) must exist exactly when the change is committed: never for a change rolled back,
never missing for one committed. Production's queue is a table in the same database
(``django_tasks_db``), so its row is written inside the change's transaction and commits or rolls
back with it; queued after the commit instead (``on_commit``), a worker that died, a dropped
connection or a failing first callback between the two lost the work while the order stood, and
each task was a transaction (a commit) of its own. Other backends (the immediate one of development
and the tests runs the task at once) still wait for the commit, so nothing runs against a change
that may yet be rolled back.
"""

from django.db import DEFAULT_DB_ALIAS, router, transaction


def _queued_in_the_changes_database(task) -> bool:
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    return isinstance(task.get_backend(), DatabaseBackend) and router.db_for_write(DBTaskResult) == DEFAULT_DB_ALIAS


def enqueue_with_transaction(task, *args) -> None:
    """Queue ``task(*args)`` so that it exists if and only if the current transaction commits."""
    if _queued_in_the_changes_database(task):
        task.enqueue(*args)
    else:
        transaction.on_commit(lambda: task.enqueue(*args))
