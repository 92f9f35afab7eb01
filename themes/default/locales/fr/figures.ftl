# Les textes des pages Économie, Niveaux, Concurrents, Historique et Traçabilité (français).
# Tous les messages de locales/en/figures.ftl ; les messages lus avec `| safe` (voir là-bas)
# ne contiennent ni `&`, ni `<`, ni `>`.

## economics.html
economics_eyebrow = Stratégie
economics_title = Économie du programme
economics_lede = Ce que coûte le programme partenaires de { $company }, ce qu'il rapporte et s'il est en bonne voie pour atteindre l'objectif de la thèse.
economics_figures_label = Chiffres clés
economics_forecast_title = Prévision par rapport à la thèse
economics_costs_title = Coût du programme
economics_costs_gap = Le coût du programme n'est pas renseigné : { $gap } (postes de coût annuels tels que l'équipe, la plateforme, les événements).
economics_cost_line = Poste de coût
economics_per_year = Par an
economics_share = Part
economics_inputs_title = Données d'entrée
economics_tiers_title = Économie par niveau
economics_tier = Niveau
economics_partners = Partenaires
economics_pipeline = Pipeline
economics_arr = ARR
economics_return = Rendement
economics_mdf = MDF
economics_payouts = Versements
economics_new_customers = Nouveaux clients
economics_tiers_note = Le pipeline compte les partenaires actifs et en cours de recrutement ; l'ARR et les versements, tous les partenaires ; le MDF, les partenaires qui ne sont pas sortis du programme. Le rendement correspond à l'ARR × la marge brute.
economics_partners_title = MDF et versements par partenaire
economics_partner = Partenaire
economics_payout_rate = Taux de versement
economics_payout = Versement
economics_partner_cost = Coût partenaire
economics_breakdowns_title = Répartition du pipeline et de l'ARR
economics_sourced_arr = ARR apporté par les partenaires

## tiers.html
tiers_eyebrow = Partenaires
tiers_title = Grille des niveaux
tiers_lede = Ce que chaque niveau exige et apporte, qui se trouve à chaque niveau aujourd'hui, et les promotions et rétrogradations qu'implique le plan.
tiers_annual_pipeline = de pipeline annuel
tiers_no_pipeline_target = Aucun objectif de pipeline
tiers_benefits = Avantages
tiers_commitments = Engagements
tiers_partners = Partenaires
tiers_more = et { $n } autres
tiers_none_yet = Aucun pour l'instant.
tiers_targeting = { $n ->
    [one] { $n } partenaire vise ce niveau.
   *[other] { $n } partenaires visent ce niveau.
}
tiers_review_title = Revue des niveaux
tiers_review_lede = Déduit du pipeline, des certifications et des engagements au regard des exigences de chaque niveau.
tiers_promotions = Promotions
tiers_no_promotions = Aucune promotion.
tiers_demotions = Rétrogradations
tiers_no_demotions = Aucune rétrogradation.
tiers_pams_title = Charge des PAM
tiers_pam = Responsable de compte partenaire
tiers_platinum = Platinum
tiers_gold = Gold
tiers_gold_limit = Limite Gold
tiers_capacity = Capacité
tiers_over_capacity = Capacité dépassée

## competitors.html
competitors_eyebrow = Partenaires
competitors_title = Concurrents et contre-stratégie
competitors_lede = Quels partenaires nos concurrents ont signés, lesquels sont encore disponibles, et comment contourner une société verrouillée.
competitors_counter_title = Contre-stratégie
competitors_recruit_first = Recruter en priorité
competitors_available = Disponibles
competitors_available_lede = Sans lien avec un concurrent, encore à recruter. Meilleur score en premier.
competitors_more = et { $n } autres dans le
competitors_more_link = classement
competitors_more_end = {""}
competitors_none = Aucun.
competitors_recruit_next = Recruter ensuite
competitors_contested = Sous-exploités
competitors_contested_lede = Liés à un concurrent, sans exclusivité.
competitors_held_by = lié à
competitors_go_around = Contourner
competitors_locked = Verrouillés
competitors_locked_lede = Exclusifs à un concurrent : contre-argumentaire, approcher les partenaires voisins.
competitors_alternatives = Alternatives :
competitors_map_title = Carte des partenaires concurrents
competitors_partner_count = { $n ->
    [one] { $n } partenaire
   *[other] { $n } partenaires
}
competitors_exclusive_count = { $n ->
    [one] { $n } exclusif
   *[other] { $n } exclusifs
}
competitors_partner = Partenaire
competitors_our_tier = Notre niveau
competitors_model = Modèle
competitors_strength = Force perçue
competitors_exclusivity = Exclusivité
competitors_exclusive = Exclusif
competitors_not_tracked = (non suivi)

## history.html
history_eyebrow = Stratégie
history_title = Historique
history_lede = L'évolution du programme partenaires, lue dans l'historique git du plan : { $found }, puis aujourd'hui.
history_note = Remarque :
history_since_title = Depuis le dernier conseil d'administration ({ $since })
history_since_rebuilt = Le plan est celui du tag { $rebuilt_at } ; voici les changements depuis { $since }, l'instantané précédent.
history_since_none = Aucun changement du plan depuis { $since }.
history_no_snapshot_before = Pas encore d'instantané antérieur à comparer : les graphiques apparaissent dès que le plan a un commit avant une fin de trimestre, ou un tag que
history_no_snapshot_after = reconnaît.
history_table_title = Les chiffres
history_not_given = Non représentés, car aucun instantané ne donne la valeur : { $figures }.
history_snapshot = Instantané
history_date = Date
history_commit = Commit
history_partner_arr = ARR partenaires
history_required = Requis cette année
history_pipeline = Pipeline
history_program_cost = Coût du programme
history_roi = ROI
history_okrs = Progression des OKR
history_tiers = Niveaux P / G / S / R / prospect
history_check = Contrôle
history_skipped = Révisions ignorées

## traceability.html
traceability_objective = Objectif
traceability_kr = KR
traceability_no_roadmap_item = Aucun élément de feuille de route
traceability_roadmap = Feuille de route
traceability_eyebrow = Analyse
traceability_title = Traçabilité
traceability_lede = Des modèles prioritaires de la thèse aux objectifs qui les servent, à leurs résultats clés, aux éléments de feuille de route qui les font avancer, et aux partenaires et décisions concernés.
traceability_orphans_title = Éléments orphelins
traceability_orphan_platinum = Partenaires Platinum absents de la feuille de route
traceability_none = Aucun.
traceability_orphan_key_results = Résultats clés sans élément de feuille de route
traceability_orphan_models = Modèles qu'aucun objectif ne sert
traceability_tree_title = De la thèse à l'exécution
traceability_model = Modèle
traceability_no_objective = Aucun objectif ne sert ce modèle.
traceability_objectives = Objectifs
traceability_unlinked = non rattachés à un modèle de la thèse
