"""Turn events and toponyms into GeoDataFrames (EPSG:4326) with the output contract's columns.

This is where geopandas enters: text stages never import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from geomap.models import Document, Event, Toponym

if TYPE_CHECKING:
    import geopandas as gpd

EVENT_COLUMNS = (
    "event_id", "document", "title", "url", "published", "sentence", "start", "end", "place_name",
    "place", "geonameid", "country_code", "admin1", "feature_code", "geo_precision", "date",
    "date_start", "date_end", "date_precision", "date_basis", "event_type", "sub_event_type",
    "actor1", "actor2", "fatalities", "sources", "mentions", "confidence",
)
DATE_COLUMNS = ("published", "date", "date_start", "date_end")
TOPONYM_COLUMNS = (
    "document", "start", "end", "name", "place", "geonameid", "role", "score", "feature_code",
    "country_code", "admin1",
)


def event_record(event: Event) -> dict[str, Any]:
    """The contract's fields of one event, in contract order (dates as ``datetime.date``)."""
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
        "confidence": event.confidence,
    }


def toponym_record(doc: Document, toponym: Toponym) -> dict[str, Any]:
    """The fields of one resolved mention for the toponyms layer."""
    place = toponym.place
    assert place is not None
    return {
        "document": doc.id, "start": toponym.mention.start, "end": toponym.mention.end,
        "name": toponym.mention.text, "place": place.name, "geonameid": place.geonameid,
        "role": toponym.role, "score": toponym.score, "feature_code": place.feature_code,
        "country_code": place.country_code, "admin1": place.admin1,
    }


def events_to_frame(events: Sequence[Event]) -> gpd.GeoDataFrame:
    """Events as a GeoDataFrame of points in EPSG:4326 with the contract's columns.

    Parameters
    ----------
    events
        Events whose toponyms carry a place.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per event, sorted by event id for byte-stable output.
    """
    records = sorted((event_record(e) for e in events), key=lambda r: r["event_id"])
    points = [(e.toponym.place.lon, e.toponym.place.lat) for e in  # type: ignore[union-attr]
              sorted(events, key=lambda e: e.id)]
    return _frame(records, points, EVENT_COLUMNS)


def toponyms_to_frame(items: Sequence[tuple[Document, Toponym]]) -> gpd.GeoDataFrame:
    """Resolved toponyms as a GeoDataFrame of points in EPSG:4326."""
    resolved = [(d, t) for d, t in items if t.place is not None]
    records = [toponym_record(d, t) for d, t in resolved]
    points = [(t.place.lon, t.place.lat) for _, t in resolved]  # type: ignore[union-attr]
    return _frame(records, points, TOPONYM_COLUMNS)


def _frame(records: list[dict[str, Any]], points: list[tuple[float, float]],
           columns: Sequence[str]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    data = pd.DataFrame.from_records(records, columns=list(columns))
    for column in ("start", "end", "geonameid", "geo_precision", "fatalities", "mentions"):
        if column in data:
            data[column] = data[column].astype("Int64")
    geometry = gpd.points_from_xy([p[0] for p in points], [p[1] for p in points], crs="EPSG:4326")
    return gpd.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")
