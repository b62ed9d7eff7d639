"""Open the built gazetteer store and answer name and id lookups.

The store is one SQLite file written by :mod:`geomap.gazetteer.build`: a ``places`` table (one row
per GeoNames entry or curated supplement), a ``names`` table (every folded name, alternate name,
abbreviation and demonym, keyed by :func:`geomap.text.name_key`) and a ``meta`` table (version,
sources, counts). Opening is a read-only connection: milliseconds, no index build.
"""

from __future__ import annotations

import logging
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Any

from geomap.config import DEFAULT_GAZETTEER
from geomap.errors import GazetteerError, GazetteerMissingError
from geomap.gazetteer import schema
from geomap.gazetteer.phrases import division_phrase
from geomap.gazetteer.romanised import Romanised
from geomap.lang.inflection import (
    adjective,
    district_stems,
    ending_forms,
    home_countries,
    lemma_forms,
    romanised_as_written,
    word_forms,
)
from geomap.models import Candidate, Place
from geomap.text import french_key, name_key, translit_key

log = logging.getLogger(__name__)

SCHEMA_VERSION = schema.SCHEMA_VERSION
_KIND_ORDER = {kind: i for i, kind in enumerate((*schema.KINDS, "translit", "fuzzy"))}
_PLACE_COLUMNS = schema.PLACE_COLUMNS
_COUNTRY = 1 + _PLACE_COLUMNS.split(", ").index("country_code")  # in a row of _named
_POPULATION = 1 + _PLACE_COLUMNS.split(", ").index("population")
_CLASS = 1 + _PLACE_COLUMNS.split(", ").index("feature_class")
_ID = 1 + _PLACE_COLUMNS.split(", ").index("geonameid")
_ADMIN1 = 1 + _PLACE_COLUMNS.split(", ").index("admin1_code")
_DISTRICT_TOWN = 3_000  # people in the centre town a district's name may stand for
_DISTRICT_LETTERS = 2  # letters a town's name may add to a district's stem ("Кремін" + "на")
_FOREIGN_CITY = 100_000  # people in a foreign place a name's case endings may find ("в Гомі")
_SMALL_NAMESAKE = 20_000  # a Cyrillic name whose places are all smaller may be a declined one
_PREFIXED = schema.PREFIXED
_MMAP_BYTES = 1 << 30  # at most this much of the store is memory-mapped
_SHARED_PLACES = 65_536  # places built once and shared by the candidates of their names


