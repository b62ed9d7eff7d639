# Words before an event cue that make the clause speak of what may happen, not of what did
# ("pourrait tomber", "menace d'attaquer", "prévoit de", "l'accord prévoit que", "appellent à
# manifester", "les espoirs d'une percée", "tentaient d'organiser un rassemblement");
# regular-expression alternatives, matched case-insensitively as whole words (one that ends in an
# elided "d'" ends before its apostrophe, so that the cue may follow it at once: "en cas
# d'attaque"). The journalistic conditional of what is reported but unconfirmed ("auraient été
# tués", "serait tombée") is no hypothesis: it is left out.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
(?<!même )si
s['’]ils?
au cas où
en cas d(?=['’])
en cas de
pourr(?:a|ait|aient|ont|ions)
pouvant
devr(?:a|ait|aient|ont)
doi(?:t|vent)
risqu(?:e|ent|ait|aient|erait|eraient) de
menaç(?:ait|aient|ant) (?:de|d(?=['’]))
menac(?:e|ent|é|ée|és) (?:de|d(?=['’]))
prév(?:oit|oient|oyait|oyaient|u|oyant) (?:de|que|qu(?=['’]))
stipul(?:e|ent|ait|aient|ant) (?:que|qu(?=['’]))
aux termes (?:de|du|des|d(?=['’]))
en vertu (?:de|du|des|d(?=['’]))
appel(?:é|ée|és|le|lent|ait|aient|ant|er|s)? (?:\w+ ){0,3}?(?:à|au|aux)(?: (?:une?|la|des|de nouvelles?|nouveaux?|nouvel))?(?=\s*(?:\w+\s+)?$)
envisag(?:e|ent|eait|eaient|é|eant) de
projet(?:te|tent|ait|aient)? de
a l['’]intention de
ont l['’]intention de
veu(?:t|lent)
voudrai(?:t|ent)
s['’]appr[êe]t(?:e|ent|ait|aient) à
sur le point de
susceptibles? de
va
vont
allait
allaient
sera
seront
craign(?:ent|ait|aient|ant)
crain(?:t|dre)
redout(?:e|ent|ait|aient|ant)
pour éviter
afin d['’]éviter
il est temps de
aucune chance
complot(?:ait|aient|é|ant) (?:de|d(?=['’])|pour)
planifi(?:é|ait|aient|ant)
(?:espoirs?|chances|perspectives?|attentes|possibilité|éventualité|hypothèse|menace) (?:\w+ )?(?:(?:d['’]une?|de|du|des)(?=\s*(?:\w+\s+)?$)|d(?=['’]\s*$))
tent(?:é|ée|és|ait|aient|ant|ent|e|er) (?:en vain |à nouveau )?(?:d['’]organiser|de manifester|de se rassembler|de tenir|d['’]empêcher)(?=\s*(?:\w+\s+){0,2}$)
# ce qui est encore à venir : « est attendu mercredi à Aden pour des discussions », « toute nouvelle frappe »
(?:est|sont) attendue?s?
pour des (?:discussions|pourparlers|négociations)
toute nouvelle
tout nouveau
toutes nouvelles
# un avertissement de ce qui vient : « préviennent que la Russie masse des troupes pour une offensive d'été »
(?:préviennent|prévient|avertissent|avertit|mettent en garde|met en garde)\s+(?:que|qu['’])
(?:pour|en vue d['’])\s*une?(?:\s+[\w-]+)?\s*$
