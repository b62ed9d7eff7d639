"""Import official GeoNames dumps into the gazetteer store, streaming.

Files are recognised by name:

- ``allCountries.zip``/``.txt``, a country file (``UA.zip``, ``UA.txt``) or ``cities500.zip``: the
  ``geoname`` table (19 tab-separated columns);
- ``alternateNamesV2.zip``/``.txt`` (or ``alternateNames``): alternate names with their flags;
  historic names become kind ``historical``, abbreviations ``abbr``; links, postcodes and airport
  codes are skipped;
- ``admin1CodesASCII.txt``: first-order division names by code;
- ``countryInfo.txt``: country names and capitals.

Rows are read line by line from the zip member or text file and written in batches, so the
12-million-row world dump imports in bounded memory. The import works on a copy of the store that
replaces the original only when complete: an import that dies leaves the old store usable.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from geomap.errors import GazetteerError
from geomap.gazetteer import schema
from geomap.text import name_key

log = logging.getLogger(__name__)

DEFAULT_CLASSES = "PALHST"
_BATCH = 5000
_SKIP_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc",
                             "fr_1793", "phon", "piny"})


def import_dumps(paths: Iterable[Path], store: Path, *, classes: str = DEFAULT_CLASSES,
                 progress: bool = False) -> dict[str, int]:
    """Import GeoNames dump files into an existing store.

    Parameters
    ----------
    paths
        Dump files (``.zip`` or ``.txt``), in any order: places are imported before names.
    store
        The store built by ``geomap gazetteer build``; replaced atomically when done.
    classes
        GeoNames feature classes to keep from place tables (default ``PALHST``: populated places,
        administrative units, areas, water, spots and terrain).
    progress
        Show a progress bar per file.

    Returns
    -------
    dict
        Rows read per kind of file.

    Raises
    ------
    GazetteerError
        When a file is of an unknown kind or malformed, or the store is missing.
    """
    files = sorted((Path(p) for p in paths), key=_order)
    for path in files:
        _kind(path)  # fail before copying the store
    if not store.is_file():
        msg = f"{store}: no gazetteer store to import into; build it with `make gazetteer`"
        raise GazetteerError(msg)
    tmp = store.with_name(f".{store.name}.{os.getpid()}.import")
    shutil.copyfile(store, tmp)
    counts: dict[str, int] = {}
    try:
        db = sqlite3.connect(tmp)
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        meta = dict(db.execute("SELECT key, value FROM meta"))
        for path in files:
            kind = _kind(path)
            with _lines(path, progress=progress) as lines:
                counts[kind] = counts.get(kind, 0) + _IMPORTERS[kind](db, lines, path, classes)
        meta["imported"] = "; ".join(
            filter(None, [meta.get("imported", ""), *(f"{p.name}" for p in files)]))
        meta["version"] = f"{meta.get('version', schema.SCHEMA_VERSION)}+import{int(time.time())}"
        schema.finish(db, meta)
        db.commit()
        db.close()
        os.replace(tmp, store)
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("countryinfo"):
        return "countries"
    if name.startswith("alternatenames"):
        return "alternate_names"
    if name.endswith((".zip", ".txt")):
        return "places"
    msg = f"{path}: not a GeoNames dump (.zip or .txt)"
    raise GazetteerError(msg)


def _order(path: Path) -> int:
    return {"places": 0, "admin1": 1, "countries": 2, "alternate_names": 3}.get(
        _kind(path) if path.suffix.lower() in (".zip", ".txt") else "", 9)


@contextmanager
def _lines(path: Path, *, progress: bool) -> Iterator[Iterator[str]]:
    """Lines of a dump file, or of the ``.txt`` member of a zip, with a byte progress bar."""
    from tqdm import tqdm

    if not path.is_file():
        msg = f"{path}: no such file"
        raise GazetteerError(msg)
    archive = None
    raw: IO[bytes]
    try:
        if path.suffix.lower() == ".zip":
            archive = zipfile.ZipFile(path)
            members = [m for m in archive.infolist() if m.filename.endswith(".txt")
                       and not m.filename.lower().startswith("readme")]
            if not members:
                msg = f"{path}: no .txt member in the zip"
                raise GazetteerError(msg)
            raw, total = archive.open(members[0]), members[0].file_size
        else:
            raw, total = path.open("rb"), path.stat().st_size
    except zipfile.BadZipFile:
        msg = f"{path}: not a valid zip file"
        raise GazetteerError(msg) from None
    bar = tqdm(total=total, unit="B", unit_scale=True, desc=path.name, disable=not progress,
               leave=False)
    text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")

    def read() -> Iterator[str]:
        for line in text:
            bar.update(len(line.encode("utf-8")))
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").rstrip("\r")

    try:
        yield read()
    finally:
        bar.close()
        text.close()
        if archive is not None:
            archive.close()


def _fields(line: str, count: int, path: Path, number: int) -> list[str]:
    fields = line.split("\t")
    if len(fields) < count:
        msg = f"{path}: line {number} has {len(fields)} columns, expected {count}"
        raise GazetteerError(msg)
    return fields


def _import_places(db: sqlite3.Connection, lines: Iterator[str], path: Path,
                   classes: str) -> int:
    places: list[tuple[object, ...]] = []
    names: list[tuple[str, int, str]] = []
    count = 0
    for number, line in enumerate(lines, start=1):
        f = _fields(line, 19, path, number)
        if f[6] not in classes:
            continue
        try:
            gid, lat, lon = int(f[0]), float(f[4]), float(f[5])
            population = int(f[14] or 0)
        except ValueError:
            msg = f"{path}: line {number} has a malformed id, coordinate or population"
            raise GazetteerError(msg) from None
        places.append((gid, f[1], lat, lon, f[6], f[7], f[8] or None, f[10] or None, None,
                       population, f"geonames:{path.name}"))
        names += [(k, gid, "name") for k in {name_key(f[1]), name_key(f[2])} if k]
        names += [(k, gid, "alt") for a in f[3].split(",") if a
                  and len(k := name_key(a)) >= 2 and not k.isdigit()]
        count += 1
        if len(places) >= _BATCH:
            _flush(db, places, names)
    _flush(db, places, names)
    return count


def _flush(db: sqlite3.Connection, places: list[tuple[object, ...]],
           names: list[tuple[str, int, str]]) -> None:
    db.executemany(schema.PLACE_INSERT, places)
    schema.insert_names(db, names)
    places.clear()
    names.clear()


def _import_alternate_names(db: sqlite3.Connection, lines: Iterator[str], path: Path,
                            classes: str) -> int:
    del classes
    names: list[tuple[str, int, str]] = []
    count = 0
    for number, line in enumerate(lines, start=1):
        f = _fields(line, 4, path, number)
        language = f[2]
        if language in _SKIP_LANGUAGES or not f[1].isdigit():
            continue
        key = name_key(f[3])
        if len(key) < 2 or key.isdigit():
            continue
        historic = len(f) > 7 and f[7] == "1"
        kind = "abbr" if language == "abbr" else "historical" if historic else "alt"
        names.append((key, int(f[1]), kind))
        count += 1
        if len(names) >= _BATCH:
            schema.insert_names(db, names)
            names.clear()
    schema.insert_names(db, names)
    return count


def _import_admin1(db: sqlite3.Connection, lines: Iterator[str], path: Path,
                   classes: str) -> int:
    del classes
    rows = []
    for number, line in enumerate(lines, start=1):
        f = _fields(line, 4, path, number)
        rows.append((f[0], f[1], int(f[3]) if f[3].isdigit() else None))
    db.executemany("INSERT OR REPLACE INTO admin1_codes VALUES (?, ?, ?)", rows)
    db.execute("UPDATE places SET admin1 = NULL WHERE admin1_code IS NOT NULL AND "
               "country_code || '.' || admin1_code IN (SELECT code FROM admin1_codes)")
    return len(rows)


def _import_countries(db: sqlite3.Connection, lines: Iterator[str], path: Path,
                      classes: str) -> int:
    del classes
    names: list[tuple[str, int, str]] = []
    count = 0
    for number, line in enumerate(lines, start=1):
        f = _fields(line, 17, path, number)
        if not f[16].isdigit():
            continue
        gid = int(f[16])
        names += [(k, gid, "name") for k in [name_key(f[4])] if k]
        db.execute("UPDATE places SET feature_class = 'A', feature_code = CASE WHEN "
                   "feature_code LIKE 'PCL%' OR feature_code = 'TERR' THEN feature_code "
                   "ELSE 'PCLI' END WHERE geonameid = ?", (gid,))
        count += 1
    schema.insert_names(db, names)
    return count


_IMPORTERS = {
    "places": _import_places,
    "alternate_names": _import_alternate_names,
    "admin1": _import_admin1,
    "countries": _import_countries,
}
