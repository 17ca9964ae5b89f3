"""Storefront benchmark: order placement under 20 concurrent buyers, and webhook throughput.

    DATABASE_URL=postgres://ocop@127.0.0.1:5433/ocop STRIPE_API_BASE=http://127.0.0.1:12111 \
        .venv/bin/python bench/storefront/run.py [--buyers 20] [--orders-per-buyer 25] [--events 1000]

Runs against a throwaway PostgreSQL database created like the test database (``test_<name>``,
dropped at the end). Order placement goes through the real checkout view (Django test client,
whole middleware stack, session cart, CSRF off): each buyer adds to the cart, opens the
checkout and submits it; the time of the submit is measured. A second scenario has the 20
buyers race for the last 5 units. Webhooks are real signed ``checkout.session.completed``
events posted to /stripe/webhook/ from 8 threads, then the same events again (duplicates).
Prints a Markdown table and appends it to bench/storefront/RESULTS.md.
"""

import argparse
import json
import logging
import os
import random
import re
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.test")
# One client placing hundreds of orders with one phone number is the benchmark, not abuse.
os.environ.setdefault("OCOP_RATE_LIMITS_ENABLED", "0")
os.environ.setdefault("OCOP_HOLD_MAX_OPEN_ORDERS", "1000000")
os.environ.setdefault("OCOP_HOLD_MAX_UNITS", "1000000")
os.environ.setdefault("OCOP_CONFIRMATION_EMAILS_PER_HOUR", "1000000")

from bench.common import setup_django  # noqa: E402

setup_django()

from django.conf import settings  # noqa: E402
from django.db import connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

WEBHOOK_SECRET = "whsec_bench"


from bench.common import checkout_form, percentile  # noqa: E402 (one way for every bench)


def build_catalogue(variants=40, stock=100_000):
    """A home, a catalogue and ``variants`` products of one producer, built with the tests' factories."""
    from wagtail.models import Locale, Page, Site

    from catalogue.models import CatalogueIndexPage, ProducerIndexPage
    from home.models import HomePage
    from tests.factories import (
        ProducerPageFactory,
        ProductGroupFactory,
        ProductPageFactory,
        ProductVariantFactory,
        RegionFactory,
    )

    locale, _ = Locale.objects.get_or_create(language_code="vi")
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Trang chủ", slug="bench-home", locale=locale))
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    catalogue = home.add_child(instance=CatalogueIndexPage(title="Sản phẩm", slug="san-pham", locale=locale))
    producers = home.add_child(instance=ProducerIndexPage(title="Chủ thể", slug="chu-the", locale=locale))
    region = RegionFactory(name="Hạ Long", slug="ha-long", locale=locale)
    group = ProductGroupFactory(name="Thực phẩm", slug="thuc-pham", locale=locale)
    producer = ProducerPageFactory(parent=producers, title="HTX Bench", slug="htx-bench", region=region, locale=locale)
    return [
        ProductVariantFactory(
            product=ProductPageFactory(
                parent=catalogue,
                title=f"Sản phẩm {i}",
                slug=f"sp-{i}",
                producer=producer,
                group=group,
                region=region,
                locale=locale,
            ),
            sku=f"BENCH-{i}",
            price_vnd=50_000 + 1000 * i,
            stock=stock,
        )
        for i in range(variants)
    ]


def checkout_once(client, variant_ids, ward_code, payment_method="cod", buyer=0):
    for variant_id in variant_ids:
        client.post("/vi/cart/add/", {"variant": variant_id, "quantity": str(random.randint(1, 3))})
    page = client.get("/vi/checkout/").content.decode()
    key = re.search(r'name="checkout_key" value="([^"]+)"', page).group(1)
    data = checkout_form(key, ward_code, payment_method, buyer=buyer)
    started = time.perf_counter()
    response = client.post("/vi/checkout/", data)
    return time.perf_counter() - started, response.status_code


