# Security forces as the victims, named before a passive attack cue ("двама полицаи бяха
# застреляни"): the cue becomes an armed clash. One regular expression searched case-insensitively in
# the text before the cue; {SECURITY} stands for security_forces.re.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
\b{SECURITY}\b[^,;]{0,60}\b(?:са|бяха|беше|бе|е|са били|бяха били)\s+(?:\w+о\s+)?$
