# Les pages du plan en français (complètes par rapport à locales/en/plan.ftl).

## thesis.html
thesis_eyebrow = Stratégie
thesis_title = Thèse de partenariat
thesis_forecast_title = Sommes-nous en bonne voie ?
thesis_economics_link = Économie du programme
thesis_rationale_title = Pourquoi des partenariats
thesis_models_title = Modèles prioritaires
thesis_model_objectives = Objectifs :
thesis_partner_types = Types de partenaires
thesis_icps = Profils de clients idéaux
thesis_markets = Marchés
thesis_context = Contexte

## models.html
models_eyebrow = Stratégie
models_title = Modèles de partenariat
models_lede = Les modèles utilisés par le programme, la façon dont chacun génère du chiffre d'affaires et les partenaires qui en relèvent. Les modèles prioritaires figurent en tête de la thèse.
models_priority = Priorité { $rank }
models_definition = Définition
models_best_for = Idéal pour
models_revenue_mechanism = Mécanisme de revenus
models_term_ranges = Fourchettes de conditions
models_because = Pourquoi nous le privilégions
models_partner_count = { $n ->
    [one] { $n } partenaire
   *[other] { $n } partenaires
}
models_more = { $n ->
    [one] et { $n } autre
   *[other] et { $n } autres
}

## landscape.html
landscape_eyebrow = Partenaires
landscape_title = Paysage partenaires
landscape_lede = { $total ->
        [one] { $total } partenaire classé
       *[other] { $total } partenaires classés
    } selon leur valeur stratégique. L'attractivité est toujours calculée : les notes des cinq facteurs multipliées par leurs pondérations.
landscape_distribution_title = Répartition des scores
landscape_group_count = { $n ->
    [one] { $n } partenaire
   *[other] { $n } partenaires
}
landscape_category_more = { $n ->
    [one] et { $n } autre dans le classement
   *[other] et { $n } autres dans le classement
}
landscape_group_empty = Aucun partenaire dans ce segment du paysage.
landscape_scorecard_title = Classement par score
landscape_scorecard_sort_hint = Cliquez sur une colonne pour trier
landscape_col_partner = Partenaire
landscape_col_landscape = Paysage partenaires
landscape_col_landscape_short = P
landscape_col_category = Catégorie
landscape_col_tier = Niveau
landscape_col_target = Niveau cible
landscape_col_score = Score
landscape_col_band = Tranche
landscape_col_pipeline = Pipeline
landscape_col_status = Statut

## near_line.html
near_line_eyebrow = Analyse
near_line_title = Cas limites
near_line_lede = Les partenaires situés à { $points } points ou moins d'un seuil de tranche, et ceux qui changeraient de tranche si une seule pondération variait de ±{ $step } points (les autres pondérations étant ajustées pour totaliser 100).
near_line_near_title = À { $points } points ou moins d'un seuil
near_line_col_partner = Partenaire
near_line_col_score = Score
near_line_col_threshold = Seuil
near_line_col_distance = Écart
near_line_col_band = Tranche
near_line_near_shown = Les { $shown } plus proches des { $total } partenaires situés près d'un seuil.
near_line_near_empty = Aucun partenaire n'est à { $points } points ou moins d'un seuil.
near_line_sensitivity_title = Sensibilité aux pondérations
near_line_col_if = Si
near_line_col_band_now = Tranche actuelle
near_line_col_would_become = Deviendrait
near_line_col_new_score = Nouveau score
near_line_sensitive_shown = Les { $shown } premiers des { $total } changements de tranche, partenaires les mieux classés en premier.
near_line_sensitive_empty = Aucun partenaire ne change de tranche lorsqu'une pondération varie de { $step } points.

## okrs.html
okrs_eyebrow = Exécution
okrs_title = Objectifs et résultats clés
okrs_lede = La progression de chaque résultat clé va de sa valeur de départ à sa cible. Les résultats clés qu'aucun élément de la feuille de route ne fait avancer sont signalés.
okrs_serves = Contribue à
okrs_kr_from = départ { $value }
okrs_kr_now = actuel
okrs_kr_target = cible
okrs_kr_due = échéance le { $date }
okrs_kr_roadmap = Feuille de route :
okrs_kr_orphan_title = Aucun élément de la feuille de route ne fait avancer ce résultat clé
okrs_kr_orphan = Hors feuille de route

