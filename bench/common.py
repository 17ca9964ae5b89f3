"""What every benchmark here shares: percentiles computed one way, the machine's state written
beside the figures, the median of repeated runs so that two reports can be compared, Django set
up one way, and the checkout a bench buyer posts.

Benchmarks are scripts, not tests: they print Markdown and append it to a RESULTS.md.
"""

import datetime
import os
import platform
import statistics
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup_django(settings_module="site_config.settings.dev"):
    """Django for a bench script: the project importable, ``settings_module`` unless the
    environment already names one (DJANGO_SETTINGS_MODULE), then ``django.setup()``."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)
    import django

    django.setup()


def percentile(values, pct):
    """Nearest-rank percentile (no interpolation): a value that was really measured."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def summary_ms(latencies):
    """p50/p95/p99 of latencies given in seconds, in milliseconds."""
    return {f"p{p}": 1000 * percentile(latencies, p) for p in (50, 95, 99)}


def checkout_form(checkout_key, ward_code, payment_method="cod", buyer=0):
    """What buyer number ``buyer`` in Hạ Long posts to /vi/checkout/ (the shop benches all order
    the same way). Each number has its own e-mail address and phone: in production one person
    holds at most three unpaid orders (storefront.services.limits), so a bench that places all its
    orders as one person measures a hold-limit count no real checkout makes."""
    return {
        "checkout_key": checkout_key,
        "name": "Khách Bench",
        "email": f"bench{buyer}@example.com",
        "phone": f"0912{buyer % 10**6:06d}",
        "country": "VN",
        "province": "22",
        "ward": str(ward_code),
        "street_address": "1 Hạ Long",
        "payment_method": payment_method,
        "accept_terms": "on",
    }


def median_of_runs(runs):
    """Median, per key, of several runs' summaries ({key: number})."""
    keys = runs[0].keys()
    return {key: statistics.median(run[key] for run in runs) for key in keys}


def machine():
    """The state of the machine while measuring: a figure means little without it."""
    load1, load5, _ = os.getloadavg()
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(),
        "load1": round(load1, 2),
        "load5": round(load5, 2),
        "python": platform.python_version(),
    }


def machine_line(info=None):
    info = info or machine()
    return (
        f"{info['date']}, {info['cores']} cores, load average {info['load1']} (1 min) / "
        f"{info['load5']} (5 min), Python {info['python']}"
    )


def timed_get(url, timeout=30, headers=None):
    """One GET over a new connection, as a first-time visitor makes it: (seconds, status, bytes)."""
    request = urllib.request.Request(url, headers=headers or {})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        body = error.read()
        status = error.code
    return time.perf_counter() - start, status, len(body)


def wait_for(url, timeout=120):
    """Wait until the server at url answers (any HTTP status), or raise."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            timed_get(url, timeout=5)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not answer within {timeout}s") from None
            time.sleep(0.5)
