"""A gunicorn worker's first requests, with and without the warm-up of the WSGI module
(site_config/warmup.py, ``OCOP_WARM_UP``), alternating, each start a fresh gunicorn (1 worker).

    DATABASE_URL=postgres://ocop@127.0.0.1:5433/ocop_http .venv/bin/python bench/storefront/first_request.py [--starts 4]

The database must hold a site and the bench catalogue (http_buyers.py fills them). Times over HTTP
the first GET of the cart page after /healthz answers (the worker's first page: URL maps,
templates, settings), then, after a product is put in the cart (untimed), the worker's first
checkout form (its country, province and ward options). Prints a Markdown table with the machine's load and appends it to RESULTS.md.
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.common import machine_line  # noqa: E402
from bench.storefront.http_buyers import Browser, server_env, token, wait_for  # noqa: E402


def first_requests(port, warm, product_path, variant_id):
    env = server_env(port, 1, 4)
    env["OCOP_WARM_UP"] = "1" if warm else "0"
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "site_config/gunicorn.conf.py"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        browser = Browser(port)

        def timed(path):
            started = time.perf_counter()
            status, html = browser.request("GET", path)
            assert status == 200, (path, status)
            return (time.perf_counter() - started) * 1000

        first_page = timed("/vi/cart/")
        _status, html = browser.request("GET", product_path)
        status, _ = browser.request(
            "POST", "/vi/cart/add/", {"variant": variant_id, "quantity": 1, "csrfmiddlewaretoken": token(html)}
        )
        assert status == 302, status
        timings = [first_page, timed("/vi/checkout/")]
        return timings
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8107)
    parser.add_argument("--starts", type=int, default=4)
    args = parser.parse_args()
    from bench.common import setup_django

    setup_django()
    from django.db import connections

    from catalogue.models import ProductVariant

    variant = ProductVariant.objects.filter(sku__startswith="BENCH-").select_related("product").order_by("pk")[1]
    product_path = variant.product.url
    connections.close_all()
    runs = {True: [], False: []}
    for _ in range(args.starts):
        for warm in (True, False):
            runs[warm].append(first_requests(args.port, warm, product_path, variant.pk))
    lines = [
        f"### {time.strftime('%Y-%m-%d %H:%M %z')} · a worker's first requests · "
        f"`.venv/bin/python bench/storefront/first_request.py --starts {args.starts}`",
        "",
        machine_line(),
        "",
        "| warm-up | first page (cart), each start | median | first checkout form, each start | median |",
        "| --- | --- | --- | --- | --- |",
    ]
    for warm in (True, False):
        firsts = [round(first) for first, _ in runs[warm]]
        nexts = [round(second) for _, second in runs[warm]]
        label = "on (default)" if warm else "off (`OCOP_WARM_UP=0`)"
        lines.append(
            f"| {label} | {', '.join(map(str, firsts))} ms | {statistics.median(firsts):.0f} ms | "
            f"{', '.join(map(str, nexts))} ms | {statistics.median(nexts):.0f} ms |"
        )
    text = "\n".join([*lines, ""])
    print(text)
    with open(Path(__file__).with_name("RESULTS.md"), "a", encoding="utf-8") as results:
        results.write(text + "\n")


if __name__ == "__main__":
    main()
