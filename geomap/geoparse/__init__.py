"""Geoparsing: which spans of a text are place names (:func:`find_mentions`) and which place,
in which role, each one is (:func:`resolve`).

- :mod:`~geomap.geoparse.recognize`: the gazetteer-driven matcher;
- :mod:`~geomap.geoparse.spans`: word tokens and the longest gazetteer names they spell;
- :mod:`~geomap.geoparse.rules`: the named filters that decide whether a match is a place;
- :mod:`~geomap.geoparse.persons`: personal names, which share words with places;
- :mod:`~geomap.geoparse.words`: given names, surnames and word frequencies;
- :mod:`~geomap.geoparse.resolve`: candidate scoring, context and roles;
- :mod:`~geomap.geoparse.evidence`: what the text says for a candidate (qualifiers, kind words);
- :mod:`~geomap.geoparse.ranker`: the learned weights of the candidates' features;
- :mod:`~geomap.geoparse.reasons`: why a name went to its place, in one line;
- :mod:`~geomap.geoparse.proximity`: support from the other places of the article.
"""

from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve

__all__ = ["find_mentions", "resolve"]
