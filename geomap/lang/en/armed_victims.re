# The armed people whose killing (a generic cue: "killed", "shot dead") is an armed clash, not
# violence against civilians, when they are its object right after it ("Police killed eleven
# gang members", "the army said it killed 30 terrorists"); regular-expression alternatives,
# matched case-insensitively within the three words after the cue.
# Source: written for geomap from ACLED's distinction of armed clashes and attacks on civilians;
# licence: MIT, as geomap.
militants?
fighters
rebels?
insurgents?
jihadists?
terrorists?
gang members?
gangsters?
gunmen
bandits?
combatants?
attackers
assailants
