# Le dossier de QBR interne d’un partenaire (src/qbr/) : `partnerbook qbr`, `build --qbr`.
qbr_title = {$partner} : revue d’affaires trimestrielle ({$company})
qbr_subject = Revue d’affaires trimestrielle interne avec {$partner}
qbr_keyword = QBR
qbr_running_header = {$partner} · QBR · {$date}
qbr_internal = Confidentiel : interne, ne pas transmettre au partenaire
qbr_cover_title = Revue d’affaires trimestrielle : {$partner}
qbr_cover_subtitle = Note interne pour l’équipe de compte et le sponsor exécutif
qbr_cover_tier = Partenaire {$tier} · {$status}
qbr_next = Prochaine QBR : {$date} ({$cadence} après la dernière, {$last})
qbr_next_overdue = La prochaine QBR était due le {$date} ({$cadence} après la dernière, {$last}) : en retard
qbr_next_none = Prochaine QBR : aucune tenue ; planifier la première
qbr_not_scheduled = Non planifiée

## Page un : la relation
qbr_relationship_title = {$partner} : la relation
qbr_headline = Partenaire {$tier}, {$status}, score {$score} (bande {$band}). {$distance}
qbr_tile_tier = Niveau
qbr_tile_supports = le plan justifie {$tier}
qbr_tile_score = Score
qbr_tile_rank = rang {$rank} sur {$of}
qbr_tile_pipeline = Pipeline annuel
qbr_tile_range = fourchette du niveau {$range}
qbr_tile_arr = ARR apporté
qbr_tile_arr_caption = clients apportés par ce partenaire
qbr_tile_next_qbr = Prochaine QBR
qbr_tile_last = dernière le {$date}
qbr_tile_overdue = en retard
qbr_review_promotion = La revue des niveaux recommande une promotion en {$tier}
qbr_review_demotion = La revue des niveaux recommande une rétrogradation en {$tier}
qbr_distance_title = Distance au niveau {$tier}
qbr_keeping_title = Rester {$tier} : les exigences du niveau
qbr_status_note = ● Rempli, ■ Manquant : chaque exigence telle que le cadre des niveaux (tiers.yaml) la fixe.
qbr_col_requirement = Exigence
qbr_col_partner = Partenaire
qbr_col_tier_needs = Exigé en {$tier}
qbr_col_missing = Manque

## Ordre du jour
qbr_agenda_title = Ordre du jour proposé
qbr_agenda_lead = { $n ->
    [one] {$n} point, tiré des écarts, revues et risques de ce dossier.
   *[other] {$n} points, tirés des écarts, revues et risques de ce dossier, le plus urgent d’abord.
}
qbr_agenda_promotion = Valider la promotion en {$tier} que recommande la revue des niveaux.
qbr_agenda_demotion = Discuter de la rétrogradation en {$tier} recommandée, et de ce qui l’éviterait.
qbr_agenda_restore = Rétablir les exigences du niveau {$tier} : {$missing}.
qbr_agenda_meets_next = Toutes les exigences du niveau {$tier} sont remplies : valider le passage en {$tier}.
qbr_agenda_close_gap = Tracer le chemin vers {$tier} : il manque encore {$missing}.
qbr_agenda_overdue = {$kind} en retard depuis le {$date} ({$n} jours).
qbr_agenda_item = Feuille de route : {$item} est {$status}.
qbr_agenda_item_due = Feuille de route : {$item} est {$status} (échéance {$due}).
qbr_agenda_kr = Résultat clé {$status} : {$kr}.
qbr_agenda_decision_proposed = La décision {$id} ({$title}) est proposée : convenir de la part du partenaire.
qbr_agenda_decision_review = La décision {$id} ({$title}) devait être revue le {$date}.
qbr_agenda_locked = Exposition concurrentielle : exclusif avec {$competitors} ; convenir de ce que nous pouvons encore faire ensemble.
qbr_agenda_contested = { $n ->
    [one] Exposition concurrentielle : {$competitors} travaille aussi avec eux ; où gagnons-nous ensemble ?
   *[other] Exposition concurrentielle : {$competitors} travaillent aussi avec eux ; où gagnons-nous ensemble ?
}
qbr_agenda_sponsor = Nommer un sponsor exécutif de chaque côté.
qbr_agenda_pipeline = Revue du pipeline ({$pipeline} cette année) et plan GTM conjoint du prochain trimestre.
qbr_agenda_next_qbr = Fixer la date et les responsables de la prochaine QBR.

