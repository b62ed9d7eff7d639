"""The event palette, shared by the map page and the QGIS style of the events layer.

One colour per ACLED event type, picked to stay apart for the common forms of colour blindness
and to read on the pale basemap. :func:`qgis_style_qml` turns the palette into a QGIS layer style
(QML): a categorised renderer on ``event_type``, marker size growing with ``mentions``, and the
layer made temporal from ``date_start`` to the day after ``date_end`` (excluded), so that QGIS's
Temporal Controller shows an event on exactly its own days.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

EVENT_COLORS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#f16913",
    "Violence against civilians": "#7b3294",
    "Protests": "#1f78b4",
    "Riots": "#e7298a",
    "Strategic developments": "#1b9e77",
}
OTHER_COLOR = "#737373"
OTHER_LABEL = "Other or unclassified"

# QGIS's enum QgsVectorLayerTemporalProperties::TemporalMode: start and end from expressions;
# and LimitMode: the start included, the end excluded.
_TEMPORAL_START_AND_END_EXPRESSIONS = "4"
_INCLUDE_START_EXCLUDE_END = "0"
# A date is its whole day: from its first moment to the next day's, excluded. A Date field
# compared with a frame's DateTime as is would put every event on the day before.
_START = 'to_datetime("date_start")'
_END = 'to_datetime("date_end") + to_interval(\'1 day\')'
_SIZE_MM = 3.0
_SIZE_EXPRESSION = 'coalesce(scale_linear(min("mentions", 6), 1, 6, 3, 6), 3)'
# an undated event is drawn faint: it cannot be placed in time
_UNDATED_FILL = "if(\"date\" is null, set_color_part(@symbol_color, 'alpha', 70), @symbol_color)"


def qgis_style_qml() -> str:
    """The events layer's QGIS style as QML text.

    Symbol layer properties are written both as ``<Option>`` maps (QGIS 3.26 and later) and as
    ``<prop>`` pairs (earlier 3.x), the way QGIS 3.16 to 3.24 write them, so every QGIS 3 reads it.

    Returns
    -------
    str
        An XML document with a ``qgis`` root element.
    """
    root = ET.Element("qgis", version="3.22.0", styleCategories="Symbology|Labeling|Temporal",
                      labelsEnabled="1")
    temporal = ET.SubElement(root, "temporal", enabled="1",
                             mode=_TEMPORAL_START_AND_END_EXPRESSIONS, startField="date_start",
                             endField="date_end", accumulate="0", durationUnit="d",
                             fixedDuration="0", durationField="", startExpression=_START,
                             endExpression=_END, limitMode=_INCLUDE_START_EXCLUDE_END)
    fixed = ET.SubElement(temporal, "fixedRange")
    ET.SubElement(fixed, "start")
    ET.SubElement(fixed, "end")
    # events at one point are spread around it (the seeds' five events are not two dots)
    displaced = ET.SubElement(root, "renderer-v2", type="pointDisplacement", tolerance="3",
                              toleranceUnit="MM", placement="0", labelAttributeName="",
                              circleWidth="0.4", circleColor="125,125,125,255",
                              circleRadiusAddition="0", labelColor="0,0,0,255",
                              labelDistanceFactor="0.5", maxLabelScaleDenominator="0",
                              forceraster="0", symbollevels="0", enableorderby="0")
    ET.SubElement(displaced, "labelFontProperties", style="",
                  description="Sans Serif,8,-1,5,50,0,0,0,0,0")
    renderer = ET.SubElement(displaced, "renderer-v2", type="categorizedSymbol",
                             attr="event_type", symbollevels="0", enableorderby="0",
                             forceraster="0")
    categories = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    classes = [*EVENT_COLORS.items(), ("", OTHER_COLOR)]
    for index, (value, color) in enumerate(classes):
        ET.SubElement(categories, "category", render="true", symbol=str(index), value=value,
                      label=value or OTHER_LABEL)
        symbols.append(_marker_symbol(str(index), color))
    source = ET.SubElement(renderer, "source-symbol")
    source.append(_marker_symbol("0", OTHER_COLOR))
    displaced.append(_marker_symbol("centerSymbol", OTHER_COLOR, size="1"))
    root.append(_labels())
    ET.SubElement(root, "previewExpression").text = '"place"'
    ET.SubElement(root, "layerGeometryType").text = "0"
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body + "\n"


ROLE_COLORS = {"location": "#374151", "actor": "#9ca3af", "qualifier": "#d1d5db"}
"""The toponyms layer's colours by role: places as locations dark, actors and qualifiers pale."""


