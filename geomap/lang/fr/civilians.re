# Words that name civilians as the target of violence (actor2 "Civilians" of a strike or an
# attack): "deux civils", "la population civile"; regular-expression alternatives, matched
# case-insensitively from a word boundary ("guerre civile" and "société civile" are none).
# Source: written for geomap from ACLED's actor naming and French usage; licence: MIT, as geomap.
civils?\b
populations? civiles?\b
non-combattants\b
