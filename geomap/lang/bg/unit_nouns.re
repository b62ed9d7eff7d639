# Nouns that turn the event word before them into the name of a unit, its kit or its industry, not
# a report of an event ("артилерийска бригада", "щурмови батальон", "ракетни системи", "ракетен
# завод"), but not "части", also "parts" ("обстреляха части от града"); regular-expression
# alternatives, matched case-insensitively as whole words after a cue.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
отряд\w*
подразделени\w*
бригад\w*
батальон\w*
дивизи\w*
полк(?:а|ът|ове|овете)?
дивизион\w*
отдел\w*
куче\w*|кучета\w*
костюм\w*
екипировк\w*
комплекс\w*
систем\w*
завод\w*
производител\w*
програм\w*
