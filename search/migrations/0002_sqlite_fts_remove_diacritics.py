"""SQLite only (``make run``): make the database backend's FTS5 table ignore tone marks.

modelsearch creates ``wagtailsearch_indexentry_fts`` with FTS5's default tokenizer, which keeps
some diacritics: "cha muc" misses "chả mực" (two marks on one letter). Recreate it with
``unicode61 remove_diacritics 2`` and copy the rows back (modelsearch's triggers only keep
existing rows in step). "đ" is not a diacritic for SQLite: ProductPage.search_folded_text covers
it. A no-op on PostgreSQL and MySQL.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry_fts"
FOLDING = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(autocomplete, body, title, "
    "tokenize='unicode61 remove_diacritics 2')"
)
DEFAULT = f"CREATE VIRTUAL TABLE {TABLE} USING fts5(autocomplete, body, title)"


def _recreate(schema_editor, create_sql):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [TABLE])
        if cursor.fetchone() is None:
            return  # SQLite without FTS5: modelsearch falls back to plain LIKE queries
        cursor.execute(f"DROP TABLE {TABLE}")
        cursor.execute(create_sql)
        cursor.execute(
            f"INSERT INTO {TABLE}(rowid, title, body, autocomplete) "  # noqa: S608
            "SELECT id, title, body, autocomplete FROM wagtailsearch_indexentry"
        )


def forwards(apps, schema_editor):
    _recreate(schema_editor, FOLDING)


def backwards(apps, schema_editor):
    _recreate(schema_editor, DEFAULT)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
