"""“Find quotes in the text”: the converter's proposals for an article, accepted, fixed or dropped.

GET lists what the converter finds in the article's stored deck and body that the article does
not hold yet; nothing is written. POST adds the rows the editor ticked, with the words and
speakers as fixed, through articles.domain.quote_extraction.accept (one transaction, one
revision, optimistic-locked against the version the page was made from). The proposals are
found again from the same text on POST (the converter is deterministic), so nothing is kept
between the two requests but the version number and what the form carries.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from articles.desk.forms import NEW_PERSON_PREFIX, SpeakerChoiceField, SpeakerSelect
from articles.domain import quote_extraction
from articles.domain.history import changes_since
from articles.domain.models import Article, Person, Quote
from articles.domain.plaintext import block_texts

TEMPLATE = "admin/articles/article/extract_quotes.html"
TEXT_LENGTH = 2000


class ProposedSpeakerSelect(SpeakerSelect):
    """The speaker autocomplete, its selected option labelled from names the view already holds,
    so a page of proposals costs the same queries however many rows it has."""

    def __init__(self, *args, names=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.names = names if names is not None else {}

    def optgroups(self, name, value, attr=None):
        groups = [(None, [self.create_option(name, "", "", False, 0)], 0)]
        for raw in value:
            raw = "" if raw is None else str(raw)
            if raw.startswith(NEW_PERSON_PREFIX):
                label = f"Create “{raw[len(NEW_PERSON_PREFIX) :]}”"
            elif raw in self.names:
                label = self.names[raw]
            else:
                continue
            groups.append((None, [self.create_option(name, raw, label, True, len(groups))], len(groups)))
        return groups


class ProposalForm(forms.Form):
    accept = forms.BooleanField(required=False, label="Add this quote")
    text = forms.CharField(max_length=TEXT_LENGTH, label="Words", widget=forms.Textarea(attrs={"rows": 3, "cols": 60}))
    fingerprint = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, proposal, admin_site, names, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposal = proposal
        self.fields["speaker"] = SpeakerChoiceField(
            queryset=Person.objects.all(),
            required=False,
            label="Speaker",
            help_text="Leave empty for words nobody named said (an organisation, an unnamed source).",
            widget=ProposedSpeakerSelect(Quote._meta.get_field("speaker"), admin_site, names=names),
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("fingerprint") != fingerprint(self.proposal):
            raise forms.ValidationError("The article's text changed: this quote was found again. Check it.")
        return cleaned

    def accepted(self) -> quote_extraction.Accepted:
        speaker = self.cleaned_data.get("speaker")
        if speaker is not None and speaker.pk is None:  # “Create ‘name’”
            return quote_extraction.Accepted(self.proposal, self.cleaned_data["text"], new_speaker_name=speaker.name)
        return quote_extraction.Accepted(self.proposal, self.cleaned_data["text"], person=speaker)


def fingerprint(proposal: quote_extraction.Proposal) -> str:
    """Ties a row of the form to the proposal it was made from (its place and its words)."""
    return f"{proposal.paragraph}:{proposal.deck_line}:{proposal.start}:{len(proposal.text)}"


def initial_speaker(proposal: quote_extraction.Proposal) -> str:
    if proposal.person is not None:
        return str(proposal.person.pk)
    return f"{NEW_PERSON_PREFIX}{proposal.speaker_name}" if proposal.speaker_name else ""


def _forms(data, proposals, admin_site):
    """A form per proposal, bound to `data` (a POST) or showing the proposal as found."""
    names = {str(p.person.pk): p.person.name for p in proposals if p.person is not None}
    if data is not None:
        # Speakers chosen in the page that were not proposed: their names in one query.
        chosen = {data.get(f"proposal-{i}-speaker", "") for i in range(len(proposals))}
        chosen = {value for value in chosen if value.isdigit()} - set(names)
        names.update({str(pk): name for pk, name in Person.objects.filter(pk__in=chosen).values_list("pk", "name")})
    return [
        ProposalForm(
            data,
            prefix=f"proposal-{index}",
            proposal=proposal,
            admin_site=admin_site,
            names=names,
            initial={"text": proposal.text, "speaker": initial_speaker(proposal), "fingerprint": fingerprint(proposal)},
        )
        for index, proposal in enumerate(proposals)
    ]


def paragraph_with_quote(article: Article, texts: list[str], proposal: quote_extraction.Proposal):
    """The paragraph (or deck line) the quote was found in, as readers read it (`texts`, the
    body's blocks), with the quote marked."""
    if proposal.paragraph == quote_extraction.DECK:
        lines = article.deck_lines
        text = lines[proposal.deck_line] if 0 <= proposal.deck_line < len(lines) else ""
        where = "Deck"
    else:
        text = texts[proposal.paragraph] if 0 <= proposal.paragraph < len(texts) else ""
        where = f"Paragraph {proposal.paragraph + 1}"
    start = proposal.start
    end = start + len(proposal.text)
    if text[start:end] != proposal.text:
        start = text.find(proposal.text)
        end = start + len(proposal.text)
    if start < 0:
        return where, text
    return where, format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])


