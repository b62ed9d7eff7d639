"""The places a Cyrillic name stands for by its romanisation, where the gazetteer lacks the name
in Cyrillic: a Latin name spelt letter for letter as a romanisation ("Тьоткино" is Tyotkino),
else a transliteration skeleton shared with a Latin name ("Хан-Юніс" is Khan Yunis), or with a
French-speaking country's town as French sounds its name ("Мирбале" is Mirebalais).

Rows are the store's (:data:`~geomap.gazetteer.schema.PREFIXED` columns after the match kind
``translit``); :class:`~geomap.gazetteer.store.Gazetteer` turns them into candidates.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from geomap.gazetteer import schema
from geomap.lang.inflection import adjective, commonness, ending_forms, homes_of, romanisations
from geomap.text import french_sound, latin_c, name_key, translit_key

BIG_PLACE = 100_000
"""People in a place that a fairly common word of a language (:func:`commonness` 1) may name by
its romanisation."""
_POPULATION = 1 + schema.PLACE_COLUMNS.split(", ").index("population")
_NAME = 1 + schema.PLACE_COLUMNS.split(", ").index("name")
_CODE = 1 + schema.PLACE_COLUMNS.split(", ").index("feature_code")
_SKELETON = 4  # letters of a romanisation's skeleton, at least, to look it up
_ALIKE = "="  # marks the rows spelt alike in the romanisation query (no skeleton has it)
_TOWN_ADJECTIVAL = ("ськ", "цьк", "ск", "цк")
"""How the towns end whose case forms look like adjectives' ("Рильську", "в Курську")."""
_TOWN_LOCATIVE = ("ську", "цьку")
"""The case endings of such a town that an adjective shares (the Ukrainian locative)."""


