# Words that name civilians as the target of violence (actor2 "Civilians" of a strike or an attack):
# "мирные жители", "мирного населения", "гражданские"; regular-expression alternatives, matched
# case-insensitively from a word boundary.
# Source: written for geomap from ACLED's actor naming and Russian usage; licence: MIT, as geomap.
мирн(?:ые|ых|ым|ыми|ого|ое|ый|ая|ую|ой) (?:жител\w*|населени\w*|граждан\w*|люд\w*)
мирн(?:ые|ых|ым|ыми)\b(?! (?:переговор\w*|договор\w*|соглашени\w*|план\w*|инициатив\w*|процесс\w*|урегулир\w*|цел\w*))
гражданск(?:ие|их|им|ими|ого|ое|ое|ому) (?:лиц\w*|населени\w*|жител\w*|люд\w*)
гражданск(?:ие|их|им|ими)\b(?! (?:объект\w*|инфраструктур\w*|суд\w*|прав\w*|войн\w*|самол[её]т\w*|служб\w*|авиаци\w*))
