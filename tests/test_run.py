"""A whole run: the run folder, its manifest, maps/latest and atomicity."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyogrio
import pytest

import geomap.run as run_module
from geomap.config import Config
from geomap.errors import GazetteerMissingError, RunError
from geomap.outputs.frame import EVENT_COLUMNS
from geomap.run import RUN_FILES, build_maps

from .conftest import SEEDS


def config(gazetteer_path: Path, out: Path, *inputs: Path, run_id: str | None = None) -> Config:
    return Config(inputs=inputs or (SEEDS,), out=out, gazetteer=gazetteer_path, run_id=run_id)


def test_seed_run_writes_every_file(gazetteer_path: Path, tmp_path: Path) -> None:
    summary = build_maps(config(gazetteer_path, tmp_path / "maps", run_id="first"))
    folder = tmp_path / "maps" / "first"
    assert summary.path == folder
    assert sorted(p.name for p in folder.iterdir()) == sorted(RUN_FILES)
    assert os.readlink(tmp_path / "maps" / "latest") == "first"
    manifest = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["documents"] == 2 and manifest["counts"]["events"] > 0
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])
    assert manifest["gazetteer"]["version"] and manifest["gazetteer"]["bytes"] > 1_000_000
    assert set(manifest["timings_seconds"]) >= {"read", "geoparse", "write", "total"}
    events = pyogrio.read_dataframe(folder / "events.gpkg", layer="events")
    assert tuple(c for c in events.columns if c != "geometry") == EVENT_COLUMNS
    assert set(events["country_code"]) == {"UA"}
    assert "Pokrovsk" in set(events["place"])
    index = (tmp_path / "maps" / "index.html").read_text(encoding="utf-8")
    assert 'href="first/index.html"' in index


def test_second_run_moves_latest_and_keeps_the_first(gazetteer_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "maps"
    build_maps(config(gazetteer_path, out, run_id="r"))
    build_maps(config(gazetteer_path, out, run_id="r"))
    assert (out / "r" / "run.json").is_file() and (out / "r-2" / "run.json").is_file()
    assert os.readlink(out / "latest") == "r-2"
    first, second = (json.loads((out / name / "events.geojson").read_text(encoding="utf-8"))
                     for name in ("r", "r-2"))
    assert {f["properties"].pop("status") for f in first["features"]} == {"new"}
    assert {f["properties"].pop("status") for f in second["features"]} == {"same"}
    assert first == second  # deterministic, but for what changed since the previous run


def test_a_failing_run_leaves_earlier_runs_and_latest_untouched(
        gazetteer_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "maps"
    build_maps(config(gazetteer_path, out, run_id="good"))
    before = {p.name: p.read_bytes() for p in (out / "good").iterdir()}
    index_before = (out / "index.html").read_bytes()

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(run_module, "_write_layers", explode)
    with pytest.raises(OSError, match="disk full"):
        build_maps(config(gazetteer_path, out, run_id="bad"))
    assert sorted(p.name for p in out.iterdir()) == ["good", "index.html", "latest"]
    assert os.readlink(out / "latest") == "good"
    assert {p.name: p.read_bytes() for p in (out / "good").iterdir()} == before
    assert (out / "index.html").read_bytes() == index_before


def test_bad_files_are_warnings_and_the_rest_maps(gazetteer_path: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Shelling\n\nRussian forces shelled Kharkiv.\n")
    (inputs / "empty.txt").write_text("")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02")
    summary = build_maps(config(gazetteer_path, tmp_path / "maps", inputs))
    assert summary.counts["documents"] == 1 and summary.counts["events"] == 1
    assert len(summary.warnings) == 2
    assert any("empty.txt: empty file" in w for w in summary.warnings)
    manifest = json.loads((summary.path / "run.json").read_text())
    assert manifest["warnings"] == list(summary.warnings)


def test_nothing_readable_is_an_error_and_writes_nothing(gazetteer_path: Path,
                                                         tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    with pytest.raises(RunError, match="no article could be read"):
        build_maps(config(gazetteer_path, tmp_path / "maps", bad))
    assert not (tmp_path / "maps").exists()


def test_missing_gazetteer(tmp_path: Path) -> None:
    with pytest.raises(GazetteerMissingError):
        build_maps(config(tmp_path / "none.sqlite", tmp_path / "maps"))


def test_run_ids_that_would_escape_the_folder_are_refused(gazetteer_path: Path,
                                                          tmp_path: Path) -> None:
    for bad in ("../x", ".hidden", "latest"):
        with pytest.raises(RunError, match="invalid run id"):
            build_maps(config(gazetteer_path, tmp_path / "maps", run_id=bad))


def test_the_same_event_in_two_articles_is_one_feature(gazetteer_path: Path,
                                                       tmp_path: Path) -> None:
    corpus = Path(__file__).parent / "data" / "events"
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a01_kharkiv_strike.md", "a02_kharkov_strike_second_source.md"):
        (inputs / name).write_bytes((corpus / name).read_bytes())
    summary = build_maps(config(gazetteer_path, tmp_path / "maps", inputs))
    features = json.loads((summary.path / "events.geojson").read_text())["features"]
    strikes = [f["properties"] for f in features if f["properties"]["place"] == "Kharkiv"
               and f["properties"]["date"] == "2025-03-09"]
    assert len(strikes) == 1
    assert strikes[0]["mentions"] == 2
    assert strikes[0]["sources"].startswith("Example Wire; ")
    assert "Northern Dispatch" in strikes[0]["sources"] and "UNIAN" in strikes[0]["sources"]
    manifest = json.loads((summary.path / "run.json").read_text())
    [group] = [g for g in manifest["merges"]["groups"] if g["place"] == "Kharkiv"]
    assert [r["document"] for r in group["reports"]] == [
        "a01_kharkiv_strike", "a02_kharkov_strike_second_source"]
    assert manifest["counts"]["merged_reports"] >= 2


def test_the_run_index_reads_a_large_manifest_up_to_its_long_lists(
        gazetteer_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import geomap.outputs.publish as publish

    out = tmp_path / "maps"
    build_maps(config(gazetteer_path, out, run_id="first"))
    manifest = json.loads((out / "first" / "run.json").read_text(encoding="utf-8"))
    assert list(manifest)[-3:] == ["merges", "changes", "attribution"]  # the long lists last
    monkeypatch.setattr(publish, "_LARGE_MANIFEST", 100)  # every manifest counts as large
    head = publish._read_manifest(out / "first" / "run.json")
    assert head is not None and "merges" not in head
    assert {k: v for k, v in manifest.items() if k in head} == head
    assert head["counts"] == manifest["counts"] and head["run_id"] == "first"
    build_maps(config(gazetteer_path, out, run_id="second"))
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="first/index.html"' in index and 'href="second/index.html"' in index
