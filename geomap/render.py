"""Render a run's events as a static, self-contained HTML map (folium / Leaflet).

The page is a folium map whose Leaflet JavaScript and CSS are inlined (see
:mod:`geomap._assets`), so it opens from disk with the network off. Events travel as one JSON
blob, escaped for a ``<script>`` element; the page's script builds markers and popups with DOM
calls (``textContent``), so article text is never parsed as HTML or script. Only ``http(s)`` URLs
become links.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap._assets import leaflet_assets
from geomap.export import _json_value

if TYPE_CHECKING:
    import geopandas as gpd

EVENT_COLORS = {
    "Battles": "#d7301f",
    "Explosions/Remote violence": "#fc8d59",
    "Violence against civilians": "#7a0177",
    "Protests": "#2b8cbe",
    "Riots": "#6a51a3",
    "Strategic developments": "#238b45",
}
_OTHER_COLOR = "#636363"
_POPUP_FIELDS = (
    "event_id", "document", "title", "url", "sentence", "place_name", "place", "geonameid",
    "country_code", "admin1", "feature_code", "geo_precision", "date", "date_precision",
    "date_basis", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "sources",
    "mentions", "confidence",
)

_SCRIPT = """
(function () {
  var map = %(map)s;
  var data = %(data)s;
  var colors = %(colors)s;
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function row(table, label, value) {
    if (value === null || value === undefined || value === '') return;
    var tr = el('tr'); tr.appendChild(el('th', label)); tr.appendChild(el('td', value));
    table.appendChild(tr);
  }
  function popup(f) {
    var box = el('div', null, 'geomap-popup');
    var p = el('p', null, 'geomap-sentence');
    var s = f.sentence || '', name = f.place_name || '', at = name ? s.indexOf(name) : -1;
    if (at >= 0) {
      p.appendChild(document.createTextNode(s.slice(0, at)));
      p.appendChild(el('mark', name));
      p.appendChild(document.createTextNode(s.slice(at + name.length)));
    } else { p.textContent = s; }
    box.appendChild(p);
    var t = el('table');
    row(t, 'Type', [f.event_type, f.sub_event_type].filter(Boolean).join(' / '));
    row(t, 'Date', f.date ? f.date + ' (' + f.date_precision + ', ' + f.date_basis + ')'
                          : 'unknown');
    row(t, 'Actors', [f.actor1, f.actor2].filter(Boolean).join(' vs '));
    row(t, 'Fatalities', f.fatalities);
    row(t, 'Sources', f.sources);
    row(t, 'Place', f.place + ' (GeoNames ' + f.geonameid + ', ' + (f.admin1 || '') +
           ' ' + (f.country_code || '') + ')');
    row(t, 'Geo precision', f.geo_precision);
    row(t, 'Confidence', f.confidence);
    row(t, 'Mentions', f.mentions);
    row(t, 'Article', f.title || f.document);
    box.appendChild(t);
    if (typeof f.url === 'string' && /^https?:\\/\\//i.test(f.url)) {
      var a = el('a', f.url); a.href = f.url; a.target = '_blank'; a.rel = 'noopener noreferrer';
      box.appendChild(a);
    }
    return box;
  }
  var layer = L.featureGroup();
  data.forEach(function (f) {
    var color = colors[f.event_type] || '%(other)s';
    var marker = L.circleMarker([f.lat, f.lon], {
      radius: 6 + 2 * Math.min((f.mentions || 1) - 1, 5), color: '#222', weight: 1,
      fillColor: color, fillOpacity: 0.85, className: 'geomap-event'
    });
    marker.bindPopup(function () { return popup(f); }, {maxWidth: 360});
    marker.addTo(layer);
  });
  layer.addTo(map);
  if (data.length) map.fitBounds(layer.getBounds(), {maxZoom: 9, padding: [30, 30]});
  var head = el('div', null, 'geomap-header');
  head.appendChild(el('strong', %(title)s));
  head.appendChild(el('span', %(summary)s));
  document.body.appendChild(head);
  var legend = el('div', null, 'geomap-legend');
  Object.keys(colors).forEach(function (k) {
    var item = el('div'); var sw = el('span', null, 'geomap-swatch');
    sw.style.background = colors[k]; item.appendChild(sw); item.appendChild(el('span', k));
    legend.appendChild(item);
  });
  document.body.appendChild(legend);
})();
"""

_STYLE = """
<style>
.geomap-header{position:absolute;top:10px;left:60px;z-index:1000;background:#fff;padding:6px 10px;
  border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:14px/1.4 sans-serif;max-width:60%}
