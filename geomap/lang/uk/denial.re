# Words before an event cue that make it what someone denies ("заперечили удари", "спростували
# захоплення"), or what someone is accused of or blamed for ("звинуватив RSF у нападах на
# цивільних", "поклав провину за хвилю нападів"): a claim, not a report of the event;
# regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
заперечу\w*
заперечи\w*
заперечл\w*
заперечення
спростува\w*
спростову\w*
відкида\w* (?:\w+ )?(?:звинувачення|причетніст\w*|заяв\w*|твердження|інформаці\w*)
відкинул\w* (?:\w+ )?(?:звинувачення|причетніст\w*|заяв\w*|твердження|інформаці\w*)
назва\w* (?:це |цю інформацію |ці заяви )?(?:фейк\w*|брехн\w*|неправд\w*|провокаці\w*|вигадк\w*|пропаганд\w*)
не визна\w*
звинуват\w*
звинувачу\w*
звинувачен\w*
обвинуват\w*
обвинувачу\w*
(?:поклав|поклала|поклали|покладає|покладають|покладав|покладали) (?:\w+ ){0,2}?(?:провину|відповідальність)
дорікну\w*
дорікаю\w*
