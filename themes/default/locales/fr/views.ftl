# Les textes que le code Rust du site écrit (titres de pages, navigation, étiquettes,
# phrases, légendes des graphiques), en français. Tous les messages de locales/en/views.ftl.

## Site et navigation
v_site_title = Manuel partenaires { $company }
v_handbook = Manuel
v_nav_overview = Vue d’ensemble
v_nav_strategy = Stratégie
v_nav_dashboard = Tableau de bord
v_nav_thesis = Thèse
v_nav_models = Modèles
v_nav_economics = Économie du programme
v_nav_history = Historique
v_nav_partners = Partenaires
v_nav_landscape = Paysage partenaires
v_nav_competitors = Concurrents
v_nav_tiers = Niveaux
v_nav_execution = Exécution
v_nav_decisions = Décisions
v_nav_okrs = OKR
v_nav_roadmap = Feuille de route
v_nav_governance = Gouvernance
v_nav_analyses = Analyses
v_nav_near_line = Cas limites
v_nav_traceability = Traçabilité
v_nav_reviews = Revues en retard
v_nav_validation = Validation
v_nav_changes = Changements
v_nav_all_pages = Les { $n } pages →
v_title_search = Recherche
v_title_not_found = Page introuvable

## Mots communs
v_yes = Oui
v_no = Non
v_join = { $first } et { $last }
v_join_sep = {", "}
v_n_of_m = { $n } sur { $m }
v_n_of_m_done = { $n } sur { $m } terminés
v_label_count = { $label } : { $n }
v_partners_by_tier = Partenaires par niveau
v_roadmap_year = Feuille de route { $year }
v_factor_icp = Recoupement de clientèle ICP
v_factor_influence = Influence sur le marché
v_factor_practice = Alignement de la practice
v_factor_appetite = Appétence pour le partenariat
v_factor_revenue = Potentiel de revenus
v_factor_weight = poids
v_weight_move = { $factor } : poids { $change }

## Tableau de bord
v_kpi_north_star_detail = objectif { $target } ({ $share } de { $arr } d’ARR) d’ici { $years ->
    [one] { $years } an
   *[other] { $years } ans
}
v_kpi_no_target = aucun objectif fixé
v_kpi_share = Part partenaires de l’ARR
v_kpi_share_detail = sur { $arr } d’ARR aujourd’hui ; objectif { $target }
v_kpi_pipeline = Pipeline partenaires
v_kpi_pipeline_detail = annuel, issu de { $n ->
    [one] { $n } partenaire actif ou en recrutement
   *[other] { $n } partenaires actifs ou en recrutement
}
v_kpi_pipeline_detail_target = annuel, issu de { $n ->
    [one] { $n } partenaire actif ou en recrutement
   *[other] { $n } partenaires actifs ou en recrutement
} ; objectif { $target }
v_kpi_priority = Partenaires prioritaires signés
v_kpi_priority_detail = partenaires de la bande prioritaire au niveau Or ou Platine
v_kpi_roi = ROI du programme
v_kpi_roi_detail = retour de { $return } pour un coût de { $cost }
v_kpi_on_track = En bonne voie pour { $year }
v_kpi_on_track_detail = prévision de { $forecast } pour { $required } requis cette année
v_kpi_okrs = Avancement des OKR
v_kpi_okrs_detail = moyenne de { $n } résultats clés mesurés
v_kpi_roadmap_detail = { $at_risk } à risque, { $in_progress } en cours
v_bar_progress_to_target = avancement vers l’objectif
v_bar_share_against_target = part par rapport à l’objectif
v_bar_pipeline_against_target = pipeline par rapport à l’objectif
v_bar_signed_share = part signée
v_bar_okr_progress = avancement moyen des résultats clés
v_bar_items_done = éléments terminés
v_attention_tier_changes = Changements de niveau ({ $up } à la hausse, { $down } à la baisse)
v_attention_near_line = Partenaires proches d’un seuil de bande
v_attention_at_risk = Éléments de la feuille de route à risque
v_attention_untraced = Pas encore rattachés à la feuille de route ni aux OKR

