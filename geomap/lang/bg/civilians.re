# Words that name civilians as the target of violence (actor2 "Civilians" of a strike or an
# attack); regular-expression alternatives, matched case-insensitively from a word boundary.
# Adapted from lang/en/civilians.re (ACLED's actor naming).
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
цивил(?:ен|н)\w*
мирн\w* (?:граждани|жители|население)\w*
