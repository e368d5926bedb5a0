from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save


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
            Image,
            Person,
            Quote,
            Section,
            Tag,
        )
        from articles.domain.signals import content_bulk_changed
        from articles.site.invalidation import content_changed, remember_before, remember_before_delete

        # Signals only invalidate: each change retires the cached pages that show it
        # (articles.site.invalidation.keys_for), when its transaction commits.
        for model in (Article, Person, Quote, Correction, Author, Byline, Section, Tag, Image):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")
            pre_delete.connect(remember_before_delete, sender=model, dispatch_uid=f"page-cache-pre-{model.__name__}")
        for model in (Article, Quote):
            pre_save.connect(remember_before, sender=model, dispatch_uid=f"page-cache-before-{model.__name__}")
        for relation in (Article.people, Article.tags, Article.authors):
            m2m_changed.connect(
                content_changed, sender=relation.through, dispatch_uid=f"page-cache-{relation.field.name}"
            )
        content_bulk_changed.connect(content_changed, dispatch_uid="page-cache-bulk")
        self._connect_images(content_changed)

    @staticmethod
    def _connect_images(content_changed):
        """A library image's alt text, caption, credit or renditions show on every page using it."""
        from articles.domain.models import Image, Rendition

        for model in (Image, Rendition):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")
