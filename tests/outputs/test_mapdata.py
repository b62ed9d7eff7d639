"""The map's events: inline in a small run's page, an index and chunk scripts in a large one."""

from __future__ import annotations

import base64
import json
import re
from array import array
from pathlib import Path
from typing import Any

import pytest

from geomap.outputs.mapdata import CHUNK_FOLDER, MapData
from geomap.outputs.records import EVENT_COLUMNS, MAP_COLUMNS


def batch(count: int, start: int = 0) -> dict[str, list[Any]]:
    values: dict[str, list[Any]] = {c: [None] * count for c in EVENT_COLUMNS}
    values["event_id"] = [f"e{start + n}" for n in range(count)]
    values["place"] = [f"Town {(start + n) % 7}" for n in range(count)]
    values["event_type"] = ["Battles" if n % 3 else "Protests" for n in range(count)]
    values["date"] = [None if (start + n) % 5 == 0 else f"2025-01-{1 + (start + n) % 28:02d}"
                      for n in range(count)]
    values["mentions"] = [1 + n % 4 for n in range(count)]
    values["confidence"] = [0.5] * count
    values["language"] = ["en" if n % 2 else "uk" for n in range(count)]
    values["lon"] = [30.0 + n / 1000 for n in range(count)]
    values["lat"] = [50.0 - n / 1000 for n in range(count)]
    return values


def decoded(text: str, code: str) -> list[Any]:
    return list(array(code, base64.b64decode(text)))


def test_a_small_run_is_carried_inline(tmp_path: Path) -> None:
    data = MapData(tmp_path, inline=10)
    data.add(batch(10))
    table = data.table()
    assert not data.large and len(table["rows"]) == 10
    assert table["fields"] == [*MAP_COLUMNS, "lat", "lon"]
    assert table["rows"][3][0] == "e3" and table["rows"][3][-2:] == [49.997, 30.003]
    assert not (tmp_path / CHUNK_FOLDER).exists()


def index_of(folder: Path) -> dict[str, Any]:
    text = (folder / CHUNK_FOLDER / "index.js").read_text(encoding="ascii")
    match = re.fullmatch(r"geomapIndex\((.*)\);\n", text, re.DOTALL)
    assert match is not None
    index: dict[str, Any] = json.loads(match.group(1))
    return index


def test_a_large_run_gets_an_index_and_chunk_scripts(tmp_path: Path) -> None:
    data = MapData(tmp_path, inline=10)
    total = 1250
    for start in range(0, total, 400):
        data.add(batch(min(400, total - start), start))
    table = data.table()
    assert data.large and table["rows"] == []
    assert table["large"] == {"script": f"{CHUNK_FOLDER}/index.js", "n": total}
    index = index_of(tmp_path)
    assert index["n"] == total and index["starts"] == [0, 400, 800, 1200]
    chunks = sorted(tmp_path.joinpath(CHUNK_FOLDER).glob("events-*.js"))
    assert [p.name for p in chunks] == [f"events-{k:05d}.js" for k in range(4)]
    rows = []
    for k, path in enumerate(chunks):
        match = re.fullmatch(rf"geomapChunk\({k},(.*)\);\n", path.read_text(encoding="ascii"),
                             re.DOTALL)
        assert match is not None
        rows += json.loads(match.group(1))
    assert [r[0] for r in rows] == [f"e{n}" for n in range(total)]  # the index's order
    assert len(rows[0]) == len(table["fields"])
    places = index["places"]
    assert [places[p] for p in decoded(index["place"], "I")][:8] == [
        f"Town {n % 7}" for n in range(8)]
    days = decoded(index["day"], "i")
    assert days[0] == -(2**31) and days[1] == 20_090  # undated; 2025-01-02
    newest = decoded(index["newest"], "I")
    dated = [days[i] for i in newest if days[i] != -(2**31)]
    assert dated == sorted(dated, reverse=True) and days[newest[-1]] == -(2**31)
    assert sorted(newest) == list(range(total))
    assert index["types"] == ["Protests", "Battles"]
    assert decoded(index["mentions"], "H")[:4] == [1, 2, 3, 4]
    assert decoded(index["lat"], "f")[0] == 50.0


def test_the_index_is_written_in_blocks_that_join(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    data = MapData(tmp_path, inline=0)
    data.add(batch(700))
    data.table()
    whole = index_of(tmp_path)
    import geomap.outputs.mapdata as module

    monkeypatch.setattr(module, "_B64_BLOCK", 21)  # many blocks
    other = tmp_path / "other"
    other.mkdir()
    data = MapData(other, inline=0)
    data.add(batch(700))
    data.table()
    assert index_of(other) == whole
