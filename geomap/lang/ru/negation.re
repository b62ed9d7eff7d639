# Words right before an event cue (at most two words between) that say it did not happen ("не
# окружены", "так и не взяли", "никогда не обстреливали"); "не менее", "не только", "не раз" count
# no denial. Regular-expression alternatives, matched case-insensitively from a word boundary.
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
не(?!\s+(?:менее|более|больше|меньше|раз|только|так давно|впервые|далее|дальше|позднее|позже|ранее|сразу|исключено|исключают|исключил\w*|исключа\w*|случайно|считая)\b)
ни разу
ни один
ни одна
ни одно
никогда
никак
больше не
уже не
