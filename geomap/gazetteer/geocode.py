"""Answer address-like queries from the local store, as an online geocoder does.

A query is a place name followed by the divisions and country that hold it, in any of the
usual forms: "Macon, Georgia", "Kiev, Ukraine", "Lawton, OK, USA", "Sudbury, ON", "Pokrovsk,
Donetsk Oblast, Ukraine". Each part after the first is read as a division or country (its name,
abbreviation or ISO 3166 code); the places of the first part that every such part holds are the
answers, ranked by fame like Nominatim's importance: a settlement above a same-name division
("Peoria" the city, not the county), a capital or seat above other towns, then by population.
A bare name ranks the same way, another name of a city far more populous than every place of
that preferred name as that name ("Artemovsk" is Bakhmut). A street address before the name and
a postcode before or after it are passed over ("75001 Paris", "SW1A 1AA London"), and the commas
may be missing ("Sydney NSW", "Macon Georgia USA"). The geoparser's prior started from the
same fame and is now learned (:mod:`geomap.geoparse.ranker`); the geocoder, which has no text to
weigh, keeps this one.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from geomap.gazetteer.schema import CYRILLIC_COUNTRIES, MAJOR_CODES
from geomap.models import Candidate, Place

if TYPE_CHECKING:
    from geomap.gazetteer.store import Gazetteer

KIND_WEIGHT = {"name": 0.0, "abbr": 0.0, "metonym": 0.0, "demonym": 0.0, "code": 0.0,
               "alt": -0.35, "historical": -0.3, "translit": -0.35, "fuzzy": -0.5}
"""What a weaker kind of match takes from a candidate's fame."""
_CLASS_FAME = {"PCLI": 1.25, "PCLD": 1.0, "PCLS": 1.0, "PCLF": 1.0, "PCL": 1.0, "TERR": 0.9,
               "CONT": 1.1, "ADM1": 0.9, "RGN": 0.9, "ADM2": 0.55}
"""The fame of countries, divisions and regions, whose population says little."""
# Areas, water bodies, spots and terrain carry no population: a fixed fame by feature class.
_FEATURE_CLASS_FAME = {"L": 0.85, "H": 0.8, "S": 0.65, "T": 0.65, "A": 0.5}
CAPITAL_CODES = frozenset({"PPLC", "PPLG"})
_CAPITAL_FAME = 0.2
_SEAT_FAME = 0.15  # the seat of a first-order division (PPLA)


def geocode(gazetteer: Gazetteer, query: str) -> list[Candidate]:
    """The places ``query`` may mean, the likeliest first; empty when none.

    Parameters
    ----------
    gazetteer
        The open store.
    query
        A place name, optionally followed by comma-separated divisions and a country; a street
        address before it and a postcode are passed over ("123 Main St, Boise, ID 83702"), and
        the commas may be missing ("Sydney NSW", "Boise ID").
    """
    parts = _parts(gazetteer, query)
    if not parts:
        return []
    if len(parts) == 1:  # "Sydney NSW", "Macon Georgia USA": the holders without commas
        parts = _split(gazetteer, parts[0])
    found = list(gazetteer.candidates(parts[0], fuzzy=True))
    if len(parts) > 1 and not found:  # "Saint-Pierre, Miquelon": a name with a comma
        found = list(gazetteer.candidates(", ".join(parts), fuzzy=True))
        if found:
            parts = parts[:1]
    while not found and len(parts) > 1:  # "Candlewood Drive, Berea, KY": a street first
        parts = parts[1:]
        found = list(gazetteer.candidates(parts[0], fuzzy=True))
    for part in parts[1:]:
        outers = _holders(gazetteer, part)
        held = [c for c in found if any(outer.holds(c.place) for outer in outers)]
        if held:
            found = held
    named = max((c.place.population for c in found if c.kind == "name"), default=None)
    return sorted(found, key=lambda c: (-fame(c, named), c.place.geonameid))


