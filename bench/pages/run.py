"""Page latency, side by side with Wagtail's bakerydemo, measured in the same run.

    python3 bench/pages/run.py --bakerydemo PATH [--requests 60] [--rounds 3] [--kinds home,index,...]

PATH is a clone of https://github.com/wagtail/bakerydemo (a work tree, or a bare git directory:
its HEAD is exported). Both sites are served the same way: gunicorn, 2 sync workers, DEBUG off,
SQLite, each on its own demo data (our `load_demo`, bakerydemo's `load_initial_data`), static files
collected and served by WhiteNoise. Everything is set up under ~/.cache/ocop/bench/pages once and
reused (delete that folder to start over).

Requests are HTML only, one new connection each (a first visit), and alternate between the two
sites page kind by page kind, so both see the same machine. Each round measures every kind on both
sites; the table reports the median of the rounds' p50 and p95, the ratio ours/bakerydemo of the
p50, the machine's core count and load beside them. Results are appended to bench/pages/RESULTS.md.

bakerydemo's own requirements ask for Django 6 (Python >= 3.12); it runs unchanged on Django 5.2,
which is what the machine's Python 3.11 can have: bench/pages/bakerydemo-requirements.txt pins it.
"""

import argparse
import io
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tarfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.common import machine, machine_line, median_of_runs, summary_ms, timed_get, wait_for  # noqa: E402

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "ocop" / "bench" / "pages"
OURS_VENV = ROOT / ".venv"
PEER_REQUIREMENTS = Path(__file__).with_name("bakerydemo-requirements.txt")
RESULTS = Path(__file__).with_name("RESULTS.md")
KINDS = ["home", "index", "product", "producer", "search"]


def run(cmd, env=None, cwd=None, quiet=True):
    result = subprocess.run(cmd, env=env, cwd=cwd, text=True, capture_output=quiet)
    if result.returncode:
        sys.stderr.write((result.stdout or "") + (result.stderr or ""))
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}")
    return result.stdout


# --- Our site ---------------------------------------------------------------------------------


def ours_env(port, database=None, media=None, search=None):
    """Our site's environment: the embedded defaults (SQLite, the database search backend) in a
    state folder of the bench's own, or ``database`` (a DATABASE_URL: the 100,000-product
    PostgreSQL database) with ``media`` (the folder its images were loaded into) and ``search``
    ("URL prefix": its Elasticsearch node and index prefix; without it listings use the database
    backend, production's fallback when the engine is down)."""
    state = CACHE / "ours-state"
    state.mkdir(parents=True, exist_ok=True)
    key_file = CACHE / "secret-key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(64))
    env = dict(os.environ)
    for name in ("DATABASE_URL", "ELASTICSEARCH_URL", "STRIPE_API_BASE", "CACHE_URL"):
        env.pop(name, None)  # the embedded defaults: SQLite and the database search backend
    env.update(
        OCOP_STATE_DIR=str(state),
        SECRET_KEY=key_file.read_text(),
        SITE_URL=f"http://127.0.0.1:{port}",
        OCOP_ALLOWED_HOST_PORTS=str(port),  # the host check accepts only the served port
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SERVE_MEDIA="1",
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
        LOG_LEVEL="WARNING",
        # Uncached rendering is what is compared with bakerydemo (which caches nothing);
        # BENCH_PAGE_CACHE_SECONDS=300 measures the anonymous page cache instead.
        OCOP_PAGE_CACHE_SECONDS=os.environ.get("BENCH_PAGE_CACHE_SECONDS", "0"),
    )
    if database:
        env["DATABASE_URL"] = database
    if media:
        env["MEDIA_ROOT"] = str(media)
    if search:
        env["ELASTICSEARCH_URL"], env["ELASTICSEARCH_INDEX_PREFIX"] = search.split()
    return env


