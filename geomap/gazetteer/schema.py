"""The gazetteer store's schema and the writes shared by the build and the GeoNames import.

Tables:

``places``
    One row per entry: geonameid, name, point (WGS84), feature class and code, country, admin1
    code and name, population, and the source that supplied it.
``names``
    ``(key, geonameid, kind)``: every folded name (:func:`geomap.text.name_key`) with how it names
    the place; one row per key and place, the strongest kind kept (see :data:`KINDS`).
``translit``
    ``(tkey, geonameid)``: transliteration skeletons (:func:`geomap.text.translit_key`) of the
    Latin names of places in countries that write Cyrillic or Arabic (:data:`ROMANISED_COUNTRIES`),
    so that "Mirnograd" finds Myrnohrad and "Qatraneh" Al Qaţrānah,
    and of countries, first-order divisions and towns of :data:`TRANSLIT_POPULATION` people
    anywhere, so that a Cyrillic name the gazetteer lacks is found by its romanisation
    ("Хан-Юніс" is Khan Yunis); and, opened by :data:`FRENCH_SOUND`, the skeletons of the names
    of French-speaking countries' towns as French sounds them ("Мирбале" is Mirebalais).
``first_words``
    ``(word)``: the first word of every key of more than one word in a non-Latin script
    ("донецька" of "донецька область"), so that a declined Cyrillic phrase whose first word
    opens no name is not looked up by its dictionary forms.
``admin1_codes``
    ``(code, name, geonameid)``: first-order division names by GeoNames code (``UA.05``).
``suppressed``
    ``(key, geonameid)``: pairs a user override says a name must never find, by any match.
``meta``
    Version, sources, counts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from geomap import lang
from geomap.text import french_sound, translit_key

SCHEMA_VERSION = "5"
TRANSLIT_POPULATION = 15_000
"""Towns this large anywhere have their Latin names' skeletons indexed (see ``translit``)."""
FRENCH_SOUND_POPULATION = 5_000
"""Towns this large in the countries whose place names are French have the skeletons of their
names as French sounds them indexed, under :data:`FRENCH_SOUND` (see ``translit``)."""
FRENCH_SOUND = "~"
"""What opens the skeleton of a name as French sounds it in the ``translit`` table."""
CLASHING_TOWN = 20_000
"""A town this large, and at least half as large as another town this large of its country that
has its name among its alternate names, keeps the name to itself: GeoNames gives Nikopol the
names of Slovyansk, Colorado Springs El Paso's and Oshkosh Athens'. (A small town's other name,
"Avondale" of Avondale Estates, stays.)"""

PLACE_COLUMNS = ("geonameid, name, lat, lon, feature_class, feature_code, country_code, "
                 "admin1_code, admin1, population")
"""The columns of ``places`` a lookup reads, in the order :class:`~geomap.models.Place` takes."""
PREFIXED = ", ".join(f"p.{c}" for c in PLACE_COLUMNS.split(", "))
"""The same, of ``places`` joined as ``p``."""

# How a name refers to a place, strongest first: a key keeps the strongest kind it is given.
# A ``code`` (ISO 3166: "ON" for Ontario, "CH" for Switzerland) names its place only after a
# comma that follows another place ("Sudbury, ON", "Lausanne, VD, CH").
KINDS = ("name", "abbr", "metonym", "alt", "historical", "demonym", "code")

# Feature codes of the places a reader knows by name: countries, territories, continents,
# first-order divisions and named regions.
MAJOR_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCL", "TERR", "CONT", "ADM1", "RGN"})

# Countries whose place names are romanised from Cyrillic in several competing ways.
CYRILLIC_COUNTRIES = ("RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "MD", "BG", "RS", "MK",
                      "ME", "BA", "MN", "AM", "AZ", "GE")
# Countries whose place names are romanised from the Arabic script in several competing ways
# ("Qatraneh", "Qatranah"; "Mays", "Mais").
ARABIC_COUNTRIES = ("DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
                    "SA", "SD", "SY", "TN", "YE", "AE", "IR", "AF", "PK")
ROMANISED_COUNTRIES = CYRILLIC_COUNTRIES + ARABIC_COUNTRIES
"""Countries whose places the transliteration index (``translit``) holds, whatever their size."""

