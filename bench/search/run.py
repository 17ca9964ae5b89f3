"""Catalogue search benchmark (not a test): indexing rate, then five query shapes over HTTP.

Usage (PostgreSQL with a generated catalogue, a running Elasticsearch node):

    DATABASE_URL=postgres://ocop@127.0.0.1:5433/ocop_bench ELASTICSEARCH_URL=http://127.0.0.1:9200 \\
        .venv/bin/python bench/search/run.py [--skip-index] [--requests 300] [--concurrency 4]

Before: ``manage.py migrate``, ``load_demo`` and ``generate_catalogue --products 100000 --seed 1``
on that database. The script

1. rebuilds the Elasticsearch index (``update_index --backend default``) and the database
   backend's index (``--backend fallback``) and reports documents per second;
2. starts gunicorn twice (2 workers): with Elasticsearch, and without (Wagtail's database
   backend on PostgreSQL, which is also the outage fallback), and sends each query shape
   ``--requests`` times from ``--concurrency`` keep-alive clients to the JSON API;
3. sends the same Elasticsearch request bodies straight to the node and records its own
   ``took``, to separate the engine's time from the application's;
4. prints a Markdown table (also written to bench/search/last-run.md).
"""

import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.dev")
os.environ.setdefault("DEBUG", "0")

from bench.common import percentile  # noqa: E402 (one way to compute percentiles for every bench)

TEXTS = [
    "cha muc",
    "tra hoa vang",
    "ruou ba kich",
    "mat ong",
    "nuoc mam",
    "mien dong",
    "gom men",
    "sa sung kho",
    "ga doi",
    "che xanh",
    "Chả mực Hạ Long",
    "tinh dầu hồi",
]
PREFIXES = ["cha m", "tra h", "ruo", "mat o", "nuoc ma", "mien", "gom", "sa su", "ga d", "che x", "chả mự", "tinh d"]


def shapes(localities, groups, rng):
    """{shape: [(api path, search_catalogue kwargs or suggest text)]}."""
    out = {"text": [], "text_3_filters": [], "browse_facets": [], "autocomplete": [], "page_50": []}
    for i in range(60):
        text = TEXTS[i % len(TEXTS)]
        out["text"].append(({"q": text}, {"text": text}))
        region = rng.choice(localities)
        out["text_3_filters"].append(
            (
                {"q": text, "region": region, "stars": "3", "in_stock": "1"},
                {"text": text, "region": region, "stars": 3, "in_stock": True},
            )
        )
        group = rng.choice(groups)
        out["browse_facets"].append(({"group": group}, {"group": group}))
        prefix = PREFIXES[i % len(PREFIXES)]
        out["autocomplete"].append(({"q": prefix}, {"suggest": prefix}))
        out["page_50"].append(({"page": "50", "sort": rng.choice(["relevance", "price_asc", "newest"])}, {"page": 50}))
    return out


def run_http(port, shape, items, requests, concurrency):
    latencies, errors, degraded = [], [], []
    lock = threading.Lock()
    counter = iter(range(requests))

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                break
            params, _ = items[n % len(items)]
            base = "/api/v1/search/suggest/" if shape == "autocomplete" else "/api/v1/search/"
            path = base + "?" + urllib.parse.urlencode({"locale": "vi", **params})
            started = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                if response.status != 200:
                    errors.append((response.status, body[:200]))
                else:
                    latencies.append(elapsed)
                    degraded.append(json.loads(body).get("degraded"))
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99),
        "rps": len(latencies) / wall,
        "errors": len(errors),
        "degraded": any(degraded),
        "first_error": errors[0] if errors else None,
    }


