"""Run by Debian's Python with QGIS (python3-qgis), offscreen: open a run's GeoPackage as QGIS
does, and print what the test asserts, as JSON.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis_check.py EVENTS.gpkg
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDateTime, QTime

app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(f"{sys.argv[1]}|layername=events", "events", "ogr")
_, loaded = layer.loadDefaultStyle()  # the style the GeoPackage's layer_styles holds
temporal = layer.temporalProperties()
context = QgsVectorLayerTemporalContext()
context.setLayer(layer)


def shown(feature, day):
    """Whether the Temporal Controller's frame of one whole day shows the feature."""
    frame = QgsDateTimeRange(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)),
                             True, False)
    request = QgsFeatureRequest().setFilterExpression(temporal.createFilterString(context, frame))
    return any(other.id() == feature.id() for other in layer.getFeatures(request))


days = []
for feature in layer.getFeatures():
    first, last = feature["date_start"], feature["date_end"]
    if first and last:
        days.append({"start": first.toString("yyyy-MM-dd"), "end": last.toString("yyyy-MM-dd"),
                     "on_its_first_day": shown(feature, first),
                     "on_its_last_day": shown(feature, last),
                     "day_before": shown(feature, first.addDays(-1)),
                     "day_after": shown(feature, last.addDays(1))})
renderer = layer.renderer()
inner = renderer.embeddedRenderer() if renderer.type() == "pointDisplacement" else renderer
print(json.dumps({"valid": layer.isValid(), "style": loaded, "renderer": renderer.type(),
                  "inner": inner.type(), "field": inner.classAttribute(),
                  "labels": layer.labelsEnabled(), "label_field":
                  layer.labeling().settings().fieldName if layer.labelsEnabled() else None,
                  "temporal": temporal.isActive(),
                  "mode": int(temporal.mode()), "days": days}), flush=True)
os._exit(0)  # PyQGIS may crash tearing down what it holds; the answer is out
