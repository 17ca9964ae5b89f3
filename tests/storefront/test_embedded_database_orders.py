"""Orders on the embedded SQLite database that `make run` serves.

The stock change (``UPDATE … RETURNING``) and the hold-limit count are written in SQL for both
PostgreSQL and SQLite; the suite runs on PostgreSQL, so this test runs the storefront's order,
stock and abuse tests again in a separate pytest on a SQLite file. The one test left out races
twenty threads on one database, which SQLite's in-memory test database does not share between
threads (it is about PostgreSQL's row locks).
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_orders_stock_and_hold_limits_work_on_sqlite(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'orders.sqlite3'}",
        # Its own search indexes: the outer run's stay as they are.
        "ELASTICSEARCH_TEST_INDEX_PREFIX": os.environ.get("ELASTICSEARCH_TEST_INDEX_PREFIX", "ocoptest_") + "sqlite_",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            "--create-db",
            "tests/storefront/test_stock.py",
            "tests/storefront/test_abuse.py",
            "tests/storefront/test_checkout.py",
            "-k",
            "not twenty_buyers",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-2000:]
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in summary and "failed" not in summary and "error" not in summary
