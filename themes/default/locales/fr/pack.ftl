# Les textes du dossier du conseil en français. Tous les messages de locales/en/pack.ftl.
pack_contents = Sommaire
pack_page_of = Page { $page } sur { $pages }

## Document, couverture et annexe
pack_title = { $company } — Dossier du conseil partenariats
pack_subject = Plan du programme partenaires { $year } : synthèse pour le conseil, thèse, économie du programme, paysage partenaires, niveaux, décisions, OKR et feuille de route
pack_keyword_partnerships = partenariats
pack_keyword_board_pack = dossier du conseil
pack_running_header = { $company } · Dossier du conseil partenariats · { $date }
pack_cover_title = Dossier du conseil partenariats
pack_cover_subtitle = Programme partenaires { $year } · indicateur phare : { $north_star }
pack_cover_meeting = Réunion du conseil du { $date }
pack_cover_figures_as_of = Chiffres au { $date }
pack_cover_commit = Généré depuis le commit { $commit }
pack_cover_partners = { $n ->
    [one] { $n } partenaire
   *[other] { $n } partenaires
}
pack_cover_partners_exited = { $n ->
    [one] { $n } partenaire
   *[other] { $n } partenaires
} (et { $exited ->
    [one] { $exited } sorti
   *[other] { $exited } sortis
} du programme)
pack_cover_decisions = { $n ->
    [one] { $n } décision
   *[other] { $n } décisions
}
pack_cover_objectives = { $n ->
    [one] { $n } objectif
   *[other] { $n } objectifs
}
pack_purpose_decision = { $n ->
    [0] Décision : aucune
    [one] Décision : { $n } point
   *[other] Décision : { $n } points
}
pack_purpose_approval = { $n ->
    [one] Approbation : { $n } reclassement
   *[other] Approbation : { $n } reclassements
}
pack_purpose_noting = { $n ->
    [one] Information : résultats, { $n } risque
   *[other] Information : résultats, { $n } risques
}
pack_appendix = Annexe
pack_appendix_lead = Le détail du corps du dossier, pour référence.
pack_list_sep = {", "}
pack_more = … et { $n } de plus, listés dans le manuel.

## Synthèse pour le conseil
pack_board_summary = Synthèse pour le conseil
pack_scorecard_title = Résultats par rapport au plan { $year }
pack_col_measure = Indicateur
pack_col_actual = Réel
pack_col_plan = Plan
pack_col_variance = Écart
pack_col_since = Depuis { $since }
pack_col_status = Statut
pack_status_note = Statut : le réel en part du plan attendu à la réunion du { $date } (● en bonne voie à partir de { $at_risk }, ▲ à risque en dessous, ■ hors trajectoire sous { $off_track }) ; un plan avec échéance progresse en ligne droite du 1er janvier jusqu'à sa cible.
pack_for_decision = Pour décision
pack_no_asks = Aucune à cette réunion.
pack_asks_more = { $n } de plus : toutes les demandes figurent en annexe (Demandes au conseil).
pack_asks_title = Demandes au conseil
pack_col_item = Point
pack_col_what_and_why = Quoi et pourquoi
pack_col_recommendation = Recommandation
pack_risks = Risques
pack_no_risks = Aucun risque à signaler à cette réunion.
pack_risks_more = Les { $shown } plus graves sur { $total } ; le registre des risques en annexe les liste tous.
pack_risk_register = Registre des risques
pack_col_risk = Risque
pack_col_owner = Responsable
pack_col_severity = Gravité

