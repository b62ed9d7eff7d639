# An attack word and the civilians or civilian place it is aimed at, from the start of an armed
# clash's cue: one-sided violence against civilians, not a clash ("штурмом взяли лагерь для
# перемещенных лиц", "напали на деревню"); regular-expression alternatives, matched
# case-insensitively at the cue's start.
# Source: written for geomap from ACLED's distinction of attacks on civilians and armed clashes
# and Russian news usage; licence: MIT, as geomap.
(?:штурм\w*|напа\w+|атак\w+)(?: на)? (?:(?!(?:под|возле|около|позици\w*|военн\w*|арми\w*|полици\w*|баз\w*|блокпост\w*|колонн\w*|патрул\w*)\b)\S+ ){0,3}?(?:сел[оаеу]\w*|деревн\w*|рын\w*|церк\w*|мечет\w*|школ\w*|свадьб\w*|похорон\w*|автобус\w*|больниц\w*|фермер\w*|прихожан\w*|жител\w*|мирн\w+|сельчан\w*|учени\w*|торговц\w*|пассажир\w*|лагер\w* (?:для )?(?:перемещ\w+|беженц\w+|переселенц\w+|внутренне))
