"""RSS and Atom feeds, built on the same publish rule as the pages.

An article's lead image goes with its entry as Media RSS `<media:content>` (URL, type, width,
height, alt text as its description, credit): the shared rendition (the largest JPEG/PNG up to
1280 px), as for og:image. Not an <enclosure>: RSS requires one's length in bytes, which would
cost a storage request per entry (a HEAD per picture on S3) for a figure readers do not use.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

from articles.domain.models import Author, Correction, Person, Quote, Section, Tag
from articles.site.bylines import authors_of, card_articles, tags_prefetch
from articles.site.pictures import prefetched_image, share_rendition

FEED_LENGTH = 30
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
MEDIA_RSS = "http://search.yahoo.com/mrss/"


def add_media_content(handler, item, base_url: str) -> None:
    """The entry's lead image as <media:content> (see the module docstring)."""
    image = item.get("image")
    if image is None:
        return
    url, width, height, content_type, alt, credit = image
    attributes = {"url": urljoin(base_url, url), "medium": "image", "type": content_type}
    handler.startElement("media:content", attributes | {"width": str(width), "height": str(height)})
    handler.addQuickElement("media:description", alt, {"type": "plain"})
    if credit:
        handler.addQuickElement("media:credit", credit)
    handler.endElement("media:content")


class BylineRssFeed(Rss201rev2Feed):
    """RSS 2.0 with one <dc:creator> per author, in byline order (RSS's own <author> wants an
    e-mail address, and Django's generator writes a single creator), and the lead image."""

    def rss_attributes(self):
        return super().rss_attributes() | {"xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, _ in item.get("authors", ()):
            handler.addQuickElement("dc:creator", name, {"xmlns:dc": DUBLIN_CORE})
        add_media_content(handler, item, self.feed["link"])


class BylineAtomFeed(Atom1Feed):
    """Atom with one <author> (name and page) per author, in byline order, and the lead image."""

    def root_attributes(self):
        return super().root_attributes() | {"xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, path in item.get("authors", ()):
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.addQuickElement("uri", urljoin(self.feed["link"], path))
            handler.endElement("author")
        add_media_content(handler, item, self.feed["link"])


class LatestArticlesFeed(Feed):
    feed_type = BylineRssFeed
    description = "The latest articles, and exactly who said what."

    def title(self):
        return settings.NEWSROOM_SITE_NAME

    def link(self):
        return reverse("articles:index")

    def items(self):
        """The latest articles and, among them by date, the latest retraction notices: a reader
        who saw an article in the feed learns there that it was withdrawn."""
        articles = list(
            card_articles().prefetch_related("corrections", tags_prefetch(), "image__renditions")[:FEED_LENGTH]
        )
        retractions = list(
            Correction.objects.public()
            .filter(kind=Correction.Kind.RETRACTION)
            .with_article()
            .order_by("-created_at")[:FEED_LENGTH]
        )
        entries = sorted(articles + retractions, key=self.item_pubdate, reverse=True)
        return entries[:FEED_LENGTH]

    def item_title(self, item):
        if isinstance(item, Correction):
            return f"Retracted: {item.article.headline}"
        return item.headline

    def item_link(self, item):
        return item.article.get_absolute_url() if isinstance(item, Correction) else item.get_absolute_url()

    def item_guid(self, item):
        return f"retraction-{item.pk}" if isinstance(item, Correction) else item.get_absolute_url()

    def item_guid_is_permalink(self, item):
        return not isinstance(item, Correction)

    def item_description(self, item):
        # Feed readers treat descriptions as HTML: our text is escaped here, the markup is ours.
        if isinstance(item, Correction):
            return f"<p><strong>Retraction, {item.created_at:%d %B %Y}:</strong> {escape(item.text)}</p>"
        parts = [f"<p>{escape(' '.join(item.deck_lines))}</p>"]
        parts += [
            f"<p><strong>{escape(c.get_kind_display())}, {c.created_at:%d %B %Y}:</strong> {escape(c.text)}</p>"
            for c in item.corrections.all()
        ]
        return "".join(parts)

    def item_pubdate(self, item):
        return item.created_at if isinstance(item, Correction) else item.published_at

    def item_extra_kwargs(self, item):
        """The authors and the lead image, for BylineRssFeed and BylineAtomFeed."""
        if isinstance(item, Correction):
            return {}
        extra = {"authors": [(author.name, author.get_absolute_url()) for author in authors_of(item)]}
        image = prefetched_image(item)
        if image is not None:
            extra["image"] = (*share_rendition(image), image.alt_text, image.credit)
        return extra

    def item_categories(self, item):
        """The section, then the tags."""
        if isinstance(item, Correction):
            return ()
        section = [item.section.name] if item.section else []
        return section + [tag.name for tag in item.tag_list]

    def item_updateddate(self, item):
        return item.created_at if isinstance(item, Correction) else item.updated_at


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = BylineAtomFeed
    subtitle = LatestArticlesFeed.description


class ArticleListFeed(LatestArticlesFeed):
    """The published articles of one author, section or tag (`model`, through its public())."""

    model = None
    noun = ""

    def get_object(self, request, slug):
        return get_object_or_404(self.model.objects.public(), slug=slug)

    def title(self, obj):
        return f"{obj.name} · {settings.NEWSROOM_SITE_NAME}"

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        # Some readers render channel descriptions as HTML.
        return escape(f"The latest {self.noun} {obj.name}, in {settings.NEWSROOM_SITE_NAME}.")

    def items(self, obj):
        articles = card_articles().prefetch_related("corrections", tags_prefetch(), "image__renditions")
        return list(articles.filter(self.articles_of(obj))[:FEED_LENGTH])


class AuthorArticlesFeed(ArticleListFeed):
    model = Author
    noun = "articles by"

    def articles_of(self, obj):
        return Q(bylines__author=obj)


class SectionArticlesFeed(ArticleListFeed):
    model = Section
    noun = "articles in"

    def articles_of(self, obj):
        return Q(section=obj)


class TagArticlesFeed(ArticleListFeed):
    model = Tag
    noun = "articles about"

    def articles_of(self, obj):
        return Q(tags=obj)


class PersonQuotesFeed(Feed):
    def get_object(self, request, slug):
        return get_object_or_404(Person.objects.public(), slug=slug)

    def title(self, obj):
        return f"{obj.name}: quotes · {settings.NEWSROOM_SITE_NAME}"

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        # Some readers render channel descriptions as HTML.
        return escape(f"Everything {obj.name} said, as quoted in {settings.NEWSROOM_SITE_NAME}.")

    def items(self, obj):
        return Quote.objects.said_by(obj).with_article("speaker")[:FEED_LENGTH]

    def item_title(self, item):
        words = item.text if len(item.text) <= 100 else item.text[:99] + "…"
        return f"“{words}”"

    def item_description(self, item):
        disputed = f" Disputed: {item.verification_note}".rstrip(": ") + "." if item.is_disputed else ""
        return escape(f"“{item.text}” ({item.speaker.name}, in “{item.article.headline}”).{disputed}")

    def item_pubdate(self, item):
        return item.article.published_at

    def item_updateddate(self, item):
        return max(item.updated_at, item.article.updated_at)
