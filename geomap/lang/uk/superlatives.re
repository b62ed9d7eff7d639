# Words right before an event cue that measure it against others ("наймасованіша атака з
# початку війни", "найбільша битва з часів Бахмута"): with a yardstick after the cue
# (yardsticks.re), the cue is a comparison, not news; regular-expression alternatives, matched
# case-insensitively from a word boundary. Every Ukrainian superlative opens with "най".
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
най\w+
одн\w+ з найбільш\w*
так(?:ий|а|е|і|ого|ої|ому|им|их|у|ими) \w+
