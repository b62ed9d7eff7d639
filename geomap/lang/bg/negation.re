# Words right before an event cue (at most two words between) that say it did not happen ("не е
# превзет", "никога не е обстрелван", "няма жертви"); regular-expression alternatives, matched
# case-insensitively from a word boundary.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
не
нито
никога
вече не
няма
нямало
нямаше
нямат
нямаха
без да
