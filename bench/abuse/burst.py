"""A hostile visitor's bursts against a local server: N checkouts and N bad admin logins.

Bounded loops against 127.0.0.1 only (never another host). Prints the status codes seen, the
time taken and, when given the server's process ids, the CPU the server spent per attempt.

    python bench/abuse/burst.py --base http://127.0.0.1:8108 --variant 12 --pids 4242,4243

See bench/abuse/README.md for the figures measured.
"""

import argparse
import collections
import os
import re
import sys
import time
from urllib.parse import urlsplit

import requests
from vietnam_provinces import Ward

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / CLOCK_TICKS


def csrf_post(session, url, data, referer):
    token = session.cookies.get("csrftoken", "")
    return session.post(
        url,
        data={**data, "csrfmiddlewaretoken": token},
        headers={"Referer": referer},
        allow_redirects=False,
        timeout=30,
    )


def one_checkout(base, admin_path, variant, n, same_identity):
    session = requests.Session()
    session.get(f"{base}/vi/cart/", timeout=30)
    if "csrftoken" not in session.cookies:  # an empty cart page has no form: take the cookie elsewhere
        session.get(f"{base}/{admin_path}login/", timeout=30)
    add = csrf_post(session, f"{base}/vi/cart/add/", {"variant": variant, "quantity": "1"}, f"{base}/vi/cart/")
    if add.status_code != 302:
        return f"cart {add.status_code}"
    page = session.get(f"{base}/vi/checkout/", timeout=30)
    if page.status_code != 200:
        return f"checkout page {page.status_code}"
    key = re.search(r'name="checkout_key" value="([^"]+)"', page.text).group(1)
    ward = next(w for w in Ward.iter_all() if int(w.province_code) == 22)
    suffix = 0 if same_identity else n
    data = {
        "checkout_key": key,
        "name": "A" * 100,
        "email": f"victim{suffix}@example.com",
        "phone": f"0912 {345000 + suffix:06d}"[:12],
        "country": "VN",
        "province": "22",
        "ward": str(int(ward.code)),
        "street_address": "12 Trần Hưng Đạo",
        "payment_method": "cod",
        "accept_terms": "on",
    }
    response = csrf_post(session, f"{base}/vi/checkout/", data, f"{base}/vi/checkout/")
    if response.status_code == 302:
        return "order placed"
    return f"checkout {response.status_code}"


def one_bad_login(base, admin_path, session, n, spread):
    url = f"{base}/{admin_path}login/"
    if "csrftoken" not in session.cookies:
        session.get(url, timeout=30)
    headers = {"Referer": url}
    if spread:
        # A botnet: another address each time (the server must trust X-Forwarded-For for this).
        headers["X-Forwarded-For"] = f"198.18.{n // 250}.{n % 250 + 1}"
    token = session.cookies.get("csrftoken", "")
    return session.post(
        url,
        data={"username": "admin", "password": f"wrong-{n}", "csrfmiddlewaretoken": token},
        headers=headers,
        allow_redirects=False,
        timeout=30,
    ).status_code


def run(label, attempts, action, pids):
    started, cpu_before = time.monotonic(), cpu_seconds(pids) if pids else 0
    seen = collections.Counter(action(n) for n in range(attempts))
    elapsed, cpu = time.monotonic() - started, (cpu_seconds(pids) - cpu_before) if pids else None
    print(f"{label}: {attempts} attempts in {elapsed:.1f} s: {dict(seen)}")
    if cpu is not None:
        print(f"  server CPU {cpu:.2f} s, {1000 * cpu / attempts:.1f} ms per attempt")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8108")
    parser.add_argument("--variant", required=True, help="id of a product variant with stock")
    parser.add_argument("--attempts", type=int, default=200)
    parser.add_argument("--admin-path", default="admin/")
    parser.add_argument("--pids", default="", help="server process ids, comma separated, for CPU figures")
    parser.add_argument("--only", choices=["checkouts", "logins"], default=None)
    parser.add_argument("--vary-identity", action="store_true", help="a new phone and e-mail per checkout")
    parser.add_argument("--spread", action="store_true", help="bad logins from many addresses (X-Forwarded-For)")
    args = parser.parse_args()
    if urlsplit(args.base).hostname not in {"127.0.0.1", "localhost", "::1"}:
        sys.exit("Only a local server: --base must be on 127.0.0.1.")
    attempts = min(args.attempts, 1000)
    pids = [int(p) for p in args.pids.split(",") if p]
    if args.only in (None, "checkouts"):
        label = "checkouts, a new identity each" if args.vary_identity else "checkouts, one identity"
        run(
            label,
            attempts,
            lambda n: one_checkout(args.base, args.admin_path, args.variant, n, not args.vary_identity),
            pids,
        )
    if args.only in (None, "logins"):
        session = requests.Session()
        label = "bad admin logins from many addresses" if args.spread else "bad admin logins"
        run(label, attempts, lambda n: one_bad_login(args.base, args.admin_path, session, n, args.spread), pids)


if __name__ == "__main__":
    main()
