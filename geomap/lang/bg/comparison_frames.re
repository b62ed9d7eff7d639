# Words right before a place that make it frame a comparison, not the place of an event ("след
# падането на Бахмут", "най-голямата битка след Бахмут", "който все още наричат Дзержинск");
# regular-expression alternatives, matched case-insensitively from a word boundary and ending where
# the place name starts.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
(?:откакто|след|от|като|подобно на|за разлика от|отколкото|отколкото в|в сравнение с|сравн\w* с|както в|като в|напомнящ\w* за)(?: (?:падането|битката|боевете|превземането|обсадата|загубата|освобождаването|разрушаването|клането|трагедията) (?:на|за|при|в))?
(?:все още |вече |сега |някога |по-рано )?(?:наричан\w*|наричат|нарича|нарекоха|нарече|преименуван\w*(?: от| на)?|известен\w* като|познат\w* като|бивш\w*|бившия|някогашн\w*)
