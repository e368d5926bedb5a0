"""Search words kept on the models, as contrib.postgres.search is designed to be used.

Article.search_document and Quote.search_document are generated columns: PostgreSQL computes
them from the row on every write (forms, imports, raw SQL, fixtures alike), so no trigger and
no side table is needed; GIN indexes serve the matches. Which rows a reader may see is decided
by the models' publish rule at query time, never stored beside the vector. SQLite stores NULL
(PostgresOnly) and has no GIN index; search there uses the fallback.

Replaces the side tables and triggers of migration 0007 and the quote expression index of 0002.

Also two read-only views for the desk's lists at archive scale, read through unmanaged models
(QuoteCue, TableEstimate): the SQL stays here, the code uses the ORM.
"""

import articles.domain.models
import django.contrib.postgres.search
from django.contrib.postgres.indexes import GinIndex
from django.db import migrations, models

DROP_SIDE_TABLES = """
DROP TRIGGER IF EXISTS articles_article_search_sync ON articles_article;
DROP TRIGGER IF EXISTS articles_quote_search_sync ON articles_quote;
DROP TRIGGER IF EXISTS articles_article_search_forget ON articles_article;
DROP TRIGGER IF EXISTS articles_article_search_forget_all ON articles_article;
DROP TRIGGER IF EXISTS articles_quote_search_forget ON articles_quote;
DROP TRIGGER IF EXISTS articles_quote_search_forget_all ON articles_quote;
DROP FUNCTION IF EXISTS articles_article_search_sync();
DROP FUNCTION IF EXISTS articles_quote_search_sync();
DROP FUNCTION IF EXISTS articles_search_forget();
DROP TABLE IF EXISTS articles_article_search;
DROP TABLE IF EXISTS articles_quote_search;
DROP INDEX IF EXISTS quote_search_idx;
"""


# The distinct cues by hopping through quote_attribution_cue_idx, one probe per value (neither
# database has a skip scan): SQLite and PostgreSQL both run this recursive query.
CREATE_CUE_VIEW = """
CREATE VIEW articles_quote_cue AS
WITH RECURSIVE found(value) AS (
    SELECT * FROM (SELECT attribution_cue FROM articles_quote ORDER BY attribution_cue LIMIT 1) AS first_value
    UNION ALL
    SELECT (SELECT attribution_cue FROM articles_quote WHERE attribution_cue > found.value
            ORDER BY attribution_cue LIMIT 1)
    FROM found WHERE found.value IS NOT NULL
)
SELECT value FROM found WHERE value IS NOT NULL
"""
CREATE_ESTIMATE_VIEW = """
CREATE VIEW articles_table_estimate AS
SELECT c.relname::text AS table_name, c.reltuples::bigint AS estimated_rows
FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
"""


def create_views(apps, schema_editor):
    schema_editor.execute(CREATE_CUE_VIEW)
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_ESTIMATE_VIEW)


def drop_views(apps, schema_editor):
    schema_editor.execute("DROP VIEW IF EXISTS articles_quote_cue")
    schema_editor.execute("DROP VIEW IF EXISTS articles_table_estimate")


def gin_indexes():
    return [
        ("Article", GinIndex(fields=["search_document"], name="article_document_idx")),
        ("Quote", GinIndex(fields=["search_document"], name="quote_document_idx")),
    ]


def lift_statement_timeout(apps, schema_editor):
    """Adding the columns rewrites both tables: longer than the site's per-statement limit on a
    big archive. For this migration's transaction only."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET LOCAL statement_timeout = 0")


def drop_side_tables(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SIDE_TABLES)


def create_gin_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model_name, index in gin_indexes():
            schema_editor.add_index(apps.get_model("articles", model_name), index)
        schema_editor.execute("ANALYZE articles_article; ANALYZE articles_quote")


def drop_gin_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model_name, index in gin_indexes():
            schema_editor.remove_index(apps.get_model("articles", model_name), index)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_desk_list_indexes"),
    ]

    operations = [
        migrations.RunPython(lift_statement_timeout, lift_statement_timeout, elidable=True),
        # Going back, search would need migration 0007's tables again: migrate back past 0007.
        migrations.RunPython(drop_side_tables, migrations.RunPython.noop),
        migrations.AddField(
            model_name="article",
            name="search_document",
            field=models.GeneratedField(
                db_persist=True,
                expression=articles.domain.models.PostgresOnly(
                    django.contrib.postgres.search.CombinedSearchVector(
                        django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.SearchVector("headline", config="english", weight="A"),
                            "||",
                            django.contrib.postgres.search.SearchVector("deck", config="english", weight="B"),
                            django.contrib.postgres.search.SearchConfig("english"),
                        ),
                        "||",
                        django.contrib.postgres.search.SearchVector("body", config="english", weight="C"),
                        django.contrib.postgres.search.SearchConfig("english"),
                    ),
                    output_field=django.contrib.postgres.search.SearchVectorField(),
                ),
                help_text="Search words, weighted (PostgreSQL keeps it; empty elsewhere).",
                output_field=django.contrib.postgres.search.SearchVectorField(),
                serialize=False,
            ),
        ),
        migrations.AddField(
            model_name="quote",
            name="search_document",
            field=models.GeneratedField(
                db_persist=True,
                expression=articles.domain.models.PostgresOnly(
                    django.contrib.postgres.search.SearchVector("text", config="english", weight="A"),
                    output_field=django.contrib.postgres.search.SearchVectorField(),
                ),
                help_text="Search words, weighted (PostgreSQL keeps it; empty elsewhere).",
                output_field=django.contrib.postgres.search.SearchVectorField(),
                serialize=False,
            ),
        ),
        migrations.RunPython(create_gin_indexes, drop_gin_indexes),
        migrations.RunPython(create_views, drop_views),
        migrations.CreateModel(
            name="QuoteCue",
            fields=[
                ("value", models.CharField(max_length=30, primary_key=True, serialize=False)),
            ],
            options={
                "db_table": "articles_quote_cue",
                "ordering": ["value"],
                "managed": False,
            },
        ),
        migrations.CreateModel(
            name="TableEstimate",
            fields=[
                ("table_name", models.CharField(max_length=63, primary_key=True, serialize=False)),
                ("estimated_rows", models.BigIntegerField()),
            ],
            options={
                "db_table": "articles_table_estimate",
                "managed": False,
            },
        ),
    ]
