# The armed people whose killing (a generic cue: "tué", "abattu") is an armed clash, not violence
# against civilians, when they are its object right after it ("la police a tué onze membres de
# gangs", "l'armée a neutralisé 30 terroristes"); regular-expression alternatives, matched
# case-insensitively within the three words after the cue.
# Source: written for geomap from ACLED's distinction of armed clashes and attacks on civilians
# and French news usage; licence: MIT, as geomap.
terroristes?
jihadistes?
djihadistes?
assaillants
bandits?
rebelles?
insurgés
combattants
membres de gangs?
membres d['’]un gang
gangsters?
hommes armés
miliciens
