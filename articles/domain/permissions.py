"""Who may change what readers see.

Reporters propose: they write and change drafts and articles in review, with their quotes and
the people only those name. Whatever readers can see, or have seen (a published, scheduled or
retracted article, its quotes, a person named in one), is the editors' to change, by every
route: change forms, inline rows, moving a quote between articles, restoring a revision.
"""

from __future__ import annotations

from django.db.models import Q

from articles.domain.models import Article, Author, Person

# Statuses whose articles readers see now, will see (scheduled) or saw (retracted).
ON_THE_RECORD = (Article.Status.PUBLISHED, Article.Status.RETRACTED)
EDITOR_PERMISSION = "articles.publish_article"


def is_editor(user) -> bool:
    return user.has_perm(EDITOR_PERMISSION)


def can_edit_article(user, article: Article | None) -> bool:
    """May `user` change this article, its quotes or its quotes' placement? (None: a new one.)"""
    return article is None or article.status not in ON_THE_RECORD or is_editor(user)


def is_on_the_record(person: Person) -> bool:
    """Named in, or quoted by, an article readers see, will see or saw."""
    if person.pk is None:
        return False
    return Person.objects.filter(
        Q(articles__status__in=ON_THE_RECORD) | Q(quotes__article__status__in=ON_THE_RECORD), pk=person.pk
    ).exists()


def can_edit_person(user, person: Person | None) -> bool:
    """A person readers can see is renamed, re-slugged or re-titled by editors only."""
    return person is None or is_editor(user) or not is_on_the_record(person)


def image_is_on_the_record(image) -> bool:
    """Shown, or to be shown, to readers: the lead image of an article on the record, or the
    photo of a person or an author named on one."""
    if image is None or image.pk is None:
        return False
    on_record = Q(articles__status__in=ON_THE_RECORD)
    return (
        Article.objects.filter(image=image, status__in=ON_THE_RECORD).exists()
        or Person.objects.filter(on_record | Q(quotes__article__status__in=ON_THE_RECORD), photo=image).exists()
        or Author.objects.filter(on_record, photo=image).exists()
    )


def can_edit_image(user, image) -> bool:
    """A library image readers can see is re-described or replaced by editors only; reporters
    upload and change the others (and pick any image for their drafts)."""
    return image is None or is_editor(user) or not image_is_on_the_record(image)
