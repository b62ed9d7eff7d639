"""Write the run's layers: GeoJSON (RFC 7946), GeoPackage and CSV.

Values come from the frames of :mod:`geomap.outputs.frame`. GeoJSON is written directly (fixed field
order, coordinates rounded to 6 decimals: about 0.1 m) so that the same inputs give byte-identical
files; the GeoPackage goes through pyogrio with dates typed as GeoPackage ``DATE`` fields, and
carries the QGIS style of its ``events`` layer in a ``layer_styles`` table (QGIS applies it when the
layer is opened); CSV cells that a spreadsheet would read as a formula are neutralised.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from geomap.outputs.records import ATTRIBUTION, DATE_COLUMNS
from geomap.outputs.style import qgis_style_qml, qgis_toponym_qml

if TYPE_CHECKING:
    import geopandas as gpd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_OPERATORS = frozenset("=+-@\u2212")  # and the minus sign, which NFKC keeps
# white space and the characters that show nothing (zero-width, direction marks, BOM)
_INVISIBLE = re.compile(r"[\s\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f"
                        r"\u3000\ufeff]*")
_CHUNK = 2000  # features encoded at a time
STYLED_LAYER = "events"
STYLES = {"events": (qgis_style_qml, "events categorised by event type, sized by mentions, "
                                     "spread where they share a point, labelled by place"),
          "toponyms": (qgis_toponym_qml, "place mentions categorised by role")}
"""Each styled layer's QML and its description."""
GPKG_VERSION = "1.2"
"""The GeoPackage version written: one that GDAL 3.6 (Debian stable, QGIS 3.22) reads without a
warning and validates, R-tree triggers included, as newer GDAL does (1.4 is neither)."""


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> None:
    """Write points with flat properties as an RFC 7946 FeatureCollection; an event's
    ``event_id`` is also its feature's ``id``.

    Parameters
    ----------
    frame
        Points in EPSG:4326.
    path
        The ``.geojson`` file.
    """
    columns = [c for c in frame.columns if c != frame.geometry.name]
    rows = _rows(frame, columns)
    xs, ys = frame.geometry.x.tolist(), frame.geometry.y.tolist()
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(GEOJSON_HEAD)
        for first in range(0, len(xs), _CHUNK):  # a chunk of rows held at a time
            fh.write(("," if first else "") + features_text(
                columns, list(islice(rows, _CHUNK)), xs[first:first + _CHUNK],
                ys[first:first + _CHUNK]))
        fh.write(GEOJSON_TAIL)


GEOJSON_HEAD = '{"type":"FeatureCollection","features":['
GEOJSON_TAIL = "]}\n"


def features_text(columns: Sequence[str], rows: Sequence[Sequence[Any]], xs: Sequence[float],
                  ys: Sequence[float]) -> str:
    """Points with flat properties (JSON-ready values, in ``columns`` order) as the features of
    a FeatureCollection, comma-separated; an ``event_id`` column is also each feature's ``id``.

    Writing ``GEOJSON_HEAD``, the texts of successive batches joined by commas and
    ``GEOJSON_TAIL`` gives the bytes of one ``json.dumps`` of the whole collection, without
    holding it.
    """
    key = list(columns).index("event_id") if "event_id" in columns else None  # the feature's id
    parts = []
    # a chunk of features at a time: json.dumps runs the C encoder, json.dump would not
    for first in range(0, len(xs), _CHUNK):
        chunk = [{
            "type": "Feature",
            **({"id": row[key]} if key is not None else {}),
            "geometry": {"type": "Point", "coordinates": [round(x, 6), round(y, 6)]},
            "properties": dict(zip(columns, row, strict=True)),
        } for row, x, y in zip(rows[first:first + _CHUNK], xs[first:first + _CHUNK],
                               ys[first:first + _CHUNK], strict=True)]
        parts.append(json.dumps(chunk, ensure_ascii=False, separators=(",", ":"))[1:-1])
    return ",".join(parts)


def write_geopackage(layers: dict[str, gpd.GeoDataFrame], path: Path) -> None:
    """Write frames as layers of one GeoPackage, date columns typed as dates.

    When there is an ``events`` layer, its QGIS style (categorised by event type, see
    :func:`geomap.outputs.style.qgis_style_qml`) goes into the ``layer_styles`` table that QGIS
    reads default styles from.

    Parameters
    ----------
    layers
        Layer name to frame, written in order.
    path
        The ``.gpkg`` file; an existing file is replaced.
    """
    import pandas as pd
    import pyarrow as pa
    import pyogrio

    path.unlink(missing_ok=True)
    for name, frame in layers.items():
        out = frame.copy()
        for column in DATE_COLUMNS:
            if column in out:
                out[column] = pd.array(list(out[column]), dtype=pd.ArrowDtype(pa.date32()))
        first = not path.exists()
        pyogrio.write_dataframe(out, path, layer=name, driver="GPKG", use_arrow=True,
                                append=not first,
                                dataset_options={"VERSION": GPKG_VERSION} if first else None,
                                layer_metadata={"ATTRIBUTION": ATTRIBUTION})
    styled = [name for name in (STYLED_LAYER, "toponyms") if name in layers]
    if styled:
        write_qgis_style(path, layers=styled)


