"""Who may change what readers see.

Reporters propose: they write and change drafts and articles in review, with their quotes and
the people only those name. Whatever readers can see, or have seen (a published, scheduled or
retracted article, its quotes, a person named in one), is the editors' to change, by every
route: change forms, inline rows, moving a quote between articles, restoring a revision.
"""

from __future__ import annotations

from django.db.models import Q

from articles.domain.models import Article, Person

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