## Thèse et chiffres clés
pack_thesis_title = Thèse et chiffres clés
pack_thesis_lead = La thèse à l'aune de laquelle le programme est mesuré, et ses chiffres clés face à l'objectif à { $years } ans.
pack_key_figures = Chiffres clés
pack_tile_change = { $caption } · { $change } depuis { $since }
pack_tile_north_star = Indicateur phare · { $label }
pack_tile_no_target = aucune cible fixée
pack_tile_target_within = cible { $target } d'ici { $years } ans
pack_tile_target = cible { $target }
pack_tile_pipeline = Pipeline apporté par les partenaires
pack_tile_pipeline_caption = partenaires actifs et en recrutement
pack_tile_share = Part partenaires de l'ARR
pack_share_caption = cible { $target } d'ici { $years } ans
pack_share_caption_now = sur { $now } d'ARR ; cible { $target } d'ici { $years } ans
pack_share_caption_of = cible { $target } sur { $of } d'ici { $years } ans
pack_share_caption_now_of = sur { $now } d'ARR ; cible { $target } sur { $of } d'ici { $years } ans
pack_tile_priority = Cibles prioritaires
pack_tile_priority_caption = { $n ->
    [one] { $n } signée au niveau Or ou plus
   *[other] { $n } signées au niveau Or ou plus
}
pack_tile_company_arr = ARR de l'entreprise
pack_changes_title = Ce qui a changé depuis { $since }
pack_no_changes = Aucun changement dans le plan.

## Depuis la dernière réunion du conseil, tendance
pack_since_title = Depuis la dernière réunion du conseil
pack_since_lead_tagged = Le plan est celui du tag { $at } ; ce qui a bougé depuis { $since }, l'instantané précédent.
pack_since_lead = Ce qui a bougé dans le plan entre { $since } et ce dossier.
pack_since_none = Rien n'a changé dans le plan.
pack_trend = Tendance
pack_trend_lead = Les chiffres du plan pour { $found }, puis aujourd'hui, lus dans son historique git.
pack_trend_not_given = { $figure } : absent de tous les instantanés.
pack_trend_required = Requis cette année (trajectoire de la thèse)
pack_trend_arr_chart = ARR apporté par les partenaires face à la trajectoire de la thèse
pack_trend_arr = ARR apporté par les partenaires
pack_trend_pipeline_chart = Pipeline partenaires
pack_trend_pipeline = Pipeline
pack_trend_okr_chart = Progression moyenne des OKR
pack_trend_okr = Progression des OKR
pack_trend_roi_chart = ROI du programme
pack_trend_roi = ROI
pack_trend_numbers = Les chiffres
pack_trend_skipped = { $snapshot } : non affiché, { $reason }
pack_col_snapshot = Instantané
pack_col_date = Date
pack_col_partner_arr = ARR partenaires
pack_col_cost = Coût
pack_col_roi = ROI
pack_col_okrs = OKR
pack_col_tiers_compact = Niveaux P/O/A/E/pr.
pack_col_check = Contrôle

## Économie du programme
pack_economics_title = Économie du programme
pack_tile_program_cost = Coût du programme
pack_tile_program_cost_caption = par an : postes de coût, MDF et versements aux partenaires
pack_tile_return = Rendement
pack_tile_return_caption = { $arr } d'ARR × { $margin } de marge brute
pack_tile_roi = ROI du programme
pack_tile_roi_caption = rendement de { $return } pour un coût de { $cost }
pack_tile_partner_cac = CAC partenaires
pack_tile_partner_cac_caption = coût du programme ÷ { $n } nouveaux clients
pack_tile_direct_cac = CAC direct
pack_tile_direct_cac_caption = coût par client en vente directe
pack_tile_verdict = En bonne voie pour { $year }
pack_tile_verdict_on_track = prévision { $forecast } ≥ { $required } requis en { $year }
pack_tile_verdict_short = { $shortfall } de moins que les { $required } requis
pack_forecast_title = Prévision face à la thèse : { $verdict }
pack_forecast_basis = Prévision = { $basis }.
pack_closing_gap = Combler l'écart demande { $pipeline } de pipeline en plus venant de partenaires actifs ou en recrutement, au taux de conversion de { $win_rate }.
pack_target_path = Trajectoire cible et prévision
pack_target_path_chart = ARR apporté par les partenaires : trajectoire cible et prévision ({ $unit })
pack_path_now = Aujourd'hui
pack_path_end_of = Fin { $year }
pack_bar_target = { $label } · cible
pack_bar_forecast = { $label } · prévision
pack_program_cost = Coût du programme
pack_cost_mdf = Fonds de développement marketing (MDF)
pack_cost_payouts = Versements aux partenaires (commissions d'apport, marges de revente)
pack_program_cost_gap = Le coût du programme n'est pas renseigné : { $gap } (postes de coût annuels tels que l'équipe, la plateforme, les événements).
pack_col_cost_line = Poste de coût
pack_col_per_year = Par an
pack_col_share = Part
pack_economics_by_tier = Économie par niveau
pack_economics_by_tier_note = Le pipeline compte les partenaires actifs et en cours de recrutement ; l'ARR et les versements, tous les partenaires ; le MDF, les partenaires qui ne sont pas sortis du programme. Le rendement correspond à l'ARR × la marge brute.
pack_col_tier = Niveau
pack_col_partners = Partenaires
pack_col_pipeline = Pipeline
pack_col_arr = ARR
pack_col_return = Rendement
pack_col_mdf = MDF
pack_col_payouts = Versements
pack_breakdowns_title = Où se trouvent le pipeline et l'ARR
pack_by_tier = Par niveau
pack_by_landscape = Par paysage partenaires
pack_by_model = Par modèle (premier indiqué)
pack_by_geography = Par zone géographique (première indiquée)
pack_pipeline_by_tier = Pipeline par niveau ({ $unit })
pack_pipeline_by_landscape = Pipeline par paysage partenaires ({ $unit })
pack_pipeline_by_model = Pipeline par modèle, premier indiqué ({ $unit })
pack_pipeline_by_geography = Pipeline par zone géographique, première indiquée ({ $unit })
pack_arr_by_tier = ARR apporté par les partenaires, par niveau ({ $unit })
pack_arr_by_landscape = ARR apporté par les partenaires, par paysage ({ $unit })
pack_arr_by_model = ARR apporté par les partenaires, par modèle, premier indiqué ({ $unit })
pack_arr_by_geography = ARR apporté par les partenaires, par zone, première indiquée ({ $unit })

