"""``geomap explain "TEXT"``: what geomap makes of a text, and why, one line per finding.

Each place name is printed with where it stands, its role, the place chosen (division, country,
kind of place, population, GeoNames id) and its probability among the candidates, then the
runners-up with theirs; each event with its type, the words that report it and how they are
linked to its place. The ids are what an ``overrides.tsv`` line needs to correct a point.
"""

from __future__ import annotations

from geomap.engine import parse_document
from geomap.gazetteer import Gazetteer
from geomap.models import Document, Place


def explain(text: str, gazetteer: Gazetteer) -> list[str]:
    """The lines :command:`geomap explain` prints for ``text``."""
    parsed = parse_document(Document(id="text", text=text), gazetteer)
    lines = []
    for toponym in parsed.toponyms:
        mention = toponym.mention
        chosen = _place(toponym.place) if toponym.place else "no place"
        lines.append(f"{mention.text} [{mention.start}:{mention.end}] {toponym.role}: "
                     f"{chosen}, p={toponym.score:.2f}")
        for place, score in toponym.alternatives:
            lines.append(f"    other candidate: {_place(place)}, p={score:.2f}")
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


def _place(place: Place) -> str:
    where = ", ".join(p for p in (place.name, place.admin1, place.country_code) if p)
    people = f", {place.population:,} people" if place.population else ""
    return f"{where} ({place.feature_code}{people}, GeoNames {place.geonameid})"
