"""Measure every public page type with wrk against gunicorn (production settings, PostgreSQL, Redis).

Usage: make bench [BENCH_ARGS="--scale N --duration SECONDS --reuse --smoke ..."]
       python -m bench.run --help   (after `make install messages`)

Each page is measured with the page cache off (every request renders: "cold") and on ("warm"),
and one request at a time right after a publication (every cache empty: "first render"), next
to two references in the same run: a trivial Django view through the same gunicorn (the
framework floor) and nginx serving the home page saved as a file (the limit). The table goes
to docs/performance.md, unless --no-report or --smoke (one second per row, to check that every
page answers as expected). Any page answering another status than expected fails the run.
"""

import argparse
import dataclasses
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from bench.generate import NEWS_PAGES
from bench.local import check_prerequisites, option, production_env, recreate_database, service_options, service_urls

ROOT = Path(__file__).resolve().parent.parent
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
    "Resources library, filtered": "/fr/ressources/?theme=drogues&language=fr&year=2021",
    "Resource": "/en/resources/council-of-europe-covid-19-toolkit/",
    "COVID-19 initiatives, filtered": "/fr/covid-19/?theme=jeunesse&kind=city",
    "Shared initiative": "/en/covid-19/des-espaces-publics-reamenages-pour-le-deconfinement/",
    "Listing, 10,000 × scale pages, page 1": "/en/news/",
    "Listing, page 50": "/en/news/?page=50",
    "Press room, page 1": "/en/press/",
    "Press room, one year": "/fr/presse/?year=2022",
    "Press release": "/en/press/brussels-declaration-public-spaces/",
    "Theme page (releases on it)": "/en/themes/public-spaces-and-terrorism/",
    "Conference series (figures table)": "/en/conferences/",
    "Conference edition with its programme": "/en/conferences/brussels-2024/",
    "Events, upcoming": "/en/events/",
    "Event": "/en/events/nightlife-task-force-reopening/",
    "Declarations": "/en/declarations/",
    "Declaration (10 signatories, map)": "/en/declarations/brussels-declaration-safer-inclusive-public-spaces/",
    "EU projects, filtered": "/fr/projets/?theme=espaces-publics-et-terrorisme&status=finished",
    "EU project (partners, outputs, events)": "/en/projects/pactesur/",
    "Member profile, full history (Nice)": "/en/members/nice/",
    "Network history (timeline)": "/en/about/history/",
    "Newsletter (form, past issues)": "/en/newsletter/",
    "Newsletter issue": "/fr/lettre-d-information/premier-numero/",
    "Search, over 10,000 indexed items": "/en/search/?q=nightlife+authorities",
    "Search, French, nothing found": "/fr/search/?q=atlantide",
    "Not found (404)": "/en/no-such-page/",
    # Logged in as a member (bench/network.py): never from the anonymous page cache.
    "Network dashboard (logged in)": "/en/network/",
    "Exchange thread, 50 replies (logged in)": "/en/network/exchange/0/",
}
#: Rows requested with a member's session cookie; the thread's address is known once the data exists.
LOGGED_IN = {"Network dashboard (logged in)", "Exchange thread, 50 replies (logged in)"}
SESSION = {"cookie": "", "paths": set()}
#: Every other page must answer 200, without a redirect.
EXPECTED_STATUS = {"/en/no-such-page/": 404}


@dataclasses.dataclass(frozen=True)
class Rounds:
    """How much each row does: seconds of wrk load, requests before it, first renders timed."""

    duration: int = 10
    warm_ups: int = 20
    #: Requests per page, one at a time, each right after a new content generation (what publishing does).
    first_renders: int = 15


