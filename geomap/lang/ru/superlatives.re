# Words right before an event cue that measure it against others ("крупнейшее сражение со
# времен ...", "самый мощный удар с начала войны"): with a yardstick after the cue (yardsticks.re),
# the cue is a comparison, not news; regular-expression alternatives, matched case-insensitively
# from a word boundary.
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
крупнейш\w*
масштабнейш\w*
мощнейш\w*
сильнейш\w*
жесточайш\w*
тяжелейш\w*
кровопролитнейш\w*
худш\w*
смертоносн\w*
кровав\w*
рекордн\w*
сам(?:ый|ая|ое|ые|ого|ой|ом|ым|ыми|ых|ую) \w+
наиболее \w+
так(?:ой|ая|ое|ие|ого|ую|их|им|ими) \w+
