"""Write N realistic, made-up seed texts for benchmarking the converter and the import.

Each file is in the seed format the converter reads (see seeds/ and the README):

     date YYYY-MM-DD Headline
    <blank>
    One or two deck lines, blank-line separated
    <blank>
    Paragraphs separated by blank lines, with some crossheads (short title-like lines),
    image captions ending in "(Photographer/Agency)", and direct quotes: curly and straight
    marks, full and partial, attributed by name and title, by surname, by pronoun, by
    "according to", by an organisation, and quotes running over several paragraphs.

Every name, title and sentence comes from the made-up pools below, so nothing real is quoted.
The output is deterministic: file i depends only on (--seed, i), so `--count 100` writes the
first 100 files of `--count 10000` byte for byte. Standard library only, no network.

    python bench/generate_seeds.py --count 10000 --out /tmp/seeds10k
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from pathlib import Path

# --- pools -------------------------------------------------------------------------------

FIRST_NAMES = {
    "f": [
        "Anna",
        "Maria",
        "Elena",
        "Sofia",
        "Ingrid",
        "Amara",
        "Leila",
        "Priya",
        "Chloe",
        "Hannah",
        "Yuki",
        "Olga",
        "Fatima",
        "Grace",
        "Nadia",
        "Beatriz",
        "Ruth",
        "Marta",
        "Ines",
        "Clara",
        "Aisha",
        "Freya",
        "Lucia",
        "Mei",
        "Tamsin",
        "Rosa",
        "Dana",
        "Helga",
        "Zofia",
        "Imani",
    ],
    "m": [
        "Tomas",
        "Pavel",
        "Omar",
        "Rafael",
        "Lukas",
        "Kwame",
        "Diego",
        "Henrik",
        "Arjun",
        "Mateo",
        "Yusuf",
        "Colin",
        "Bruno",
        "Felix",
        "Ivan",
        "Nikolai",
        "Samuel",
        "Jonas",
        "Viktor",
        "Hugo",
        "Emil",
        "Karim",
        "Marek",
        "Tariq",
        "Anders",
        "Luis",
        "Dmitri",
        "Oscar",
        "Jasper",
        "Kenji",
    ],
}
SURNAMES = [
    "Kowalski",
    "Haddad",
    "Lindqvist",
    "Okafor",
    "Moreau",
    "Brennan",
    "Sato",
    "Vasquez",
    "Petrov",
    "Nakamura",
    "Mendes",
    "Fischer",
    "Oyelaran",
    "Castellano",
    "Varga",
    "Halvorsen",
    "Dubois",
    "Marchetti",
    "Adeyemi",
    "Novak",
    "Kaminski",
    "Reyes",
    "Albrecht",
    "Rahman",
    "Sorensen",
    "Tanaka",
    "O’Donnell",
    "Quispe",
    "Laurent",
    "Whitcombe",
    "Abebe",
    "Rosales",
    "Fontaine",
    "Grabowski",
    "Iversen",
    "Delacroix",
    "Mwangi",
    "Esposito",
    "Karlsson",
    "Yilmaz",
    "Zhou",
    "Bergström",
    "Ferreira",
    "Kuznetsov",
    "Achebe",
    "Van",
    "der",
    "Berg",
    "Mac",
    "Aodha",
    "Nørgaard",
    "Szabo",
    "Papadopoulos",
    "Ortega",
    "Lambert",
    "Hakimi",
    "Ward",
    "Ellison",
    "Pryce",
]
COUNTRIES = [
    "Norland",
    "Estavia",
    "Calderra",
    "Veloria",
    "Marisca",
    "Tarvonia",
    "Ostrea",
    "Belcastro",
    "Quenland",
    "Drovnia",
    "Suldavia",
    "Pellaria",
    "Arvenna",
    "Kessaly",
    "Moravine",
]
CITIES = [
    "Port Alden",
    "Vessel Bay",
    "Grantholm",
    "Caer Moss",
    "Lindenfeld",
    "San Ardo",
    "Kirov Heights",
    "Maplebrook",
    "Oskarvik",
    "Bellmouth",
    "Tarrow",
    "New Halden",
    "Frostmere",
    "Redcliffe",
    "Ambervale",
]
ORGS = [
    "the Ministry of Finance",
    "the central bank",
    "the port authority",
    "the teachers’ union",
    "Halcyon Motors",
    "the national rail operator",
    "the health agency",
    "Brightwater Energy",
    "the city council",
    "the football federation",
    "the space agency",
    "Northwind Airlines",
    "the electoral commission",
    "the Institute for Coastal Research",
    "Vantor Pharmaceuticals",
]
TITLES = [
    "the country’s finance minister",
    "the foreign minister",
    "the prime minister",
    "the mayor of {city}",
    "a spokesperson for {org}",
    "chief executive of {org}",
    "the head coach",
    "a senior analyst at {org}",
    "an economist at {org}",
    "the union’s general secretary",
    "a professor of geology at the University of {city}",
    "the interior minister",
    "the team captain",
    "director of {org}",
    "a resident of {city}",
    "the opposition leader",
    "the health minister",
    "a lead researcher at {org}",
]
# A title placed before the name, as in "Finance Minister Anna Kowalski".
PRE_TITLES = [
    "Finance Minister",
    "Foreign Minister",
    "Prime Minister",
    "Mayor",
    "Coach",
    "Senator",
    "Governor",
    "Dr.",
    "Professor",
    "Chief Inspector",
    "Interior Minister",
    "President",
]
ROLE_NOUNS = ["the minister", "the mayor", "the coach", "the analyst", "the executive", "the official"]
VERBS = [
    "said",
    "said",
    "said",
    "said",
    "told reporters",
    "added",
    "declared",
    "explained",
    "noted",
    "warned",
    "insisted",
    "acknowledged",
    "argued",
    "announced",
    "admitted",
    "stressed",
]
SUBJECTS = [
    "we",
    "the government",
    "our team",
    "the company",
    "nobody here",
    "the people of {country}",
    "this city",
    "the market",
    "every family",
    "the board",
    "the players",
    "our researchers",
]
MODALS = ["will", "cannot", "must", "should", "are going to", "have to", "are ready to", "will not"]
ACTIONS = [
    "accept a deal that leaves workers behind",
    "cut spending on schools and hospitals",
    "sit down and negotiate an end to this",
    "keep fighting until the last minute",
    "wait another year for an answer",
    "rebuild trust with the public",
    "deliver the reforms we promised",
    "let this season slip away",
    "publish the full data by the end of the month",
    "raise interest rates again this quarter",
    "take the next step in the programme",
    "make sure teachers stay in the classroom",
    "protect the coastline from the next storm",
    "bring the new trains into service before winter",
    "answer every question the committee asks",
]
REMARKS = [
    "This is a difficult moment, but it is not a crisis",
    "It takes a little longer now, but we are getting there",
    "That’s the mark of a team that believes in itself",
    "The numbers speak for themselves",
    "I have never seen anything like it in thirty years",
    "We knew the risks and we took them anyway",
    "Nobody should be surprised by what happened today",
    "It was a mistake, and I take full responsibility",
    "The crisis is now, and we need action now",
    "People are a little more cautious than they were last year",
    "We are proud of what the staff have achieved",
    "This morning went down in history",
    "There is still a lot of work ahead of us",
    "I don’t think anyone expected it to be this close",
]
FRAGMENTS = [
    "a turning point",
    "deeply worrying",
    "the right thing to do",
    "unacceptable",
    "a historic day",
    "not asking for the moon",
    "premature",
    "a step in the right direction",
    "far from over",
    "just trying to spark some energy",
    "a serious breach of trust",
    "long overdue",
    "the best season in a decade",
    "a disaster waiting to happen",
]
SCARE = ["reform package", "green corridor", "fair share", "new normal", "recovery plan", "golden generation"]
TOPICS = {
    "politics": [
        "{country} government unveils {noun} plan after weeks of talks",
        "Opposition in {country} rejects budget as protests grow in {city}",
        "{surname} to step down as coalition talks collapse",
        "Voters in {city} head to the polls amid row over {noun}",
    ],
    "economy": [
        "{org_cap} reports record profits despite slowing {noun} demand",
        "Inflation in {country} falls for third month running",
        "Car sales in {city} plunge {pct} percent in {month}",
        "Central bank holds rates as {noun} costs rise",
    ],
    "sport": [
        "{surname} scores twice as {city} beat {city2} {score}",
        "{city} stay alive in cup finals after late comeback",
        "Coach {surname} defends tactics after {score} defeat",
        "{country} clinch title on final day of the season",
    ],
    "science": [
        "Researchers in {city} map {noun} under the ice",
        "Space agency adds five companies to lunar {noun} programme",
        "New simulation of the early universe surprises {surname}’s team",
        "Study links coastal {noun} to warmer winters",
    ],
}
NOUNS = ["housing", "energy", "transport", "water", "lander", "fishing", "steel", "pension", "broadband", "grain"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FILLER = [
    "The proposal comes one day after {org} published its annual report.",
    "Officials in {city} said the measures would take effect from {weekday}.",
    "More than {n:,} people attended the event, according to the organisers.",
    "The figures were {pct} percent higher than a year earlier.",
    "Analysts had expected a smaller change, with most forecasts pointing to {pct} percent.",
    "The decision follows months of negotiations between {org} and {org2}.",
    "{city} has been at the centre of the dispute since {month}.",
    "It was not possible to independently verify the claim.",
    "The talks are due to resume on {weekday} in {city}.",
    "Last year the region received {n:,} visitors, a record.",
    "The committee will publish its findings before the end of {month}.",
    "Critics say the plan does little to address the underlying problem — a shortage of {noun}.",
    "Shares in {org_cap} rose {pct} percent in early trading.",
    "The match in {city} drew a crowd of {n:,}, the largest of the season.",
]
CROSSHEADS = [
    "What happens next",
    "A long road",
    "Reaction in {city}",
    "Hostage swap",
    "The numbers",
    "Background",
    "Mixed signals",
    "{surname} under pressure",
    "A new approach",
    "Criticism grows",
    "RECORD CROWD",
    "{country_upper} WINS AGAIN",
]
CAPTIONS = [
    "Protesters gather outside the parliament building in {city} on {weekday}",
    "{full} speaks to reporters in {city}, {month} {day}, {year}",
    "A view of the harbour in {city}, where the new terminal will be built",
    "Players celebrate a goal during the second half of the match in {city}",
    "An artist’s impression of the lander on the lunar surface",
    "Unsold vehicles sit at a dealership in {city}",
]
PHOTOGRAPHERS = [
    "AP Photo/{pfull}",
    "{pfull}/Reuters",
    "{pfull}/AFP via Getty Images",
    "{org_short}/Handout",
    "{pfull}, AP",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- one article ---------------------------------------------------------------------------


class Person:
    def __init__(self, rng: random.Random, fill):
        self.gender = rng.choice("fm")
        self.first = rng.choice(FIRST_NAMES[self.gender])
        self.surname = rng.choice(SURNAMES)
        self.full = f"{self.first} {self.surname}"
        self.title = fill(rng.choice(TITLES))
        self.pre_title = rng.choice(PRE_TITLES)
        self.introduced = False

    @property
    def pronoun(self):
        return "she" if self.gender == "f" else "he"


class ArticleWriter:
    """Writes one seed text from its own Random, so every file is independent of the others."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.people: list[Person] = []
        self.last_speaker: Person | None = None

    # small helpers
    def fill(self, template: str) -> str:
        r = self.rng
        country = r.choice(COUNTRIES)
        org = r.choice(ORGS)
        values = {
            "country": country,
            "country_upper": country.upper(),
            "city": r.choice(CITIES),
            "city2": r.choice(CITIES),
            "org": org,
            "org2": r.choice(ORGS),
            "org_cap": org[0].upper() + org[1:],
            "org_short": org.removeprefix("the ").title(),
            "noun": r.choice(NOUNS),
            "pct": r.choice([1.5, 2, 3.2, 4, 6.8, 10, 12.3, 15]),
            "n": r.randrange(300, 90000),
            "month": r.choice(MONTHS),
            "weekday": r.choice(WEEKDAYS),
            "day": r.randint(1, 28),
            "year": r.randint(2015, 2024),
            "score": f"{r.randint(1, 5)}-{r.randint(0, 3)}",
            "surname": r.choice(SURNAMES),
            "full": f"{r.choice(FIRST_NAMES[r.choice('fm')])} {r.choice(SURNAMES)}",
            "pfull": f"{r.choice(FIRST_NAMES[r.choice('fm')])} {r.choice(SURNAMES)}",
        }
        return template.format(**values)

    def sentence(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return r.choice(REMARKS)
        subject = self.fill(r.choice(SUBJECTS))
        return f"{subject[0].upper()}{subject[1:]} {r.choice(MODALS)} {r.choice(ACTIONS)}"

    def quote_words(self, sentences: int) -> str:
        """One to three sentences of speech, without the final punctuation of the last one."""
        parts = [self.sentence() for _ in range(sentences)]
        return ". ".join(parts)

    def speaker(self, new_chance: float = 0.35) -> Person:
        if not self.people or (len(self.people) < 5 and self.rng.random() < new_chance):
            person = Person(self.rng, self.fill)
            while any(p.full == person.full for p in self.people):
                person = Person(self.rng, self.fill)
            self.people.append(person)
            return person
        return self.rng.choice(self.people)

    def name_cue(self, person: Person) -> str:
        """How the text names `person`: in full with a title the first time, then by surname."""
        if not person.introduced:
            person.introduced = True
            if self.rng.random() < 0.5:
                return f"{person.full}, {person.title},"
            return f"{person.pre_title} {person.full}"
        return person.surname

    # paragraph kinds
    def quote_paragraph(self) -> list[str]:
        r = self.rng
        kind = r.choices(
            ["after", "pronoun", "straight", "before", "partial", "according", "multi", "org", "question", "two"],
            weights=[24, 12, 10, 10, 12, 6, 5, 6, 4, 11],
        )[0]
        verb = r.choice(VERBS)
        if kind == "pronoun" and self.last_speaker is not None:
            p = self.last_speaker
            return [f"“{self.quote_words(r.randint(1, 2))},” {p.pronoun} {verb}."]
        if kind == "org":
            org = r.choice(ORGS)
            self.last_speaker = None
            return [f"{org[0].upper()}{org[1:]} said in a statement: “{self.quote_words(r.randint(1, 2))}.”"]
        p = self.speaker()
        cue = self.name_cue(p)
        self.last_speaker = p
        if kind == "straight":
            return [f'"{self.quote_words(1)}," {cue} {verb}. "{self.quote_words(r.randint(1, 2))}."']
        if kind == "before":
            return [f"{cue.rstrip(',')} {verb}: “{self.quote_words(r.randint(1, 3))}.”"]
        if kind == "partial":
            frag = r.choice(FRAGMENTS)
            if r.random() < 0.5:
                return [
                    f"{cue.rstrip(',')} described the decision as “{frag}” and {r.choice(VERBS)} that talks would continue."
                ]
            return [f'{cue.rstrip(",")} said the result was "{frag}," adding that {self.sentence().lower()}.']
        if kind == "according":
            frag = r.choice(FRAGMENTS)
            scare = r.choice(SCARE)
            return [
                f"The so-called “{scare}” was “{frag},” according to {p.full if cue == p.surname else cue.rstrip(',')}."
            ]
        if kind == "multi":
            # Wire convention: a quote running on leaves its paragraph open and reopens the next.
            first = f"“{self.quote_words(2)}."
            middle = f"“{self.quote_words(r.randint(1, 3))}."
            last = f"“{self.quote_words(1)},” {cue} {verb}."
            return [first, middle, last] if r.random() < 0.5 else [first, last]
        if kind == "question":
            return [f"“{self.sentence()}?” {cue} asked. “{self.quote_words(1)}.”"]
        if kind == "two":
            return [f"“{self.quote_words(1)},” {cue} {verb}. “{self.quote_words(r.randint(1, 2))}.”"]
        return [f"“{self.quote_words(r.randint(1, 2))},” {cue} {verb}."]

    def narrative_paragraph(self) -> str:
        r = self.rng
        sentences = [self.fill(template) for template in r.sample(FILLER, r.randint(1, 3))]
        if self.people and r.random() < 0.3:
            p = r.choice(self.people)
            sentences.append(f"{p.surname if p.introduced else p.full} did not respond to a request for comment.")
        if r.random() < 0.15:
            sentences.append(f"The ministry called the plan a “{r.choice(SCARE)}”.")
        return " ".join(sentences)

    def caption(self) -> str:
        r = self.rng
        credit = self.fill(r.choice(PHOTOGRAPHERS))
        return f"{self.fill(r.choice(CAPTIONS))} ({credit})"

    def write(self, date: dt.date) -> tuple[str, str]:
        r = self.rng
        topic = r.choice(sorted(TOPICS))
        headline = self.fill(r.choice(TOPICS[topic]))
        deck = [self.fill(r.choice(FILLER)).rstrip(".")]  # deck lines carry no final stop
        if r.random() < 0.6:
            p = self.speaker(new_chance=1.0)
            p.introduced = True
            deck.append(f"{p.full} said the move was “{r.choice(FRAGMENTS)}”")
        blocks: list[str] = []
        dateline = r.choice(CITIES).upper()
        blocks.append(f"{dateline} — {self.narrative_paragraph()}")
        for _ in range(r.randint(10, 28)):
            roll = r.random()
            if roll < 0.45:
                blocks.extend(self.quote_paragraph())
            elif roll < 0.85:
                blocks.append(self.narrative_paragraph())
            elif roll < 0.93:
                blocks.append(self.caption())
            else:
                blocks.append(self.fill(r.choice(CROSSHEADS)))
        text = f" date {date.isoformat()} {headline}\n\n" + "\n\n".join(deck + blocks) + "\n"
        return headline, text


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].rstrip("-") or "article"


def seed_text(seed: int, index: int) -> tuple[str, str]:
    """(file name, text) of seed file number `index`."""
    rng = random.Random(f"newsroom-bench:{seed}:{index}")
    date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    headline, text = ArticleWriter(rng).write(date)
    return f"{index:06d}_{slug(headline)}.txt", text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="number of seed files (default 1000)")
    parser.add_argument("--out", type=Path, required=True, help="directory to write into (created)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(args.count):
        name, text = seed_text(args.seed, index)
        data = text.encode("utf-8")
        (args.out / name).write_bytes(data)
        total += len(data)
    sys.stderr.write(f"wrote {args.count} seed files ({total / 1e6:.1f} MB) to {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
