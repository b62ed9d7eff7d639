# Words after a superlative event cue that make it a yardstick ("la plus grande bataille depuis
# Bakhmout", "la pire attaque de la guerre", "la plus meurtrière depuis des années");
# regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
depuis
jamais
de l['’]histoire
de la guerre
du conflit
de l['’]année
en (?:\d+ )?(?:ans|années|décennies|mois)
