# Nouns that turn the event word before them into the name of a unit or its kit, not a report of
# an event ("штурмовые подразделения", "ракетные войска", "ракетный комплекс", "артиллерийские
# орудия"); regular-expression alternatives, matched case-insensitively as whole words after a cue.
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
подразделени\w*
бригад\w*
батальон\w*
полк(?:а|у|ом|е|и|ов|ам|ами|ах)?
дивизи\w*
отряд\w*
групп(?:а|ы|у|ой|е|ам|ами|ах)?
расч[её]т(?:а|у|ом|е|ы|ов|ам|ами|ах)?
войск(?:а|ам|ами|ах)?
установк\w*
комплекс\w*
систем\w*
оруди\w*
снаряжени\w*
экипировк\w*
щит\w*
собак\w*
