# Violence aimed at security forces, read right after an attack cue ("открыл огонь по
# полицейским", "напали на военный патруль", "застрелил двоих полицейских"): the cue becomes an
# armed clash. One regular expression matched case-insensitively at the end of the cue;
# {SECURITY} stands for security_forces.re.
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
^\s+(?:(?:по|на|в)\s+)?(?:(?:двух|двоих|трех|трёх|троих|обоих|обеих|нескольких|\d+)\s+)?(?:(?!(?:в|во|на|у|под|около|из|с|по|и|\w+(?:л|ла|ли|ло|лся|лась|лись))\b)[\w-]+\s+){0,2}?{SECURITY}\b
