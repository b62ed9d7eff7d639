# Words after a superlative event cue that make it a yardstick ("най-голямата битка след Бахмут",
# "най-тежкият удар от години"); regular-expression alternatives, matched case-insensitively as
# whole words.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
след
от (?:години|десетилетия|месеци|началото)
досега
някога
в историята
за последните
откакто
от (?:\w+ )?(?:години|десетилетия|месеци)
(?:в|през) последните
от (?:19|20)\d\d
насам
