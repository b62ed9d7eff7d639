"""First-level divisions' names in the languages geomap reads, from the ISO 3166-2 translations
of the iso-codes project (through pycountry; LGPL-2.1): "Харківська область", "Харьковская
область" where a translation exists; and, for a language the translations lack, names derived
from another language's by its rules (``lang/<code>/derived_division_names.tsv``: "Харьковская
область" gives the Bulgarian "Харковска област").
"""

from __future__ import annotations

import gettext
import re
from collections import defaultdict
from importlib import resources

from geomap import lang
from geomap.gazetteer.rows import StoreRows
from geomap.lang.detect import LANGUAGES as READ
from geomap.text import name_key

LANGUAGES = tuple(language for language in READ if language != "en")
"""The languages whose division names are added: those geomap reads, besides English (the
gazetteer's own)."""
_FOREIGN_NAME_ZIPF = 3.0  # a name this common as a word in English, or a one-word name this common
# in its own language, is left out: Thailand's Tak is "Так" in Ukrainian, an ordinary word


def add_subdivision_names(store: StoreRows) -> None:
    """Add the names of every first-level division that ISO 3166-2 lists and the store holds
    (matched by country and name), in :data:`LANGUAGES`."""
    import pycountry
    from wordfreq import zipf_frequency

    divisions: dict[tuple[str, str], set[int]] = defaultdict(set)
    keys: dict[int, list[str]] = defaultdict(list)  # a division's own names, folded
    for kind in ("name", "alt"):
        for key, gid in store.names.get(kind, []):
            place = store.places.get(gid)
            if place is not None and place[5] == "ADM1":
                divisions[(str(place[6]), key)].add(gid)
                keys[gid].append(key)
    translations = {language: gettext.translation("iso3166-2", pycountry.LOCALES_DIR,
                                                  languages=[language], fallback=True)
                    for language in LANGUAGES}
    derivations = {language: _derivations(language) for language in LANGUAGES}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code:
            continue
        name = str(subdivision.name)
        gids = divisions.get((subdivision.country_code, name_key(name.rstrip("'"))), set())
        if not gids:
            continue
        names: dict[str, str] = {}
        for language, translation in translations.items():
            translated = translation.gettext(name)
            if translated != name:
                names[language] = translated
        for language, rules in derivations.items():
            for source, steps in rules.items():
                if language in names:
                    continue
                # the translation, else the division's own names ("белгородская область",
                # which ISO 3166-2 writes only in Latin letters): the first a rule fits
                own = [names[source]] if source in names else \
                    sorted(key for gid in gids for key in keys[gid])
                derived = next(filter(None, (_derive(n, steps) for n in own)), None)
                if derived:
                    names[language] = derived
        usable = [n for language, n in names.items()
                  if zipf_frequency(name_key(n), "en") < _FOREIGN_NAME_ZIPF
                  and (" " in n or zipf_frequency(n.casefold(), language) < _FOREIGN_NAME_ZIPF)]
        for gid in sorted(gids):
            store.add_names(gid, usable, "alt")


def derivation_rules() -> str:
    """Every language's derivation rules as text, for the store's version."""
    return "\n".join(f"{language} {rules}" for language in LANGUAGES
                     for rules in [_derivations(language)] if rules)


def _derivations(language: str) -> dict[str, list[tuple[str, re.Pattern[str], str]]]:
    """The language's rules that derive a division's name from another language's, by source
    language: steps of kind ``name`` (one must match) and ``spelling`` (applied after)."""
    if not (resources.files("geomap.lang") / language / "derived_division_names.tsv").is_file():
        return {}
    rules: dict[str, list[tuple[str, re.Pattern[str], str]]] = defaultdict(list)
    for row in lang.table("derived_division_names", language):
        rules[row["from"]].append((row["step"], re.compile(row["pattern"]),
                                   row["replacement"].replace("-", "")))
    return rules


def _derive(name: str, steps: list[tuple[str, re.Pattern[str], str]]) -> str | None:
    derived, named = name, False
    for step, pattern, replacement in steps:
        if step == "name":
            if not named and pattern.fullmatch(derived):
                derived, named = pattern.sub(replacement, derived), True
        elif named:
            derived = pattern.sub(replacement, derived)
    return derived if named else None
