# Le dossier QBR destiné au partenaire (src/qbr/partner_facing.rs) : seulement ce qu’il peut voir.
qbrp_subject = Revue trimestrielle de {$partner} avec {$company}
qbrp_footer = Préparé pour {$partner} par {$company}
qbrp_cover_subtitle = Préparé pour {$partner} par {$company}
qbrp_as_of = Chiffres au {$date}
qbrp_next = Prochaine QBR : {$date}
qbrp_col_you_have = Votre situation
qbrp_your_tier = Votre niveau : {$tier}
qbrp_joint_plan = Notre plan commun
qbrp_roadmap_none = Aucun élément commun de la feuille de route pour l’instant : convenons du premier lors de cette QBR.
qbrp_sponsors_none = Aucun sponsor exécutif nommé pour l’instant.
qbrp_framework = Le cadre des niveaux
