"""Robustness of the seed converter: perturb the tuning set and its gold labels together, and score.

The tuning set (`../shared/eval/articles` + `gold`) scores 1.000, so it no longer shows what the
converter gets wrong. Each perturbation here rewrites every tuning text *and* its gold labels the
same way, keeping the meaning, so a score below 1.000 points at a behaviour tied to the particular
names or typography of those texts rather than to the conventions of news writing:

- `names-<shape>`: every gold person's full name, then their surname alone and given name alone
  (word-bounded, so possessives follow), becomes a different name of one shape: `multilingual`,
  `hyphenated`, `particles` (van der, de la, al-, bin), `initials` (J.R.), `suffix` (Jr.),
  `single` (one name), `wordlike` (given names that are words or places, surnames that are common
  words). A replacement is drawn with the same pronoun where the converter's given-name lists know
  it. A person sharing a name word with another person of the article is left alone.
- `quotes-straight` / `quotes-curly`: the quotation marks and apostrophes printed straight, or curly.
- `quotes-british`: single marks for speech, double marks inside (curly first).
- `dashes`: em dashes printed as spaced en dashes, and spaced en dashes as em dashes.
- `says`: "said" as "says" where it is the cue of a quotation (next to the quotation marks).

Deterministic for a given `--seed`. Only the tuning set is ever perturbed or shown article by
article; nothing here reads the held-out part.

    .venv/bin/python bench/robustness.py                 # all perturbations, seed 1
    .venv/bin/python bench/robustness.py --only names-particles --explain
    .venv/bin/python bench/robustness.py --seed 7 --keep /tmp/robust   # keep the perturbed copies
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
EVAL_DIR = PROJECT_DIR.parent / "shared" / "eval"
sys.path.insert(0, str(PROJECT_DIR))

from articles.ingest import given_names  # noqa: E402  (only to keep a replacement's pronoun)

# --- the name pool: (name, sex) with sex "m", "f" or "x" (either) --------------------------------

POOL: dict[str, list[tuple[str, str]]] = {
    "multilingual": [
        ("Chukwuemeka Okafor", "m"),
        ("Aiko Tanaka", "f"),
        ("Björn Ødegaard", "m"),
        ("Zoë Papadopoulou", "f"),
        ("Oleksandr Kovalenko", "m"),
        ("Priya Raghunathan", "f"),
        ("Mehmet Yılmaz", "m"),
        ("Thandiwe Mokoena", "f"),
        ("Łukasz Wiśniewski", "m"),
        ("Aroha Ngata", "f"),
        ("Wei Zhang", "m"),
        ("Siobhán Ní Bhriain", "f"),
        ("Tomás Ó Ceallaigh", "m"),
        ("Ngozi Adeyemi", "f"),
        ("Javier Echeverría", "m"),
        ("Ingrid Halvorsen", "f"),
        ("Dmitri Sokolov", "m"),
        ("Fatima Zahra Benali", "f"),
        ("Hiroshi Watanabe", "m"),
        ("Mei-Ling Chou", "f"),
        ("Kwabena Boateng", "m"),
        ("Leilani Kahananui", "f"),
        ("Rafael Guimarães", "m"),
        ("Nadia Haddad", "f"),
    ],
    "hyphenated": [
        ("Anna Schmidt-Rivera", "f"),
        ("Jean-Luc Moreau-Dubois", "m"),
        ("Kwame Asante-Mensah", "m"),
        ("Mary-Kate O'Neill-Byrne", "f"),
        ("Helena Bonham-Whitaker", "f"),
        ("Pedro Ruiz-Tagle", "m"),
        ("Sophie Lefebvre-Martin", "f"),
        ("Hans-Peter Müller-Lang", "m"),
        ("Rhiannon Lloyd-Jones", "f"),
        ("Tariq Khan-Ahmadi", "m"),
        ("Claire Dubois-Fontaine", "f"),
        ("Marcus Hamilton-Reid", "m"),
    ],
    "particles": [
        ("Ludo van der Berg", "m"),
        ("Ana de la Cruz", "f"),
        ("Khalid al-Amiri", "m"),
        ("Anwar bin Ibrahim", "m"),
        ("Lena von Hagen", "f"),
        ("Pieter de Vries", "m"),
        ("Carla da Silva", "f"),
        ("Marco Di Stefano", "m"),
        ("Noor el-Sayed", "f"),
        ("Sanne van den Heuvel", "f"),
        ("Diego de los Santos", "m"),
        ("Hessa bint Rashid", "f"),
        ("Yusuf ibn Malik", "m"),
        ("Elodie du Plessis", "f"),
    ],
    "initials": [
        ("J.R. Mallory", "m"),
        ("A.J. Hawksworth", "m"),
        ("T.J. Wardell", "m"),
        ("C.J. Pendleton", "x"),
        ("P.J. Tuckett", "m"),
        ("Mary J. Blakemore", "f"),
        ("Harold T. Bishop", "m"),
        ("E. Jean Carrow", "f"),
        ("Susan B. Ashworth", "f"),
        ("D.L. Osgood", "x"),
    ],
    "suffix": [
        ("Dale Earnshaw Jr.", "m"),
        ("Ken Griffin Jr.", "m"),
        ("Martin Lutz III", "m"),
        ("John Smithers Sr.", "m"),
        ("Robert Downing Jr.", "m"),
        ("Calvin Ripley Jr.", "m"),
        ("William Gates II", "m"),
        ("Henry Ford IV", "m"),
    ],
    "single": [
        ("Ronaldinho", "m"),
        ("Zendaya", "f"),
        ("Kaká", "m"),
        ("Suharto", "m"),
        ("Rihanna", "f"),
        ("Hulk", "m"),
        ("Shakira", "f"),
        ("Pelé", "m"),
        ("Adele", "f"),
        ("Sting", "m"),
    ],
    "wordlike": [
        ("Hope Baker", "f"),
        ("Will Young", "m"),
        ("Grace Church", "f"),
        ("Paris Best", "f"),
        ("Austin Rich", "m"),
        ("Faith Strong", "f"),
        ("Chase Little", "m"),
        ("Summer Hall", "f"),
        ("Hunter King", "m"),
        ("Rose Field", "f"),
        ("Jordan Banks", "x"),
        ("Dallas Green", "m"),
        ("Sydney Power", "f"),
        ("Forrest Mayor", "m"),
        ("Brooklyn Waters", "f"),
        ("Mark Price", "m"),
        ("June Winter", "f"),
        ("Miles Cross", "m"),
    ],
}

APOSTROPHE_LETTER = re.compile(r"[^\W\d_]")
INITIAL = re.compile(r"(?:[A-Z]\.)+")
SUFFIXES = frozenset(["Jr", "Sr", "II", "III", "IV"])


def _sex_of(given: str) -> str:
    word = given.lower()
    if word in given_names.FEMALE:
        return "f"
    if word in given_names.MALE:
        return "m"
    return "x"


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}


def _split(name: str) -> tuple[str, str, str]:
    """Given name, surname (everything after it but a middle initial or a suffix, which later
    mentions drop) and the surname's last word."""
    parts = name.split()
    if len(parts) == 1:
        return parts[0], "", ""
    surname = [p for p in parts[1:] if p.rstrip(".") not in SUFFIXES and not INITIAL.fullmatch(p)] or parts[1:]
    return parts[0], " ".join(surname), surname[-1]


