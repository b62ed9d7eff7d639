# Where a sentence splits into clauses that assert separately: semicolons, colons, and a comma
# before a contrast ("але", "проте", "тоді як", "а"); regular-expression alternatives, matched
# as written (case matters).
# Source: written for geomap from Ukrainian usage; licence: MIT, as geomap.
[;:]
,\s+(?:але|проте|однак|тоді як|хоча|натомість|втім|а)\b
