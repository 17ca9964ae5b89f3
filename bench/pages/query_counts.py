"""SQL queries per public page, on whatever database DATABASE_URL names (PostgreSQL).

    DATABASE_URL=postgres://ocop@127.0.0.1:5433/ocop_x ELASTICSEARCH_URL=http://127.0.0.1:9200 \
        .venv/bin/python bench/pages/query_counts.py [--load-demo] [--show KIND] [--anonymous-cache]

Renders home, catalogue, locality, product and producer pages (and the producer index) through
the Django test client with the whole middleware stack, twice each, and prints the number of
SQL queries of the second request (the first warms per-process caches: templates, the site
root, taxonomy names). ``--show product`` prints that page's queries. ``--load-demo`` runs
``load_demo`` first (idempotent). Test settings, so no CSRF/hosts surprises; the page cache
for anonymous visitors is off unless ``--anonymous-cache`` (then the second request is a hit).
"""

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.test")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--load-demo", action="store_true")
    parser.add_argument("--show", default="")
    parser.add_argument("--anonymous-cache", action="store_true")
    args = parser.parse_args()
    if not args.anonymous_cache:
        os.environ["OCOP_PAGE_CACHE_SECONDS"] = "0"

    import django

    django.setup()
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
    locality = (localities().filter(products__isnull=False).first() or Region.objects.first())
    urls = {
        "home": "/vi/",
        "catalogue": "/vi/san-pham/",
        "locality": f"/vi/san-pham/region/{locality.slug}/",
        "product": product.url,
        "producer": producer.url,
        "producers": producer.get_parent().url,
    }
    client = Client()
    print("| page | URL | status | SQL queries |\n| --- | --- | --- | --- |")
    for kind, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        print(f"| {kind} | `{url}` | {response.status_code} | {len(ctx.captured_queries)} |")
        if kind == args.show:
            shapes = Counter()
            for q in ctx.captured_queries:
                print("   ", q["sql"][:300])
                shapes[q["sql"].split(" WHERE ")[0][:120]] += 1
            for shape, n in shapes.most_common(8):
                print(f"  {n}× {shape}")


if __name__ == "__main__":
    main()
