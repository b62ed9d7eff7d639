"""Interrupted and concurrent runs never damage maps/: earlier runs, maps/latest and the index.

A run is killed (SIGKILL, SIGINT, SIGTERM) at random moments in a subprocess; in-process, it is
interrupted at each step of publishing; runs started at once must get folders of their own.
After each, every run folder that looks complete is complete and opens (run.json and
events.geojson parse, the GeoPackage opens with pyogrio), maps/latest is complete and every
earlier run is byte-identical to what it was.
"""

from __future__ import annotations

import json
import logging
import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyogrio
import pytest

import geomap.outputs.publish as publish_module
import geomap.run as run_module
from geomap.config import Config
from geomap.run import RUN_FILES, build_maps

from .conftest import EVENTS_CORPUS, SEEDS

KILL_BUDGET_SECONDS = 14.0


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def check_maps(out: Path, earlier: dict[str, dict[str, bytes]], note: str = "") -> set[str]:
    """Every visible run folder complete and readable, earlier runs unchanged, latest complete."""
    runs = set()
    for folder in out.iterdir():
        if folder.name.startswith(".") or folder.is_symlink() or not folder.is_dir():
            continue
        assert sorted(p.name for p in folder.iterdir()) == sorted(RUN_FILES), (note, folder)
        manifest = json.loads((folder / "run.json").read_text(encoding="utf-8"))
        assert manifest["run_id"] == folder.name, note
        json.loads((folder / "events.geojson").read_text(encoding="utf-8"))
        layers = {name for name, _ in pyogrio.list_layers(folder / "events.gpkg")}
        assert {"events", "toponyms"} <= layers, note
        runs.add(folder.name)
    for name, files in earlier.items():
        assert snapshot(out / name) == files, f"{note}: earlier run {name} changed"
    if earlier:
        latest = out / "latest"
        assert latest.is_symlink() and os.readlink(latest) in runs, note
        assert (out / "index.html").is_file(), note
    return runs


def test_runs_killed_at_random_moments_damage_nothing(gazetteer_path: Path,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "maps"
    command = [sys.executable, "-m", "geomap", "-q", "run", str(EVENTS_CORPUS), "--out", str(out),
               "--gazetteer", str(gazetteer_path)]
    started = time.monotonic()
    subprocess.run(command, check=True, timeout=120, capture_output=True)
    full = time.monotonic() - started
    earlier = {name: snapshot(out / name) for name in check_maps(out, {})}
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    kills = 0
    signals = (signal.SIGKILL, signal.SIGINT, signal.SIGTERM)
    while time.monotonic() - started < KILL_BUDGET_SECONDS or kills < 6:
        sig = signals[kills % len(signals)]
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if kills % 2:  # somewhere in the whole run, imports included
            time.sleep(rng.uniform(0, full))
        else:  # once its temporary folder is there: while it writes, publishes or ends
            mine, begun = f".partial-{proc.pid}-", time.monotonic()
            while (not any(mine in p.name for p in out.iterdir()) and proc.poll() is None
                   and time.monotonic() - begun < 2 * full):
                time.sleep(0.005)
            time.sleep(rng.uniform(0, max(0.2, full - (time.monotonic() - begun))))
        proc.send_signal(sig)
        proc.wait(timeout=60)
        kills += 1
        note = f"seed {seed}, kill {kills} ({sig.name}, exit {proc.returncode})"
        for name in check_maps(out, earlier, note) - earlier.keys():
            earlier[name] = snapshot(out / name)  # finished before the signal: now an earlier run
        if kills >= 30:
            break
    subprocess.run(command, check=True, timeout=120, capture_output=True)
    runs = check_maps(out, earlier, f"seed {seed}, after the last run")
    assert not [p.name for p in out.iterdir() if ".partial-" in p.name]  # stale ones removed
    listed = (out / "index.html").read_text(encoding="utf-8")
    assert all(f"{name}/index.html" in listed for name in runs)
    print(f"{kills} kills in {time.monotonic() - started:.1f} s, {len(runs)} runs intact")


def test_runs_started_at_once_get_folders_of_their_own(gazetteer_path: Path,
                                                       tmp_path: Path) -> None:
    """Three runs with one run id at once; each process has its own hash seed, and the layers
    must still be byte-identical (set and dict order never reach the files)."""
    out = tmp_path / "maps"
    command = [sys.executable, "-m", "geomap", "-q", "run", str(EVENTS_CORPUS), str(SEEDS),
               "--out", str(out), "--gazetteer", str(gazetteer_path), "--run-id", "same"]
    procs = [subprocess.Popen(command, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)})
             for seed in (1, 2, 3)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    runs = check_maps(out, {})
    assert runs == {"same", "same-2", "same-3"}
    assert os.readlink(out / "latest") in runs
    listed = (out / "index.html").read_text(encoding="utf-8")
    assert all(f"{name}/index.html" in listed for name in runs)
    for name in ("events.geojson", "events.csv", "toponyms.geojson"):
        assert len({(out / run / name).read_bytes() for run in runs}) == 1, name


