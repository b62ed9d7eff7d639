# Verbs after a capital or a government seat that make it an actor, not a place where something
# happened ("Москва заяви", "Киев отрече", "Брюксел осъди"); regular-expression alternatives,
# matched case-insensitively as whole words right after the name.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
(?:не\s+)?(?:заяв|съобщ|обяв|осъд|отрич|отрече|отхвърл|обвин|поиска|изиска|предупред|заплаш|настоя|потвърд|призна|нареди|реши|одобр|отговор|коментира|призова|изрази|нарече|твърд|смята|иска|готов|разреш|въвед|отказ|съгласи|обеща|разкритикува|издигна)\w*
