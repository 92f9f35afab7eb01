# Phrases et libellés écrits par le code Rust pour le site et le dossier du conseil.

## Listes
s_list_and_pair = {$a} et {$b}
s_list_and_middle = {$a}, {$b}
s_list_and_end = {$a} et {$b}
s_list_or = {$a} ou {$b}
s_reason_sep = {" ; "}
s_sentence_sep = {" "}

## Message clé de la synthèse pour le conseil
s_headline = {$lead}. Tableau de suivi : {$rest} ; {$asks}.
s_headline_plan_not_set = Plan non défini
s_headline_above = {$verdict} : l'ARR apporté par les partenaires est prévu à {$actual} pour {$year}, {$diff} au-dessus du plan de l'année ({$plan})
s_headline_behind = {$verdict} : l'ARR apporté par les partenaires est prévu à {$actual} pour {$year}, {$diff} en dessous du plan de l'année ({$plan})
s_headline_behind_closing = {$verdict} : l'ARR apporté par les partenaires est prévu à {$actual} pour {$year}, {$diff} en dessous du plan de l'année ({$plan}) ; {$pipeline} de pipeline supplémentaire des partenaires actifs comblerait l'écart
s_headline_no_forecast = Le plan d'ARR apporté par les partenaires pour cette année ne peut pas être calculé (la prévision requiert l'objectif de la thèse, le taux de conversion et l'ARR apporté par les partenaires)
s_headline_all_on_plan = tous les autres indicateurs sont conformes au plan
s_headline_off_track = { $off ->
    [one] {$off} indicateur hors trajectoire
   *[other] {$off} indicateurs hors trajectoire
}
s_headline_at_risk = { $risk ->
    [one] {$risk} indicateur à risque
   *[other] {$risk} indicateurs à risque
}
s_headline_off_and_at_risk = { $off ->
    [one] {$off} indicateur
   *[other] {$off} indicateurs
} hors trajectoire et {$risk} à risque
s_headline_no_ask = aucune décision n'est demandée
s_headline_asks_decisions = { $decisions ->
    [one] le conseil est appelé à prendre {$decisions} décision
   *[other] le conseil est appelé à prendre {$decisions} décisions
}
s_headline_asks_moves = { $moves ->
    [one] le conseil est appelé à approuver {$moves} changement de niveau
   *[other] le conseil est appelé à approuver {$moves} changements de niveau
}
s_headline_asks_both = le conseil est appelé à prendre { $decisions ->
    [one] {$decisions} décision
   *[other] {$decisions} décisions
} et à approuver { $moves ->
    [one] {$moves} changement de niveau
   *[other] {$moves} changements de niveau
}

## Tableau de suivi
s_measure_arr = ARR apporté par les partenaires, prévision {$year}
s_measure_pipeline = Pipeline partenaires
s_measure_share_forecast = Part des partenaires dans l'ARR, prévision {$year}
s_measure_share = Part des partenaires dans l'ARR
s_measure_roi = ROI du programme
s_measure_platinum = Partenaires Platine signés
s_measure_okrs = Avancement moyen des OKR
s_measure_roadmap = Éléments de la feuille de route terminés
s_basis_share_path = prévision et plan ÷ ARR de l'entreprise sur sa trajectoire linéaire vers l'objectif
s_basis_arr_path = prévision = ARR actuel + taux de conversion × pipeline ; plan = trajectoire vers {$target} d'ici {$year}
s_basis_thesis_path = la trajectoire de la thèse
s_basis_key_result = résultat clé : {$text}
s_basis_coverage = le pipeline qui atteint le plan d'ARR de l'année au taux de conversion
s_basis_break_even = plan : couvrir au moins le coût du programme
s_basis_year_end = chaque résultat clé mesuré à sa cible en fin d'année
s_basis_roadmap = plan = éléments dus à la date de la réunion
s_basis_roadmap_at_risk = plan = éléments dus à la date de la réunion ; {$n} à risque
s_points = {$n} pts
s_line_of = {$actual} sur {$total}
s_no_plan = Pas de plan
s_plan_break_even = ≥ {$zero} (seuil de rentabilité)
s_plan_due_by = {$expected} attendu à date · {$full} d'ici le {$date}
s_plan_due_year_end = {$expected} attendu à date · {$full} en fin d'année

## Points soumis au conseil
s_matrix_build = Développer
s_matrix_partner = S'associer
s_matrix_acquire = Acquérir
s_ask_tier_title = Revue de niveau : {$from} → {$to}
s_ask_promote = Promouvoir au niveau {$tier}
s_ask_move_down = Rétrograder au niveau {$tier}
s_ask_tier_supports = le cadre des niveaux le justifie
s_ask_matrix_supports = la matrice soutient « {$kind} »
s_ask_matrix_none = la matrice ne soutient aucune option : les critères sont à revoir
s_ask_matrix_points = la matrice indique plutôt {$kinds}
s_ask_approve = Approuver : {$kind}
s_ask_approve_with = Approuver : {$kind} avec {$partner}

