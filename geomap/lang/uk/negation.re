# Words right before an event cue (at most two words between) that say it did not happen ("не
# захопили", "так і не оточили", "ніхто не постраждав"); "не менше" (at least), "не лише" (not
# only) and the like say no such thing. Regular-expression alternatives, matched
# case-insensitively from a word boundary.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
не(?!\s+(?:менше|менш|більше|більш|лише|тільки|раз|вперше|рідше|далі|раніше|пізніше|тільки|один|одна|одне)\b)
ні
ніколи
жодн\w*
так і не
вже не
більше не
