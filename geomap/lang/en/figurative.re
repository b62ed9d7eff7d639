# Phrases in which an event cue reports no event: a mine that is dug, a battle in court or with an
# illness, "surrounded by shops", a phone "picked up"; regular-expression alternatives matched
# case-insensitively around a cue, which they must overlap.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
\b(?:gold|coal|copper|silver|tin|uranium|diamond|open-pit|iron ore|salt|lithium|nickel|zinc|bauxite|potash|quarry|the (?-i:[A-Z])\w+) mines?\b(?! (?:exploded|blast|explosion|went off))
\bmines? (?:workers?|owners?|operators?|company|companies|site|sites|waste|tailings|shafts?|expansion|project|spill)\b
\b(?:legal|court|courtroom|political|custody|uphill|budget|election|ratings|losing|long|personal|bitter legal|public relations|PR|trade|price|bidding|takeover|bruising|electoral) (?:battles?|fights?)\b
\b(?:battles?|battled|battling|fights?|fought|fighting) (?:with|against) (?:cancer|illness|addiction|depression|disease|the disease|obesity|inflation|the flu|HIV|AIDS|poverty|corruption|climate change)\b
\b(?:lost|won|losing|winning|win|lose) (?:the|a|their|his|her|its) (?:\w+ )?(?:battle|fight)\b
\b(?:battles?|fights?) for (?:the )?(?:suburbs|votes?|voters|seats?|ridings?|districts|hearts|minds|nomination|presidency|leadership|majority|control of (?:the )?(?:house|senate|congress|parliament|chamber|council))\b
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
# sport, illness and fire: "the crucial relegation battle", "a hard-fought meet", "advances to
# the state meet", "fighting leukaemia", "firefighters battle the blaze", "flood fighting"
\b(?:relegation|title|playoff|promotion|survival|championship|cup) (?:battles?|fights?|clash(?:es)?)\b|\bhard[- ]fought\b
\badvanc(?:e|es|ed|ing) (?:to|into) (?:the )?(?:state|regional|sectional|district|national|semi-?finals?|finals?|quarter-?finals?|playoffs?|next round|championship|title|\w+ round)\b
\b(?:battles?|battled|battling|fights?|fought|fighting) (?:\w+ )?(?:cancer|leuka?emia|tumou?rs?|illness|disease|addiction|flames|fires?|blazes?|wildfires?|floods?|flooding|the elements)\b
\bflood[- ]?fight\w*|\bfire[- ]?fight\w*(?: (?:\w+ ){0,2}?(?:battl\w*|fought|fight\w*))?
# what is captured, seized or shot that is no fighting: "captured on video", "carbon capture",
# "evaded capture", "seized bank statements", "a flu shot", "a shot at a career", "shooting
# footage"
\bcaptur(?:e|ed|es|ing) (?:[\w,.]+ ){0,5}?(?:on (?:video|camera|film|tape|cctv)|footage|images?|photos?|moments?|methane|carbon|CO2|emissions|heat|water|the (?:title|crown|award|trophy|championship|prize|imagination|best|heat|mood|spirit))\b|\bcarbon capture\b|\b(?:evade[sd]?|evading|avoid(?:ed|ing|s)?|escape[sd]?|escaping|eluded?|eluding) (?:capture|arrest)\b
\bseiz(?:e|ed|es|ing) (?:\w+ ){0,3}?(?:drugs?|cocaine|heroin|marijuana|meth\w*|cannabis|cash|money|documents|records|statements|notices|reports|computers|phones?|goods|items|property|assets|vehicles?|cars?|guns?|rifles?|pistols?|handguns?|shotguns?|knife|knives|machetes?|weapons?|firearms?|ammunition|contraband|products?|food|ice cream|evidence|lab|equipment|shipments?|cargo|counterfeit \w+|passports?|explosives?|detonators?|grenades?|munitions|arms|IEDs?|bomb-making \w+)\b
\b(?:drugs?|cocaine|heroin|cash|weapons?|firearms?|guns?|rifles?|ammunition|explosives?|detonators?|grenades?|munitions|arms|IEDs?) (?:[\w,]+ ){0,5}?(?:had been|have been|has been|were|was|being|been) seized\b
\b(?:flu|booster|vaccine|vaccination|allergy) shots?\b|\bshot at (?:a |an |the |his |her |their )?(?:career|title|crown|win|victory|glory|playoffs?|championship|spot|place|redemption|earning|making|winning)\b|\bshoot(?:ing|s)? (?:\w+ )?(?:footage|a film|a movie|films?|movies|scenes|videos?|photos?|pictures)\b|\bphoto ?shoots?\b
# an animal's attack, drones of search or survey, and a sale of weapons: "a 'killer bee' attack",
# "the search drones", "selling more than $1.3 billion in artillery"
\b(?:killer )?(?:bees?|dogs?|sharks?|bears?|alligators?|crocodiles?|snakes?|cougars?|wol(?:f|ves)|animals?|pit bulls?)['’]?s?['’]? attacks?\b|\battacked by (?:a |an |the )?(?:swarm of |pack of )?(?:\w+ )?(?:bees|dogs?|shark|bear|alligator|crocodile|snake|cougar|wol(?:f|ves)|pit bull)\b
\b(?:delivery|survey|underwater|search|camera|hobby|recreational|agricultural) drones?\b|\bdrone (?:footage|images|video|photography|show|deliveries)\b|\blaunched the drones\b
\b(?:sale|sales|selling|sell|sells|sold|deal|purchase|contract)s? (?:of |to )?(?:[\w$.,-]+ ){0,5}?(?:in )?(?:artillery|missiles?|drones?|munitions|rockets?|bombs?|weapons)\b
# a mine that is worked, not laid: "an abandoned mine", "to mine diamonds"
\b(?:abandoned|old|deep|underground|opencast|open-cast|closed|flooded|disused|working|dormant) mines?\b|\bto mine\b|\bmines? (?:was|were|is|has|had|have) (?:re-?opened|opened|closed|flooded|dormant|reopened)\b
# a pause in fighting, an advanced course, a salary advance, a space rocket and a bout of a sport:
# "a lull in the fighting", "advanced placement testing", "a falling booster rocket", "three
# battles in the lightweight divisions"
\b(?:lull|pause|halt|end|cessation|break|let-up|respite) in (?:the )?(?:fighting|hostilities|violence|clashes)\b
\b(?:stop|stops|stopped|stopping|end|ends|ended|ending|halt|halts|halted|halting|curb|curbed|ease|eased|freeze|froze|de-escalate|quell|quelled)(?: (?:the|all|further|renewed))? (?:fighting|hostilities|violence|clashes|war)\b
\badvanced (?:placement|degree|course|level|technolog\w+|materials|search|stage|age|training|studies|manufacturing|solutions|systems|features)\b|\b(?:salary|cash|pay|wage|payday|emergency) advances?\b
\b(?:booster|space|carrier|model|water|toy) rockets?\b|\brocket (?:launch(?:es)?|stage|booster|scientists?|engine|fuel|science)\b
\b(?:lightweight|heavyweight|middleweight|weight|wrestling|boxing|dance|rap|bidding|band|royal) battles?\b|\bbattles? (?:of the bands|in the (?:\w+ )?(?:divisions?|weight classes))\b
# a stance against violence, not a report of it: "Canada's stand against the indiscriminate
# killing of civilians", "a campaign against gun violence"
\b(?:stand|stance|campaign|fight|struggle|crusade|position|measures?|laws?|legislation|efforts?) against (?:the |all )?(?:[\w-]+ ){0,2}?(?:killings?|violence|war|wars|attacks?|bombings?|shootings?|terrorism|violence against \w+)\b
# a gas captured, a fight in court, a mine that operated: "the carbon dioxide that is captured",
# "have fought the project in court", "the mine last operated in the 1940s"
\b(?:dioxide|carbon|CO2|methane|gas|emissions|heat|water)(?: that| which)? (?:is|are|was|were|will be|can be|being|gets) captured\b
\b(?:fought|fight|fights|fighting|battled|battling|battles?) (?:[\w-]+ ){0,3}?in (?:court|the courts)\b
\bmines? (?:last )?(?:operated|closed|opened|produced)\b
# a retreat that is a meeting: "the council's goal-setting retreat", "a weekend retreat"
\b(?:goal-setting|annual|weekend|spiritual|corporate|staff|council|board|leadership|planning|yoga|writing|writers['’]?|church|team|silent|wellness|religious|summer|winter) retreats?\b
# a shell that is no artillery: "tear gas shells", "60 shell casings were recovered"
\b(?:tear[- ]?gas|teargas|shotgun|bullet|spent|empty) shells?\b|\b(?:shell|bullet|cartridge) casings?\b
# a suicide: "he had taken his own life"
\b(?:taken|took|take|taking|takes) (?:his|her|their) own li(?:fe|ves)
\bbattle (?:flags?|cry|lines?|plans?|dress|gear|tanks?|hymn)\b|\bbattleground states?\b|\bfac(?:e|es|ed|ing) (?:a |an )?(?:\w+ )?battle (?:in|at|against|for)\b|\bleads? (?:the )?attack\b(?! (?:on|against)\b)
# an election fought, a foul, a goal scored, a ministry's name: "a bruising battle for the
# Hartlepool by-election", "Upamecano brought down Vinicius in the box", "Kane fired a low shot
# past Courtois", "booked for protesting", "Energy and Mines Minister"
\bbattles? for (?:the )?(?:[\w-]+ ){0,2}?(?:by-election|election|seat|nomination|votes?|leadership|presidency|mayoralty|constituency|primary)\b
\bbr(?:ought|ings?|inging) down (?-i:[A-Z])\w+(?: (?-i:[A-Z])\w+)? (?:in|inside|on the edge of|at the edge of) the (?:box|area|penalty area)\b
\bfired (?:a|an|his|her) (?:[\w-]+ )?(?:shot|effort|strike|volley|header) (?:past|wide|over the bar|into the (?:net|corner|top corner|bottom corner))\b
\bbooked for (?:protesting|dissent|arguing)\b
\b(?:Mines|Mining) (?:Minister|Ministry|Secretary|Department)\b|\bMinist(?:er|ry) of (?:\w+ and )?Mines\b
# politics fought back with words, a match battled to a draw, a drone that only circled:
# "ministers fought back by highlighting plans", "Arsenal battled to a 1-1 draw", "after a
# drone circled over the market"
\bfought back (?:by|with|against (?:the )?(?:claims?|criticism|accusations?|allegations?))\b
\bbattled (?:to|for) (?:a|an) (?:[\w-]+ )?(?:draw|win|victory|point)\b
\bdrones? (?:circled|circling|hovered|hovering|buzzed|buzzing|flew over|flying over)\b
# words and football: "launched a blistering attack on the governor's budget", "Newcastle's
# attack silenced the home crowd", "Arsenal battle past stubborn Newcastle"
\b(?:blistering|scathing|stinging|withering|verbal|rhetorical|personal|thinly[- ]veiled|veiled|partisan) attacks? (?:on|against)\b
(?:'s|’s) (?:attack|defence|defense)\b(?=[^.;]*\b(?:home crowd|half-time|half-hour|the box|the bar|goalkeeper|keeper|equali[sz]er|penalty|kick-off|the pitch|the net)\b)
\bbattl(?:e|es|ed|ing) past\b
# a weapon's or a vehicle's name, a metaphor of politics, a match's play: "armed with assault
# rifles", "an assault on working families", "curled a shot into the far corner", "fought for
# every ball", "killed the game"
\bassault (?:rifles?|weapons?|guns?|vehicles?|craft|boats?|teams?|helicopters?|ships?|course)\b
\b(?:an |the )?assault on (?:working|ordinary|our|the|american|british|democratic) (?:families|people|workers|democracy|rights|freedoms?|values|jobs|constitution|middle class|poor)\b|\bassault on (?:democracy|freedom|free speech|the rule of law|the truth|science|education)\b
\b(?:curled|fired|drilled|blasted|slotted|lashed|smashed|rifled|sent|stroked|whipped|bent|looped|nodded|glanced) (?:a|an|his|her|the) (?:[\w-]+ ){0,2}?(?:shot|effort|strike|volley|header|free[- ]kick|penalty)\b
\bfought for every (?:ball|point|yard|inch|loose ball)\b|\bkilled (?:off )?the (?:game|match|tie|contest)\b
# troops sent to a disaster's site: "Soldiers and police were deployed to the site", "deployed to
# the flooded areas"
\b(?:deployed|dispatched|rushed) to (?:the )?(?:site|scene|disaster zone|(?:flood-hit|flooded|affected|quake-hit|stricken) (?:areas?|districts?|regions?|villages?))\b|\bdeployed (?:\w+ )?(?:to|for|in) (?:the )?(?:rescue|relief|search|recovery|evacuation)\b
