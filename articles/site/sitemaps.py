from django.contrib.sitemaps import Sitemap

from articles.domain.models import Article, Person, Quote


class ArticleSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at", "-id")

    def lastmod(self, item):
        return item.updated_at


class PersonSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.5

    def items(self):
        return Person.objects.public().only("slug", "updated_at").order_by("slug")

    def lastmod(self, item):
        return item.updated_at


class QuoteSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return Quote.objects.published().only("pk", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {"articles": ArticleSitemap, "people": PersonSitemap, "quotes": QuoteSitemap}