DDL = """
PRAGMA journal_mode=OFF;
PRAGMA synchronous=OFF;
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    feature_class TEXT NOT NULL, feature_code TEXT NOT NULL, country_code TEXT,
    admin1_code TEXT, admin1 TEXT, population INTEGER NOT NULL DEFAULT 0, source TEXT);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL, geonameid INTEGER NOT NULL, kind TEXT NOT NULL,
    PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS translit (
    tkey TEXT NOT NULL, geonameid INTEGER NOT NULL,
    PRIMARY KEY (tkey, geonameid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS first_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1_codes (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, geonameid INTEGER);
CREATE TABLE IF NOT EXISTS suppressed (
    key TEXT NOT NULL, geonameid INTEGER NOT NULL, PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""

PLACE_INSERT = "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)"


def create(db: sqlite3.Connection) -> None:
    """Create the tables (no-op where they exist)."""
    db.executescript(DDL)


def insert_names(db: sqlite3.Connection, rows: Iterable[tuple[str, int, str]]) -> None:
    """Insert ``(key, geonameid, kind)`` rows; an existing row keeps the stronger kind."""
    rank = {kind: i for i, kind in enumerate(KINDS)}
    db.executemany(
        "INSERT INTO names VALUES (?1, ?2, ?3) ON CONFLICT (key, geonameid) DO UPDATE SET "
        "kind = excluded.kind WHERE ?4 < (CASE names.kind "
        + " ".join(f"WHEN '{k}' THEN {i}" for k, i in rank.items()) + " ELSE 99 END)",
        ((key, gid, kind, rank.get(kind, 99)) for key, gid, kind in rows),
    )


def finish(db: sqlite3.Connection, meta: dict[str, str]) -> None:
    """Drop orphan names, suppressed names and the alternate names that are another town's own
    (:data:`CLASHING_TOWN`), rebuild the transliteration index, fill admin1 names, write meta."""
    db.execute("DELETE FROM names WHERE geonameid NOT IN (SELECT geonameid FROM places)")
    db.execute("DELETE FROM names WHERE (key, geonameid) IN "
               "(SELECT key, geonameid FROM suppressed)")
    db.execute(  # an alternate name that is another town's own (CLASHING_TOWN)
        "DELETE FROM names WHERE kind = 'alt' AND (key, geonameid) IN (SELECT a.key, a.geonameid "
        "FROM names a JOIN places pa USING (geonameid) JOIN names b ON b.key = a.key "
        "AND b.kind = 'name' AND b.geonameid != a.geonameid JOIN places pb "
        "ON pb.geonameid = b.geonameid WHERE a.kind = 'alt' AND pa.feature_class = 'P' "
        "AND pb.feature_class = 'P' AND pb.country_code = pa.country_code "
        "AND pa.population >= ? AND pb.population >= ? AND 2 * pb.population >= pa.population)",
        (CLASHING_TOWN, CLASHING_TOWN))
    db.execute(
        "UPDATE places SET admin1 = (SELECT a.name FROM admin1_codes a WHERE "
        "a.code = places.country_code || '.' || places.admin1_code) "
        "WHERE admin1 IS NULL AND admin1_code IS NOT NULL"
    )
    db.execute("DELETE FROM translit")
    marks = ",".join("?" * len(ROMANISED_COUNTRIES))
    rows = db.execute(
        f"SELECT n.key, n.geonameid FROM names n JOIN places p USING (geonameid) "
        f"WHERE n.kind IN ('name', 'alt', 'historical') AND ((p.country_code IN ({marks}) "
        f"AND p.feature_class IN ('P', 'A', 'L')) OR p.feature_code IN ('ADM1', 'PCLI') "
        f"OR (p.feature_class = 'P' AND p.population >= ?))",
        (*ROMANISED_COUNTRIES, TRANSLIT_POPULATION),
    )
    pairs = ((tkey, gid) for key, gid in rows if key.isascii() and (tkey := translit_key(key)))
    db.cursor().executemany("INSERT OR IGNORE INTO translit VALUES (?, ?)", pairs)
    french = sorted(lang.word_set("home_countries", "fr"))
    rows = db.execute(
        f"SELECT n.key, n.geonameid FROM names n JOIN places p USING (geonameid) "
        f"WHERE n.kind IN ('name', 'alt', 'historical') AND p.country_code IN "
        f"({','.join('?' * len(french))}) AND (p.feature_class = 'A' OR "
        f"(p.feature_class = 'P' AND p.population >= ?))", (*french, FRENCH_SOUND_POPULATION))
    pairs = ((FRENCH_SOUND + tkey, gid) for key, gid in rows
             if key.isascii() and (tkey := translit_key(french_sound(key))))
    db.cursor().executemany("INSERT OR IGNORE INTO translit VALUES (?, ?)", pairs)
    db.execute("DELETE FROM first_words")
    phrases = db.execute("SELECT DISTINCT key FROM names WHERE instr(key, ' ') > 0")
    db.executemany("INSERT OR IGNORE INTO first_words VALUES (?)",
                   ((key.split(" ", 1)[0],) for (key,) in phrases if not key.isascii()))
    meta["places"] = str(db.execute("SELECT COUNT(*) FROM places").fetchone()[0])
    meta["names"] = str(db.execute("SELECT COUNT(*) FROM names").fetchone()[0])
    keys = db.execute("SELECT MAX(LENGTH(key) - LENGTH(REPLACE(key, ' ', ''))) FROM names")
    meta["max_tokens"] = str(min(8, int(keys.fetchone()[0] or 0) + 1))
    meta["schema"] = SCHEMA_VERSION
    db.execute("DELETE FROM meta")
    db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
