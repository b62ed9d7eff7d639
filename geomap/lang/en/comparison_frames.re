# Words right before a place that make it frame a comparison, not the place of an event ("since
# the fall of Bakhmut", "the biggest battle since Bakhmut", "formerly known as Artemivsk");
# regular-expression alternatives, matched case-insensitively from a word boundary and ending
# where the place name starts.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
(?:since|like|unlike|than|compared (?:with|to)|as in|reminiscent of|formerly (?:known as|called)|previously (?:known as|called)|once (?:known as|called)|renamed from|then called|(?:still |now )?calls?|known as)(?: the (?:fall|battle|capture|siege|loss|liberation|destruction) of| the| in)?
not to be confused with(?: (?:its|the|a) (?:namesake|town|city|village|one)s?(?: of the same name)?)?(?: in| of)?
# what a sentence's news follows: "A day after the fall of Mirebalais, police fired tear gas"
(?:(?:a|one|two|three|a few|several) (?:day|days|hours?|weeks?) |shortly |soon |just |hours |days |weeks )?after the (?:fall|capture|loss|seizure|recapture|liberation|storming|takeover) of
