# Words right after an event word that make it no event ("attaque cardiaque", "attaque
# informatique", "explosion de joie", "attaques verbales"); French names a unit before its cue
# word ("police anti-émeutes", "avions de combat"), which the cues themselves leave out.
# Regular-expression alternatives, matched case-insensitively as whole words after a cue.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
cardiaques?
cérébrales?
informatiques?
de panique
démographiques?
verbales?
en justice
publicitaires?
de nerfs
d['’]asthme
de rire
de joie
