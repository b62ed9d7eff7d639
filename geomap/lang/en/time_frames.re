# Words right before an event cue (one word may stand between) that make it frame a time, not
# report the event ("during the fighting", "since the attack"); regular-expression alternatives,
# matched case-insensitively from a word boundary.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
(?:during|amid|since|after|before|following|until)(?:\s+the)?
# a concession frames too: "despite a joint Congolese-Ugandan offensive against the rebels"
despite(?:\s+(?:the|a|an|its|their|this|that))?(?:\s+[\w-]+){0,2}?
# one of a series, counted: "It was the third such assault since January"
(?:the )?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) such
