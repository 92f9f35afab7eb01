# Le site partenaire en français (complet par rapport à locales/en/partner_site.ftl).
# « Vous » est le partenaire, « nous » l'entreprise qui mène le programme.

## Mise en page et navigation
ps_site_title = { $company } – site partenaire de { $partner }
ps_footer_prepared = Préparé pour { $partner } par { $company }
ps_footer_as_of = Chiffres au { $date }
ps_nav_partnership = Votre partenariat
ps_nav_overview = Vue d'ensemble
ps_nav_tiers = Niveaux de partenariat
ps_nav_handbook = Guide partenaire

## La page du partenaire
ps_eyebrow = Votre partenariat
ps_lede = Partenaire { $tier } de { $company }
ps_lede_prospect = Partenaire potentiel de { $company }
ps_score = Score partenaire
ps_figures = Chiffres clés
ps_pipeline = Pipeline annuel
ps_arr = ARR
ps_mdf = MDF par an
ps_next_qbr = Prochaine revue d'activité
ps_not_recorded = Non renseigné
ps_next_tier = Votre prochain niveau
ps_requirement = Exigence
ps_you_have = Vous avez
ps_tier_needs = Le niveau demande
ps_status = État
ps_met = Rempli
ps_framework_link = Les niveaux de partenariat
ps_distance_summary = Vous remplissez { $met } { $n ->
    [one] exigence sur { $n }
   *[other] exigences sur { $n }
} du niveau { $tier }.
ps_distance_ready = Vous remplissez toutes les exigences du niveau { $tier } : parlons de votre passage.
ps_distance_top = { $tier } est notre niveau le plus élevé.
ps_at_least = au moins { $value }
ps_missing_money = { $amount } de plus par an
ps_missing_count = { $n } de plus
ps_missing_yes = Pas encore
ps_missing_plan = À signer
ps_commitments = Vos engagements
ps_tier_commits = Ce que demande votre niveau
ps_benefits = Avantages de votre niveau
ps_no_benefits = Aucun avantage n'est encore listé pour votre niveau.
ps_pages = Pages du guide pour les partenaires
ps_profile = Profil
ps_fact_tier = Niveau
ps_fact_status = Statut
ps_fact_pam = Votre responsable partenaire
ps_fact_last_qbr = Dernière revue d'activité
ps_sponsors = Sponsors exécutifs
ps_your_executive = Votre dirigeant
ps_our_executive = Notre dirigeant
ps_cadence = Rythme
ps_no_sponsors = Aucun sponsor exécutif désigné pour l'instant.
ps_roadmap = Feuille de route commune
ps_no_roadmap = Aucun élément de feuille de route commun pour l'instant.
ps_due = échéance { $due }

## Exigences et engagements
ps_req_certified_individuals = Personnes certifiées
ps_req_dedicated_practice = Practice dédiée
ps_req_joint_business_plan = Plan d'affaires commun
ps_req_qbr = Revues d'activité trimestrielles
ps_req_named_pam = Responsable partenaire désigné de votre côté
ps_req_gtm_activities = Actions go-to-market communes par an
ps_per_year = au moins { $n } par an
ps_review_cadence = Revue d'activité

## Les niveaux
ps_tiers_eyebrow = Programme partenaires
ps_tiers_title = Niveaux de partenariat
ps_tiers_lede = Ce que chaque niveau demande à un partenaire et ce qu'il lui apporte.
ps_your_tier = Votre niveau
ps_annual_pipeline = de pipeline annuel
ps_no_pipeline_target = Pas d'objectif de pipeline
ps_benefits_short = Avantages
ps_commitments_short = Engagements

## Pages du guide
ps_page_eyebrow = Guide partenaire
