# Security forces as the attackers, named after an attack cue: a passive participle with the
# agent in the instrumental ("застрелений поліцейським", "вбитий військовими") or "з боку"
# ("насильство з боку силовиків"): the cue stays an attack. One regular expression matched
# case-insensitively after the cue; {SECURITY} stands for security_forces.re.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
(?:\bз боку (?:\w+ ){0,2}{SECURITY}\b|\b(?:поліцейськ|поліціянт|правоохоронц|військов|військовослужбовц|солдат|силовик|прикордонник|гвардійц|спецпризначенц|співробітник)\w*(?:ом|ем|ами|ями|ими|ою)\b)
