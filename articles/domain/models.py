"""Newsroom's core: articles, the people in them, and the quotes they gave."""

from __future__ import annotations

import datetime as dt

import reversion
from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone

from articles.domain import paths
from articles.domain.plaintext import block_texts
from articles.ingest.bodytext import comparable, split_body
from articles.ingest.fingerprint import content_checksum

SEARCH_CONFIG = "english"
UPDATE_GRACE = dt.timedelta(minutes=1)


class PostgresOnly(models.Func):
    """An expression PostgreSQL computes and other databases store as NULL: SQLite has no
    full-text types, and search there uses a simpler fallback (articles/site/search.py)."""

    template = "%(expressions)s"

    def as_sqlite(self, compiler, connection, **extra_context):
        return "NULL", []


def search_document(*weighted_fields):
    """The weighted tsvector of these (field, weight) pairs, kept by PostgreSQL in a generated
    column: written with the row on every path (forms, imports, raw SQL, fixtures), never by us."""
    vectors = [SearchVector(name, weight=weight, config=SEARCH_CONFIG) for name, weight in weighted_fields]
    combined = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return models.GeneratedField(
        expression=PostgresOnly(combined, output_field=SearchVectorField()),
        output_field=SearchVectorField(),
        db_persist=True,
        serialize=False,  # derived: never dumped, never loaded
        help_text="Search words, weighted (PostgreSQL keeps it; empty elsewhere).",
    )


# What a revision leaves out of each model (bookkeeping and derived columns). The importer's
# bulk revisions keep the same fields as these registrations (articles/importing/records.py).
REVISION_EXCLUDES = {
    "article": ("version", "preview_key", "search_document"),
    "person": ("version",),
    "quote": ("version", "search_document"),
    "correction": ("version",),
}


class TimeOfQuery(models.Expression):
    """The current time, read when the query is compiled into SQL, as a parameter (the value
    `timezone.now()` gives then). A queryset filtered with `published_q(at=TimeOfQuery())` may be
    built once and run again and again (`.all()`): each run asks for the time of that run, not
    the time it was built at, so a scheduled article appears on time."""

    output_field = models.DateTimeField()

    def as_sql(self, compiler, connection):
        return "%s", [self.output_field.get_db_prep_value(timezone.now(), connection)]


class ArticleQuerySet(models.QuerySet):
    @staticmethod
    def published_q(prefix: str = "", at=None) -> Q:
        """The one publish rule as a condition: published status and a publication time that has
        come (by now, or by `at`). `prefix` reaches the article through a relation
        ("article__"), so quotes and corrections apply the same rule in the same query."""
        return Q(**{f"{prefix}status": Article.Status.PUBLISHED, f"{prefix}published_at__lte": at or timezone.now()})

    def published(self, at=None):
        """Articles readers may see (see published_q)."""
        return self.filter(self.published_q(at=at))

    def scheduled(self):
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())

    def retracted(self):
        """Articles withdrawn after publication: readers get a notice at their address, never the text."""
        return self.filter(status=Article.Status.RETRACTED)