def name_mapping(text: str, gold: dict, shape: str, rng: random.Random) -> dict[str, str]:
    """Old name forms (full, surname, last word of surname, given) -> the new name's forms."""
    people = [p["name"] for p in gold.get("people", []) if p.get("name")]
    tokens = {n: {t.casefold() for t in n.split()} for n in people}
    text_words = _words(text + json.dumps(gold, ensure_ascii=False))
    pool = [entry for entry in POOL[shape] if not (_words(entry[0]) & text_words)]
    rng.shuffle(pool)
    mapping: dict[str, str] = {}
    for name in people:
        if any(tokens[name] & tokens[other] for other in people if other != name):
            continue  # shares a word with another person: leave both alone
        given, surname, last = _split(name)
        sex = _sex_of(given)
        choice = next((e for e in pool if sex == "x" or e[1] in (sex, "x")), None)
        if choice is None:
            continue
        pool.remove(choice)
        new = choice[0]
        new_given, new_surname, new_last = _split(new)
        mapping[name] = new
        if surname:
            mapping.setdefault(surname, new_surname or new)
            if last != surname:
                mapping.setdefault(last, new_last or new)
            mapping.setdefault(given, new_given if new_surname else new)
    return mapping


def substitute(mapping: dict[str, str]) -> Callable[[str], str]:
    if not mapping:
        return lambda s: s
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")

    def apply(s: str) -> str:
        out = pattern.sub(lambda m: mapping[m.group(0)], s)
        return re.sub(r"\b(Jr|Sr)\.\.", r"\1.", out)

    return apply


