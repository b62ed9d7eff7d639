# Where a sentence splits into clauses that assert separately: semicolons, colons, and a comma
# before a contrast ("но", "однако", "а", "тогда как"); regular-expression alternatives, matched
# as written (case matters).
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
[;:]
,\s+(?:но|однако|а|зато|тогда как|в то время как|хотя|тем не менее)\b
