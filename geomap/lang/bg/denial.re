# Words before an event cue that make it what someone denies ("отрече да е поразявал") or what one
# side accuses the other of ("обвини СБР в нападения срещу цивилни"), a claim and not a report;
# regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
отрече\w*
отрекоха
отрекл\w*
отрича\w*
опроверга\w*
опровергава\w*
отхвърли\w*
отхвърля\w*
оспори\w*
оспорва\w*
обвини(?:ха|л|ла|ли)?
обвинява(?:т|ха|ше|л|ла|ли)?
(?:определи|определя|нарече|нарекоха|нарича)\w* (?:\w+ )?(?:като )?(?:пропаганда|лъжа|лъжи|фалшив\w*)