## Paysage partenaires et résultats
pack_landscape_title = Paysage partenaires
pack_landscape_lead = { $targets } des { $ranked } partenaires classés se situent dans la tranche prioritaire et nous sont accessibles ; { $signed ->
    [one] { $signed } est signé
   *[other] { $signed } sont signés
} au niveau Or ou plus.
pack_landscape_lead_locked = { $targets } des { $ranked } partenaires classés se situent dans la tranche prioritaire et nous sont accessibles ; { $signed ->
    [one] { $signed } est signé
   *[other] { $signed } sont signés
} au niveau Or ou plus ; { $locked ->
    [one] { $locked } autre est verrouillé
   *[other] { $locked } autres sont verrouillés
} par un concurrent et non comptés.
pack_col_landscape = Paysage
pack_col_tier_target = Niveau visé
pack_col_average_score = Score moyen
pack_ranked_scorecard = Classement par score
pack_chart_top = Score d'attractivité, les { $n } premiers partenaires
pack_threshold = { $band } { $score }
pack_full_scorecard_note = Le classement complet des { $n } partenaires classés et les partenaires proches d'un seuil de tranche figurent en annexe.
pack_exited_note = Sortis du programme (non classés, non comptés) : { $names }.
pack_col_partner = Partenaire
pack_col_land = Pays.
pack_col_tier_to_target = Niveau → cible
pack_col_score = Score
pack_col_band = Tranche
pack_factor_icp_overlap = Recoupement avec l'ICP
pack_factor_market_influence = Influence sur le marché
pack_factor_practice_alignment = Adéquation des practices
pack_factor_partnership_appetite = Appétit pour le partenariat
pack_factor_revenue_potential = Potentiel de revenus
pack_factor_short_icp_overlap = ICP
pack_factor_short_market_influence = Infl
pack_factor_short_practice_alignment = Adéq
pack_factor_short_partnership_appetite = App
pack_factor_short_revenue_potential = Rev
pack_full_scorecard = Classement complet
pack_scorecard_formula = Attractivité = recoupement ICP × { $w1 } + influence sur le marché × { $w2 } + adéquation des practices × { $w3 } + appétit pour le partenariat × { $w4 } + potentiel de revenus × { $w5 }. Prioritaire ≥ { $priority }, secondaire ≥ { $secondary }.
pack_near_line = Cas limites
pack_near_line_note = Partenaires à moins de 3 points d'un seuil de tranche, et partenaires dont la tranche changerait si une pondération variait de 5 points (les autres pondérations ajustées pour garder un total de 100).
pack_near_line_none = Aucun partenaire n'est à moins de 3 points d'un seuil.
pack_col_threshold = Seuil
pack_col_distance = Écart
pack_weight_change = { $factor } { $delta } points
pack_col_weight_change = Pondération modifiée
pack_col_band_change = Changement de tranche
pack_col_new_score = Nouveau score

