"""The command line, run in-process."""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from geomap.cli import _parser, main

from .conftest import REPO, SEEDS


def test_run_maps_the_seeds(gazetteer_path: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", str(SEEDS), "--out", str(tmp_path), "--gazetteer", str(gazetteer_path),
                 "--run-id", "cli"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith(f"{tmp_path / 'cli'}: ") and "from 2 articles (0 warnings)" in out
    assert (tmp_path / "latest" / "events.geojson").is_file()


def test_quiet_prints_nothing_when_all_goes_well(gazetteer_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["-q", "run", str(SEEDS), "--out", str(tmp_path), "--gazetteer",
                 str(gazetteer_path), "--run-id", "quiet"])
    captured = capsys.readouterr()
    assert code == 0 and captured.out == "" and captured.err == ""
    assert (tmp_path / "quiet" / "events.geojson").is_file()


def test_run_with_a_bad_file_exits_2_and_maps_the_rest(
        gazetteer_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00garbage")
    code = main(["run", str(SEEDS), str(bad), "--out", str(tmp_path / "maps"),
                 "--gazetteer", str(gazetteer_path)])
    captured = capsys.readouterr()
    assert code == 2
    assert f"{bad}: binary file" in captured.err
    assert "(1 warnings)" in captured.out
    assert (tmp_path / "maps" / "latest" / "index.html").is_file()


def test_a_full_disk_is_one_line_and_exit_1(gazetteer_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import geomap.outputs.stream

    out = tmp_path / "maps"
    assert main(["run", str(SEEDS), "--out", str(out), "--gazetteer", str(gazetteer_path),
                 "--run-id", "first"]) == 0
    before = sorted(p.name for p in (out / "first").iterdir())

    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(geomap.outputs.stream, "write_csv_rows", full)
    capsys.readouterr()
    code = main(["run", str(SEEDS), "--out", str(out), "--gazetteer", str(gazetteer_path),
                 "--run-id", "second"])
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert code == 1
    assert errors == [f"geomap: error: run second: its files could not be written in {out} (No "
                      "space left on device); earlier runs are untouched"]
    assert sorted(p.name for p in (out / "first").iterdir()) == before
    assert not (out / "second").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".second")]


def test_run_with_nothing_readable_exits_2(gazetteer_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("")
    code = main(["run", str(empty), "--out", str(tmp_path / "maps"),
                 "--gazetteer", str(gazetteer_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{empty}: empty file" in err and "geomap: error: no article could be read" in err


def _capture_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Any]:
    """Replace the run by one that records its Config and writes nothing."""
    import geomap.run

    configs: list[Any] = []

    def fake(config: Any, *, strict: bool = False) -> geomap.run.RunSummary:
        configs.append(config)
        return geomap.run.RunSummary(tmp_path / "r", {"events": 0, "toponyms": 0,
                                                      "documents": 1, "warnings": 0})

    monkeypatch.setattr(geomap.run, "build_maps", fake)
    return configs


def test_workers_with_a_scheduler_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    configs = _capture_run(monkeypatch, tmp_path)
    common = ["run", str(SEEDS), "--out", str(tmp_path), "--gazetteer", str(tmp_path / "g")]
    assert main([*common, "--scheduler", "tcp://10.0.0.5:8786", "--workers", "4"]) == 0
    err = capsys.readouterr().err
    assert "geomap: --workers 4 is ignored with --scheduler" in err
    assert "tcp://10.0.0.5:8786" in err
    assert (configs[0].engine, configs[0].scheduler, configs[0].workers) == \
        ("dask", "tcp://10.0.0.5:8786", None)
    assert main([*common, "--engine", "dask", "--workers", "4"]) == 0  # local dask: used
    assert "ignored" not in capsys.readouterr().err and configs[1].workers == 4
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    assert "ignored, with a warning, with --scheduler" in " ".join(capsys.readouterr().out.split())


class _Collect(logging.Handler):
    """A handler that keeps the records it is given."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_quiet_configures_only_the_geomap_logger(
        gazetteer_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, other, ours = (logging.getLogger(), logging.getLogger("someapp"),
                         logging.getLogger("geomap"))
    handler = _Collect()
    before = (root.level, list(root.handlers), other.level, ours.level, ours.propagate,
              list(ours.handlers))
    root.addHandler(handler)
    try:
        bad = tmp_path / "broken.txt"
        bad.write_bytes(b"\xff\xfe\x00\x00garbage")
        code = main(["-q", "run", str(SEEDS), str(bad), "--out", str(tmp_path / "maps"),
                     "--gazetteer", str(gazetteer_path)])
        assert code == 2
        assert "binary file" not in capsys.readouterr().err  # -q: the warning is not printed
        other.warning("still heard")
        assert [r.getMessage() for r in handler.records] == ["still heard"]
        root.removeHandler(handler)
        after = (root.level, list(root.handlers), other.level, ours.level, ours.propagate,
                 list(ours.handlers))
        assert after == before  # nothing of the caller's logging changed
    finally:
        root.removeHandler(handler)


def test_missing_gazetteer_is_a_clear_error(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", str(SEEDS), "--out", str(tmp_path), "--gazetteer",
                 str(tmp_path / "none.sqlite")])
    assert code == 2
    assert "no gazetteer store; build it with `make gazetteer`" in capsys.readouterr().err


def test_geoparse_writes_the_scorer_format(gazetteer_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    text = "Fighting near Pokrovsk. Moscow's claim was rejected in Kyiv."
    src.write_text(json.dumps({"id": "a", "text": text}) + "\n" + "{bad json\n")
    out = tmp_path / "out.jsonl"
    code = main(["geoparse", str(src), "-o", str(out), "--gazetteer", str(gazetteer_path)])
    assert code == 2  # the broken line is reported
    assert f"{src}:2: not valid JSON" in capsys.readouterr().err
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["id"] == "a"
    keys = {"start", "end", "name", "lat", "lon", "geonameid", "role", "score", "feature_code",
            "country_code"}
    for toponym in record["toponyms"]:
        assert set(toponym) == keys
        assert text[toponym["start"]:toponym["end"]] == toponym["name"]
    roles = {t["name"]: t["role"] for t in record["toponyms"]}
    assert roles == {"Pokrovsk": "location", "Moscow": "actor", "Kyiv": "location"}


def test_geoparse_with_an_area_of_interest(gazetteer_path: Path, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Shelling hit Pokrovsk overnight."}) + "\n")
    countries = {}
    for extra in ([], ["--bias-country", "ru"], ["--bias-bbox", "100,55,150,75"]):
        out = tmp_path / "out.jsonl"
        assert main(["geoparse", str(src), "-o", str(out), "--gazetteer", str(gazetteer_path),
                     *extra]) == 0
        [record] = [json.loads(line) for line in out.read_text().splitlines()]
        countries[" ".join(extra)] = record["toponyms"][0]["country_code"]
    assert countries == {"": "UA", "--bias-country ru": "RU", "--bias-bbox 100,55,150,75": "RU"}


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--bias-country", "Ukraine"], "ISO 3166-1 alpha-2"),
        (["--bias-bbox", "30,50,20"], "four numbers"),
        (["--bias-bbox", "30,50,20,40"], "south below north"),
    ],
)
def test_bad_bias_options_are_clear_errors(option: list[str], message: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["geoparse", "in.jsonl", *option])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_run_records_its_area_of_interest(gazetteer_path: Path, tmp_path: Path) -> None:
    assert main(["run", str(SEEDS), "--out", str(tmp_path), "--gazetteer", str(gazetteer_path),
                 "--bias-country", "UA,MD", "--no-cache", "-q"]) == 0
    manifest = json.loads((tmp_path / "latest" / "run.json").read_text())
    assert manifest["bias"] == "countries=MD,UA"


def test_gazetteer_info_and_lookup(gazetteer_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "info", "--gazetteer", str(gazetteer_path)]) == 0
    out = capsys.readouterr().out
    assert "version: " in out and "schema: " in out and "places: " in out
    assert main(["gazetteer", "lookup", "Mirnograd", "--gazetteer", str(gazetteer_path)]) == 0
    assert "710035\tMyrnohrad\tP.PPLA2\tUA" in capsys.readouterr().out
    assert main(["gazetteer", "lookup", "Qwxzlandia", "--gazetteer", str(gazetteer_path)]) == 1


def test_gazetteer_build_writes_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import geomap.gazetteer.build as gb

    calls = []
    monkeypatch.setattr(gb, "build", lambda path, **kw: calls.append(path) or {
        "places": "1", "names": "2", "version": "1+x", "build_seconds": "0.1"})
    assert main(["gazetteer", "build", "--gazetteer", str(tmp_path / "g.sqlite")]) == 0
    assert calls == [tmp_path / "g.sqlite"]
    assert "1 places, 2 names" in capsys.readouterr().out


def test_no_command_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: geomap" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("geomap ")


def _commands(parser: argparse.ArgumentParser, prefix: str = "geomap") -> dict[str, str]:
    found: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                found[f"{prefix} {name}"] = helps.get(name, "")
                found.update(_commands(sub, f"{prefix} {name}"))
    return found


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = _commands(_parser())
    assert {"geomap run", "geomap geoparse", "geomap gazetteer build"} <= set(commands)
    for command, help_text in commands.items():
        assert help_text, f"{command} has no help text"
        if command != "geomap gazetteer":
            assert f"`{command}" in readme, f"{command} is not documented in README.md"


def test_python_m_geomap_entry_point() -> None:
    result = subprocess.run([sys.executable, "-m", "geomap", "--version"], check=True,
                            capture_output=True, text=True)
    assert result.stdout.startswith("geomap ")


def test_geoparse_explain_lists_the_runners_up(gazetteer_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "Fighting in Pokrovsk."}) + "\n",
                      encoding="utf-8")
    assert main(["geoparse", str(source), "--explain", "--gazetteer", str(gazetteer_path)]) == 0
    [toponym] = json.loads(capsys.readouterr().out)["toponyms"]
    assert toponym["country_code"] == "UA"
    assert toponym["alternatives"][0]["country_code"] == "RU"
    assert all(a["score"] <= toponym["score"] for a in toponym["alternatives"])
    assert toponym["why"].startswith(f"{toponym['name']}") and "other candidate" in toponym["why"]


def test_run_help_names_every_readable_suffix(capsys: pytest.CaptureFixture[str]) -> None:
    from geomap.readers.read import SUFFIXES

    with pytest.raises(SystemExit):
        main(["run", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for suffix in SUFFIXES:
        assert suffix in text, suffix
