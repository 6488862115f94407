"""What the benchmark and fault scripts share: production settings on this machine, over plain HTTP.

Both scripts run on a PostgreSQL database and a Redis database of their own, on the servers that
DATABASE_URL and REDIS_URL name (127.0.0.1 by default). They refuse the site's own database, its
test database and its Redis database, so that they can run beside a copy of the site.
"""

import os
import secrets
import shutil
import socket
import subprocess
from urllib.parse import urlsplit

import psycopg

SITE_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/efus"
SITE_REDIS_URL = "redis://127.0.0.1:6379/0"


def option(parser, flag, variable, default, description, convert=str):
    """Add a command-line flag whose default comes from an environment variable, then from default."""
    parser.add_argument(
        flag,
        type=convert,
        default=convert(os.environ.get(variable, default)),
        help=f"{description} (${variable}, default {default})",
    )


def service_options(parser, prefix, database, redis_db):
    """The flags choosing the script's own PostgreSQL database and Redis database number."""
    option(parser, "--database", f"{prefix}_DATABASE", database, "PostgreSQL database, dropped and created again")
    option(parser, "--redis-db", f"{prefix}_REDIS_DB", redis_db, "Redis database number, flushed", convert=int)


def service_urls(database, redis_db):
    """DATABASE_URL and REDIS_URL for these databases on the site's servers; exit if they are the site's own."""
    site_database = urlsplit(os.environ.get("DATABASE_URL", SITE_DATABASE_URL))
    site_redis = urlsplit(os.environ.get("REDIS_URL", SITE_REDIS_URL))
    site_name = site_database.path.lstrip("/")
    if database in (site_name, f"test_{site_name}"):
        raise SystemExit(f"Refusing to drop {database!r}: it is the site's database (DATABASE_URL). Choose another.")
    if redis_db == int(site_redis.path.lstrip("/") or 0):
        raise SystemExit(f"Refusing to flush Redis database {redis_db}: the site uses it (REDIS_URL). Choose another.")
    return site_database._replace(path=f"/{database}").geturl(), site_redis._replace(path=f"/{redis_db}").geturl()


def production_env(settings_module, database_url, redis_url, **extra):
    """Environment for a production-settings process talking to local PostgreSQL and Redis."""
    # Quiet by default: a run logs thousands of "Page created" and "Not Found" lines that say nothing.
    env = {"LOG_LEVEL": "ERROR", **os.environ}
    env.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SITE_URL="http://127.0.0.1",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
    )
    env.update(extra)
    return env


def check_prerequisites(packages, redis_url, ports):
    """Exit with what to do if a command is missing, Redis does not answer, or a port is taken.

    packages maps each command needed to the Debian package that installs it.
    """
    missing = {command: package for command, package in packages.items() if shutil.which(command) is None}
    if missing:
        raise SystemExit(f"Missing {', '.join(missing)}: on Debian, apt-get install -y {' '.join(missing.values())}")
    ping = subprocess.run(["redis-cli", "-u", redis_url, "ping"], capture_output=True, text=True)
    if ping.stdout.strip() != "PONG":
        raise SystemExit(f"Redis does not answer at {redis_url}: start it or set REDIS_URL.")
    for port in ports:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                raise SystemExit(f"Port {port} is already taken (another copy of the site?): choose another.")


def recreate_database(database_url):
    """Drop and create the database of database_url (its server must trust local connections)."""
    name = urlsplit(database_url).path.lstrip("/")
    maintenance = urlsplit(database_url)._replace(path="/postgres").geturl()
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
