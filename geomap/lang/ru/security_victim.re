# Security forces as the victims, named before a passive attack cue ("двое полицейских были
# застрелены"): the cue becomes an armed clash. One regular expression searched case-
# insensitively in the text before the cue; {SECURITY} stands for security_forces.re.
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
\b{SECURITY}\b[^,;]{0,60}\b(?:был|была|было|были|оказались|оказался)\s+(?:\w+о\s+)?$