SMOKE = Rounds(duration=1, warm_ups=3, first_renders=3)
#: News items in the smoke run's smaller data set: 50 listing pages of 12, so page 50 exists.
SMOKE_NEWS = 600
#: Press releases and resources in the smoke run: enough for their lists' filters to find some.
SMOKE_ITEMS = 60
#: The content generation as django-redis stores it: KEY_PREFIX "efus", version 1.
GENERATION_KEY = "efus:1:content:generation"
LARGE_DIRECTORY = 2500
#: Pages measured again once the directory holds LARGE_DIRECTORY authorities.
DIRECTORY_PAGES = ["Member directory", "Member directory, filtered and searched", "Member profile"]
#: Unexpected answers seen under load, reported after the table.
problems = []


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer of its own here: a page that redirects is not the page measured."""

    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


def _path(url):
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def fetch(url):
    """Status and body of one request to the local benchmark servers (a member's, for a logged-in row)."""
    request = urllib.request.Request(url)  # noqa: S310 - the benchmark's own local servers
    if _path(url) in SESSION["paths"]:
        request.add_header("Cookie", SESSION["cookie"])
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def expect(url, path):
    """Request url; exit if it does not answer as path should."""
    status, body = fetch(url)
    expected = EXPECTED_STATUS.get(path, 200)
    if status != expected:
        raise SystemExit(f"{url} answered {status} instead of {expected}")
    return body


#: One key for every process of a run: the member's session (bench/network.py) must be valid in each server.
SECRET_KEY = secrets.token_urlsafe(50)


def server_env(database_url, redis_url, page_cache_seconds):
    return production_env(
        "bench.settings",
        database_url,
        redis_url,
        SECRET_KEY=SECRET_KEY,
        SERVE_MEDIA="true",
        MEDIA_ROOT=str(ROOT / "var" / "bench-media"),
        PAGE_CACHE_SECONDS=str(page_cache_seconds),
    )


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def prepare(database_url, redis_url, generate_arguments, reuse):
    """The database (migrated, generated), static files and an empty Redis database."""
    env = server_env(database_url, redis_url, 600)
    if not reuse:
        recreate_database(env["DATABASE_URL"])
    run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env)
    run([sys.executable, "-m", "bench.generate", *generate_arguments], env)
    run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    run(["redis-cli", "-u", redis_url, "flushdb"], env, capture_output=True)
    return env


def wait_for(url, server, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"The server for {url} exited with status {server.returncode}")
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer")


