# Phrases in which an event cue reports no event: a mine that is dug ("mine d'or", "la mine de
# Kamoto"), a battle in court or against an illness, a football "frappe", prices that "explosent",
# calls that are intercepted, the making or selling of drones and missiles, a party named
# "Rassemblement", a storm or an earthquake that "touche" villages, and a superlative after its
# noun that measures an event against others ("l'attaque la plus meurtrière depuis", "ces
# manifestations sont les plus importantes depuis"); regular-expression alternatives matched case-insensitively around a cue, which
# they must overlap.
# Source: written for geomap from French news usage; licence: MIT, as geomap.
\b(?:mines?|gisements?) (?:d['’]or|de charbon|de cuivre|de cobalt|de coltan|de diamants?|de fer|de lithium|de sel|d['’]uranium|de manganèse|de phosphates?|d['’]étain|de zinc|de bauxite|de nickel|à ciel ouvert|souterraines?|industrielles?)\b
\bla mine (?:de |d['’])(?-i:[A-Z])
\b(?:ministères?|ministres?|secteur|code|cadastre|écoles?|ingénieurs?|exploitations?|sociétés?|compagnies?|concessions?|sites?|puits|galeries?|carrières?) (?:des |de |minier |miniers )?mines?\b
\bmines? (?:et (?:de |des )?carrières|d['’]informations?|de renseignements|déconfite|grave|réjouie|sombre|fatiguée?)\b
\b(?:bonne|mauvaise|triste|petite|grise|sale|fière) mine\b|\bdrôle de mine\b|\b(?:faire|fait|faisait|faisant|font) mine de\b|\bmine de rien\b
\b(?:combats?|batailles?|luttes?) (?:judiciaires?|juridiques?|politiques?|électora(?:l|ux|les?)|parlementaires?|diplomatiques?|médiatiques?|de coqs|de boxe|de MMA|de catch|de chefs|d['’]idées|culturels?|idéologiques?)\b
\b(?:combats?|batailles?|luttes?|lutté|combattu|combattre|combattent) (?:contre|pour vaincre) (?:la |le |les |l['’]|un |une |son |sa |ses )?(?:corruption|pauvreté|maladie|cancer|inflation|faim|chômage|drogues?|obésité|dépendance|addiction|changement climatique|réchauffement|sida|VIH|covid|épidémie|paludisme|désinformation|fraude|racisme|discriminations?|exclusion|incendie|flammes|montre|temps|crise)\b
\b(?:gagn\w*|perd\w*|remport\w*) (?:la|une|cette|leur|sa|son) (?:\w+ )?(?:bataille|combat|lutte)\b
\b(?:frapp\w*|touché\w*) (?:de plein fouet |durement |fortement )?(?:par|d['’]|de) (?:la |une |un |l['’]|des |les |cette )?(?:crise|sanctions?|amendes?|épidémie|pandémie|maladie|inondations?|sécheresse|séismes?|tremblement|chômage|pauvreté|interdiction|nullité|stupeur|malédiction|foudre|tempête|cyclone|ouragan|canicule|vague de froid|grève|inflation|récession|coupures?|pénuries?|mesures?|taxes?|droits de douane|tarifs?|hausse|baisse|scandale)\b
\bfrapp\w* (?:à la porte|à sa porte|fort|les esprits|l['’]imagination|d['’]une amende|d['’]interdiction|de nullité|d['’]inéligibilité|monnaie|du poing)\b
\bfrappes? (?:du (?:droit|gauche|pied)|cadrée|enroulée|puissante|lointaine|croisée|de balle|de mule|sur la barre|monétaire)\b
\bfrapp\w* (?:le ballon|la balle|du (?:droit|gauche)|sur (?:la barre|le poteau)|le poteau|la transversale)\b
\b(?:prix|coûts?|tarifs?|chiffres?|nombre|demande|ventes|dette|inflation|bulle|audiences?|loyers?|factures?|cours|budgets?|dépenses?|compteur|cas|cotisations?|impôts|taxes|salaires|profits|bénéfices|chiffre d['’]affaires|consommation|production|importations|exportations|déficit|dépenses|demandes|inscriptions|réservations|commandes|abonnements|ventes) (?:[\w'’-]+ ){0,4}?explos\w*
\bexplos\w* de (?:rire|joie|colère)\b
\bexplosions? (?:des|de la|du|de l['’]) ?(?:prix|coûts?|demande|nombre|cas|inflation|dette|chômage|ventes|loyers|naissances|dépenses|violences?|criminalité|consommation)\b
\b(?:appels?|conversations?|communications?|messages?|échanges?|courriels?|lettres?) (?:téléphoniques? |radio )?intercept\w*
\bintercept\w* (?:\w+ ){0,2}(?:appels?|conversations?|communications?|messages?|courriels?|lettres?|cargaisons?|drogue|cocaïne|migrants?|embarcations?)\b
\b(?:usines?|fabricants?|fabrication|production|producteurs?|pilotes?|opérateurs?|moteurs?|composants?|pièces|livraisons?|fourniture|achats?|ventes?|stocks?|programmes?|industrie|salon|écoles?|brouilleurs?|détecteurs?|radars?|fabriquer|produire|livrer|fournir|acheter|vendre) (?:de |d['’]|des |en )?(?:[\w-]+ )?(?:drones?|missiles?|roquettes?|obus|munitions)\b
\bcaptures? d['’]écran\b
\b(?-i:Rassemblement) (?:national|pour|des|du|de)\b
\bcortèges? (?:funèbres?|nuptial|présidentiel|officiel)\b
\bgrèves? (?:de zèle|du zèle)\b
\b(?:épidémie|pandémie|maladie|choléra|covid|virus|crise|sécheresse|inondations?|tempête|cyclone|ouragan|séisme|tremblement de terre|malheur|tragédie|famine|chômage|récession|inflation|canicule|incendie|grêle|neige|vague de chaleur|vague de froid|crue|pluies?)\s+(?:[\w'’-]+\s+){0,3}?(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:frapp|touch)\w*
\b(?:attaques?|attentats?|frappes?|bombardements?|combats|offensives?|bataille|manifestations?|émeutes|explosions?|fusillades?|violences)\s+(?:[\w'’-]+\s+){0,2}?(?:(?:sont|est|était|étaient|constituent|représentent)\s+)?(?:la|le|les)\s+plus\s+[\w-]+\s+(?:depuis|de l['’]histoire|de la guerre|du conflit|de l['’]année|jamais)\b
# a reason given for a measure, not a report: "en invoquant l'avancée des troupes russes"
\b(?:invoquant|citant|arguant de) (?:l['’]|la |le |les |une? |des )?(?:\w+ ){0,2}(?:avancée|offensive|menace|danger|risque|escalade|progression|approche)\w*(?: (?:de|des|du) (?:\w+ ){0,2}\w+)?
# a group's aim, not a happening: "qui combat pour renverser le gouvernement", "se battent pour l'indépendance"
\b(?:combat\w*|se bat\w*|lutt\w*) pour (?:renverser|l['’]indépendance|l['’]autonomie|la sécession|instaurer|établir|imposer|créer)\b
# une explosion de gaz, non une bombe
\bexplosions? (?:de|d['’]une (?:bonbonne|conduite) de) gaz\b
\b(?:mettre|met|mettent|mis|mettra|mettait|mettaient) (?:\w+ ){0,2}?fin (?:aux|à la|à l['’]|au) (?:combats|violences|hostilités|affrontements|guerre|conflit)\b|\b(?:arrêter|arrêté|faire cesser|stopper) (?:les|la) (?:combats|violences|hostilités|affrontements|guerre)\b
