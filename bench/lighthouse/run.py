"""Lighthouse (mobile) scores of our pages under production settings.

    python3 bench/lighthouse/run.py [--runs 3] [--pages home,catalogue,product,producer,search]

Serves the site like bench/pages does (gunicorn, production settings, SQLite demo data under
~/.cache/ocop/bench/pages) and runs Lighthouse (npm, pinned in bench/lighthouse/package.json:
12.2.3 is the last release that runs on Node 20) in Debian's chromium, each page `--runs` times,
keeping the median of each category and the bytes transferred. Installs Lighthouse with `npm ci`
into bench/lighthouse/node_modules the first time. Appends a table to bench/lighthouse/RESULTS.md
and keeps the JSON reports in bench/results/ (git-ignored).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import machine, machine_line  # noqa: E402
from bench.pages.run import serve, set_up_ours, stop  # noqa: E402

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
PAGES = ["home", "catalogue", "product", "producer", "search"]


def lighthouse(url, out):
    binary = HERE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    env = dict(os.environ, CHROME_PATH="/usr/bin/chromium")
    command = [
        str(binary),
        url,
        "--output=json",
        f"--output-path={out}",
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS}",
        "--form-factor=mobile",
    ]
    # Lighthouse sometimes loses the trace of a load ("NO_NAVSTART ... Please run Lighthouse
    # again"): a second attempt is what it asks for; a third failure is a real one.
    for attempt in range(3):
        if subprocess.run(command, env=env).returncode == 0:
            break
        print(f"lighthouse failed on {url} (attempt {attempt + 1}), running it again", file=sys.stderr)
    else:
        raise SystemExit(f"lighthouse failed three times on {url}")
    report = json.loads(Path(out).read_text())
    scores = {name: round(100 * (report["categories"][name]["score"] or 0)) for name in CATEGORIES}
    items = report["audits"]["network-requests"]["details"]["items"]
    scores["kB"] = round(sum(item.get("transferSize", 0) for item in items) / 1024)
    images = sum(item.get("transferSize", 0) for item in items if item.get("resourceType") == "Image")
    scores["kB without images"] = round((sum(item.get("transferSize", 0) for item in items) - images) / 1024)
    return scores


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=8193)
    parser.add_argument("--pages", default=",".join(PAGES))
    args = parser.parse_args()

    env, cmd, urls = set_up_ours(args.port)
    urls["catalogue"] = urls.pop("index")
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    process = serve(cmd, env, ROOT, args.port, 2)
    results = {}
    try:
        info = machine()
        for page in args.pages.split(","):
            runs = [
                lighthouse(f"http://127.0.0.1:{args.port}{urls[page]}", out_dir / f"lighthouse-{page}-{i}.json")
                for i in range(args.runs)
            ]
            results[page] = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    finally:
        stop(process)

    lines = [
        f"### {info['date']}: Lighthouse {args.runs}× per page, mobile, production settings",
        "",
        f"Machine: {machine_line(info)}. Median of the runs.",
        "",
        "| page | URL | performance | accessibility | best practices | SEO | kB transferred | kB without images |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for page, scores in results.items():
        lines.append(
            f"| {page} | `{urls[page]}` | "
            + " | ".join(f"{scores[key]:.0f}" for key in [*CATEGORIES, "kB", "kB without images"])
            + " |"
        )
    report = "\n".join(lines) + "\n"
    print(report)
    with (HERE / "RESULTS.md").open("a") as results_file:
        results_file.write("\n" + report)


if __name__ == "__main__":
    main()
