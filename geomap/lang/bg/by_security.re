# Security forces as the attackers, named after an attack cue ("прострелян от полицай"): the cue
# stays an attack. One regular expression matched case-insensitively after the cue; {SECURITY} stands
# for security_forces.re.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
\bот (?:\w+ ){0,2}{SECURITY}\b
