# Security forces as the attackers, named after an attack cue ("abattu par la police", "tués par
# des soldats"): the cue stays an attack. One regular expression matched case-insensitively after
# the cue; {SECURITY} stands for security_forces.re.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
\bpar (?:la |le |les |l['’]|des |un |une |deux |trois |\d+ )?(?:[\w-]+ ){0,2}{SECURITY}\b