## Graphiques
v_chart_composition = Score { $score } sur 100 : { $factors } ; secondaire à partir de { $secondary }, prioritaire à partir de { $priority }
v_chart_factor_points = { $factor } { $points } points
v_chart_factor_points_title = { $factor } : { $points } points
v_chart_distribution = Scores de { $n ->
    [one] { $n } partenaire
   *[other] { $n } partenaires
} par tranches de 5 points ; secondaire à partir de { $secondary }, prioritaire à partir de { $priority }
v_chart_distribution_bins = Scores de { $n ->
    [one] { $n } partenaire
   *[other] { $n } partenaires
} par tranches de 5 points : { $bins } ; secondaire à partir de { $secondary }, prioritaire à partir de { $priority }
v_chart_partners = { $n ->
    [one] { $n } partenaire
   *[other] { $n } partenaires
}
v_chart_rating = note de { $rating } sur 100
v_chart_target_point = { $label } : trajectoire cible { $value }
v_chart_forecast_point = { $label } : prévision { $value }
v_chart_forecast_value = prévision { $value }
v_chart_path = Trajectoire cible : { $path }
v_chart_path_forecast = Trajectoire cible : { $path } ; prévision : { $forecast }

## Titres et descriptions des pages
v_title_thesis = Thèse de partenariat
v_desc_thesis = Pourquoi { $company } s’appuie sur des partenaires, avec qui, et comment on le mesure
v_title_models = Modèles de partenariat
v_desc_models = Les modèles de partenariat du programme, leur économie et qui les utilise
v_title_economics = Économie du programme
v_desc_economics = Ce que coûte et rapporte le programme partenaires, et la prévision par rapport à la thèse
v_title_landscape = Paysage partenaires
v_desc_landscape = Tous les partenaires par catégorie du paysage, avec le classement des scores
v_title_competitors = Concurrents et contre-stratégie
v_desc_competitors = Les partenaires que tiennent nos concurrents, et où recruter en priorité
v_title_tiers = Grille des niveaux
v_desc_tiers = Exigences, avantages et engagements des niveaux, et la revue des niveaux
v_title_decisions = Journal des décisions
v_desc_decisions = Décisions de développer, de s’associer ou d’acquérir, avec leur justification
v_desc_decision = Décision { $kind } : { $title }
v_title_okrs = Objectifs et résultats clés
v_desc_okrs = OKR de partenariat et avancement par rapport à l’objectif
v_desc_roadmap = La feuille de route partenariats par trimestre, et les années suivantes
v_desc_governance = Droits de décision (RACI) et sponsors exécutifs
v_desc_near_line = Les partenaires proches d’un seuil de bande, et la sensibilité des bandes aux pondérations
v_desc_traceability = Des modèles de la thèse aux OKR, éléments de feuille de route, partenaires et décisions
v_desc_reviews = Revues de décision, QBR et revues de niveau dont la date est passée
v_title_changes = Changements depuis { $since }
v_desc_changes = Les changements du plan en termes métier
v_desc_validation = Ce que les règles ont relevé dans le plan
v_desc_history = L’évolution du programme partenaires d’un instantané à l’autre

## Index de recherche
v_search_kind_page = Page
v_search_kind_partner = Partenaire
v_search_kind_decision = Décision
v_search_kind_competitor = Concurrent
v_search_kind_handbook = Manuel
v_search_home = Thèse, étoile polaire, indicateurs clés et validation
v_search_thesis = Pourquoi nous nous associons, avec qui, et comment on le mesure
v_search_models = Recommandation, revente, co-vente, intégration, OEM, coentreprise, alliance technologique
v_search_economics = Coût du programme, retour, ROI, CAC, ventilations et prévision par rapport à la thèse
v_search_landscape_title = Paysage partenaires et grille de scores
v_search_landscape = Paysage A/B/C et classement des scores
v_search_competitors = Carte des partenaires concurrents
v_search_tiers_title = Grille et revue des niveaux
v_search_tiers = Platine, Or, Argent, Enregistré ; promotions et rétrogradations
v_search_decisions = Décisions de développer, de s’associer ou d’acquérir
v_search_okrs = Objectifs et résultats clés avec leur avancement
v_search_governance = Matrice RACI et sponsors exécutifs
v_search_near_line = Partenaires proches d’un seuil de bande
v_search_traceability = Des modèles de la thèse aux OKR, à la feuille de route, aux partenaires et aux décisions
v_search_reviews = Revues de décision, QBR et revues de niveau en retard
v_search_partner = { $tier } · { $category } · score { $score } · { $landscape }
v_search_section = Section du manuel ({ $n } pages)

