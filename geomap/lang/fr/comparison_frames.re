# Words right before a place that make it frame a comparison, not the place of an event ("depuis
# la chute de Bakhmout", "la plus grande bataille depuis Bakhmout", "que les Russes appellent
# toujours Dzerjinsk"); regular-expression alternatives, matched case-insensitively from a word
# boundary and ending where the place name starts (an elided "d'" before the place cannot end
# one).
# Source: written for geomap from French news usage; licence: MIT, as geomap.
(?:depuis|comme|contrairement à|à l['’]instar de|par rapport à|comparée? à|comparés à|rappelant|autrefois (?:appelée?|connue? sous le nom de)|anciennement|rebaptisée?|(?:toujours |encore |désormais |aujourd['’]hui )?appel(?:le|lent|ée|és|ées|ait|aient)(?: toujours| encore| désormais)?|surnommée?|connue? sous le nom de|dite)(?:\s+(?:la|le|les)\s+(?:chute|bataille|prise|capture|siège|perte|libération|destruction|reprise|tragédie|massacre)\s+(?:de|du))?(?:\s+(?:la|le))?
# ce qui précède la nouvelle de la phrase : « Au lendemain de la chute de Mirebalais, la police a »
(?:au lendemain|le lendemain|à la suite|après|peu après|deux jours après|quelques heures après)\s+(?:de\s+)?(?:la|le)\s+(?:chute|prise|capture|perte|reprise|libération)\s+(?:de|du|d['’])
