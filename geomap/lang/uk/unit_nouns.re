# Nouns that turn the event word before them into the name of a unit, its kit or an alert, not a
# report of an event ("ракетні війська", "артилерійська бригада", "мінометний розрахунок",
# "ракетна небезпека"); regular-expression alternatives, matched case-insensitively as whole
# words after a cue.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
війська
військ
бригад\w*
підрозділ\w*
дивізіон\w*
батальйон\w*
полк(?:у|ом|и|ів)?
розрахун\w*
екіпаж\w*
небезпек\w*
установк\w*
комплекс\w*
