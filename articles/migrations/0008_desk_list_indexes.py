"""Indexes for the desk's changelists at archive scale (see articles/admin_changelists.py).

On PostgreSQL also: a trigram index for the People search (name, aliases, title; the admin's
icontains lookups become UPPER(...) LIKE, which this index serves), and the article full-text
expression index of 0002 goes: article words are matched in articles_article_search (0007),
and a filter on the expression next to the published_at index lets the planner walk that index
parsing body after body.
"""

from django.conf import settings
from django.db import migrations, models

PERSON_TRIGRAMS = """
SET LOCAL statement_timeout = 0;  -- index builds on a big archive outlast the site's limit
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX person_search_trgm_idx ON articles_person USING gin (
    (UPPER(name::text)) gin_trgm_ops, (UPPER(aliases)) gin_trgm_ops, (UPPER(title::text)) gin_trgm_ops
);
DROP INDEX IF EXISTS article_search_idx;
"""

UNDO = """
DROP INDEX IF EXISTS person_search_trgm_idx;
CREATE INDEX article_search_idx ON articles_article USING gin ((
    setweight(to_tsvector('english'::regconfig, COALESCE(headline, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, COALESCE(deck, '')), 'B')
    || setweight(to_tsvector('english'::regconfig, COALESCE(body, '')), 'C')
));
"""


def postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PERSON_TRIGRAMS)


def undo_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(UNDO)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_search_documents_and_quote_order"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(postgres_indexes, undo_postgres_indexes),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["-published_at", "-id"], name="article_published_idx"),
        ),
        migrations.AddIndex(
            model_name="person",
            index=models.Index(fields=["name", "id"], name="person_name_idx"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["attribution_cue"], name="quote_attribution_cue_idx"),
        ),
    ]