def extract_quotes_view(model_admin, request, object_id):
    """The page behind the article form's “Find quotes in the text”."""
    article = model_admin.get_object(request, unquote(object_id))
    if article is None:
        raise Http404
    if not (
        model_admin.has_change_permission(request, article) and quote_extraction.may_extract(request.user, article)
    ):
        raise PermissionDenied
    change_url = reverse("admin:articles_article_change", args=[article.pk])
    version = article.version
    try:
        proposals = quote_extraction.propose(article)
    except quote_extraction.ExtractionRefused as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(change_url)
    rows = _forms(request.POST if request.method == "POST" else None, proposals, model_admin.admin_site)
    if request.method == "POST":
        try:
            expected = int(request.POST.get("expected_version", ""))
        except ValueError:
            expected = -1
        ticked = [row for row in rows if row["accept"].data]
        if expected == version and all([row.is_valid() for row in ticked]):
            chosen = [row.accepted() for row in ticked]
            if not chosen:
                messages.info(request, "No quote was ticked, so nothing was added.")
                return HttpResponseRedirect(change_url)
            try:
                outcome = quote_extraction.accept(article, chosen, request.user, expected_version=expected)
            except quote_extraction.ExtractionRefused as error:
                messages.error(request, str(error))
            else:
                model_admin.log_change(request, article, f"Added {len(outcome.added)} quote(s) found in the text.")
                messages.success(request, _outcome_message(outcome))
                return HttpResponseRedirect(change_url)
        elif expected != version:  # the proposals below are the current text's: shown afresh
            messages.error(
                request,
                f"“{article}” was changed since the quotes were found, by {changes_since(article)}; nothing was "
                "added. The quotes below were found again in its current text: check them and accept again.",
            )
            rows = _forms(None, proposals, model_admin.admin_site)
    texts = block_texts(article.body)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "original": article,
        "title": f"Quotes found in “{article}”",
        "rows": [(row, *paragraph_with_quote(article, texts, row.proposal)) for row in rows],
        "expected_version": version,
        "change_url": change_url,
        "held": article.quotes.count(),
        "media": model_admin.media + (rows[0].media if rows else forms.Media()),  # every row's is the same
    }
    return TemplateResponse(request, TEMPLATE, context)


def _outcome_message(outcome: quote_extraction.Outcome) -> str:
    parts = [f"Added {len(outcome.added)} quote(s) from the text, unverified; positions follow the text"]
    if outcome.people_created:
        parts.append("new people: " + ", ".join(person.name for person in outcome.people_created))
    if outcome.skipped_duplicates:
        parts.append(f"{outcome.skipped_duplicates} already on the article were not added again")
    return "; ".join(parts) + "."
