# Nouns of police, soldiers and other security forces, as the target of violence that makes it an
# armed clash rather than an attack on civilians ("shot at both officers", "fired on a security
# patrol"); regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from ACLED's codebook (attacks on security forces are battles) and
# English news usage; licence: MIT, as geomap.
police(?:m[ae]n| officers?| patrols?| station)?
officers?
troopers?
deput(?:y|ies)
sergeants?
sgt\.?
constables?
soldiers?
troops
servicem[ae]n
security forces
(?:special|armed|government|Ukrainian|Russian|Israeli|Syrian|Iraqi|Afghan) forces
(?:security|army|military) patrols?
(?:army|military|police) (?:outposts?|posts?|bases?|camps?|barracks|convoys?|positions?|units?)
outposts?
barracks
garrisons?
patrols?
checkpoints?
gardai
