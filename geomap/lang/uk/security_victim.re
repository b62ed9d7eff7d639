# Security forces as the victims, named before a passive attack cue ("двоє поліцейських були
# поранені", "військовий був застрелений"): the cue becomes an armed clash. One regular
# expression searched case-insensitively in the text before the cue; {SECURITY} stands for
# security_forces.re.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
\b{SECURITY}\b[^,;]{0,60}\b(?:був|була|були|було|є)\s+(?:\w+\s+)?$
