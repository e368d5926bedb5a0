"""What a reader may see is decided once: `ArticleQuerySet.published_q()` (the publish rule) and
`QuoteQuerySet.visible()` (never a rejected quote). Every representation of an article and its
quotes is built from them, and the source tree holds no second, hand-written copy."""

import ast
import json
import re
from pathlib import Path

import pytest
from django.urls import reverse

from articles.domain.models import Quote
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db

REJECTED_WORDS = "Zanzibar marmalade conspiracy"


@pytest.fixture
def story():
    """A published article with a visible quote and a rejected one by the same speaker, and a
    second speaker known only from the rejected quote."""
    speaker = PersonFactory(name="Vera Visible")
    only_rejected = PersonFactory(name="Rupert Rejected")
    article = ArticleFactory(published=True, headline="Harbour plan approved")
    article.people.add(speaker)
    visible = QuoteFactory(article=article, speaker=speaker, text="The harbour will reopen", position=1)
    rejected = QuoteFactory(article=article, speaker=speaker, text=REJECTED_WORDS, position=2)
    rejected_alone = QuoteFactory(article=article, speaker=only_rejected, text=f"{REJECTED_WORDS} again", position=3)
    Quote.objects.filter(pk__in=[rejected.pk, rejected_alone.pk]).update(
        verification_status=Quote.Verification.REJECTED
    )
    return {
        "article": article,
        "speaker": speaker,
        "only_rejected": only_rejected,
        "visible": visible,
        "rejected": [rejected, rejected_alone],
    }


def _representations(client, story):
    """(name, response) for every public representation that could show the article's quotes."""
    article, speaker, visible = story["article"], story["speaker"], story["visible"]
    urls = {
        "home": "/",
        "article page": article.get_absolute_url(),
        "person page": speaker.get_absolute_url(),
        "visible quote permalink": visible.get_absolute_url(),
        "corrections": reverse("articles:corrections"),
        "search": reverse("articles:search") + "?q=Zanzibar",  # the page repeats the query
        "search (speaker)": reverse("articles:search") + "?q=Rupert",
        "rss": reverse("articles:feed-rss"),
        "atom": reverse("articles:feed-atom"),
        "person feed": reverse("articles:person-feed", args=[speaker.slug]),
        "news sitemap": reverse("news-sitemap"),
        "api article list": "/api/articles",
        "api article detail": f"/api/articles/{article.slug}",
        "api quotes": "/api/quotes?page_size=100",
        "api visible quote": f"/api/quotes/{visible.pk}",
        "api people": "/api/people?page_size=100",
        "api person quotes": f"/api/people/{speaker.slug}/quotes?page_size=100",
    }
    responses = [(name, client.get(url)) for name, url in urls.items()]
    index = client.get("/sitemap.xml")
    responses.append(("sitemap index", index))
    for loc in re.findall(r"<loc>http://testserver([^<]+)</loc>", index.text):
        responses.append((f"sitemap {loc}", client.get(loc)))
    return responses


def _ids_in_json(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "id":
                yield item
            yield from _ids_in_json(item)
    elif isinstance(value, list):
        for item in value:
            yield from _ids_in_json(item)


def test_a_rejected_quote_appears_in_no_representation(client, story):
    responses = _representations(client, story)

    for name, response in responses:
        assert response.status_code == 200, name
        text = response.content.decode()
        assert REJECTED_WORDS not in text, name
        assert "marmalade" not in text.lower(), name
        assert "Rupert Rejected" not in text and story["only_rejected"].slug not in text, name
        for quote in story["rejected"]:
            assert quote.get_absolute_url() not in text, name
        if response["Content-Type"].startswith("application/json"):
            ids = set(_ids_in_json(json.loads(text)))
            assert not ids & {quote.pk for quote in story["rejected"]}, name
    # The walk saw the visible quote, so it looked where the rejected one would have been.
    shown = {name for name, response in responses if "The harbour will reopen" in response.content.decode()}
    assert {"article page", "person page", "api article detail", "api quotes", "person feed"} <= shown


def test_a_rejected_quote_and_a_person_known_only_from_it_are_404(client, story):
    rejected, rejected_alone = story["rejected"]
    only_rejected = story["only_rejected"]

    for url in (
        rejected.get_absolute_url(),
        rejected_alone.get_absolute_url(),
        only_rejected.get_absolute_url(),
        reverse("articles:person-feed", args=[only_rejected.slug]),
        f"/api/quotes/{rejected.pk}",
        f"/api/people/{only_rejected.slug}",
        f"/api/people/{only_rejected.slug}/quotes",
    ):
        assert client.get(url).status_code == 404, url


def test_the_api_article_detail_lists_only_visible_quotes_in_order(client, story):
    data = client.get(f"/api/articles/{story['article'].slug}").json()

    assert [quote["id"] for quote in data["quotes"]] == [story["visible"].pk]


def test_the_article_page_and_its_json_ld_leave_out_a_rejected_quote(client, story):
    page = client.get(story["article"].get_absolute_url()).text
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)

    assert scripts and all(REJECTED_WORDS not in script for script in scripts)
    assert story["visible"].get_absolute_url() in page


