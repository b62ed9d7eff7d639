# Verbs after a capital or a government seat that make it an actor, not a place where something
# happened ("Москва заявила", "Киев опроверг", "В Брюсселе осудили"); regular-expression
# alternatives, matched case-insensitively as whole words right after the name.
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
(?:не\s+)?(?:заяв|сообщ|объяв|осуд|отриц|опроверг|отверг|обвин|потребов|требу|предупред|пригроз|угрож|настаива|подтверд|призна|приказа|реши|одобр|ответи|прокомментир|призва|выраз|назва|утвержда|счита|хочет|готов|разреш|ввел|ввела|ввели|отказ|соглас|пообеща|обеща|раскритиков|выдвину)\w*