class ArticleManager(models.Manager.from_queryset(ArticleQuerySet)):
    def get_queryset(self):
        # The search vector is as long as the body: read only by search, which names it.
        return super().get_queryset().defer("search_document")

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class HttpsURLField(models.URLField):
    """A URL field whose form assumes https:// for a bare domain (Django 6's default, today)."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})


class VersionedModel(models.Model):
    """Every save bumps `version` in the database, so a form loaded earlier can tell it is stale."""

    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Bumped by every save; a save from an older version is refused."
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            self.version = models.F("version") + 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)
        if not isinstance(self.version, int):
            self.refresh_from_db(fields=["version"])


@reversion.register(follow=("quotes", "corrections", "bylines"), exclude=REVISION_EXCLUDES["article"])
class Article(VersionedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "review", "In review"
        PUBLISHED = "published", "Published"
        RETRACTED = "retracted", "Retracted"

    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True, help_text="The article's address on the site.")
    deck = models.TextField(blank=True, help_text="The summary lines under the headline, one per line.")
    body = models.TextField(
        blank=True,
        help_text=(
            "Paragraphs separated by blank lines. A crosshead is a line starting with “## ”. "
            "An image caption is a block starting with “Caption:”, its credit on a line "
            "starting with “Credit:”."
        ),
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When readers may see it. A published article with a future time is scheduled.",
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)
    source = models.CharField(
        max_length=255,
        blank=True,
        default="",
        help_text="The seed file this article was imported from; empty for articles written here.",
    )
    people = models.ManyToManyField(
        "Person", blank=True, related_name="articles", help_text="Everyone the article names."
    )
    authors = models.ManyToManyField(
        "Author",
        through="Byline",
        blank=True,
        related_name="articles",
        help_text="Who wrote it, in byline order (first author first).",
    )
    section = models.ForeignKey(
        "Section",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        help_text="The part of the paper it runs in: one per article.",
    )
    tags = models.ManyToManyField(
        "Tag", blank=True, related_name="articles", help_text="The topics it is about; each has a page."
    )
    image = models.ForeignKey(
        "Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The lead image: shown above the story, on cards and when the story is shared.",
    )
    import_checksum = models.CharField(
        max_length=64,
        blank=True,
        default="",
        help_text="Checksum of the content as last imported; differs once an editor changes it.",
    )
    import_state = models.CharField(
        max_length=64,
        blank=True,
        default="",
        editable=False,
        help_text=(
            "Checksum of the article's whole editorial state as its last import left it (fields, status, "
            "quotes and their checks, people, corrections); any difference means the desk changed it."
        ),
    )
    preview_key = models.CharField(
        max_length=64,
        blank=True,
        default="",
        editable=False,
        help_text="Part of every shareable preview link (set when the first is made); changing it revokes them all.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    search_document = search_document(("headline", "A"), ("deck", "B"), ("body", "C"))

    objects = ArticleManager()

    class Meta:
        ordering = ["-published_at", "-id"]
        get_latest_by = "published_at"
        permissions = [
            ("publish_article", "Can publish, schedule and unpublish articles"),
            ("retract_article", "Can retract published articles"),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_status_pub_idx"),
            # The desk's newest-first list, its pages and date_hierarchy's bounds.
            models.Index(fields=["-published_at", "-id"], name="article_published_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["source"], condition=~Q(source=""), name="article_unique_source"),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_date",
            ),
        ]

    def __str__(self):
        return self.headline

    def natural_key(self):
        return (self.slug,)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Its quotes keep a copy of the publication time, to be listed newest first from an index.
        Quote.objects.follow_article_time(self.pk, self.published_at)

    def get_absolute_url(self):
        return paths.article(self.slug)

    @property
    def was_updated(self) -> bool:
        """Changed after publication (beyond a minute's grace): the page says when."""
        return bool(self.published_at) and self.updated_at - self.published_at > UPDATE_GRACE

    @property
    def is_published(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def deck_lines(self):
        return [line.strip() for line in self.deck.splitlines() if line.strip()]

    @property
    def blocks(self):
        return split_body(self.body)

    def content_checksum(self):
        """A fingerprint of the editorial content, to tell an untouched import from an edited one."""
        return content_checksum(self.headline, self.deck, self.body, self.published_at)

    @property
    def edited_since_import(self):
        return bool(self.import_checksum) and self.import_checksum != self.content_checksum()


class WithPublishedArticlesQuerySet(models.QuerySet):
    """Bylines, sections and tags exist for readers only through published articles: one with
    none has no page, no feed, no sitemap entry and no place in the masthead."""

    def public(self):
        published = Article.objects.published().filter(**{self.article_relation: models.OuterRef("pk")})
        return self.filter(models.Exists(published))


class PersonQuerySet(models.QuerySet):
    def public(self, at=None):
        """People a reader may see: named in, or quoted by, a published article (by now, or by `at`).

        Correlated EXISTS rather than IN (…): looking up one person probes the indexes for that
        person instead of collecting everyone in the archive first."""
        named = Article.objects.published(at=at).filter(people=models.OuterRef("pk"))
        quoted = Quote.objects.published(at=at).filter(speaker=models.OuterRef("pk"))
        return self.filter(models.Exists(named) | models.Exists(quoted))


class PersonManager(models.Manager.from_queryset(PersonQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


@reversion.register(exclude=REVISION_EXCLUDES["person"])
class Person(VersionedModel):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    title = models.CharField(
        max_length=300, blank=True, help_text="The role the text gives, e.g. “Russia’s Foreign Minister”."
    )
    aliases = models.TextField(blank=True, help_text="Other spellings of the name used in the text, one per line.")
    description = models.TextField(
        blank=True, help_text="A line or two for readers of the person's page: who they are and why they are news."
    )
    photo = models.ForeignKey(
        "Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", help_text="From the media library."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        indexes = [models.Index(fields=["name", "id"], name="person_name_idx")]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return paths.person(self.slug)

    @property
    def alias_list(self):
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]


# A person's quotes, newest first, in the order of the index quote_speaker_time_idx.
SAID_BY_ORDER = ("-article_published_at", "-article_id", "position")


# What a quote or correction shows of its article (headline, address, date): never the body or
# its stored search words, which select_related would otherwise read with every row.
ARTICLE_HEAVY_FIELDS = ("article__body", "article__search_document")


class WithArticleMixin:
    def with_article(self, *related):
        """Rows with their article (and any other `related`), without the article's heavy columns."""
        return self.select_related("article", *related).defer(*ARTICLE_HEAVY_FIELDS)


class QuoteQuerySet(WithArticleMixin, models.QuerySet):
    @staticmethod
    def visible_q() -> Q:
        """The one rule for which of an article's quotes a reader may see: never a rejected one.
        Every representation of a quote (pages, API, feeds, JSON-LD, search, sitemaps) goes
        through this, through visible(), published() or visible_quotes_prefetch()."""
        return ~Q(verification_status=Quote.Verification.REJECTED)

    @staticmethod
    def published_q(at=None) -> Q:
        """Quotes readers may see on their own, as a condition: visible quotes of published
        articles (by now, or by `at`)."""
        return ArticleQuerySet.published_q("article__", at=at) & QuoteQuerySet.visible_q()

    def visible(self):
        return self.filter(self.visible_q())

    def published(self, at=None):
        """Quotes readers may see on their own (see published_q)."""
        return self.filter(self.published_q(at=at))

    def said_by(self, person, at=None):
        """A person's (or a person id's) published quotes, in SAID_BY_ORDER. The copied article
        time only orders (and bounds the index scan); whether a reader may see a quote is
        published_q()'s to say. One filter() with one time (by now, or by `at`): each call costs
        the ORM a clone."""
        now = at or timezone.now()
        return self.filter(self.published_q(at=now), speaker=person, article_published_at__lte=now).order_by(
            *SAID_BY_ORDER
        )

    def follow_article_time(self, article_id, published_at) -> int:
        """Bring the quotes' copy of their article's publication time up to date."""
        return (
            self.filter(article_id=article_id)
            .exclude(article_published_at=published_at)
            .update(article_published_at=published_at)
        )

    def follow_article_times(self) -> int:
        """The same for every quote whose copy differs from its article's time (after loaddata,
        which saves rows raw, past Model.save())."""
        article_time = Article.objects.filter(pk=models.OuterRef("article_id")).values("published_at")[:1]
        stale = self.filter(
            Q(article_published_at__isnull=True, article__published_at__isnull=False)
            | Q(article_published_at__isnull=False, article__published_at__isnull=True)
            | ~Q(article_published_at=models.F("article__published_at"))
        )
        return stale.update(article_published_at=models.Subquery(article_time))

    def unverified(self):
        return self.filter(verification_status__in=[Quote.Verification.EXTRACTED, Quote.Verification.DISPUTED])


def visible_quotes_prefetch() -> models.Prefetch:
    """An article's quotes as readers may see them, in reading order with their speakers, as
    `article.visible_quotes`: the one way a page or the API loads an article's quotes. An
    article loaded without it has no such attribute, so a representation that forgot it fails
    loudly instead of falling back to `article.quotes.all()`, which holds rejected quotes too."""
    queryset = Quote.objects.visible().select_related("speaker").order_by("position")
    return models.Prefetch("quotes", queryset=queryset, to_attr="visible_quotes")


class QuoteManager(models.Manager.from_queryset(QuoteQuerySet)):
    def get_queryset(self):
        return super().get_queryset().defer("search_document")

    def get_by_natural_key(self, article_slug, position):
        return self.get(article__slug=article_slug, position=position)


@reversion.register(exclude=REVISION_EXCLUDES["quote"])
class Quote(VersionedModel):
    class Verification(models.TextChoices):
        EXTRACTED = "extracted", "Extracted (not yet checked)"
        VERIFIED = "verified", "Verified"
        DISPUTED = "disputed", "Disputed"
        REJECTED = "rejected", "Rejected"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quotes",
        help_text="Empty when no named person said it (an organisation, a sign, a chant).",
    )
    text = models.TextField(help_text="The exact words, without the quotation marks.")
    is_partial = models.BooleanField(
        default=False, help_text="A fragment woven into the reporter's sentence rather than a full quote."
    )
    position = models.PositiveIntegerField(help_text="Order of the quote in the article, from 1.")
    reporting_verb = models.CharField(
        max_length=60, blank=True, help_text="The verb that attributes it (“said”, “declared”)."
    )
    context = models.TextField(blank=True, help_text="The sentence the quote stands in.")
    attribution_cue = models.CharField(
        max_length=30,
        blank=True,
        help_text="How the converter found the speaker: explicit, pronoun, role, surname, continuation…",
    )
    paragraph = models.IntegerField(
        null=True, blank=True, help_text="Index of the body block the quote starts in (-1: the deck)."
    )
    verification_status = models.CharField(
        max_length=16,
        choices=Verification.choices,
        default=Verification.EXTRACTED,
        db_index=True,
        help_text="Checked against the source? A rejected quote never appears publicly.",
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    verification_note = models.TextField(blank=True, help_text="What was checked, or why it is disputed.")
    article_published_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="A copy of the article's publication time, to list a person's quotes newest first from an index.",
    )
    evidence_url = HttpsURLField(blank=True, help_text="A recording, transcript or statement.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    search_document = search_document(("text", "A"))

    objects = QuoteManager()

    class Meta:
        ordering = ["article", "position"]
        permissions = [("verify_quote", "Can verify, dispute and reject quotes")]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="quote_unique_position"),
        ]
        indexes = [
            models.Index(fields=["speaker", "article"], name="quote_speaker_article_idx"),
            models.Index(
                fields=["speaker", "-article_published_at", "-article", "position"], name="quote_speaker_time_idx"
            ),
            # The desk's "attribution cue" filter reads the distinct values from this index.
            models.Index(fields=["attribution_cue"], name="quote_attribution_cue_idx"),
        ]

    def __str__(self):
        words = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return f"“{words}”"

    def natural_key(self):
        return (*self.article.natural_key(), self.position)

    natural_key.dependencies = ["articles.article", "articles.person"]

    def save(self, *args, **kwargs):
        if Quote.article.is_cached(self):
            self.article_published_at = self.article.published_at
        else:
            self.article_published_at = (
                Article.objects.filter(pk=self.article_id).values_list("published_at", flat=True).first()
            )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return paths.quote(self.pk)

    def problems(self) -> list[str]:
        """What an editor should look at before trusting this quote (shown in the desk)."""
        found = []
        if self.speaker_id is None:
            found.append("No speaker: say who said it, or leave it unattributed on purpose.")
        words = comparable(self.display_text).rstrip(".,;:!? ")
        # Neither as typed nor as readers read it (the body's Markdown links and emphasis taken out).
        if (
            words
            and words not in comparable(f"{self.article.deck}\n{self.article.body}")
            and words not in comparable("\n".join(block_texts(self.article.body)))
        ):
            found.append("These words are not in the article's text.")
        return found

    @property
    def is_disputed(self) -> bool:
        """Readers see a disputed quote labelled as such, with the desk's note, never as checked."""
        return self.verification_status == self.Verification.DISPUTED

    @property
    def display_text(self):
        """The words as shown on their own: the comma that led back into the reporter's sentence
        (“…these people,” he declared) belongs to that sentence, not to the quote."""
        return self.text.rstrip().removesuffix(",")


class CorrectionQuerySet(WithArticleMixin, models.QuerySet):
    def published(self):
        return self.filter(ArticleQuerySet.published_q("article__"))

    def public(self):
        """Every note readers may see: corrections of published articles, and retraction notices."""
        return self.filter(
            ArticleQuerySet.published_q("article__")
            | Q(kind=Correction.Kind.RETRACTION, article__status=Article.Status.RETRACTED)
        )


@reversion.register(exclude=REVISION_EXCLUDES["correction"])
class Correction(VersionedModel):
    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"
        RETRACTION = "retraction", "Retraction"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
    quote = models.ForeignKey(
        "Quote",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="corrections",
        help_text="The quote this corrects, when it corrects one: shown on the quote's permalink too.",
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.CORRECTION)
    text = models.TextField(help_text="Shown to readers under the article, dated.")
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_kind_display()} to “{self.article}”, {self.created_at:%Y-%m-%d}"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#correction-{self.pk}"


class AuthorQuerySet(WithPublishedArticlesQuerySet):
    article_relation = "authors"


class AuthorManager(models.Manager.from_queryset(AuthorQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Author(models.Model):
    """Someone who writes for the paper: the byline, not the news (that is Person)."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True, help_text="The author page's address: /authors/<slug>/.")
    bio = models.TextField(blank=True, help_text="A short biography shown on the author page.")
    photo = models.ForeignKey(
        "Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", help_text="From the media library."
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author",
        help_text="The staff account of this author, if they have one.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AuthorManager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return paths.author(self.slug)


class BylineManager(models.Manager):
    def get_by_natural_key(self, article_slug, author_slug):
        return self.get(article__slug=article_slug, author__slug=author_slug)


@reversion.register()
class Byline(models.Model):
    """An author's place on an article's byline (versioned with its article, so history shows it)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="bylines")
    position = models.PositiveSmallIntegerField(default=1, help_text="1 for the first name on the byline.")

    objects = BylineManager()

    class Meta:
        ordering = ["article", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["article", "author"], name="byline_unique_author")]
        indexes = [models.Index(fields=["author", "article"], name="byline_author_article_idx")]

    def __str__(self):
        return f"{self.author} on “{self.article}”"

    def natural_key(self):
        return (*self.article.natural_key(), *self.author.natural_key())

    natural_key.dependencies = ["articles.article", "articles.author"]


class SectionQuerySet(WithPublishedArticlesQuerySet):
    article_relation = "section"

    def in_navigation(self):
        return self.filter(show_in_navigation=True).order_by("position", "name")


class SectionManager(models.Manager.from_queryset(SectionQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Section(models.Model):
    """A part of the paper (News, Sport, Business…): each article runs in one."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True, help_text="The section front's address: /sections/<slug>/.")
    description = models.TextField(blank=True, help_text="Shown at the top of the section front.")
    show_in_navigation = models.BooleanField(
        default=True, help_text="Listed in the masthead (once it has a published article)."
    )
    position = models.PositiveSmallIntegerField(default=0, help_text="Order in the masthead, smallest first.")

    objects = SectionManager()

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return paths.section(self.slug)


class TagQuerySet(WithPublishedArticlesQuerySet):
    article_relation = "tags"


class TagManager(models.Manager.from_queryset(TagQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Tag(models.Model):
    """A topic: typed in the desk, created on first use, with a page of its articles."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True, help_text="The topic page's address: /tags/<slug>/.")

    objects = TagManager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return paths.tag(self.slug)


def image_upload_to(image, filename):
    """Original uploads by month; the name is the desk's own (validated, never the client's path)."""
    return timezone.now().strftime("images/%Y/%m/") + filename


class Image(models.Model):
    """A picture in the media library, re-usable as a lead image, in a body, or as a photo.

    The file is validated and cleaned when uploaded (articles/domain/images.py); the width and
    height are read from it so that pages reserve the space before it loads."""

    file = models.ImageField(upload_to=image_upload_to, width_field="width", height_field="height")
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    alt_text = models.CharField(
        max_length=300,
        help_text="What the picture shows, for readers who cannot see it. Required.",
    )
    caption = models.TextField(blank=True, help_text="Shown under the picture.")
    credit = models.CharField(max_length=200, blank=True, help_text="Photographer or agency.")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.CheckConstraint(condition=~Q(alt_text=""), name="image_has_alt_text")]

    def __str__(self):
        return self.alt_text


def rendition_upload_to(rendition, filename):
    """Renditions beside nothing else: the service names them after their image's hashed file."""
    return "renditions/" + filename


class Rendition(models.Model):
    """One resized copy of a library image (a width in one format), made once and kept: pages
    list them in `srcset` (articles/site/pictures.py). See articles/domain/images.py."""

    class Format(models.TextChoices):
        WEBP = "webp", "WebP"
        JPEG = "jpeg", "JPEG"
        PNG = "png", "PNG"

    image = models.ForeignKey(Image, on_delete=models.CASCADE, related_name="renditions")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    format = models.CharField(max_length=4, choices=Format.choices)
    file = models.FileField(upload_to=rendition_upload_to, max_length=255)

    class Meta:
        ordering = ["image", "format", "width"]
        constraints = [
            models.UniqueConstraint(fields=["image", "width", "format"], name="rendition_unique_width_format"),
        ]

    def __str__(self):
        return f"{self.image_id}: {self.width}px {self.get_format_display()}"

    @property
    def content_type(self):
        return f"image/{self.format}"


# Read-only views that migration 0009 defines, for the desk's lists at archive scale. The SQL
# lives in the migration; the code reads them through the ORM like any table.


class QuoteCue(models.Model):
    """The distinct attribution cues in use, found by hopping through the cue index (one probe
    per value) instead of a DISTINCT over every quote."""

    value = models.CharField(max_length=30, primary_key=True)

    class Meta:
        managed = False
        db_table = "articles_quote_cue"
        ordering = ["value"]

    def __str__(self):
        return self.value or "(no cue)"


class TableEstimate(models.Model):
    """PostgreSQL only: each table's row count as of its last ANALYZE or VACUUM (-1 if never)."""

    table_name = models.CharField(max_length=63, primary_key=True)
    estimated_rows = models.BigIntegerField()

    class Meta:
        managed = False
        db_table = "articles_table_estimate"

    def __str__(self):
        return f"{self.table_name}: ~{self.estimated_rows} rows"


class EditingPresence(models.Model):
    """Who opened an article in the desk, and since when: shown to anyone else who opens it
    within EDITING_WINDOW, as WordPress and Wagtail do (“Olga is editing since 14:02”)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    since = models.DateTimeField(help_text="When this editing spell began.")
    seen_at = models.DateTimeField(help_text="When the user last opened the article.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "user"], name="presence_unique_article_user")]

    def __str__(self):
        return f"{self.user} editing {self.article} since {self.since:%Y-%m-%d %H:%M}"


class AutosavedDraft(models.Model):
    """What an editor typed in an article form and had not saved yet, kept by the desk's
    autosave so that a closed tab or a crash loses nothing. Never shown to readers, never
    applied by itself: the editor restores it into the form and saves as usual."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    based_on_version = models.PositiveIntegerField(help_text="The article's version the typing started from.")
    fields = models.JSONField(help_text="The form's text fields as typed.")
    saved_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "user"], name="autosave_unique_article_user")]

    def __str__(self):
        return f"{self.user}'s unsaved changes to {self.article}, {self.saved_at:%Y-%m-%d %H:%M}"