class Gazetteer:
    """A read-only view of the gazetteer store.

    Use :meth:`open`; the object is cheap and holds one SQLite connection.

    Parameters
    ----------
    connection
        An open connection to the store.
    path
        The store's file.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self.meta: dict[str, str] = dict(self._db.execute("SELECT key, value FROM meta"))
        if self.meta.get("schema") != SCHEMA_VERSION:
            msg = (f"{path}: gazetteer schema {self.meta.get('schema')!r} is not "
                   f"{SCHEMA_VERSION!r}; rebuild it with `make gazetteer`")
            raise GazetteerError(msg)
        self.max_tokens = int(self.meta.get("max_tokens", "6"))
        self._suppressed = {(str(k), int(g)) for k, g in
                            self._db.execute("SELECT key, geonameid FROM suppressed")}
        # one entry per (name, fuzzy, codes), however the flags were passed
        self._cached_candidates = lru_cache(maxsize=65536)(self._candidates)
        self.has_name = lru_cache(maxsize=262144)(self._has_name)
        self.get = lru_cache(maxsize=65536)(self._get)
        self._declined = lru_cache(maxsize=65536)(self._declined_rows)
        self._romanisation = Romanised(self._db)
        self._romanised = lru_cache(maxsize=65536)(self._romanisation.rows)
        self.opens_name = lru_cache(maxsize=65536)(self._opens_name)
        self._first_words: frozenset[str] | None = None
        self._places: dict[int, Place] = {}  # one object per place, however many names it has

    @classmethod
    def open(cls, path: Path = DEFAULT_GAZETTEER) -> Gazetteer:
        """Open a built store read-only.

        Parameters
        ----------
        path
            The SQLite file written by ``geomap gazetteer build``.

        Returns
        -------
        Gazetteer

        Raises
        ------
        GazetteerMissingError
            When the file does not exist.
        GazetteerError
            When it is not a geomap gazetteer.
        """
        path = Path(path)
        if not path.is_file():
            msg = f"{path}: no gazetteer store; build it with `make gazetteer`"
            raise GazetteerMissingError(msg)
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        try:
            db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            # read the store's pages through a memory map rather than a read() per page: the
            # lookups of a run touch pages all over the file
            db.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
            return cls(db, path)
        except sqlite3.DatabaseError as exc:
            msg = f"{path}: not a readable gazetteer store ({exc})"
            raise GazetteerError(msg) from None

    @property
    def version(self) -> str:
        """The build's version string: schema, sources and their versions."""
        return self.meta.get("version", "unknown")

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _has_name(self, key: str) -> bool:
        """Whether any entry is known under the folded ``key``, or under the form a division
        phrase of it stands for ("region de soumy": "soumy region")."""
        row = self._db.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone()
        if row is None and (phrase := division_phrase(key)):
            row = self._db.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1",
                                   (phrase,)).fetchone()
        return row is not None

    def has_inflected(self, surface: str, *, romanised: bool = True) -> bool:
        """Whether a Cyrillic name as written is a declined form of a known one ("Києві",
        "Донецької області", "Торецком": :meth:`_declined`)."""
        return bool(self._declined(surface)) or (romanised and bool(self._romanised(surface)))

    def has_translit(self, key: str) -> bool:
        """Whether a place's transliteration skeleton matches the folded ``key``, or the key
        as English writes French "ch" (:func:`~geomap.text.french_key`: "Chebekino")."""
        return any(self._db.execute("SELECT 1 FROM translit WHERE tkey = ? LIMIT 1",
                                    (tkey,)).fetchone() is not None for tkey in _skeletons(key))

    def candidates(self, name: str, *, fuzzy: bool = False,
                   codes: bool = False) -> tuple[Candidate, ...]:
        """Every place known by ``name``, with how it matched.

        Exact keys (preferred, alternate, historical names, abbreviations, demonyms) are tried
        first; only when none matches, a Cyrillic name's dictionary forms ("Києві" is Kyiv,
        :func:`~geomap.lang.inflection.lemma_forms`), then the transliteration skeleton
        ("Mirnograd" for Myrnohrad, kind ``translit``); then, with ``fuzzy``, the closest
        spelling of a known name (kind ``fuzzy``). A weaker kind therefore never outranks an
        exact match.

        Parameters
        ----------
        name
            A name as written; it is folded with :func:`~geomap.text.name_key`.
        fuzzy
            Fall back to the closest known spelling for misspellings.
        codes
            Include the places the name is the ISO 3166 code of (kind ``code``: "ON" for
            Ontario), which a name means only after a comma that follows another place.

        Returns
        -------
        tuple of Candidate
            Strongest match kind first, then by population.
        """
        return self._cached_candidates(name, fuzzy, codes)

    def _candidates(self, name: str, fuzzy: bool, codes: bool) -> tuple[Candidate, ...]:
        """:meth:`candidates`, looked up."""
        key = name_key(name)
        rows = self._named(key, codes)
        if not rows and "-" in name:  # "Pétion-Ville" for Pétionville
            rows = self._named(name_key(name.replace("-", "")), codes)
        if not rows and (phrase := division_phrase(key)):  # "la région de Soumy"
            rows = self._named(phrase, False)
        if not key.isascii() and (not rows or max(
                row[_POPULATION] or 0 for row in rows) < _SMALL_NAMESAKE):
            # "Во Львове" is Lviv declined more likely than the village Львове
            small = bool(rows)  # the name as written names only small places
            rows += [row for row in self._declined(name) if row not in rows]
            if small and not adjective(name):
                known = {row[1] for row in rows}
                rows += [row for row in self._romanisation.spelt_alike(
                    name, romanised_as_written(name), _SMALL_NAMESAKE) if row[1] not in known]
        if not rows and not key.isascii():  # "Хан-Юніс", by its romanisation
            rows = list(self._romanised(name))
        elif rows and not key.isascii() and all(row[_CLASS] == "A" for row in rows):
            # "Таїз" names only the governorate in the gazetteer; its romanisation names the
            # town of that name in it too, its seat
            held = {(row[_COUNTRY], row[_ADMIN1]) for row in rows}
            rows += [row for row in self._romanised(name)
                     if row[_CLASS] == "P" and (row[_COUNTRY], row[_ADMIN1]) in held]
        if not rows and (skeletons := _skeletons(key)):  # "Mirnograd", "Chebekino"
            rows = self._db.execute(
                f"SELECT 'translit', {_PREFIXED} FROM translit t JOIN places p USING "
                f"(geonameid) WHERE t.tkey IN ({', '.join('?' * len(skeletons))})",
                skeletons).fetchall()
        relabel = None
        if not rows and fuzzy and len(key) >= 4:
            relabel = "fuzzy"
            for best in self._closest_keys(key):
                rows += self._named(best, True)
        rows.sort(key=_abbreviation_order if _looks_abbreviated(name) else _row_order)
        found: dict[int, Candidate] = {}
        places = self._places
        for row in rows:
            gid = int(row[1])
            if gid in found or (self._suppressed and (key, gid) in self._suppressed):
                continue
            place = places.get(gid)
            if place is None:
                if len(places) >= _SHARED_PLACES:
                    places.clear()  # bounded, as the lookups' caches are
                place = places[gid] = _place(row[1:])
            found[gid] = Candidate(place, relabel or row[0])
        return tuple(found.values())

    def _declined_rows(self, name: str) -> tuple[Any, ...]:
        """The rows of the places a declined Cyrillic name stands for: its dictionary forms
        ("Києві", "Донецької області"), or the nominatives its case endings give for a place of
        the language's home countries ("Торецком") or a city of :data:`_FOREIGN_CITY` people
        anywhere ("Гомі" is Goma); of the forms the gazetteer knows, the one
        that keeps most of the name as written and adds least ("Константиновку" is
        Константиновка, not the dictionary's "Константин"), and on a tie the one whose largest
        place is largest ("Дзержинском" is Дзержинск, the town, not the village Дзержинское);
        failing all, the centre town a district's name stands for (:meth:`_district`)."""
        return self._dictionary_rows(name) or self._district(name)

    def _dictionary_rows(self, name: str) -> tuple[Any, ...]:
        words = name.split()
        if len(words) > 1 and not self.opens_name(words[0]):
            return ()  # "Олег Голяшкін": no name of the gazetteer begins so
        forms = [*((f, None) for f in lemma_forms(name)), *ending_forms(name)]
        keys = sorted({name_key(form) for form, _ in forms})
        if not keys:
            return ()
        known = {key for (key,) in self._db.execute(
            f"SELECT DISTINCT key FROM names WHERE key IN ({', '.join('?' * len(keys))})", keys)}
        best: tuple[Any, ...] = ()
        kept: tuple[int, int] | None = None
        for form, countries in forms:
            if name_key(form) not in known:
                continue
            same = _common_prefix(form, name)
            same -= len(form) - same  # letters added count against the form
            if kept is not None and same < kept[0]:
                continue
            rows = tuple(row for row in self._named(name_key(form), False)
                         if countries is None or row[_COUNTRY] in countries
                         or not row[_COUNTRY]  # a sea or a region of no one country
                         or (row[_POPULATION] or 0) >= _FOREIGN_CITY)
            score = (same, max((row[_POPULATION] or 0 for row in rows), default=0))
            if rows and (kept is None or score > kept):
                best, kept = rows, score
        return best

    def _district(self, name: str) -> tuple[Any, ...]:
        """The centre town that a district's name is derived from ("Покровському районі":
        Pokrovsk; :func:`~geomap.lang.inflection.district_stems`): of the towns of
        :data:`_DISTRICT_TOWN` people or more in the language's home countries whose name is
        the stem, the stem and the adjective's suffix ("Покров" + "ськ"), or the stem and at
        most :data:`_DISTRICT_LETTERS` more letters ("Кремін" + "на"), the largest."""
        best: tuple[Any, ...] = ()
        for stem, suffix, language in district_stems(name):
            key = name_key(stem)
            known = self._db.execute("SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? "
                                     "LIMIT 200", (key, key + "\U0010ffff")).fetchall()
            homes = home_countries(language)
            towns = [row for (found,) in known if " " not in found and (
                len(found) - len(key) <= _DISTRICT_LETTERS or found == key + name_key(suffix))
                     for row in self._named(found, False)
                     if row[_COUNTRY] in homes and row[_CLASS] == "P"
                     and (row[_POPULATION] or 0) >= _DISTRICT_TOWN]
            if towns:
                top = max(towns, key=lambda row: (row[_POPULATION] or 0, -int(row[_ID])))
                if not best or (top[_POPULATION] or 0) > (best[0][_POPULATION] or 0):
                    best = (top,)
        return best

    def _opens_name(self, word: str) -> bool:
        """Whether a word, as written or in one of its dictionary forms
        (:func:`~geomap.lang.inflection.word_forms`), is the first word of a name of more than
        one word in a non-Latin script (the ``first_words`` table, read once)."""
        if self._first_words is None:
            self._first_words = frozenset(
                word for (word,) in self._db.execute("SELECT word FROM first_words"))
        return any(name_key(form).split(" ", 1)[0] in self._first_words
                   for form in (word, *word_forms(word)))

    def _named(self, key: str, codes: bool) -> list[Any]:
        """The rows of the places known under the folded ``key``, codes only with ``codes``."""
        return self._db.execute(
            f"SELECT n.kind, {_PREFIXED} FROM names n JOIN places p USING (geonameid) "
            "WHERE n.key = ? AND (n.kind != 'code' OR ?)", (key, codes)).fetchall()

    def _closest_keys(self, key: str) -> list[str]:
        """The known name keys nearest to ``key`` in edits (a swap of neighbours is one edit).

        Only keys sharing the first letter are compared; one edit is allowed up to 7 letters,
        two beyond. All keys at the smallest distance are returned (at most 5).
        """
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        upper = chr(ord(key[0]) + 1)
        keys = [k for (k,) in self._db.execute(
            "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? AND "
            "LENGTH(key) BETWEEN ? AND ?", (key[0], upper, len(key) - 2, len(key) + 2))]
        limit = 1 if len(key) <= 7 else 2
        found = process.extract(key, keys, scorer=OSA.distance, score_cutoff=limit, limit=None)
        if not found:
            return []
        nearest = min(score for _, score, _ in found)
        return sorted(str(k) for k, score, _ in found if score == nearest)[:5]

    def _get(self, geonameid: int) -> Place | None:
        """The place with this id, or ``None``."""
        row = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE geonameid = ?", (geonameid,)
        ).fetchone()
        return _place(row) if row else None

    def geocode(self, query: str, *, exactly_one: bool = True) -> Any:
        """Answer like a geopy geocoder, from the local store.

        Parameters
        ----------
        query
            A place name, optionally followed by the divisions and country that hold it
            ("Macon, Georgia", "Lawton, OK, USA", "Sudbury, ON"); see
            :mod:`geomap.gazetteer.geocode`.
        exactly_one
            Return the best match only instead of a list.

        Returns
        -------
        geopy.location.Location, list of Location, or None
            As geopy's ``geocode()`` does, so that code written for an online geocoder can use
            the gazetteer offline.
        """
        from geopy.location import Location

        from geomap.gazetteer.geocode import geocode

        found = [
            Location(", ".join(filter(None, (c.place.name, c.place.admin1, c.place.country_code))),
                     (c.place.lat, c.place.lon), {"geonameid": c.place.geonameid,
                                                  "feature_code": c.place.feature_code,
                                                  "population": c.place.population})
            for c in geocode(self, query)
        ]
        if exactly_one:
            return found[0] if found else None
        return found or None

    def settlements(self, west: float, south: float, east: float, north: float, *,
                    limit: int = 3000) -> list[Place]:
        """The most populous settlements inside a box, most populous first.

        Parameters
        ----------
        west, south, east, north
            The box in degrees (``west`` > ``east`` crosses the antimeridian).
        limit
            At most this many.
        """
        lon = "(lon >= ? OR lon <= ?)" if west > east else "lon BETWEEN ? AND ?"
        rows = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE feature_class = 'P' AND population > 0 "
            f"AND lat BETWEEN ? AND ? AND {lon} ORDER BY population DESC, geonameid LIMIT ?",
            (south, north, west, east, limit)).fetchall()
        return [_place(row) for row in rows]

    def capital_of(self, country_code: str) -> Place | None:
        """The capital (feature code ``PPLC``) of a country, or ``None``."""
        row = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE country_code = ? AND feature_code = 'PPLC' "
            "ORDER BY population DESC LIMIT 1",
            (country_code,),
        ).fetchone()
        return _place(row) if row else None

    def stats(self) -> dict[str, int]:
        """Counts of places and names in the store."""
        places = self._db.execute("SELECT COUNT(*) FROM places").fetchone()[0]
        names = self._db.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        return {"places": int(places), "names": int(names)}


