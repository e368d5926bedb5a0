"""“Find quotes in the text”: the converter proposes, the editor accepts, fixes or drops, and
only what was accepted is added, as one revision, numbered in the order of the text."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from articles.domain import quote_extraction
from articles.domain.models import Article, Person, Quote
from articles.ingest.parse import parse_seed
from articles.ingest.to_fixture import article_body
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db

BODY = (
    "The town council met on Tuesday to decide the future of the old bridge.\n\n"
    "“We will rebuild the bridge by spring,” said Marta Kowalczyk, the mayor.\n\n"
    "“Nobody asked the people who cross it every day,” said Marek Kowalski, a shopkeeper.\n\n"
    "Kowalczyk disagreed. “The people were asked twice,” she said."
)
MAYOR = "We will rebuild the bridge by spring,"
SHOPKEEPER = "Nobody asked the people who cross it every day,"
TWICE = "The people were asked twice,"


def _client(username, group):
    user = User.objects.create_user(username, password="pw", is_staff=True, first_name=username.title())
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def editor():
    return _client("ines", "Editor")


@pytest.fixture
def reporter():
    return _client("rita", "Reporter")


@pytest.fixture
def mayor():
    return PersonFactory(name="Marta Kowalczyk", slug="marta-kowalczyk", title="Mayor")


@pytest.fixture
def draft(mayor):
    """The bridge story with the shopkeeper's quote already on it, at position 1."""
    article = ArticleFactory(headline="Council debates the bridge", deck="The bridge is closed", body=BODY)
    QuoteFactory(article=article, speaker=None, text=SHOPKEEPER, position=1)
    return article


def url(article):
    return reverse("admin:articles_article_extract_quotes", args=[article.pk])


def page_data(response):
    """The extraction form as the page sends it, with nothing ticked."""
    data = {"expected_version": str(response.context["expected_version"])}
    for row, _where, _paragraph in response.context["rows"]:
        for name in ("text", "speaker", "fingerprint"):
            value = row[name].value()
            data[row.add_prefix(name)] = "" if value is None else str(value)
    return data


def rows_by_text(response):
    return {row.proposal.text: row for row, _where, _paragraph in response.context["rows"]}


# The proposals ----------------------------------------------------------------------------------


def test_the_quotes_in_the_text_are_proposed_with_speakers_and_places(draft, mayor):
    proposals = quote_extraction.propose(draft)

    assert [p.text for p in proposals] == [MAYOR, TWICE]  # the shopkeeper's is on the article already
    first, second = proposals
    assert first.person == mayor and first.paragraph == 1 and first.reporting_verb == "said"
    assert second.person == mayor and second.attribution_cue == "pronoun" and second.paragraph == 3


def test_a_speaker_is_matched_by_alias_or_proposed_as_new(draft, mayor):
    Person.objects.filter(pk=mayor.pk).update(name="Marta K. Kowalczyk", aliases="Marta Kowalczyk")
    article = ArticleFactory(body="“Prices will rise,” said Tom Newman, an economist.\n\n" + BODY)

    proposals = {p.text: p for p in quote_extraction.propose(article)}

    assert proposals[MAYOR].person == mayor
    newcomer = proposals["Prices will rise,"]
    assert newcomer.person is None and newcomer.speaker_is_new and newcomer.speaker_name == "Tom Newman"


def test_the_page_lists_the_proposals_and_saves_nothing(editor, draft, mayor):
    before = Version.objects.count()

    response = editor.get(url(draft))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Quote 1 of 2" in html and "<mark>We will rebuild the bridge by spring,</mark>" in html
    assert "in the newsroom as" in html
    assert draft.quotes.count() == 1 and Version.objects.count() == before
    assert Article.objects.get(pk=draft.pk).version == draft.version


def test_the_page_costs_the_same_queries_however_many_quotes(editor, draft, django_assert_max_num_queries):
    longer = ArticleFactory(
        body="\n\n".join([BODY] + [f"“Point number {n} stands,” said Person Number{n}." for n in range(8)])
    )
    editor.get(url(draft))
    with django_assert_max_num_queries(8):
        small = editor.get(url(draft))
    with django_assert_max_num_queries(8):
        large = editor.get(url(longer))
    assert len(large.context["rows"]) > len(small.context["rows"]) + 5


def test_the_change_form_links_to_it(editor, draft):
    response = editor.get(reverse("admin:articles_article_change", args=[draft.pk]))
    assert f'href="{url(draft)}"' in response.content.decode()


