"""Personal names in Russian and Ukrainian, told apart from place names by a morphological
analyser.

"Владимира Путина" is Vladimir Putin in the genitive, not the city of Vladimir followed by a
word; "Володимира Кухарчика" is a man, not Volodymyr. ``pymorphy3`` (MIT licence) with its
OpenCorpora Russian dictionary (``pymorphy3-dicts-ru``) and its Ukrainian dictionary
(``pymorphy3-dicts-uk``; data CC BY-SA 3.0; installed packages, nothing downloaded) tags each
word form with its grammemes: ``Name`` a given name, ``Surn`` a surname, ``Patr`` a patronymic,
each with its case. A given name followed by a surname or patronymic in the same case is a
person's name. Only words the dictionaries list count: the analyser's guesses from an unknown
word's ending would make persons of Bulgarian place names. Bulgarian has no such dictionary
here: its names keep the gazetteer's and frequency rules.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from geomap.lang import inflection

ANALYSED = ("ru", "uk")
"""The languages whose word forms the analyser tags."""


@cache
def _analyser(language: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=65536)
def _cases(word: str, grammemes: frozenset[str]) -> frozenset[str]:
    """The cases in which ``word`` may be read as one of ``grammemes``, in any language of
    :data:`ANALYSED` its letters allow."""
    found: set[str] = set()
    for language in inflection.languages(word):
        if language not in ANALYSED:
            continue
        analyser = _analyser(language)
        if not analyser.word_is_known(word.lower()):
            continue  # a guess from the word's ending names nobody ("България", "Холандия")
        for parse in analyser.parse(word):
            if parse.tag.case and grammemes & parse.tag.grammemes:
                found.add(parse.tag.case)
    return frozenset(found)


_GIVEN = frozenset({"Name"})
_FAMILY = frozenset({"Surn", "Patr"})


def personal_name(given: str, family: str) -> bool:
    """Whether two Cyrillic words side by side read as a given name and a surname or
    patronymic in the same case ("Владимира Путина", "Юрия Лужкова", "Олег Голяшкін")."""
    if not (inflection.cyrillic(given) and inflection.cyrillic(family)
            and family[:1].isupper()):
        return False
    cases = _cases(given, _GIVEN)
    return bool(cases and cases & _cases(family, _FAMILY))
