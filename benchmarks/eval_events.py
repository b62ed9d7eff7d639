"""Score event extraction on the hand-made corpus in tests/data/events/.

An expected event is found when an extracted event of the same article lies within 25 km of it
(within 100 km for an event coded at a region, geo precision 3: region points differ between
sources by tens of kilometres); the report gives the share found, and among those the share with
the right event type, sub-event type, date, fatalities and geo precision; then the non-event
sentences that wrongly produced an event, and the extracted events that match nothing expected.

With ``--languages``, the translations of the corpus (``tests/data/events-uk/`` and the like) are
scored each beside the same articles of the original: recall and precision of their events.

Usage: python benchmarks/eval_events.py [--corpus tests/data/events] [--gazetteer PATH] [-v]
       [--languages]
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

from geomap.config import DEFAULT_GAZETTEER
from geomap.events.extract import extract_events
from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.models import Event
from geomap.readers import read_documents

CHECKS = ("type", "sub", "date", "fatalities", "precision")


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def score(corpus: Path, gazetteer: Gazetteer,
          documents: set[str] | None = None) -> dict[str, Any]:
    """Shares of the expected events found and right, and the lines of the report; only of the
    articles in ``documents`` when given."""
    expected = [e for e in json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
                if documents is None or e["document"] in documents]
    non_events = [n for n in json.loads((corpus / "non_events.json").read_text(encoding="utf-8"))
                  if documents is None or n["document"] in documents]
    events: dict[str, list[Event]] = {}
    for doc in read_documents([corpus]):
        if documents is not None and doc.id not in documents:
            continue
        toponyms = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
        events[doc.id] = extract_events(doc, toponyms)
    used: set[int] = set()
    right = dict.fromkeys((*CHECKS, "found", "all"), 0)
    lines: list[str] = []
    for exp in expected:
        best = _match(exp, events.get(exp["document"], []), used)
        if best is None:
            lines.append(f"MISSED {exp['document']}: {exp['place']} {exp['event_type']} "
                         f"| {exp['sentence_contains']}")
            continue
        used.add(id(best))
        ok = {"type": best.event_type == exp["event_type"],
              "sub": best.sub_event_type == exp["sub_event_type"],
              "date": str(best.date.date) == exp["date"],
              "fatalities": best.fatalities == exp["fatalities"],
              "precision": best.geo_precision == exp["geo_precision"]}
        right["found"] += 1
        right["all"] += ok["type"] and ok["date"]
        for key, value in ok.items():
            right[key] += value
        if not all(ok.values()):
            lines.append(f"WRONG {exp['document']}: {exp['place']} expected {exp['event_type']}/"
                         f"{exp['sub_event_type']} {exp['date']} f={exp['fatalities']} "
                         f"p={exp['geo_precision']}; got {best.event_type}/"
                         f"{best.sub_event_type} {best.date.date} f={best.fatalities} "
                         f"p={best.geo_precision}")
    wrong = [n for n in non_events if any(n["sentence_contains"] in e.sentence
                                         for e in events.get(n["document"], []))]
    lines += [f"NON-EVENT {n['document']}: {n['sentence_contains']} ({n['why']})" for n in wrong]
    extra = [e for evs in events.values() for e in evs if id(e) not in used]
    lines += [f"EXTRA {e.document.id}: {e.toponym.mention.text} -> "
              f"{e.toponym.place.name if e.toponym.place else None} {e.event_type} "
              f"| {e.sentence[:90]}" for e in extra]
    n = len(expected)
    predicted = sum(len(evs) for evs in events.values())
    return {"expected": n, "shares": {k: v / n for k, v in right.items()},
            "precision": right["found"] / predicted if predicted else 0.0,
            "right_place_type_date": right["all"] / n, "non_events": len(non_events),
            "non_events_with_event": len(wrong), "extra": len(extra), "lines": lines}


def _match(exp: dict[str, Any], events: list[Event], used: set[int]) -> Event | None:
    radius = 100 if exp["geo_precision"] == 3 else 25
    near = [e for e in events if id(e) not in used and e.toponym.place is not None and km(
        (exp["lat"], exp["lon"]), (e.toponym.place.lat, e.toponym.place.lon)) <= radius]
    return next((e for e in near if exp["sentence_contains"] in e.sentence),
                near[0] if near else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("tests/data/events"))
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--languages", action="store_true",
                        help="score the corpus's translations (<corpus>-<language>/) beside the "
                             "same articles in the corpus's language")
    args = parser.parse_args(argv)
    with Gazetteer.open(args.gazetteer) as gaz:
        if args.languages:
            return _languages(args.corpus, gaz)
        result = score(args.corpus, gaz)
    shares = result["shares"]
    print(f"expected events: {result['expected']}; found within 25 km (100 km for regions): "
          f"{shares['found']:.2f}")
    for key, label in (("all", "right place, type and date"), ("type", "right type"),
                       ("sub", "right sub-event type"), ("date", "right date"),
                       ("fatalities", "right fatalities"), ("precision", "right geo precision")):
        print(f"  {label}: {shares[key]:.2f} of expected")
    print(f"non-event sentences that produced an event: {result['non_events_with_event']} of "
          f"{result['non_events']}")
    print(f"extracted events matching nothing expected: {result['extra']}")
    if args.verbose:
        print("\n".join(result["lines"]))
    return 0


def _languages(corpus: Path, gazetteer: Gazetteer) -> int:
    """Print, for each translation of the corpus, its events' recall and precision beside the
    original's on the same articles."""
    print("war reports by language: recall and precision of events, and the same articles in "
          "the original")
    print(f"{'language':>8} | {'articles':>8} | {'events':>6} | {'recall':>6} | "
          f"{'precision':>9} | {'original R, P':>17} | {'type':>5} | {'date':>5} | "
          f"{'fatal.':>6} | {'non-events':>10}")
    for folder in sorted(corpus.parent.glob(f"{corpus.name}-*")):
        documents = {p.stem for p in folder.glob("*.md") if p.stem != "README"}
        result = score(folder, gazetteer, documents)
        original = score(corpus, gazetteer, documents)
        shares = result["shares"]
        print(f"{folder.name.rsplit('-', 1)[-1]:>8} | {len(documents):>8} | "
              f"{result['expected']:>6} | {shares['found']:>6.2f} | {result['precision']:>9.2f} | "
              f"{original['shares']['found']:>8.2f} {original['precision']:>8.2f} | "
              f"{shares['type']:>5.2f} | {shares['date']:>5.2f} | {shares['fatalities']:>6.2f} | "
              f"{result['non_events_with_event']:>4} of {result['non_events']:>3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
