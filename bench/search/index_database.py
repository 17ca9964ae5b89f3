"""Fill Wagtail's database search backend (the fallback) with the products of one language.

    DATABASE_URL=... .venv/bin/python bench/search/index_database.py [--locale vi] [--backend fallback]

``update_index --backend fallback`` indexes every page of every language (~5 ms a page on the
database backend); the benchmark's queries are Vietnamese, so this indexes just those products,
in chunks of 1,000, and prints pages per second.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.dev")
os.environ.setdefault("DEBUG", "0")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--locale", default="vi")
    parser.add_argument("--backend", default="fallback")
    args = parser.parse_args()

    from bench.common import setup_django

    setup_django()
    from django.conf import settings
    from modelsearch.backends import get_search_backend

    from catalogue.models import ProductPage

    alias = args.backend if args.backend in settings.WAGTAILSEARCH_BACKENDS else "default"
    backend = get_search_backend(alias)
    index = backend.get_index_for_model(ProductPage)
    ids = list(
        ProductPage.get_indexed_objects()
        .filter(locale__language_code=args.locale)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    started = time.perf_counter()
    for start in range(0, len(ids), 1000):
        chunk = list(ProductPage.objects.filter(pk__in=ids[start : start + 1000]).order_by("pk"))
        index.add_items(ProductPage, chunk)
    elapsed = time.perf_counter() - started
    print(
        f"{alias} ({type(backend).__name__}): {len(ids)} {args.locale} product pages in {elapsed:.0f}s, "
        f"{len(ids) / elapsed:.0f} pages/s"
    )


if __name__ == "__main__":
    main()
