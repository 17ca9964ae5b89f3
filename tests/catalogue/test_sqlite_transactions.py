"""On the embedded SQLite database, an admin autosave and a publish landing together both
succeed (issue 7 item 8): the settings start write transactions IMMEDIATE.

Two threads play the two requests: each reads, then writes, in one transaction. Under SQLite's
default deferred transactions both take a read lock and the second writer gets "database is
locked" at once (a lock upgrade deadlock: the busy timeout does not help). With the settings'
IMMEDIATE mode the second one waits for the first to commit.
"""

import json
import os
import subprocess
import sys
import threading
import uuid

import pytest
from django.db import OperationalError, connections, transaction


@pytest.fixture
def sqlite_allowed(django_db_blocker):
    # A throw-away SQLite file, not the test database: no django_db transaction around it.
    with django_db_blocker.unblock():
        yield


def embedded_database_settings(state_dir):
    """DATABASES["default"] as `make run` gets it (no DATABASE_URL: the SQLite file)."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(OCOP_STATE_DIR=str(state_dir), DJANGO_SETTINGS_MODULE="site_config.settings.dev")
    code = (
        "import json; from django.conf import settings; print(json.dumps(settings.DATABASES['default'], default=str))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def autosave_and_publish_together(database):
    """Run the two overlapping writers; returns the errors they met."""
    alias = f"sqlite_probe_{uuid.uuid4().hex}"  # connections are cached per alias and thread
    connections.settings[alias] = connections.configure_settings({"default": database})["default"]
    setup = connections[alias]
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS page (id integer primary key, title text)")
        cursor.execute("INSERT OR REPLACE INTO page VALUES (1, 'Chả mực')")
    setup.close()

    first_has_read, second_has_read = threading.Event(), threading.Event()
    errors = []

    def autosave():
        try:
            with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                cursor.execute("SELECT title FROM page WHERE id = 1")
                first_has_read.set()
                # Deferred mode: the publish reads too before we write. Immediate mode: it
                # cannot start until we commit, so this wait times out and we go on.
                second_has_read.wait(timeout=1)
                cursor.execute("UPDATE page SET title = 'autosave' WHERE id = 1")
        except OperationalError as error:
            errors.append(str(error))
        finally:
            connections[alias].close()

    def publish():
        first_has_read.wait()
        try:
            with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                cursor.execute("SELECT title FROM page WHERE id = 1")
                second_has_read.set()
                cursor.execute("UPDATE page SET title = 'published' WHERE id = 1")
        except OperationalError as error:
            errors.append(str(error))
        finally:
            second_has_read.set()
            connections[alias].close()

    threads = [threading.Thread(target=autosave), threading.Thread(target=publish)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    del connections.settings[alias]
    return errors


def test_embedded_sqlite_starts_write_transactions_immediately(tmp_path, sqlite_allowed):
    database = embedded_database_settings(tmp_path)
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert autosave_and_publish_together(database) == []


def test_without_it_the_same_overlap_says_database_is_locked(tmp_path, sqlite_allowed):
    # The control: proves the scenario above really is the one that failed.
    database = embedded_database_settings(tmp_path)
    database["OPTIONS"] = {k: v for k, v in database.get("OPTIONS", {}).items() if k != "transaction_mode"}
    assert any("database is locked" in error for error in autosave_and_publish_together(database))
