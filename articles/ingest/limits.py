"""Length limits of the fields the converter fills, in characters.

They mirror the `max_length` of the model fields the fixture is loaded into (a test in the
Django suite checks that they agree), so that an over-long headline or name is refused
with a ParseError naming the file and line instead of failing in the database (PostgreSQL)
or being stored whole (SQLite).  Kept here, not imported from the models, because the
converter imports nothing from Django.
"""

HEADLINE_MAX_LENGTH = 300  # Article.headline
ARTICLE_SLUG_MAX_LENGTH = 200  # Article.slug
PERSON_NAME_MAX_LENGTH = 200  # Person.name
PERSON_SLUG_MAX_LENGTH = 200  # Person.slug
PERSON_TITLE_MAX_LENGTH = 300  # Person.title
QUOTE_VERB_MAX_LENGTH = 60  # Quote.reporting_verb (cut, not refused: the converter's own word)
QUOTE_CUE_MAX_LENGTH = 30  # Quote.attribution_cue (cut, not refused: the converter's own label)
