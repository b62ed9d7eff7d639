"""What a run writes: the output records (:mod:`~geomap.outputs.records`, the one definition of
every layer's columns), GeoDataFrames (:mod:`~geomap.outputs.frame`), GeoJSON, GeoPackage and CSV
(:mod:`~geomap.outputs.files`), the map page (:mod:`~geomap.outputs.page` with its
:mod:`~geomap.outputs.assets`, :mod:`~geomap.outputs.basemap` and :mod:`~geomap.outputs.style`),
and publishing a run folder atomically (:mod:`~geomap.outputs.publish`). A run writes them a
partition at a time: the partition files (:mod:`~geomap.outputs.parts`), each partition's share
encoded by the engine (:mod:`~geomap.outputs.encode`), the shares joined in run order
(:mod:`~geomap.outputs.stream`), the map's events inline or as an index and chunks
(:mod:`~geomap.outputs.mapdata`), and what changed since the previous run
(:mod:`~geomap.outputs.changes`).

geopandas, folium and GDAL are imported only inside the writers, never by importing this package.
"""
