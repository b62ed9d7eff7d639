"""``geomap explain "TEXT"``: what geomap makes of a text, and why, one line per finding.

Each place name is printed with where it stands, its role, the place chosen (division, country,
kind of place, population, GeoNames id) and its probability among the candidates, why (the line
the map's popups show), the ranker's features of the place with their weights, then the
runners-up with theirs; each event with its type, the words that report it and how they are
linked to its place. The ids are what an ``overrides.tsv`` line needs to correct a point.
"""

from __future__ import annotations

from geomap.engine import parse_document
from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions
from geomap.geoparse.ranker import load_ranker
from geomap.geoparse.resolve import rank
from geomap.models import Document, Place


def explain(text: str, gazetteer: Gazetteer) -> list[str]:
    """The lines :command:`geomap explain` prints for ``text``."""
    doc = Document(id="text", text=text)
    parsed = parse_document(doc, gazetteer)
    ranker = load_ranker()
    ranked = {r.mention.start: r for r in rank(doc, find_mentions(doc, gazetteer), gazetteer,
                                                 None, ranker)[0]}
    lines = []
    for toponym in parsed.toponyms:
        mention = toponym.mention
        chosen = _place(toponym.place) if toponym.place else "no place"
        lines.append(f"{mention.text} [{mention.start}:{mention.end}] {toponym.role}: "
                     f"{chosen}, p={toponym.score:.2f}")
        lines.append(f"    why: {toponym.why}")
        features = ranked.get(mention.start)
        scored = {c.place.geonameid: c for c, _ in features.scored} if features else {}
        if toponym.place and toponym.place.geonameid in scored and features:
            lines.append("    features: " + _features(
                features.features(scored[toponym.place.geonameid]), ranker.weights))
        for place, score in toponym.alternatives:
            lines.append(f"    other candidate: {_place(place)}, p={score:.2f}")
            if place.geonameid in scored and features:
                lines.append("        features: " + _features(
                    features.features(scored[place.geonameid]), ranker.weights))
    for event in parsed.events:
        at = event.toponym.place.name if event.toponym.place else "?"
        lines.append(f"event: {event.event_type} / {event.sub_event_type} at "
                     f"{at}: '{event.trigger}' ({event.link} link), "
                     f"date {event.date.date or 'unknown'}, fatalities "
                     f"{'unknown' if event.fatalities is None else event.fatalities}, "
                     f"confidence {event.confidence:.2f}")
    if parsed.failure:
        lines.append(parsed.failure)
    return lines or ["no place name found"]


def _features(features: dict[str, float], weights: dict[str, float]) -> str:
    """"population 0.62 x 4.89 = +3.04, qualified 1 x 4.19 = +4.19": each feature that is not 0
    with its weight and what it adds to the score, the largest first."""
    parts = sorted(features.items(), key=lambda nv: (-abs(weights[nv[0]] * nv[1]), nv[0]))
    return ", ".join(f"{name} {value:.3g} x {weights[name]:.2f} = {weights[name] * value:+.2f}"
                     for name, value in parts)


def _place(place: Place) -> str:
    where = ", ".join(p for p in (place.name, place.admin1, place.country_code) if p)
    people = f", {place.population:,} people" if place.population else ""
    return f"{where} ({place.feature_code}{people}, GeoNames {place.geonameid})"
