"""Turn events and toponyms into GeoDataFrames (EPSG:4326) with the columns of
:mod:`geomap.outputs.records`.

This is where geopandas enters: text stages never import it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from geomap.models import Document, Event, Toponym
from geomap.outputs.records import (
    EVENT_COLUMNS,
    INTEGER_COLUMNS,
    TOPONYM_COLUMNS,
    event_record,
    toponym_record,
)

if TYPE_CHECKING:
    import geopandas as gpd

def events_to_frame(events: Sequence[Event], status: Mapping[str, str] | None = None
                    ) -> gpd.GeoDataFrame:
    """Events as a GeoDataFrame of points in EPSG:4326 with the contract's columns.

    Parameters
    ----------
    events
        Events whose toponyms carry a place.
    status
        Each event's ``status`` since the previous run (``new``, ``same``, ``changed``) by id;
        see :mod:`geomap.outputs.changes`.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per event, sorted by event id for byte-stable output.
    """
    records = sorted((event_record(e) for e in events), key=lambda r: r["event_id"])
    if status is not None:
        for record in records:
            record["status"] = status.get(record["event_id"])
    points = [(e.toponym.place.lon, e.toponym.place.lat) for e in  # type: ignore[union-attr]
              sorted(events, key=lambda e: e.id)]
    return _frame(records, points, EVENT_COLUMNS)


def toponyms_to_frame(items: Sequence[tuple[Document, Toponym]]) -> gpd.GeoDataFrame:
    """Resolved toponyms as a GeoDataFrame of points in EPSG:4326."""
    resolved = [(d, t) for d, t in items if t.place is not None]
    records = [toponym_record(d.id, t, d.language) for d, t in resolved]
    points = [(t.place.lon, t.place.lat) for _, t in resolved]  # type: ignore[union-attr]
    return _frame(records, points, TOPONYM_COLUMNS)


def _frame(records: list[dict[str, Any]], points: list[tuple[float, float]],
           columns: Sequence[str]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    data = pd.DataFrame.from_records(records, columns=list(columns))
    for column in INTEGER_COLUMNS:
        if column in data:
            data[column] = data[column].astype("Int64")
    geometry = gpd.points_from_xy([p[0] for p in points], [p[1] for p in points], crs="EPSG:4326")
    return gpd.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")
