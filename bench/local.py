"""What the benchmark and fault scripts share: production settings on this machine, over plain HTTP."""

import os
import secrets

import psycopg


def production_env(settings_module, database, redis_url, **extra):
    """Environment for a production-settings process talking to local PostgreSQL and Redis."""
    server_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/efus")
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SITE_URL="http://127.0.0.1",
        DATABASE_URL=server_url.rsplit("/", 1)[0] + f"/{database}",
        REDIS_URL=redis_url,
        **extra,
    )
    return env


def recreate_database(database_url):
    """Drop and create the database of database_url (its server must trust local connections)."""
    base, name = database_url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
