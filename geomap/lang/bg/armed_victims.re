# The armed people whose killing (a generic cue: "убиха", "ликвидираха") is an armed clash, not
# violence against civilians, when they are its object right after it ("полицията уби
# единадесет членове на банди", "унищожиха 30 бойци"); regular-expression alternatives, matched
# case-insensitively within the three words after the cue.
# Source: written for geomap from ACLED's distinction of armed clashes and attacks on civilians
# and Bulgarian news usage; licence: MIT, as geomap.
бойци
бунтовници
терористи
джихадисти
бандити
членове на банди
гангстери
нападатели
диверсанти
