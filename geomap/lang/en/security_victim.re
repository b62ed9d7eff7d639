# Security forces as the victims, named before a passive attack cue ("two officers were gunned
# down"): the cue becomes an armed clash. One regular expression searched case-insensitively in
# the text before the cue; {SECURITY} stands for security_forces.re.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
\b{SECURITY}\b(?:(?!\b(?:after|before|when|while|as|because|since|and|but|have|has|had|said|says)\b)[^,;]){0,60}\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$