# --- typography ---------------------------------------------------------------------------------


def to_straight(s: str) -> str:
    return s.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}))


def to_curly(s: str) -> str:
    def double(m: re.Match) -> str:
        before = s[m.start() - 1] if m.start() else " "
        return "\u201c" if before.isspace() or before in "([{\u2014\u2013-/" else "\u201d"

    s = re.sub('"', double, s)

    def single(m: re.Match) -> str:
        before = s[m.start() - 1] if m.start() else " "
        after = s[m.end()] if m.end() < len(s) else " "
        opens = (before.isspace() or before in "([{\u201c\u2014\u2013") and not after.isspace()
        return "\u2018" if opens else "\u2019"

    return re.sub("'", single, s)


def swap_single_double(s: str) -> str:
    """Double marks become single and single (not apostrophes) become double, as British print has it."""
    out = []
    open_singles = 0
    for i, ch in enumerate(s):
        after = s[i + 1] if i + 1 < len(s) else " "
        if ch == "\u201c":
            out.append("\u2018")
        elif ch == "\u201d":
            out.append("\u2019")
        elif ch == "\u2018":
            open_singles += 1
            out.append("\u201c")
        elif ch == "\u2019" and open_singles and not APOSTROPHE_LETTER.match(after):
            open_singles -= 1
            out.append("\u201d")
        else:
            out.append(ch)
    return "".join(out)


def to_british(s: str) -> str:
    return swap_single_double(to_curly(s))


def swap_dashes(s: str) -> str:
    s = s.replace(" \u2013 ", "\u0000")
    s = re.sub(r" ?\u2014 ?", " \u2013 ", s)
    return s.replace("\u0000", "\u2014")


_CLOSE = "[\u201d\"\u2019']"
_SAYS_AFTER = re.compile(
    r"([,?!\u2026\u2014]" + _CLOSE + r"\s+(?:(?:[A-Z][\w\u2019'.-]*|he|she|de|van|al-\w+)\s+){0,5})said\b"
)
_SAYS_BEFORE = re.compile(r"\bsaid(,?:?\s+[\u201c\"\u2018])")


def to_says(s: str) -> str:
    s = _SAYS_AFTER.sub(r"\1says", s)
    return _SAYS_BEFORE.sub(r"says\1", s)


# --- perturbing an article and its gold ----------------------------------------------------------


def map_gold(gold: dict, fn: Callable[[str], str], *, quotes_only: bool = False) -> dict:
    """Apply fn to the gold's strings (names, titles, quote texts, headline...), keys untouched."""

    def walk(value, key=""):
        if isinstance(value, str):
            if quotes_only and key != "text":
                return value
            return fn(value) if key not in ("seed", "date") else value
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        return value

    return walk(gold)


def perturb(name: str, text: str, gold: dict, rng: random.Random) -> tuple[str, dict]:
    """The perturbed text and gold. A name changes everywhere in the gold; typography only in the
    quote texts (stored without their outer marks, so only marks inside them change)."""
    if name.startswith("names-"):
        fn = substitute(name_mapping(text, gold, name.removeprefix("names-"), rng))
        return fn(text), map_gold(gold, fn)
    return TYPOGRAPHY[name](text), map_gold(gold, TYPOGRAPHY_GOLD.get(name, TYPOGRAPHY[name]), quotes_only=True)


