# Where a sentence splits into clauses that assert separately: semicolons, colons, and a comma
# before a contrast ("mais", "tandis que", "alors qu'"); regular-expression alternatives, matched
# as written (case matters).
# Source: written for geomap from French usage; licence: MIT, as geomap.
[;:]
,\s+(?:mais|tandis que|alors que|bien que|quoique|même si|cependant|pourtant|toutefois|néanmoins)\b
,\s+(?:tandis qu|alors qu|bien qu|quoiqu)['’]
