"""geomap: an offline geospatial event mapper.

News articles go in; place names are found and resolved against a local GeoNames-derived
gazetteer, events are attached to points, and each run writes a static HTML map with GeoJSON,
GeoPackage and CSV layers.
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("geomap")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0+unknown"

__all__ = ["__version__"]
