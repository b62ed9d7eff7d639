# Words that make a clause speak of what keeps happening ("à maintes reprises", "chaque nuit",
# "les combats ne faiblissent pas", "assiégée depuis 2023"), not of one event; regular-expression
# alternatives, matched case-insensitively as whole words (a siege or a blockade is a state only
# with its own "depuis": "reprise à des rebelles qui la tenaient depuis 2012" is news).
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
aucun signe d['’](?:accalmie|apaisement|répit|ralentissement|essoufflement)
ne (?:faiblissent|faiblit|faiblissaient|faiblissait|cessent|cesse|cessaient|cessait) (?:pas|jamais)
se poursuiv(?:ent|ait|aient) (?:le long|sur l['’]ensemble|sur tout|sans relâche|sans répit)
(?:assiég|encercl|bloqu|occup|soumise? à un blocus|sous blocus|sous le contrôle)\w*\s+(?:[\w'’-]+\s+){0,4}?depuis (?:(?:fin |début |mi-)?(?:19|20)\d{2}|des décennies|plusieurs (?:mois|années)|de longs mois|le début de la guerre|le début du conflit)
# a tally so far, not one happening ("le RNDDH a recensé plus de 1 400 meurtres")
(?:recensé|enregistré|comptabilisé|documenté|dénombré) (?:[\w'’-]+ ){0,2}?(?:(?:plus de|près de|environ|au moins) )?\d[\d\s ]*\s+(?:meurtres|morts|tués|décès|victimes|homicides|assassinats)
# a toll over years: "Les ADF ont tué des milliers de civils autour de Beni depuis 2014"
(?:ont|a|avaient|avait) tué\b(?=[^.;]*\bdepuis (?:(?:le )?(?:début|fin|mi-) ?(?:de |d['’]|du )?)?(?:19|20)\d{2}\b)
depuis (?:19|20)\d{2},? (?:[\w'’-]+ ){1,4}?(?:ont|a) tué\b
# a tally since a period began: "Depuis le début de l'année, plus de 300 civils ont été tués"
depuis (?:le début de (?:l['’]année|l['’]an|ce mois|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\b[^.;]{0,80}?(?:ont été tu[ée]s|a été tuée?|ont tué|a tué|sont morts|sont mortes|ont péri|ont perdu la vie)
(?:ont été tu[ée]s|ont tué|sont morts|sont mortes|ont péri)\b(?=[^.;]*\bdepuis le début de (?:l['’]année|l['’]an|ce mois)\b)
# des déplacés qui ont fui des combats ailleurs : « La ville accueille des dizaines de milliers de déplacés qui ont fui les combats plus au nord »
(?:fui|fuyant|fuient|fuir|fuyaient|enfuie?s?)\s+(?:les?\s+|la\s+|l['’]|des\s+)?(?:combats|violences|affrontements|attaques|bombardements|guerre|exactions)
