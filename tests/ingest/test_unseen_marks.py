"""Quotation marks in careless copy, each rule on an invented example: a double mark glued to the
word beside it, and an opening mark typed on the wrong side of its space."""

from articles.ingest.marks import unglue_marks

from .helpers import parse, quotes_by_text, speaker

# --- a closing mark glued to the tag, an opening mark glued to the sentence before ------------------


def test_a_tag_glued_to_the_closing_mark_still_names_the_speaker():
    blocks = [
        "Harbour master Ewan Toller inspected the quay on Monday.",
        "“The wall will hold until spring,”said surveyor Priya Kaul. “After that, nobody knows.”",
    ]
    assert speaker("The wall will hold until spring", *blocks) == "Priya Kaul"


def test_a_role_and_name_glued_after_a_straight_closing_mark_is_the_speaker():
    blocks = [
        "Harbour master Ewan Toller inspected the quay on Monday.",
        '"The quay reopens on Friday,"spokeswoman Dana Illes said.',
    ]
    assert speaker("The quay reopens on Friday", *blocks) == "Dana Illes"


def test_an_opening_mark_glued_to_a_full_stop_gets_its_space_back():
    assert unglue_marks('Toller said the tide was late."It happens twice a year," he said.') == (
        'Toller said the tide was late. "It happens twice a year," he said.'
    )


def test_marks_with_their_spaces_are_left_alone():
    text = '"It happens," he said. "Twice a year." The tide was late.'
    assert unglue_marks(text) is text


# --- an opening mark on the wrong side of its space -------------------------------------------------


def test_an_opening_mark_typed_before_its_space_opens_the_next_quotation():
    blocks = [
        '"We were asleep for an hour,"said coach Lena Broad." The second half was better, and it had to be."',
    ]
    article = parse(*blocks)
    found = quotes_by_text(article)
    assert "The second half was better, and it had to be" in found
    assert found["The second half was better, and it had to be"].speaker == "Lena Broad"


def test_a_closing_mark_after_a_stop_with_no_mark_left_to_pair_is_not_moved():
    # the mark closes a quotation whose opening mark was dropped: nothing after it to pair with
    text = 'The club said it was a one-off. It will not happen again." The fans were not convinced.'
    assert unglue_marks(text) == text


# --- the last paragraph of a quotation whose opening mark was dropped -------------------------------


def test_a_last_paragraph_that_lost_its_opening_mark_ends_the_running_quotation():
    blocks = [
        "Headteacher Corinne Abela wrote to parents on Friday.",
        "“The roof over the sports hall failed its inspection. We had no choice.",
        "“Lessons will move to the library for now.",
        "I am sorry for the disruption this will cause.”",
        "The hall is expected to reopen in March.",
    ]
    article = parse(*blocks)
    texts = [q.text for q in article.quotes]
    assert texts == [
        "The roof over the sports hall failed its inspection. We had no choice. "
        "Lessons will move to the library for now. I am sorry for the disruption this will cause."
    ]


def test_a_paragraph_with_a_quotation_of_its_own_does_not_join_the_running_one():
    blocks = [
        "Headteacher Corinne Abela wrote to parents on Friday.",
        "“The roof over the sports hall failed its inspection. We had no choice.",
        "Governor Sam Ruddock said the closure was “the only safe course.”",
    ]
    found = quotes_by_text(parse(*blocks))
    assert "the only safe course" in found
    assert found["The roof over the sports hall failed its inspection. We had no choice"].text.endswith("choice.")


def test_a_closing_mark_ending_a_paragraph_with_no_quotation_open_makes_no_quotation():
    blocks = [
        "Headteacher Corinne Abela wrote to parents on Friday.",
        "The hall is expected to reopen in March.”",
    ]
    assert parse(*blocks).quotes == []


def test_a_last_paragraph_that_lost_its_opening_mark_may_end_with_a_short_tag():
    blocks = [
        "Headteacher Corinne Abela wrote to parents on Friday.",
        "“The roof over the sports hall failed its inspection.",
        "We will reopen it as soon as it is safe,” Abela said.",
    ]
    article = parse(*blocks)
    assert [(q.text, q.speaker) for q in article.quotes] == [
        (
            "The roof over the sports hall failed its inspection. We will reopen it as soon as it is safe,",
            "Corinne Abela",
        )
    ]


def test_a_paragraph_going_on_after_its_only_closing_mark_is_not_a_last_part():
    blocks = [
        "Headteacher Corinne Abela wrote to parents on Friday.",
        "“The roof over the sports hall failed its inspection.",
        "Parents were told on Friday.” The hall stays shut, and lessons move to the library.",
    ]
    texts = [q.text for q in parse(*blocks).quotes]
    assert not any("Parents were told" in text for text in texts)


# --- a single closing mark glued to the tag ---------------------------------------------------------


def test_a_single_closing_mark_glued_to_the_tag_after_a_plural_possessive_still_closes():
    blocks = [
        "Winger Ola Brek scored twice.",
        "Coach Nils Harte was pleased. ‘It was the forwards’ day,’he said. ‘They earned it.’",
    ]
    assert speaker("It was the forwards’ day", *blocks) == "Nils Harte"


def test_a_straight_apostrophe_after_a_comma_before_an_ordinary_word_is_left_alone():
    text = "The sign read 'No entry,'then nothing."
    assert unglue_marks(text) == text


# --- a closing mark dropped before the tag ----------------------------------------------------------


def test_a_quotation_that_lost_its_closing_mark_before_its_tag_ends_at_the_comma():
    blocks = [
        "Pool manager Odette Brun spoke on Monday.",
        "“The heating failed twice this month, Brun said. “We have ordered a new boiler.”",
    ]
    article = parse(*blocks)
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("The heating failed twice this month,", "Odette Brun"),
        ("We have ordered a new boiler.", "Odette Brun"),
    ]


def test_a_double_quotation_nested_without_a_tag_before_it_stays_nested():
    blocks = [
        "Pool manager Odette Brun spoke on Monday.",
        "“The engineer told us, “Replace it now,” and we did,” Brun said.",
    ]
    texts = [q.text for q in parse(*blocks).quotes]
    assert texts == ["The engineer told us, “Replace it now,” and we did,"]
