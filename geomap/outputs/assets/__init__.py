"""The JavaScript and CSS that map pages inline, read from installed packages and geomap itself.

The map page must open from disk with the network off, so nothing is linked from a CDN:

- Leaflet 1.9.4 comes from the ``django-js-lib-leaflet`` wheel (BSD-2-Clause, Leaflet's own
  licence); every ``url(...)`` in its CSS (the layer-control icons) becomes a ``data:`` URI.
- Leaflet.markercluster 1.4.1 comes from the ``xstatic-leaflet-markercluster`` wheel (MIT); its
  CSS has no ``url(...)``.
- The page's own script, style sheet and HTML body live in this folder (see its README).

Packaged files are read as files, without importing their packages; source-map comments are
dropped so that no developer tool goes looking for a missing file.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

_LEAFLET = ("django-js-lib-leaflet", "js_lib_leaflet/static/js_lib_leaflet")
_CLUSTER = ("xstatic-leaflet-markercluster", "xstatic/pkg/leaflet_markercluster/data")
_URL = re.compile(r"url\((['\"]?)(images/[^)'\"]+)\1\)")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=\S+\s*$", re.MULTILINE)
_CLUSTER_BANNER = ("/* Leaflet.markercluster 1.4.1, (c) 2012-2017 Dave Leaver, smartrak, "
                   "MIT licence; https://github.com/Leaflet/Leaflet.markercluster */\n")


@dataclass(frozen=True, slots=True)
class PageAssets:
    """Everything a map page inlines besides its data.

    Parameters
    ----------
    css
        Style sheets in load order: Leaflet, markercluster, the page's own.
    js
        Scripts in load order: Leaflet, markercluster, the page's own (``map.js``, then
        ``overview.js`` for the page of a large run).
    body
        The page's HTML skeleton (header, side panel), free of data.
    """

    css: str
    js: str
    body: str


@lru_cache(maxsize=1)
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's CSS (with images inlined) and minified JavaScript.

    Returns
    -------
    tuple of str
        ``(css, js)``.
    """
    folder = _package_folder(*_LEAFLET)
    css = (folder / "leaflet.css").read_text(encoding="utf-8")
    js = _SOURCE_MAP.sub("", (folder / "leaflet.js").read_text(encoding="utf-8"))

    def inline(match: re.Match[str]) -> str:
        data = (folder / match.group(2)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    return _URL.sub(inline, css), js


@lru_cache(maxsize=1)
def markercluster_assets() -> tuple[str, str]:
    """Leaflet.markercluster's CSS (base and default theme) and minified JavaScript.

    Returns
    -------
    tuple of str
        ``(css, js)``.
    """
    folder = _package_folder(*_CLUSTER)
    css = "\n".join((folder / name).read_text(encoding="utf-8")
                    for name in ("MarkerCluster.css", "MarkerCluster.Default.css"))
    js = _SOURCE_MAP.sub("", (folder / "leaflet.markercluster.js").read_text(encoding="utf-8"))
    return css, _CLUSTER_BANNER + js


@lru_cache(maxsize=1)
def page_assets() -> PageAssets:
    """Leaflet, markercluster and geomap's own page files, in load order."""
    leaflet_css, leaflet_js = leaflet_assets()
    cluster_css, cluster_js = markercluster_assets()
    own = resources.files("geomap.outputs.assets")
    return PageAssets(
        css="\n".join((leaflet_css, cluster_css, (own / "map.css").read_text(encoding="utf-8"))),
        js="\n;\n".join((leaflet_js, cluster_js, *((own / name).read_text(encoding="utf-8")
                                                    for name in ("map.js", "overview.js")))),
        body=(own / "page.html").read_text(encoding="utf-8"),
    )


def _package_folder(distribution: str, folder: str) -> Path:
    return Path(str(metadata.distribution(distribution).locate_file(folder)))
