# Words that make a clause speak of what keeps happening ("раз у раз", "щоночі", "постійні
# обстріли"), or of a lasting state ("став осередком"), not of one event; regular-expression
# alternatives, matched case-insensitively as whole words.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
раз у раз
раз за разом
знову і знову
знову й знову
день у день
день за днем
ніч у ніч
регулярн\w*
постійн\w*
систематичн\w*
неодноразов\w*
щодня
щоночі
щотижня
щоденн\w*
щонічн\w*
часто
частіше
зазвичай
як правило
повсякчас
дедалі частіше
звикл\w*
став(?:ши)? (?:осередком|центром|символом|прихистком|місцем|домівкою)
стал[аио] (?:осередком|центром|символом|прихистком|місцем|домівкою)
поклада\w+ (?:\w+ ){0,2}на