def wrk(url, duration, path):
    """wrk's figures for url; what path should not answer goes to problems."""
    cookie = ["-H", f"Cookie: {SESSION['cookie']}"] if path in SESSION["paths"] else []
    result = subprocess.run(
        [
            "wrk",
            f"-t{THREADS}",
            f"-c{CONNECTIONS}",
            f"-d{duration}s",
            *cookie,
            "-s",
            str(ROOT / "bench" / "report.lua"),
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    # wrk counts answers of 400 and above as non2xx.
    unexpected = figures["requests"] - figures["non2xx"] if path in EXPECTED_STATUS else figures["non2xx"]
    if figures["errors"] or unexpected:
        problems.append(f"{url}: {figures['errors']} socket errors, {unexpected} unexpected answers")
    return figures


def large_directory(env, port, rounds, generate_arguments, queries_before):
    """The directory pages again, with LARGE_DIRECTORY authorities: their query counts must not move."""
    run([sys.executable, "-m", "bench.generate", *generate_arguments, "--authorities", str(LARGE_DIRECTORY)], env)
    paths = [PAGES[name] for name in DIRECTORY_PAGES]
    output = run([sys.executable, "-m", "bench.queries", *paths], env, capture_output=True, text=True).stdout
    queries = json.loads(output.strip().splitlines()[-1])
    run(["redis-cli", "-u", env["REDIS_URL"], "flushdb"], env, capture_output=True)
    cold = measure_app(server_env(env["DATABASE_URL"], env["REDIS_URL"], 0), port, rounds, paths=paths)
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


def measure_app(env, port, rounds, first_renders=False, paths=None):
    """wrk's figures for each page through gunicorn (paths, or every page and the trivial view)."""
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "efus_site.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/healthz/", server)
        results = {}
        if paths is not None:
            for path in paths:
                for _ in range(rounds.warm_ups):
                    expect(base + path, path)
                results[path] = wrk(base + path, rounds.duration, path)
            return results
        for path in ["/bench/trivial/", *PAGES.values()]:
            for _ in range(rounds.warm_ups):  # warm up: renditions, menus, the page cache when it is on
                expect(base + path, path)
        results["home html"] = expect(f"{base}/en/", "/en/")
        results["trivial"] = wrk(f"{base}/bench/trivial/", rounds.duration, "/bench/trivial/")
        for name, path in PAGES.items():
            results[name] = wrk(base + path, rounds.duration, path)
        if first_renders:
            results["first"] = {
                name: first_render(base + path, path, env["REDIS_URL"], rounds.first_renders)
                for name, path in PAGES.items()
            }
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def first_render(url, path, redis_url, count):
    """Median milliseconds of a request made right after the content generation moves on.

    Publishing anything does the same: every cached page, page object, card list and count is
    stale, so this request reads everything from PostgreSQL again.
    """
    times = []
    for _ in range(count):
        run(["redis-cli", "-u", redis_url, "incr", GENERATION_KEY], None, capture_output=True)
        started = time.perf_counter()
        expect(url, path)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure_nginx(html, port, duration):
    folder = Path(tempfile.mkdtemp(prefix="efus-nginx-"))
    (folder / "index.html").write_bytes(html)
    config = folder / "nginx.conf"
    config.write_text(
        f"daemon off; worker_processes 2; pid {folder}/nginx.pid; error_log {folder}/error.log;\n"
        "events { worker_connections 256; }\n"
        f"http {{ access_log off; client_body_temp_path {folder}; proxy_temp_path {folder};\n"
        f"  fastcgi_temp_path {folder}; uwsgi_temp_path {folder}; scgi_temp_path {folder};\n"
        f"  server {{ listen 127.0.0.1:{port}; root {folder}; default_type text/html; }} }}\n"
    )
    server = subprocess.Popen(["nginx", "-c", str(config), "-p", str(folder)])
    try:
        url = f"http://127.0.0.1:{port}/index.html"
        wait_for(url, server)
        expect(url, "/index.html")
        return wrk(url, duration, "/index.html")
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
    command = f'make bench BENCH_ARGS="--scale {arguments.scale} --duration {arguments.duration}"'
    machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    measured = (
        f"{START}\n"
        f"Measured {time.strftime('%Y-%m-%d')} on {machine}: gunicorn (4 sync workers, production settings), "
        f"PostgreSQL and Redis on the same machine, wrk with {THREADS} threads and {CONNECTIONS} connections, "
        f"{arguments.duration} s per row, data set at scale {arguments.scale} (`bench/generate.py`).\n\n"
        f"{report}\n\n"
        f"Reproduce (needs PostgreSQL and Redis on 127.0.0.1, `wrk`, `nginx` and `redis-cli`): `{command}`\n"
        f"{END}"
    )
    path = ROOT / "docs" / "performance.md"
    text = path.read_text() if path.exists() else f"# Performance\n\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    path.write_text(before + measured + after)


def check_messages():
    """Exit unless every interface catalogue is compiled: the pages would be measured untranslated."""
    stale = [
        str(catalogue.relative_to(ROOT))
        for catalogue in ROOT.glob("locale/*/LC_MESSAGES/*.po")
        if not catalogue.with_suffix(".mo").exists()
        or catalogue.with_suffix(".mo").stat().st_mtime < catalogue.stat().st_mtime
    ]
    if stale:
        raise SystemExit(f"Not compiled: {', '.join(stale)}. Run `make messages`, or the benchmark with `make bench`.")


def arguments_parser():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="data set size, 1 is today's Efus (default 1)")
    parser.add_argument("--duration", type=int, help="seconds of load per row (default 10, 1 with --smoke)")
    parser.add_argument("--reuse", action="store_true", help="keep the existing benchmark database")
    parser.add_argument("--no-report", action="store_true", help="print the table, leave docs/performance.md")
    parser.add_argument("--smoke", action="store_true", help="check every page quickly: --duration 1 --no-report")
    parser.add_argument(
        "--only", metavar="WORDS", help="measure only the rows whose name contains WORDS (implies --no-report)"
    )
    option(parser, "--app-port", "BENCH_APP_PORT", 8300, "gunicorn's port", convert=int)
    option(parser, "--nginx-port", "BENCH_NGINX_PORT", 8301, "nginx's port", convert=int)
    service_options(parser, "BENCH", "efus_bench", 3)
    return parser