## roadmap.html
roadmap_eyebrow = Exécution
roadmap_title = Feuille de route des partenariats { $year }
roadmap_partners = Partenaires
roadmap_key_results = Résultats clés
roadmap_decisions = Décisions
roadmap_owner = Responsable : { $owner }
roadmap_quarter_empty = Rien de prévu.
roadmap_later_title = Au-delà de { $year }
roadmap_later_empty = Rien de prévu pour l'instant.

## decisions.html
decisions_eyebrow = Exécution
decisions_title = Journal des décisions
decisions_lede = Chaque décision de développer, de s'associer ou d'acquérir, vérifiée au regard de la matrice de décision. Les revues sont trimestrielles.
decisions_col_id = ID
decisions_col_decision = Décision
decisions_col_outcome = Issue
decisions_col_status = Statut
decisions_col_partner_considered = Partenaire envisagé
decisions_col_decided = Décidée le
decisions_col_review = Revue
decisions_col_matrix = Matrice
decisions_overdue = En retard

## decision.html
decision_eyebrow = Décision { $code }
decision_review_late = Revue { $late }
decision_rationale = Justification
decision_matrix = Matrice de décision
decision_override = Dérogation
decision_joint_venture = Nouvelle zone géographique ou nouveau secteur avec un partenaire local : envisager une coentreprise si le volume de chiffre d'affaires le justifie.
decision_branch_applies = S'applique
decision_branch_not_applies = Ne s'applique pas
decision_condition_met = (oui)
decision_condition_unmet = (non)
decision_details = Détails
decision_outcome = Issue
decision_partner_considered = Partenaire envisagé
decision_acquisition_target = Cible d'acquisition
decision_decided = Décidée le
decision_review_date = Date de revue
decision_supersedes = Remplace
decision_superseded_by = Remplacée par
decision_roadmap_items = Éléments de la feuille de route
decision_item_due = échéance le { $date }
decision_no_roadmap_items = Dans aucun élément de la feuille de route.

## governance.html
governance_eyebrow = Exécution
governance_title = Gouvernance
governance_lede = Qui décide de quoi dans le programme partenaires, et le sponsor exécutif de chaque partenaire stratégique.
governance_raci_title = Droits de décision (RACI)
governance_col_decision = Décision
governance_raci_responsible = Responsable
governance_raci_accountable = Approbateur
governance_raci_consulted = Consulté
governance_raci_informed = Informé
governance_sponsors_title = Sponsors exécutifs
governance_col_partner = Partenaire
governance_col_tier = Niveau
governance_col_partner_executive = Dirigeant côté partenaire
governance_col_our_counterpart = Notre interlocuteur
governance_col_cadence = Rythme de la relation
governance_missing_sponsor = Partenaires Platinum sans sponsor

## reviews.html
reviews_eyebrow = Analyse
reviews_title = Revues en retard
reviews_lede = Revues de décision, QBR et revues de niveau dont la date est dépassée au { $today }.
reviews_col_review = Revue
reviews_col_item = Élément
reviews_col_tier = Niveau
reviews_col_was_due = Échéance
reviews_col_late_by = Retard
reviews_empty = Aucune revue en retard.

## validation.html
validation_eyebrow = Analyse
validation_title = Validation
validation_lede = { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    } au regard des règles du programme : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }.
validation_lede_explain_before = Lancez
validation_lede_explain_after = pour savoir ce que vérifie une règle.
validation_col_severity = Gravité
validation_col_where = Emplacement
validation_col_rule = Règle
validation_col_finding = Constat
validation_all_pass = Toutes les règles sont respectées
validation_all_pass_text = Le plan ne contient ni erreur ni avertissement.

## handbook_section.html
handbook_section_eyebrow = Manuel
handbook_section_pages = Pages
handbook_section_sections = Sections

## handbook_page.html
handbook_page_eyebrow = Manuel
handbook_page_pager_label = Pages précédente et suivante
handbook_page_previous = Précédent
handbook_page_next = Suivant
handbook_page_toc = Sur cette page
