"""Peak memory, time and SQL queries of the partner feeds as the catalogue grows.

    DATABASE_URL=postgres://ocop@127.0.0.1:5433/ocop_feeds_bench ELASTICSEARCH_URL=http://127.0.0.1:9200 \
        ELASTICSEARCH_TEST_INDEX_PREFIX=ocopbench_feeds_ .venv/bin/python bench/feeds/run.py --sizes 1000,10000

The database named by DATABASE_URL is created if missing, migrated, given the demo content
(``load_demo``) and grown with ``generate_catalogue`` up to each size in turn (products per
language; existing products count). At each size, /feeds/vi/products.csv and .json are read
through the Django test client (the whole middleware stack), chunk by chunk, the chunks
counted and dropped as a partner's HTTP client would. Measured per request: Python's peak
allocated memory (tracemalloc, reset before the request), wall time (tracemalloc slows Python
about twofold: compare rows, not absolute times), SQL queries, rows and bytes. For contrast,
"all rows in a list" builds the same rows into one list first, what a non-streamed feed holds.
The table is appended to bench/feeds/RESULTS.md.
"""

import argparse
import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.test")

from bench.common import machine_line, setup_django  # noqa: E402


def ensure_database():
    from urllib.parse import urlparse

    import psycopg

    url = urlparse(os.environ["DATABASE_URL"])
    name = url.path.lstrip("/")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def measure(client, url):
    from django.db import connection, reset_queries

    reset_queries()
    tracemalloc.start()
    tracemalloc.reset_peak()
    started = time.perf_counter()
    response = client.get(url)
    size = rows = 0
    csv = url.endswith(".csv")
    for chunk in response.streaming_content:
        size += len(chunk)
        rows += chunk.count(b"\r\n") if csv else chunk.count(b'{"id": ')
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "peak_mb": peak / 2**20,
        "seconds": elapsed,
        "queries": len(connection.queries),
        "bytes": size,
        "lines": rows,
    }


def measure_list(locale):
    from catalogue.feeds import feed_rows

    tracemalloc.start()
    tracemalloc.reset_peak()
    started = time.perf_counter()
    rows = list(feed_rows(locale))
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"peak_mb": peak / 2**20, "seconds": elapsed, "rows": len(rows)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    ensure_database()
    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from wagtail.models import Locale

    from catalogue.models import ProductPage

    settings.DEBUG = True  # connection.queries
    connection.force_debug_cursor = True
    call_command("migrate", verbosity=0)
    vi = Locale.objects.get(language_code="vi") if Locale.objects.filter(language_code="vi").exists() else None
    if vi is None or not ProductPage.objects.exists():
        call_command("load_demo", verbosity=0)
        vi = Locale.objects.get(language_code="vi")
    client = Client()
    lines = [
        "",
        f"## {time.strftime('%Y-%m-%d %H:%M')} — {machine_line()}",
        "",
        "| products (vi) | variant rows | feed | peak Python memory | time | SQL queries | bytes |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for size in (int(s) for s in args.sizes.split(",")):
        have = ProductPage.objects.filter(locale=vi).count()
        if have < size:
            call_command("generate_catalogue", products=size - have, seed=size)
        have = ProductPage.objects.filter(locale=vi).count()
        client.get("/feeds/vi/products.csv")  # warm per-process caches
        for fmt in ("csv", "json"):
            m = measure(client, f"/feeds/vi/products.{fmt}")
            lines.append(
                f"| {have:,} | {m['rows']:,} | {fmt}, streamed | {m['peak_mb']:.1f} MB | {m['seconds']:.1f} s "
                f"| {m['queries']} | {m['bytes'] / 2**20:.1f} MB |"
            )
            print(lines[-1], flush=True)
        m = measure_list(vi)
        lines.append(
            f"| {have:,} | {m['rows']:,} | all rows in a list | {m['peak_mb']:.1f} MB | {m['seconds']:.1f} s | | |"
        )
        print(lines[-1], flush=True)
    with open(Path(__file__).with_name("RESULTS.md"), "a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