def qgis_toponym_qml() -> str:
    """The toponyms layer's QGIS style as QML text: small markers categorised by ``role``."""
    root = ET.Element("qgis", version="3.22.0", styleCategories="Symbology")
    renderer = ET.SubElement(root, "renderer-v2", type="categorizedSymbol", attr="role",
                             symbollevels="0", enableorderby="0", forceraster="0")
    categories = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    for index, (role, color) in enumerate(ROLE_COLORS.items()):
        ET.SubElement(categories, "category", render="true", symbol=str(index), value=role,
                      label=role)
        symbols.append(_marker_symbol(str(index), color, size="1.8"))
    ET.SubElement(root, "previewExpression").text = '"name"'
    ET.SubElement(root, "layerGeometryType").text = "0"
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body + "\n"


def _labels() -> ET.Element:
    """Each event labelled with its place, haloed, from 1:500,000 in."""
    labeling = ET.Element("labeling", type="simple")
    settings = ET.SubElement(labeling, "settings", calloutType="simple")
    ET.SubElement(settings, "text-style", fieldName="place", isExpression="0", fontSize="8",
                  fontSizeUnit="Point", textColor="50,50,50,255", textOpacity="1")
    ET.SubElement(settings, "text-buffer", bufferDraw="1", bufferSize="0.8",
                  bufferSizeUnits="MM", bufferColor="255,255,255,255", bufferOpacity="1")
    ET.SubElement(settings, "placement", placement="6", dist="1.5", distUnits="MM")
    ET.SubElement(settings, "rendering", scaleVisibility="1", scaleMin="0", scaleMax="500000",
                  obstacle="1", drawLabels="1")
    return labeling


def _marker_symbol(name: str, color: str, size: str | None = None) -> ET.Element:
    symbol = ET.Element("symbol", type="marker", name=name, alpha="1", clip_to_extent="1",
                        force_rhr="0")
    layer = ET.SubElement(symbol, "layer", attrib={"class": "SimpleMarker", "enabled": "1",
                                                    "pass": "0", "locked": "0"})
    props = {
        "name": "circle", "color": _qgis_color(color), "outline_color": "35,35,35,255",
        "outline_style": "solid", "outline_width": "0.3", "outline_width_unit": "MM",
        "size": size or f"{_SIZE_MM:g}", "size_unit": "MM", "scale_method": "diameter",
        "angle": "0",
        "joinstyle": "bevel", "offset": "0,0", "offset_unit": "MM",
        "horizontal_anchor_point": "1", "vertical_anchor_point": "1",
    }
    options = ET.SubElement(layer, "Option", type="Map")
    for key, value in props.items():
        ET.SubElement(options, "Option", type="QString", name=key, value=value)
    for key, value in props.items():
        ET.SubElement(layer, "prop", k=key, v=value)
    defined = ET.SubElement(ET.SubElement(layer, "data_defined_properties"), "Option",
                            type="Map")
    ET.SubElement(defined, "Option", type="QString", name="name", value="")
    properties = ET.SubElement(defined, "Option", type="Map", name="properties")
    if size is None:  # an event's marker: sized by mentions, faint when undated
        for key, expression in (("size", _SIZE_EXPRESSION), ("fillColor", _UNDATED_FILL)):
            prop = ET.SubElement(properties, "Option", type="Map", name=key)
            ET.SubElement(prop, "Option", type="bool", name="active", value="true")
            ET.SubElement(prop, "Option", type="QString", name="expression", value=expression)
            ET.SubElement(prop, "Option", type="int", name="type", value="3")
    ET.SubElement(defined, "Option", type="QString", name="type", value="collection")
    return symbol


def _qgis_color(color: str) -> str:
    """``#rrggbb`` as QGIS writes colours: ``r,g,b,a``."""
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"{red},{green},{blue},255"
