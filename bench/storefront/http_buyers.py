"""Concurrent buyers over HTTP against gunicorn (processes), production settings, PostgreSQL.

    DATABASE_URL=postgres://ocop@127.0.0.1:5433/ocop_http .venv/bin/python bench/storefront/http_buyers.py \
        [--port 8105] [--buyers 20] [--orders-per-buyer 10] [--workers 2] [--threads 4] [--runs 3]

The database must exist (it is migrated and filled with a bench catalogue: 40 variants with
plenty of stock). gunicorn runs with site_config/gunicorn.conf.py and production settings (DEBUG
off, the database task queue), and ``manage.py db_worker`` beside it sends the e-mails (console
backend) and re-indexes, as ``make serve`` does. Each buyer is a process of its own with its own
cookies: GET a product page (the CSRF token), POST to the cart 1–3 variants, GET the checkout,
POST it (cash on delivery); the checkout POST is timed end to end over HTTP. The buying is run
``--runs`` times against the same server (each run with buyers of its own) and the table gives
each run and their median, since the same code's p95 moves by ±30 % between runs here. Then the
buyers race
for a variant with 5 units left. Checks: every unit sold is missing from stock (sold + left =
before), no stock below zero, and exactly 5 orders win the race. Prints a Markdown table with the
machine's cores and load, and appends it to bench/storefront/RESULTS.md.
"""

import argparse
import http.client
import multiprocessing
import os
import random
import re
import secrets
import statistics
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.common import checkout_form, machine_line, percentile  # noqa: E402

PY = str(ROOT / ".venv" / "bin" / "python")


def server_env(port, workers, threads):
    env = dict(os.environ)
    for name in ("ELASTICSEARCH_URL", "CACHE_URL"):
        env.pop(name, None)  # search on the database backend: the bench is about orders
    env.update(
        DJANGO_SETTINGS_MODULE="site_config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        SITE_URL=f"http://127.0.0.1:{port}",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        PORT=str(port),
        OCOP_ALLOWED_HOST_PORTS=str(port),
        WEB_CONCURRENCY=str(workers),
        GUNICORN_THREADS=str(threads),
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        # One test client placing many orders with one phone number is the benchmark, not abuse.
        OCOP_RATE_LIMITS_ENABLED="0",
        OCOP_HOLD_MAX_OPEN_ORDERS="1000000",
        OCOP_HOLD_MAX_UNITS="1000000",
        OCOP_CONFIRMATION_EMAILS_PER_HOUR="1000000",
        LOG_LEVEL="WARNING",
    )
    return env


SETUP = """
import django; django.setup()
from catalogue.models import ProductVariant
if not ProductVariant.objects.filter(sku__startswith="BENCH-").exists():
    from bench.storefront.run import build_catalogue
    build_catalogue()
"""


