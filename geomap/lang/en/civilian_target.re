# An attack word and the civilians or civilian place it is aimed at, from the start of an armed
# clash's cue: one-sided violence against civilians, not a clash ("an attack on a village near
# Maiduguri", "attacked worshippers"); regular-expression alternatives, matched
# case-insensitively at the cue's start.
# Source: written for geomap from ACLED's distinction of attacks on civilians and armed clashes;
# licence: MIT, as geomap.
(?:attack(?:s|ed|ing)?(?: on| against)?|raid(?:s|ed)?(?: on)?|storm(?:ed|ing)) (?:a |an |the |two |three |several |\d+ )?(?:(?!(?:at|in|on|near|outside|inside|with|from|of|between|around|held|controlled|military|army|police)\b)[\w-]+ ){0,2}?(?:villages?|neighbou?rhoods?|markets?|church(?:es)?|mosques?|schools?|weddings?|funerals?|bus(?:es)?|hospitals?|farmers|worshippers|residents|civilians|villagers|congregations?|students|pupils|traders|passengers|displacement camps?|camps? for (?:the )?displaced(?: people)?)\b