def engine_took(items, shape, repeats):
    """The node's own ``took`` (ms) and the client round trip for the same request bodies."""
    from bench.common import setup_django

    setup_django()
    from wagtail.models import Locale

    from catalogue.models import ProductGroup, Region
    from search.engine import elasticsearch, msearch
    from search.es_query import build_search_requests, build_suggest_body, product_index, restricted_paths
    from search.params import SearchFilters

    engine = elasticsearch()
    index = product_index(engine)
    vi = Locale.objects.get(language_code="vi")
    excluded = restricted_paths()
    took, round_trip = [], []
    for n in range(repeats):
        _, spec = items[n % len(items)]
        if "suggest" in spec:
            body = build_suggest_body(spec["suggest"], vi, excluded_paths=excluded)
            started = time.perf_counter()
            response_took = engine.es.search(index=index, **body)["took"]
        else:
            filters = SearchFilters(
                region=Region.objects.get(slug=spec["region"], locale=vi) if "region" in spec else None,
                group=ProductGroup.objects.get(slug=spec["group"], locale=vi) if "group" in spec else None,
                stars=spec.get("stars"),
                in_stock=spec.get("in_stock", False),
            )
            bodies = build_search_requests(
                spec.get("text", ""), vi, filters, "relevance", spec.get("page", 1), 24, excluded_paths=excluded
            )
            started = time.perf_counter()
            _, response_took = msearch(engine, product_index(engine), bodies)
        round_trip.append((time.perf_counter() - started) * 1000)
        took.append(response_took)
    return {
        "took_p50": percentile(took, 50),
        "took_p95": percentile(took, 95),
        "rt_p50": percentile(round_trip, 50),
        "rt_p95": percentile(round_trip, 95),
    }


def machine():
    """Cores and load average, written beside the figures: two runs compare only on like machines."""
    one, five, fifteen = os.getloadavg()
    return f"{os.cpu_count()} cores, load average {one:.1f} / {five:.1f} / {fifteen:.1f} (1 / 5 / 15 min)"


