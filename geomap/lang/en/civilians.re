# Words that name civilians as the target of violence (actor2 "Civilians" of a strike or an attack);
# regular-expression alternatives, matched case-insensitively from a word boundary.
# Source: written for geomap from ACLED's actor naming and English usage; licence: MIT, as geomap.
civilians?\b