def _looks_abbreviated(name: str) -> bool:
    """"UK", "U.S.", "B.C.": all capitals or dotted initials."""
    if not (name.isupper() or "." in name) or len(name) > 12:  # five letters and their dots
        return False
    letters = sum(c.isalpha() for c in name)
    return 0 < letters <= 5


def _abbreviation_order(row: tuple[Any, ...]) -> tuple[int, int, int]:
    """Abbreviations first, then as :func:`_row_order`."""
    kind, population, gid = _row_order(row)
    return (-1 if row[0] == "abbr" else kind), population, gid


def _row_order(row: tuple[Any, ...]) -> tuple[int, int, int]:
    """Strongest kind first, then the most populous, then the lowest id (stable)."""
    return _KIND_ORDER.get(row[0], 99), -int(row[10] or 0), int(row[1])


def _place(row: tuple[object, ...]) -> Place:
    gid, name, lat, lon, fclass, fcode, cc, a1code, a1, pop = row
    return Place(
        geonameid=int(gid),  # type: ignore[call-overload]
        name=str(name),
        lat=float(lat),  # type: ignore[arg-type]
        lon=float(lon),  # type: ignore[arg-type]
        feature_class=str(fclass),
        feature_code=str(fcode),
        country_code=str(cc) if cc else None,
        admin1_code=str(a1code) if a1code else None,
        admin1=str(a1) if a1 else None,
        population=int(pop or 0),  # type: ignore[call-overload]
    )


def _skeletons(key: str) -> list[str]:
    """The transliteration skeletons a folded Latin name is looked up by: its own, and its
    spelling as English writes French "ch" (:func:`~geomap.text.french_key`: "Chebekino")."""
    if not key.isascii():
        return []
    return sorted({tkey for variant in (key, french_key(key)) if (tkey := translit_key(variant))})


def _common_prefix(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` share at their start, case aside."""
    a, b = a.casefold(), b.casefold()
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)))
