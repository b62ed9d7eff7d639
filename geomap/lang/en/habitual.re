# Words that make a clause speak of what keeps happening ("again and again"), not of one event;
# regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
again and again
repeatedly(?! \w+ing\b)
regularly
routinely
every (?:day|night|week)
(?-i:daily)
frequently
often
# (but "a peaceful protest that has become a regular event": what the protest is, not that it
# keeps happening)
(?<!that )(?<!which )(?:has|have) become
rel(?:y|ies|ied|ying) (?:heavily |mostly |largely )?on
(?:has|have|had) (?:been )?(?:intensified|intensifying|escalated|escalating|raged|raging|continued|persisted|dragged on)
similar (?:attacks|bombings|strikes|raids|killings|shootings|incidents|abductions|kidnappings)
in the past
in recent (?:years|months|weeks)
(?:the )?(?:latest|last|newest) in a (?:series|string|spate|wave|wave|run) of
fle(?:d|e|es|eing) (?:from )?(?:the |a |an )?(?:\w+ )?(?:fighting|violence|clashes|war|conflict|attacks|bombardment|shelling)
(?:has|have) been (?:fighting|battling|clashing with) (?=(?:[^.;]* )?since\b)
# a count of all killed so far, not one event: "More than 1,700 people have been killed in Sinaloa
# since the fighting began", "Israel's offensive has killed at least 57,000 people in Gaza" (but
# "have been killed in the clashes in Afrin since Saturday" tells the days of one offensive)
(?:has|have|had) been killed\b(?=[^.;]*\b(?:since (?!(?:last |early |late )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the weekend|dawn|the morning)\b)|so far|to date)\b)
# the same count in the active voice: "drone strikes have killed hundreds of civilians in Amhara
# since the conflict began"
(?:has|have) killed\b(?=[^.;]*\b(?:since (?!(?:last |early |late )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the weekend|dawn|the morning)\b)|so far|to date)\b)
\b(?:war|conflict|offensive|campaign|insurgency|violence|fighting|crisis|bombardment|siege|outbreak|epidemic|pandemic|disease|virus|ebola|cholera)\b[^.;,]{0,30}?\b(?:has|have|had) (?:so far |now )?killed\b
# a count so far: "the city's 17th homicide of the year"
\d+(?:st|nd|rd|th) (?:\w+ ){0,2}?(?:homicides?|killings?|murders?|shootings?|stabbings?|fatalit(?:y|ies)|deaths?) (?:of|this|so far|in)
# a toll of many happenings over a season or a year: "more than 60 people were killed in protests that summer"
killed in (?:\w+ ){0,2}?(?:protests|attacks|clashes|raids|strikes|bombings|demonstrations|riots|unrest)\b(?=[^.;]*\b(?:that|this|last|the same) (?:summer|spring|autumn|fall|winter|year)\b)
# a count of earlier happenings in words: "the third fatal stabbing in Waltham Forest this year"
(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest) (?:\w+ ){0,2}?(?:homicides?|killings?|murders?|shootings?|stabbings?|attacks?|bombings?|fatalit(?:y|ies)|deaths?) (?:(?:in|at) (?:\w+ ){1,3})?(?:this|so far|of the) (?:year|month|week|season)\b
# what attackers took part in over time: "Both militants were involved in several attacks"
(?:involved in|took part in|taken part in|responsible for|behind) (?:several|many|numerous|multiple|various|a number of|a series of|dozens of|scores of|a string of|a spate of) (?:\w+ )?(?:attacks|killings|bombings|shootings|ambushes|raids|murders)\b
# a tally since a period began: "Since the start of the year more than 300 civilians have been killed"
\bsince (?:the (?:start|beginning) of (?:the|this) (?:year|month)|january|february|march|april|may|june|july|august|september|october|november|december)\b[^.;]{0,80}?\b(?:has|have|had) (?:been )?(?:killed|died)\b
# people who fled fighting elsewhere, not fighting here: "The town shelters tens of thousands of people who fled the fighting further north"
fled (?:from )?(?:the )?(?:fighting|violence|clashes|combat|war|attacks|bombardments?|shelling)
