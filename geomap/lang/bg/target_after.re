# Violence aimed at security forces, read right after an attack cue ("стреля по двама полицаи",
# "нападнаха военен патрул"): the cue becomes an armed clash. One regular expression matched
# case-insensitively at the end of the cue; {SECURITY} stands for security_forces.re.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
^\s+(?:по |срещу |към |в )?(?:двама |двамата |трима |тримата |двете |\d+ |няколко )?(?:(?!(?:в|във|на|край|от|с|със|при|до|каза|съобщи|заяви)\b)[\w-]+ ){0,2}{SECURITY}\b
