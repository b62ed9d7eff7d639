# Words that make a sentence tell of an accident or a disaster, not of violence: its words of
# killing and dying ("eight people were killed when a fire broke out") report no event; a
# specific cue (arson, a bomb) still does. Regular-expression alternatives, matched
# case-insensitively as whole words.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
(?:a |the )?(?:fire|blaze) (?:broke out|swept|spread|engulfed|gutted|ripped)
(?:bus|car|truck|lorry|train|boat|ferry|plane|vehicle|minibus|tanker)s? (?:collided|crashed|overturned|capsized|plunged|derailed|veered)
(?:road|traffic|car|bus|train|mining|industrial|workplace|boating|plane|air) (?:accident|crash|collision|disaster)s?
(?:head-on )?collision
(?:building|bridge|roof|mine|wall|stand|dam) (?:collapsed|collapse|caved in)
collapsed
(?:floods?|flooding|landslides?|mudslides?|(?:earth)?quakes?|aftershocks?|tsunamis?|cyclones?|hurricanes?|typhoons?|storms?|tornado(?:es)?|heatwaves?|avalanches?|lightning|stampedes?|drowned|drowning|electrocuted|food poisoning)
gas (?:explosion|blast|leak|cylinder)
(?:boiler|cylinder|transformer|tanker|fuel tanker|factory|mine|chemical) (?:explosion|blast|exploded|fire)
# illness and the road: "killed ... from the disease", "an E. coli outbreak has killed 1 person",
# "killed in fiery crash", "struck by a vehicle"; not a disease that names whom or what was
# attacked ("set fire to an Ebola treatment centre, killing a nurse")
(?:outbreak|epidemic|pandemic|disease|virus|infection|flu|influenza|cholera|ebola|measles|e\. coli|salmonella|listeria|overdose|illness|heart attack|cancer)s?(?! (?:treatment|clinics?|centres?|centers?|responders?|workers?|teams?|wards?|units?|vaccinators?|vaccination|response|patients?|survivors?|health workers?)\b)
(?:fiery|fatal|car|vehicle|traffic|road|plane|helicopter|bus|train|motorcycle|head-on|single-vehicle|two-vehicle|multi-vehicle|dui) crash(?:es)?
(?:struck|hit|run over|killed) by (?:a |an |the )?(?:\w+ )?(?:car|vehicle|truck|bus|train|pickup|van|motorist|driver|suv)
drunk[- ]driving|dui|hit-and-run|crashed into
# "Driver injured in Nokomis crash", "injured in the accident", "a house fire"
crash(?:es|ed)?|accident(?:s|al|ally)?
(?:house|apartment|building|brush|grass|forest|bush|wild)\s?fires?|firefighters?
