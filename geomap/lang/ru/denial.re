# Words before an event cue that make it what someone denies ("отрицали удары по жилым домам",
# "опроверг захват"); regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
отрица(?:л|ла|ли|ет|ют|я|ть|ние|ния)
опроверг(?:|ла|ли|ает|ают|ая|нуть)
отверг(?:|ла|ли|ает|ают|ая|нуть)
отклони(?:л|ла|ли)
не призна(?:л|ла|ли|ет|ют)
назва(?:л|ла|ли) (?:\w+ )?(?:ложью|фейком|фейк\w*|неправдой|вымыслом|провокацией)
