"""Leaflet's JavaScript and CSS, read from an installed package and inlined into map pages.

The map page must open from disk with the network off, so nothing is linked from a CDN: Leaflet
1.9.4 comes from the ``django-js-lib-leaflet`` wheel (BSD-2-Clause, Leaflet's own licence), read as
files without importing the package, and every ``url(...)`` in its CSS (the layer-control icons)
becomes a ``data:`` URI.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from importlib import metadata
from pathlib import Path

_PACKAGE = "django-js-lib-leaflet"
_FOLDER = "js_lib_leaflet/static/js_lib_leaflet"
_URL = re.compile(r"url\((['\"]?)(images/[^)'\"]+)\1\)")


@lru_cache(maxsize=1)
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's CSS (with images inlined) and minified JavaScript.

    Returns
    -------
    tuple of str
        ``(css, js)``.
    """
    folder = Path(str(metadata.distribution(_PACKAGE).locate_file(_FOLDER)))
    css = (folder / "leaflet.css").read_text(encoding="utf-8")
    js = (folder / "leaflet.js").read_text(encoding="utf-8")
    js = js.replace("//# sourceMappingURL=leaflet.js.map", "")

    def inline(match: re.Match[str]) -> str:
        data = (folder / match.group(2)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    return _URL.sub(inline, css), js