class Browser:
    """One buyer: a connection, cookies kept by hand (production marks them Secure; this is HTTP)."""

    def __init__(self, port):
        self.port, self.cookies = port, {}

    def request(self, method, path, form=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        conn.close()
        return response.status, data


def machine_cpu_seconds():
    """CPU seconds the whole machine has spent busy since boot (Linux /proc/stat)."""
    with open("/proc/stat") as stat:
        user, nice, system, _idle, _iowait, irq, softirq, steal, *_ = map(int, stat.readline().split()[1:])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def cpu_by_role(roles):
    """CPU seconds (user + system) so far of the processes whose command line contains one of each
    role's markers, with the CPU of their children that ended and were reaped: {role: seconds}.
    The children's part keeps the figures whole when a process ends between two readings: gunicorn
    replaces a worker every ~1,000 requests (its master reaps it), PostgreSQL a backend whose
    connection closed (the postmaster reaps it)."""
    totals = dict.fromkeys(roles, 0.0)
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                command = cmdline.read().replace(b"\0", b" ").decode(errors="replace")
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        for role, markers in roles.items():
            if any(marker in command for marker in markers):
                # utime, stime, cutime, cstime (proc(5): fields 14–17)
                totals[role] += sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
                break
    return totals


CPU_ROLES = {
    "gunicorn workers": ("gunicorn",),
    "task worker": ("db_worker",),
    "PostgreSQL": ("postgres:", "bin/postgres "),
}


def token(html, name="csrfmiddlewaretoken"):
    match = re.search(rf'name="{name}" value="([^"]+)"', html)
    return match.group(1) if match else ""


def journey(browser, product_path, variant_ids, ward_code, number):
    status, html = browser.request("GET", product_path)
    csrf = token(html)
    if status != 200 or not csrf:
        raise SystemExit(f"the product page answered {status} without a form")
    for variant_id in variant_ids:
        browser.request(
            "POST",
            "/vi/cart/add/",
            {"variant": variant_id, "quantity": random.randint(1, 3), "csrfmiddlewaretoken": csrf},
        )
    status, html = browser.request("GET", "/vi/checkout/")
    form = {
        "csrfmiddlewaretoken": token(html) or csrf,
        **checkout_form(token(html, "checkout_key"), ward_code, buyer=number),
    }
    started = time.perf_counter()
    status, _ = browser.request("POST", "/vi/checkout/", form)
    return time.perf_counter() - started, status


def buyer(args):
    port, product_path, ids, orders, ward_code, seed, barrier_at = args
    random.seed(seed)
    browser = Browser(port)
    while time.time() < barrier_at:
        time.sleep(0.005)
    results = []
    cpu_before = time.process_time()
    for n in range(orders):
        variant_ids = random.sample(ids, random.randint(1, 3))
        results.append(journey(browser, product_path, variant_ids, ward_code, number=seed * 1000 + n))
    return results, time.process_time() - cpu_before


def racer(args):
    port, product_path, variant_id, ward_code, number, barrier_at = args
    browser = Browser(port)
    status, html = browser.request("GET", product_path)
    browser.request("POST", "/vi/cart/add/", {"variant": variant_id, "quantity": 1, "csrfmiddlewaretoken": token(html)})
    status, html = browser.request("GET", "/vi/checkout/")
    form = {"csrfmiddlewaretoken": token(html), **checkout_form(token(html, "checkout_key"), ward_code, buyer=number)}
    while time.time() < barrier_at:
        time.sleep(0.002)
    started = time.perf_counter()
    status, _ = browser.request("POST", "/vi/checkout/", form)
    return time.perf_counter() - started, status


def wait_for(port, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("gunicorn did not answer /healthz")


def buying_round(context, args, product_path, ids, ward_code, number):
    """One run of the buyers against the running server: every buyer's checkout POST timings, the
    orders placed, the wall time and the CPU by role (``number`` gives each run its own buyers)."""
    with context.Pool(args.buyers) as pool:
        start_at = time.time() + 3  # every buyer starts at once, after the processes are up
        while time.time() < start_at - 0.5:
            time.sleep(0.05)
        cpu_before, machine_before = cpu_by_role(CPU_ROLES), machine_cpu_seconds()
        buyers_out = pool.map(
            buyer,
            [
                (args.port, product_path, ids, args.orders_per_buyer, ward_code, number * args.buyers + i, start_at)
                for i in range(args.buyers)
            ],
        )
        wall = time.time() - start_at
        cpu_after, machine_after = cpu_by_role(CPU_ROLES), machine_cpu_seconds()
    cpu = {role: cpu_after[role] - cpu_before[role] for role in CPU_ROLES}
    cpu[f"buyers ({args.buyers} client processes)"] = sum(c for _r, c in buyers_out)
    results = [r for r, _cpu in buyers_out]
    timings = [t for r in results for t, _s in r]
    ok = sum(1 for r in results for _t, s in r if s == 302)
    return {"timings": timings, "ok": ok, "wall": wall, "cpu": cpu, "machine": machine_after - machine_before}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8105)
    parser.add_argument("--buyers", type=int, default=20)
    parser.add_argument("--orders-per-buyer", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument(
        "--runs", type=int, default=3, help="buying runs against the same server; the table gives their median"
    )
    parser.add_argument(
        "--in-request",
        action="store_true",
        help="the immediate task backend: e-mail and indexing inside the buyer's request (before)",
    )
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database made for this bench.")
    env = server_env(args.port, args.workers, args.threads)
    if args.in_request:
        env["TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
    os.environ.update(env)
    subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v", "0"], env=env, cwd=ROOT, check=True)
    subprocess.run([PY, "-c", SETUP], env=env, cwd=ROOT, check=True)
    subprocess.run([PY, "manage.py", "collectstatic", "--noinput", "-v", "0"], env=env, cwd=ROOT, check=True)

    from bench.common import setup_django

    setup_django()
    from django.db import connections
    from vietnam_provinces import Ward

    from catalogue.models import ProductVariant
    from storefront.models import Order, OrderLine

    ward_code = int(next(w for w in Ward.iter_all() if int(w.province_code) == 22).code)
    variants = list(ProductVariant.objects.filter(sku__startswith="BENCH-").select_related("product").order_by("pk"))
    ids = [v.pk for v in variants[1:]]
    product_path = variants[1].product.url
    stock_before = dict(ProductVariant.objects.filter(pk__in=ids).values_list("pk", "stock"))
    sold_before = dict.fromkeys(ids, 0)
    for pk, qty in OrderLine.objects.filter(variant_id__in=ids).values_list("variant_id", "quantity"):
        sold_before[pk] += qty
    connections.close_all()

    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "site_config/gunicorn.conf.py"], env=env, cwd=ROOT
    )
    worker = subprocess.Popen(
        [PY, "manage.py", "db_worker", "--interval", "1"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(args.port)
        Browser(args.port).request("GET", product_path)  # warm both workers a little
        Browser(args.port).request("GET", "/vi/checkout/")
        context = multiprocessing.get_context("spawn")
        rounds = [buying_round(context, args, product_path, ids, ward_code, n) for n in range(args.runs)]

        race_variant = variants[0]
        ProductVariant.objects.filter(pk=race_variant.pk).update(stock=5)
        race_orders_before = OrderLine.objects.filter(variant_id=race_variant.pk).count()
        connections.close_all()
        with context.Pool(args.buyers) as pool:
            start_at = time.time() + 3
            race = pool.map(
                racer,
                [
                    (args.port, product_path, race_variant.pk, ward_code, 10**5 + i, start_at)
                    for i in range(args.buyers)
                ],
            )
    finally:
        server.terminate()
        worker.terminate()
        server.wait(timeout=30)
        worker.wait(timeout=30)

    sold = dict.fromkeys(ids, 0)
    for pk, qty in OrderLine.objects.filter(variant_id__in=ids).values_list("variant_id", "quantity"):
        sold[pk] += qty
    stock_after = dict(ProductVariant.objects.filter(pk__in=ids).values_list("pk", "stock"))
    conserved = all(stock_before[pk] - (sold[pk] - sold_before[pk]) == stock_after[pk] for pk in ids)
    race_won = OrderLine.objects.filter(variant_id=race_variant.pk).count() - race_orders_before
    race_stock = ProductVariant.objects.get(pk=race_variant.pk).stock
    orders_total = Order.objects.count()

    command = (
        f"DATABASE_URL=… .venv/bin/python bench/storefront/http_buyers.py --buyers {args.buyers} "
        f"--orders-per-buyer {args.orders_per_buyer} --workers {args.workers} --threads {args.threads} "
        f"--runs {args.runs}" + (" --in-request" if args.in_request else "")
    )
    for run in rounds:
        ok, timings = run["ok"], run["timings"]
        run["figures"] = {
            "orders": f"{ok} of {len(timings)} in {run['wall']:.1f} s",
            "p50": statistics.median(timings) * 1000,
            "p95": percentile(timings, 95) * 1000,
            "p99": percentile(timings, 99) * 1000,
            "orders/s": ok / run["wall"],
            "machine": run["machine"] / max(ok, 1) * 1000,
            "busy": run["machine"] / run["wall"] / (os.cpu_count() or 1) * 100,
            **{role: seconds / max(ok, 1) * 1000 for role, seconds in run["cpu"].items()},
        }
        run["figures"]["the rest of the machine"] = run["figures"]["machine"] - sum(
            run["figures"][role] for role in run["cpu"]
        )

    def median(name):
        return statistics.median(run["figures"][name] for run in rounds)

    def row(label, cells, last):
        return f"| {label} | " + " | ".join(cells) + f" | {last} |"

    roles = [*rounds[0]["cpu"], "the rest of the machine"]
    heads = [f"run {n + 1}" for n in range(len(rounds))]
    table = "\n".join(
        [
            f"### {time.strftime('%Y-%m-%d %H:%M %z')} · PostgreSQL · gunicorn {args.workers} workers × {args.threads} "
            f"threads over HTTP · `{command}`",
            "",
            machine_line(),
            "",
            f"{args.buyers} buyers (processes), each placing {args.orders_per_buyer} orders, {len(rounds)} runs against "
            "the same server (each run its own buyers); the last column is the median of the runs.",
            "",
            "| measure | " + " | ".join(heads) + " | median |",
            "| --- | " + " | ".join("---" for _ in heads) + " | --- |",
            row("orders placed of checkout POSTs", [r["figures"]["orders"] for r in rounds], ""),
            row(
                "checkout POST p50 / p95 / p99 (ms)",
                [f"{r['figures']['p50']:.0f} / {r['figures']['p95']:.0f} / {r['figures']['p99']:.0f}" for r in rounds],
                f"{median('p50'):.0f} / **{median('p95'):.0f}** / {median('p99'):.0f}",
            ),
            row(
                "orders/s (whole journeys, wall time)",
                [f"{r['figures']['orders/s']:.1f}" for r in rounds],
                f"{median('orders/s'):.1f}",
            ),
            row(
                "machine CPU per order (ms) · cores busy",
                [f"{r['figures']['machine']:.0f} · {r['figures']['busy']:.0f} %" for r in rounds],
                f"{median('machine'):.0f} · {median('busy'):.0f} %",
            ),
            row(
                "CPU per order (ms): " + " / ".join(roles),
                [" / ".join(f"{r['figures'][role]:.0f}" for role in roles) for r in rounds],
                " / ".join(f"{median(role):.0f}" for role in roles),
            ),
            "",
            "| check (after the runs) | value |",
            "| --- | --- |",
            f"| stock conserved (before − sold = after, every variant) | {conserved} |",
            f"| {args.buyers} buyers racing for the last 5 units | {race_won} orders, "
            f"{sum(1 for _t, s in race if s == 409)} refused (409), stock left {race_stock}, "
            f"p95 {percentile([t for t, _s in race], 95) * 1000:.0f} ms |",
            f"| orders in the database | {orders_total} |",
            "",
        ]
    )
    print(table)
    with open(Path(__file__).with_name("RESULTS.md"), "a", encoding="utf-8") as results_file:
        results_file.write(table + "\n")
    if not conserved or race_won != 5 or race_stock != 0:
        sys.exit("OVERSOLD or lost stock: see the table")


if __name__ == "__main__":
    main()
