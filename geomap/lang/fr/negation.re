# Words right before an event cue (at most two words between) that say it did not happen ("n'ont
# pas repris", "n'a jamais été encerclée", "ne frappent que des cibles militaires"); French puts
# "ne" before a verb in a simple tense and "pas" before a participle. Regular-expression
# alternatives, matched case-insensitively from a word boundary. "plus" alone is left out: "plus
# de 20 assauts" is a count.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
pas
jamais
aucune?
nullement
ne
sans
n['’]\w+ plus
ne \w+ plus