# Accepting ------------------------------------------------------------------------------------------


def test_accepting_a_subset_adds_only_those_in_text_order_as_one_revision(editor, draft, mayor):
    response = editor.get(url(draft))
    data = page_data(response)
    data[rows_by_text(response)[MAYOR].add_prefix("accept")] = "on"  # the other one is dropped
    before = Version.objects.get_for_object(draft).count()

    response = editor.post(url(draft), data)

    assert response.status_code == 302
    quotes = list(draft.quotes.order_by("position").values_list("text", "position", "speaker", "verification_status"))
    assert quotes == [(MAYOR, 1, mayor.pk, "extracted"), (SHOPKEEPER, 2, None, "extracted")]
    assert Version.objects.get_for_object(draft).count() == before + 1
    assert mayor in draft.people.all()
    revision = Version.objects.get_for_object(draft).first().revision
    assert revision.user.username == "ines" and "Added 1 quote" in revision.get_comment()


def test_fixing_the_words_and_the_speaker(editor, draft, mayor):
    other = PersonFactory(name="Olga Deputy", slug="olga-deputy")
    response = editor.get(url(draft))
    data = page_data(response)
    row = rows_by_text(response)[TWICE]
    data[row.add_prefix("accept")] = "on"
    data[row.add_prefix("text")] = "The people were asked twice"
    data[row.add_prefix("speaker")] = str(other.pk)

    editor.post(url(draft), data)

    quote = draft.quotes.get(text="The people were asked twice")
    assert quote.speaker == other and quote.attribution_cue == "desk" and quote.position == 2


def test_a_new_speaker_is_created_once_with_a_free_slug(editor, mayor):
    PersonFactory(name="Someone Else", slug="tom-newman")
    article = ArticleFactory(
        body="“Prices will rise,” said Tom Newman, an economist.\n\n“Wages will not,” Newman added."
    )
    response = editor.get(url(article))
    data = page_data(response)
    for row in rows_by_text(response).values():
        assert row["speaker"].value() == "new:Tom Newman"
        data[row.add_prefix("accept")] = "on"

    editor.post(url(article), data)

    created = Person.objects.get(name="Tom Newman")
    assert created.slug == "tom-newman-2" and created.title == "an economist"
    assert list(article.quotes.values_list("speaker", flat=True)) == [created.pk, created.pk]


def test_a_speaker_removed_leaves_the_quote_unattributed(editor, draft):
    response = editor.get(url(draft))
    data = page_data(response)
    row = rows_by_text(response)[MAYOR]
    data[row.add_prefix("accept")] = "on"
    data[row.add_prefix("speaker")] = ""

    editor.post(url(draft), data)

    assert draft.quotes.get(text=MAYOR).speaker is None


def test_nothing_ticked_adds_nothing(editor, draft):
    response = editor.post(url(draft), page_data(editor.get(url(draft))))

    assert response.status_code == 302
    assert draft.quotes.count() == 1 and Article.objects.get(pk=draft.pk).version == draft.version


def test_a_save_in_between_refuses_the_acceptance_and_names_who(editor, draft):
    response = editor.get(url(draft))
    data = page_data(response)
    data[rows_by_text(response)[MAYOR].add_prefix("accept")] = "on"
    olga = User.objects.create_user("olga", first_name="Olga", last_name="Berg")
    with quote_extraction.reversion.create_revision():
        article = Article.objects.get(pk=draft.pk)
        article.deck = "Changed by Olga"
        article.save()
        quote_extraction.reversion.set_user(olga)

    response = editor.post(url(draft), data, follow=True)

    assert draft.quotes.count() == 1
    assert "Olga Berg (olga)" in response.content.decode() and "nothing was added" in response.content.decode()
    assert response.context["expected_version"] == Article.objects.get(pk=draft.pk).version


def test_the_service_refuses_a_stale_version(draft, editor):
    proposals = quote_extraction.propose(draft)
    with pytest.raises(quote_extraction.ArticleChanged):
        quote_extraction.accept(
            draft, [quote_extraction.Accepted(proposals[0], MAYOR)], editor.user, expected_version=draft.version + 1
        )
    assert draft.quotes.count() == 1


# Idempotence ---------------------------------------------------------------------------------------


