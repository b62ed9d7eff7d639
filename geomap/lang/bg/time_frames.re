# Words right before an event cue (one word may stand between) that make it frame a time, not
# report the event ("по време на боевете", "след обстрела", "мина, останала от боевете");
# regular-expression alternatives, matched case-insensitively from a word boundary.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
(?:по време на|в хода на|на фона на|сред|след|преди|откакто|от началото на|в началото на|до края на|(?:останал|оставен|оцелял)\w* (?:още )?от|(?:избягал|бягащ|бягайки|избягвайки|спасил|спасявайки|прогонен|прокуден)\w* (?:се )?от|в отговор на|в отмъщение за|като отмъщение за|като отговор на)
# a concession frames too: "въпреки съвместната офанзива"
(?:въпреки|независимо от)(?:\s+[\w-]+){0,2}?
