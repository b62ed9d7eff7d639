# Nouns of police, soldiers and other security forces, as the target of violence that makes it an
# armed clash rather than an attack on civilians ("стреля по двама полицаи", "нападнаха военен
# патрул"); regular-expression alternatives, matched case-insensitively as whole words.
# Adapted from lang/en/security_forces.re (ACLED's codebook: attacks on security forces are battles).
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
полиц(?:ия|ията|аи|аите|ай|аят|ая|ейск\w* (?:служител|патрул|участък|кол)\w*)
служител\w* (?:на|от) (?:реда|полицията|МВР|жандармерията)
униформен\w*
жандарм\w*
войни(?:к|ка|кът|ци|ците)
военнослужещ\w*
граничар\w*
гвардей\w*
пазач\w*
охран\w*
сили(?:те)? (?:за|на) (?:сигурност|реда)
(?:специалн|въоръжен|правителствен|украинск|руск|израелск|сирийск|иракск|афганистанск)\w* (?:сили|части|войски)
(?:военен|военни|армейск|полицейск)\w* патрул\w*
патрул\w*
контролно-пропускател\w* пункт\w*
КПП
блокпост\w*
