"""The local gazetteer: the SQLite store and its lookups, its build from packaged GeoNames data
and curated supplements, and the import of official GeoNames dumps.

- :mod:`~geomap.gazetteer.store`: :class:`Gazetteer`, the read-only store (``candidates``,
  ``get``, ``geocode``); :mod:`~geomap.gazetteer.phrases` reads division phrases ("la région
  de Soumy");
- :mod:`~geomap.gazetteer.build`: the embedded store from installed packages;
  :mod:`~geomap.gazetteer.sources` reads those packages, :mod:`~geomap.gazetteer.curated` the
  reviewed TSV files and the user's overrides, :mod:`~geomap.gazetteer.rows` holds what a build
  collects;
- :mod:`~geomap.gazetteer.dumps`: the streaming import of GeoNames dump files;
- :mod:`~geomap.gazetteer.schema`: the tables, and the writes the build and the import share.
"""

from geomap.gazetteer.schema import CYRILLIC_COUNTRIES, MAJOR_CODES, ROMANISED_COUNTRIES
from geomap.gazetteer.store import Gazetteer

__all__ = ["CYRILLIC_COUNTRIES", "MAJOR_CODES", "ROMANISED_COUNTRIES", "Gazetteer"]
