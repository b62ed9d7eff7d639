# Words right before an event cue that measure it against others ("la plus grande bataille
# depuis Bakhmout", "la pire attaque depuis des mois"): with a yardstick after the cue
# (yardsticks.re), the cue is a comparison, not news; regular-expression alternatives, matched
# case-insensitively from a word boundary. (French also puts the superlative after its noun,
# "l'attaque la plus meurtrière depuis": superlatives_after.re.)
# Source: written for geomap from French news usage; licence: MIT, as geomap.
pire
pires
plus
moins