## Grille des niveaux
pack_tiers_title = Grille des niveaux
pack_tiers_none = Le plan n'a pas de grille des niveaux.
pack_tiers_lead = Partenaires : { $platinum } Platine, { $gold } Or, { $silver } Argent et { $registered } Enregistré ; la revue des niveaux recommande { $promotions ->
    [one] { $promotions } promotion
   *[other] { $promotions } promotions
} et { $demotions ->
    [one] { $demotions } rétrogradation
   *[other] { $demotions } rétrogradations
}.
pack_required = Requis
pack_col_annual_pipeline = Pipeline annuel
pack_col_certified = Certifiés
pack_col_dedicated_practice = Practice dédiée
pack_col_mdf_per_year = MDF / an
pack_col_gtm_per_year = GTM / an
pack_col_review = Revue
pack_col_benefits = Avantages
pack_col_commitments = Engagements
pack_tier_review = Revue des niveaux
pack_tier_review_none = Le pipeline, la certification et les engagements de chaque partenaire justifient son niveau actuel.
pack_promote = Promouvoir : { $from } → { $to }
pack_demote = Rétrograder : { $from } → { $to }
pack_col_reason = Motif

## Carte des partenaires concurrents
pack_competition_title = Carte des partenaires concurrents
pack_competition_lead = { $competitors ->
    [one] { $competitors } concurrent cartographié
   *[other] { $competitors } concurrents cartographiés
} : { $held } de nos { $tracked } partenaires suivis travaillent avec un concurrent et { $locked ->
    [one] { $locked } est verrouillé
   *[other] { $locked } sont verrouillés
} ; { $free ->
    [one] { $free } partenaire est libre
   *[other] { $free } partenaires sont libres
} à recruter en priorité.
pack_counter_strategy = Contre-stratégie
pack_recruit_first = Recruter d'abord : disponibles et sans lien avec un concurrent
pack_recruit_first_none = Aucun prospect non disputé.
pack_recruit_next = Recruter ensuite : liés à un concurrent sans exclusivité
pack_recruit_next_none = Aucun prospect disputé.
pack_locked_title = Verrouillés par un concurrent : approcher leurs partenaires voisins
pack_locked_none = Aucun partenaire n'est verrouillé par un concurrent.
pack_scored_name = { $name } ({ $score })
pack_col_locked_partner = Partenaire verrouillé
pack_col_competitor = Concurrent
pack_col_adjacent_alternatives = Alternatives voisines
pack_competitor_map = Carte des partenaires concurrents
pack_col_model = Modèle
pack_col_perceived_strength = Force perçue
pack_col_exclusive = Exclusif
pack_locked = Verrouillé
pack_open = Ouvert
pack_competitor_omitted = { $n } de plus chez { $competitor }
pack_competitor_omitted_note = { $limit } partenaires affichés par concurrent ; { $omitted } sont listés dans le manuel.

## Journal des décisions
pack_decisions_title = Journal des décisions
pack_decisions_lead = { $active ->
    [one] { $active } décision en vigueur
   *[other] { $active } décisions en vigueur
} et { $proposed ->
    [one] { $proposed } soumise
   *[other] { $proposed } soumises
} à cette réunion ; la matrice développer / s'associer / acquérir les justifie toutes. Les justifications figurent en annexe.
pack_decisions_lead_unsupported = { $active ->
    [one] { $active } décision en vigueur
   *[other] { $active } décisions en vigueur
} et { $proposed ->
    [one] { $proposed } soumise
   *[other] { $proposed } soumises
} à cette réunion ; la matrice ne justifie pas { $unsupported ->
    [one] { $unsupported } décision
   *[other] { $unsupported } décisions
}. Les justifications figurent en annexe.
pack_decision_build = Développer
pack_decision_partner = S'associer
pack_decision_acquire = Acquérir
pack_matrix_supports = Confirme : { $decision }
pack_matrix_suggests = Suggère : { $decision }
pack_matrix_none = Aucune branche ne s'applique
pack_col_id = ID
pack_col_capability = Capacité / marché
pack_col_decision = Décision
pack_col_matrix = Matrice
pack_rationales_title = Justification des décisions en vigueur et proposées
pack_col_rationale = Justification
pack_partner_considered = Partenaire envisagé : { $partner }

