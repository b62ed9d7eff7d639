# Security forces as the attackers, named after an attack cue ("застрелен полицейским", "убит
# силовиками", "от рук военных"): the cue stays an attack. One regular expression matched
# case-insensitively after the cue; {SECURITY} stands for security_forces.re, whose nouns here
# stand in the instrumental case or after "от рук".
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
^(?:(?!(?:по|к|ко|на|в|во|против)\b)\w+\s+){0,2}?(?:полицейским|полицейскими|полицией|силовиками|силовиком|военными|военнослужащими|военнослужащим|солдатами|солдатом|пограничниками|спецназом|спецназовцами|ОМОНом|омоновцами|росгвардейцами|нацгвардейцами|правоохранителями|сотрудник(?:ом|ами) (?:полиции|ДПС|ГИБДД|МВД|ФСБ|СБУ|Росгвардии|Нацгвардии))\b|\bот рук (?:\w+ )?{SECURITY}
