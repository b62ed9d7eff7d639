# Words that make a clause speak of what keeps happening ("again and again"), not of one event;
# regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
again and again
repeatedly(?! \w+ing\b)
regularly
routinely
every (?:day|night|week)
daily
frequently
often
has become
have become
rel(?:y|ies|ied|ying) (?:heavily |mostly |largely )?on
(?:has|have|had) (?:been )?(?:intensified|intensifying|escalated|escalating|raged|raging|continued|persisted|dragged on)
similar (?:attacks|bombings|strikes|raids|killings|shootings|incidents|abductions|kidnappings)
in the past
in recent (?:years|months|weeks)
(?:the )?(?:latest|last|newest) in a (?:series|string|spate|wave|wave|run) of
fle(?:d|e|es|eing) (?:from )?(?:the |a |an )?(?:\w+ )?(?:fighting|violence|clashes|war|conflict|attacks|bombardment|shelling)
(?:has|have) been (?:fighting|battling|clashing with) (?=(?:[^.;]* )?since\b)
