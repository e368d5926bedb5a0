"""GIN indexes for reader search, on PostgreSQL only (elsewhere search uses a simpler fallback).

They are created here rather than in Meta.indexes: SQLite cannot build them, and SQLite table
rebuilds in later migrations would try to re-create every index in the model state. The
expressions must stay identical to ARTICLE_SEARCH_VECTOR and QUOTE_SEARCH_VECTOR in models.py,
or PostgreSQL will not use the indexes (tests/test_postgres.py checks the plans).
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

CONFIG = "english"


def indexes():
    article = GinIndex(
        SearchVector("headline", weight="A", config=CONFIG)
        + SearchVector("deck", weight="B", config=CONFIG)
        + SearchVector("body", weight="C", config=CONFIG),
        name="article_search_idx",
    )
    quote = GinIndex(SearchVector("text", weight="A", config=CONFIG), name="quote_search_idx")
    return [("Article", article), ("Quote", quote)]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in indexes():
        schema_editor.add_index(apps.get_model("articles", model_name), index)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in indexes():
        schema_editor.remove_index(apps.get_model("articles", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