# --- one definition of the rule -------------------------------------------------------------

ARTICLES = Path(__file__).resolve().parent.parent / "articles"
# (file, enclosing class) allowed to spell out each rule.
PUBLISH_RULE_HOME = {("domain/models.py", "ArticleQuerySet")}
VISIBLE_RULE_HOME = {("domain/models.py", "QuoteQuerySet")}

_STATUS_KEY = re.compile(r"(^|__)status(__exact|__in)?$")
_PUBLISHED_AT_BOUND = re.compile(r"(^|__)published_at__(lte|lt)$")
_VERIFICATION_KEY = re.compile(r"(^|__)verification_status(__exact|__in|__iexact)?$")


def _mentions(node, *names) -> bool:
    """Whether an expression names one of `names` (Article.Status.PUBLISHED, "published"...)."""
    for child in ast.walk(node):
        if isinstance(child, ast.Attribute) and child.attr in names:
            return True
        if isinstance(child, ast.Name) and child.id in names:
            return True
        if isinstance(child, ast.Constant) and isinstance(child.value, str) and child.value.upper() in names:
            return True
    return False


def _rule_sites(source: str):
    """(rule, line, enclosing class) for every place that spells out the publish rule or the
    rejected-quote rule as a query condition or a comparison."""
    tree = ast.parse(source)
    found = []

    def visit(node, cls):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.ClassDef) and child.name == "Meta":
                continue  # constraints say what a row may hold, not what a reader sees
            if isinstance(child, ast.Call):
                for keyword in child.keywords:
                    key = keyword.arg or ""
                    if _STATUS_KEY.search(key) and _mentions(keyword.value, "PUBLISHED"):
                        found.append(("publish", child.lineno, cls))
                    if _PUBLISHED_AT_BOUND.search(key):
                        found.append(("publish", child.lineno, cls))
                    if _VERIFICATION_KEY.search(key) and _mentions(keyword.value, "REJECTED"):
                        found.append(("visible", child.lineno, cls))
                    if key == "" and isinstance(keyword.value, ast.Dict):  # filter(**{"...": ...})
                        for k, v in zip(keyword.value.keys, keyword.value.values, strict=False):
                            text = ast.unparse(k) if k is not None else ""
                            if "verification_status" in text and _mentions(v, "REJECTED"):
                                found.append(("visible", child.lineno, cls))
            if isinstance(child, ast.Compare):
                text = ast.unparse(child)
                if "verification_status" in text and _mentions(child, "REJECTED"):
                    found.append(("visible", child.lineno, cls))
            visit(child, inner)

    visit(tree, None)
    return found


def _python_sources():
    for path in sorted(ARTICLES.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        yield path


def test_the_rules_are_defined_once_in_the_querysets():
    strays = []
    for path in _python_sources():
        name = str(path.relative_to(ARTICLES))
        for rule, line, cls in _rule_sites(path.read_text(encoding="utf-8")):
            home = PUBLISH_RULE_HOME if rule == "publish" else VISIBLE_RULE_HOME
            if (name, cls) not in home:
                strays.append(f"articles/{name}:{line} ({rule} rule outside {sorted(home)})")

    assert strays == []


def test_templates_do_not_decide_visibility():
    for path in sorted((ARTICLES / "jinja2").rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert "verification_status" not in text and "rejected" not in text.lower(), path


@pytest.mark.parametrize(
    "source, rules",
    [
        ("Quote.objects.exclude(verification_status=Quote.Verification.REJECTED)", ["visible"]),
        ("qs.filter(quotes__verification_status__in=['verified', 'rejected'])", ["visible"]),
        ("[q for q in quotes if q.verification_status != Quote.Verification.REJECTED]", ["visible"]),
        ("Article.objects.filter(status=Article.Status.PUBLISHED)", ["publish"]),
        ("Quote.objects.filter(article__published_at__lte=now)", ["publish"]),
        ("Quote.objects.filter(article__status='published')", ["publish"]),
        ("Quote.objects.filter(**{'verification_status': Quote.Verification.REJECTED})", ["visible"]),
        ("Quote.objects.filter(article_published_at__lte=now)", []),  # the copied time orders
        ("article.status in (Article.Status.PUBLISHED, Article.Status.RETRACTED)", []),  # the desk's locks
    ],
)
def test_the_rule_finder_recognises_a_hand_written_copy(source, rules):
    assert [rule for rule, _, _ in _rule_sites(source)] == rules
