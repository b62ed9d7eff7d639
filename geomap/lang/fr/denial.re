# Words before an event cue that make it what someone denies ("a nié avoir frappé", "dément toute
# attaque"); regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
ni(?:é|ée|ent|e|ait|aient|ant)
dém(?:ent|entent|entait|entaient|entant|enti|entie|entis)
rejet(?:é|ée|ant|te|tent|tait|taient)
réfut(?:é|e|ent|ait|aient|ant)
récus(?:é|e|ent|ait|aient|ant)
contest(?:é|e|ent|ait|aient|ant) (?:avoir|toute|tout)
qualifi(?:é|ée|és|ées|e|ent|ait|aient|ant) (?:\w+ )?(?:de|d['’]) (?:propagande|mensonges?|intox\w*|fausses? informations?)
