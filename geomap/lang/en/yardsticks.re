# Words after a superlative event cue that make it a yardstick ("the worst attack on the area
# since a hypermarket was hit", "the biggest in years"); regular-expression alternatives, matched
# case-insensitively as whole words.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
since
in (?:years|decades)
ever