@pytest.mark.parametrize("step", ["_write_layers", "_write_json", "rename", "_point_latest",
                                  "_write_run_index", "render_run_index"])
def test_a_run_interrupted_at_any_step_leaves_maps_intact(
        gazetteer_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    out = tmp_path / "maps"
    build_maps(Config(inputs=(SEEDS,), out=out, gazetteer=gazetteer_path, run_id="good"))
    earlier = {"good": snapshot(out / "good")}
    index = (out / "index.html").read_bytes()

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    if step == "rename":
        monkeypatch.setattr(publish_module.os, "rename", interrupt)
    elif step == "render_run_index":
        import geomap.outputs.page

        monkeypatch.setattr(geomap.outputs.page, "render_run_index", interrupt)
    else:
        module = run_module if hasattr(run_module, step) else publish_module
        monkeypatch.setattr(module, step, interrupt)
    with pytest.raises(KeyboardInterrupt):
        build_maps(Config(inputs=(SEEDS,), out=out, gazetteer=gazetteer_path, run_id="next"))
    monkeypatch.undo()
    runs = check_maps(out, earlier, step)
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # nothing left over
    published = step in ("_point_latest", "_write_run_index", "render_run_index")
    assert runs == ({"good", "next"} if published else {"good"})
    assert os.readlink(out / "latest") == ("next" if step != "_point_latest" and published
                                           else "good")
    if not published or step == "_point_latest":
        assert (out / "index.html").read_bytes() == index
    build_maps(Config(inputs=(SEEDS,), out=out, gazetteer=gazetteer_path, run_id="after"))
    runs = check_maps(out, earlier, step)
    listed = (out / "index.html").read_text(encoding="utf-8")
    assert all(f"{name}/index.html" in listed for name in runs)


def test_a_name_taken_before_the_rename_is_never_overwritten(
        gazetteer_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the lock (another host, a file system without locks) the rename still refuses."""
    out = tmp_path / "maps"
    real = publish_module._write_json

    def race(path: Path, value: object) -> None:
        taken = out / "r"
        if not taken.exists():  # another run publishes "r" between our check and our rename
            taken.mkdir()
            (taken / "theirs.txt").write_text("theirs")
        real(path, value)

    monkeypatch.setattr(publish_module, "_write_json", race)
    summary = build_maps(Config(inputs=(SEEDS,), out=out, gazetteer=gazetteer_path, run_id="r"))
    assert summary.path == out / "r-2"
    assert [p.name for p in (out / "r").iterdir()] == ["theirs.txt"]
    assert json.loads((out / "r-2" / "run.json").read_text())["run_id"] == "r-2"
    assert os.readlink(out / "latest") == "r-2"


def test_what_dead_runs_left_is_removed(gazetteer_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "maps"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = socket.gethostname()
    alive = os.getppid()
    stale = [f".20250101-000000.partial-{dead.pid}-0a1b2c3d@{host}",
             f".old.partial-{dead.pid}", f".index.html.{dead.pid}-0a1b2c3d@{host}"]
    kept = [f".x.partial-{alive}-0a1b2c3d@{host}", f".y.partial-{dead.pid}-0a1b2c3d@other-host",
            ".partial-notes", "notes.partial-1"]
    for name in stale[:2] + kept[:2]:
        (out / name).mkdir()
        (out / name / "events.geojson").write_text("{")
    (out / stale[2]).write_text("<html>")
    os.symlink("nowhere", out / f".latest.{dead.pid}-0a1b2c3d@{host}")
    stale.append(f".latest.{dead.pid}-0a1b2c3d@{host}")
    for name in kept[2:]:
        (out / name).write_text("not ours")
    build_maps(Config(inputs=(SEEDS,), out=out, gazetteer=gazetteer_path, run_id="r"))
    names = {p.name for p in out.iterdir()}
    assert not names & set(stale)
    assert set(kept) <= names


def test_temporary_names_are_unique() -> None:
    owners = {publish_module.owner() for _ in range(1000)}
    assert len(owners) == 1000
    assert all(o.startswith(f"{os.getpid()}-") and o.endswith(f"@{socket.gethostname()}")
               for o in owners)


def test_a_malformed_earlier_manifest_is_left_out_of_the_index(
        gazetteer_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)  # whatever level the session left the root logger at
    out = tmp_path / "maps"
    for name, text in (("list", "[]"), ("counts", '{"counts": "x"}'), ("broken", "{"),
                       ("inputs", '{"inputs": [1], "counts": {}}')):
        (out / name).mkdir(parents=True)
        (out / name / "run.json").write_text(text)
    build_maps(Config(inputs=(SEEDS,), out=out, gazetteer=gazetteer_path, run_id="good"))
    listed = (out / "index.html").read_text(encoding="utf-8")
    assert "good/index.html" in listed and "list/index.html" not in listed
    assert caplog.text.count("unreadable run manifest") == 4