def median_run(runs):
    """The run with the median p50 of several runs of one shape (its p95 and p99 come with it)."""
    ordered = sorted(runs, key=lambda r: r["p50"])
    chosen = dict(ordered[len(ordered) // 2])
    chosen["errors"] = sum(r["errors"] for r in runs)
    chosen["degraded"] = any(r["degraded"] for r in runs)
    chosen["first_error"] = next((r["first_error"] for r in runs if r["first_error"]), None)
    chosen["p95_runs"] = [r["p95"] for r in runs]
    return chosen


def manage(*args, env):
    started = time.perf_counter()
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)
    return time.perf_counter() - started


def start_gunicorn(port, env):
    process = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "site_config.wsgi",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "--keep-alive",
            "30",
        ],
        cwd=ROOT,
        # the host check (site_config.middleware) answers 400 to a port it does not serve
        # a load test from one client: the per-client rate limit would answer 429 after 120 requests
        env={**env, "OCOP_ALLOWED_HOST_PORTS": str(port), "OCOP_RATE_LIMITS_ENABLED": "0"},
    )
    for _ in range(100):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/v1/search/suggest/?q=a")
            conn.getresponse().read()
            return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError("gunicorn did not start")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-index", action="store_true", help="keep both indexes as they are")
    parser.add_argument("--skip-db-index", action="store_true", help="rebuild only the Elasticsearch index")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--db-requests", type=int, default=60, help="requests per shape on the database backend")
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--engines", default="es,db", help="es, db or es,db (database backend columns)")
    parser.add_argument("--runs", type=int, default=3, help="repeat each shape; the median run is reported")
    args = parser.parse_args()
    if not os.environ.get("ELASTICSEARCH_URL"):
        sys.exit("Set ELASTICSEARCH_URL (scripts/elasticsearch.sh start) and DATABASE_URL (PostgreSQL).")
    env = {**os.environ, "DATABASE_CONN_MAX_AGE": "60", "OCOP_SEARCH_RETRY_AFTER": "10"}
    lines = []

    from bench.common import setup_django

    setup_django()
    from wagtail.models import Locale

    from catalogue.models import ProductGroup, ProductPage, Region

    vi = Locale.objects.get(language_code="vi")
    product_pages = ProductPage.objects.count()
    localities = list(Region.objects.filter(locale=vi, kind="locality").values_list("slug", flat=True))
    groups = list(ProductGroup.objects.filter(locale=vi, parent__isnull=True).values_list("slug", flat=True))
    lines.append(
        f"Catalogue: {ProductPage.objects.filter(locale=vi).count()} products, "
        f"{product_pages} product pages in all languages.\n"
    )
    lines.append(f"Machine at the start: {machine()}.\n")

    if not args.skip_index:
        from wagtail.models import Page

        pages = Page.objects.count()
        es_seconds = manage("update_index", "--backend", "default", "-v", "0", env=env)
        lines.append("| indexing | pages | seconds | docs/s |\n| --- | ---: | ---: | ---: |")
        lines.append(
            f"| Elasticsearch (`update_index --backend default`) | {pages} | {es_seconds:.0f} | "
            f"{pages / es_seconds:.0f} |"
        )
        if not args.skip_db_index:
            db_seconds = manage("update_index", "--backend", "fallback", "-v", "0", env=env)
            lines.append(
                f"| PostgreSQL database backend (`--backend fallback`) | {pages} | {db_seconds:.0f} | "
                f"{pages / db_seconds:.0f} |"
            )
        lines.append("")

    rng = random.Random(1)
    queries = shapes(localities, groups, rng)
    results = {}
    engines = [e for e in (("es", env), ("db", {**env, "ELASTICSEARCH_URL": ""})) if e[0] in args.engines.split(",")]
    for label, engine_env in engines:
        server = start_gunicorn(args.port, engine_env)
        try:
            for shape, items in queries.items():
                requests = args.requests if label == "es" else args.db_requests
                warm = run_http(args.port, shape, items, 10, args.concurrency)
                if warm["errors"] == 10:  # a misconfigured server: stop rather than report empty rows
                    raise SystemExit(f"{label} {shape}: every request failed, first: {warm['first_error']}")
                results[(label, shape)] = median_run(
                    [run_http(args.port, shape, items, requests, args.concurrency) for _ in range(args.runs)]
                )
        finally:
            server.terminate()
            server.wait()
    engine = {shape: engine_took(items, shape, args.requests) for shape, items in queries.items()}

    lines.append(
        f"HTTP: gunicorn 2 workers, {args.concurrency} keep-alive clients, JSON API, latencies in ms; "
        f"{args.requests} requests per shape with Elasticsearch, {args.db_requests} on the database "
        f"backend; each shape run {args.runs} times, the run with the median p50 reported "
        "(the p95 of every run in the last column).\n"
    )
    lines.append(f"Machine at the end: {machine()}.\n")
    lines.append(
        "| shape | ES p50 | ES p95 | ES p99 | ES req/s | ES `took` p50/p95 | ES client round trip p50 "
        "| app overhead (p50 / took p50) | DB p50 | DB p95 | DB p99 | DB req/s | DB p95 / ES p95 "
        "| ES p95 of each run |"
    )
    lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    missing = {
        "p50": float("nan"),
        "p95": float("nan"),
        "p99": float("nan"),
        "rps": float("nan"),
        "errors": 0,
        "degraded": False,
        "p95_runs": [],
    }
    for shape in queries:
        es, db, en = results[("es", shape)], results.get(("db", shape), missing), engine[shape]
        overhead = es["p50"] / max(en["took_p50"], 1)
        lines.append(
            f"| {shape} | {es['p50']:.1f} | {es['p95']:.1f} | {es['p99']:.1f} | {es['rps']:.0f} | "
            f"{en['took_p50']:.0f}/{en['took_p95']:.0f} | {en['rt_p50']:.1f} | {overhead:.1f}× | "
            f"{db['p50']:.1f} | {db['p95']:.1f} | {db['p99']:.1f} | {db['rps']:.0f} | "
            f"{db['p95'] / es['p95']:.1f}× | {' / '.join(f'{p:.0f}' for p in es['p95_runs'])} |"
        )
        for label, r in (("ES", es), ("DB", db)):
            if r["errors"]:
                lines.append(f"\n{label} {shape}: {r['errors']} errors, first: {r['first_error']}")
        if es["degraded"]:
            lines.append(f"\nES {shape}: answers were degraded (engine unreachable?)")
    text = "\n".join(lines)
    print(text)
    (ROOT / "bench/search/last-run.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
