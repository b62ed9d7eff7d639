# Words right before an event cue (one word may stand between) that make it frame a time, not
# report the event ("під час атаки", "з часів боїв", "після обстрілу", "до вторгнення");
# regular-expression alternatives, matched case-insensitively from a word boundary.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
під час
на тлі
з часів
з часу
від часу
з початку
від початку
з моменту
після
перед
до
до початку
протягом
упродовж
відтоді як
(?:у|в) річницю
річниц\w*
роковин\w*
на час
на момент
# a concession frames too: "попри спільний наступ"
(?:попри|незважаючи на|всупереч)(?:\s+[\w’'ʼ-]+)?
# одне із серії, за ліком: «Це вже третій такий штурм від січня»
(?:другий|третій|четвертий|п['’ʼ]ятий|шостий|сьомий|восьмий|дев['’ʼ]ятий|десятий|\d+-й) (?:такий|подібний)