## Engagements et avantages
qbr_commitments_section = Engagements et avantages
qbr_commitments_title = Engagements face au niveau {$tier}
qbr_commitments_met = Remplit toutes les exigences du niveau {$tier}.
qbr_commitments_short = En deçà du niveau {$tier} : {$missing}.
qbr_tier_commitments = Ce à quoi s’engagent les partenaires {$tier}
qbr_benefits_title = Avantages
qbr_tier_benefits = Ce qu’offre le niveau {$tier}
qbr_col_benefit = Avantage
qbr_col_tier_gives = Offert par le niveau
qbr_benefit_mdf = MDF par an
qbr_benefit_pam = Partner account manager (chez nous)
qbr_benefit_deal_registration = Enregistrement des affaires
qbr_no_pam = aucun nommé
qbr_pam_shared = { $n ->
    [one] {$pam}
   *[other] {$pam} (partagé entre {$n} partenaires de ce niveau)
}
qbr_pam_limit = { $n ->
    [one] un PAM par partenaire
   *[other] un PAM pour {$n} partenaires au plus
}
qbr_days = { $n ->
    [one] sous {$n} jour ouvré
   *[other] sous {$n} jours ouvrés
}

## Performance
qbr_performance_title = Performance
qbr_history_lead = Pipeline, ARR et score à chaque version du plan, et aujourd’hui.
qbr_history_moved = Depuis {$since} : pipeline {$pipeline_then} → {$pipeline_now}, ARR {$arr_then} → {$arr_now}, score {$score_then} → {$score_now}.
qbr_history_none = Aucune version antérieure du plan : la tendance commence avec la prochaine révision étiquetée.
qbr_chart_pipeline_arr = Pipeline et ARR apporté
qbr_series_pipeline = Pipeline
qbr_series_arr = ARR
qbr_chart_score = Score d’attractivité
qbr_series_score = Score
qbr_col_score = Score
qbr_col_band = Bande
qbr_col_tier = Niveau
qbr_col_arr = ARR
qbr_not_in_plan = pas encore dans le plan
qbr_roadmap_title = Éléments communs de la feuille de route
qbr_roadmap_none = Aucun élément de la feuille de route ne nomme ce partenaire.
qbr_col_quarter = Trimestre
qbr_col_item = Élément
qbr_col_due = Échéance
qbr_col_owner = Responsable
qbr_krs_title = Résultats clés que ces éléments font avancer
qbr_krs_none = Aucun élément de ce partenaire ne fait avancer un résultat clé.

## Gouvernance et concurrence
qbr_governance_title = Gouvernance et concurrence
qbr_notes_title = Notes de l’équipe compte
qbr_notes_lead = Tirées de la fiche du partenaire ; internes, jamais dans le dossier remis au partenaire.
qbr_sponsors_title = Sponsors et rythme
qbr_sponsors_none = Aucun sponsor exécutif n’est associé à ce partenaire.
qbr_col_partner_executive = Dirigeant chez le partenaire
qbr_col_our_counterpart = Notre interlocuteur
qbr_col_cadence = Rythme
qbr_decisions_title = Décisions qui nomment ce partenaire
qbr_decisions_none = Aucune décision ne nomme ce partenaire.
qbr_col_decision = Décision
qbr_col_title = Titre
qbr_col_kind = Type
qbr_col_review = Revue
qbr_competition_title = Exposition concurrentielle
qbr_competition_locked = Exclusif avec {$competitors} : pas une cible disponible.
qbr_competition_none = Aucune carte de partenaires d’un concurrent ne cite ce partenaire.
qbr_competition_contested = { $n ->
    [one] Un concurrent travaille aussi avec eux, sans exclusivité.
   *[other] {$n} concurrents travaillent aussi avec eux, sans exclusivité.
}
qbr_col_competitor = Concurrent
qbr_col_model = Modèle
qbr_col_strength = Leur atout
qbr_col_exclusive = Exclusif
qbr_exclusive = Exclusif
qbr_not_exclusive = Non