class Romanised:
    """The romanisation lookups of one open store.

    Parameters
    ----------
    db
        The store's connection.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def rows(self, name: str) -> tuple[Any, ...]:
        """The rows of the places a Cyrillic name the gazetteer lacks in Cyrillic stands for
        (kind ``translit``): those spelt alike (:meth:`spelt_alike`) when there are some, else
        those sharing the transliteration skeleton of a romanisation
        (:func:`~geomap.lang.inflection.romanisations`): a town of the languages' home
        countries, or a country, division or town of
        :data:`~geomap.gazetteer.schema.TRANSLIT_POPULATION` people anywhere; for a name too
        short for a skeleton such a place spelt alike. None for an ordinary word, and for a
        fairly common one ("Бені") only a place of :data:`BIG_PLACE` people or a major one
        spelt alike (:func:`~geomap.lang.inflection.commonness`); none for an adjective
        (:func:`~geomap.lang.inflection.adjective`) but a town's locative that looks like one."""
        how_common = commonness(name)
        if how_common > 1:
            return ()
        if how_common:  # "Бені" is Beni, not the word: a big place's name spelt alike
            spelt = {spelling(name_key(latin)) for latin in romanisations(name)}
            return tuple(row for row in self._rows(name, BIG_PLACE)
                         if ((row[_POPULATION] or 0) >= BIG_PLACE
                             or row[_CODE] in schema.MAJOR_CODES)
                         and spelling(name_key(row[_NAME])) in spelt)
        return self._rows(name, 0)

    def _rows(self, name: str, larger: int) -> tuple[Any, ...]:
        """:meth:`rows` of a name that is no common word, of places of ``larger`` people at
        least where spelt alike."""
        if adjective(name):  # but "Рильську" is the town Рильськ's locative
            if not name.endswith(_TOWN_LOCATIVE):
                return ()
            forms = [form for form, _ in ending_forms(name) if form.endswith(_TOWN_ADJECTIVAL)]
            # spelt alike, else as the town's own name is found ("у Новоросійську")
            return self.spelt_alike(name, tuple(
                latin for form in forms for latin in romanisations(form)), larger) or next(
                (found for form in forms if (found := self.rows(form))), ())
        latins = romanisations(name)
        skeletons = sorted({skeleton for latin in latins
                            if (skeleton := translit_key(name_key(latin)))})
        spelt = {spelling(name_key(latin)) for latin in latins}
        if not skeletons:  # too short for a skeleton ("Бунія"): a name spelt alike ("Bunia")
            return self.spelt_alike(name, latins, larger) or tuple(self._db.execute(
                f"SELECT 'translit', {schema.PREFIXED} FROM names n JOIN places p "
                f"USING (geonameid) WHERE n.key IN ({', '.join('?' * len(spelt))}) AND "
                "n.kind != 'code' AND (p.feature_class = 'A' OR p.population >= ?)",
                (*sorted(spelt), schema.TRANSLIT_POPULATION)).fetchall())
        # in one query with the places spelt alike (which come first, _ALIKE): the skeletons'
        # places, and a French-speaking country's town by how French sounds its name
        # ("Мирбале" is Mirebalais; that index holds towns of FRENCH_SOUND_POPULATION people)
        sounds = [schema.FRENCH_SOUND + skeleton for skeleton in skeletons]
        alike, params = _alike_query(name, latins, larger, f"'{_ALIKE}', ")
        rows = self._db.execute(
            f"{alike} UNION ALL SELECT t.tkey, 'translit', {schema.PREFIXED} FROM translit t "
            f"JOIN places p USING (geonameid) WHERE t.tkey IN "
            f"({', '.join('?' * len(skeletons))}) AND (p.feature_class = 'A' OR "
            f"p.population >= ?) OR t.tkey IN ({', '.join('?' * len(sounds))})",
            (*params, *skeletons, schema.TRANSLIT_POPULATION, *sounds)).fetchall()
        found = tuple(row[1:] for row in rows if row[0] == _ALIKE)
        if found:
            return found
        # a short skeleton ("stv") finds a place only when its name is spelt alike: "Сіттве"
        # is Sittwe, "Дельма" Delmas
        return tuple(row[1:] for row in rows if len(row[0].lstrip(schema.FRENCH_SOUND)
                                                    .replace(" ", "")) >= _SKELETON
                     or spelling(name_key(row[3]) if row[0][0] != schema.FRENCH_SOUND
                                  else french_sound(name_key(row[3]))) in spelt)

    def spelt_alike(self, name: str, latins: tuple[str, ...],
                    larger: int = 0) -> tuple[Any, ...]:
        """The rows of the places one of whose Latin names is one of ``latins``, romanisations
        of the Cyrillic ``name``, letter for letter: a town of the home countries of a language
        that may have written it, whatever its size ("Тьоткино" is Tyotkino). A name so spelt
        outranks a skeleton's match ("Сиверск" is Siversk, not Seversk); an adjective's form
        ("Рильську", the town's locative) finds a place only so. With ``larger``, only the
        places of at least that many people: the Bulgarian "Никопол" names a village of
        Bulgaria, and, spelt so, Nikopol in Ukraine. (The callers leave out common words.)"""
        if not latins:
            return ()
        query, params = _alike_query(name, latins, larger)
        return tuple(self._db.execute(query, params).fetchall())


def _alike_query(name: str, latins: tuple[str, ...], larger: int,
                 mark: str = "") -> tuple[str, tuple[Any, ...]]:
    """The query of :meth:`Romanised.spelt_alike` and its parameters, each row opened by
    ``mark`` (an SQL literal and a comma, or nothing)."""
    keys = sorted({name_key(latin) for latin in latins})
    homes = sorted(homes_of(name))
    return (f"SELECT DISTINCT {mark}'translit', {schema.PREFIXED} FROM names n JOIN places p "
            f"USING (geonameid) WHERE n.key IN ({', '.join('?' * len(keys))}) AND "
            f"n.kind != 'code' AND p.country_code IN ({', '.join('?' * len(homes))}) "
            f"AND p.population >= ?", (*keys, *homes, larger))


def spelling(key: str) -> str:
    """A folded Latin name with the letters romanisations confuse made one ("Sittwe" and
    "Sittve", "Tyr" and "Tir", "Menaka" and "Ménaca": :func:`~geomap.text.latin_c`) and
    doubled letters single."""
    key = latin_c(key).translate(_CONFUSED)
    return "".join(c for i, c in enumerate(key) if i == 0 or c != key[i - 1])


_CONFUSED = str.maketrans({"w": "v", "y": "i", "j": "i"})
