# Phrases in which an event cue reports no event: a mine that is dug, a battle in court or with an
# illness, "surrounded by shops", a phone "picked up"; regular-expression alternatives matched
# case-insensitively around a cue, which they must overlap.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
\b(?:gold|coal|copper|silver|tin|uranium|diamond|open-pit|iron ore|salt|lithium|nickel|zinc|bauxite|potash|quarry|the (?-i:[A-Z])\w+) mines?\b(?! (?:exploded|blast|explosion|went off))
\bmines? (?:workers?|owners?|operators?|company|companies|site|sites|waste|tailings|shafts?|expansion|project|spill)\b
\b(?:legal|court|courtroom|political|custody|uphill|budget|election|ratings|losing|long|personal|bitter legal|public relations|PR|trade|price|bidding|takeover) (?:battles?|fights?)\b
\b(?:battles?|battled|battling|fights?|fought|fighting) (?:with|against) (?:cancer|illness|addiction|depression|disease|the disease|obesity|inflation|the flu|HIV|AIDS|poverty|corruption|climate change)\b
\b(?:lost|won|losing|winning|win|lose) (?:the|a|their|his|her|its) (?:\w+ )?(?:battle|fight)\b
\bsurrounded by (?!(?:\w+ ){0,2}(?:troops|forces|soldiers|police|militants|fighters|rebels|gunmen|army|enemy))
\bpicked up (?:the (?:phone|call|receiver|line)|said)\b
\bwho picked up\b
# a reason given for a measure, not a report: "citing the advance of Russian troops"
\b(?:citing|invoking) (?:the |a |an )?(?:\w+ ){0,2}(?:advance|offensive|threat|danger|risk|escalation|approach)\w*(?: of (?:\w+ ){0,2}\w+)?
# a strike of workers, not a military one: "teachers staged a strike on the campus"
\b(?:stag(?:e|ed|es|ing)|h[eo]ld(?:s|ing)?|call(?:s|ed|ing)?|beg[ia]n|launch(?:es|ed|ing)?|went on|go(?:es|ing)? on|join(?:s|ed|ing)?|announc(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)|declar(?:e|es|ed|ing)|end(?:s|ed|ing)?) (?:a |an |the |their |its )?(?:\w+ )?strikes?\b|\b(?:teachers|workers|doctors|nurses|miners|drivers|unions?|employees|staff|students|dockers|pilots|general|national|nationwide|labou?r|hunger)(?:['’]s?)? strikes?\b
# a group's aim, not a happening: "which is fighting to topple the government", "fighting for independence"
\b(?:fight(?:s|ing)?|fought|battl(?:es|ing)) (?:to (?:topple|overthrow|oust|bring down|establish|impose|create|carve out|restore)|for (?:independence|autonomy|self-rule|secession|a state|an independent|the creation|the overthrow|control of the country))\b
# a unit named after riots, not a riot: "riot police used water cannons", "anti-riot officers"
\b(?:anti-?)?riot(?= (?:police(?:men|women)?|officers|squads?|units?|troops|control|shields?)\b)
# a slogan, not a report: chanting "stop the killing", placards reading "end the war"
(?:(?<=chanting )|(?<=chanted )|(?<=chants )|(?<=shouting )|(?<=shouted )|(?<=reading )|(?<=slogans )|(?<=slogan ))(?:["“][^"”]{1,60}["”](?:,? (?:and|or) )?)+
# what was heard of a happening told already, not another one: "heavy gunfire and explosions were
# heard in the districts until the early hours"
\b(?:(?:heavy|sporadic|intermittent|loud) )?(?:gunfire|gunshots|shots|explosions?|blasts?)(?: and (?:(?:heavy|sporadic|intermittent|loud) )?(?:gunfire|gunshots|shots|explosions?|blasts?))? (?:were|was|could be|could still be|had been|have been) heard\b
# an accident's blast, not a bomb: "a gas explosion", "a boiler exploded"
\bgas (?:explosions?|blasts?|leaks?)\b|\b(?:boiler|gas cylinder|cylinder|transformer|fuel tanker|tanker|factory|chemical plant|fireworks factory) (?:explosions?|blasts?|exploded)\b