## Analyses
v_days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
v_overdue_decision_review = Revue de décision
v_overdue_qbr = QBR
v_overdue_tier_review = Revue de niveau
v_trace_plain_kr = { $text } (écrit en texte libre : donnez-lui un id et citez-le dans les key_results d’un élément de feuille de route)

## Décisions
v_matrix_supported = Étayée
v_matrix_override = Dérogation
v_matrix_not_supported = Non étayée
v_cond_core = Au cœur de la différenciation de notre produit
v_cond_capacity = Nous avons la capacité d’ingénierie
v_cond_adjacent = Adjacent à notre produit, complémentaire
v_cond_not_core = Hors du cœur de la différenciation
v_cond_strong_partner = Un partenaire solide sert notre ICP
v_cond_economics = L’économie partenaire est positive
v_cond_critical = Essentiel à notre position sur le marché
v_cond_build_months = Le développement prendrait > 18 mois ({ $n } mois)
v_cond_target = Une cible d’acquisition existe dans le budget
v_cond_new_market = Entrée sur une nouvelle zone géographique ou un nouveau secteur
v_cond_local_presence = Un partenaire a les relations et une présence locale
v_branch_jv = { $kind } (coentreprise à envisager)
v_overdue_by = en retard de { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
v_verdict_supports = La matrice étaye { $kind }.
v_verdict_none = La matrice n’étaye aucune option sur ces critères ; { $kind } est déclaré.
v_verdict_other = La matrice étaye { $supported }, et non { $kind } déclaré.
v_or_sep = {" ou "}

## Économie du programme
v_fig_roi = ROI
v_fig_roi_detail = (retour − coût du programme) ÷ coût du programme
v_fig_program_cost = Coût du programme
v_fig_program_cost_detail = postes de coût + MDF + rémunérations partenaires, par an
v_fig_return = Retour
v_fig_return_detail = { $arr } d’ARR apporté par les partenaires × { $margin } de marge brute
v_fig_partner_cac = CAC partenaires
v_fig_arr_source = Σ arr de { $n ->
    [one] { $n } partenaire
   *[other] { $n } partenaires
}
v_fig_partner_arr = ARR apporté par les partenaires
v_fig_gross_margin = Marge brute
v_fig_win_rate = Taux de conversion
v_fig_win_rate_detail = program.win_rate : part du pipeline qui devrait se conclure sous 12 mois
v_fig_direct_cac = CAC direct
v_fig_new_customers = Nouveaux clients via les partenaires
v_fig_new_customers_detail = Σ new_customers des partenaires, 12 derniers mois
v_not_given = non renseigné
v_not_computable = non calculable
v_cost_mdf = Fonds de développement marketing (MDF)
v_cost_payouts = Rémunérations partenaires (commissions d’apport, marges de revente)
v_slice_no_model = Aucun modèle
v_slice_not_given = Non renseigné
v_by_tier = Par niveau
v_by_tier_pipeline = Pipeline par niveau
v_by_tier_arr = ARR apporté par les partenaires, par niveau
v_by_landscape = Par catégorie du paysage
v_by_landscape_pipeline = Pipeline par catégorie du paysage
v_by_landscape_arr = ARR apporté par les partenaires, par catégorie du paysage
v_by_model = Par modèle (le premier cité)
v_by_model_pipeline = Pipeline par modèle (le premier cité)
v_by_model_arr = ARR apporté par les partenaires, par modèle (le premier cité)
v_by_geography = Par zone géographique (la première citée)
v_by_geography_pipeline = Pipeline par zone géographique (la première citée)
v_by_geography_arr = ARR apporté par les partenaires, par zone géographique (la première citée)

## Historique
v_hist_arr_title = ARR apporté par les partenaires par rapport à la trajectoire de la thèse
v_hist_required = Requis cette année (trajectoire de la thèse)
v_hist_pipeline = Pipeline
v_hist_okrs_title = Avancement moyen des OKR
v_hist_score_title = Score au fil des instantanés
v_hist_score = Score
v_hist_not_in_plan = absent du plan

## Paysage partenaires
v_band_from = score ≥ { $score }
v_band_below = moins de { $score }
v_factor_short_icp = ICP
v_factor_short_influence = Influence
v_factor_short_practice = Practice
v_factor_short_appetite = Appétence
v_factor_short_revenue = Revenus
v_factor_head = { $factor } (poids { $weight })
v_land_a_title = Partenaires stratégiques
v_land_a_target = Cible Platine
v_land_b_title = Partenaires de croissance
v_land_b_target = Cible Or
v_land_c_title = Partenaires de la longue traîne et enregistrés
v_land_c_target = Argent ou Enregistré

## OKR et feuille de route
v_bar_objective_progress = avancement de l’objectif
v_bar_kr_progress = avancement du résultat clé
v_kr_not_measured = Non mesuré
v_kr_achieved = ✓ Atteint
v_quarter_status = Statut des éléments { $quarter }
v_quarter_summary = { $done } sur { $n ->
    [one] { $n } élément terminé
   *[other] { $n } éléments terminés
}

## Pages partenaires
v_crumb_landscape = Paysage { $landscape }
v_chip_locked = Verrouillé par un concurrent
v_chip_inbound = Entrant
v_note_above_priority = { $points } points au-dessus du seuil prioritaire ({ $line })
v_note_below_priority = { $points } points sous le seuil prioritaire ({ $line })
v_note_above_secondary = { $points } points au-dessus du seuil secondaire ({ $line })
v_note_below_secondary = { $points } points sous le seuil secondaire ({ $line })
v_sensitivity = { $change } : passerait de { $from } à { $to } ({ $score })
v_fact_category = Catégorie
v_fact_practice = Practice
v_fact_geography = Zone géographique
v_fact_models = Modèles
v_none = Aucun
v_fact_current_tier = Niveau actuel
v_fact_target_tier = Niveau cible
v_fact_pipeline = Pipeline annuel
v_fact_certified = Personnes certifiées
v_fact_dedicated_practice = Practice dédiée
v_fact_mdf = MDF par an
v_fact_pam = Notre PAM
v_fact_terms = Conditions commerciales
v_fact_last_qbr = Dernière QBR
v_fact_last_tier_review = Dernière revue de niveau
v_counter_locked = Verrouillé par { $competitors } : construire un contre-discours et approcher les partenaires voisins.
v_counter_available = Disponible : aucun concurrent ne tient ce partenaire. À recruter en priorité.
v_counter_contested = Mal servi : tenu par { $n ->
    [one] { $n } concurrent
   *[other] { $n } concurrents
} sans exclusivité. À recruter ensuite.
v_role_considered = Partenaire envisagé
v_role_mentioned = Cité dans la justification
v_overdue_line = { $kind } prévue le { $date } ({ $n ->
    [one] { $n } jour
   *[other] { $n } jours
} de retard)

## Adéquation au niveau, engagements et niveaux
v_fit_not_recorded = non renseigné
v_fit_commitments = Engagements
v_fit_commitments_value = plan { $plan }, { $n } actions GTM
v_req_yes = oui
v_req_signed = signé
v_commit_jbp = Plan d’affaires conjoint
v_commit_qbr = Revue d’affaires trimestrielle
v_commit_gtm = Actions GTM conjointes par an
v_commit_pam = PAM désigné chez le partenaire
v_req_gtm = Actions GTM conjointes
v_req_gtm_value = ≥ { $n } par an
v_req_cadence = Rythme de revue
v_req_deal_registration = Enregistrement des opportunités
v_req_deal_registration_value = sous { $n ->
    [one] { $n } jour ouvré
   *[other] { $n } jours ouvrés
}
v_req_pam = Partenaires par PAM
v_req_pam_value = { $n } au plus

## Thèse
v_rationale_market_velocity_gap = Retard de vitesse sur le marché
v_rationale_credibility_gap = Déficit de crédibilité
v_rationale_delivery_gap = Déficit de capacité de déploiement
v_rationale_geographic_gap = Lacune géographique
v_rationale_cost_efficiency = Efficacité des coûts
v_rationale_competitive_pressure = Pression concurrentielle

## Le script du site
v_js_no_results_for = Aucun résultat pour « %q »
v_js_loading = Chargement…
v_js_all_results = Tous les résultats →
v_js_no_results = Aucun résultat.
v_js_scrolls = tableau, défilement horizontal
v_js_anchor = Lien vers cette section
