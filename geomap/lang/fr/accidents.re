# Mots qui font d'une phrase le récit d'un accident ou d'une catastrophe, non de violence : ses
# mots de mort (« huit personnes ont été tuées dans un incendie ») ne disent aucun événement ; un
# indice précis (un incendie criminel, une bombe) en dit encore un. Alternatives d'expressions
# régulières, sans égard à la casse, en mots entiers.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
incendies?
accidents? (?:de la route|de la circulation|de car|de bus|de train|d['’]avion|minier)
(?:collision|naufrage|déraillement|éboulement|effondrement|glissement de terrain|inondations?|séisme|tremblement de terre|bousculade|noyade|noyés?|foudre|crue)s?
s['’]est effondrée?s?
explosion de gaz|fuite de gaz
