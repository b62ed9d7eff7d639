# Words right before an event cue (one word may stand between) that make it frame a time, not
# report the event ("lors des combats de 2022", "depuis le début de l'offensive", "après la
# frappe"); regular-expression alternatives, matched case-insensitively from a word boundary
# (an elided article before the cue, "pendant l'attaque", cannot end one).
# Source: written for geomap from French news usage; licence: MIT, as geomap.
(?:pendant|durant|lors|au cours|depuis|après|avant|suite|à la suite|jusqu['’]à|dès|au lendemain|à l['’]issue|en marge|en représailles)(?:\s+(?:de|du|des|à|aux))?(?:\s+(?:la|le|les|ces|cette|ce|ses|leurs?))?
# a concession frames too: "malgré une offensive conjointe congolo-ougandaise"
(?:malgré|en dépit de|en dépit d['’])(?:\s+(?:la|le|les|une?|l['’]|ces|cette|ce|ses|leurs?))?(?:\s+[\w-]+)?
