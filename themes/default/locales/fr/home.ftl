# Cadre des pages, tableau de bord, pages partenaires, recherche, « Ce qui a changé » et
# gabarits partiels en français (complets par rapport à locales/en/home.ftl).

## base.html
base_skip = Aller au contenu
base_open_nav = Ouvrir la navigation
base_search_placeholder = Rechercher partenaires, décisions, manuel…
base_search_label = Rechercher dans le manuel
base_search_results = Résultats de recherche
base_board_pack = Dossier du conseil
base_nav_label = Manuel
base_breadcrumb = Fil d’Ariane
base_home = Accueil
base_footer_generated = généré par partnerbook à partir du plan
base_footer_reviews = Revues au { $date }

## home.html
home_eyebrow = Programme partenaires
home_title = Tableau de bord des partenariats
home_board_summary = Synthèse pour le conseil
home_board_meeting = réunion du { $meeting }
home_board_pack_pdf = Dossier du conseil (PDF)
home_board_caption = Résultats par rapport au plan { $year }
home_board_measure = Indicateur
home_board_actual = Réel
home_board_plan = Plan
home_board_variance = Écart
home_board_since = Depuis { $since }
home_board_status = Statut
home_for_decision = Pour décision
home_no_asks = Aucune pour cette réunion.
home_risks = Risques
home_risk_owner = responsable : { $owner }
home_more_risks = { $n ->
    [one] { $n } autre risque figure au registre des risques du dossier du conseil.
   *[other] { $n } autres risques figurent au registre des risques du dossier du conseil.
}
home_no_risks = Aucun risque à signaler pour cette réunion.
home_thesis = Thèse de partenariat
home_thesis_more = Justification, modèles et contexte
home_kpis = Chiffres clés
home_north_star = Indicateur phare
home_kpi_since = depuis { $since }
home_forecast_title = Prévision par rapport à la thèse
home_economics_link = Économie du programme
home_attention = À traiter
home_partners_by_tier = Partenaires par niveau
home_score_distribution = Répartition des scores
home_top_title = Meilleurs scores
home_all_partners = Tous les partenaires ({ $n })
home_top_partner = Partenaire
home_top_score = Score
home_top_band = Tranche
home_top_tier = Niveau
home_validation = Validation
home_full_report = Rapport complet
home_all_rules_pass = Toutes les règles sont respectées
home_no_findings = Le plan ne contient ni erreur ni avertissement.
home_errors = { $n ->
    [one] { $n } erreur
   *[other] { $n } erreurs
}
home_warnings = { $n ->
    [one] { $n } avertissement
   *[other] { $n } avertissements
}
home_more_diagnostics = { $n ->
    [one] { $n } autre constat dans le rapport complet
   *[other] { $n } autres constats dans le rapport complet
}

## partner.html
partner_eyebrow = Partenaire
partner_rank = rang { $rank } sur { $of }
partner_not_ranked = sorti, non classé
partner_score_breakdown = Détail du score
partner_factor = Facteur
partner_weight = Pondération
partner_rating = Note
partner_points = Points
partner_attractiveness_score = Score d’attractivité
partner_sensitive = Sensible à la pondération
partner_near_line_link = Analyse des cas limites
partner_tier_fit = Adéquation au niveau
partner_current_tier = Niveau actuel
partner_plan_supports = le plan justifie
partner_criterion = Critère
partner_col_partner = Partenaire
partner_supports = Justifie
partner_recommend_promotion = Promotion recommandée
partner_recommend_demotion = Rétrogradation recommandée
partner_recommend_to = au niveau
partner_next_tier = Distance au niveau suivant
partner_next_tier_is = Niveau suivant
partner_requirement = Exigence
partner_next_needs = Exigé au niveau suivant
partner_missing = Manque
partner_req_status = Statut
partner_qbr_pack = Dossier de QBR (PDF)
partner_commitments = Engagements
partner_commitment = Engagement
partner_tier_requires = Exigé par le niveau
partner_met = Respecté
partner_not_met = Non respecté
partner_competitors_holding = Concurrents présents chez { $name }
partner_via = via
partner_exclusive = Exclusif
partner_not_exclusive = Non exclusif
partner_no_competitor = Aucun concurrent ne travaille avec ce partenaire.
partner_alternatives = Alternatives proches :
partner_history = Historique
partner_history_link = Historique du programme
partner_snapshot = Instantané
partner_score = Score
partner_band = Tranche
partner_tier = Niveau
partner_pipeline = Pipeline
partner_arr = ARR
partner_notes = Notes
partner_profile = Profil
partner_executive_sponsor = Sponsor exécutif
partner_partner_executive = Dirigeant côté partenaire
partner_our_counterpart = Notre interlocuteur
partner_cadence = Fréquence
partner_sponsor_map = Carte des sponsors
partner_sponsor_required = Un partenaire Platinum doit avoir un sponsor exécutif.
partner_no_sponsor = Aucun sponsor exécutif désigné.
partner_decisions = Décisions
partner_no_decision = Aucune décision ne mentionne ce partenaire.
partner_roadmap_items = Éléments de la feuille de route
partner_due = échéance le { $due }
partner_no_roadmap = Dans aucun élément de la feuille de route.
partner_overdue = En retard

## search.html
search_eyebrow = Rechercher
search_title = Rechercher dans le manuel
search_lede = Partenaires, décisions, concurrents et pages du manuel.
search_placeholder = Saisissez votre recherche…
search_input_label = Rechercher
search_needs_js = La recherche nécessite JavaScript.

## changes.html
changes_eyebrow = Analyse
changes_title = Ce qui a changé depuis { $since }
changes_lede = Partenaires, scores, niveaux, décisions, OKR, feuille de route, gouvernance et constats des règles qui ont évolué depuis { $since }, en termes métier.
changes_none = Aucune modification du plan depuis { $since }.

## macros.html
macros_linked_from = Référencé par

## partials/forecast.html
forecast_forecast = Prévision
forecast_target_path = Trajectoire cible
forecast_caption = Trajectoire cible et prévision de l’ARR issu des partenaires
forecast_year = Année

## partials/scorecard_rows.html
scorecard_rows_exited = sorti
home_ask_recommendation = { $recommendation } ; { $matrix }.
partner_band_note = { $note }.
