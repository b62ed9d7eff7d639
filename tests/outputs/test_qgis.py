"""The GeoPackage in QGIS itself (Debian's python3-qgis, offscreen): its style, and each dated
event in the Temporal Controller's frame of its own day, not the day before."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from geomap.config import Config
from geomap.run import build_maps

from ..conftest import EVENTS_CORPUS, SEEDS

SYSTEM_PYTHON = "/usr/bin/python3"
CHECK = Path(__file__).with_name("qgis_check.py")


def _qgis() -> bool:
    try:
        done = subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.core"], capture_output=True,
                              timeout=120, check=False, env={**os.environ,
                                                             "QT_QPA_PLATFORM": "offscreen"})
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


pytestmark = pytest.mark.skipif(not _qgis(), reason="QGIS (Debian's python3-qgis) is not "
                                                    "installed: the QGIS check is skipped")


def test_qgis_reads_the_style_and_shows_each_event_on_its_day(gazetteer_path: Path,
                                                               tmp_path: Path) -> None:
    run = build_maps(Config(inputs=(SEEDS, EVENTS_CORPUS), out=tmp_path / "maps",
                            gazetteer=gazetteer_path)).path
    done = subprocess.run([SYSTEM_PYTHON, str(CHECK), str(run / "events.gpkg")],
                          capture_output=True, text=True, timeout=300, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=tmp_path)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["valid"] and result["style"]
    assert (result["renderer"], result["inner"], result["field"]) == (
        "pointDisplacement", "categorizedSymbol", "event_type")  # events at one point spread
    assert (result["labels"], result["label_field"]) == (True, "place")
    assert result["temporal"] and result["mode"] == 4  # start and end from expressions
    assert len(result["days"]) > 10
    for day in result["days"]:  # a dated event is shown on its days, and only on them
        assert (day["on_its_first_day"], day["on_its_last_day"], day["day_before"],
                day["day_after"]) == (True, True, False, False), day
