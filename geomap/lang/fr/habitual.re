# Words that make a clause speak of what keeps happening ("à maintes reprises", "chaque nuit"),
# not of one event; regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
à maintes reprises
à plusieurs reprises
à de nombreuses reprises
à répétition
régulièrement
quotidiennement
chaque (?:jour|nuit|semaine|matin|soir)
tous les (?:jours|soirs|matins)
toutes les (?:nuits|semaines)
jour après jour
nuit après nuit
fréquemment
souvent
sans cesse
constamment
continuellement
habituellement
d['’]ordinaire
généralement
depuis des (?:jours|semaines|mois|années)
de plus en plus
(?:est|sont) devenue?s?
(?:attaques|frappes|bombardements|tirs|incursions|raids|offensives|violences|agressions) répétée?s
s['’]appui(?:e|ent|ait|aient|ant) (?:largement |surtout |principalement |essentiellement )?sur
compt(?:e|ent|ait|aient) (?:largement |surtout |principalement )?sur
