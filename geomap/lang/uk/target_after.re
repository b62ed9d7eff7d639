# Violence aimed at security forces, read right after an attack cue ("відкрив вогонь по
# поліцейських", "напав на двох військових", "поранив прикордонника"): the cue becomes an armed
# clash. One regular expression matched case-insensitively at the end of the cue; {SECURITY}
# stands for security_forces.re.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
^\s+(?:(?:по|на|у|в|із|з)\s+)?(?:(?!(?:у|в|на|біля|поблизу|під|із|з|від|до|повідомив|повідомила|повідомили|заявив|заявила|заявили)\b)[\w’'ʼ-]+\s+){0,2}{SECURITY}\b
