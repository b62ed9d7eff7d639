"""Building the store: sources, curated files, and a build that dies keeping the old store."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from geomap.config import CURATED_DIR
from geomap.errors import GazetteerError
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.build import build


@pytest.fixture(scope="module")
def curated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("curated")


@pytest.fixture(scope="module")
def small_store(curated: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    shutil.copy(CURATED_DIR / "regions.tsv", curated / "regions.tsv")
    (curated / "aliases.tsv").write_text(
        "# test aliases\nname\ttarget\tkind\tsource\n"
        "Artemivsk town\t713174\talt\ttest row\n"
        "Kremlin\t524901\tmetonym\tleft out: Moscow is not in a UA-only build\n"
        "Donetsk land\tUA.05\talt\ta target given as admin1 code\n",
        encoding="utf-8")
    (curated / "overrides.tsv").write_text(
        "action\tname\ttarget\tlat\tlon\tfeature_code\tcountry_code\tsource\n"
        "add\tCamp Zzyzx\t910000001\t48.5\t37.5\tMILB\tUA\ttest: a new place\n"
        "alias\tPokrovsk Hub\t704422\t\t\t\t\ttest: an alias\n"
        "suppress\tPokrovsk\t704422\t\t\t\t\ttest: the name no longer finds it\n"
        "move\tMyrnohrad\t710035\t48.0\t37.0\t\t\ttest: a moved point\n",
        encoding="utf-8")
    path = tmp_path_factory.mktemp("store") / "ua.sqlite"
    meta = build(path, curated_dir=curated, countries=["ua"])
    assert int(str(meta["places"])) > 5_000
    return path


def test_small_build_holds_the_country_its_divisions_and_places(small_store: Path) -> None:
    with Gazetteer.open(small_store) as gaz:
        assert gaz.candidates("Bakhmut")[0].place.country_code == "UA"
        assert {c.place.country_code for c in gaz.candidates("Pokrovske")} == {"UA"}
        oblast = gaz.candidates("Donetska oblast")[0].place
        assert (oblast.feature_code, oblast.admin1_code) == ("ADM1", "05")
        # the derived point of a division lies on one of its own populated places
        assert 46.5 < oblast.lat < 49.5 and 36.5 < oblast.lon < 39.0
        assert gaz.candidates("Ukraine")[0].place.feature_code == "PCLI"
        assert gaz.candidates("Russia")[0].place.feature_code == "PCLI"  # every country
        assert gaz.candidates("Africa")[0].place.feature_code == "CONT"
        assert gaz.candidates("Donbas")[0].place.feature_code == "RGN"
        assert gaz.candidates("Artemivsk town")[0].place.name == "Bakhmut"
        assert gaz.candidates("Kremlin") == ()
        assert gaz.capital_of("UA").name == "Kyiv"  # type: ignore[union-attr]


def test_curated_targets_and_user_overrides(small_store: Path) -> None:
    with Gazetteer.open(small_store) as gaz:
        assert gaz.candidates("Donetsk land")[0].place.feature_code == "ADM1"
        camp = gaz.candidates("Camp Zzyzx")[0].place
        assert (camp.geonameid, camp.feature_code, camp.country_code) == (910000001, "MILB", "UA")
        assert gaz.candidates("Pokrovsk Hub")[0].place.geonameid == 704422
        assert 704422 not in {c.place.geonameid for c in gaz.candidates("Pokrovsk")}
        moved = gaz.get(710035)
        assert moved is not None and (moved.lat, moved.lon) == (48.0, 37.0)


def test_an_unknown_override_action_is_refused(tmp_path: Path) -> None:
    (tmp_path / "overrides.tsv").write_text(
        "action\tname\ttarget\tlat\tlon\tfeature_code\tcountry_code\tsource\n"
        "rename\tX\t704422\t\t\t\t\tx\n")
    with pytest.raises(GazetteerError, match="unknown action 'rename'"):
        build(tmp_path / "g.sqlite", curated_dir=tmp_path, countries=["UA"])


def test_every_place_has_a_point_and_a_feature_code(small_store: Path) -> None:
    db = sqlite3.connect(small_store)
    bad = db.execute("SELECT COUNT(*) FROM places WHERE lat IS NULL OR lon IS NULL OR "
                     "feature_code IS NULL OR lat NOT BETWEEN -90 AND 90 OR "
                     "lon NOT BETWEEN -180 AND 180").fetchone()[0]
    orphans = db.execute("SELECT COUNT(*) FROM names n LEFT JOIN places p USING (geonameid) "
                         "WHERE p.geonameid IS NULL").fetchone()[0]
    db.close()
    assert bad == 0 and orphans == 0


def test_codes_and_links_are_not_names(small_store: Path) -> None:
    db = sqlite3.connect(small_store)
    keys = {k for (k,) in db.execute("SELECT key FROM names WHERE key LIKE 'http%' OR "
                                     "length(key) < 2 OR key NOT GLOB '*[^0-9]*'")}
    db.close()
    assert keys == set()


def test_a_failed_build_keeps_the_old_store(small_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "store.sqlite"
    shutil.copy(small_store, target)
    before = target.read_bytes()
    curated = tmp_path / "curated"
    curated.mkdir()
    (curated / "aliases.tsv").write_text("name\ttarget\tkind\tsource\n"
                                         "Pokrovsk\t704422\tbogus\tx\n")
    with pytest.raises(GazetteerError, match="unknown kind 'bogus'"):
        build(target, curated_dir=curated, countries=["UA"])
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with Gazetteer.open(target) as gaz:
        assert gaz.candidates("Bakhmut")


def test_ensure_store_rebuilds_only_what_is_missing_corrupt_or_stale(
        small_store: Path, curated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import geomap.gazetteer.build as gb

    built: list[Path] = []
    monkeypatch.setattr(gb, "build", lambda path, **kw: built.append(path))
    assert gb.ensure_store(small_store, curated_dir=curated) is None
    assert built == []
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"\0" * 4096)
    assert "unusable" in str(gb.ensure_store(corrupt, curated_dir=curated))
    assert "no gazetteer store" in str(gb.ensure_store(tmp_path / "none.sqlite",
                                                       curated_dir=curated))
    stale_curated = tmp_path / "curated"
    shutil.copytree(curated, stale_curated)
    with (stale_curated / "aliases.tsv").open("a") as fh:
        fh.write("Zzyzx\t704422\talt\ta new row\n")
    assert "older than its sources" in str(gb.ensure_store(small_store,
                                                           curated_dir=stale_curated))
    assert built == [corrupt, tmp_path / "none.sqlite", small_store]


def test_what_killed_builds_left_is_removed(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from geomap.gazetteer.build import _remove_dead_builds
    from geomap.processes import host

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    store = tmp_path / "geomap.sqlite"
    left = [tmp_path / f".geomap.sqlite.{host()}-{dead}.tmp",
            tmp_path / f".geomap.sqlite.{host()}-{dead}.tmp-journal"]
    kept = [tmp_path / f".geomap.sqlite.{host()}-{os.getpid()}.tmp",  # this very process
            tmp_path / f".geomap.sqlite.another-host-{dead}.tmp", store]
    for path in left + kept:
        path.write_bytes(b"x")
    _remove_dead_builds(store)
    assert [p.exists() for p in left] == [False, False]
    assert all(p.exists() for p in kept)


def test_a_full_disk_keeps_the_existing_store(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import geomap.gazetteer.build as build_module
    from geomap.errors import GazetteerWriteError

    store = tmp_path / "geomap.sqlite"
    store.write_bytes(b"an existing store")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(build_module, "_write", full)
    with pytest.raises(GazetteerWriteError, match=r"could not be written \(No space left on "
                                                  r"device\); an existing one is kept"):
        build_module.build(store, countries=["LU"])
    assert store.read_bytes() == b"an existing store"


@pytest.mark.slow
def test_a_projects_overrides_apply_and_join_the_version(tmp_path: Path) -> None:
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.build import build

    overrides = tmp_path / "overrides.tsv"
    overrides.write_text("action\tname\ttarget\tlat\tlon\tfeature_code\tcountry_code\tsource\n"
                         "add\tGeomap Testville\t910000123\t49.6\t6.1\tPPL\tLU\ta test\n",
                         encoding="utf-8")
    meta = build(tmp_path / "g.sqlite", countries=["LU"], overrides=overrides)
    assert "+overrides-" in str(meta["version"])
    with Gazetteer.open(tmp_path / "g.sqlite") as gazetteer:
        assert gazetteer.candidates("Geomap Testville")[0].place.geonameid == 910000123
