from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Newsroom"

    def ready(self):
        # The desk's admin classes live in articles.desk (admin.autodiscover looks for articles.admin).
        import articles.desk.admin  # noqa: F401
        from articles.domain.models import (
            Article,
            Author,
            Byline,
            Correction,
            Person,
            Quote,
            Section,
            Tag,
        )
        from articles.domain.signals import content_bulk_changed
        from articles.site.caching import content_changed

        for model in (Article, Person, Quote, Correction):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")
        m2m_changed.connect(content_changed, sender=Article.people.through, dispatch_uid="page-cache-people")
        # Bylines, sections and tags show on every page that lists their articles.
        for model in (Author, Byline, Section, Tag):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")
        m2m_changed.connect(content_changed, sender=Article.tags.through, dispatch_uid="page-cache-tags")
        m2m_changed.connect(content_changed, sender=Article.authors.through, dispatch_uid="page-cache-authors")
        content_bulk_changed.connect(content_changed, dispatch_uid="page-cache-bulk")
        self._connect_images(content_changed)

    @staticmethod
    def _connect_images(content_changed):
        """A library image's alt text, caption, credit or renditions show on every page using it."""
        from articles.domain.models import Image, Rendition

        for model in (Image, Rendition):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")
