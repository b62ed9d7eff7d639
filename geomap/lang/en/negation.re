# Words right before an event cue (at most two words between) that say it did not happen ("are
# not completely encircled", "was never captured"); regular-expression alternatives, matched
# case-insensitively from a word boundary.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
not
n't
never
no longer
no(?=\s+$)
no one
nobody
