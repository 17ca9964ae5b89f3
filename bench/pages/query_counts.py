"""SQL queries per public page, on whatever database DATABASE_URL names (PostgreSQL).

    DATABASE_URL=postgres://ocop@127.0.0.1:5433/ocop_x ELASTICSEARCH_URL=http://127.0.0.1:9200 \
        .venv/bin/python bench/pages/query_counts.py [--load-demo] [--show KIND] [--anonymous-cache]

Renders home, catalogue, locality, product and producer pages (and the producer index) through
the Django test client with the whole middleware stack, twice each, and prints the number of
SQL queries of the second request (the first warms per-process caches: templates, the site
root, and what is cached on the content version: navigation, taxonomy names, section pages).
``--show product`` prints that page's queries. ``--load-demo`` runs ``load_demo`` first
(idempotent). Test settings with production's content cache on; the page cache for anonymous
visitors is off unless ``--anonymous-cache`` (then the second request is a hit). Each page is
then requested 30 more times and timed in-process (the test client: no HTTP, no gzip).
"""

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.test")
# The test settings read ELASTICSEARCH_TEST_INDEX_PREFIX: without this, a bench database's own
# index (ELASTICSEARCH_INDEX_PREFIX) would be ignored and the listings would read the tests' index.
if "ELASTICSEARCH_INDEX_PREFIX" in os.environ:
    os.environ.setdefault("ELASTICSEARCH_TEST_INDEX_PREFIX", os.environ["ELASTICSEARCH_INDEX_PREFIX"])

from bench.common import machine_line, percentile  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--load-demo", action="store_true")
    parser.add_argument("--show", default="")
    parser.add_argument("--anonymous-cache", action="store_true")
    args = parser.parse_args()
    from bench.common import setup_django

    setup_django()
    from django.conf import settings

    # Production's caches (the test settings turn them off for tests that never commit).
    settings.OCOP_CONTENT_CACHE_SECONDS = 600
    settings.OCOP_PAGE_CACHE_SECONDS = 600 if args.anonymous_cache else 0
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    if args.load_demo:
        call_command("migrate", verbosity=0)
        call_command("bootstrap_site")
        call_command("load_demo")

    from catalogue.models import ProducerPage, ProductPage, Region
    from catalogue.queries import localities

    product = ProductPage.objects.live().filter(locale__language_code="vi").order_by("pk").first()
    producer = ProducerPage.objects.live().filter(locale__language_code="vi").order_by("pk").first()
    locality = localities().filter(products__isnull=False).first() or Region.objects.first()
    urls = {
        "home": "/vi/",
        "catalogue": "/vi/san-pham/",
        "locality": f"/vi/san-pham/region/{locality.slug}/",
        "product": product.url,
        "producer": producer.url,
        "producers": producer.get_parent().url,
    }
    product_en = product.get_translations().live().first()
    producer_en = producer.get_translations().live().first()
    catalogue_en = product_en.get_parent() if product_en else None
    urls.update(
        {
            "home (en)": "/en/",
            "catalogue (en)": catalogue_en.url if catalogue_en else None,
            "locality (en)": f"{catalogue_en.url}region/{locality.slug}/" if catalogue_en else None,
            "product (en)": product_en.url if product_en else None,
            "producer (en)": producer_en.url if producer_en else None,
        }
    )
    urls = {kind: url for kind, url in urls.items() if url}
    client = Client()
    print(machine_line())
    print(
        "| page | URL | status | SQL queries | p50 / p95 of 30 more, in-process (ms) |\n| --- | --- | --- | --- | --- |"
    )
    for kind, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        queries = list(ctx.captured_queries)  # read now: every request clears Django's query log
        timings = []
        for _ in range(30):
            started = time.perf_counter()
            client.get(url)
            timings.append(time.perf_counter() - started)
        print(
            f"| {kind} | `{url}` | {response.status_code} | {len(queries)} | "
            f"{statistics.median(timings) * 1000:.1f} / {percentile(timings, 95) * 1000:.1f} |"
        )
        if kind == args.show:
            shapes = Counter()
            for q in queries:
                print("   ", q["sql"][:300])
                shapes[q["sql"].split(" WHERE ")[0][:120]] += 1
            for shape, n in shapes.most_common(8):
                print(f"  {n}× {shape}")


if __name__ == "__main__":
    main()
