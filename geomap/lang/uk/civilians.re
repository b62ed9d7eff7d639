# Words that name civilians as the target of violence (actor2 "Civilians" of a strike or an
# attack): "цивільні", "мирні жителі", "мирне населення"; regular-expression alternatives,
# matched case-insensitively from a word boundary.
# Source: written for geomap from ACLED's actor naming and Ukrainian usage; licence: MIT, as
# geomap.
цивільн\w*
мирн\w+ (?:жител|мешкан|населен|люд|громадян)\w*
