# Violence aimed at security forces, read right after an attack cue ("shot at both officers",
# "fired on a security patrol"): the cue becomes an armed clash. One regular expression matched
# case-insensitively at the end of the cue; {SECURITY} stands for security_forces.re.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
^\s+(?:at |on |upon |into )?(?:the |a |an |two |both |three |several |\d+ )?(?:(?!(?:at|in|on|near|outside|inside|with|from|of|said|says|told|as|when|while|after|before|and|but|by)\b)[\w-]+ ){0,2}{SECURITY}\b
# what was fired at them: "fired a handgun at officers", "fired several shots at deputies"
^\s+(?:a |an |the |several |multiple |\d+ |two |three )?(?:[\w-]+ )?(?:shots?|rounds?|bullets?|handguns?|guns?|pistols?|rifles?|weapons?|firearms?|shotguns?) (?:at|on|toward|towards) (?:the |two |both |three |several |\d+ )?(?:[\w-]+ ){0,2}?{SECURITY}\b
