# Security forces as the victims, named before a passive attack cue ("deux policiers ont été
# abattus", "trois soldats ont été tués"): the cue becomes an armed clash. One regular expression
# searched case-insensitively in the text before the cue; {SECURITY} stands for
# security_forces.re.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
\b{SECURITY}\b[^,;]{0,60}\b(?:été|sont|est|étaient|était|furent|fut)\s+(?:\w+ment\s+)?$
