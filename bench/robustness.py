"""Robustness of the seed converter: perturb the tuning set and its gold labels together, and score.

The tuning set (`../shared/eval/articles` + `gold`) scores 1.000, so it no longer shows what the
converter gets wrong. Each perturbation here rewrites every tuning text *and* its gold labels the
same way, keeping the meaning, so a score below 1.000 points at a behaviour tied to the particular
names or typography of those texts rather than to the conventions of news writing:

- `names-<shape>`: every gold person's full name, then their surname alone and given name alone
  (word-bounded, so possessives follow), becomes a different name of one shape: `multilingual`,
  `hyphenated`, `particles` (van der, de la, al-, bin), `initials` (J.R.), `suffix` (Jr.),
  `single` (one name), `wordlike` (given names that are words or places, surnames that are common
  words). A replacement's given name says the same of the pronoun as the one it replaces in the
  converter's given-name lists (female, male or unlisted), else the person is left alone, as is a
  person sharing a name word with another person of the article.
- `quotes-straight` / `quotes-curly`: the quotation marks and apostrophes printed straight, or curly.
- `quotes-british`: single marks for speech, double marks inside (curly first).
- `dashes`: em dashes printed as spaced en dashes, and spaced en dashes as em dashes.
- `says`: "said" as "says" where it is the cue of a quotation (next to the quotation marks).
- `honorific-dots`: "Mr Tyrer" as "Mr. Tyrer" and "Gov. Holcomb" as "Gov Holcomb".

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

# --- the name pool ------------------------------------------------------------------------------

POOL: dict[str, list[str]] = {
    "multilingual": [
        "Chukwuemeka Okafor",
        "Aiko Tanaka",
        "Björn Ødegaard",
        "Zoë Papadopoulou",
        "Oleksandr Kovalenko",
        "Priya Raghunathan",
        "Mehmet Yılmaz",
        "Thandiwe Mokoena",
        "Łukasz Wiśniewski",
        "Aroha Ngata",
        "Wei Zhang",
        "Siobhán Ní Bhriain",
        "Tomás Ó Ceallaigh",
        "Ngozi Adeyemi",
        "Javier Echeverría",
        "Ingrid Halvorsen",
        "Dmitri Sokolov",
        "Fatima Zahra Benali",
        "Hiroshi Watanabe",
        "Mei-Ling Chou",
        "Kwabena Boateng",
        "Leilani Kahananui",
        "Rafael Guimarães",
        "Nadia Haddad",
    ],
    "hyphenated": [
        "Anna Schmidt-Rivera",
        "Jean-Luc Moreau-Dubois",
        "Kwame Asante-Mensah",
        "Mary-Kate O'Neill-Byrne",
        "Helena Bonham-Whitaker",
        "Pedro Ruiz-Tagle",
        "Sophie Lefebvre-Martin",
        "Hans-Peter Müller-Lang",
        "Rhiannon Lloyd-Jones",
        "Tariq Khan-Ahmadi",
        "Claire Dubois-Fontaine",
        "Marcus Hamilton-Reid",
    ],
    "particles": [
        "Ludo van der Berg",
        "Ana de la Cruz",
        "Khalid al-Amiri",
        "Anwar bin Ibrahim",
        "Lena von Hagen",
        "Pieter de Vries",
        "Carla da Silva",
        "Marco Di Stefano",
        "Noor el-Sayed",
        "Sanne van den Heuvel",
        "Diego de los Santos",
        "Hessa bint Rashid",
        "Yusuf ibn Malik",
        "Elodie du Plessis",
    ],
    "initials": [
        "J.R. Mallory",
        "A.J. Hawksworth",
        "T.J. Wardell",
        "C.J. Pendleton",
        "P.J. Tuckett",
        "Mary J. Blakemore",
        "Harold T. Bishop",
        "E. Jean Carrow",
        "Susan B. Ashworth",
        "D.L. Osgood",
    ],
    "suffix": [
        "Dale Earnshaw Jr.",
        "Ken Griffin Jr.",
        "Martin Lutz III",
        "John Smithers Sr.",
        "Robert Downing Jr.",
        "Calvin Ripley Jr.",
        "William Gates II",
        "Henry Ford IV",
    ],
    "single": [
        "Ronaldinho",
        "Zendaya",
        "Kaká",
        "Suharto",
        "Rihanna",
        "Hulk",
        "Shakira",
        "Pelé",
        "Adele",
        "Sting",
    ],
    "wordlike": [
        "Hope Baker",
        "Will Young",
        "Grace Church",
        "Paris Best",
        "Austin Rich",
        "Faith Strong",
        "Chase Little",
        "Summer Hall",
        "Hunter King",
        "Rose Field",
        "Jordan Banks",
        "Dallas Green",
        "Sydney Power",
        "Forrest Mayor",
        "Brooklyn Waters",
        "Mark Price",
        "June Winter",
        "Miles Cross",
    ],
}

APOSTROPHE_LETTER = re.compile(r"[^\W\d_]")
INITIAL = re.compile(r"(?:[A-Z]\.)+")
SUFFIXES = frozenset(["Jr", "Sr", "II", "III", "IV"])


def _sex_of(name: str) -> str:
    """What the converter's given-name lists say of a name's first word: "f", "m" or "" (nothing).
    A replacement says the same, so the perturbation neither adds nor removes that evidence."""
    word = name.split()[0].lower() if " " in name else ""
    return "f" if word in given_names.FEMALE else "m" if word in given_names.MALE else ""


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
    pool = [entry for entry in POOL[shape] if not (_words(entry) & text_words)]
    rng.shuffle(pool)
    mapping: dict[str, str] = {}
    for name in people:
        if any(tokens[name] & tokens[other] for other in people if other != name):
            continue  # shares a word with another person: leave both alone
        given, surname, last = _split(name)
        new = next((e for e in pool if _sex_of(e) == _sex_of(name)), None)
        if new is None:
            continue  # no name of this shape says the same of the pronoun: leave the person alone
        pool.remove(new)
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
    s = s.replace("''", '"')  # the doubled apostrophes of some print reprints are a double mark

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


_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|Sen|Gov|Rep|Gen|Lt|Col|Sgt|Supt|Insp)(\.?)(?= [A-Z])")


def toggle_honorific_dots(s: str) -> str:
    """ "Mr Tyrer" (British) <-> "Mr. Tyrer" (American), each way."""
    return _HONORIFIC.sub(lambda m: m.group(1) + ("" if m.group(2) else "."), s)


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
    "honorific-dots": toggle_honorific_dots,
}
TYPOGRAPHY_GOLD: dict[str, Callable[[str], str]] = {
    "says": lambda s: s,
    "honorific-dots": lambda s: s,
}  # changes outside quotations only
PERTURBATIONS = ["none", *(f"names-{shape}" for shape in POOL), *TYPOGRAPHY]


def write_perturbed(name: str, seed: int, out: Path) -> tuple[Path, Path, str]:
    """The perturbed copies' directories, and how many gold people were renamed ("12/90")."""
    articles, gold_dir = out / name / "articles", out / name / "gold"
    articles.mkdir(parents=True)
    gold_dir.mkdir()
    renamed = people = 0
    for path in sorted((EVAL_DIR / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = json.loads((EVAL_DIR / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        if name != "none":
            before = [p["name"] for p in gold.get("people", [])]
            text, gold = perturb(name, text, gold, random.Random(f"{seed}:{name}:{path.stem}"))
            renamed += sum(a != b["name"] for a, b in zip(before, gold.get("people", []), strict=True))
            people += len(before)
        (articles / path.name).write_text(text, encoding="utf-8")
        (gold_dir / f"{path.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return articles, gold_dir, f"{renamed}/{people}" if name.startswith("names-") else ""


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
            articles, gold, renamed = write_perturbed(name, args.seed, out)
            pred = out / name / "pred"
            lines = score(articles, gold, pred)
            print(f"{name:18s} {lines[-1]}" + (f"  ({renamed} people renamed)" if renamed else ""))
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
