# The armed people whose killing (a generic cue: "убили", "ликвидировали") is an armed clash, not
# violence against civilians, when they are its object right after it ("полиция убила
# одиннадцать членов банд", "уничтожили 30 боевиков"); regular-expression alternatives, matched
# case-insensitively within the three words after the cue.
# Source: written for geomap from ACLED's distinction of armed clashes and attacks on civilians
# and Russian news usage; licence: MIT, as geomap.
боевик\w*
террорист\w*
джихадист\w*
бандит\w*
повстанц\w*
мятежник\w*
член\w* (?:банд|группировк)\w*
гангстер\w*
нападавш\w*
диверсант\w*
