# Where a sentence splits into clauses that assert separately: semicolons, colons, and a comma
# before a contrast (", но", ", а", ", докато"); regular-expression alternatives, matched as written
# (case matters).
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
[;:]
,\s+(?:но|а|ала|обаче|докато|въпреки че|макар че|макар и)\b
