"""Newsroom's core: articles, the people in them, and the quotes they gave."""

from __future__ import annotations

from django.contrib.postgres.search import SearchVector
import reversion
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from articles.bodytext import split_body
from articles.fingerprint import content_checksum

SEARCH_CONFIG = "english"
# Articles' words (headline above deck above body) are stored by the triggers of migration 0007
# in articles_article_search. A quote's words are matched through this expression in the admin,
# which the GIN index quote_search_idx of migration 0002 serves (PostgreSQL only).
QUOTE_SEARCH_VECTOR = SearchVector("text", weight="A", config=SEARCH_CONFIG)


class ArticleQuerySet(models.QuerySet):
    def published(self, at=None):
        """The one publish rule: published status and a publication time that has come (by now,
        or by `at`)."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=at or timezone.now())

    def scheduled(self):
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())


class ArticleManager(models.Manager.from_queryset(ArticleQuerySet)):
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


@reversion.register(follow=("quotes", "corrections"), exclude=("version", "preview_key"))
class Article(VersionedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "review", "In review"
        PUBLISHED = "published", "Published"
        RETRACTED = "retracted", "Retracted"

    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True, help_text="The article's address on the site.")
    deck = models.TextField(
        blank=True, help_text="The summary lines under the headline, one per line."
    )
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
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    source = models.CharField(
        max_length=255,
        blank=True,
        default="",
        help_text="The seed file this article was imported from; empty for articles written here.",
    )
    people = models.ManyToManyField(
        "Person", blank=True, related_name="articles", help_text="Everyone the article names."
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
            models.UniqueConstraint(
                fields=["source"], condition=~Q(source=""), name="article_unique_source"
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_date",
            ),
        ]

    def __str__(self):
        return self.headline

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

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


class PersonQuerySet(models.QuerySet):
    def public(self):
        """People a reader may see: named in, or quoted by, a published article.

        Correlated EXISTS rather than IN (…): looking up one person probes the indexes for that
        person instead of collecting everyone in the archive first."""
        named = Article.objects.published().filter(people=models.OuterRef("pk"))
        quoted = Quote.objects.published().filter(speaker=models.OuterRef("pk"))
        return self.filter(models.Exists(named) | models.Exists(quoted))


class PersonManager(models.Manager.from_queryset(PersonQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


@reversion.register(exclude=("version",))
class Person(VersionedModel):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    title = models.CharField(
        max_length=300, blank=True, help_text="The role the text gives, e.g. “Russia’s Foreign Minister”."
    )
    aliases = models.TextField(
        blank=True, help_text="Other spellings of the name used in the text, one per line."
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
        return reverse("articles:person", kwargs={"slug": self.slug})

    @property
    def alias_list(self):
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]


# A person's quotes, newest first, in the order of the index quote_speaker_time_idx.
SAID_BY_ORDER = ("-article_published_at", "-article_id", "position")


class QuoteQuerySet(models.QuerySet):
    def published(self):
        """Quotes readers may see: those of published articles, never a rejected one."""
        return self.filter(
            article__status=Article.Status.PUBLISHED, article__published_at__lte=timezone.now()
        ).exclude(verification_status=Quote.Verification.REJECTED)

    def said_by(self, person):
        """A person's published quotes, in SAID_BY_ORDER. The copied article time only orders
        (and bounds the index scan); whether a reader may see a quote is published()'s to say."""
        return (
            self.published()
            .filter(speaker=person, article_published_at__lte=timezone.now())
            .order_by(*SAID_BY_ORDER)
        )

    def follow_article_time(self, article_id, published_at) -> int:
        """Bring the quotes' copy of their article's publication time up to date."""
        return (
            self.filter(article_id=article_id)
            .exclude(article_published_at=published_at)
            .update(article_published_at=published_at)
        )

    def unverified(self):
        return self.filter(
            verification_status__in=[Quote.Verification.EXTRACTED, Quote.Verification.DISPUTED]
        )


class QuoteManager(models.Manager.from_queryset(QuoteQuerySet)):
    def get_by_natural_key(self, article_slug, position):
        return self.get(article__slug=article_slug, position=position)


@reversion.register(exclude=("version",))
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

    def get_absolute_url(self):
        return reverse("articles:quote", kwargs={"pk": self.pk})

    @property
    def display_text(self):
        """The words as shown on their own: the comma that led back into the reporter's sentence
        (“…these people,” he declared) belongs to that sentence, not to the quote."""
        return self.text.rstrip().removesuffix(",")


def copy_article_time_to_quote(sender, instance, raw=False, **kwargs):
    """pre_save of Quote (fixtures included): take the article's publication time."""
    if Quote.article.is_cached(instance):
        instance.article_published_at = instance.article.published_at
    else:
        instance.article_published_at = (
            Article.objects.filter(pk=instance.article_id).values_list("published_at", flat=True).first()
        )


def copy_article_time_to_quotes(sender, instance, raw=False, **kwargs):
    """post_save of Article (fixtures included): its quotes follow a new publication time."""
    Quote.objects.follow_article_time(instance.pk, instance.published_at)


class CorrectionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(
            article__status=Article.Status.PUBLISHED, article__published_at__lte=timezone.now()
        )


@reversion.register(exclude=("version",))
class Correction(VersionedModel):
    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
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