## Risques
s_days = { $n ->
    [one] {$n} jour
   *[other] {$n} jours
}
s_months = {$n} mois
s_risk_roadmap_overdue = L'élément « {$item} » de la feuille de route (T{$quarter}) a {$late} de retard
s_risk_roadmap_at_risk = L'élément « {$item} » de la feuille de route (T{$quarter}) est à risque
s_risk_okr_behind = Le résultat clé « {$kr} » en est à {$progress}, contre {$expected} attendu à date
s_risk_a_competitor = un concurrent
s_risk_locked = {$partner} (cible prioritaire, score {$score}) est lié en exclusivité à {$competitor} : approcher plutôt ses partenaires adjacents
s_risk_below_tier_certified = { $n ->
    [one] {$partner} ne remplit pas les exigences du niveau {$tier} : il manque {$n} personne certifiée
   *[other] {$partner} ne remplit pas les exigences du niveau {$tier} : il manque {$n} personnes certifiées
}
s_risk_below_tier_commitments = {$partner} ne remplit pas les exigences du niveau {$tier} : il manque les engagements du niveau
s_risk_below_tier_both = { $n ->
    [one] {$partner} ne remplit pas les exigences du niveau {$tier} : il manque {$n} personne certifiée et les engagements du niveau
   *[other] {$partner} ne remplit pas les exigences du niveau {$tier} : il manque {$n} personnes certifiées et les engagements du niveau
}
s_risk_pam_overloaded = Le responsable partenaires {$pam} gère {$n} partenaires {$tier}, plus que les {$max} promis par le niveau
s_risk_decision_review = {$id} « {$title} » a dépassé sa date de revue de {$late}
s_owner_not_named = non désigné
s_severity_high = Élevée
s_severity_medium = Moyenne
s_severity_low = Faible

## Couverture

## Économie du programme
s_gap_not_given = non renseigné
s_gap_not_computable = non calculable
s_gap_write_plan = renseigner {$field} dans plan.yaml
s_gap_write_partners = renseigner {$field} dans les fiches partenaires
s_gap_zero_program_cost = le coût du programme est nul
s_gap_zero_new_customers = les nouveaux clients des partenaires sont à 0
s_gap_zero = {$what} vaut 0
s_gap_describe = {$label} ({$reason})
s_path_now = Aujourd'hui
s_path_end_of = Fin {$year}
s_verdict_reaches = {$verdict} : la prévision {$year} de {$forecast} d'ARR apporté par les partenaires atteint les {$required} requis cette année.
s_verdict_reaches_path = {$verdict} : la prévision {$year} de {$forecast} d'ARR apporté par les partenaires atteint les {$required} requis cette année, sur la trajectoire vers l'objectif de la thèse de {$target} d'ici fin {$target_year}.
s_verdict_short = {$verdict} : la prévision {$year} de {$forecast} d'ARR apporté par les partenaires est inférieure de {$shortfall} aux {$required} requis cette année.
s_verdict_short_path = {$verdict} : la prévision {$year} de {$forecast} d'ARR apporté par les partenaires est inférieure de {$shortfall} aux {$required} requis cette année, sur la trajectoire vers l'objectif de la thèse de {$target} d'ici fin {$target_year}.
s_verdict_none = La prévision ne peut pas être calculée : {$gap}.
s_forecast_basis = {$now} aujourd'hui + {$win} de {$pipeline} de pipeline
s_roi_sentence = Le programme dégage {$returns} de marge brute sur l'ARR apporté par les partenaires pour un coût de {$cost} : un ROI de {$roi}.
s_roi_none = Le ROI ne peut pas être calculé : {$gap}.
s_cac_below = {$cac} par client apporté par les partenaires, en dessous des {$direct} de la vente directe
s_cac_above = {$cac} par client apporté par les partenaires, au-dessus des {$direct} de la vente directe
s_cac_no_direct = {$cac} par client apporté par les partenaires ; CAC direct {$gap}
s_cac_none = CAC partenaires {$gap}

## Adéquation au niveau
s_range_none = aucun objectif
s_range_at_least = au moins {$min}
s_range_below = moins de {$max}
s_range_exactly = exactement {$min}
s_range_between = de {$min} à moins de {$max}
s_tier_reason_pipeline = pipeline de {$amount} dans la fourchette du niveau {$tier} ({$range})
s_tier_reason_certified_short = { $n ->
    [one] {$n} personne certifiée, le niveau {$tier} en exige {$required}
   *[other] {$n} personnes certifiées, le niveau {$tier} en exige {$required}
}
s_tier_reason_commitments = ne remplit pas les engagements du niveau {$tier}
s_tier_reason_meets = remplit la certification ({$have} ≥ {$required}) et les engagements du niveau {$tier}

