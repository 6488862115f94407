"""Show that the site survives its services failing: Redis down, PostgreSQL restarted, a worker killed.

Usage: python -m bench.faults [--port N] [--database NAME] [--redis-db N]
(needs PostgreSQL and Redis on 127.0.0.1, started as .ci/run starts them)

It runs gunicorn and a Celery worker with production settings on a database of its own, breaks one
service at a time, prints what it saw, restarts what it stopped, and exits non-zero on any failure.
It stops the whole Redis server and restarts the PostgreSQL cluster: everything else using them
sees the same faults.
"""

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from bench.local import check_prerequisites, option, production_env, recreate_database, service_options, service_urls

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["/en/", "/fr/", "/en/about/", "/en/about/governance/", "/en/members/", "/fr/membres/liege/"]
# What an applicant types into the "join the network" form.
APPLICATION = {
    "authority_name": "Ville de Lyon",
    "kind": "city",
    "country": "FR",
    "contact_name": "Camille Martin",
    "role": "Chargée de prévention",
    "email": "camille.martin@example.org",
    "consent": "on",
}
results = []


def environment(database, redis_db):
    database_url, redis_url = service_urls(database, redis_db)
    return production_env("efus_site.settings.production", database_url, redis_url, CELERY_VISIBILITY_TIMEOUT="5")


def start_redis(redis_url):
    """Start the Redis server of redis_url again, as .ci/run starts it."""
    port = str(urlsplit(redis_url).port or 6379)
    command = ["redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", port]
    subprocess.run([*command, "--save", "", "--appendonly", "no"], check=True, capture_output=True)


def check(name, ok, detail=""):
    results.append((name, ok, detail))
    print(f"{'PASS' if ok else 'FAIL'}  {name}  {detail}", flush=True)


def status(base, path, timeout=10):
    try:
        with urllib.request.urlopen(base + path, timeout=timeout) as response:  # noqa: S310 - local server
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def wait_until(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def redis_up(redis_url):
    answer = subprocess.run(["redis-cli", "-u", redis_url, "ping"], capture_output=True, text=True)
    return answer.stdout.strip() == "PONG"


def marked(env, key):
    found = subprocess.run(
        ["redis-cli", "-u", env["REDIS_URL"], "--scan", "--pattern", f"*fault:done:{key}"],
        capture_output=True,
        text=True,
    ).stdout
    return bool(found.strip())


def manage(env, code):
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return output.splitlines()[-1] if output else ""


def start_worker(env):
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "efus_site",
            "worker",
            "-I",
            "bench.fault_tasks",
            "--concurrency",
            "1",
            "--without-gossip",
            "--without-mingle",
            "-l",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )


def redis_outage(env, base):
    redis_url = env["REDIS_URL"]
    subprocess.run(["redis-cli", "-u", redis_url, "shutdown", "nosave"], capture_output=True)
    wait_until(lambda: not redis_up(redis_url), 10)
    codes = [status(base, path) for path in PAGES]
    check("Redis down: public pages answer", codes == [200] * len(PAGES), str(codes))
    # The form goes through the whole view in a process of its own (the CSRF check has its own tests).
    posted = manage(
        env,
        "from django.test import Client; from members.models import MembershipApplication\n"
        f"response = Client(HTTP_HOST='127.0.0.1').post('/fr/membres/join/', {APPLICATION!r})\n"
        "print(response.status_code, MembershipApplication.objects.count())",
    )
    check("Redis down: the application form is accepted and stored", posted == "302 1", posted)
    kept = manage(
        env,
        "from efus_site.core.outbox import enqueue; from bench.fault_tasks import mark; "
        "from efus_site.core.models import QueuedTask; from django.db import transaction\n"
        "with transaction.atomic(): enqueue(mark, 'outage')\n"
        "print(QueuedTask.objects.count())",
    )
    # The application's two emails and the marker task.
    check("Redis down: background work is kept in the outbox", kept == "3", f"{kept} tasks waiting")
    start_redis(redis_url)
    wait_until(lambda: redis_up(redis_url), 20)
    # What beat's flush_outbox task does on the worker, where every task is registered.
    sent = manage(
        env, "import bench.fault_tasks; from efus_site.core.outbox import flush_outbox; print(flush_outbox())"
    )
    check("Redis back: the outbox is flushed", sent == "3", f"{sent} sent")
    check("Redis back: the kept task ran on the worker", wait_until(lambda: marked(env, "outage"), 60))


def postgres_restart(env, base):
    version = os.listdir("/etc/postgresql")[0]
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True)
    wait_until(lambda: subprocess.run(["pg_isready", "-d", env["DATABASE_URL"], "-q"]).returncode == 0, 30)
    # ?utm bypasses the page cache, so these requests really reach the database.
    codes = [status(base, path + "?utm_source=fault") for path in PAGES] + [status(base, "/healthz/")]
    check("PostgreSQL restarted: the running site recovers by itself", codes == [200] * len(codes), str(codes))


def worker_killed(env, worker):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "efus_site",
            "call",
            "bench.fault_tasks.mark",
            "--args",
            '["killed", 8]',
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    started = wait_until(
        lambda: subprocess.run(
            ["redis-cli", "-u", env["REDIS_URL"], "--scan", "--pattern", "*fault:started:killed"],
            capture_output=True,
            text=True,
        ).stdout.strip(),
        30,
    )
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()
    check("Worker killed while the task ran", started and not marked(env, "killed"))
    replacement = start_worker(env)
    redone = wait_until(lambda: marked(env, "killed"), 90)
    check("A new worker ran the task the dead one had taken", redone)
    return replacement


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    option(parser, "--port", "FAULTS_PORT", 8302, "gunicorn's port", convert=int)
    service_options(parser, "FAULTS", "efus_faults", 4)
    arguments = parser.parse_args()
    env = environment(arguments.database, arguments.redis_db)
    commands = {"redis-cli": "redis-tools", "redis-server": "redis-server", "pg_isready": "postgresql-client"}
    check_prerequisites(commands, env["REDIS_URL"], [arguments.port])
    base = f"http://127.0.0.1:{arguments.port}"
    recreate_database(env["DATABASE_URL"])
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, "manage.py", "load_demo_content", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run(["redis-cli", "-u", env["REDIS_URL"], "flushdb"], capture_output=True)
    web = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "efus_site.wsgi:application",
            "--bind",
            f"127.0.0.1:{arguments.port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    worker = start_worker(env)
    try:
        check("Site up", wait_until(lambda: status(base, "/healthz/") == 200, 60))
        redis_outage(env, base)
        postgres_restart(env, base)
        worker = worker_killed(env, worker)
    finally:
        if not redis_up(env["REDIS_URL"]):
            start_redis(env["REDIS_URL"])
        web.terminate()
        os.killpg(worker.pid, signal.SIGTERM)
        web.wait(timeout=30)
        worker.wait(timeout=30)
    failed = [name for name, ok, _detail in results if not ok]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
