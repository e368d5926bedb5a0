"""schema.org JSON-LD for the public pages: plain dicts, and the <script> block that carries one."""

from __future__ import annotations

import json

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from articles.site.pictures import image_property


def _escape_for_script(text: str) -> str:
    """As django.utils.html.json_script: inside <script>, < > & could end the element or open a
    comment. Three str.replace calls: str.translate with a mapping is ~10x slower on a long body."""
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


def script(data: dict) -> SafeString:
    """A JSON-LD block that no string inside `data` can break out of."""
    text = _escape_for_script(json.dumps(data, ensure_ascii=False, sort_keys=True))
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def _person(person, absolute):
    data = {"@type": "Person", "name": person.name, "url": absolute(person.get_absolute_url())}
    if person.title:
        data["jobTitle"] = person.title
    if person.alias_list:
        data["alternateName"] = person.alias_list
    if person.description:
        data["description"] = person.description
    return data


def _author(author, absolute):
    return {"@type": "Person", "name": author.name, "url": absolute(author.get_absolute_url())}


def news_article(article, absolute, site_name):
    """Needs the article's bylines and tags loaded (articles/site/bylines.py)."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": " ".join(article.deck_lines),
        "datePublished": article.published_at.isoformat(),
        "dateModified": article.updated_at.isoformat(),
        "url": absolute(article.get_absolute_url()),
        "mainEntityOfPage": absolute(article.get_absolute_url()),
        "publisher": {"@type": "Organization", "name": site_name},
        **image_property(article.image, absolute),
        "mentions": [_person(person, absolute) for person in article.people.all()],
        "correction": [
            {
                "@type": "CorrectionComment",
                "text": correction.text,
                "datePublished": correction.created_at.isoformat(),
                "url": absolute(correction.get_absolute_url()),
            }
            for correction in article.corrections.all()
        ],
        "author": [_author(byline.author, absolute) for byline in article.byline_list],
        "keywords": [tag.name for tag in article.tag_list],
    }
    if article.section is not None:
        data["articleSection"] = article.section.name
    return data


def person(person, absolute):
    return {"@context": "https://schema.org", **_person(person, absolute), **image_property(person.photo, absolute)}


def author(author, absolute):
    """An author's page: the Person who writes, with their bio."""
    data = {"@context": "https://schema.org", **_author(author, absolute), **image_property(author.photo, absolute)}
    if author.bio:
        data["description"] = author.bio
    return data


def collection_page(collection, articles, absolute, site_name):
    """A section front or topic page: a CollectionPage (its description when it has one) whose
    main entity lists the page's articles in order."""
    data = {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": collection.name,
        "url": absolute(collection.get_absolute_url()),
        "isPartOf": {"@type": "WebSite", "name": site_name, "url": absolute("/")},
        "mainEntity": {
            "@type": "ItemList",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "url": absolute(article.get_absolute_url())}
                for position, article in enumerate(articles, start=1)
            ],
        },
    }
    if getattr(collection, "description", ""):
        data["description"] = collection.description
    return data


def quotation(quote, absolute):
    data = {
        "@context": "https://schema.org",
        "@type": "Quotation",
        "text": quote.text,
        "url": absolute(quote.get_absolute_url()),
        "datePublished": quote.article.published_at.isoformat(),
        "isPartOf": {
            "@type": "NewsArticle",
            "headline": quote.article.headline,
            "url": absolute(quote.article.get_absolute_url()),
        },
    }
    if quote.speaker is not None:
        speaker = _person(quote.speaker, absolute)
        data["creator"] = speaker
        data["spokenByCharacter"] = speaker
    if quote.is_disputed:
        data["creativeWorkStatus"] = "Disputed"
    return data
