"""A GIN index on what the site search matches: Wagtail's database backend on PostgreSQL searches
`title || body`, which its own indexes (one per column) do not cover, so every search read the
whole index table."""

from django.db import migrations

INDEX = "core_search_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0006_search_without_results"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
