# Words before an event cue that make it what someone denies ("отрече да е поразявал");
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