def test_running_it_again_proposes_nothing_already_added(editor, draft):
    proposals = quote_extraction.propose(draft)
    quote_extraction.accept(
        draft, [quote_extraction.Accepted(p, p.text, person=p.person) for p in proposals], editor.user,
        expected_version=draft.version,
    )  # fmt: skip

    assert quote_extraction.propose(Article.objects.get(pk=draft.pk)) == []
    response = editor.get(url(draft))
    assert "found no quote" in response.content.decode()
    assert list(draft.quotes.order_by("position").values_list("text", flat=True)) == [MAYOR, SHOPKEEPER, TWICE]


def test_a_quote_accepted_twice_in_one_go_is_added_once(draft, editor):
    mayor_proposal = quote_extraction.propose(draft)[0]
    article = Article.objects.get(pk=draft.pk)
    outcome = quote_extraction.accept(
        article,
        [quote_extraction.Accepted(mayor_proposal, MAYOR), quote_extraction.Accepted(mayor_proposal, SHOPKEEPER + " ")],
        editor.user,
        expected_version=article.version,
    )
    assert len(outcome.added) == 1 and outcome.skipped_duplicates == 1
    assert draft.quotes.count() == 2


# Permissions ---------------------------------------------------------------------------------------


def test_a_reporter_extracts_from_a_draft(reporter, draft):
    response = reporter.get(url(draft))
    data = page_data(response)
    data[rows_by_text(response)[MAYOR].add_prefix("accept")] = "on"

    assert reporter.post(url(draft), data).status_code == 302
    assert draft.quotes.count() == 2


def test_a_reporter_cannot_add_quotes_to_a_published_article(reporter, draft):
    Article.objects.filter(pk=draft.pk).update(status=Article.Status.PUBLISHED, published_at="2026-01-01T00:00Z")
    draft.refresh_from_db()

    assert reporter.get(url(draft)).status_code == 403
    assert reporter.post(url(draft), {"expected_version": draft.version}).status_code == 403
    with pytest.raises(quote_extraction.ExtractionRefused):
        quote_extraction.accept(
            draft, [quote_extraction.Accepted(quote_extraction.propose(draft)[0], MAYOR)], reporter.user,
            expected_version=draft.version,
        )  # fmt: skip
    assert draft.quotes.count() == 1


def test_an_editor_adds_quotes_to_a_published_article(editor, draft):
    Article.objects.filter(pk=draft.pk).update(status=Article.Status.PUBLISHED, published_at="2026-01-01T00:00Z")
    response = editor.get(url(draft))
    data = page_data(response)
    data[rows_by_text(response)[MAYOR].add_prefix("accept")] = "on"

    editor.post(url(draft), data)

    assert draft.quotes.filter(text=MAYOR, verification_status=Quote.Verification.EXTRACTED).exists()


def test_someone_without_the_right_to_add_people_cannot_create_a_speaker(draft):
    user = User.objects.create_user("limited", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["add_quote", "change_article", "view_article"]))
    user = User.objects.get(pk=user.pk)
    proposal = quote_extraction.propose(draft)[0]
    with pytest.raises(quote_extraction.ExtractionRefused, match="add people"):
        quote_extraction.accept(
            draft, [quote_extraction.Accepted(proposal, MAYOR, new_speaker_name="Fresh Name")], user,
            expected_version=draft.version,
        )  # fmt: skip
    assert not Person.objects.filter(name="Fresh Name").exists()


def test_words_an_editor_trimmed_are_not_proposed_again(editor, draft):
    proposal = quote_extraction.propose(draft)[0]
    quote_extraction.accept(
        draft, [quote_extraction.Accepted(proposal, "We will rebuild the bridge")], editor.user,
        expected_version=draft.version,
    )  # fmt: skip

    assert [p.text for p in quote_extraction.propose(Article.objects.get(pk=draft.pk))] == [TWICE]


def test_accepting_only_quotes_already_held_records_nothing(editor, draft):
    proposal = quote_extraction.propose(draft)[0]
    before = Version.objects.count()

    outcome = quote_extraction.accept(
        draft, [quote_extraction.Accepted(proposal, SHOPKEEPER)], editor.user, expected_version=draft.version
    )

    assert outcome.skipped_duplicates == 1 and not outcome.added
    assert Version.objects.count() == before and Article.objects.get(pk=draft.pk).version == draft.version


CORPUS = sorted((Path(__file__).parent / "ingest" / "corpus").glob("*.txt"))


