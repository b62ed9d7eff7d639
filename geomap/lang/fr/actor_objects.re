# Words before a capital that make it a party to what is said, not a place ("accuse Kinshasa de
# violer le cessez-le-feu", "entre Kinshasa et l'AFC/M23"); regular-expression alternatives,
# matched case-insensitively as whole words that end where the name begins.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
accus(?:e|es|ent|é|ée|ant|ait|aient)
entre
reproch(?:e|ent|é|ant)
exhort(?:e|ent|é|ant)
