"""The map page as HTML: self-contained, and article text never becomes markup."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from geomap.events import extract_events
from geomap.frame import events_to_frame
from geomap.gazetteer import Gazetteer
from geomap.models import Document
from geomap.recognize import find_mentions
from geomap.render import _json_for_script, render_map, render_run_index

PAYLOAD = "</script><script>window.__pwned=1</script><img src=x onerror=alert(1)>`${alert(2)}`"


def hostile_frame(gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    from geomap.resolve import resolve

    text = f"Russian forces shelled Kharkiv {PAYLOAD} on Monday."
    doc = Document(id="x", text=text, title=PAYLOAD, url="javascript:alert(3)",
                   published=dt.date(2025, 1, 1), source=PAYLOAD)
    return events_to_frame(extract_events(doc, resolve(doc, find_mentions(doc, gazetteer),
                                                          gazetteer)))


def test_page_is_self_contained(gazetteer: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_map(hostile_frame(gazetteer), path, title="Test")
    page = path.read_text(encoding="utf-8")
    assert "L.circleMarker" in page and "leaflet" in page.lower()
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']https?://", page)
    assert "url(images/" not in page


def test_article_text_cannot_close_the_script(gazetteer: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_map(hostile_frame(gazetteer), path, title=PAYLOAD)
    page = path.read_text(encoding="utf-8")
    assert "window.__pwned=1</script>" not in page
    assert "<img src=x" not in page
    assert page.count("</script>") == page.count("<script")


def test_json_for_script_escapes_markup() -> None:
    assert _json_for_script("</script>&") == '"\\u003c/script\\u003e\\u0026"'


def test_run_index_escapes_titles(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_run_index([{"run_id": "r1", "title": PAYLOAD, "created": "2025-01-01T00:00:00Z",
                       "inputs": [{"path": "a.txt"}], "counts": {"documents": 1, "events": 2}}],
                     path)
    page = path.read_text(encoding="utf-8")
    assert 'href="r1/index.html"' in page and "<img src=x" not in page
