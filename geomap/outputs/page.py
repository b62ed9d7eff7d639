"""Render a run's events as a static, self-contained HTML map (folium / Leaflet).

The page is a folium map with everything inlined, so it opens from disk with the network off:
Leaflet, Leaflet.markercluster and the page's own script, style sheet and side panel (see
:mod:`geomap.outputs.assets`), and a basemap of country borders and names drawn from Natural Earth
(see :mod:`geomap.outputs.basemap`). OpenStreetMap tiles are offered in the layer control for when
the network is there.

Events and the run's warnings travel as one JSON document in a ``<script
type="application/json">`` element, escaped so that no text in it can close the element; the
page's script reads it with ``JSON.parse`` and builds markers, clusters, the event list, the
warnings and popups (when one is opened) with DOM calls, so article text and file names are never
parsed as HTML or script, and only ``http(s)`` URLs become links.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.models import Place
from geomap.outputs.assets import page_assets
from geomap.outputs.basemap import Cell, basemap_context, basemap_geojson, event_cells, town_labels
from geomap.outputs.files import json_value
from geomap.outputs.records import MAP_COLUMNS
from geomap.outputs.style import EVENT_COLORS, OTHER_COLOR

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["EVENT_COLORS", "map_row", "render_map", "render_run_index", "write_page"]

UNPLACED_FIELDS = ("document", "title", "url", "sentence", "place_name", "event_type", "date",
                   "note")
_COORD_DECIMALS = 5  # about 1 m


def render_map(frame: gpd.GeoDataFrame, path: Path, *, title: str = "geomap", summary: str = "",
               unplaced: Sequence[Mapping[str, Any]] = (), warnings: Sequence[str] = (),
               previous: str | None = None, towns: Sequence[Place] = (),
               cells: Iterable[Cell] | None = None) -> None:
    """Write the map page.

    Parameters
    ----------
    frame
        Events from :func:`geomap.outputs.frame.events_to_frame`.
    path
        The ``index.html`` to write.
    title
        Shown in the page's header and ``<title>``.
    summary
        A line under the title (date range, counts).
    unplaced
        Events (or place mentions) that could not be put on the map, listed on the page: mappings
        with any of the keys ``document``, ``title``, ``url``, ``sentence``, ``place_name`` (the
        name as written), ``event_type``, ``date`` and ``note`` (why it is not on the map).
    warnings
        The run's warnings, one line each (a file or line skipped and why, an encoding guessed),
        listed on the page as text.
    previous
        The id of the collection's previous run: the page then offers to show only what is new
        or changed since it (the events' ``status``) and marks those events in the list.
    towns
        Settlements around the events, named on the basemap as one zooms in (see
        :func:`geomap.outputs.basemap.town_labels`).
    cells
        The one-degree cells around which the basemap draws first-order division borders and
        names and rivers (see :func:`geomap.outputs.basemap.basemap_context`); by default the
        cells of the events.
    """
    if cells is None:
        placed = frame.geometry[frame.geometry.notna() & ~frame.geometry.is_empty]
        cells = event_cells(placed.x, placed.y)
    write_page(_event_table(frame), path, title=title, summary=summary, unplaced=unplaced,
               warnings=warnings, previous=previous, towns=towns, cells=cells)


def write_page(events: Mapping[str, Any], path: Path, *, title: str = "geomap",
               summary: str = "", unplaced: Sequence[Mapping[str, Any]] = (),
               warnings: Sequence[str] = (), previous: str | None = None,
               towns: Sequence[Place] = (), cells: Iterable[Cell] = ()) -> None:
    """Write the map page of an event table (``{"fields": [...], "rows": [[...], ...]}``, the
    fields :data:`~geomap.outputs.records.MAP_COLUMNS` then ``lat`` and ``lon``, see
    :func:`map_row`); the other parameters are :func:`render_map`'s."""
    import folium

    assets = page_assets()
    fmap = folium.Map(location=[30, 15], zoom_start=2, tiles=None, control_scale=True)
    fmap.default_js = []
    fmap.default_css = []
    root: Any = fmap.get_root()
    root.header.add_child(_raw(f"<title>{_html_text(title)}</title>"), name="title")
    root.header.add_child(_raw(f"<style>{_style_safe(assets.css)}</style>"), name="geomap_css")
    root.header.add_child(_raw(f"<script>{_script_safe(assets.js)}</script>"), name="geomap_js")
    large = events.get("large")
    if large:  # the index of a large run, a script beside the page (a name geomap chose)
        root.header.add_child(_raw(f'<script src="{_html_text(large["script"])}"></script>'),
                              name="geomap_index")
    data = {
        "title": title, "summary": summary, "colors": EVENT_COLORS, "other": OTHER_COLOR,
        **events, "unplaced": [_unplaced_record(item) for item in unplaced],
        "warnings": [str(line) for line in warnings], "previous": previous,
    }
    page = (assets.body + _json_element("geomap-data", _json_for_script(data))
            + _json_element("geomap-basemap", _escape_json_text(basemap_geojson()))
            + _json_element("geomap-towns", _json_for_script(town_labels(towns)))
            + _json_element("geomap-context", _json_for_script(basemap_context(cells))))
    root.html.add_child(_raw(page), name="geomap_page", index=0)
    fmap.add_child(_script_element(f"geomapStart({fmap.get_name()});"), name="geomap_start")
    fmap.save(str(path))


def _raw(text: str) -> Any:
    """A branca element that emits ``text`` verbatim.

    The text is passed as a template variable, never as template source, so nothing in it (a title,
    minified JavaScript) can be read as Jinja syntax.
    """
    from branca.element import Element

    element: Any = Element("{{ this.geomap_text }}")
    element.geomap_text = text
    return element


def _script_element(script: str) -> Any:
    """A folium element that emits ``script`` verbatim in the map's script block."""
    from branca.element import MacroElement
    from jinja2 import Template

    element: Any = MacroElement()  # type: ignore[no-untyped-call]
    element._template = Template(
        "{% macro script(this, kwargs) %}{{ this.geomap_script }}{% endmacro %}"
    )
    element.geomap_script = script
    return element


def _event_table(frame: gpd.GeoDataFrame) -> dict[str, Any]:
    """The events as ``{"fields": [...], "rows": [[...], ...]}``: names once, not per event."""
    columns = [c for c in MAP_COLUMNS if c in frame.columns]
    rows = []
    for row, geom in zip(frame[columns].itertuples(index=False), frame.geometry, strict=True):
        rows.append(map_row([json_value(v) for v in row], geom.y, geom.x))
    return {"fields": [*columns, "lat", "lon"], "rows": rows}


def map_row(values: list[Any], lat: float, lon: float) -> list[Any]:
    """One event's row of the page's table: its values, then its point, rounded to about 1 m."""
    return [*values, round(lat, _COORD_DECIMALS), round(lon, _COORD_DECIMALS)]


def _unplaced_record(item: Mapping[str, Any]) -> dict[str, Any]:
    values = {key: json_value(item.get(key)) for key in UNPLACED_FIELDS}
    return {key: value for key, value in values.items() if value is not None}


def _json_element(element_id: str, json_text: str) -> str:
    return f'<script type="application/json" id="{element_id}">{json_text}</script>\n'


def _json_for_script(value: Any) -> str:
    """JSON that cannot close or open markup inside a ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=True, sort_keys=isinstance(value, Mapping),
                      separators=(",", ":"))
    return _escape_json_text(text)


def _escape_json_text(text: str) -> str:
    """Escape ``<``, ``>`` and ``&`` in JSON text; ``JSON.parse`` reads them back unchanged."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _script_safe(js: str) -> str:
    return js.replace("</script", "<\\/script")


def _style_safe(css: str) -> str:
    return css.replace("</style", "<\\/style")


def _html_text(text: str) -> str:
    import html

    return html.escape(text, quote=True)


_RUN_INDEX_STYLE = (
    "body{margin:0;font:14px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',"
    "'DejaVu Sans','Liberation Sans',Arial,sans-serif;"
    "color:#1f2933;background:#f4f6f8}header{display:flex;align-items:baseline;gap:20px;"
    "padding:12px 24px;background:#17212b;color:#f3f5f7}header h1{margin:0;font-size:18px}"
    "header a{color:#9cc3ff}main{padding:20px 24px}table{border-collapse:collapse;"
    "background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.12)}th{font-size:11px;"
    "text-transform:uppercase;letter-spacing:.06em;color:#5f6b7a;background:#fafbfc}"
    "td,th{border-bottom:1px solid #e3e6ea;padding:7px 14px;text-align:left}"
    "td:nth-child(-n+2){white-space:nowrap}td:nth-child(n+5),th:nth-child(n+5){text-align:right;"
    "font-variant-numeric:tabular-nums}a{color:#1d4ed8}"
)


def render_run_index(runs: list[dict[str, Any]], path: Path) -> None:
    """Write the page that lists every run with its date, inputs and counts.

    Parameters
    ----------
    runs
        The runs' ``run.json`` manifests, newest first.
    path
        The HTML file to write.
    """
    import html

    rows = []
    for run in runs:
        run_id = str(run.get("run_id", ""))
        counts = run.get("counts", {})
        inputs = run.get("inputs", [])
        names = ", ".join(Path(str(i.get("path", ""))).name for i in inputs[:5])
        if len(inputs) > 5:
            names += f", and {len(inputs) - 5} more"
        rows.append(
            "<tr><td><a href=\"{href}/index.html\">{id}</a></td><td>{created}</td><td>{title}</td>"
            "<td>{inputs}</td><td>{docs}</td><td>{events}</td><td>{warnings}</td></tr>".format(
                href=html.escape(_url_segment(run_id), quote=True), id=html.escape(run_id),
                created=html.escape(str(run.get("created", ""))),
                title=html.escape(str(run.get("title", ""))), inputs=html.escape(names),
                docs=int(counts.get("documents", 0)), events=int(counts.get("events", 0)),
                warnings=int(counts.get("warnings", 0)),
            )
        )
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>geomap runs</title>"
        f"<style>{_RUN_INDEX_STYLE}</style></head><body>"
        "<header><h1>geomap runs</h1><a href=\"latest/index.html\">latest run</a></header>"
        "<main><table><thead><tr>"
        "<th>run</th><th>created</th><th>title</th><th>inputs</th><th>articles</th><th>events</th>"
        "<th>warnings</th></tr></thead><tbody>\n" + "\n".join(rows) +
        "\n</tbody></table></main></body></html>\n"
    )
    path.write_text(page, encoding="utf-8")


def _url_segment(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")
