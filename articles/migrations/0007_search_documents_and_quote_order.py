"""Search tables for PostgreSQL, and a quote order a person page can walk in an index.

articles_article_search and articles_quote_search hold each article's and quote's weighted
tsvector and the time from which a reader may see it (null while it may not: a draft, a
retraction, a rejected quote). Triggers keep them in step with every write, including raw SQL,
fixtures and TRUNCATE. Search then finds the newest matches from a GIN index and these narrow
rows alone, and ranks only those, without re-parsing any body. They are side tables rather than
columns so that no ordinary query carries a vector, and not models so that dumpdata/loaddata
never see them (loading an article fills them again). Which rows a reader may see is still
decided by the models' publish rules when results are fetched (articles/search.py). SQLite gets
neither; search there uses the simpler fallback.

Quote.article_published_at copies its article's publication time so that a person's quotes can
be read newest first from one index (speaker, time, article, position). It only orders: who may
see a quote is still decided by its article (Quote.objects.published()).
"""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery

ARTICLE_DOCUMENT = """
    setweight(to_tsvector('english'::regconfig, coalesce({row}.headline, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce({row}.deck, '')), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce({row}.body, '')), 'C')
"""
QUOTE_DOCUMENT = "setweight(to_tsvector('english'::regconfig, coalesce({row}.text, '')), 'A')"

CREATE_SEARCH_TABLES = f"""
CREATE TABLE articles_article_search (
    article_id bigint PRIMARY KEY,
    published_at timestamptz,
    document tsvector NOT NULL
);

CREATE TABLE articles_quote_search (
    quote_id bigint PRIMARY KEY,
    article_id bigint NOT NULL,
    published_at timestamptz,
    document tsvector NOT NULL
);

CREATE FUNCTION articles_article_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    visible_from timestamptz := CASE WHEN NEW.status = 'published' THEN NEW.published_at END;
BEGIN
    IF TG_OP = 'INSERT' OR (NEW.headline, NEW.deck, NEW.body) IS DISTINCT FROM (OLD.headline, OLD.deck, OLD.body) THEN
        INSERT INTO articles_article_search (article_id, published_at, document)
        VALUES (NEW.id, visible_from, {ARTICLE_DOCUMENT.format(row="NEW")})
        ON CONFLICT (article_id) DO UPDATE SET published_at = EXCLUDED.published_at, document = EXCLUDED.document;
    ELSE
        UPDATE articles_article_search SET published_at = visible_from WHERE article_id = NEW.id;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.status, NEW.published_at) IS DISTINCT FROM (OLD.status, OLD.published_at) THEN
        UPDATE articles_quote_search AS found
        SET published_at = CASE WHEN quote.verification_status <> 'rejected' THEN visible_from END
        FROM articles_quote AS quote
        WHERE found.article_id = NEW.id AND quote.id = found.quote_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION articles_quote_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    visible_from timestamptz;
BEGIN
    SELECT CASE WHEN article.status = 'published' AND NEW.verification_status <> 'rejected' THEN article.published_at END
    INTO visible_from FROM articles_article AS article WHERE article.id = NEW.article_id;
    IF TG_OP = 'INSERT' OR NEW.text IS DISTINCT FROM OLD.text THEN
        INSERT INTO articles_quote_search (quote_id, article_id, published_at, document)
        VALUES (NEW.id, NEW.article_id, visible_from, {QUOTE_DOCUMENT.format(row="NEW")})
        ON CONFLICT (quote_id) DO UPDATE
        SET article_id = EXCLUDED.article_id, published_at = EXCLUDED.published_at, document = EXCLUDED.document;
    ELSE
        UPDATE articles_quote_search SET article_id = NEW.article_id, published_at = visible_from WHERE quote_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION articles_search_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'articles_article' THEN
        IF TG_OP = 'TRUNCATE' THEN TRUNCATE articles_article_search; ELSE DELETE FROM articles_article_search WHERE article_id = OLD.id; END IF;
    ELSE
        IF TG_OP = 'TRUNCATE' THEN TRUNCATE articles_quote_search; ELSE DELETE FROM articles_quote_search WHERE quote_id = OLD.id; END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER articles_article_search_sync
    AFTER INSERT OR UPDATE OF headline, deck, body, status, published_at ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_sync();
CREATE TRIGGER articles_quote_search_sync
    AFTER INSERT OR UPDATE OF text, verification_status, article_id ON articles_quote
    FOR EACH ROW EXECUTE FUNCTION articles_quote_search_sync();
CREATE TRIGGER articles_article_search_forget AFTER DELETE ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_search_forget();
CREATE TRIGGER articles_article_search_forget_all AFTER TRUNCATE ON articles_article
    FOR EACH STATEMENT EXECUTE FUNCTION articles_search_forget();
CREATE TRIGGER articles_quote_search_forget AFTER DELETE ON articles_quote
    FOR EACH ROW EXECUTE FUNCTION articles_search_forget();
CREATE TRIGGER articles_quote_search_forget_all AFTER TRUNCATE ON articles_quote
    FOR EACH STATEMENT EXECUTE FUNCTION articles_search_forget();

INSERT INTO articles_article_search (article_id, published_at, document)
SELECT article.id, CASE WHEN article.status = 'published' THEN article.published_at END,
       {ARTICLE_DOCUMENT.format(row="article")}
FROM articles_article AS article;

INSERT INTO articles_quote_search (quote_id, article_id, published_at, document)
SELECT quote.id, quote.article_id,
       CASE WHEN article.status = 'published' AND quote.verification_status <> 'rejected' THEN article.published_at END,
       {QUOTE_DOCUMENT.format(row="quote")}
FROM articles_quote AS quote JOIN articles_article AS article ON article.id = quote.article_id;

-- Indexes after the copy: building a GIN index at once is faster than growing it row by row.
CREATE INDEX articles_article_search_document ON articles_article_search USING gin (document);
CREATE INDEX articles_article_search_published ON articles_article_search (published_at);
CREATE INDEX articles_quote_search_document ON articles_quote_search USING gin (document);
CREATE INDEX articles_quote_search_article ON articles_quote_search (article_id);
CREATE INDEX articles_quote_search_published ON articles_quote_search (published_at);
ANALYZE articles_article_search;
ANALYZE articles_quote_search;
"""

DROP_SEARCH_TABLES = """
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
"""


def create_search_tables(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_SEARCH_TABLES)


def drop_search_tables(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SEARCH_TABLES)


def lift_statement_timeout(apps, schema_editor):
    """The copies below read every article and quote: on a big archive they take longer than
    the site's per-statement limit (NEWSROOM_STATEMENT_TIMEOUT_MS). For this migration's
    transaction only."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET LOCAL statement_timeout = 0")


def copy_article_times(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Quote = apps.get_model("articles", "Quote")
    published_at = Article.objects.filter(pk=OuterRef("article_id")).values("published_at")[:1]
    Quote.objects.update(article_published_at=Subquery(published_at))


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_https_evidence_url")]

    operations = [
        migrations.RunPython(lift_statement_timeout, lift_statement_timeout, elidable=True),
        migrations.AddField(
            model_name="quote",
            name="article_published_at",
            field=models.DateTimeField(
                blank=True,
                editable=False,
                null=True,
                help_text="A copy of the article's publication time, to list a person's quotes newest first from an index.",
            ),
        ),
        migrations.RunPython(copy_article_times, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(
                fields=["speaker", "-article_published_at", "-article", "position"], name="quote_speaker_time_idx"
            ),
        ),
        migrations.RunPython(create_search_tables, drop_search_tables),
    ]
