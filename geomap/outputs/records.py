"""The output records: the one definition of every layer's columns and of how a model fills them.

Every writer derives from here: the GeoDataFrames of :mod:`geomap.outputs.frame` (and through them
GeoJSON, the GeoPackage and CSV), the map page's event table, the dask engine's partition files
and the ``geomap geoparse`` JSON lines. The events layer's columns are the output contract that
outside tools read (see the README); change them only with it.
"""

from __future__ import annotations

from typing import Any

from geomap.models import Event, Toponym

EVENT_COLUMNS = (
    "event_id", "document", "title", "url", "published", "sentence", "start", "end", "place_name",
    "place", "geonameid", "country_code", "admin1", "feature_code", "geo_precision", "date",
    "date_start", "date_end", "date_precision", "date_basis", "event_type", "sub_event_type",
    "actor1", "actor2", "fatalities", "sources", "mentions", "confidence", "trigger", "link",
    "status", "place_why", "language",
)
"""The events layer, in contract order."""

ATTRIBUTION = ("Places and their ids: GeoNames (geonames.org), CC BY 4.0; borders: Natural Earth, "
               "public domain; made with geomap")
"""The credit every output carries, as the data's licences ask: the map's footer, the
GeoPackage's metadata and ``run.json``."""

DATE_COLUMNS = ("published", "date", "date_start", "date_end")
"""Event columns that hold dates (typed as dates in the GeoPackage)."""

INTEGER_COLUMNS = ("start", "end", "geonameid", "geo_precision", "fatalities", "mentions")
"""Columns of whole numbers that may be missing (nullable integers in frames)."""

MAP_COLUMNS = tuple(c for c in EVENT_COLUMNS if c not in ("start", "end"))
"""The event columns the map page carries (offsets into the text are of no use there)."""

TOPONYM_COLUMNS = (
    "document", "start", "end", "name", "place", "geonameid", "role", "score", "feature_code",
    "country_code", "admin1", "alternatives", "why", "language",
)
"""The toponyms layer."""

GEOPARSE_FIELDS = (
    "start", "end", "name", "lat", "lon", "geonameid", "role", "score", "feature_code",
    "country_code",
)
"""One toponym in a ``geomap geoparse`` line (offsets index the input ``text``)."""


def event_record(event: Event) -> dict[str, Any]:
    """The contract's fields of one event, in contract order (dates as ``datetime.date``).

    Parameters
    ----------
    event
        An event at a resolved place.

    Returns
    -------
    dict
        :data:`EVENT_COLUMNS` to values; ``sources`` joined with ``"; "``.
    """
    place = event.toponym.place
    assert place is not None  # events are only made at resolved places
    doc = event.document
    return {
        "event_id": event.id, "document": doc.id, "title": doc.title, "url": doc.url,
        "published": doc.published, "sentence": event.sentence, "start": event.start,
        "end": event.end, "place_name": event.toponym.mention.text, "place": place.name,
        "geonameid": place.geonameid, "country_code": place.country_code, "admin1": place.admin1,
        "feature_code": place.feature_code, "geo_precision": event.geo_precision,
        "date": event.date.date, "date_start": event.date.start, "date_end": event.date.end,
        "date_precision": event.date.precision, "date_basis": event.date.basis,
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1, "actor2": event.actor2, "fatalities": event.fatalities,
        "sources": "; ".join(event.sources) or None, "mentions": event.mentions,
        "confidence": event.confidence, "trigger": event.trigger, "link": event.link,
        "status": None,  # set by the run: see geomap.outputs.changes
        "place_why": event.toponym.why or None,
        "language": doc.language,
    }


def toponym_record(document: str, toponym: Toponym, language: str | None = None,
                   ) -> dict[str, Any]:
    """The toponyms layer's fields of one mention, in :data:`TOPONYM_COLUMNS` order.

    Parameters
    ----------
    document
        The id of the document the mention is in.
    language
        The document's language.
    toponym
        The mention; the place fields are ``None`` when it was left unresolved.
    """
    place = toponym.place
    mention = toponym.mention
    return {
        "document": document, "start": mention.start, "end": mention.end, "name": mention.text,
        "place": place.name if place else None, "geonameid": place.geonameid if place else None,
        "role": toponym.role, "score": toponym.score,
        "feature_code": place.feature_code if place else None,
        "country_code": place.country_code if place else None,
        "admin1": place.admin1 if place else None,
        "alternatives": "; ".join(f"{p.name}, {p.admin1 or ''}, {p.country_code or ''} "
                                  f"({p.geonameid}) {score:.2f}"
                                  for p, score in toponym.alternatives) or None,
        "why": toponym.why or None,
        "language": language,
    }


def toponym_alternatives(toponym: Toponym) -> list[dict[str, Any]]:
    """The runner-up candidates of a toponym, as ``geomap geoparse --explain`` lists them."""
    return [{"name": p.name, "admin1": p.admin1, "country_code": p.country_code,
             "geonameid": p.geonameid, "feature_code": p.feature_code, "lat": p.lat,
             "lon": p.lon, "score": round(score, 4)} for p, score in toponym.alternatives]


def toponym_json(toponym: Toponym) -> dict[str, Any]:
    """One toponym as a ``geomap geoparse`` line holds it, in :data:`GEOPARSE_FIELDS` order."""
    place = toponym.place
    record = {**toponym_record("", toponym), "lat": place.lat if place else None,
              "lon": place.lon if place else None}
    return {field: record[field] for field in GEOPARSE_FIELDS}
