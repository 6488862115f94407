"""Measure every public page type with wrk against gunicorn (production settings, PostgreSQL, Redis).

Usage: python -m bench.run [--scale N] [--duration SECONDS] [--reuse]

Each page is measured with the page cache off (every request renders: "cold") and on ("warm"),
and one request at a time right after a publication (every cache empty: "first render"), next
to two references in the same run: a trivial Django view through the same gunicorn (the
framework floor) and nginx serving the home page saved as a file (the limit). The table goes
to docs/performance.md.
"""

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.local import production_env, recreate_database

ROOT = Path(__file__).resolve().parent.parent
APP_PORT, NGINX_PORT = 8300, 8301
CONNECTIONS, THREADS = 8, 2
PAGES = {
    "Home (en)": "/en/",
    "Home (fr)": "/fr/",
    "Section with subpage cards": "/en/about/",
    "Content page (key figures, accordion)": "/en/about/manifesto/",
    "Governance (from member records)": "/en/about/governance/",
    "Member directory": "/en/members/",
    "Member directory, filtered and searched": "/fr/membres/?country=FR&q=commune",
    "Member profile": "/en/members/liege/",
    "Listing, 2,000 × scale pages, page 1": "/en/news/",
    "Listing, page 50": "/en/news/?page=50",
    "Not found (404)": "/en/no-such-page/",
}
#: Requests per page, one at a time, each right after a new content generation (what publishing does).
FIRST_RENDERS = 15
#: The content generation as django-redis stores it: KEY_PREFIX "efus", version 1.
GENERATION_KEY = "efus:1:content:generation"
LARGE_DIRECTORY = 2500
#: Pages measured again once the directory holds LARGE_DIRECTORY authorities.
DIRECTORY_PAGES = ["Member directory", "Member directory, filtered and searched", "Member profile"]


def server_env(redis_url, page_cache_seconds):
    return production_env(
        "bench.settings",
        "efus_bench",
        redis_url,
        SERVE_MEDIA="true",
        MEDIA_ROOT=str(ROOT / "var" / "bench-media"),
        PAGE_CACHE_SECONDS=str(page_cache_seconds),
    )


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def prepare(redis_url, scale, reuse):
    env = server_env(redis_url, 600)
    if not reuse:
        recreate_database(env["DATABASE_URL"])
    run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env)
    run([sys.executable, "-m", "bench.generate", "--scale", str(scale)], env)
    run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    run(["redis-cli", "-u", redis_url, "flushdb"], env, capture_output=True)
    return env


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - local benchmark server
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer")


