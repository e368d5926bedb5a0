"""Django loads an app's models from `<app>.models`: ours are defined in the domain package."""

from articles.domain.models import Article, Correction, Person, Quote  # noqa: F401
