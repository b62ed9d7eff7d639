"""The curated files of the gazetteer build: named regions, aliases and user overrides.

``gazetteer/regions.tsv`` adds places, ``gazetteer/aliases.tsv`` adds names (abbreviations,
demonyms, metonyms, historical names) and ``gazetteer/overrides.tsv`` holds the user's own changes
(``add``, ``alias``, ``suppress``, ``move``). Every row carries its source.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.errors import GazetteerError
from geomap.gazetteer import schema
from geomap.text import name_key

if TYPE_CHECKING:
    from geomap.gazetteer.rows import StoreRows


def add_curated(store: StoreRows, folder: Path, *, partial: bool = False) -> None:
    """Add ``regions.tsv`` places, ``aliases.tsv`` names and the user's ``overrides.tsv``.

    Parameters
    ----------
    store
        The rows collected so far.
    folder
        Folder of the curated files.
    partial
        The build keeps only some countries: rows naming places left out are skipped instead of
        refused.
    """
    for row in _read_tsv(folder / "regions.tsv"):
        gid = int(row["geonameid"])
        store.add_place(gid, row["name"], float(row["lat"]), float(row["lon"]),
                        row["feature_class"], row["feature_code"], row["country_code"] or None,
                        row["admin1_code"] or None, None, int(row["population"] or 0),
                        f"curated: {row['source']}")
        store.add_names(gid, [row["name"]], "name")
        store.add_names(gid, [a for a in row["alternate_names"].split("|") if a], "alt")
    for row in _read_tsv(folder / "aliases.tsv"):
        target = _target(store, row["target"], folder / "aliases.tsv", row["name"], partial)
        if target is None:
            continue
        if row["kind"] not in schema.KINDS:
            msg = f"{folder / 'aliases.tsv'}: unknown kind {row['kind']!r} for {row['name']!r}"
            raise GazetteerError(msg)
        store.names[row["kind"]].append((name_key(row["name"]), target))
    apply_overrides(store, folder / "overrides.tsv", partial=partial)


def _target(store: StoreRows, target: str, path: Path, name: str, partial: bool) -> int | None:
    """A GeoNames or geomap id, or an admin1 code such as ``US.TX``, as a place id."""
    target = target.strip()
    gid = int(target) if target.isdigit() else store.admin1_codes.get(target, ("", -1))[1]
    if gid in store.places:
        return gid
    if partial:
        return None
    msg = f"{path}: {name!r} names unknown place {target!r}"
    raise GazetteerError(msg)


_OVERRIDE_ACTIONS = ("add", "alias", "suppress", "move")
_CLASS_OF_CODE = {"PPL": "P", "ADM": "A", "PCL": "A", "TER": "A"}


def apply_overrides(store: StoreRows, path: Path, *, partial: bool) -> None:
    """Apply the user's ``overrides.tsv``: add a place, add an alias, suppress or move one."""
    for row in _read_tsv(path):
        action, name = row["action"].strip(), row["name"].strip()
        if action not in _OVERRIDE_ACTIONS:
            msg = f"{path}: unknown action {action!r} for {name!r}; use one of {_OVERRIDE_ACTIONS}"
            raise GazetteerError(msg)
        if action == "add":
            gid, code = int(row["target"]), row["feature_code"].strip() or "PPL"
            store.add_place(gid, name, float(row["lat"]), float(row["lon"]),
                            _CLASS_OF_CODE.get(code[:3], "L"), code,
                            row["country_code"].strip() or None, None, None, 0,
                            f"override: {row['source']}")
            store.add_names(gid, [name], "name")
            continue
        found = _target(store, row["target"], path, name, partial)
        if found is None:
            continue
        gid = found
        if action == "alias":
            store.names["alt"].append((name_key(name), gid))
        elif action == "suppress":
            store.suppressed.add((name_key(name), gid))
        else:
            old = store.places[gid]
            store.places[gid] = (*old[:2], float(row["lat"]), float(row["lon"]), *old[4:10],
                                 f"override: {row['source']}")


def _read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))