def set_up_ours(port, database=None, media=None, search=None):
    python = str(OURS_VENV / "bin" / "python")
    if not Path(python).exists():
        raise SystemExit("Our virtualenv is missing: run `make run` or `make test` once first.")
    env = ours_env(port, database, media, search)
    dev = dict(env, DJANGO_SETTINGS_MODULE="site_config.settings.dev")
    # Always: a state folder made by an older checkout gets the newer migrations.
    run([python, "manage.py", "migrate", "--noinput", "-v", "0"], env=dev, cwd=ROOT)
    if not database and not (CACHE / "ours-state" / ".ready").exists():
        if (ROOT / "site_config" / "management" / "commands" / "bootstrap_site.py").exists():
            run([python, "manage.py", "bootstrap_site"], env=dev, cwd=ROOT)
        run([python, "manage.py", "load_demo", "--if-empty"], env=dev, cwd=ROOT)
        (CACHE / "ours-state" / ".ready").touch()
    prod = dict(env, DJANGO_SETTINGS_MODULE="site_config.settings.production")
    run([python, "manage.py", "collectstatic", "--noinput", "-v", "0"], env=prod, cwd=ROOT)
    script = (
        "from catalogue.models import ProductPage, ProducerPage\n"
        "print(ProductPage.objects.live().filter(locale__language_code='vi').order_by('path').first().url)\n"
        "print(ProducerPage.objects.live().filter(locale__language_code='vi').order_by('path').first().url)\n"
    )
    # Only the two URLs: the shell may print more (Django 5.2's automatic imports, log lines).
    output = run([python, "manage.py", "shell", "-v", "0", "-c", script], env=prod, cwd=ROOT)
    product, producer = [line for line in output.split() if line.startswith("/")][-2:]
    urls = {
        "home": "/vi/",
        "index": "/vi/san-pham/",
        "product": product,
        "producer": producer,
        "search": "/vi/search/?q=cha+muc",
    }
    return prod, [str(OURS_VENV / "bin" / "gunicorn"), "site_config.wsgi:application"], urls


# --- bakerydemo -------------------------------------------------------------------------------


def set_up_peer(source):
    source = Path(source)
    tree = CACHE / "bakerydemo"
    if not (tree / "manage.py").exists():
        if (source / "manage.py").exists():
            shutil.copytree(source, tree, ignore=shutil.ignore_patterns(".git"))
        else:  # a bare repository (what a mirror holds): export HEAD
            archive = subprocess.run(
                ["git", f"--git-dir={source}", "archive", "HEAD"], capture_output=True, check=True
            ).stdout
            tree.mkdir(parents=True)
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(tree, filter="data")
    venv = CACHE / "bakerydemo-venv"
    stamp = venv / ".installed"
    if not stamp.exists() or stamp.read_text() != PEER_REQUIREMENTS.read_text():
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", "-r", str(PEER_REQUIREMENTS)])
        stamp.write_text(PEER_REQUIREMENTS.read_text())
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="bakerydemo.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_LOG_LEVEL="WARNING",
        # bakerydemo's production settings redirect to HTTPS by default; like ours, plain HTTP here
        SECURE_SSL_REDIRECT="False",
    )
    python = str(venv / "bin" / "python")
    if not (tree / ".ready").exists():
        run([python, "manage.py", "migrate", "--noinput", "-v", "0"], env=env, cwd=tree)
        run([python, "manage.py", "load_initial_data"], env=env, cwd=tree)
        (tree / ".ready").touch()
    run([python, "manage.py", "collectstatic", "--noinput", "-v", "0"], env=env, cwd=tree)
    return env, [str(venv / "bin" / "gunicorn"), "bakerydemo.wsgi:application"], tree


def peer_urls(base):
    """The bakerydemo pages of the same kinds as ours: the first bread and location linked."""

    def first_link(index):
        html = urllib.request.urlopen(base + index, timeout=30).read().decode()
        links = sorted(set(re.findall(rf'href="({re.escape(index)}[a-z0-9-]+/)"', html)))
        if not links:
            raise SystemExit(f"no detail page linked from bakerydemo's {index}")
        return links[0]

    return {
        "home": "/",
        "index": "/breads/",
        "product": first_link("/breads/"),
        "producer": first_link("/locations/"),
        "search": "/search/?q=bread",
    }


# --- Measuring --------------------------------------------------------------------------------


