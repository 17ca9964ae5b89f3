"""Production smoke test: `make serve` (gunicorn, production settings, the task worker) on PostgreSQL
and Elasticsearch, checked from outside over HTTP as a reverse proxy would talk to it.

The server gets its own database (<test database name>_smoke, recreated each run), its own index
prefix on the Elasticsearch node of the suite, its own state directory (media, static files) and
SITE_URL=https://ocop.example.vn; requests go to 127.0.0.1:<port> with that Host and
X-Forwarded-Proto: https, like a TLS-terminating proxy's. The node is reached through a TCP relay
in this process: closing the relay is an Elasticsearch outage for the server (connection refused)
without stopping the node that other test runs share.
"""

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = "https://ocop.example.vn"
HOST = urlsplit(SITE).hostname
START_TIMEOUT = int(os.environ.get("SMOKE_START_TIMEOUT", "600"))
MAX_PAGES = 60

pytestmark = pytest.mark.smoke


# --- helpers -------------------------------------------------------------------------------------


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Relay:
    """A TCP relay 127.0.0.1:<port> → the Elasticsearch node; ``close()`` makes the node unreachable."""

    def __init__(self, target):
        parts = urlsplit(target)
        self.target = (parts.hostname, parts.port or 9200)
        self.port = free_port()
        self.open()

    def open(self):
        self.listener = socket.create_server(("127.0.0.1", self.port))
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            self.connections += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self):
        # shutdown() first: on Linux, close() alone leaves a socket that a thread is blocked in
        # accept() on still listening.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for s in self.connections:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
                s.close()
        self.thread.join(timeout=5)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Server:
    def __init__(self, port, env):
        self.base = f"http://127.0.0.1:{port}"
        self.env = env
        self.opener = urllib.request.build_opener(NoRedirect)

    def request(self, path, data=None, headers=None, cookies=None):
        """(status, headers, body bytes) for ``path`` as the proxy forwards it (Host, https)."""
        if path.startswith(SITE):
            path = path[len(SITE) :] or "/"
        request = urllib.request.Request(
            self.base + path,
            data=data,
            headers={"Host": HOST, "X-Forwarded-Proto": "https", "Accept-Language": "vi", **(headers or {})},
        )
        if cookies:
            request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()))
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def manage(self, *args):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=600
        )


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.pages, self.images, self.meta, self.links, self.json_ld = set(), set(), {}, [], []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.pages.add(attrs["href"])
        if tag in ("img", "source"):
            for value in (attrs.get("src"), attrs.get("srcset")):
                for candidate in (value or "").split(","):
                    if candidate.strip():
                        self.images.add(candidate.strip().split()[0])
        if tag == "meta" and attrs.get("property"):
            self.meta.setdefault(attrs["property"], attrs.get("content", ""))
        if tag == "link":
            self.links.append(attrs)
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_ld = True

    def handle_endtag(self, tag):
        self._in_ld = False if tag == "script" else self._in_ld

    def handle_data(self, data):
        if self._in_ld and data.strip():
            self.json_ld.append(json.loads(data))


def on_site(url):
    return url.startswith(f"{SITE}/") or url == SITE


def local_path(url):
    """The site path of a same-site link, or None for another host, a fragment or mailto."""
    if url.startswith(SITE):
        url = url[len(SITE) :] or "/"
    if not url.startswith("/") or url.startswith("//"):
        return None
    return url.split("#")[0]


def strings_in(data):
    if isinstance(data, dict):
        for key, value in data.items():
            if key != "sameAs":  # the organisation's own profiles elsewhere (its website, Facebook)
                yield from strings_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings_in(value)
    elif isinstance(data, str):
        yield data


# --- the server ------------------------------------------------------------------------------------


def _database_urls():
    import dj_database_url

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.fail("the smoke test needs DATABASE_URL on PostgreSQL (make test sets it)")
    config = dj_database_url.parse(url)
    name = f"{config['NAME']}_smoke"
    admin = url.rsplit("/", 1)[0] + "/postgres"
    return admin, name, url.rsplit("/", 1)[0] + f"/{name}"


