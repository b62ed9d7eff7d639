# An attack word and the civilians or civilian place it is aimed at, from the start of an armed
# clash's cue: one-sided violence against civilians, not a clash ("ont pris d'assaut mardi le
# camp de déplacés", "ont attaqué un village"); regular-expression alternatives, matched
# case-insensitively at the cue's start.
# Source: written for geomap from ACLED's distinction of attacks on civilians and armed clashes
# and French news usage; licence: MIT, as geomap.
(?:pris d['’]assaut|assaut\w*|attaqu\w+|raids?)(?: contre| sur| d[eu]s?| l['’]| d['’])? ?(?:(?!(?:à|au|aux|dans|près|en|autour|positions?|militaires?|armée|police|base|poste|caserne|convoi|patrouille)\b)\S+ ){0,3}?(?:villages?|quartiers?|marchés?|églises?|mosquées?|écoles?|mariages?|funérailles|bus|hôpital|hôpitaux|agriculteurs|fidèles|habitants|civils|villageois|élèves|commerçants|passagers|camps? (?:de|pour les) (?:déplacés|réfugiés)|camps? de (?:déplacés|réfugiés))\b