def _split(gazetteer: Gazetteer, part: str) -> list[str]:
    """A part without commas as a name and the divisions or country after it ("Sydney NSW",
    "Paris Texas", "Macon Georgia USA"), when the name as written is a place each of them
    holds; else the part."""
    words = part.split()
    for cut in range(len(words) - 1, 0, -1):
        tail = " ".join(words[cut:])
        outers = _holders(gazetteer, tail)
        if not outers:
            continue
        head = _split(gazetteer, " ".join(words[:cut]))  # "Macon Georgia" before "USA"
        if any(outer.holds(c.place) for c in gazetteer.candidates(head[0]) for outer in outers):
            return [*head, tail]
    return [part]


def _parts(gazetteer: Gazetteer, query: str) -> list[str]:
    """The comma-separated parts of a query, postcodes taken off ("75001 Paris", "Toronto ON
    M5V 3L9", "SW1A 1AA London") and a part that starts with a house number ("123 Main St") left
    out."""
    parts = []
    for part in query.split(","):
        part = _POSTCODE.sub("", _POSTAL_CODE.sub(" ", part)).strip()
        if part[:1].isdigit():  # "75001 Paris": a postcode before a town, not a house number
            rest = _LEADING_CODE.sub("", part)
            part = rest if rest != part and gazetteer.candidates(rest) else ""
        if part:
            parts.append(" ".join(part.split()))
    return parts


def _holders(gazetteer: Gazetteer, part: str) -> list[Place]:
    """The countries and first- or second-order divisions a query part may name."""
    return [c.place for c in gazetteer.candidates(part, codes=True)
            if c.place.feature_code in MAJOR_CODES]


_POSTCODE = re.compile(r"\s+\d[\d-]{2,}$")  # "ID 83702", "MA 02115-4321"
_LEADING_CODE = re.compile(r"^\d{4,5}(?:-\d{3,4})?\s+(?=\D)")  # "75001 Paris", "10115 Berlin"
_POSTAL_CODE = re.compile(  # a British ("SW1A 1AA") or Canadian ("M5V 3L9") postcode
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b")


def fame(candidate: Candidate, named: int | None = None) -> float:
    """How likely a bare name means this candidate: its kind of place, its population and
    whether it is a capital or seat, less for a weaker kind of match; but not less for another
    name of a seat far more populous than every place of that preferred name, ``named`` people
    at most ("Artemovsk" is Bakhmut: :func:`famous_other`)."""
    place = candidate.place
    base = _CLASS_FAME.get(place.feature_code)
    if base is None and place.feature_class != "P":
        base = _FEATURE_CLASS_FAME.get(place.feature_class, 0.5)
    if base is None:
        base = math.log10(place.population + 10) / 7.0
        if place.feature_code in CAPITAL_CODES:
            base += _CAPITAL_FAME
        elif place.feature_code == "PPLA":
            base += _SEAT_FAME
    return base + KIND_WEIGHT.get(candidate.kind, 0.0) * (
        1.0 - famous_other(candidate, named))


def famous_other(cand: Candidate, named: int | None) -> float:
    """How far another name of a seat of government in a country of many romanisations and
    renamings is famous in its own right, from 0 to 1, when every place of that preferred name is
    a village of known size: in proportion to how much more populous the seat is, 1 at
    :data:`_FAME_RATIO` times. Alone, "Artemovsk" is Bakhmut (80,500), not the Russian village
    of Artemovsk (2,179); "Lugansk" is Luhansk, not a village in Kazakhstan."""
    if cand.kind not in ("alt", "historical") or not named \
            or named >= _VILLAGE or cand.place.feature_code not in _SEAT_CODES \
            or cand.place.country_code not in CYRILLIC_COUNTRIES:
        return 0.0
    ratio = (cand.place.population + 1) / (named + 1)
    return min(1.0, max(0.0, math.log10(ratio) / math.log10(_FAME_RATIO)))


_FAME_RATIO = 10  # another name of a place this many times as populous loses no weight
_VILLAGE = 5_000  # people in the largest place of a preferred name that is only a village
_SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