## Revues en retard
s_overdue_decision_review = Revue de décision
s_overdue_qbr = QBR
s_overdue_tier_review = Revue de niveau

## Évolution depuis la dernière réunion du conseil ; contrôle des versions
s_delta_none = aucun changement
s_check_clean = sans anomalie
s_check_warnings = { $n ->
    [one] {$n} avertissement
   *[other] {$n} avertissements
}
s_check_errors = { $n ->
    [one] {$n} erreur
   *[other] {$n} erreurs
}

## Thèse
s_thesis_title = THÈSE DE PARTENARIAT — {$company}
s_thesis_defined_share = une part définie
s_thesis_partners = des partenaires
s_thesis_channel = { $years ->
    [one] Nous bâtirons un canal de revenus porté par les partenaires qui apportera {$share} de l'ARR total d'ici {$years} an, en nous associant à {$types} qui servent {$icps} sur {$markets}.
   *[other] Nous bâtirons un canal de revenus porté par les partenaires qui apportera {$share} de l'ARR total d'ici {$years} ans, en nous associant à {$types} qui servent {$icps} sur {$markets}.
}
s_thesis_models = Nous donnerons la priorité aux modèles {$models}.
s_thesis_models_because = Nous donnerons la priorité aux modèles {$models} : {$reasons}.
s_thesis_model_because = {$model}, car {$because}
s_thesis_reason_sep = {" ; "}
s_thesis_mechanism = La croissance portée par les partenaires accélère notre pénétration du marché grâce à {$mechanism}.
s_thesis_adjacent = Les partenaires produits étendent la portée de notre plateforme à {$adjacent}.
s_thesis_measured = Le programme sera mesuré par : {$north_star}.
s_range_up_to = jusqu’à { $max }
s_found_tags = { $n ->
    [one] une étiquette correspondant à { $glob }
   *[other] { $n } étiquettes correspondant à { $glob }
}
s_found_no_tag = aucune étiquette correspondant à { $glob }
s_found_quarters = les { $asked } dernières fins de trimestre
s_found_some_quarters = { $n } des { $asked } dernières fins de trimestre (le répertoire de contenu n’a pas de commit avant les autres)
s_found_no_quarters = aucun commit du répertoire de contenu avant les { $asked } dernières fins de trimestre
s_found_nothing = aucun instantané
s_snapshot_now = aujourd'hui
s_note_shallow = le dépôt est un clone superficiel : des révisions anciennes peuvent manquer (git fetch --unshallow --tags les récupère)
s_note_tag_how_to = étiquetez le commit de chaque réunion du conseil, par exemple git tag { $example }, pour en faire un instantané
# the horizon as the thesis statement writes it (marked on the thesis page)
s_thesis_years = { $n ->
    [one] {$n} an
   *[other] {$n} ans
}

## Distance au niveau suivant (render::distance)
s_req_pipeline = Pipeline annuel
s_req_certified_individuals = Personnes certifiées
s_req_dedicated_practice = Practice dédiée
s_req_joint_business_plan = Plan d’affaires conjoint
s_req_qbr = Revues d’affaires trimestrielles
s_req_named_pam = PAM nommé chez le partenaire
s_req_gtm_activities = Activités GTM conjointes par an
s_req_yes = Oui
s_req_no = Non
s_req_at_least = au moins {$n}
s_req_not_recorded = non renseigné
s_req_met = Rempli
s_req_missing = Manquant
s_dist_missing_pipeline = {$amount} de pipeline
s_dist_missing_certified = { $n ->
    [one] {$n} personne certifiée
   *[other] {$n} personnes certifiées
}
s_dist_missing_gtm = { $n ->
    [one] {$n} activité GTM par an
   *[other] {$n} activités GTM par an
}
s_dist_missing_dedicated_practice = une practice dédiée
s_dist_missing_qbr = un engagement de QBR
s_dist_missing_named_pam = un PAM nommé
s_dist_missing_joint_plan = un plan d’affaires conjoint signé (actuellement : {$now})
s_dist_top = {$tier} est le niveau le plus élevé : il n’y en a pas au-dessus.
s_dist_nothing = {$tier} n’exige rien au-delà de l’accord de partenariat.
s_dist_meets = Remplit les {$n} exigences du niveau {$tier}.
s_dist_short = {$met} exigences sur {$n} du niveau {$tier} remplies ; manquent : {$missing}.
