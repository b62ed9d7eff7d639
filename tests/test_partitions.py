"""Runs parsed a partition at a time: the layers do not depend on how the articles are cut,
which engine parses them, or what the cache holds."""

from __future__ import annotations

from pathlib import Path

import pytest

import geomap.partitions
from geomap.config import Config
from geomap.run import build_maps

from .conftest import EVENTS_CORPUS, SEEDS

LAYERS = ("events.geojson", "toponyms.geojson", "events.csv")


def _layers(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in LAYERS}


def test_the_cut_into_partitions_changes_nothing(gazetteer_path: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def run(out: str, **options: object) -> dict[str, bytes]:
        config = Config(inputs=(EVENTS_CORPUS, SEEDS), out=tmp_path / out,
                        gazetteer=gazetteer_path, run_id="r", **options)  # type: ignore[arg-type]
        return _layers(build_maps(config).path)

    whole = run("whole", cache_dir=None)
    monkeypatch.setattr(geomap.partitions, "PARTITION", 3)
    assert run("cut", cache_dir=None) == whole
    cache = tmp_path / "cache"
    assert run("filling", cache_dir=cache) == whole
    summary = build_maps(Config(inputs=(EVENTS_CORPUS, SEEDS), out=tmp_path / "cached",
                                gazetteer=gazetteer_path, run_id="r", cache_dir=cache))
    assert summary.counts["documents_from_cache"] == summary.counts["documents"]
    assert _layers(summary.path) == whole


def test_the_work_folder_is_made_when_needed_and_removed(tmp_path: Path) -> None:
    with geomap.partitions.work_folder(tmp_path / "cache") as folder:
        assert folder.parent == tmp_path / "cache" / "parts" and not folder.exists()
        geomap.partitions.make_partition_folder(folder)
        assert folder.is_dir()
    assert not folder.exists()


def test_a_run_that_reads_nothing_makes_no_folder(gazetteer_path: Path, tmp_path: Path) -> None:
    from geomap.cli import main

    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "maps"
    assert main(["-q", "run", str(tmp_path / "empty.txt"), "--out", str(out), "--gazetteer",
                 str(gazetteer_path)]) != 0  # the cache is on, in maps/.cache
    assert not out.exists()


def test_the_dask_engine_writes_the_local_bytes(gazetteer_path: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import pyogrio

    import geomap.outputs.mapdata

    monkeypatch.setattr(geomap.outputs.mapdata, "INLINE_EVENTS", 5)  # a large run's page
    monkeypatch.setattr(geomap.partitions, "PARTITION", 4)  # several partitions, chunks
    folders = []
    for engine in ("local", "dask"):
        config = Config(inputs=(EVENTS_CORPUS, SEEDS), out=tmp_path / engine,
                        gazetteer=gazetteer_path, run_id="r", cache_dir=None, engine=engine,
                        workers=2)  # type: ignore[arg-type]
        folders.append(build_maps(config).path)
    local, dask = folders
    assert _layers(local) == _layers(dask)
    scripts = sorted(p.name for p in (local / "index_files").iterdir())
    assert len(scripts) > 3 and "index.js" in scripts
    assert scripts == sorted(p.name for p in (dask / "index_files").iterdir())
    for name in scripts:
        assert (local / "index_files" / name).read_bytes() == \
            (dask / "index_files" / name).read_bytes(), name
    for layer in ("events", "toponyms"):
        a = pyogrio.read_dataframe(local / "events.gpkg", layer=layer)
        b = pyogrio.read_dataframe(dask / "events.gpkg", layer=layer)
        assert a.equals(b), layer


def test_a_run_detects_the_language_where_it_parses(gazetteer_path: Path, tmp_path: Path) -> None:
    import json

    from geomap.readers.read import iter_documents

    src = tmp_path / "in"
    src.mkdir()
    (src / "uk.txt").write_text("Російські війська обстріляли Харків у понеділок.\n",
                                encoding="utf-8")
    (src / "given.md").write_text("---\nlanguage: en-GB\n---\nShelling hit Kharkiv.\n",
                                  encoding="utf-8")
    read = {d.path.name: d.language for d in iter_documents([src], detect=False)}  # type: ignore[union-attr]
    assert read == {"uk.txt": None, "given.md": "en"}  # given: normalised; else left to parse
    summary = build_maps(Config(inputs=(src,), out=tmp_path / "maps", gazetteer=gazetteer_path))
    for layer in ("events.geojson", "toponyms.geojson"):
        features = json.loads((summary.path / layer).read_text(encoding="utf-8"))["features"]
        languages = {f["properties"]["document"].split(":")[0]: f["properties"]["language"]
                     for f in features}
        assert "uk" in languages.values() and set(languages.values()) <= {"uk", "en"}, layer


def test_a_run_says_how_many_articles_came_from_the_cache(
        gazetteer_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = Config(inputs=(SEEDS,), out=tmp_path / "maps", gazetteer=gazetteer_path,
                    cache_dir=tmp_path / "cache")
    with caplog.at_level("INFO", logger="geomap.run"):
        build_maps(config)
        build_maps(config)
    lines = [r.getMessage() for r in caplog.records if "from the cache" in r.getMessage()]
    assert lines == ["0 of 2 articles from the cache, 2 parsed",
                     "2 of 2 articles from the cache, 0 parsed"]