def serve(cmd, env, cwd, port, workers):
    process = subprocess.Popen(
        [*cmd, "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning"],
        env=env,
        cwd=cwd,
        start_new_session=True,
    )
    wait_for(f"http://127.0.0.1:{port}/")
    return process


def stop(process):
    if process and process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def measure_round(sites, kinds, requests):
    """Alternate the sites request by request, kind by kind; returns {site: {kind: summary}}."""
    latencies = {name: {kind: [] for kind in kinds} for name in sites}
    for kind in kinds:
        for _ in range(requests):
            for name, (base, urls) in sites.items():
                seconds, status, _ = timed_get(base + urls[kind])
                if status != 200:
                    raise SystemExit(f"{name} {urls[kind]} answered {status}")
                latencies[name][kind].append(seconds)
    return {name: {kind: summary_ms(values) for kind, values in by_kind.items()} for name, by_kind in latencies.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bakerydemo", required=True, help="a clone of wagtail/bakerydemo (work tree or bare)")
    parser.add_argument("--requests", type=int, default=60, help="requests per page kind per site per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ours-port", type=int, default=8191)
    parser.add_argument("--peer-port", type=int, default=8192)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument(
        "--ours-database",
        help="our site on this DATABASE_URL (e.g. the 100,000-product PostgreSQL database) instead of its demo",
    )
    parser.add_argument("--ours-media", help="with --ours-database: the MEDIA_ROOT its images were loaded into")
    parser.add_argument(
        "--ours-search",
        help='with --ours-database: "ELASTICSEARCH_URL INDEX_PREFIX" of its index (else the database backend)',
    )
    args = parser.parse_args()
    kinds = args.kinds.split(",")

    ours_env_, ours_cmd, ours_urls = set_up_ours(args.ours_port, args.ours_database, args.ours_media, args.ours_search)
    peer_env, peer_cmd, peer_tree = set_up_peer(args.bakerydemo)
    processes = []
    try:
        processes.append(serve(ours_cmd, ours_env_, ROOT, args.ours_port, args.workers))
        processes.append(serve(peer_cmd, peer_env, peer_tree, args.peer_port, args.workers))
        ours_base, peer_base = f"http://127.0.0.1:{args.ours_port}", f"http://127.0.0.1:{args.peer_port}"
        sites = {"ours": (ours_base, ours_urls), "bakerydemo": (peer_base, peer_urls(peer_base))}
        for base, urls in sites.values():  # warm up: renditions, templates, connections
            for kind in kinds:
                for _ in range(5):
                    timed_get(base + urls[kind])
        before = machine()
        rounds = [measure_round(sites, kinds, args.requests) for _ in range(args.rounds)]
        after = machine()
    finally:
        for process in processes:
            stop(process)

    medians = {name: {kind: median_of_runs([r[name][kind] for r in rounds]) for kind in kinds} for name in sites}
    lines = [
        f"### {before['date']}: ours vs bakerydemo, gunicorn {args.workers} workers, "
        f"{'ours on ' + args.ours_database.split('@')[-1] if args.ours_database else 'SQLite'}, DEBUG off, "
        f"our page cache {os.environ.get('BENCH_PAGE_CACHE_SECONDS', '0')} s",
        "",
        f"Machine: {machine_line(before)}; after: load {after['load1']}. "
        f"{args.requests} requests per page kind per site per round, {args.rounds} rounds alternating; "
        "median of the rounds' p50 / p95, in ms.",
        "",
        "| page kind | ours (URL) | ours p50 / p95 | bakerydemo (URL) | bakerydemo p50 / p95 | ratio p50 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for kind in kinds:
        o, p = medians["ours"][kind], medians["bakerydemo"][kind]
        lines.append(
            f"| {kind} | `{sites['ours'][1][kind]}` | {o['p50']:.0f} / {o['p95']:.0f} | "
            f"`{sites['bakerydemo'][1][kind]}` | {p['p50']:.0f} / {p['p95']:.0f} | "
            f"{o['p50'] / p['p50']:.2f}× |"
        )
    report = "\n".join(lines) + "\n"
    print(report)
    with RESULTS.open("a") as results:
        results.write("\n" + report)


if __name__ == "__main__":
    main()
