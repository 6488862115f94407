"""`make migrate`: the schema and the page table's language columns, without wagtail-modeltranslation's SQL report."""

import sqlite3

import pytest
from django.core.management import call_command

from tests.core.test_settings_modes import run


@pytest.mark.django_db
def test_migrate_site_keeps_the_translation_sync_quiet(capsys):
    call_command("migrate_site", verbosity=1)
    out = capsys.readouterr().out
    assert "No migrations to apply." in out
    assert "translatable fields" not in out


@pytest.mark.django_db
def test_migrate_site_shows_the_sync_report_when_asked(capsys):
    call_command("migrate_site", verbosity=2)
    assert "No new translatable fields detected" in capsys.readouterr().out


def test_migrate_site_on_a_new_database_adds_the_columns_without_printing_sql(tmp_path):
    database = tmp_path / "new.sqlite3"
    result = run("test", ["manage.py", "migrate_site"], DATABASE_URL=f"sqlite:///{database}")
    assert result.returncode == 0, result.stderr
    assert "Applying wagtailcore" in result.stdout
    for noise in ("ALTER TABLE", "Missing languages", "SQL to synchronize", "have changes that are not yet"):
        assert noise not in result.stdout + result.stderr
    with sqlite3.connect(database) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(wagtailcore_page)")}
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(wagtailcore_page)")}
    assert {"title_fr", "slug_pt", "url_path_de"} <= columns
    # Routing looks pages up by address: each language's address column is indexed once it exists.
    assert {f"efus_page_url_path_{code}" for code in ("en", "fr", "de", "it", "es", "pt")} <= indexes


@pytest.mark.django_db
def test_the_test_database_has_the_address_indexes_too():
    from django.db import connection

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert constraints["efus_page_url_path_fr"]["columns"] == ["url_path_fr"]


def test_migrate_site_does_not_hide_errors(tmp_path):
    result = run("test", ["manage.py", "migrate_site"], DATABASE_URL=f"sqlite:///{tmp_path}/missing/dir/db.sqlite3")
    assert result.returncode != 0
    assert "unable to open database file" in result.stderr
