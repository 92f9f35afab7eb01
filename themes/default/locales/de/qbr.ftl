# Die interne QBR-Unterlage eines Partners (src/qbr/): `partnerbook qbr`, `build --qbr`.
qbr_title = {$partner}: Quarterly Business Review ({$company})
qbr_subject = Internes Quarterly Business Review mit {$partner}
qbr_keyword = QBR
qbr_running_header = {$partner} · QBR · {$date}
qbr_internal = Vertraulich: intern, nicht für den Partner
qbr_cover_title = Quarterly Business Review: {$partner}
qbr_cover_subtitle = Internes Briefing für das Account-Team und den Executive Sponsor
qbr_cover_tier = {$tier}-Partner · {$status}
qbr_next = Nächstes QBR: {$date} ({$cadence} nach dem letzten, {$last})
qbr_next_overdue = Nächstes QBR war am {$date} fällig ({$cadence} nach dem letzten, {$last}): überfällig
qbr_next_none = Nächstes QBR: noch keines gehalten; das erste planen
qbr_not_scheduled = Nicht geplant

## Seite eins: die Beziehung
qbr_relationship_title = {$partner}: die Beziehung
qbr_headline = {$tier}-Partner, {$status}, Bewertung {$score} (Band {$band}). {$distance}
qbr_tile_tier = Stufe
qbr_tile_supports = der Plan trägt {$tier}
qbr_tile_score = Bewertung
qbr_tile_rank = Rang {$rank} von {$of}
qbr_tile_pipeline = Jährliche Pipeline
qbr_tile_range = Stufenspanne {$range}
qbr_tile_arr = Partner-ARR
qbr_tile_arr_caption = von Kunden dieses Partners
qbr_tile_next_qbr = Nächstes QBR
qbr_tile_last = zuletzt {$date}
qbr_tile_overdue = überfällig
qbr_review_promotion = Die Stufenprüfung empfiehlt den Aufstieg zu {$tier}
qbr_review_demotion = Die Stufenprüfung empfiehlt den Abstieg zu {$tier}
qbr_distance_title = Abstand zur Stufe {$tier}
qbr_keeping_title = {$tier} halten: die Anforderungen der Stufe
qbr_status_note = ● Erfüllt, ■ Fehlt: jede Anforderung, wie das Stufenmodell (tiers.yaml) sie setzt.
qbr_col_requirement = Anforderung
qbr_col_partner = Partner
qbr_col_tier_needs = {$tier} verlangt
qbr_col_missing = Fehlt

## Tagesordnung
qbr_agenda_title = Vorgeschlagene Tagesordnung
qbr_agenda_lead = { $n ->
    [one] {$n} Punkt, aus den Lücken, Prüfungen und Risiken dieser Unterlage.
   *[other] {$n} Punkte, aus den Lücken, Prüfungen und Risiken dieser Unterlage, das Dringendste zuerst.
}
qbr_agenda_promotion = Den Aufstieg zu {$tier} beschließen, den die Stufenprüfung empfiehlt.
qbr_agenda_demotion = Den empfohlenen Abstieg zu {$tier} besprechen, und was ihn abwendet.
qbr_agenda_restore = Die Anforderungen der Stufe {$tier} wieder erfüllen: {$missing}.
qbr_agenda_meets_next = Alle Anforderungen der Stufe {$tier} sind erfüllt: den Wechsel zu {$tier} beschließen.
qbr_agenda_close_gap = Den Weg zu {$tier} planen: es fehlen noch {$missing}.
qbr_agenda_overdue = {$kind} überfällig seit {$date} ({$n} Tage).
qbr_agenda_item = Roadmap: {$item} ist {$status}.
qbr_agenda_item_due = Roadmap: {$item} ist {$status} (fällig {$due}).
qbr_agenda_kr = Schlüsselergebnis {$status}: {$kr}.
qbr_agenda_decision_proposed = Entscheidung {$id} ({$title}) ist vorgeschlagen: den Teil des Partners vereinbaren.
qbr_agenda_decision_review = Entscheidung {$id} ({$title}) war am {$date} zur Überprüfung fällig.
qbr_agenda_locked = Wettbewerb: exklusiv an {$competitors} gebunden; vereinbaren, was gemeinsam noch möglich ist.
qbr_agenda_contested = { $n ->
    [one] Wettbewerb: auch {$competitors} arbeitet mit ihnen; wo gewinnen wir gemeinsam?
   *[other] Wettbewerb: auch {$competitors} arbeiten mit ihnen; wo gewinnen wir gemeinsam?
}
qbr_agenda_sponsor = Auf beiden Seiten einen Executive Sponsor benennen.
qbr_agenda_pipeline = Pipeline-Review ({$pipeline} in diesem Jahr) und der gemeinsame GTM-Plan für das nächste Quartal.
qbr_agenda_next_qbr = Termin und Verantwortliche des nächsten QBR vereinbaren.

