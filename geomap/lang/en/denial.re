# Words before an event cue that make it what someone denies ("denied hitting"); regular-expression
# alternatives, matched case-insensitively as whole words.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
denie[sd]
deny
denying
rejected
refuted
dismissed
(?:called|labelled|labeled|branded) (?:it|them|the claims?|the reports?) (?:as )?(?:propaganda|lies|fake|false)
