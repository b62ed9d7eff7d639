# Nouns that turn the event word before them into the name of a unit or its kit, not a report of
# an event ("the police homicide squad said", "a bomb squad", "riot gear", "murder detectives");
# regular-expression alternatives, matched case-insensitively as whole words after a cue.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
squads?
units?
detectives?
division
gear
dogs?
suits?