def _recreate_database(admin_url, name):
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def _drop_database(admin_url, name):
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _delete_indexes(es_url, prefix):
    try:
        with urllib.request.urlopen(f"{es_url}/_cat/indices/{prefix}*?h=index", timeout=30) as response:
            names = response.read().decode().split()
        for index in names:
            urllib.request.urlopen(urllib.request.Request(f"{es_url}/{index}", method="DELETE"), timeout=30).close()
    except OSError:
        pass


@pytest.fixture(scope="module")
def relay():
    es_url = os.environ.get("ELASTICSEARCH_URL", "").split(",")[0]
    if not es_url:
        pytest.fail("the smoke test needs ELASTICSEARCH_URL (make test sets it)")
    relay = Relay(es_url)
    yield relay
    relay.close()


@pytest.fixture(scope="module")
def server(relay, tmp_path_factory):
    started = time.monotonic()
    admin_url, db_name, db_url = _database_urls()
    _recreate_database(admin_url, db_name)
    state = tmp_path_factory.mktemp("smoke-state")
    port = free_port()
    prefix = f"ocopsmoke_{os.getpid()}_"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST", "ELASTICSEARCH"))},
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SITE_URL": SITE,
        "PORT": str(port),
        "DATABASE_URL": db_url,
        "ELASTICSEARCH_URL": relay.url,
        "ELASTICSEARCH_INDEX_PREFIX": prefix,
        "ELASTICSEARCH_TIMEOUT": "3",
        "OCOP_STATE_DIR": str(state),
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(state / "mail"),
        "WEB_CONCURRENCY": "2",
        "GUNICORN_THREADS": "4",
        "STRIPE_SECRET_KEY": "",
    }
    log = (state / "serve.log").open("w")
    process = subprocess.Popen(
        ["make", "-s", "serve"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    server = Server(port, env)
    server.log_path = state / "serve.log"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail("make serve exited:\n" + server.log_path.read_text()[-4000:])
            try:
                if server.request("/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    f"make serve did not answer within {START_TIMEOUT}s:\n" + server.log_path.read_text()[-4000:]
                )
            time.sleep(1)
        server.started_in = time.monotonic() - started
        result = server.manage("shell", "-c", (Path(__file__).parent / "smoke_content.py").read_text())
        assert result.returncode == 0, result.stdout + result.stderr
        print(
            f"\nsmoke: make serve answered after {server.started_in:.0f}s, content after "
            f"{time.monotonic() - started:.0f}s",
            file=sys.stderr,
        )
        yield server
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()
        _delete_indexes(os.environ.get("ELASTICSEARCH_URL", "").split(",")[0], prefix)
        _drop_database(admin_url, db_name)
        shutil.rmtree(state, ignore_errors=True)


@pytest.fixture(scope="module")
def crawl(server):
    """Every page reachable from the two home pages (up to MAX_PAGES), with what each links to."""
    queue, seen, pages, images = ["/vi/", "/en/"], set(), {}, set()
    while queue and len(pages) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, headers, body = server.request(path)
        pages[path] = (status, headers, body)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        parser = Links()
        parser.feed(body.decode())
        pages[path] = (status, headers, body, parser)
        for href in parser.pages:
            target = local_path(urljoin(path, href))
            if target and "?" not in target and not target.startswith(("/admin/", "/api/", "/documents/")):
                queue.append(target)
        images |= {local_path(urljoin(path, src)) for src in parser.images} - {None}
        images |= {local_path(parser.meta[p]) for p in ("og:image",) if p in parser.meta} - {None}
    return pages, images


# --- the checks ------------------------------------------------------------------------------------


def test_every_crawled_page_and_image_answers_200(server, crawl):
    pages, images = crawl
    assert len(pages) >= 15, sorted(pages)  # home, catalogue, producers, products, content pages, both languages
    assert [p for p, (status, *_) in pages.items() if status != 200] == []
    assert len(images) >= 6
    broken = {}
    for path in sorted(images):
        status, headers, body = server.request(path)
        if status != 200 or not headers.get("Content-Type", "").startswith("image/") or not body:
            broken[path] = status
    assert broken == {}


def test_canonical_hreflang_open_graph_and_json_ld_are_on_site_url(crawl):
    pages, _ = crawl
    html_pages = {p: v[3] for p, v in pages.items() if len(v) == 4}
    for path, parser in html_pages.items():
        canonical = [link["href"] for link in parser.links if link.get("rel") == "canonical"]
        alternates = [link["href"] for link in parser.links if link.get("rel") == "alternate" and link.get("hreflang")]
        assert canonical and canonical[0] == SITE + path, path
        assert alternates and all(on_site(url) for url in alternates), (path, alternates)
        assert on_site(parser.meta["og:url"]) and on_site(parser.meta["og:image"]), path
        urls = [s for data in parser.json_ld for s in strings_in(data) if s.startswith("http")]
        assert all(on_site(u) or u.startswith("https://schema.org") for u in urls), (path, urls)
    assert any(d.get("@type") in ("Product", "ProductGroup") for p in html_pages.values() for d in p.json_ld)


def test_sitemap_and_robots_point_at_site_url(server):
    status, _, body = server.request("/sitemap.xml")
    assert status == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(body)
    locations = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    alternates = [link.get("href") for link in root.findall("s:url/x:link", ns)]
    assert len(locations) >= 15 and all(on_site(u) for u in locations + alternates)
    assert all(server.request(u)[0] == 200 for u in locations[:10])
    assert f"Sitemap: {SITE}/sitemap.xml" in server.request("/robots.txt")[2].decode()


def test_security_headers(server, crawl):
    pages, _ = crawl
    status, headers, _ = pages["/vi/"][:3]
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] in ("DENY", "SAMEORIGIN")
    assert "default-src" in headers["Content-Security-Policy"]
    assert "camera=()" in headers["Permissions-Policy"]
    # plain http is sent to https on SITE_URL's host
    status, headers, _ = server.request("/vi/", headers={"X-Forwarded-Proto": "http"})
    assert status == 301 and headers["Location"] == f"{SITE}/vi/"
    # another Host is refused
    assert server.request("/vi/", headers={"Host": "evil.example"})[0] == 400


def test_public_html_is_compressed(server):
    status, headers, body = server.request("/vi/", headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"


def test_order_email_links_are_on_site_url(server, crawl):
    pages, _ = crawl
    product = next(p for p, v in pages.items() if len(v) == 4 and re.search(r'name="variant"', v[2].decode()))
    cookies = {}

    def remember(headers):
        for cookie in headers.get_all("Set-Cookie") or []:
            name, value = cookie.split(";")[0].split("=", 1)
            if "max-age=0" in cookie.lower():
                cookies.pop(name, None)
                continue
            assert "; secure" in cookie.lower(), cookie  # cookies only over https
            cookies[name] = value

    def form(path):
        status, headers, body = server.request(path, cookies=cookies)
        remember(headers)
        return body.decode()

    def post(path, fields, referer):
        from urllib.parse import urlencode

        status, headers, _ = server.request(
            path,
            data=urlencode(fields).encode(),
            cookies=cookies,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Referer": SITE + referer},
        )
        remember(headers)
        return status, headers

    html = form(product)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    variant = re.search(r'name="variant" value="(\d+)"', html).group(1)
    status, _ = post("/vi/cart/add/", {"csrfmiddlewaretoken": token, "variant": variant, "quantity": "1"}, product)
    assert status == 302
    html = form("/vi/checkout/")
    from vietnam_provinces import Ward

    ward = next(w for w in Ward.iter_all() if int(w.province_code) == 22)
    fields = {
        "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1),
        "checkout_key": re.search(r'name="checkout_key" value="([^"]+)"', html).group(1),
        "name": "Nguyễn Văn An",
        "email": "an@example.com",
        "phone": "0912 345 678",
        "country": "VN",
        "province": "22",
        "ward": str(int(ward.code)),
        "street_address": "12 Trần Hưng Đạo",
        "payment_method": "cod",
        "accept_terms": "on",
    }
    status, headers = post("/vi/checkout/", fields, "/vi/checkout/")
    assert status == 302, status
    order_path = headers["Location"]
    assert server.request(order_path, cookies=cookies)[0] == 200
    mail_dir = Path(server.env["EMAIL_FILE_PATH"])
    deadline = time.monotonic() + 60
    while not (mail_dir.exists() and any(mail_dir.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.5)
    message = "".join(path.read_text(errors="replace") for path in mail_dir.iterdir())
    links = set(re.findall(r"https?://[^\s\"'<>]+", message))
    assert links, message[:2000]
    assert {link for link in links if not on_site(link) and "w3.org" not in link} == set()
    assert any(link.endswith(urlsplit(order_path).path) or urlsplit(order_path).path in link for link in links)


def test_healthz_reports_both_services_and_503_when_elasticsearch_is_down(server, relay):
    status, _, body = server.request("/healthz")
    report = json.loads(body)
    assert status == 200 and report["database"] == {**report["database"], "ok": True, "vendor": "postgresql"}
    assert report["search"]["ok"] and report["search"]["engine"] == "elasticsearch"
    assert "ready" in report["tasks"]
    relay.close()
    try:
        status, _, body = server.request("/healthz")
        report = json.loads(body)
        assert status == 503 and report["database"]["ok"] and not report["search"]["ok"]
        # the site itself still answers, searching the database
        assert server.request("/vi/search/?q=ch%E1%BA%A3")[0] == 200
    finally:
        relay.open()
    assert server.request("/healthz")[0] == 200


def test_a_burst_on_the_search_api_reaches_429(server):
    """Without CACHE_URL each gunicorn worker keeps its own counters (README, "Abuse resistance"),
    and a burst may straddle a window's end: more requests than workers × 2 windows × the limit
    must meet a 429 however they are shared out (200 did not, once the two workers shared them
    evenly)."""
    from django.conf import settings

    limit, _seconds = settings.OCOP_RATE_LIMITS["search"]
    burst = int(server.env["WEB_CONCURRENCY"]) * 2 * limit + 1

    def one(i):
        return server.request(f"/api/v1/search/?locale=vi&q=tra{i % 7}")[0]

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(one, range(burst)))
    assert 429 in statuses, {s: statuses.count(s) for s in set(statuses)}
    assert set(statuses) <= {200, 429}, {s: statuses.count(s) for s in set(statuses)}


def _sessions_opened():
    """Connections PostgreSQL has accepted to the server's database so far (pg_stat_database)."""
    import psycopg

    admin, name, _url = _database_urls()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute("SELECT pg_stat_clear_snapshot()")
        return connection.execute("SELECT sessions FROM pg_stat_database WHERE datname = %s", [name]).fetchone()[0]


def test_requests_reuse_the_servers_database_connections(server):
    """Forty requests that each read the database open at most one connection per gunicorn thread
    (2 workers × 4 threads): before, every request opened its own (a forked PostgreSQL backend and
    a login each, the largest cost of an order under load)."""
    threads = int(server.env["WEB_CONCURRENCY"]) * int(server.env["GUNICORN_THREADS"])
    for _ in range(threads):  # every thread has had its chance to connect
        assert server.request("/healthz")[0] == 200
    before = _sessions_opened()
    for _ in range(40):
        assert server.request("/healthz")[0] == 200
    opened = _sessions_opened() - before
    # (+1: the task worker's own connection may be counted late, when PostgreSQL flushes its statistics)
    assert opened <= threads + 1, f"{opened} new database connections for 40 requests"
