# Security forces as the attackers, named after an attack cue ("shot by a state trooper"): the
# cue stays an attack. One regular expression matched case-insensitively after the cue;
# {SECURITY} stands for security_forces.re.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
\bby (?:a |an |the )?(?:\w+ ){0,2}{SECURITY}\b
