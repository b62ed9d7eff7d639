"""What a run writes: the output records (:mod:`~geomap.outputs.records`, the one definition of
every layer's columns), GeoDataFrames (:mod:`~geomap.outputs.frame`), GeoJSON, GeoPackage and CSV
(:mod:`~geomap.outputs.files`), the map page (:mod:`~geomap.outputs.page` with its
:mod:`~geomap.outputs.assets`, :mod:`~geomap.outputs.basemap` and :mod:`~geomap.outputs.style`),
and publishing a run folder atomically (:mod:`~geomap.outputs.publish`).

geopandas, folium and GDAL are imported only inside the writers, never by importing this package.
"""