## Verpflichtungen und Leistungen
qbr_commitments_section = Verpflichtungen und Leistungen
qbr_commitments_title = Verpflichtungen gegenüber {$tier}
qbr_commitments_met = Erfüllt alle Anforderungen der Stufe {$tier}.
qbr_commitments_short = Unter den Anforderungen der Stufe {$tier}: {$missing}.
qbr_tier_commitments = Wozu sich {$tier}-Partner verpflichten
qbr_benefits_title = Leistungen
qbr_tier_benefits = Was {$tier} bietet
qbr_col_benefit = Leistung
qbr_col_tier_gives = Stufe bietet
qbr_benefit_mdf = MDF pro Jahr
qbr_benefit_pam = Partner Account Manager (unser)
qbr_benefit_deal_registration = Deal-Registrierung
qbr_no_pam = keiner benannt
qbr_pam_shared = { $n ->
    [one] {$pam}
   *[other] {$pam} (geteilt mit {$n} Partnern dieser Stufe)
}
qbr_pam_limit = { $n ->
    [one] ein PAM je Partner
   *[other] ein PAM für höchstens {$n} Partner
}
qbr_days = { $n ->
    [one] innerhalb von {$n} Werktag
   *[other] innerhalb von {$n} Werktagen
}

## Entwicklung
qbr_performance_title = Entwicklung
qbr_history_lead = Pipeline, ARR und Bewertung zu jedem Stand des Plans und heute.
qbr_history_moved = Seit {$since}: Pipeline {$pipeline_then} → {$pipeline_now}, ARR {$arr_then} → {$arr_now}, Bewertung {$score_then} → {$score_now}.
qbr_history_none = Kein früherer Stand des Plans: der Verlauf beginnt mit der nächsten getaggten Revision.
qbr_chart_pipeline_arr = Pipeline und Partner-ARR
qbr_series_pipeline = Pipeline
qbr_series_arr = ARR
qbr_chart_score = Attraktivitätswert
qbr_series_score = Bewertung
qbr_col_score = Bewertung
qbr_col_band = Band
qbr_col_tier = Stufe
qbr_col_arr = ARR
qbr_not_in_plan = noch nicht im Plan
qbr_roadmap_title = Gemeinsame Roadmap-Punkte
qbr_roadmap_none = Kein Roadmap-Punkt nennt diesen Partner.
qbr_col_quarter = Quartal
qbr_col_item = Punkt
qbr_col_due = Fällig
qbr_col_owner = Verantwortlich
qbr_krs_title = Schlüsselergebnisse, die diese Punkte voranbringen
qbr_krs_none = Keiner der Roadmap-Punkte dieses Partners bringt ein Schlüsselergebnis voran.

## Governance und Wettbewerb
qbr_governance_title = Governance und Wettbewerb
qbr_notes_title = Notizen des Account-Teams
qbr_notes_lead = Aus der Partnerdatei; intern, nie im Paket für den Partner.
qbr_sponsors_title = Sponsoren und Rhythmus
qbr_sponsors_none = Für diesen Partner ist kein Executive Sponsor zugeordnet.
qbr_col_partner_executive = Führungskraft beim Partner
qbr_col_our_counterpart = Unser Gegenüber
qbr_col_cadence = Rhythmus
qbr_decisions_title = Entscheidungen, die diesen Partner nennen
qbr_decisions_none = Keine Entscheidung nennt diesen Partner.
qbr_col_decision = Entscheidung
qbr_col_title = Titel
qbr_col_kind = Art
qbr_col_review = Überprüfung
qbr_competition_title = Wettbewerbslage
qbr_competition_locked = Exklusiv an {$competitors} gebunden: kein verfügbares Ziel.
qbr_competition_none = Keine Partnerkarte eines Wettbewerbers führt diesen Partner.
qbr_competition_contested = { $n ->
    [one] Ein Wettbewerber arbeitet ebenfalls mit ihnen, nicht exklusiv.
   *[other] {$n} Wettbewerber arbeiten ebenfalls mit ihnen, keiner exklusiv.
}
qbr_col_competitor = Wettbewerber
qbr_col_model = Modell
qbr_col_strength = Ihre Stärke
qbr_col_exclusive = Exklusiv
qbr_exclusive = Exklusiv
qbr_not_exclusive = Nein
