# Words right before an event cue that measure it against others ("the worst attack since ..."):
# with a yardstick after the cue (yardsticks.re), the cue is a comparison, not news; regular-
# expression alternatives, matched case-insensitively from a word boundary.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
worst
deadliest
biggest
largest
heaviest
bloodiest
most \w+
