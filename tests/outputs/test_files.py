"""The output contract: GeoJSON, GeoPackage and CSV of a set of events."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pyogrio
import pytest

from geomap.events.extract import extract_events
from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.models import Document, Event, Toponym
from geomap.outputs.files import write_csv, write_geojson, write_geopackage
from geomap.outputs.frame import EVENT_COLUMNS, events_to_frame, toponyms_to_frame
from geomap.outputs.style import EVENT_COLORS, OTHER_COLOR

TEXT = ("Russian forces shelled Kharkiv on Monday. Drones struck Odesa overnight.\n"
        "=HYPERLINK(\"http://x\") protesters rallied in Tbilisi.")


@pytest.fixture(scope="module")
def parsed(gazetteer: Gazetteer) -> tuple[list[Event], list[tuple[Document, Toponym]]]:
    doc = Document(id="doc1", text=TEXT, title="-2+3 title", url="https://example.org/a",
                   published=dt.date(2025, 3, 4), source="@Reporter")
    toponyms = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
    return extract_events(doc, toponyms), [(doc, t) for t in toponyms]


def test_geojson_is_rfc7946_with_the_contract_fields(parsed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    events, _ = parsed
    path = tmp_path / "events.geojson"
    write_geojson(events_to_frame(events), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert len(data["features"]) == 3
    for feature in data["features"]:
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert 20 < lon < 50 and 40 < lat < 55  # lon/lat order: Ukraine and Georgia
        assert tuple(feature["properties"]) == EVENT_COLUMNS
        props = feature["properties"]
        assert props["published"] == "2025-03-04"
        assert "2025-03-01" <= props["date"] <= "2025-03-04"  # "on Monday", or the publication
        assert props["actor1"] is None or isinstance(props["actor1"], str)
        assert props["fatalities"] is None or isinstance(props["fatalities"], int)
        assert props["sources"] == "@Reporter" and props["mentions"] == 1


def test_geojson_is_byte_identical_for_the_same_input(parsed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    events, _ = parsed
    write_geojson(events_to_frame(events), tmp_path / "a.geojson")
    write_geojson(events_to_frame(list(reversed(events))), tmp_path / "b.geojson")
    assert (tmp_path / "a.geojson").read_bytes() == (tmp_path / "b.geojson").read_bytes()


def test_geopackage_layers_and_typed_dates(parsed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    events, toponyms = parsed
    path = tmp_path / "events.gpkg"
    write_geopackage({"events": events_to_frame(events), "toponyms": toponyms_to_frame(toponyms)},
                     path)
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert layers == {"events", "toponyms", "layer_styles"}
    info = pyogrio.read_info(path, layer="events")
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert tuple(info["fields"]) == EVENT_COLUMNS
    for column in ("date", "date_start", "date_end", "published"):
        assert types[column] == "OFTDate"
    assert info["crs"] == "EPSG:4326" and info["features"] == 3
    topo = pyogrio.read_dataframe(path, layer="toponyms")
    assert set(topo["role"]) >= {"location", "qualifier"}


VALIDATOR = Path("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")


@pytest.mark.skipif(not VALIDATOR.is_file(), reason="GDAL's validate_gpkg.py (Debian's "
                                                    "python3-gdal) is not installed")
def test_geopackage_passes_gdals_validator(parsed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    events, toponyms = parsed
    path = tmp_path / "events.gpkg"
    write_geopackage({"events": events_to_frame(events), "toponyms": toponyms_to_frame(toponyms)},
                     path)
    done = subprocess.run(["/usr/bin/python3", str(VALIDATOR), str(path)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo is not installed")
def test_geopackage_opens_with_ogrinfo(parsed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    events, toponyms = parsed
    path = tmp_path / "events.gpkg"
    write_geopackage({"events": events_to_frame(events), "toponyms": toponyms_to_frame(toponyms)},
                     path)
    done = subprocess.run(["ogrinfo", "-so", "-al", str(path)], check=True, capture_output=True,
                          text=True)
    out = done.stdout
    assert "Warning" not in done.stderr, done.stderr  # "may only be partially supported"
    assert "Layer name: events" in out and "Layer name: toponyms" in out
    assert "Layer name: layer_styles" in out and "styleQML: String" in out
    assert "date: Date" in out and "Feature Count: 3" in out


def test_geopackage_carries_the_qgis_style(parsed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    events, toponyms = parsed
    path = tmp_path / "events.gpkg"
    write_geopackage({"events": events_to_frame(events), "toponyms": toponyms_to_frame(toponyms)},
                     path)
    for name, geometry_type in pyogrio.list_layers(path):  # GDAL reads every layer
        frame = pyogrio.read_dataframe(path, layer=name)
        assert len(frame) == (2 if name == "layer_styles" else 3 if name == "events" else
                              len(toponyms_to_frame(toponyms)))
        assert (geometry_type is None) == (name == "layer_styles")
    with sqlite3.connect(path) as db:
        kind = db.execute("SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'"
                          ).fetchone()
        rows = db.execute("SELECT f_table_name, f_geometry_column, useAsDefault, styleQML "
                          "FROM layer_styles ORDER BY f_table_name").fetchall()
        geometry = db.execute("SELECT column_name FROM gpkg_geometry_columns "
                              "WHERE table_name = 'events'").fetchone()[0]
    assert kind == ("attributes",)
    assert len(rows) == 2 and rows[0][:3] == ("events", geometry, 1)
    assert rows[1][0] == "toponyms" and 'attr="role"' in rows[1][3]  # the toponyms by role
    qml = ET.fromstring(rows[0][3].split("\n", 1)[1])
    outer = qml.find("renderer-v2")
    assert outer is not None and outer.get("type") == "pointDisplacement"
    renderer = outer.find("renderer-v2")
    assert renderer is not None and renderer.get("type") == "categorizedSymbol"
    assert renderer.get("attr") == "event_type"
    categories = {c.get("value"): c.get("symbol") for c in renderer.iter("category")}
    assert set(categories) == {*EVENT_COLORS, ""}
    colors = {s.get("name"): s.find("layer/prop[@k='color']").get("v")  # type: ignore[union-attr]
              for s in renderer.find("symbols") or []}
    for value, color in [*EVENT_COLORS.items(), ("", OTHER_COLOR)]:
        red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
        assert colors[categories[value]] == f"{red},{green},{blue},255"
    temporal = qml.find("temporal")
    assert temporal is not None and temporal.get("startField") == "date_start"


def test_toponyms_only_geopackage_has_their_style(parsed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, toponyms = parsed
    path = tmp_path / "t.gpkg"
    write_geopackage({"toponyms": toponyms_to_frame(toponyms)}, path)
    assert [name for name, _ in pyogrio.list_layers(path)] == ["toponyms", "layer_styles"]
    styles = pyogrio.read_dataframe(path, layer="layer_styles")
    assert list(styles["f_table_name"]) == ["toponyms"]


def test_style_files_beside_the_layers(tmp_path: Path) -> None:
    from geomap.outputs.files import write_qml_files

    write_qml_files(tmp_path)
    assert 'type="pointDisplacement"' in (tmp_path / "events.qml").read_text(encoding="utf-8")
    assert 'attr="role"' in (tmp_path / "toponyms.qml").read_text(encoding="utf-8")


def test_csv_has_lat_lon_and_neutralises_formulas(parsed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    events, _ = parsed
    path = tmp_path / "events.csv"
    write_csv(events_to_frame(events), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfevent_id,")  # a BOM, for Excel
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [*EVENT_COLUMNS, "lat", "lon"]
    assert all(float(r["lat"]) > 40 for r in rows)
    tbilisi = next(r for r in rows if r["place"] == "Tbilisi")
    assert tbilisi["sentence"].startswith("'=HYPERLINK")
    assert tbilisi["title"] == "'-2+3 title" and tbilisi["sources"] == "'@Reporter"
    assert tbilisi["fatalities"] == ""


def test_empty_event_set_still_writes_valid_layers(tmp_path: Path) -> None:
    frame = events_to_frame([])
    write_geojson(frame, tmp_path / "e.geojson")
    write_csv(frame, tmp_path / "e.csv")
    write_geopackage({"events": frame}, tmp_path / "e.gpkg")
    assert json.loads((tmp_path / "e.geojson").read_text())["features"] == []
    assert pyogrio.read_info(tmp_path / "e.gpkg", layer="events")["features"] == 0


@pytest.mark.parametrize(
    ("cell", "formula"),
    [
        ("=1+1", True), ("＝cmd|' /C calc'!A0", True), ("＠HYPERLINK(\"x\")", True),
        ("  =1+1", True), ("\u200b=1+1", True), ("\ufeff+1", True), ("\u2212" + "5", True),
        ("\ufe66" + "1", True), ("\u00a0@x", True), ("Kharkiv", False), ("a=b", False),
        ("", False), ("   ", False),
    ],
)
def test_formula_look_alikes_are_neutralised(cell: str, formula: bool) -> None:
    from geomap.outputs.files import formula_like

    assert formula_like(cell) is formula
