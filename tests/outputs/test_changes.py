"""What changed since the previous run of a collection, and `geomap diff`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyogrio
import pytest

from geomap.cli import main
from geomap.config import Config
from geomap.outputs.changes import compare
from geomap.run import build_maps

KHARKIV = "Russian artillery shelled Kharkiv on Monday, killing two civilians.\n"
ODESA = "Drones struck Odesa overnight, the governor said.\n"


def test_statuses_by_event_id() -> None:
    before = {"a": {"event_id": "a", "place": "Kharkiv", "fatalities": 2},
              "b": {"event_id": "b", "place": "Odesa", "fatalities": None},
              "c": {"event_id": "c", "place": "Sumy"}}
    now = [{"event_id": "a", "place": "Kharkiv", "fatalities": 2},
           {"event_id": "b", "place": "Odesa", "fatalities": 3},
           {"event_id": "d", "place": "Lviv"}]
    changes = compare(now, before, "r1")
    assert changes.status == {"a": "same", "b": "changed", "d": "new"}
    assert changes.differences == {"b": {"fatalities": (None, 3)}}
    assert changes.manifest() == {"previous": "r1", "new": ["d"], "changed": ["b"],
                                  "gone": ["c"]}


def test_a_collection_run_again_says_what_is_new(gazetteer_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "kharkiv.txt").write_text(KHARKIV, encoding="utf-8")
    out = tmp_path / "maps"
    config = Config(inputs=(articles,), out=out, gazetteer=gazetteer_path, run_id="first")
    first = build_maps(config).path
    manifest = json.loads((first / "run.json").read_text(encoding="utf-8"))
    assert manifest["changes"]["previous"] is None and len(manifest["changes"]["new"]) == 1
    (articles / "odesa.txt").write_text(ODESA, encoding="utf-8")
    second = build_maps(Config(inputs=(articles,), out=out, gazetteer=gazetteer_path,
                               run_id="second")).path
    manifest = json.loads((second / "run.json").read_text(encoding="utf-8"))
    changes = manifest["changes"]
    assert (changes["previous"], len(changes["new"]), changes["changed"], changes["gone"]) == (
        "first", 1, [], [])
    layer = json.loads((second / "events.geojson").read_text(encoding="utf-8"))["features"]
    status = {f["properties"]["place"]: f["properties"]["status"] for f in layer}
    assert status == {"Kharkiv": "same", "Odesa": "new"}
    with (second / "events.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert sorted(row["status"] for row in csv.DictReader(fh)) == ["new", "same"]
    frame = pyogrio.read_dataframe(second / "events.gpkg", layer="events")
    assert sorted(frame["status"]) == ["new", "same"]
    page = (second / "index.html").read_text(encoding="utf-8")
    assert '"previous":"first"' in page and 'id="gm-new-only"' in page
    assert main(["diff", str(first), str(second)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("new\t") and "\tOdesa\t" in lines[0]
    assert lines[-1] == "1 new, 0 changed, 0 gone, 1 the same (since first)"


def test_diff_of_a_folder_that_is_no_run(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(tmp_path), str(tmp_path)]) == 2
    assert "not a geomap run" in capsys.readouterr().err


def test_statuses_are_read_while_the_run_records_others(gazetteer_path: Path,
                                                        tmp_path: Path) -> None:
    from geomap.outputs.changes import Tracker, statuses

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(KHARKIV + ODESA, encoding="utf-8")
    out = tmp_path / "maps"
    build_maps(Config(inputs=(src,), out=out, gazetteer=gazetteer_path, run_id="first"))
    layer = json.loads((out / "first" / "events.geojson").read_text(encoding="utf-8"))
    events = [f["properties"] for f in layer["features"]]
    tracker = Tracker(out / "latest", tmp_path / "changes.sqlite")
    assert tracker.previous == "first"
    # the run's connection holds a write open, large enough to take the whole file's lock
    many = [f"z{n:08d}" for n in range(200_000)]
    tracker.record(["x", *many], ["new"] * (len(many) + 1))
    batch = {c: [e[c] for e in events] for c in events[0]}
    batch["event_id"].append("y")
    for column, values in batch.items():
        if column != "event_id":
            values.append(None)
    batch["fatalities"][0] = 99  # one event changed
    assert statuses(tracker.path, batch) == ["changed", *["same"] * (len(events) - 1), "new"]
    tracker.record([e["event_id"] for e in events[1:]], ["same"] * (len(events) - 1))
    manifest = tracker.manifest()
    assert list(manifest["new"].items()) == ["x", *many]
    assert list(manifest["gone"].items()) == [events[0]["event_id"]]
    tracker.close()
