# An attack word and the civilians or civilian place it is aimed at, from the start of an armed
# clash's cue: one-sided violence against civilians, not a clash ("щурмуваха лагера за разселени
# лица", "нападнаха село"); regular-expression alternatives, matched case-insensitively at the
# cue's start.
# Source: written for geomap from ACLED's distinction of attacks on civilians and armed clashes
# and Bulgarian news usage; licence: MIT, as geomap.
(?:щурм\w*|напад\w*|атакува\w*)(?: срещу| над)? (?:(?!(?:при|край|близо|позиции\w*|военн\w*|армия\w*|армейск\w*|полиц\w*|база\w*|бази\w*|контролно-пропускателен|конво\w*|патрул\w*)\b)\S+ ){0,3}?(?:сел[оаи]\w*|пазар\w*|църк\w*|джамия\w*|джамии\w*|училищ\w*|сватб\w*|погреб\w*|автобус\w*|болниц\w*|фермер\w*|богомол\w*|жител\w*|цивилн\w*|мирн\w+|селян\w*|ученици\w*|търговц\w*|пътниц\w*|пътник\w*|лагер\w* (?:за )?(?:разселен\w+|бежан\w+|вътрешно))