def write_qgis_style(path: Path, *, layers: Sequence[str] = (STYLED_LAYER,)) -> None:
    """Add the layers' styles to a GeoPackage's ``layer_styles`` table as their defaults: the
    events categorised by event type (:func:`geomap.outputs.style.qgis_style_qml`), the toponyms
    by role.

    The table has the columns QGIS creates when it saves a style into a GeoPackage, and is written
    through GDAL, so it is registered as an attribute table and other readers list it as one.

    Parameters
    ----------
    path
        An existing ``.gpkg`` file holding ``layers``.
    layers
        The point layers to style: ``events``, ``toponyms``.
    """
    import pandas as pd
    import pyogrio

    rows = []
    for layer in layers:
        geometry = pyogrio.read_info(path, layer=layer)["geometry_name"] or "geom"
        qml, what = STYLES[layer]
        rows.append({
            "f_table_catalog": "", "f_table_schema": "", "f_table_name": layer,
            "f_geometry_column": geometry, "styleName": f"geomap {layer}", "styleQML": qml(),
            "styleSLD": "", "useAsDefault": True, "description": f"geomap: {what}",
            "owner": "", "ui": "", "update_time": pd.Timestamp(dt.datetime.now(dt.UTC)),
        })
    pyogrio.write_dataframe(pd.DataFrame(rows), path, layer="layer_styles", driver="GPKG",
                            append=True, use_arrow=True, layer_options={"FID": "id"})


def write_qml_files(folder: Path) -> None:
    """Write ``events.qml`` and ``toponyms.qml`` beside the layers: QGIS applies a style file of
    a layer's name when it opens ``events.geojson``, ``events.csv`` or ``toponyms.geojson``."""
    for layer, (qml, _) in STYLES.items():
        (folder / f"{layer}.qml").write_text(qml(), encoding="utf-8")


def write_csv(frame: gpd.GeoDataFrame, path: Path) -> None:
    """Write the frame as CSV with ``lat`` and ``lon`` columns instead of a geometry.

    The file is UTF-8 with a byte-order mark, which spreadsheet programs (Excel) need to read
    names such as "Khān Yūnis" as written. Text cells beginning with ``=``, ``+``, ``-`` or
    ``@``, or with a look-alike of one behind
    spaces or invisible characters (:func:`formula_like`), get a leading apostrophe so that a
    spreadsheet shows them as text instead of running them as formulas.

    Parameters
    ----------
    frame
        Points in EPSG:4326.
    path
        The ``.csv`` file (UTF-8, comma-separated, ``\\r\\n`` line ends as RFC 4180 has them).
    """
    columns = [c for c in frame.columns if c != frame.geometry.name]
    with path.open("w", encoding="utf-8-sig", newline="") as fh:  # the BOM: Excel reads UTF-8
        write_csv_rows(fh, columns, _rows(frame, columns), frame.geometry.x.tolist(),
                       frame.geometry.y.tolist(), header=True)


def write_csv_rows(fh: TextIO, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                   xs: Sequence[float], ys: Sequence[float], *, header: bool) -> None:
    """Write rows of JSON-ready values (and their points) to an open CSV file as
    :func:`write_csv` does, the header first when ``header``."""
    writer = csv.writer(fh, lineterminator="\r\n")  # RFC 4180: a lone CR is quoted too
    if header:
        writer.writerow([*columns, "lat", "lon"])
    for row, x, y in zip(rows, xs, ys, strict=True):
        writer.writerow([*(_csv_value(v) for v in row), f"{y:.6f}", f"{x:.6f}"])


def _rows(frame: gpd.GeoDataFrame, columns: list[str]) -> Iterator[tuple[Any, ...]]:
    """The frame's rows as tuples of JSON-ready values, in ``columns`` order."""
    if not columns:
        return iter([()] * len(frame))
    return zip(*_python_columns(frame, columns), strict=True)


def _python_columns(frame: gpd.GeoDataFrame, columns: list[str]) -> list[list[Any]]:
    """Each column as a list of JSON-ready Python values (``None`` for missing ones), converted a
    column at a time rather than a cell at a time."""
    out = []
    for column in columns:
        series = frame[column]
        values = series.astype(object).where(series.notna(), None).tolist()
        if series.dtype.kind not in "OUSb" or column in DATE_COLUMNS:
            values = [json_value(v) for v in values]
        out.append(values)
    return out


def json_value(value: Any) -> Any:
    """A frame cell as a JSON value: dates in ISO form, missing values (NaN, NA) as ``None``."""
    if value is None or type(value) in (str, int, bool):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if formula_like(value) else value
    return str(value)


def formula_like(value: str) -> bool:
    """Whether a spreadsheet might read the cell as a formula: it starts with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return, or with a look-alike of one of them (full-width
    "＝", small "﹢", the minus sign "−"), also behind spaces or invisible characters."""
    if value.startswith(_FORMULA_START):
        return True
    rest = value[_INVISIBLE.match(value).end():]  # type: ignore[union-attr]
    if not rest:
        return False
    first = unicodedata.normalize("NFKC", rest[0])[:1]
    return first in _OPERATORS or rest[0] in _OPERATORS

