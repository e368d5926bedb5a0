from articles.ingest.bodytext import CAPTION, CROSSHEAD, PARAGRAPH, BodyBlock, join_body, split_body


def test_blocks_are_separated_by_blank_lines_and_lines_are_folded():
    blocks = split_body("One line\nstill the same paragraph.\n\n\nSecond.")

    assert blocks == [
        BodyBlock(PARAGRAPH, "One line still the same paragraph."),
        BodyBlock(PARAGRAPH, "Second."),
    ]


def test_a_hash_line_is_a_crosshead():
    assert split_body("## Adviser speaks") == [BodyBlock(CROSSHEAD, "Adviser speaks")]


def test_a_caption_block_carries_its_credit():
    blocks = split_body("Caption: The president\nCredit: Agency/Getty Images")

    assert blocks == [BodyBlock(CAPTION, "The president", "Agency/Getty Images")]


def test_windows_line_ends_read_the_same():
    assert split_body("A.\r\n\r\n## B") == split_body("A.\n\n## B")


def test_join_then_split_gives_back_the_blocks():
    blocks = [
        BodyBlock(PARAGRAPH, "“Quoted,” she said."),
        BodyBlock(CROSSHEAD, "Crosshead"),
        BodyBlock(CAPTION, "Picture", "Credit (Agency)"),
        BodyBlock(CAPTION, "No credit"),
    ]

    assert split_body(join_body(blocks)) == blocks
