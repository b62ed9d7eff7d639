"""The events of a run's map, gathered a partition at a time.

:class:`MapData` receives the events as the layers are written (:mod:`geomap.outputs.stream`) and
keeps the rows the map page carries (:data:`~geomap.outputs.records.MAP_COLUMNS` and the point).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from geomap.outputs.page import map_row
from geomap.outputs.records import MAP_COLUMNS


class MapData:
    """The map's event table, filled a batch of events at a time."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []

    def add(self, values: Mapping[str, Sequence[Any]]) -> None:
        """Add a batch of events: columns by name (the output records' and ``lon``, ``lat``)."""
        columns = [values[c] for c in MAP_COLUMNS]
        for n, (lon, lat) in enumerate(zip(values["lon"], values["lat"], strict=True)):
            self.rows.append(map_row([column[n] for column in columns], lat, lon))

    def table(self) -> dict[str, Any]:
        """The table :func:`geomap.outputs.page.write_page` takes."""
        return {"fields": [*MAP_COLUMNS, "lat", "lon"], "rows": self.rows}
