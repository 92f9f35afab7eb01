# Ce qui a changé dans le plan : lignes de changement et titres de section (src/diff).
c_section_partners = Partenaires
c_section_competitors = Carte concurrentielle
c_section_tiers = Modèle de niveaux
c_section_decisions = Décisions
c_section_okrs = OKR
c_section_roadmap = Feuille de route
c_section_governance = Gouvernance
c_section_company = Entreprise et thèse
c_section_rules = Violations de règles
c_section_check = Contrôle du plan
c_check_errors = { $after ->
    [one] { $after } erreur
   *[other] { $after } erreurs
 } aujourd’hui, { $before ->
    [one] { $before } erreur
   *[other] { $before } erreurs
 } à { $since }
c_check_warnings = { $after ->
    [one] { $after } avertissement
   *[other] { $after } avertissements
 } aujourd’hui, { $before ->
    [one] { $before } avertissement
   *[other] { $before } avertissements
 } à { $since }
c_line = { $subject } : { $text }
c_arrow = { $from } → { $to }
c_none = aucun
c_yes = oui
c_no = non
c_years = { $n ->
    [one] { $n } an
   *[other] { $n } ans
 }
c_or = { $a } ou { $b }
c_join = { $a }, { $b }
c_clauses = { $a } ; { $b }
c_outcome_build = Développer
c_outcome_partner = Partenariat
c_outcome_acquire = Acquisition
c_no_outcome = aucune option
c_partner_added = ajouté en { $tier }, score { $score } ({ $band })
c_partner_removed = retiré (était { $tier }, score { $score }, { $band })
c_score = score { $from } → { $to }
c_score_band = score { $from } → { $to } ({ $band_from } → { $band_to })
c_tier_promotion = niveau { $from } → { $to } (promotion)
c_tier_demotion = niveau { $from } → { $to } (rétrogradation)
c_target_tier = niveau cible { $from } → { $to }
c_status = statut { $from } → { $to }
c_locked = désormais lié en exclusivité à { $competitors }
c_unlocked = n’est plus lié en exclusivité à { $competitors }
c_competitor_added = concurrent ajouté à la carte
c_competitor_removed = concurrent retiré de la carte
c_decision_added = ajoutée : { $outcome } ({ $status })
c_decision_removed = retirée (était { $outcome }, { $status })
c_decision_changed = décision { $from } → { $to }
c_matrix_outcome = résultat de la matrice { $from } → { $to }
c_objective_added = objectif ajouté avec { $n ->
    [one] { $n } résultat clé
   *[other] { $n } résultats clés
 }
c_objective_removed = objectif retiré
c_kr_added = résultat clé ajouté à « { $objective } »
c_kr_removed = résultat clé retiré de « { $objective } »
c_target = cible { $change }
c_current = valeur actuelle { $change }
c_current_better = valeur actuelle { $change } (en progrès)
c_current_worse = valeur actuelle { $change } (en recul)
c_progress_baseline = progression depuis la base de { $baseline } { $from } → { $to }
c_progress_of_target = { $from } → { $to } de la cible
c_progress_lower = progression { $from } → { $to } (cible ÷ valeur actuelle)
c_roadmap_added = ajouté à { $quarter } ({ $status })
c_roadmap_removed = retiré de { $quarter } (était { $status })
c_roadmap_status = statut en { $quarter } { $from } → { $to }
c_roadmap_moved = déplacé de { $from } à { $to }
c_raci_cell = { $role } { $change }
c_raci_row_added = ligne RACI ajoutée (A : { $accountable } ; R : { $responsible })
c_raci_row_removed = ligne RACI retirée
c_sponsor_added = sponsor exécutif désigné ({ $partner } ↔ { $ours })
c_sponsor_removed = sponsor exécutif retiré
c_field = { $field } { $change }
c_reworded = { $field } reformulé
c_list = { $field } : { $edits }
c_list_added = ajout de { $items }
c_list_removed = retrait de { $items }
c_list_reordered = nouvel ordre : { $items }
c_subject_company = Entreprise
c_subject_program = Programme
c_subject_scoring = Notation
c_subject_thesis = Thèse
c_subject_raci = RACI
c_subject_platinum_tier = Niveau Platine
c_subject_gold_tier = Niveau Or
c_subject_silver_tier = Niveau Argent
c_subject_registered_tier = Niveau Enregistré
c_field_name = nom
c_field_pipeline_range = fourchette de pipeline
c_field_certified_individuals_required = personnes certifiées requises
c_field_dedicated_practice_required = practice dédiée requise
c_field_mdf_per_year = MDF par an
c_field_minimum_joint_gtm_activities = activités GTM conjointes minimales
c_field_review_cadence = rythme de revue
c_field_deal_registration_days = jours d’enregistrement des affaires
c_field_partners_per_pam = partenaires par PAM
c_field_benefits = avantages
c_field_commitments = engagements
c_field_roles = rôles
c_field_partner_executive = dirigeant côté partenaire
c_field_our_counterpart = notre interlocuteur
c_field_cadence = rythme
c_field_description = description
c_field_category = catégorie
c_field_current_arr = ARR actuel
c_field_target_arr = ARR cible
c_field_currency = devise
c_field_icps = ICP
c_field_markets = marchés
c_field_partner_share_of_arr = part partenaires de l’ARR
c_field_horizon = horizon
c_field_north_star = étoile du Nord
c_field_roadmap_year = année de la feuille de route
c_field_partner_sourced_arr = ARR apporté par les partenaires
c_field_weight_of_icp_client_overlap = pondération du recouvrement clients ICP
c_field_weight_of_market_influence = pondération de l’influence sur le marché
c_field_weight_of_practice_alignment = pondération de l’alignement des practices
c_field_weight_of_partnership_appetite = pondération de l’appétence au partenariat
c_field_weight_of_revenue_potential = pondération du potentiel de revenus
c_field_priority_band_threshold = seuil de la bande Priorité
c_field_secondary_band_threshold = seuil de la bande Secondaire
c_field_market_velocity_gap = écart de vitesse de marché
c_field_credibility_gap = écart de crédibilité
c_field_delivery_gap = écart de capacité de delivery
c_field_geographic_gap = écart géographique
c_field_cost_efficiency = efficacité des coûts
c_field_competitive_pressure = pression concurrentielle
c_field_partnership_models = modèles de partenariat
c_field_partner_types = types de partenaires
c_field_mechanism = mécanisme
c_field_adjacent_use_cases = cas d’usage adjacents
c_field_prose = texte
c_field_pipeline = pipeline
c_field_landscape = paysage partenaires
c_field_certified_individuals = personnes certifiées
c_field_dedicated_practice = practice dédiée
c_field_joint_business_plan = plan d’affaires conjoint
c_field_qbr = QBR
c_field_joint_gtm_activities = activités GTM conjointes
c_field_named_pam_at_the_partner = PAM désigné chez le partenaire
c_field_models = modèles
c_field_mdf = MDF
c_field_pam = PAM
c_field_inbound = entrant
c_field_partners_held = partenaires détenus
c_field_title = titre
c_field_review_date = date de revue
c_field_partner_considered = partenaire envisagé
c_field_supersedes = remplace
c_field_rationale = justification
c_field_objective = objectif
c_field_text = texte
c_field_direction = sens
c_field_due = échéance
c_field_theme = thème
c_field_owner = responsable
c_field_partners = partenaires