def wrk(url, duration):
    result = subprocess.run(
        ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{duration}s", "-s", str(ROOT / "bench" / "report.lua"), url],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def large_directory(env, redis_url, queries_before, duration):
    """The directory pages again, with LARGE_DIRECTORY authorities: their query counts must not move."""
    run([sys.executable, "-m", "bench.generate", "--authorities", str(LARGE_DIRECTORY)], env)
    paths = [PAGES[name] for name in DIRECTORY_PAGES]
    output = run([sys.executable, "-m", "bench.queries", *paths], env, capture_output=True, text=True).stdout
    queries = json.loads(output.strip().splitlines()[-1])
    run(["redis-cli", "-u", redis_url, "flushdb"], env, capture_output=True)
    cold = measure_app(server_env(redis_url, 0), duration, paths)
    lines = [
        f"With {LARGE_DIRECTORY:,} member authorities (cache cold):",
        "",
        "| Page | SQL queries (at 250) | Cold req/s | Cold p50 / p95 / p99 (ms) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, path in zip(DIRECTORY_PAGES, paths, strict=True):
        c = cold[path]
        lines.append(
            f"| {name} `{path}` | {queries[path]} ({queries_before[path]}) | {c['rps']:.0f} "
            f"| {c['p50']:.1f} / {c['p95']:.1f} / {c['p99']:.1f} |"
        )
    return "\n".join(lines)


def measure_app(env, duration, paths=None):
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "efus_site.wsgi:application",
            "--bind",
            f"127.0.0.1:{APP_PORT}",
            "--workers",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{APP_PORT}"
        wait_for(f"{base}/healthz/")
        results = {}
        if paths is not None:
            for path in paths:
                for _ in range(20):
                    urllib.request.urlopen(base + path, timeout=10)  # noqa: S310
                results[path] = wrk(base + path, duration)
            return results
        for path in ["/bench/trivial/", *PAGES.values()]:
            for _ in range(20):  # warm up: renditions, menus, the page cache when it is on
                with contextlib.suppress(OSError):
                    urllib.request.urlopen(base + path, timeout=10)  # noqa: S310
        with urllib.request.urlopen(f"{base}/en/", timeout=10) as response:  # noqa: S310
            results["home html"] = response.read()
        results["trivial"] = wrk(f"{base}/bench/trivial/", duration)
        for name, path in PAGES.items():
            results[name] = wrk(base + path, duration)
        if env["PAGE_CACHE_SECONDS"] == "0":
            results["first"] = {name: first_render(base + path, env["REDIS_URL"]) for name, path in PAGES.items()}
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def first_render(url, redis_url):
    """Median milliseconds of a request made right after the content generation moves on.

    Publishing anything does the same: every cached page, page object, card list and count is
    stale, so this request reads everything from PostgreSQL again.
    """
    times = []
    for _ in range(FIRST_RENDERS):
        run(["redis-cli", "-u", redis_url, "incr", GENERATION_KEY], None, capture_output=True)
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - local benchmark server
                response.read()
        except urllib.error.HTTPError as error:  # the 404 row
            error.read()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure_nginx(html, duration):
    folder = Path(tempfile.mkdtemp(prefix="efus-nginx-"))
    (folder / "index.html").write_bytes(html)
    config = folder / "nginx.conf"
    config.write_text(
        f"daemon off; worker_processes 2; pid {folder}/nginx.pid; error_log {folder}/error.log;\n"
        "events { worker_connections 256; }\n"
        f"http {{ access_log off; client_body_temp_path {folder}; proxy_temp_path {folder};\n"
        f"  fastcgi_temp_path {folder}; uwsgi_temp_path {folder}; scgi_temp_path {folder};\n"
        f"  server {{ listen 127.0.0.1:{NGINX_PORT}; root {folder}; default_type text/html; }} }}\n"
    )
    server = subprocess.Popen(["nginx", "-c", str(config), "-p", str(folder)])
    try:
        wait_for(f"http://127.0.0.1:{NGINX_PORT}/index.html")
        return wrk(f"http://127.0.0.1:{NGINX_PORT}/index.html", duration)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def table(queries, cold, warm, nginx):
    floor, limit = warm["trivial"]["rps"], nginx["rps"]
    lines = [
        "| Page | SQL queries | Cold req/s | Cold p50 / p95 / p99 (ms) | First render (ms) | Warm req/s "
        "| Warm p95 (ms) | Warm ÷ trivial view | Warm ÷ nginx |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in PAGES.items():
        c, w = cold[name], warm[name]
        lines.append(
            f"| {name} `{path}` | {queries[path]} | {c['rps']:.0f} | {c['p50']:.1f} / {c['p95']:.1f} / {c['p99']:.1f} "
            f"| {cold['first'][name]:.1f} | {w['rps']:.0f} | {w['p95']:.1f} | {w['rps'] / floor:.0%} "
            f"| {w['rps'] / limit:.0%} |"
        )
    lines += [
        f"| Trivial Django view (floor) | 0 | {cold['trivial']['rps']:.0f} | {cold['trivial']['p50']:.1f} / "
        f"{cold['trivial']['p95']:.1f} / {cold['trivial']['p99']:.1f} | | {floor:.0f} | {warm['trivial']['p95']:.1f} "
        f"| 100% | {floor / limit:.0%} |",
        f"| nginx, home page as a file (limit) | 0 | | | | {limit:.0f} | {nginx['p95']:.1f} "
        f"| {limit / floor:.0%} | 100% |",
    ]
    return "\n".join(lines)


START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def write_report(report, arguments):
    """Replace the measured part of docs/performance.md, keeping the analysis written around it."""
    command = f"python -m bench.run --scale {arguments.scale} --duration {arguments.duration}"
    machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    measured = (
        f"{START}\n"
        f"Measured {time.strftime('%Y-%m-%d')} on {machine}: gunicorn (4 sync workers, production settings), "
        f"PostgreSQL and Redis on the same machine, wrk with {THREADS} threads and {CONNECTIONS} connections, "
        f"{arguments.duration} s per row, data set at scale {arguments.scale} (`bench/generate.py`).\n\n"
        f"{report}\n\n"
        f"Reproduce (needs PostgreSQL and Redis on 127.0.0.1, `wrk` and `nginx`): `.venv/bin/{command}`\n"
        f"{END}"
    )
    path = ROOT / "docs" / "performance.md"
    text = path.read_text() if path.exists() else f"# Performance\n\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    path.write_text(before + measured + after)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per measurement")
    parser.add_argument("--reuse", action="store_true", help="keep the existing benchmark database")
    arguments = parser.parse_args()
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")

    env = prepare(redis_url, arguments.scale, arguments.reuse)
    queries = json.loads(
        run([sys.executable, "-m", "bench.queries", *PAGES.values()], env, capture_output=True, text=True)
        .stdout.strip()
        .splitlines()[-1]
    )
    cold = measure_app(server_env(redis_url, 0), arguments.duration)
    warm = measure_app(server_env(redis_url, 600), arguments.duration)
    nginx = measure_nginx(warm["home html"], arguments.duration)
    report = table(queries, cold, warm, nginx)
    report += "\n\n" + large_directory(env, redis_url, queries, arguments.duration)
    print(report)
    write_report(report, arguments)


if __name__ == "__main__":
    main()
