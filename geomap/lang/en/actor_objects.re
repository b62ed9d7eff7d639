# Words before a capital that make it a party to what is said, not a place ("accused Kinshasa of
# violating the ceasefire", "talks between Kinshasa and the rebels"); regular-expression
# alternatives, matched case-insensitively as whole words that end where the name begins.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
accus(?:e|es|ed|ing)
blam(?:e|es|ed|ing)
between
urg(?:e|es|ed|ing)
call(?:s|ed|ing)? on
