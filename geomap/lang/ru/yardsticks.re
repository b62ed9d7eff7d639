# Words after a superlative event cue that make it a yardstick ("крупнейшее сражение со времен
# Бахмута", "самый мощный удар за последние месяцы", "за всю войну"); regular-expression
# alternatives, matched case-insensitively as whole words.
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
со времен(?:и)?
с начала (?:войны|вторжения|года|вторжения|конфликта|года|полномасштабной)
с \d{4} года
за (?:последн\w* )?(?:годы|год|месяцы|месяц|недели|десятилети\w*|полгода)
за всю (?:войну|историю)
когда-либо
в истории
