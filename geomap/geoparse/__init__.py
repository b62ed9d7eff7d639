"""Geoparsing: which spans of a text are place names (:func:`find_mentions`) and which place,
in which role, each one is (:func:`resolve`).

- :mod:`~geomap.geoparse.recognize`: the gazetteer-driven matcher;
- :mod:`~geomap.geoparse.persons`: personal names, which share words with places;
- :mod:`~geomap.geoparse.words`: given names, surnames and word frequencies;
- :mod:`~geomap.geoparse.resolve`: candidate scoring, qualifiers and roles;
- :mod:`~geomap.geoparse.proximity`: support from the other places of the article.
"""

from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve

__all__ = ["find_mentions", "resolve"]
