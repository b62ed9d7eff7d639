# Words right after an event cue that measure it against others ("le bombardement le plus
# violent qu'ils aient connu depuis ...", "l'attaque la plus meurtrière depuis des mois"): with a
# yardstick after them (yardsticks.re), the cue is a comparison, not news; regular-expression
# alternatives, matched case-insensitively right after the cue.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
(?:le|la|les) (?:plus|moins) [\w-]+
(?:le|la|les) pires?
