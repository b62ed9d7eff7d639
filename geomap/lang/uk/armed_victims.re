# The armed people whose killing (a generic cue: "вбили", "ліквідували") is an armed clash, not
# violence against civilians, when they are its object right after it ("поліція вбила
# одинадцять членів банд", "знищили 30 бойовиків"); regular-expression alternatives, matched
# case-insensitively within the three words after the cue.
# Source: written for geomap from ACLED's distinction of armed clashes and attacks on civilians
# and Ukrainian news usage; licence: MIT, as geomap.
бойовик\w*
терорист\w*
джихадист\w*
бандит\w*
повстанц\w*
заколотник\w*
член\w* (?:банд|угруповань|угруповання)\w*
гангстер\w*
нападник\w*
диверсант\w*
