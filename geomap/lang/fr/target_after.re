# Violence aimed at security forces, read right after an attack cue ("a ouvert le feu sur deux
# policiers", "ont tiré sur une patrouille", "a abattu trois soldats"): the cue becomes an armed
# clash. One regular expression matched case-insensitively at the end of the cue; {SECURITY}
# stands for security_forces.re.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
^\s+(?:sur |contre |vers |à |dans )?(?:les |des |la |le |l['’]|un |une |deux |trois |quatre |cinq |plusieurs |quelques |\d+ )?(?:(?!(?:à|au|aux|dans|près|sur|contre|avec|de|du|des|d|selon|a|ont|par|en|et)\b)[\w-]+ ){0,2}{SECURITY}\b
