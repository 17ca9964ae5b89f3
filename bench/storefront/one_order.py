"""Server time to place one order, one buyer alone, on PostgreSQL: wall time, CPU time and SQL
queries of the checkout POST, with the e-mail and re-indexing in the request (immediate task
backend, as before) and left to the worker (database queue, as production runs).

    DATABASE_URL=postgres://ocop@127.0.0.1:5433/ocop_x .venv/bin/python bench/storefront/one_order.py [--orders 40]

CPU time (``time.process_time`` of this one process: Django, the template engine, the e-mail)
is reported beside the wall time because on a shared machine the wall time mostly measures the
other processes; the database's own work is in the wall time only. Runs in a throwaway
``test_<database>`` (created and dropped), through the real checkout view (Django test client,
the whole middleware stack). Prints a Markdown table with the machine's load; appends it to
bench/storefront/RESULTS.md.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.common import checkout_form, machine_line, percentile  # noqa: E402
from bench.storefront.run import build_catalogue  # noqa: E402 (sets up Django)


def measure(variants, orders, ward_code):
    """The checkout POST alone (the cart and the checkout page are filled before the clock starts)."""
    import re

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    walls, cpus, queries = [], [], []
    for i in range(orders + 3):
        client.post("/vi/cart/add/", {"variant": variants[i % len(variants)].pk, "quantity": "1"})
        page = client.get("/vi/checkout/").content.decode()
        key = re.search(r'name="checkout_key" value="([^"]+)"', page).group(1)
        data = checkout_form(key, ward_code, buyer=i)
        cpu, wall = time.process_time(), time.perf_counter()
        with CaptureQueriesContext(connection) as ctx:
            status = client.post("/vi/checkout/", data).status_code
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        assert status == 302, status
        if i >= 3:  # the first orders warm templates and caches
            walls.append(wall)
            cpus.append(cpu)
            queries.append(len(ctx.captured_queries))
    return walls, cpus, queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=40)
    args = parser.parse_args()
    from django.conf import settings
    from django.db import connections
    from django.test import override_settings
    from django.test.utils import setup_databases, teardown_databases
    from vietnam_provinces import Ward

    ward_code = int(next(w for w in Ward.iter_all() if int(w.province_code) == 22).code)
    settings.DEBUG = False
    # As production runs: settings and the site's chrome from the content-version cache (the test
    # settings, which this bench's throwaway database uses, turn that cache off).
    settings.OCOP_CONTENT_CACHE_SECONDS = 600
    old_config = setup_databases(verbosity=0, interactive=False, keepdb=False)
    rows = []
    try:
        variants = build_catalogue()
        for label, backend in (
            ("in the request (immediate backend, before)", "django_tasks.backends.immediate.ImmediateBackend"),
            ("left to the worker (database queue, after)", "django_tasks_db.DatabaseBackend"),
        ):
            with override_settings(TASKS={"default": {"BACKEND": backend}}):  # resets django-tasks' backends
                walls, cpus, queries = measure(variants, args.orders, ward_code)
            rows.append((label, walls, cpus, queries))
    finally:
        for conn in connections.all():
            conn.close()
        teardown_databases(old_config, verbosity=0)

    table = [
        f"### {time.strftime('%Y-%m-%d %H:%M %z')} · one buyer, PostgreSQL · "
        f"`.venv/bin/python bench/storefront/one_order.py --orders {args.orders}`",
        "",
        machine_line(),
        "",
        "| e-mail and indexing | wall p50 / p95 | CPU p50 | SQL queries (median) |",
        "| --- | --- | --- | --- |",
    ]
    for label, walls, cpus, queries in rows:
        table.append(
            f"| {label} | {statistics.median(walls) * 1000:.0f} / {percentile(walls, 95) * 1000:.0f} ms | "
            f"{statistics.median(cpus) * 1000:.0f} ms | {statistics.median(queries):.0f} |"
        )
    table.append("")
    text = "\n".join(table)
    print(text)
    with open(Path(__file__).with_name("RESULTS.md"), "a", encoding="utf-8") as results:
        results.write(text + "\n")


if __name__ == "__main__":
    os.environ.setdefault("OCOP_RATE_LIMITS_ENABLED", "0")
    main()
