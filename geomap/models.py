"""The values that pass between pipeline stages.

Every stage takes and returns these frozen dataclasses, never loose dicts. Coordinates are WGS84
(EPSG:4326) degrees; character offsets index the document's ``text`` (Python ``str`` positions,
end exclusive).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Role = Literal["location", "actor", "qualifier"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
DateBasis = Literal["explicit", "relative", "published", "unknown"]


@dataclass(frozen=True, slots=True)
class Document:
    """One article.

    Parameters
    ----------
    id
        The file's stem, or the ``id`` field of a JSON Lines record.
    text
        The article text that offsets index, title excluded.
    title, source, url, published, language
        Metadata as the input gives it; ``None`` where it gives none.
    path
        The file the document was read from.
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    path: Path | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    Parameters
    ----------
    geonameid
        GeoNames id (curated supplements use ids above 900,000,000).
    name
        The preferred name.
    lat, lon
        WGS84 degrees of the representative point.
    feature_class, feature_code
        GeoNames classes: ``P``/``PPL`` for a settlement, ``A``/``ADM1`` for a first-order division,
        ``A``/``PCLI`` for a country, ``L``/``CONT`` for a continent.
    country_code
        ISO 3166-1 alpha-2, ``None`` for continents.
    admin1_code, admin1
        GeoNames admin1 code and its name.
    population
        Inhabitants as GeoNames gives them (0 where unknown).
    """

    geonameid: int
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country_code: str | None = None
    admin1_code: str | None = None
    admin1: str | None = None
    population: int = 0

    def holds(self, inner: Place) -> bool:
        """Whether this place is a country or first-order division that holds ``inner``."""
        if self.geonameid == inner.geonameid or self.country_code != inner.country_code:
            return False
        if self.feature_code in _COUNTRY_CODES:
            return True
        return self.feature_code == "ADM1" and self.admin1_code == inner.admin1_code


_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCL", "TERR"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with how the name matched it.

    Parameters
    ----------
    place
        The gazetteer entry.
    kind
        How the name matched: ``name`` (the preferred name), ``alt`` (an alternate name),
        ``abbr`` (an abbreviation such as "U.S."), ``demonym`` ("Ukrainian").
    """

    place: Place
    kind: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that may name a place.

    Parameters
    ----------
    start, end
        Character offsets into the document text (end exclusive).
    text
        The span as written.
    """

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Toponym:
    """A mention with the place it was resolved to.

    Parameters
    ----------
    mention
        The span in the text.
    place
        The chosen place, or ``None`` when no candidate was good enough.
    score
        Confidence in the choice, 0 to 1.
    role
        ``location`` (something is or happens there), ``actor`` (a capital or seat standing for a
        government: "Moscow's claim", "the Kremlin") or ``qualifier`` (an adjective or demonym:
        "Ukrainian").
    alternatives
        Runner-up places with their scores, best first.
    why
        Why this place, in one line: what set it above the runner-up, and the runner-up
        ("Paris, Texas, US: qualifier 'Texas'; other candidate Paris, Île-de-France, FR 0.00").
    """

    mention: Mention
    place: Place | None
    score: float
    role: Role = "location"
    alternatives: tuple[tuple[Place, float], ...] = ()
    why: str = ""


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened.

    Parameters
    ----------
    date
        The representative day (the midpoint for a week).
    start, end
        The range the text allows.
    precision
        ``day``, ``week``, ``month``, ``year`` or ``unknown``.
    basis
        Which rule decided: ``explicit``, ``relative``, ``published`` or ``unknown``.
    """

    date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    precision: DatePrecision
    basis: DateBasis


UNKNOWN_DATE = EventDate(None, None, None, "unknown", "unknown")


@dataclass(frozen=True, slots=True)
class Event:
    """Something the text reports happening at a place.

    Parameters
    ----------
    id
        Stable hash of document, sentence span and place.
    document
        The document it was read from.
    toponym
        The location toponym the event is attached to (its place is never ``None``).
    sentence, start, end
        The reporting sentence and its offsets in the document text.
    date
        When it happened.
    event_type, sub_event_type
        ACLED's vocabulary, ``None`` where not classified.
    actor1, actor2
        Actors as the text names them.
    fatalities
        Number killed when the text says it.
    sources
        The publisher first, then in-text attributions.
    geo_precision
        1 settlement, 2 near or part of a settlement, 3 region or country.
    confidence
        0 to 1.
    mentions
        How many articles report it.
    trigger
        The words that report the happening, as written in ``sentence`` ("shot", "air strike").
    link
        How the trigger speaks for the place: ``clause`` (the place's own clause), ``sentence``
        (elsewhere in its sentence), ``next`` or ``previous`` (a neighbouring sentence that names
        no other place).
    """

    id: str
    document: Document
    toponym: Toponym
    sentence: str
    start: int
    end: int
    date: EventDate = UNKNOWN_DATE
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    sources: tuple[str, ...] = ()
    geo_precision: int = 1
    confidence: float = 0.5
    mentions: int = 1
    trigger: str | None = None
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Warning_:
    """A problem that did not stop the run: a skipped file or line.

    Parameters
    ----------
    path
        The file concerned.
    message
        One line saying what is wrong.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Bias:
    """An area of interest that tips the choice between same-name places.

    A candidate inside one of ``countries`` or inside ``bbox`` scores higher; the text's own
    evidence ("Pokrovsk in Yakutia") still outweighs it.

    Parameters
    ----------
    countries
        ISO 3166-1 alpha-2 codes, upper case.
    bbox
        ``(west, south, east, north)`` in WGS84 degrees; ``west > east`` crosses the antimeridian.
    """

    countries: frozenset[str] = frozenset()
    bbox: tuple[float, float, float, float] | None = None

    def __bool__(self) -> bool:
        return bool(self.countries) or self.bbox is not None

    def contains(self, place: Place) -> bool:
        """Whether ``place`` lies in the area of interest."""
        if place.country_code in self.countries:
            return True
        if self.bbox is None:
            return False
        west, south, east, north = self.bbox
        if not south <= place.lat <= north:
            return False
        return west <= place.lon <= east if west <= east else (place.lon >= west
                                                                or place.lon <= east)

    def describe(self) -> str:
        """A stable text form, for cache keys and ``run.json``: ``countries=UA;bbox=...``."""
        parts = []
        if self.countries:
            parts.append("countries=" + ",".join(sorted(self.countries)))
        if self.bbox is not None:
            parts.append("bbox=" + ",".join(f"{v:g}" for v in self.bbox))
        return ";".join(parts)
