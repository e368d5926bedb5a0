"""The one quote-mark scanner (`marks.quoted_spans`), shared by the converter and the site."""

from articles.ingest.marks import opens_with_mark, quoted_spans, uses_single_marks


def contents(text, **options):
    return [text[q.start : q.end] for q in quoted_spans(text, **options)]


def test_offsets_exclude_the_marks():
    text = "Mara Voss said \u201cno\u201d twice."
    (q,) = quoted_spans(text)
    assert (text[q.open_mark], text[q.start : q.end], text[q.end]) == ("\u201c", "no", "\u201d")
    assert q.after == q.end + 1 and q.closed


def test_curly_and_straight_marks_mix():
    assert contents('He said \u201cone\u201d, then "two" and \u201cthree".') == ["one", "two", "three"]


def test_unclosed_mark_runs_to_the_paragraph_end():
    text = "\u201cWe will keep going"
    (q,) = quoted_spans(text)
    assert text[q.start : q.end] == "We will keep going" and not q.closed


def test_opening_mark_at_the_very_end_gives_no_span():
    assert quoted_spans("She paused \u201c") == []


def test_nested_quotation_stays_inside_the_outer_one():
    assert contents("\u201cHe said \u201cnever\u201d to me,\u201d Ola Brand said.") == [
        "He said \u201cnever\u201d to me,"
    ]


def test_doubled_curly_apostrophes_are_one_double_mark():
    assert contents("\u2018\u2018I\u2019d go again,\u2019\u2019 Tam Ruel said.") == ["I\u2019d go again,"]


def test_doubled_straight_apostrophes_are_one_double_mark():
    text = "''It's fine,'' the coach said."
    (q,) = quoted_spans(text)
    assert (text[q.start : q.end], q.open_mark, q.after) == ("It's fine,", 0, 14)


def test_single_marks_are_ignored_unless_the_outlet_uses_them():
    assert contents("Fans called it \u2018a mess\u2019 on Sunday.") == []


def test_single_marks_delimit_speech_in_single_mark_mode():
    text = "\u2018We won\u2019t stop,\u2019 said Ivo Brandt."
    assert contents(text, single=True) == ["We won\u2019t stop,"]


def test_plural_possessive_does_not_close_a_single_quotation():
    text = "\u2018The players\u2019 union agreed,\u2019 Ivo Brandt said."
    assert contents(text, single=True) == ["The players\u2019 union agreed,"]


def test_continuing_paragraph_opens_at_offset_zero():
    text = "\u201cAnd then we left.\u201d"
    (q,) = quoted_spans(text, continues=True)
    assert (q.open_mark, text[q.start : q.end]) == (0, "And then we left.")


def test_a_paragraph_opening_with_a_closing_mark_does_not_open_a_quotation():
    assert not opens_with_mark("\u201d and then")
    assert opens_with_mark("\u201cAnd then")


def test_an_article_with_no_double_marks_and_single_openers_uses_single_marks():
    assert uses_single_marks(["\u2018Yes,\u2019 she said.", "\u2018No,\u2019 he said."])


def test_an_article_with_as_many_double_quotations_does_not_use_single_marks():
    texts = ["\u201cYes,\u201d she said. \u201cMaybe.\u201d", "\u2018No,\u2019 he said. \u2018Fine.\u2019"]
    assert not uses_single_marks(texts)


def test_an_article_with_more_single_quotations_than_double_ones_uses_single_marks():
    texts = ["\u2018Yes,\u2019 she said.", "\u2018No,\u2019 he said.", "The film \u201cHarbour\u201d opens today."]
    assert uses_single_marks(texts)


def test_single_marks_nested_in_double_quotations_do_not_count():
    texts = [
        "\u201cHe said \u2018yes\u2019 and \u2018no\u2019,\u201d Ola Brand said.",
        "\u201cThen \u2018maybe\u2019.\u201d",
    ]
    assert not uses_single_marks(texts)