def log_in_for_network_rows(env):
    """A member's session and the 50-reply thread (bench/network.py), for the logged-in rows."""
    rows = LOGGED_IN & set(PAGES)
    if not rows:
        return
    output = run([sys.executable, "-m", "bench.network"], env, capture_output=True, text=True).stdout
    network = json.loads(output.strip().splitlines()[-1])
    if "Exchange thread, 50 replies (logged in)" in PAGES:
        PAGES["Exchange thread, 50 replies (logged in)"] = network["thread"]
    SESSION.update(cookie=network["cookie"], paths={PAGES[name] for name in rows})


def main():
    arguments = arguments_parser().parse_args()
    rounds = SMOKE if arguments.smoke else Rounds()
    if arguments.duration:
        rounds = dataclasses.replace(rounds, duration=arguments.duration)
    arguments.duration = rounds.duration
    if arguments.only:
        # A partial table must not replace the report's full one.
        arguments.no_report = True
        for name in [name for name in PAGES if arguments.only.lower() not in name.lower()]:
            del PAGES[name]
        if not PAGES:
            raise SystemExit(f"No row's name contains {arguments.only!r}.")
    database_url, redis_url = service_urls(arguments.database, arguments.redis_db)
    check_messages()
    commands = {"wrk": "wrk", "nginx": "nginx", "redis-cli": "redis-tools"}
    check_prerequisites(commands, redis_url, [arguments.app_port, arguments.nginx_port])

    started = time.monotonic()
    generate_arguments = ["--scale", str(arguments.scale)]
    if arguments.smoke:
        generate_arguments += ["--news", str(SMOKE_NEWS), "--press", str(SMOKE_ITEMS), "--resources", str(SMOKE_ITEMS)]
    env = prepare(database_url, redis_url, generate_arguments, arguments.reuse)
    print(f"Prepared in {time.monotonic() - started:.0f} s", flush=True)
    log_in_for_network_rows(env)
    queries = json.loads(
        run(
            [sys.executable, "-m", "bench.queries", *PAGES.values()],
            dict(env, BENCH_LOGGED_IN=json.dumps({"cookie": SESSION["cookie"], "paths": sorted(SESSION["paths"])})),
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    cold = measure_app(server_env(database_url, redis_url, 0), arguments.app_port, rounds, first_renders=True)
    warm = measure_app(server_env(database_url, redis_url, 600), arguments.app_port, rounds)
    nginx = measure_nginx(warm["home html"], arguments.nginx_port, rounds.duration)
    report = table(queries, cold, warm, nginx)
    if set(DIRECTORY_PAGES) <= set(PAGES):
        report += "\n\n" + large_directory(env, arguments.app_port, rounds, generate_arguments, queries)
    print(report)
    if arguments.smoke:
        print(
            f"\nSmoke run: {SMOKE_NEWS} news items instead of {NEWS_PAGES:,} × scale, {SMOKE_ITEMS} press releases "
            f"and resources, figures not reported."
        )
    print(f"\nBenchmark took {time.monotonic() - started:.0f} s")
    if problems:
        raise SystemExit("Unexpected answers under load:\n" + "\n".join(problems))
    if not (arguments.smoke or arguments.no_report):
        write_report(report, arguments)


if __name__ == "__main__":
    main()
