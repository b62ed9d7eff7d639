"""Importing GeoNames dumps: small files in the real GeoNames formats, made by the test."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from geomap.errors import GazetteerError
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.dumps import import_dumps

from .test_build import curated, small_store  # noqa: F401  (module fixtures)


def geoname(gid: int, name: str, ascii_name: str, alternates: str, lat: float, lon: float,
            fclass: str, fcode: str, cc: str, admin1: str, population: int) -> str:
    cols = [str(gid), name, ascii_name, alternates, f"{lat}", f"{lon}", fclass, fcode, cc, "",
            admin1, "", "", "", str(population), "", "100", "Europe/Kyiv", "2024-01-01"]
    return "\t".join(cols)


@pytest.fixture
def dumps(tmp_path: Path) -> list[Path]:
    rows = [
        geoname(990001, "Zzyzxograd", "Zzyzxograd", "Old Zzyzx,Zzyzxohrad", 48.1, 37.4, "P",
                "PPLA2", "UA", "05", 12000),
        geoname(990002, "Zzyzx River", "Zzyzx River", "", 48.2, 37.5, "H", "STM", "UA", "05", 0),
        geoname(990003, "Zzyzx Road", "Zzyzx Road", "", 48.2, 37.5, "R", "RD", "UA", "05", 0),
    ]
    country = tmp_path / "UA.zip"
    with zipfile.ZipFile(country, "w") as archive:
        archive.writestr("UA.txt", "\n".join(rows) + "\n")
        archive.writestr("readme.txt", "GeoNames readme\n")
    alternates = tmp_path / "alternateNamesV2.zip"
    with zipfile.ZipFile(alternates, "w") as archive:
        archive.writestr("alternateNamesV2.txt", "\n".join([
            "1\t990001\ten\tStalinzzyzx\t\t\t\t1\t\t",
            "2\t990001\tabbr\tZZX\t\t\t\t\t\t",
            "3\t990001\tlink\thttps://en.wikipedia.org/wiki/Zzyzxograd\t\t\t\t\t\t",
            "4\t12345678\ten\tNowhere Place\t\t\t\t\t\t",
        ]) + "\n")
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("UA.05\tDonetsk Oblast\tDonetsk Oblast\t709716\n", encoding="utf-8")
    return [alternates, admin1, country]


def test_import_streams_places_names_and_admin1(small_store: Path, dumps: list[Path],  # noqa: F811
                                                tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    shutil.copy(small_store, store)
    counts = import_dumps(dumps, store)
    assert counts == {"places": 2, "admin1": 1, "alternate_names": 3}
    with Gazetteer.open(store) as gaz:
        town = gaz.candidates("Zzyzxograd")[0]
        assert (town.place.feature_code, town.place.admin1, town.kind) == (
            "PPLA2", "Donetsk Oblast", "name")
        assert gaz.candidates("Zzyzxohrad")[0].kind == "alt"
        assert gaz.candidates("Stalinzzyzx")[0].kind == "historical"
        assert gaz.candidates("ZZX")[0].kind == "abbr"
        assert gaz.candidates("Zzyzx River")[0].place.feature_class == "H"
        assert gaz.candidates("Zzyzx Road") == ()  # class R is not imported by default
        assert gaz.candidates("Nowhere Place") == ()  # names of places not imported
        assert gaz.candidates("Pokrovsk")  # the built store is kept
        assert "UA.zip" in gaz.meta["imported"]


def test_a_malformed_dump_leaves_the_store_as_it_was(small_store: Path,  # noqa: F811
                                                     tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    shutil.copy(small_store, store)
    before = store.read_bytes()
    bad = tmp_path / "UA.txt"
    bad.write_text("990001\tonly three\tcolumns\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 1 has 3 columns, expected 19"):
        import_dumps([bad], store)
    assert store.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["UA.txt", "store.sqlite"]


def test_unknown_files_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="not a GeoNames dump"):
        import_dumps([tmp_path / "notes.csv"], tmp_path / "store.sqlite")
    with pytest.raises(GazetteerError, match="no gazetteer store"):
        import_dumps([tmp_path / "UA.zip"], tmp_path / "store.sqlite")
