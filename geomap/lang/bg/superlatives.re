# Words right before an event cue that measure it against others ("най-тежката атака от ..."):
# with a yardstick after the cue (yardsticks.re), the cue is a comparison, not news;
# regular-expression alternatives, matched case-insensitively from a word boundary.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
най-\w+
рекордн\w*
безпрецедентн\w*
