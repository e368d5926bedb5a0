"""articles.domain.paths builds the reader site's addresses by concatenation: every one it makes
is exactly what reverse() makes, for any slug or id, under any script prefix; and whatever
reverse() refuses, it refuses the same way."""

import pytest
from django.urls import NoReverseMatch, get_script_prefix, reverse, set_script_prefix
from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st

from articles.domain import paths
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

SLUG_ROUTES = [
    (paths.article, "articles:detail"),
    (paths.person, "articles:person"),
    (paths.author, "articles:author"),
    (paths.section, "articles:section"),
    (paths.tag, "articles:tag"),
]

ODD_SLUGS = [
    "a",
    "0",
    "-",
    "_",
    "--",
    "a-b_c-9",
    "UPPER-lower",
    "x" * 200,
    "newsroom-path-placeholder",
    "918273645",
    "café",
    "zürich-talks",
    "日本語",
    "ıi",
    "straße",
    "a b",
    "a/b",
    "a%2Fb",
    "%",
    "a?b",
    "a#b",
    "a.b",
    "a+b",
    "a~b",
    "a\nb",
    "a\n",
    "\n",
    "",
    " ",
    "../x",
    "<script>",
    '"quoted"',
    "a&b=c",
    "١٢٣",  # Arabic-Indic digits
    "ａｂｃ",  # fullwidth letters
    "\u00e9",
    "e\u0301",
    "\x00",
    "K",  # Kelvin sign, which IGNORECASE would fold to k
    None,
    0,
    12,
    True,
]

ODD_IDS = [0, 1, 7, 42, 918273645, 10**12, 2**63, -1, "12", "012", "١٢", "12a", "", None, True, 1.5, "1e3"]


def _outcome(make, *args, **kwargs):
    try:
        return ("path", make(*args, **kwargs))
    except NoReverseMatch:
        return ("refused", None)


@pytest.fixture
def script_prefix():
    """Restore the thread's script prefix after a test changes it."""
    saved = get_script_prefix()
    yield set_script_prefix
    set_script_prefix(saved)


@pytest.mark.parametrize("prefix", ["/", "/news/", "/a b/", "/%41/", "/ünï/", "//"])
@pytest.mark.parametrize(("build", "name"), SLUG_ROUTES)
def test_every_slug_path_is_reverses(build, name, prefix, script_prefix):
    script_prefix(prefix)
    for slug in ODD_SLUGS:
        assert _outcome(build, slug) == _outcome(reverse, name, kwargs={"slug": slug}), (name, prefix, slug)


@pytest.mark.parametrize("prefix", ["/", "/news/", "/a b/", "//"])
def test_every_quote_path_is_reverses(prefix, script_prefix):
    script_prefix(prefix)
    for pk in ODD_IDS:
        assert _outcome(paths.quote, pk) == _outcome(reverse, "articles:quote", kwargs={"pk": pk}), (prefix, pk)


@examples(max_examples=300, deadline=None)
@given(
    slug=st.one_of(
        st.text(),
        st.text(alphabet="-_abcXYZ0189", min_size=1),
        st.from_regex(r"[-a-zA-Z0-9_]+", fullmatch=True),
    ),
    route=st.sampled_from(SLUG_ROUTES),
)
def test_any_text_as_a_slug(slug, route):
    build, name = route
    assert _outcome(build, slug) == _outcome(reverse, name, kwargs={"slug": slug})


@examples(max_examples=200, deadline=None)
@given(pk=st.one_of(st.integers(min_value=-(10**20), max_value=10**20), st.text(max_size=8)))
def test_any_id_as_a_quote(pk):
    assert _outcome(paths.quote, pk) == _outcome(reverse, "articles:quote", kwargs={"pk": pk})


@pytest.mark.django_db
def test_the_models_addresses_are_reverses():
    quote = QuoteFactory(speaker=PersonFactory(slug="ada-o-neil_2"), article=ArticleFactory(slug="budget-2026"))

    assert quote.get_absolute_url() == reverse("articles:quote", kwargs={"pk": quote.pk})
    assert quote.article.get_absolute_url() == reverse("articles:detail", kwargs={"slug": "budget-2026"})
    assert quote.speaker.get_absolute_url() == reverse("articles:person", kwargs={"slug": "ada-o-neil_2"})


def test_another_urlconf_gets_its_own_addresses(settings):
    before = paths.article("budget")
    settings.ROOT_URLCONF = "tests.paths_urls"

    assert (
        paths.article("budget")
        == reverse("articles:detail", kwargs={"slug": "budget"})
        == "/elsewhere/articles/budget/"
    )
    settings.ROOT_URLCONF = "newsroom.urls"
    assert paths.article("budget") == before
