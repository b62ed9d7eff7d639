# An attack word and the civilians or civilian place it is aimed at, from the start of an armed
# clash's cue: one-sided violence against civilians, not a clash ("штурмом захопили табір для
# переміщених осіб", "напали на село"); regular-expression alternatives, matched
# case-insensitively at the cue's start.
# Source: written for geomap from ACLED's distinction of attacks on civilians and armed clashes
# and Ukrainian news usage; licence: MIT, as geomap.
(?:штурм\w*|напа\w+|атак\w+)(?: на)? (?:(?!(?:під|біля|поблизу|позиці\w*|військов\w*|арм\w*|поліці\w*|баз\w*|блокпост\w*|колон\w*|патрул\w*)\b)\S+ ){0,3}?(?:сел[оаіу]\w*|ринок|ринк\w*|церк\w*|мечет\w*|школ\w*|весілл\w*|похорон\w*|автобус\w*|лікарн\w*|фермер\w*|парафіян\w*|жител\w*|мешканц\w*|мирн\w+|селян\w*|учн\w*|торговц\w*|пасажир\w*|табір (?:для )?(?:переміщ\w+|біженц\w+|переселенц\w+|внутрішньо)|табор\w* (?:для )?(?:переміщ\w+|біженц\w+|переселенц\w+))
