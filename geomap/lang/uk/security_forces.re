# Nouns of police, soldiers and other security forces, as the target of violence that makes it an
# armed clash rather than an attack on civilians ("відкрив вогонь по поліцейських", "напали на
# військовий патруль", "загинули двоє військових"); regular-expression alternatives with their
# case endings, matched case-insensitively as whole words.
# Source: written for geomap from ACLED's codebook (attacks on security forces are battles) and
# Ukrainian news usage; licence: MIT, as geomap.
поліцейськ\w*
поліціянт\w*
поліці\w*
правоохоронц\w*
патрульн\w*
патрул\w*
військов\w+
військовослужбов\w*
військовик\w*
солдат\w*
бійц\w*
бійця
боєць
прикордонник\w*
нацгвардійц\w*
гвардійц\w*
силовик\w*
спецпризначен\w*
блокпост\w*
(?:українськ|російськ|урядов|збройн|білоруськ|ізраїльськ)\w* (?:сил|військ|підрозділ)\w*
співробітник\w* (?:поліції|СБУ|ТЦК|ДБР|спецслужб\w*)
працівник\w* (?:поліції|ТЦК)
ТЦК
