# Verbs and words that, right after a surname standing alone ("Lincoln visited the fort", "the
# 6-foot Lincoln, wearing his hat"), make it a person throughout the article: the things a
# person does and a town does not; a regular expression alternative each, lower case.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
visited
lived
wrote
wanted
met
married
died
was born
wore
wearing
signed
spoke
walked
stood
served
led
became
himself
herself
probably is
posted
attended
starred
tweeted
graduated