## Progression des OKR et feuille de route
pack_okr_title = Progression des OKR
pack_okr_lead = Les { $measured } résultats clés mesurés sont en moyenne à { $progress } du chemin ; { $behind ->
    [one] { $behind } est en retard sur le rythme de sa cible.
   *[other] { $behind } sont en retard sur le rythme de leur cible.
}
pack_okr_none = Aucun résultat clé n'est encore mesuré : donnez aux résultats clés une cible et une valeur actuelle.
pack_okr_rollup = { $shape } { $status } · en moyenne { $progress } du chemin sur { $measured } résultats clés mesurés
pack_okr_rollup_owner = { $shape } { $status } · en moyenne { $progress } du chemin sur { $measured } résultats clés mesurés · responsable : { $owner }
pack_kr_from_to = de { $baseline } à { $target } : { $current } aujourd'hui, { $progress } du chemin
pack_kr_of = { $current } sur { $target }, { $progress }
pack_kr_due = échéance { $date }
pack_kr_not_measured = { $kr } (non mesuré)
pack_roadmap_title = Feuille de route { $year }
pack_roadmap_lead = { $done } éléments terminés sur { $items }, { $in_progress } en cours et { $at_risk } à risque.
pack_roadmap_beyond = Au-delà de { $year } : la feuille de route pluriannuelle
pack_item_in_progress = { $title } (en cours)
pack_item_done = { $title } (terminé)
pack_item_at_risk = { $title } (à risque)
pack_item_dropped = { $title } (abandonné)
pack_traceability = Traçabilité
pack_trace_platinum = Le partenaire Platine { $partner } ne figure dans aucun élément de la feuille de route
pack_trace_key_result = Le résultat clé « { $kr } » n'a aucun élément de feuille de route
pack_trace_model = Aucun objectif ne sert le modèle { $model } de la thèse
pack_trace_none = Chaque partenaire Platine et chaque résultat clé est porté par la feuille de route.

## Gouvernance
pack_governance = Gouvernance
pack_governance_lead_all = Chaque partenaire Platine ({ $platinum }) a un sponsor exécutif ; aucune revue n'est en retard. La matrice RACI figure en annexe.
pack_governance_lead_all_overdue = Chaque partenaire Platine ({ $platinum }) a un sponsor exécutif ; { $overdue ->
    [one] { $overdue } revue est en retard
   *[other] { $overdue } revues sont en retard
}. La matrice RACI figure en annexe.
pack_governance_lead_some = { $sponsored } des { $platinum } partenaires Platine ont un sponsor exécutif ; aucune revue n'est en retard. La matrice RACI figure en annexe.
pack_governance_lead_some_overdue = { $sponsored } des { $platinum } partenaires Platine ont un sponsor exécutif ; { $overdue ->
    [one] { $overdue } revue est en retard
   *[other] { $overdue } revues sont en retard
}. La matrice RACI figure en annexe.
pack_raci = RACI
pack_raci_note = R = Responsible (réalise), A = Accountable (rend compte), C = Consulted (consulté), I = Informed (informé).
pack_sponsors = Sponsors exécutifs
pack_col_partner_executive = Dirigeant côté partenaire
pack_col_our_counterpart = Notre interlocuteur
pack_col_cadence = Rythme
pack_overdue = Revues en retard
pack_overdue_none = Aucune revue n'a dépassé sa date.
pack_overdue_decision_review = Revue de décision
pack_overdue_qbr = QBR
pack_overdue_tier_review = Revue de niveau
pack_col_subject = Objet
pack_col_was_due = Échéance
pack_col_late_by = Retard
pack_days_late = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