def run_threads(count, target):
    barrier = threading.Barrier(count)
    results = [None] * count

    def runner(i):
        try:
            barrier.wait()
            results[i] = target(i)
        finally:
            for conn in connections.all():
                conn.close()

    threads = [threading.Thread(target=runner, args=(i,)) for i in range(count)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def bench_placement(variants, buyers, per_buyer, ward_code):
    ids = [v.pk for v in variants]

    def buyer(i):
        client = Client()
        timings, statuses = [], []
        for n in range(per_buyer):
            variant_ids = random.sample(ids, random.randint(1, 3))
            elapsed, status = checkout_once(client, variant_ids, ward_code, buyer=i * 1000 + n)
            timings.append(elapsed)
            statuses.append(status)
        return timings, statuses

    results, wall = run_threads(buyers, buyer)
    timings = [t for r in results for t in r[0]]
    ok = sum(1 for r in results for s in r[1] if s == 302)
    return {
        "orders": ok,
        "attempts": len(timings),
        "wall": wall,
        "p50": statistics.median(timings),
        "p95": percentile(timings, 95),
        "p99": percentile(timings, 99),
        "throughput": ok / wall,
    }


def _process_buyer(args):
    """One buyer in its own process (forked after the test database exists)."""
    ids, per_buyer, ward_code, seed = args
    random.seed(seed)
    for conn in connections.all():
        conn.close()  # never share the parent's socket
    client = Client()
    timings, ok = [], 0
    try:
        for n in range(per_buyer):
            variant_ids = random.sample(ids, random.randint(1, 3))
            elapsed, status = checkout_once(client, variant_ids, ward_code, buyer=seed * 1000 + n)
            timings.append(elapsed)
            ok += status == 302
    finally:
        for conn in connections.all():
            conn.close()
    return timings, ok


def bench_placement_processes(variants, buyers, per_buyer, ward_code):
    """The same journey with one process per buyer: PostgreSQL concurrency without the GIL."""
    import multiprocessing

    ids = [v.pk for v in variants]
    for conn in connections.all():
        conn.close()
    context = multiprocessing.get_context("fork")
    started = time.perf_counter()
    with context.Pool(buyers) as pool:
        results = pool.map(_process_buyer, [(ids, per_buyer, ward_code, i) for i in range(buyers)])
    wall = time.perf_counter() - started
    timings = [t for r in results for t in r[0]]
    ok = sum(r[1] for r in results)
    return {
        "orders": ok,
        "attempts": len(timings),
        "wall": wall,
        "p50": statistics.median(timings),
        "p95": percentile(timings, 95),
        "p99": percentile(timings, 99),
        "throughput": ok / wall,
    }


def bench_last_units(ward_code, buyers):
    from catalogue.models import ProductVariant
    from storefront.models import Order

    variant = ProductVariant.objects.order_by("pk").first()
    ProductVariant.objects.filter(pk=variant.pk).update(stock=5)
    before = Order.objects.count()

    def buyer(i):
        client = Client()
        client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"})
        page = client.get("/vi/checkout/").content.decode()
        key = re.search(r'name="checkout_key" value="([^"]+)"', page).group(1)
        started = time.perf_counter()
        response = client.post(
            "/vi/checkout/",
            checkout_form(key, ward_code, buyer=10**5 + i),
        )
        return time.perf_counter() - started, response.status_code

    results, wall = run_threads(buyers, buyer)
    return {
        "orders": Order.objects.count() - before,
        "refused": sum(1 for _, s in results if s == 409),
        "stock": ProductVariant.objects.get(pk=variant.pk).stock,
        "p95": percentile([t for t, _ in results], 95),
    }


def bench_webhooks(variants, events_count, threads=8):
    from storefront.models import PaymentMethod
    from storefront.payments.stripe_gateway import sign_payload
    from storefront.services.cart import CartLine
    from storefront.services.orders import CustomerDetails, place_order
    from storefront.services.presentation import shop_settings

    shop = shop_settings()
    customer = CustomerDetails(
        name="Bench",
        email="b@example.com",
        phone="+84912345678",
        country="VN",
        street_address="1",
        province_code=22,
        province_name="Quảng Ninh",
    )
    payloads = []
    for i in range(events_count):
        variant = variants[i % len(variants)]
        variant.refresh_from_db()
        order, _ = place_order(
            cart_items={variant.pk: 1},
            lines=[CartLine(variant, 1)],
            customer=customer,
            payment_method=PaymentMethod.CARD,
            shop=shop,
            language="vi",
            checkout_key=f"bench-hook-{i}",
        )
        event = {
            "id": f"evt_bench_{i}",
            "type": "checkout.session.completed",
            "object": "event",
            "data": {
                "object": {
                    "object": "checkout.session",
                    "amount_total": order.total_vnd,
                    "currency": "vnd",
                    "payment_status": "paid",
                    "payment_intent": f"pi_{i}",
                    "client_reference_id": order.token,
                    "metadata": {"order_number": order.number},
                }
            },
        }
        payloads.append(json.dumps(event))

    def deliver(i):
        client = Client()
        mine = payloads[i::threads]
        statuses = []
        for payload in mine:
            header = sign_payload(payload, WEBHOOK_SECRET, int(time.time()))
            statuses.append(
                client.post(
                    "/stripe/webhook/", data=payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=header
                ).status_code
            )
        return statuses

    first, wall_first = run_threads(threads, deliver)
    again, wall_again = run_threads(threads, deliver)
    from storefront.models import Order, OrderStatusChange

    paid = Order.objects.filter(
        status="paid", number__in=[json.loads(p)["data"]["object"]["metadata"]["order_number"] for p in payloads]
    ).count()
    return {
        "events": events_count,
        "threads": threads,
        "rate_new": events_count / wall_first,
        "rate_dup": events_count / wall_again,
        "paid": paid,
        "transitions": OrderStatusChange.objects.filter(to_status="paid").count(),
        "ok": all(s == 200 for batch in first + again for s in batch),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buyers", type=int, default=20)
    parser.add_argument("--orders-per-buyer", type=int, default=25)
    parser.add_argument("--events", type=int, default=1000)
    args = parser.parse_args()
    if not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        sys.exit("Set DATABASE_URL to a PostgreSQL server (scripts/postgres.sh start).")
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_SECRET_KEY = settings.STRIPE_SECRET_KEY or "sk_test_bench"
    settings.DEBUG = False
    logging.getLogger("django.request").setLevel(logging.ERROR)  # the 409s of the race are expected
    logging.getLogger("stripe").setLevel(logging.WARNING)
    from vietnam_provinces import Ward

    ward_code = int(next(w for w in Ward.iter_all() if int(w.province_code) == 22).code)
    old_config = setup_databases(verbosity=0, interactive=False, keepdb=False)
    try:
        variants = build_catalogue()
        baseline = bench_placement(variants, 1, 20, ward_code)  # one buyer alone: the uncontended cost
        placement = bench_placement(variants, args.buyers, args.orders_per_buyer, ward_code)
        processes = bench_placement_processes(variants, args.buyers, args.orders_per_buyer, ward_code)
        last = bench_last_units(ward_code, args.buyers)
        hooks = bench_webhooks(variants[1:], args.events)  # the first one was sold out above
    finally:
        for conn in connections.all():
            conn.close()
        teardown_databases(old_config, verbosity=0)

    command = (
        "DATABASE_URL=… STRIPE_API_BASE=… .venv/bin/python bench/storefront/run.py "
        f"--buyers {args.buyers} --orders-per-buyer {args.orders_per_buyer} --events {args.events}"
    )
    table = "\n".join(
        [
            f"### {time.strftime('%Y-%m-%d %H:%M %z')} · PostgreSQL · `{command}`",
            "",
            "| measure | value |",
            "| --- | --- |",
            f"| order placement (checkout POST), {args.buyers} concurrent buyers as threads of one process | {placement['orders']} orders "
            f"of {placement['attempts']} attempts in {placement['wall']:.1f} s |",
            f"| placement latency p50 / p95 / p99 | {placement['p50'] * 1000:.0f} / {placement['p95'] * 1000:.0f} / "
            f"{placement['p99'] * 1000:.0f} ms |",
            f"| same, one buyer alone (20 orders): p50 / p95 | {baseline['p50'] * 1000:.0f} / "
            f"{baseline['p95'] * 1000:.0f} ms |",
            f"| placement throughput | {placement['throughput']:.1f} orders/s |",
            f"| same journey, {args.buyers} buyers in {args.buyers} processes | {processes['orders']} orders in "
            f"{processes['wall']:.1f} s; p50 / p95 / p99 {processes['p50'] * 1000:.0f} / "
            f"{processes['p95'] * 1000:.0f} / {processes['p99'] * 1000:.0f} ms; "
            f"{processes['throughput']:.1f} orders/s |",
            f"| {args.buyers} buyers racing for the last 5 units | {last['orders']} orders, {last['refused']} refused "
            f"(409), stock left {last['stock']}, p95 {last['p95'] * 1000:.0f} ms |",
            f"| webhook `checkout.session.completed`, new events ({hooks['threads']} threads) | "
            f"{hooks['rate_new']:.0f} events/s |",
            f"| webhook, the same events again (duplicates) | {hooks['rate_dup']:.0f} events/s |",
            f"| orders paid / paid transitions / all answers 200 | {hooks['paid']} / {hooks['transitions']} / "
            f"{hooks['ok']} |",
            "",
        ]
    )
    print(table)
    with open(Path(__file__).with_name("RESULTS.md"), "a", encoding="utf-8") as results:
        results.write(table + "\n")


if __name__ == "__main__":
    main()
