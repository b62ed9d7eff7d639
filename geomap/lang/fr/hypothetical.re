# Words before an event cue that make the clause speak of what may happen, not of what did
# ("pourrait tomber", "menace d'attaquer", "prévoit de"); regular-expression alternatives,
# matched case-insensitively as whole words. The journalistic conditional of what is reported
# but unconfirmed ("auraient été tués", "serait tombée") is no hypothesis: it is left out.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
(?<!même )si
s['’]ils?
au cas où
en cas d['’]
en cas de
pourr(?:a|ait|aient|ont|ions)
pouvant
devr(?:a|ait|aient|ont)
doi(?:t|vent)
risqu(?:e|ent|ait|aient|erait|eraient) de
menac(?:e|ent|ait|aient|é|ée|és|ant) (?:de|d['’])
prév(?:oit|oient|oyait|oyaient|u) de
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
complot(?:ait|aient|é|ant) (?:de|d['’]|pour)
planifi(?:é|ait|aient|ant)
