"""Generate synthetic news-like articles from gazetteer names and sentence templates.

The benchmark needs tens of thousands of articles of about 3,000 characters that read like the
news geomap is made for: place names in context ("Russian forces shelled Kramatorsk overnight,
the regional governor said"), qualifiers ("Pokrovsk, Donetsk region"), dates ("on Tuesday",
"on 3 March"), attributions ("Reuters reported"), people's names and plain background sentences
that name no place. Nothing is shipped: names come from the gazetteer store (the preferred names
of countries, their first-order divisions and their settlements of 20,000 people or more) and the
sentences from the templates below, written for this generator.

The output is deterministic for a seed: the same command writes the same bytes.

Usage::

    python benchmarks/synth.py -n 10000 -o build/bench/articles.jsonl
    python benchmarks/synth.py -n 500 --folder build/bench/articles/    # a tree of .md files
    python benchmarks/synth.py -n 100000 --per-file 5000 -o build/bench/archive/  # 20 .jsonl

Each JSON line holds ``id``, ``title``, ``published``, ``source``, ``url`` and ``text``; in a
folder, each article is ``YYYY/MM/<id>.md`` with the same fields as YAML front matter.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geomap.config import DEFAULT_GAZETTEER

# Countries news is written about, weighted roughly as an international desk would weight them.
COUNTRIES = {"UA": 30, "RU": 8, "SY": 6, "IL": 5, "PS": 4, "SD": 4, "US": 6, "GB": 3, "FR": 3,
             "DE": 3, "TR": 3, "IN": 3, "PK": 2, "NG": 3, "ML": 2, "ET": 2, "MM": 2, "CO": 2,
             "MX": 2, "IQ": 3, "YE": 2, "LB": 2, "CD": 3, "SO": 2, "AF": 2, "IR": 2}
PUBLISHERS = ("Reuters", "Associated Press", "Agence France-Presse", "BBC News", "Al Jazeera",
              "The Kyiv Independent", "The Guardian", "Deutsche Welle", "UNIAN", "Ukrinform",
              "Le Monde", "The New York Times")
FIRST = ("Olena", "Mykola", "Sarah", "Ahmed", "Fatima", "Igor", "Maria", "David", "Yusuf",
         "Hanna", "Pierre", "Amina", "Tomasz", "Leila", "Rafael", "Oksana", "Karim", "Elena")
LAST = ("Kovalenko", "Haddad", "Okonkwo", "Moreau", "Novak", "Petrenko", "Rahman", "Schulz",
        "Mendoza", "Bondarenko", "Nasser", "Lindqvist", "Ferreira", "Tkachenko", "Adeyemi")
ROLES = ("the regional governor", "a local official", "the mayor", "a military spokesman",
         "the interior ministry", "emergency services", "a police spokeswoman",
         "the health ministry", "residents", "a volunteer medic")
ARMED = ("government forces", "rebel fighters", "army units", "the militia",
         "security forces", "insurgents", "troops", "an armed group")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# {town}, {town2}, {town3}: settlements of the article's country; {region}: a first-order
# division; {country}: the country; {demonym}: its people; {when}: a date expression;
# {armed}: an armed actor; {who}: a speaker; {n}: a small number; {person}: a full name.
EVENT_SENTENCES = (
    "{armed} shelled {town} {when}, killing {n} civilians, {who} said.",
    "A drone strike hit an apartment block in {town} {when}, {who} said.",
    "Air strikes targeted the outskirts of {town}, in {region}, {when}.",
    "Heavy fighting was reported near {town} {when} as {armed} advanced from the east.",
    "Hundreds of protesters marched through the centre of {town} {when} to demand the release "
    "of detained journalists.",
    "Police arrested {n} people in {town} {when} after clashes with riot police.",
    "{armed} recaptured the village of {town2} after weeks of fighting, {who} said.",
    "A roadside bomb exploded on the road between {town} and {town2} {when}, wounding {n} "
    "soldiers.",
    "Missiles struck energy facilities in {town}, {region}, {when}, cutting power to thousands.",
    "Artillery fire hit the market in {town} {when}, {publisher} reported.",
    "Demonstrators rallied in {town} and {town2} {when}, according to {who}.",
    "Air defences shot down {n} drones over {town} {when}, {who} said.",
    "{armed} withdrew from positions around {town2} {when}, {person} told reporters.",
    "Gunmen abducted {n} aid workers near {town} {when}, {who} said.",
    "Rockets hit a school in {town} {when}; no one was hurt, {who} said.",
    "Clashes broke out in {town} {when} between {armed} and {armed2}.",
    "The two sides signed a ceasefire agreement in {town3} {when}.",
)
PLAIN_SENTENCES = (
    "Residents say the situation remains tense and many families have left.",
    "Prices for bread and fuel have risen sharply over the past month.",
    "Schools in {town} reopened this autumn after months of remote teaching.",
    "{person}, who runs a small bakery in {town}, said business had never been so slow.",
    "{region} has long been an important centre for farming and industry.",
    "Officials in {country} have promised to rebuild damaged roads and bridges by next year.",
    "Aid agencies warn that winter will be hard for people who have lost their homes.",
    "{demonym} media gave wide coverage to the talks, which ended without a statement.",
    "The railway line through {town2} carries grain to the ports.",
    "Many of those who fled now live with relatives in {town3}.",
    "The government says it will publish a full report on the damage in the coming weeks.",
    "{person} said the community would not give up: \"We have nowhere else to go.\"",
    "Analysts expect the talks to resume after the holidays.",
    "The city council met in an emergency session to discuss water supplies.",
    "Hospitals in {region} report shortages of medicines and staff.",
    "Farmers near {town} said they could not sow their fields this spring.",
    "It was the third such incident this month, according to {publisher}.",
    "A spokesman for the ministry declined to comment.",
)
TITLES = ("Fighting near {town} as talks stall", "{town}: a city on edge",
          "Strikes hit {town} and {town2}", "Protests spread in {country}",
          "What we know about the attack on {town}", "Life goes on in {town}, for now")


@dataclass(frozen=True, slots=True)
class Country:
    """The names an article about one country can use."""

    code: str
    name: str
    demonym: str
    regions: tuple[str, ...]
    towns: tuple[str, ...]


def load_countries(gazetteer: Path) -> list[tuple[Country, int]]:
    """Read country, region and town names from the store, with each country's weight."""
    db = sqlite3.connect(f"{gazetteer.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        out = []
        for code, weight in COUNTRIES.items():
            row = db.execute("SELECT geonameid, name FROM places WHERE country_code = ? AND "
                             "feature_code = 'PCLI'", (code,)).fetchone()
            if row is None:
                continue
            demonym = db.execute("SELECT key FROM names WHERE geonameid = ? AND kind = 'demonym' "
                                 "ORDER BY length(key), key LIMIT 1", (row[0],)).fetchone()
            regions = [r for (r,) in db.execute(
                "SELECT name FROM places WHERE country_code = ? AND feature_code = 'ADM1' "
                "ORDER BY geonameid", (code,))]
            towns = dict.fromkeys(t for (t,) in db.execute(
                "SELECT name FROM places WHERE country_code = ? AND feature_class = 'P' AND "
                "population >= 20000 AND name NOT GLOB '*[^A-Za-z -]*' ORDER BY geonameid",
                (code,)))  # distinct names, in id order
            if len(towns) < 4:
                continue
            name = demonym[0].title() if demonym else f"{row[1]}'s"
            out.append((Country(code, row[1], name, tuple(regions) or (row[1],),
                                tuple(towns)), weight))
        return out
    finally:
        db.close()


def articles(gazetteer: Path, *, count: int, mean_chars: int = 3000, seed: int = 1
             ) -> Iterator[dict[str, str]]:
    """Yield ``count`` synthetic articles as JSON Lines records.

    Parameters
    ----------
    gazetteer
        The store whose names are used.
    count
        How many articles.
    mean_chars
        Mean length of ``text``; each article is drawn between 0.6 and 1.4 times it.
    seed
        The same seed gives the same articles.
    """
    countries = load_countries(gazetteer)
    if not countries:
        msg = f"{gazetteer}: no country with enough named places"
        raise ValueError(msg)
    choices, weights = zip(*countries, strict=True)
    rng = random.Random(seed)
    for number in range(count):
        country = rng.choices(choices, weights)[0]
        yield _article(rng, number, country, mean_chars)


def _article(rng: random.Random, number: int, country: Country, mean_chars: int
             ) -> dict[str, str]:
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    towns = rng.sample(country.towns, k=min(4, len(country.towns)))
    names = {"town": towns[0], "town2": towns[1], "town3": towns[2],
             "region": rng.choice(country.regions), "country": country.name,
             "demonym": country.demonym, "publisher": rng.choice(PUBLISHERS)}
    target = int(mean_chars * rng.uniform(0.6, 1.4))
    paragraphs: list[str] = []
    length = 0
    while length < target:
        sentences = [_fill(rng, rng.choice(EVENT_SENTENCES if rng.random() < 0.2 else
                                           PLAIN_SENTENCES), names, published)
                     for _ in range(rng.randint(2, 4))]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        if rng.random() < 0.3:  # the story moves on to another town
            names["town"] = rng.choice(towns)
    publisher = names["publisher"]
    doc_id = f"synth-{number:07d}"
    return {"id": doc_id, "title": _fill(rng, rng.choice(TITLES), names, published),
            "published": published.isoformat(), "source": publisher,
            "url": f"https://news.example.org/{published:%Y/%m}/{doc_id}",
            "text": "\n\n".join(paragraphs)}


def _fill(rng: random.Random, template: str, names: dict[str, str], published: dt.date) -> str:
    values = dict(names)
    values.update(when=_when(rng, published), n=str(rng.randint(2, 40)),
                  armed=rng.choice(ARMED), armed2=rng.choice(ARMED),
                  who=rng.choice(ROLES), person=f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    text = template.format(**values)
    return text[0].upper() + text[1:]


def _when(rng: random.Random, published: dt.date) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return "overnight"
    if kind == 1:
        return "on " + WEEKDAYS[(published - dt.timedelta(days=rng.randrange(1, 6))).weekday()]
    if kind == 2:
        day = published - dt.timedelta(days=rng.randrange(0, 20))
        return f"on {day.day} {MONTHS[day.month - 1]}"
    if kind == 3:
        return "yesterday"
    return "early on Sunday" if rng.random() < 0.5 else "last week"


def write_jsonl(records: Iterator[dict[str, str]], path: Path) -> int:
    """Write records as JSON Lines; return how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_jsonl_parts(records: Iterator[dict[str, str]], folder: Path, per_file: int) -> int:
    """Write records as ``part-00000.jsonl``, ... of ``per_file`` lines each; return how many.

    geomap reads JSON Lines files of up to 64 MiB: a large set is cut into several files.
    """
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    out = None
    try:
        for record in records:
            if n % per_file == 0:
                if out is not None:
                    out.close()
                out = (folder / f"part-{n // per_file:05d}.jsonl").open(
                    "w", encoding="utf-8", newline="\n")
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    finally:
        if out is not None:
            out.close()
    return n


def write_folder(records: Iterator[dict[str, str]], folder: Path) -> int:
    """Write each record as ``YYYY/MM/<id>.md`` with YAML front matter; return how many."""
    n = 0
    for record in records:
        path = folder / record["published"][:4] / record["published"][5:7] / f"{record['id']}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = "".join(f"{key}: {json.dumps(record[key], ensure_ascii=False)}\n"
                       for key in ("title", "published", "source", "url"))
        path.write_text(f"---\n{meta}---\n{record['text']}\n", encoding="utf-8")
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--mean-chars", type=int, default=3000,
                        help="mean length of an article's text (default 3000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", type=Path, help="JSON Lines file (default: stdout)")
    where.add_argument("--folder", type=Path, help="write a tree of Markdown files instead")
    parser.add_argument("--per-file", type=int, metavar="N",
                        help="with -o: make it a folder of JSON Lines files of N articles each")
    args = parser.parse_args(argv)
    records = articles(args.gazetteer, count=args.count, mean_chars=args.mean_chars,
                       seed=args.seed)
    if args.folder:
        write_folder(records, args.folder)
    elif args.output and args.per_file:
        write_jsonl_parts(records, args.output, args.per_file)
    elif args.output:
        write_jsonl(records, args.output)
    else:
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
