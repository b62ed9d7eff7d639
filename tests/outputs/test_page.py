"""The map page as HTML: self-contained, small enough, and article text never becomes markup."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from geomap.events.extract import extract_events
from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.models import Document
from geomap.outputs.basemap import basemap_geojson
from geomap.outputs.frame import EVENT_COLUMNS, events_to_frame
from geomap.outputs.page import EVENT_COLORS, _json_for_script, render_map, render_run_index

PAYLOAD = "</script><script>window.__pwned=1</script><img src=x onerror=alert(1)>`${alert(2)}`"


def hostile_frame(gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    from geomap.geoparse.resolve import resolve

    text = f"Russian forces shelled Kharkiv {PAYLOAD} on Monday."
    doc = Document(id="x", text=text, title=PAYLOAD, url="javascript:alert(3)",
                   published=dt.date(2025, 1, 1), source=PAYLOAD)
    return events_to_frame(extract_events(doc, resolve(doc, find_mentions(doc, gazetteer),
                                                          gazetteer)))


def synthetic_frame(n: int):  # type: ignore[no-untyped-def]
    """``n`` events with the contract's columns around eastern Ukraine, over 60 days.

    Made directly as a frame (no articles, no gazetteer), for tests of the page at scale.
    """
    import geopandas as gpd
    import pandas as pd

    types = [*EVENT_COLORS, None]
    records: list[dict[str, Any]] = []
    lons, lats = [], []
    for i in range(n):
        day = dt.date(2025, 3, 1) + dt.timedelta(days=(i * 7) % 60)
        record: dict[str, Any] = dict.fromkeys(EVENT_COLUMNS)
        record.update({
            "event_id": f"{i:016x}", "document": f"doc{i % 97}", "title": f"Article {i % 97}",
            "url": f"https://example.org/{i % 97}", "published": day,
            "sentence": f"Shelling hit Testville {i} overnight.", "start": 0, "end": 36,
            "place_name": f"Testville {i}", "place": f"Testville {i}", "geonameid": 700000 + i,
            "country_code": "UA", "admin1": "Donetsk Oblast", "feature_code": "PPL",
            "geo_precision": 1, "date": day, "date_start": day, "date_end": day,
            "date_precision": "day", "date_basis": "explicit", "event_type": types[i % len(types)],
            "sources": "Example Wire", "mentions": 1 + i % 4, "confidence": 0.5,
        })
        records.append(record)
        lons.append(35.0 + (i * 37 % 100) / 25)
        lats.append(47.0 + (i * 53 % 100) / 40)
    data = pd.DataFrame.from_records(records, columns=list(EVENT_COLUMNS))
    for column in ("start", "end", "geonameid", "geo_precision", "fatalities", "mentions"):
        data[column] = data[column].astype("Int64")
    return gpd.GeoDataFrame(data, geometry=gpd.points_from_xy(lons, lats, crs="EPSG:4326"),
                            crs="EPSG:4326")


def page_data(page: str, element_id: str = "geomap-data") -> Any:
    match = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page,
                      re.DOTALL)
    assert match is not None
    return json.loads(match.group(1))


def test_page_is_self_contained(gazetteer: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_map(hostile_frame(gazetteer), path, title="Test")
    page = path.read_text(encoding="utf-8")
    assert "L.MarkerClusterGroup" in page and "geomapStart(" in page
    assert 'id="geomap-basemap"' in page and "Ukraine" in page
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", page)
    assert "url(images/" not in page and "sourceMappingURL" not in page
    assert "@import" not in page


def test_page_carries_the_events_as_data(tmp_path: Path) -> None:
    frame = synthetic_frame(25)
    path = tmp_path / "index.html"
    render_map(frame, path, title="T", summary="25 events")
    data = page_data(path.read_text(encoding="utf-8"))
    assert data["title"] == "T" and data["summary"] == "25 events"
    assert len(data["rows"]) == 25 and data["colors"] == EVENT_COLORS
    fields = data["fields"]
    first = dict(zip(fields, data["rows"][0], strict=True))
    assert first["event_id"] == frame["event_id"].iloc[0] and first["date"] == "2025-03-01"
    assert first["lon"] == pytest.approx(frame.geometry.x.iloc[0])
    assert data["unplaced"] == [] and data["warnings"] == []


def test_unplaced_events_are_data_not_markup(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    unplaced = [{"document": "d", "sentence": PAYLOAD, "place_name": "Novoselivka",
                 "date": dt.date(2025, 1, 2), "ignored": "x"}]
    render_map(synthetic_frame(1), path, unplaced=unplaced)
    page = path.read_text(encoding="utf-8")
    assert "<img src=x" not in page
    assert page_data(page)["unplaced"] == [{"document": "d", "sentence": PAYLOAD,
                                            "place_name": "Novoselivka", "date": "2025-01-02"}]


def test_warnings_are_data_not_markup(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    warnings = [f"in/{PAYLOAD}.md: front matter is not YAML", "in/empty.txt: empty file"]
    render_map(synthetic_frame(1), path, warnings=warnings)
    page = path.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert page.count("</script>") == page.count("<script")
    assert page_data(page)["warnings"] == warnings
    assert 'id="gm-warnings-panel" hidden' in page  # the script shows it when there are any


def test_article_text_cannot_close_the_script(gazetteer: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_map(hostile_frame(gazetteer), path, title=PAYLOAD)
    page = path.read_text(encoding="utf-8")
    assert "window.__pwned=1</script>" not in page
    assert "<img src=x" not in page
    assert page.count("</script>") == page.count("<script")
    assert page_data(page)["title"] == PAYLOAD


def test_title_is_not_read_as_a_template(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_map(synthetic_frame(1), path, title="{{ 7*7 }} {% if true %}x{% endif %}")
    page = path.read_text(encoding="utf-8")
    assert "<title>{{ 7*7 }} {% if true %}x{% endif %}</title>" in page


def test_json_for_script_escapes_markup() -> None:
    assert _json_for_script("</script>&") == '"\\u003c/script\\u003e\\u0026"'


def test_basemap_is_small_and_draws_crimea_in_ukraine() -> None:
    from shapely.geometry import Point, shape

    text = basemap_geojson()
    assert len(text.encode("utf-8")) < 1_500_000
    countries = {f["properties"]["name"]: f for f in json.loads(text)["features"]}
    assert len(countries) > 200
    simferopol = Point(34.10, 44.95)
    assert shape(countries["Ukraine"]["geometry"]).contains(simferopol)
    assert not shape(countries["Russia"]["geometry"]).contains(simferopol)
    assert countries["Ukraine"]["properties"]["min_zoom"] > 0


def test_thousand_event_page_stays_small(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_map(synthetic_frame(1000), path)
    assert path.stat().st_size < 2_500_000


def test_run_index_escapes_titles(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_run_index([{"run_id": "r1", "title": PAYLOAD, "created": "2025-01-01T00:00:00Z",
                       "inputs": [{"path": "a.txt"}], "counts": {"documents": 1, "events": 2}}],
                     path)
    page = path.read_text(encoding="utf-8")
    assert 'href="r1/index.html"' in page and "<img src=x" not in page
