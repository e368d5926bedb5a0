"""Bylines: "By Jane Doe and John Roe", "By JANE DOE, Associated Press", "By Jane Doe | Reuters",
"- JANE DOE".

`parse_byline(line)` reads one line (a whole block before the first paragraph) as a byline, or
returns None.  A byline is "By" (or a leading dash) and one or more names -- two to four
capitalised or all-capital name words each, joined by commas and "and" -- then, after a
comma, a bar, a slash or a dash, an optional affiliation.  Anything else is not a byline:
"By the time the rain stopped, ..." (a lower-case word), "By 2030 the city ..." (a number),
"By Monday, ..." (a calendar word), "By contrast, ..." / "By Late Afternoon" (a word of time or
discourse), a sentence with a full stop.  Wire forms are read too: names in capitals straight
followed by the desk ("By JANE DOE AP Sports Writer", "By JANE DOE and JOHN ROE Associated
Press"), a title and outlet after commas ("By Jane Doe, Political Editor, The Times") and a
dateline place ("By Jane Doe in Lisbon", kept out of the names).  Names come back properly
cased ("JANE O'NEILL" -> "Jane O'Neill").  Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon

BYLINE_MAX_WORDS = 16
# "From Jane Doe, Ibadan": a correspondent's line in Nigerian and South Asian papers
_LEAD = re.compile(
    r"^(?:(?:Written|WRITTEN|Words|WORDS|Story|STORY|Reported|REPORTED|Report|REPORT)\s+)?(?:by|BY|By):?\s+|^[-\u2013\u2014]\s*(?=[A-Z])"
    r"|^(?:From|FROM)\s+(?=[A-Z])"
)
# "| Reuters", "/ AP", " - CNN", "· CBC News", "By Jane Doe For Mailonline"
_AFFILIATION_SPLIT = re.compile(r"\s*(?:\||/|\u00b7|\s[-\u2013\u2014]\s)\s*|\s+(?:For|FOR)\s+(?=[A-Z])")
# A byline with no "By": a name, then an outlet after a bar or a middle dot ("Jane Doe | USA
# TODAY", "Jane Doe · CBC News · Posted: Jan 14"), a date after a slash ("Jane Doe / March 19,
# 2024"), or a newsroom job after a comma or a dash ("Jane Doe, City Hall Bureau Chief", "Jane Doe –
# Local Democracy Reporter").
_BARE = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})\s*"
    r"(?:(?P<bar>[|\u00b7])\s*(?P<outlet>[A-Z].*)|/\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d|\d).*)"
    r"|\s(?P<dated>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+\d{4}\b.*)"
    r"|,\s*(?P<job>[A-Z].*)|\s[-\u2013\u2014]\s*(?P<dashed>[A-Z].*))$"
)
_NEWSROOM_JOBS = frozenset(
    ["reporter", "correspondent", "editor", "writer", "columnist", "journalist", "chief", "producer"]
)
_NAME_WORD = re.compile(
    r"^(?:[A-Z][a-z\u00df-\u00ff]*(?:[A-Z][a-z\u00df-\u00ff]+)?(?:['\u2019-][A-Za-z\u00c0-\u00ff]+)*\.?"
    r"|[A-Z]\.|[A-Z][A-Z'\u2019\u00c0-\u00de-]+)$"
)
_AND = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|,\s*)", re.IGNORECASE)


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    affiliation: str = ""


# a page's date before its byline: "August 22, 2013|By Jane Doe | The Sun"
_DATE_BEFORE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+\d{4}\s*[|\u00b7]\s*(?=[Bb][Yy]\b)"
)


def parse_byline(line: str) -> Byline | None:
    """The authors (and affiliation) of a byline line, or None when the line is not one."""
    text = _DATE_BEFORE.sub("", " ".join(line.split()))
    lead = _LEAD.match(text)
    if not lead and len(text.split()) <= BYLINE_MAX_WORDS:
        return _bare_byline(text)
    if not lead or len(text.split()) > BYLINE_MAX_WORDS or text.rstrip().endswith((".", "!", "?", ":")):
        return None
    rest = text[lead.end() :]
    job = _JOB_BEFORE_NAME.match(rest)
    if job:  # "By political reporter Jane Doe": the job, in lower case, before the name
        rest = rest[job.end() :]
    names_part, affiliation = _split_affiliation(rest)
    names_part, desk = _split_capitals(names_part)
    if desk:
        if affiliation:
            return None
        affiliation = desk
    names_part = _PLACE.sub("", names_part)  # "Jane Doe in Lisbon": the place is not a name
    names = [part for part in _AND.split(names_part) if part]
    if not names:
        return None
    authors = []
    for index, name in enumerate(names):
        if not _is_name(name):
            # "By Jane Doe, Associated Press", "By Jane Doe, Political Editor, The Times"
            tail = names[index:]
            if index > 0 and not affiliation and all(_is_title_words(part) or _is_beat_job(part) for part in tail):
                affiliation = ", ".join(tail)
                break
            return None
        authors.append(proper_case(name))
    if not authors:
        return None
    return Byline(authors, (affiliation or (job.group(1) if job else "")).strip())


_JOB_BEFORE_NAME = re.compile(r"((?:[a-z]+\s+){0,3}(?:" + "|".join(sorted(_NEWSROOM_JOBS)) + r")s?)\s+(?=[A-Z])")


def name_line_byline(line: str) -> Byline | None:
    """A line of nothing but a name, two to four name words ("Jane Q. Doe"), as the first line
    under the headline, where a web page prints its byline without "By"."""
    text = " ".join(line.split())
    if not _is_name(text) or not text[:1].isupper():
        return None
    return Byline([proper_case(text)], "")


def _bare_byline(text: str) -> Byline | None:
    match = _BARE.match(text)
    if match is None or not _is_name(match["name"]):
        return None
    if match["job"] is not None or match["dashed"] is not None:
        # "Jane Doe, City Hall Bureau Chief", "Jane Doe – Local Democracy Reporter"
        job = (match["job"] or match["dashed"]).rstrip(".")
        jobs = _NEWSROOM_JOBS - {"chief"} if match["job"] is None else _NEWSROOM_JOBS
        if not (_is_title_words(job) and jobs & set(job.lower().split())):
            return None  # "Jane Doe – Chief Executive": a caption's name and office, not a byline
        return Byline([proper_case(match["name"])], job)
    return Byline([proper_case(match["name"])], (match["outlet"] or "").strip())


_PLACE = re.compile(r"\s+(?:in|at)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}$")  # "at Headingley"
_TITLE_JOINERS = frozenset(["of", "the", "and", "for", "at", "on", "in", "de", "&"])


def is_name_alone(text: str) -> bool:
    """A line that is nothing but a person's name ("Jane Doe"), as a web page's byline prints it."""
    return _is_name(text) and not text.endswith((".", "!", "?", ":", ","))


def is_outlet_line(text: str) -> bool:
    """A short line of capitalised words under a byline: the outlet or desk ("Omaha World-Herald")."""
    return 0 < len(text.split()) <= 5 and _is_title_words(text) and not text.endswith((".", "!", "?"))


def _is_title_words(text: str) -> bool:
    """A desk or job title, or an outlet: capitalised words with the odd joiner ("Editor of the Year")."""
    words = text.split()
    return 0 < len(words) <= 8 and all(
        word[:1].isupper() or word.lower() in _TITLE_JOINERS for word in words if word[:1].isalpha()
    )


def _is_beat_job(text: str) -> bool:
    """A newsroom job in lower case after its desk ("BBC Wales education correspondent", "health
    reporters"): a few words ending in the job."""
    words = text.rstrip(".").split()
    if not 1 <= len(words) <= 6 or not all(word.isalpha() for word in words):
        return False
    return words[-1] in _NEWSROOM_JOBS or (words[-1].endswith("s") and words[-1][:-1] in _NEWSROOM_JOBS)


def _split_capitals(text: str) -> tuple[str, str]:
    """AP style: names in capitals run straight into the desk, with no comma
    ("JANE DOE and JOHN ROE Associated Press", "JANE DOE AP Sports Writer"): the names and the desk.
    Only when the names are in capitals and the desk is not, or the desk is an agency's initials."""
    words = text.split()
    if len(words) >= 3 and words[-1] in lexicon.NEWS_AGENCY_ABBREVIATIONS:  # "Jane Doe AP"
        return " ".join(words[:-1]), words[-1]
    for index, word in enumerate(words):
        if word.lower() == "and" or word == "&":
            continue
        bare = word.rstrip(",")
        if bare in lexicon.NEWS_AGENCY_ABBREVIATIONS or not bare.isupper():
            names, tail = " ".join(words[:index]).rstrip(","), " ".join(words[index:])
            if (
                index >= 2
                and words[index - 1].lower() not in ("and", "&")  # "JANE DOE and John Roe": names both
                and all(w.lower() == "and" or w == "&" or w.isupper() for w in words[:index])
                and _is_title_words(tail)
            ):
                return names, tail
            break
    return text, ""


def _split_affiliation(rest: str) -> tuple[str, str]:
    parts = _AFFILIATION_SPLIT.split(rest, maxsplit=1)
    if len(parts) == 2:
        return parts[0], parts[1]
    return rest, ""


def _is_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        low = word.lower().rstrip(".")
        if low in lexicon.NAME_PARTICLES and word.islower():
            continue
        if not _NAME_WORD.match(word) or low in _NOT_NAME or any(part in _NOT_NAME for part in low.split("-")):
            return False
    return True


_NOT_NAME = (
    lexicon.NON_NAME_WORDS
    | lexicon.ORG_WORDS
    | lexicon.ROLE_NOUNS
    | frozenset(["staff", "wire", "wires", "reports", "writers", "services"])
    | lexicon.TIME_AND_DISCOURSE_WORDS
)


def proper_case(name: str) -> str:
    """ "JANE O'NEILL" -> "Jane O'Neill", "MARY-KATE MCDONALD" -> "Mary-Kate McDonald"; a name
    already in mixed case is kept as written."""
    if not any(word.isupper() and len(word.rstrip(".")) > 1 for word in name.split()):
        return name
    return " ".join(_case_word(word) if word.isupper() else word for word in name.split())


def _case_word(word: str) -> str:
    if len(word.rstrip(".")) == 1:
        return word
    out = re.sub(r"[A-Z\u00c0-\u00de]+", lambda m: m.group().capitalize(), word)
    out = re.sub(r"^(Mc|O['\u2019])([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
    return out


# A staff credit at the foot of a story, a byline in another place: "Reporting by Jane Doe in
# Lisbon; Editing by John Roe", "(Additional reporting by Jane Doe)", "Edited by Jane Doe",
# "With reporting by Jane Doe", "Story by Jane Doe", "Reporting by Jane Doe and Omar al-Masri".
# names (and a dateline place): capitalised words, commas and a few joiners, nothing else
_CREDIT_NAMES = (
    r"[A-Z][\w.'\u2019-]*(?:,?\s+(?:[A-Z][\w.'\u2019-]*|(?:al|el)-[A-Z][\w.'\u2019-]*|"
    r"and|in|at|from|&|de|del|della|di|dos|das|van|von|der|den|ter|ten|da|la|le|du|al|el|bin))*"
)
_CREDIT_CLAUSE = re.compile(
    r"(?:(?i:(?:with\s+)?(?:additional\s+|further\s+)?(?:reporting|writing|editing|edited|compiled|written|produced|"
    r"story|research|graphics|fact-checking|translation|translated)\s+(?:and\s+\w+\s+)?by|"
    r"with\s+(?:additional\s+)?assistance\s+(?:from|by)|with\s+files\s+from|contributing:)"
    # a live page's entry credit: "From CNN's Jane Doe and John Roe"
    r"|[Ff]rom\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}(?:'s|\u2019s|'|\u2019))\s+" + _CREDIT_NAMES
)
# The later clauses of a "Contributing:" list hold only names and outlets: "Contributing: Jane
# Doe, The Ledger; John Roe and Ann Poe, USA TODAY; The Associated Press".
_CONTRIBUTING_LIST = re.compile(r"(?i:contributing:)\s")
_CREDIT_NAMES_CLAUSE = re.compile(_CREDIT_NAMES)
# A picture's credit standing alone: "Photo by Jane Doe", "(Photo: Jane Doe / The Ledger)",
# "Jane Doe/Reuters".
_MEDIA_CREDIT = re.compile(
    r"(?i:photo(?:graph|graphy)?s?|pictures?|images?|video|illustrations?|graphics?|credit)(?:\s+by|\s*:)\s*"
    r"[A-Z][^.;:!?]{0,80}"
)
# A link to another story under a label in capitals: "SUGGESTED: ...", "RELATED: ...", "READ MORE: ..."
_LINK_LABEL = re.compile(
    r"(?:SUGGESTED|RELATED|READ MORE|READ ALSO|ALSO READ|SEE ALSO|MORE|WATCH|RECOMMENDED|PREVIOUS COVERAGE)"
    r"(?: STORY| STORIES| VIDEO)?\s*(?::|>>>?|\|)\s*\S"
)
# The same label in a sentence's case, before a linked headline in title case: "Read: ...", "Also Read: ..."
_TITLE_CASE_LINK_LABEL = re.compile(r"(?:Read|Read [Mm]ore|Read [Aa]lso|Also [Rr]ead|See [Aa]lso|Related)\s*:\s+[A-Z]")


def _headline_cased(text: str) -> bool:
    """Three words or more, most of them capitalised, no full stop: a headline in title case."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 3 or text.rstrip().endswith("."):
        return False
    return sum(1 for w in words if w[0].isupper()) * 4 >= len(words) * 3


# "Sydney F.": a reader's picture credit in a gallery, a given name and an initial standing alone
_READER_CREDIT = re.compile(r"[A-Z][a-z]+ [A-Z]\.")
# "Write to Jane Doe at jane.doe@example.com and John Roe at john.roe@example.com"
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}"
_WRITE_TO = re.compile(rf"(?i:write\s+to)\s+{_NAME}\s+at\s+\S+@\S+(?:,?\s+and\s+{_NAME}\s+at\s+\S+@\S+)*")
# A clipping service's header line ending in the byline: "Daily Courier (Harrow, NY) - - LOCAL NEWS - By Jane Doe"
_HEADER_BYLINE = re.compile(rf"[^.!?\"\u201c\u201d]{{3,120}}\s[-\u2013\u2014|]\s+By\s+{_NAME}(?:\s+and\s+{_NAME})?")
_NAME_SLASH_OUTLET = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}\s*/\s*[A-Z][\w .&'\u2019-]{1,40}")
CREDIT_MAX_WORDS = 40
CREDIT_MAX_CHARACTERS = 400


# Lines closing a web story about its reporter: "Jane Doe is a state politics reporter at The
# Herald.", "Jane Doe covers the Kesby Hawks. Follow her on X @janedoe.", "Follow Jane Doe on
# Twitter @janedoe", "Follow him on X @janedoe", "Contact reporter Jane Doe at 555-0100".
_REPORTER_NOTE = re.compile(
    rf"(?:{_NAME}\s+is\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){{0,6}}?"
    r"(?:reporter|writer|correspondent|editor|journalist|columnist|producer|intern)\b"
    rf"|{_NAME}\s+(?:covers|reports\s+on|writes\s+about)\s+[^.!?]{{1,80}}\.\s+"
    r"(?:Follow|Reach|Contact|Email)\s+(?:him|her|them)\s+(?:on|at)\s"
    r"|Follow\s+(?:him|her|them)\s+on\s+[\w.]+\s+@\w+\.?$"
    rf"|Follow\s+(?:reporter\s+|writer\s+)?{_NAME}\s+on\s"
    rf"|(?:Contact|Email|Reach)\s+(?:reporter\s+|writer\s+)?{_NAME}\s+at\s+(?:\S+@|\(?\d))"
    # "This story was originally published by Jane Doe at KXYZ.": a syndicated story's first author
    rf"|This\s+(?:story|article|report)\s+was\s+originally\s+(?:published|reported|written)\s+by\s+{_NAME}\s+(?:at|for|on)\s"
)


# "Associated Press writers Jane Doe in Budapest and John Roe contributed to this report.",
# "Jane Doe contributed from Rome.", "CNN's Jane Doe contributed reporting."
_CONTRIBUTED = re.compile(
    r"(?:[\w.'\u2019&,-]+\s+){0,16}?contributed(?:\s+(?:to\s+this\s+(?:report|story|article)|reporting))?"
    r"(?:\s+(?:from|in)\s+[A-Z][\w.'\u2019 ,-]{0,60})?\.?"
)
# "Jane Doe reported from Kyiv; John Roe reported from London.": where the reporters worked
_REPORTED_FROM = re.compile(
    rf"{_NAME}(?:\s+and\s+{_NAME})?\s+reported\s+(?:from|in)\s+[A-Z][\w.'\u2019-]*(?:,?\s+[A-Z][\w.'\u2019-]*)*"
    rf"(?:(?:;|,?\s+and)\s+{_NAME}(?:\s+and\s+{_NAME})?\s+reported\s+(?:from|in)\s+[A-Z][\w.'\u2019-]*"
    r"(?:,?\s+[A-Z][\w.'\u2019-]*)*)*\.?"
)
# Bloomberg: "To contact the reporter on this story: Jane Doe in Tokyo at jdoe@bloomberg.net"
_CONTACT_LINE = re.compile(r"To contact the (?:reporters?|editors?) (?:on|responsible for) this story:")


# Furniture at the foot of a wire story, between or after its credit lines: a rule ("___",
# "* * *") or a link line ("Follow AP's coverage of the storm at https://apnews.com/hub/storm",
# "More AP NFL: https://apnews.com/NFL").
_RULE_LINE = re.compile(r"[\s_*=~#\u2014\u2013-]+")
_LINK_LINE = re.compile(r"[^\"\u201c\u201d]{0,200}?(?:https?://|www\.)\S+[^\"\u201c\u201d]{0,200}")


def is_closing_furniture(text: str) -> bool:
    """Whether a block closing the story is a rule or a link line: it names no one, and the
    credit lines above it still close the story."""
    if len(text) > CREDIT_MAX_CHARACTERS:
        return False
    if _RULE_LINE.fullmatch(text):
        return True
    # a link line that names a reporter ("Follow Jane Doe on X at https://...") is a note on them
    return "/" in text and bool(_LINK_LINE.fullmatch(text)) and not is_reporter_note(text)


# A wire service's advisory on a new version of a story, in brackets over it: "(Adds comment from
# the minister, paragraphs 5-6)", "(Corrects spelling of minister's name to Ana Ruiz from Ana Ruis
# in paragraph 5)", "(Updates with closing prices)".
_ADVISORY = re.compile(
    r"\(\s*(?:Adds|Updates|Corrects|Recasts|Changes|Refiles|Rewrites|Fixes|Removes|Inserts|Clarifies|Repeats"
    r"|Moves|Replaces|Deletes|Amends|Restores|Resends|Re-?issues|Writes\s+through)\b[^()]*(?:\([^()]*\)[^()]*)*\)"
)


def is_wire_advisory(text: str) -> bool:
    """Whether a line is a wire advisory in brackets about the story's versions: the names in it
    (a misspelling it corrects) are no people of the story."""
    return len(text) <= CREDIT_MAX_CHARACTERS and text[:1] == "(" and bool(_ADVISORY.fullmatch(text.strip()))


def is_reporter_note(text: str) -> bool:
    """Whether a paragraph closing the story is a note about its reporters (a one-line biography,
    how to follow or reach them, who contributed to the report): their names are the paper's
    staff, not people in the story."""
    text = " ".join(text.split())
    if len(text) > CREDIT_MAX_CHARACTERS or '"' in text or "\u201c" in text:
        return False
    return bool(
        _REPORTER_NOTE.match(text)
        or _CONTACT_LINE.match(text)
        or _CONTRIBUTED.fullmatch(text)
        or ("reported" in text and _REPORTED_FROM.fullmatch(text))
    )


def is_staff_credit(text: str) -> bool:
    """Whether a paragraph is a staff credit rather than part of the story: clauses of "<role>
    by <names>" and nothing else ("Reporting by Jane Doe; Editing by John Roe"), or a picture's
    credit standing alone ("Photo by Jane Doe", "Jane Doe/Reuters").  Its names are the paper's
    staff, like a byline's, not people of the story.  (A note that someone "contributed to this
    report" closing the story is read by `is_reporter_note`.)"""
    if len(text) > CREDIT_MAX_CHARACTERS:
        return False  # most paragraphs: no need to look further
    if text[:2].isupper() and _LINK_LABEL.match(text):
        return True  # "SUGGESTED: X, oldest living survivor, turns 105": a link to another story
    if _TITLE_CASE_LINK_LABEL.match(text) and _headline_cased(text[text.index(":") + 1 :]):
        return True  # "Read: Harbour Ferry Crew Who Rescued Six Swimmers Honoured": a link in a headline's case
    if " By " in text and len(text) < 160 and _HEADER_BYLINE.fullmatch(text.strip()):
        return True  # "Daily Courier (Harrow, NY) - - LOCAL NEWS - By Jane Doe": a page's header
    if '"' in text or "\u201c" in text or "\u201d" in text:
        return False
    text = " ".join(text.split())
    if not text or text.count(" ") >= CREDIT_MAX_WORDS:
        return False
    inner = text.strip("() ").rstrip(".").strip().lstrip("-\u2013\u2014 ")  # "--With assistance from"
    if (
        _MEDIA_CREDIT.fullmatch(inner)
        or _READER_CREDIT.fullmatch(text)
        or ("/" in inner and _NAME_SLASH_OUTLET.fullmatch(inner))
        or ("@" in inner and _WRITE_TO.fullmatch(inner))
    ):
        return True
    if ":" not in inner and "by" not in (low := inner.lower()) and "from" not in low:
        return False  # most paragraphs: every credit clause holds "by", "from" or a colon
    # clauses end at ";" or at a full stop after a word ("Story by Jane Doe. Photos by John Roe"),
    # not after an initial ("Reporting by Jane Q. Doe")
    clauses = [clause.strip() for clause in _CLAUSE_END.split(inner) if clause.strip()]
    if not clauses:
        return False
    if _CONTRIBUTING_LIST.match(clauses[0]):
        return bool(_CREDIT_CLAUSE.fullmatch(clauses[0])) and all(
            _CREDIT_NAMES_CLAUSE.fullmatch(clause) for clause in clauses[1:]
        )
    return all(_CREDIT_CLAUSE.fullmatch(clause) or _MEDIA_CREDIT.fullmatch(clause) for clause in clauses)


# (or at a comma before the next role: "Reporting by Jane Doe in Kyiv, Writing by John Roe")
_CLAUSE_END = re.compile(
    r";|(?<=[a-z]{2})\.\s+|,\s+(?=(?:Additional\s+|additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited)\s+by\s)"
)


# "..., Mr. Tarrant said. — Jane P. Doe": a reporter's name signed after a dash at the end of the
# story's last paragraph, right after a full stop (not "“...” – Ana Ruiz, 61," signing words).
_TRAILING_SIGNATURE = re.compile(
    r"(?<=[.!?])\s+[\u2014\u2013]\s*((?:[A-Z][\w'\u2019-]*\.?\s+){1,3}[A-Z][\w'\u2019-]+)\s*$"
)


def trailing_signature(text: str) -> tuple[int, str] | None:
    """Where a reporter's signature after a dash closes the paragraph, and the name signed."""
    match = _TRAILING_SIGNATURE.search(text[-80:])
    if match is None:
        return None
    offset = len(text) - len(text[-80:])
    return offset + match.start(), match.group(1)