@pytest.mark.parametrize("path", CORPUS, ids=[path.stem for path in CORPUS])
def test_the_stored_text_gives_the_quotes_the_seed_import_gives(path):
    """Run on an article as the importer stores it, the extraction finds exactly the quotes,
    speakers and paragraphs the converter found in its seed (our hand-labelled corpus)."""
    parsed = parse_seed(path.read_bytes(), path.name)
    article = ArticleFactory(headline=parsed.headline[:300], deck="\n".join(parsed.deck), body=article_body(parsed))

    proposals = quote_extraction.propose(article)

    found = [(p.text, p.speaker_name or None, p.paragraph) for p in proposals]
    expected, seen = [], set()
    for quote in parsed.quotes:  # the same words twice in one article are proposed once
        if quote_extraction._words(quote.text) not in seen:
            seen.add(quote_extraction._words(quote.text))
            expected.append((quote.text, quote.speaker, quote.block_index))
    assert found == expected


def test_a_converter_failure_is_a_message_not_an_error_page(editor, draft, monkeypatch, caplog):
    def broken(article):
        raise IndexError("an unforeseen text")

    monkeypatch.setattr(quote_extraction, "_run_converter", broken)

    response = editor.get(url(draft), follow=True)

    assert response.redirect_chain[-1][0] == reverse("admin:articles_article_change", args=[draft.pk])
    assert "The converter could not read this article" in response.content.decode()
    assert "an unforeseen text" in caplog.text and draft.quotes.count() == 1


def test_the_body_s_markdown_is_read_as_readers_read_it(editor):
    """A linked name is a speaker, emphasis marks are not part of the words, list and block
    quote markers are dropped; the quote added is the words readers see, with no warning."""
    PersonFactory(name="Marta Kowalczyk", slug="marta-kowalczyk")
    article = ArticleFactory(
        body="Read [the council's report](https://example.org/report) first.\n\n"
        "“It was *very* close,” said [Marta Kowalczyk](https://example.org/mk), the mayor.\n\n"
        "- “We will rebuild,” said Marek Kowalski.\n- Another item"
    )

    proposals = quote_extraction.propose(article)

    assert [(p.text, p.speaker_name, p.paragraph) for p in proposals] == [
        ("It was very close,", "Marta Kowalczyk", 1),
        ("We will rebuild,", "Marek Kowalski", 2),
    ]
    html = editor.get(url(article)).content.decode()
    assert "said Marta Kowalczyk, the mayor." in html and "<mark>It was very close,</mark>" in html
    quote_extraction.accept(
        article, [quote_extraction.Accepted(proposals[0], proposals[0].text, person=proposals[0].person)],
        editor.user, expected_version=article.version,
    )  # fmt: skip
    assert article.quotes.get().problems() == []


def test_quotes_found_in_a_markdown_body_are_marked_on_the_reader_s_page(client, editor):
    article = ArticleFactory(
        published=True,
        slug="markdown-story",
        body="“It was *very* close,” said [Marta Kowalczyk](https://example.org/mk), the mayor.\n\n"
        "> “The money is not there,” wrote Ada Treasurer.\n\n"
        "- “We will rebuild,” said Marek Kowalski.\n- Another item",
    )
    proposals = quote_extraction.propose(article)
    quote_extraction.accept(
        article, [quote_extraction.Accepted(p, p.text, new_speaker_name=p.speaker_name) for p in proposals],
        editor.user, expected_version=article.version,
    )  # fmt: skip

    html = client.get(article.get_absolute_url()).content.decode()

    for quote in article.quotes.all():  # each marked where it stands in the body
        assert f'<q cite="/quotes/{quote.pk}/" class="quote">' in html, quote.text
    assert "It was <em>very</em> close," in html


def test_positions_follow_the_text_deck_first_and_gaps_close(editor, mayor):
    article = ArticleFactory(deck="Mayor says “the bridge will stand” again", body=BODY)
    QuoteFactory(article=article, speaker=None, text=TWICE, position=7, paragraph=3)
    QuoteFactory(article=article, speaker=None, text=SHOPKEEPER, position=3, paragraph=2)
    proposals = {p.text: p for p in quote_extraction.propose(article)}
    assert proposals["the bridge will stand"].paragraph == quote_extraction.DECK

    quote_extraction.accept(
        article, [quote_extraction.Accepted(p, p.text, person=p.person) for p in proposals.values()], editor.user,
        expected_version=article.version,
    )  # fmt: skip

    assert list(article.quotes.order_by("position").values_list("position", "text")) == [
        (1, "the bridge will stand"),
        (2, MAYOR),
        (3, SHOPKEEPER),
        (4, TWICE),
    ]
