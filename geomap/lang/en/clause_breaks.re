# Where a sentence splits into clauses that assert separately: semicolons, colons, and a comma
# before a contrast; regular-expression alternatives, matched as written (case matters).
# Source: written for geomap from English usage; licence: MIT, as geomap.
[;:]
,\s+(?:but|while|whereas|although|though|even as|even though)\b