TYPOGRAPHY: dict[str, Callable[[str], str]] = {
    "quotes-straight": to_straight,
    "quotes-curly": to_curly,
    "quotes-british": to_british,
    "dashes": swap_dashes,
    "says": to_says,
}
TYPOGRAPHY_GOLD: dict[str, Callable[[str], str]] = {"says": lambda s: s}  # changes outside quotations only
PERTURBATIONS = ["none", *(f"names-{shape}" for shape in POOL), *TYPOGRAPHY]


def write_perturbed(name: str, seed: int, out: Path) -> tuple[Path, Path]:
    articles, gold_dir = out / name / "articles", out / name / "gold"
    articles.mkdir(parents=True)
    gold_dir.mkdir()
    for path in sorted((EVAL_DIR / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = json.loads((EVAL_DIR / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        if name != "none":
            text, gold = perturb(name, text, gold, random.Random(f"{seed}:{name}:{path.stem}"))
        (articles / path.name).write_text(text, encoding="utf-8")
        (gold_dir / f"{path.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return articles, gold_dir


def score(articles: Path, gold: Path, pred: Path) -> list[str]:
    subprocess.run(
        [sys.executable, "-m", "articles.ingest.evaluate", str(articles), str(pred)],
        cwd=PROJECT_DIR,
        check=False,
        stderr=subprocess.DEVNULL,
    )
    result = subprocess.run(
        [sys.executable, str(EVAL_DIR / "score.py"), str(gold), str(pred)], capture_output=True, text=True, check=True
    )
    return result.stdout.splitlines()


def _scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL_DIR / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def explain(stem: str, gold_dir: Path, pred_dir: Path) -> None:
    """Print the gold quotes missed or misattributed and the people missed or extra, for one article."""
    sc = _scorer()
    gold, pred = sc.load(gold_dir / f"{stem}.json"), sc.load(pred_dir / f"{stem}.json")
    gq, pq = gold.get("quotes", []), pred.get("quotes", [])
    pairs = [
        (s, i, j)
        for i, g in enumerate(gq)
        for j, p in enumerate(pq)
        if (s := sc.quote_sim(sc.norm(g["text"]), sc.norm(p["text"]))) > 0
    ]
    match = sc.greedy(pairs)
    for i, g in enumerate(gq):
        if i not in match:
            print(f"      missed  [{g['speaker']}] {g['text'][:90]}")
        elif not sc.speaker_ok(g["speaker"], pq[match[i]]["speaker"]):
            print(f"      speaker [{g['speaker']} -> {pq[match[i]]['speaker']}] {g['text'][:80]}")
    for j, p in enumerate(pq):
        if j not in match.values():
            print(f"      extra   [{p['speaker']}] {p['text'][:90]}")
    gnames = {p["name"] for p in gold.get("people", [])}
    pnames = {p["name"] for p in pred.get("people", [])}
    for n in sorted(gnames - pnames):
        print(f"      person missed {n}")
    for n in sorted(pnames - gnames):
        print(f"      person extra  {n}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1, help="seed for the name draws (default 1)")
    parser.add_argument("--only", action="append", choices=PERTURBATIONS, help="run only these (repeatable)")
    parser.add_argument("--all-articles", action="store_true", help="print every article's line, not only those < 1")
    parser.add_argument("--explain", action="store_true", help="list the missed quotes and people of each article < 1")
    parser.add_argument("--keep", type=Path, help="write the perturbed copies and predictions here (emptied first)")
    args = parser.parse_args()
    if args.keep:
        shutil.rmtree(args.keep, ignore_errors=True)
        args.keep.mkdir(parents=True)
        out = args.keep
    else:
        out = Path(tempfile.mkdtemp(prefix="robustness-"))
    try:
        for name in args.only or PERTURBATIONS:
            articles, gold = write_perturbed(name, args.seed, out)
            pred = out / name / "pred"
            lines = score(articles, gold, pred)
            print(f"{name:18s} {lines[-1]}")
            for line in lines[1:]:
                if line.startswith("-"):
                    break
                cols = line.split()
                if args.all_articles or cols[5] != "1.000" or cols[9] != "1.000":
                    print(f"    {line}")
                    if args.explain:
                        stem = next(p.stem for p in sorted(gold.glob("*.json")) if p.stem[:40] == cols[0])
                        explain(stem, gold, pred)
    finally:
        if not args.keep:
            shutil.rmtree(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
