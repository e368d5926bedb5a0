"""Django loads an app's models from `<app>.models`: ours are defined in the domain package."""

from articles.domain.models import (  # noqa: F401
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
