# Verbs after a capital or a government seat that make it an actor, not a place where something
# happened ("Moscou a affirmé", "Kiev dément", "Bruxelles s'est dit alarmé"); regular-expression
# alternatives, matched case-insensitively as whole words right after the name.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
(?:ne\s+|n['’])?(?:a|avait|ont|avaient)\s+(?:\w+\s+)?(?:affirmé|déclaré|annoncé|démenti|nié|rejeté|condamné|accusé|exigé|réclamé|averti|menacé|confirmé|reconnu|ordonné|décidé|approuvé|répondu|commenté|appelé|exprimé|qualifié|dénoncé|refusé|accepté|promis|critiqué|estimé|assuré|affirmé|indiqué|fait savoir)
(?:affirme|déclare|annonce|dément|nie|rejette|condamne|accuse|exige|réclame|avertit|menace|confirme|reconnaît|ordonne|décide|approuve|répond|appelle|dénonce|refuse|accepte|promet|critique|estime|assure|indique|veut|s['’]est dit|s['’]est déclaré|se dit)
