"""The starter project of `geomap init`, and the named `make maps`, driven end to end twice."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.errors import GeomapError
from geomap.project import FILES, init_project

from .conftest import REPO

ARTICLE = "Russian artillery shelled Kharkiv on Monday, killing two civilians.\n"
needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="no make on this machine")


def test_init_writes_a_project_and_overwrites_nothing(tmp_path: Path) -> None:
    written = init_project(tmp_path / "p")
    assert sorted(p.relative_to(tmp_path / "p").as_posix() for p in written) == sorted(FILES)
    assert len((tmp_path / "p" / "README.md").read_text(encoding="utf-8").splitlines()) == 5
    (tmp_path / "p" / "README.md").write_text("mine\n", encoding="utf-8")
    with pytest.raises(GeomapError, match=r"exist already: Makefile, overrides\.tsv, README\.md"):
        init_project(tmp_path / "p")
    assert (tmp_path / "p" / "README.md").read_text(encoding="utf-8") == "mine\n"


def _make(folder: Path, *args: str) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["make", "-C", str(folder), *args], capture_output=True, text=True,
                          env=env, check=False, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


@needs_make
@pytest.mark.slow
def test_the_starter_makefile_maps_each_collection_once(gazetteer_path: Path,
                                                         tmp_path: Path) -> None:
    project = tmp_path / "p"
    init_project(project)
    (project / "articles" / "front").mkdir()
    (project / "articles" / "front" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    store = project / ".geomap" / "geomap.sqlite"  # the packaged store, as `make` would build it
    store.parent.mkdir()
    shutil.copyfile(gazetteer_path, store)
    first = _make(project, "-j2")
    assert "run articles/example" in first and "run articles/front" in first
    for name in ("example", "front"):
        assert (project / "maps" / name / "latest" / "events.geojson").is_file()
    assert "Nothing to be done" in _make(project)
    (project / "articles" / "front" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    again = _make(project)
    assert "run articles/front" in again and "articles/example" not in again


@needs_make
@pytest.mark.slow
def test_make_maps_of_a_named_collection_runs_once(tmp_path: Path) -> None:
    articles = tmp_path / "pokrovsk"
    articles.mkdir()
    (articles / "a.txt").write_text(ARTICLE, encoding="utf-8")
    options = [f"ARTICLES={articles}", "NAME=pokrovsk", f"OUT={tmp_path / 'maps'}"]
    _make(REPO, "maps", *options)
    assert (tmp_path / "maps" / "pokrovsk" / "latest" / "index.html").is_file()
    assert "Nothing to be done" in _make(REPO, "maps", *options)