.geomap-header span{display:block;font-size:12px;color:#444}
.geomap-legend{position:absolute;bottom:24px;right:10px;z-index:1000;background:#fff;
  padding:6px 8px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.6 sans-serif}
.geomap-swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px}
.geomap-popup{font:13px/1.4 sans-serif}.geomap-popup th{text-align:left;padding-right:8px;
  vertical-align:top}.geomap-popup mark{background:#ffe08a}
</style>
"""


def render_map(frame: gpd.GeoDataFrame, path: Path, *, title: str = "geomap",
               summary: str = "") -> None:
    """Write the map page.

    Parameters
    ----------
    frame
        Events from :func:`geomap.frame.events_to_frame`.
    path
        The ``index.html`` to write.
    title
        Shown in the page's header and ``<title>``.
    summary
        A line under the title (date range, counts).
    """
    import folium
    from branca.element import Element

    css, js = leaflet_assets()
    fmap = folium.Map(location=[20, 0], zoom_start=2, tiles=None, control_scale=True)
    fmap.default_js = []
    fmap.default_css = []
    root: Any = fmap.get_root()
    root.header.add_child(Element(f"<title>{_html_text(title)}</title>"), name="title")
    root.header.add_child(Element(f"<style>{css}</style>"), name="leaflet_css")
    root.header.add_child(Element(f"<script>{_script_safe(js)}</script>"), name="leaflet_js")
    root.header.add_child(Element(_STYLE), name="geomap_css")
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)").add_to(fmap)

    layer = _script_element(_SCRIPT % {
        "map": fmap.get_name(),
        "data": _json_for_script(_features(frame)),
        "colors": _json_for_script(EVENT_COLORS),
        "other": _OTHER_COLOR,
        "title": _json_for_script(title),
        "summary": _json_for_script(summary),
    })
    fmap.add_child(layer, name="geomap_events")
    folium.LayerControl().add_to(fmap)
    fmap.save(str(path))


def _script_element(script: str) -> Any:
    """A folium element that emits ``script`` verbatim in the map's script block.

    The script is passed as a template variable, never as template source, so article text in it
    cannot be read as template syntax.
    """
    from branca.element import MacroElement
    from jinja2 import Template

    element: Any = MacroElement()  # type: ignore[no-untyped-call]
    element._template = Template(
        "{% macro script(this, kwargs) %}{{ this.geomap_script }}{% endmacro %}"
    )
    element.geomap_script = script
    return element


def _features(frame: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    out = []
    columns = [c for c in _POPUP_FIELDS if c in frame.columns]
    for row, geom in zip(frame[columns].itertuples(index=False), frame.geometry, strict=True):
        item = {c: _json_value(v) for c, v in zip(columns, row, strict=True)}
        item["lat"], item["lon"] = round(geom.y, 6), round(geom.x, 6)
        out.append(item)
    return out


def _json_for_script(value: Any) -> str:
    """JSON that cannot close or open markup inside a ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=True, sort_keys=isinstance(value, Mapping))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _script_safe(js: str) -> str:
    return js.replace("</script", "<\\/script")


def _html_text(text: str) -> str:
    import html

    return html.escape(text, quote=True)


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
        "<style>body{font:14px/1.5 sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border-bottom:1px solid #ddd;padding:4px 10px;text-align:left}</style></head><body>"
        "<h1>geomap runs</h1><p><a href=\"latest/index.html\">latest run</a></p><table><thead><tr>"
        "<th>run</th><th>created</th><th>title</th><th>inputs</th><th>articles</th><th>events</th>"
        "<th>warnings</th></tr></thead><tbody>\n" + "\n".join(rows) +
        "\n</tbody></table></body></html>\n"
    )
    path.write_text(page, encoding="utf-8")


def _url_segment(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")
