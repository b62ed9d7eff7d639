# Nouns of police, soldiers and other security forces, as the target of violence that makes it an
# armed clash rather than an attack on civilians ("a tiré sur deux policiers", "ont attaqué une
# patrouille de l'armée"); regular-expression alternatives, matched case-insensitively as whole
# words.
# Source: written for geomap from ACLED's codebook (attacks on security forces are battles) and
# French news usage (France, Ukraine, the Sahel, the Congo, Haiti); licence: MIT, as geomap.
polici(?:er|ers|ère|ères)
police(?: nationale| militaire| municipale)?
gendarmes?
gendarmerie
agents? (?:de police|de sécurité|des forces de l['’]ordre)
forces de l['’]ordre
forces (?:de défense et de sécurité|de sécurité|de défense|armées|spéciales|gouvernementales|régulières|loyalistes)
FDS
soldats?
militaires
troupes
armée
casques bleus
patrouilles?
postes? de contrôle
postes? (?:militaires?|de police|frontaliers?|avancés?)
check-points?
barrages? (?:de police|militaires?|routiers?)
convois? militaires?
casernes?
commissariats?
brigades? de gendarmerie
camps? militaires?
bases? militaires?
garnisons?
détachements? (?:militaires?|de l['’]armée|de gendarmerie|de police)
positions? (?:militaires?|de l['’]armée)
unités? (?:militaires?|de l['’]armée)
CRS
gardes-frontières
gardes? (?:nationaux|frontières|présidentiels?)
douaniers?
FARDC
FAMa
VDP
volontaires pour la défense de la patrie
