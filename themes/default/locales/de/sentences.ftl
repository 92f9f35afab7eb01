# Sätze und Bezeichnungen, die der Rust-Code für Website und Board-Unterlage schreibt.

## Listen
s_list_and_pair = {$a} und {$b}
s_list_and_middle = {$a}, {$b}
s_list_and_end = {$a} und {$b}
s_list_or = {$a} oder {$b}
s_reason_sep = {"; "}
s_sentence_sep = {" "}

## Kernaussage der Zusammenfassung für den Vorstand
s_headline = {$lead}. Scorecard: {$rest}; {$asks}.
s_headline_plan_not_set = Kein Plan festgelegt
s_headline_above = {$verdict}: Der partnergenerierte ARR für {$year} wird auf {$actual} prognostiziert, {$diff} über dem diesjährigen Plan von {$plan}
s_headline_behind = {$verdict}: Der partnergenerierte ARR für {$year} wird auf {$actual} prognostiziert, {$diff} unter dem diesjährigen Plan von {$plan}
s_headline_behind_closing = {$verdict}: Der partnergenerierte ARR für {$year} wird auf {$actual} prognostiziert, {$diff} unter dem diesjährigen Plan von {$plan}; {$pipeline} zusätzliche Pipeline aktiver Partner schließt die Lücke
s_headline_no_forecast = Der diesjährige Plan für partnergenerierten ARR lässt sich nicht berechnen (die Prognose braucht das Ziel der These, die Abschlussquote und den partnergenerierten ARR)
s_headline_all_on_plan = alle übrigen Kennzahlen liegen im Plan
s_headline_off_track = { $off ->
    [one] {$off} Kennzahl nicht im Plan
   *[other] {$off} Kennzahlen nicht im Plan
}
s_headline_at_risk = { $risk ->
    [one] {$risk} Kennzahl gefährdet
   *[other] {$risk} Kennzahlen gefährdet
}
s_headline_off_and_at_risk = { $off ->
    [one] {$off} Kennzahl
   *[other] {$off} Kennzahlen
} nicht im Plan und {$risk} gefährdet
s_headline_no_ask = es wird keine Entscheidung erbeten
s_headline_asks_decisions = { $decisions ->
    [one] der Vorstand wird um {$decisions} Entscheidung gebeten
   *[other] der Vorstand wird um {$decisions} Entscheidungen gebeten
}
s_headline_asks_moves = { $moves ->
    [one] der Vorstand wird um die Genehmigung von {$moves} Stufenwechsel gebeten
   *[other] der Vorstand wird um die Genehmigung von {$moves} Stufenwechseln gebeten
}
s_headline_asks_both = der Vorstand wird um { $decisions ->
    [one] {$decisions} Entscheidung
   *[other] {$decisions} Entscheidungen
} und die Genehmigung von { $moves ->
    [one] {$moves} Stufenwechsel
   *[other] {$moves} Stufenwechseln
} gebeten

## Scorecard
s_measure_arr = Partnergenerierter ARR, Prognose {$year}
s_measure_pipeline = Partner-Pipeline
s_measure_share_forecast = Partneranteil am ARR, Prognose {$year}
s_measure_share = Partneranteil am ARR
s_measure_roi = Programm-ROI
s_measure_platinum = Unterzeichnete Platin-Partner
s_measure_okrs = Durchschnittlicher OKR-Fortschritt
s_measure_roadmap = Erledigte Roadmap-Punkte
s_basis_share_path = Prognose und Plan ÷ Unternehmens-ARR auf dem linearen Pfad zum Ziel
s_basis_arr_path = Prognose = ARR heute + Abschlussquote × Pipeline; Plan = Pfad zu {$target} bis {$year}
s_basis_thesis_path = der Pfad der These
s_basis_key_result = Schlüsselergebnis: {$text}
s_basis_coverage = die Pipeline, die den diesjährigen ARR-Plan bei der Abschlussquote erreicht
s_basis_break_even = Plan: mindestens die Programmkosten zurückverdienen
s_basis_year_end = jedes gemessene Schlüsselergebnis bis Jahresende am Ziel
s_basis_roadmap = Plan = bis zur Sitzung fällige Punkte
s_basis_roadmap_at_risk = Plan = bis zur Sitzung fällige Punkte; {$n} gefährdet
s_points = {$n} Pkt.
s_line_of = {$actual} von {$total}
s_no_plan = Kein Plan
s_plan_break_even = ≥ {$zero} (Break-even)
s_plan_due_by = {$expected} jetzt fällig · {$full} bis {$date}
s_plan_due_year_end = {$expected} jetzt fällig · {$full} zum Jahresende

## Vorlagen an den Vorstand
s_matrix_build = Selbst entwickeln
s_matrix_partner = Partnerschaft
s_matrix_acquire = Übernahme
s_ask_tier_title = Stufenüberprüfung: {$from} → {$to}
s_ask_promote = Hochstufen auf {$tier}
s_ask_move_down = Herabstufen auf {$tier}
s_ask_tier_supports = das Stufenmodell stützt dies
s_ask_matrix_supports = die Matrix stützt „{$kind}“
s_ask_matrix_none = die Matrix stützt keine Option: die Kriterien sind zu prüfen
s_ask_matrix_points = die Matrix spricht stattdessen für {$kinds}
s_ask_approve = Genehmigen: {$kind}
s_ask_approve_with = Genehmigen: {$kind} mit {$partner}

## Risiken
s_days = { $n ->
    [one] {$n} Tag
   *[other] {$n} Tage
}
s_months = { $n ->
    [one] {$n} Monat
   *[other] {$n} Monate
}
s_risk_roadmap_overdue = Roadmap-Punkt „{$item}“ (Q{$quarter}) ist {$late} überfällig
s_risk_roadmap_at_risk = Roadmap-Punkt „{$item}“ (Q{$quarter}) ist gefährdet
s_risk_okr_behind = Schlüsselergebnis „{$kr}“ steht bei {$progress}, erwartet wären bis jetzt {$expected}
s_risk_a_competitor = einen Wettbewerber
s_risk_locked = {$partner} (Prioritätsziel, Score {$score}) ist exklusiv an {$competitor} gebunden: stattdessen die benachbarten Partner ansprechen
s_risk_below_tier_certified = { $n ->
    [one] {$partner} erfüllt die Anforderungen der Stufe {$tier} nicht: benötigt {$n} weitere zertifizierte Person
   *[other] {$partner} erfüllt die Anforderungen der Stufe {$tier} nicht: benötigt {$n} weitere zertifizierte Personen
}
s_risk_below_tier_commitments = {$partner} erfüllt die Anforderungen der Stufe {$tier} nicht: benötigt die Verpflichtungen der Stufe
s_risk_below_tier_both = { $n ->
    [one] {$partner} erfüllt die Anforderungen der Stufe {$tier} nicht: benötigt {$n} weitere zertifizierte Person und die Verpflichtungen der Stufe
   *[other] {$partner} erfüllt die Anforderungen der Stufe {$tier} nicht: benötigt {$n} weitere zertifizierte Personen und die Verpflichtungen der Stufe
}
s_risk_pam_overloaded = Partnermanager {$pam} betreut {$n} {$tier}-Partner, mehr als die {$max}, die die Stufe zusagt
s_risk_decision_review = {$id} „{$title}“: Überprüfungstermin um {$late} überschritten
s_owner_not_named = nicht benannt
s_severity_high = Hoch
s_severity_medium = Mittel
s_severity_low = Niedrig

## Deckblatt

## Wirtschaftlichkeit
s_gap_not_given = nicht angegeben
s_gap_not_computable = nicht berechenbar
s_gap_write_plan = {$field} in plan.yaml eintragen
s_gap_write_partners = {$field} in den Partnerdateien eintragen
s_gap_zero_program_cost = die Programmkosten sind 0
s_gap_zero_new_customers = die Neukunden der Partner sind 0
s_gap_zero = {$what} ist 0
s_gap_describe = {$label} ({$reason})
s_path_now = Heute
s_path_end_of = Ende {$year}
s_verdict_reaches = {$verdict}: Die Prognose {$year} von {$forecast} partnergeneriertem ARR erreicht die in diesem Jahr erforderlichen {$required}.
s_verdict_reaches_path = {$verdict}: Die Prognose {$year} von {$forecast} partnergeneriertem ARR erreicht die in diesem Jahr erforderlichen {$required}, auf dem Pfad zum Ziel der These von {$target} bis Ende {$target_year}.
s_verdict_short = {$verdict}: Die Prognose {$year} von {$forecast} partnergeneriertem ARR liegt {$shortfall} unter den in diesem Jahr erforderlichen {$required}.
s_verdict_short_path = {$verdict}: Die Prognose {$year} von {$forecast} partnergeneriertem ARR liegt {$shortfall} unter den in diesem Jahr erforderlichen {$required}, auf dem Pfad zum Ziel der These von {$target} bis Ende {$target_year}.
s_verdict_none = Die Prognose lässt sich nicht berechnen: {$gap}.
s_forecast_basis = {$now} heute + {$win} von {$pipeline} Pipeline
s_roi_sentence = Das Programm erwirtschaftet {$returns} Bruttogewinn auf partnergenerierten ARR bei Kosten von {$cost}: ein ROI von {$roi}.
s_roi_none = Der ROI lässt sich nicht berechnen: {$gap}.
s_cac_below = {$cac} je partnergeneriertem Kunden, unter den {$direct} des Direktvertriebs
s_cac_above = {$cac} je partnergeneriertem Kunden, über den {$direct} des Direktvertriebs
s_cac_no_direct = {$cac} je partnergeneriertem Kunden; Direkt-CAC {$gap}
s_cac_none = Partner-CAC {$gap}

## Stufeneignung
s_range_none = kein Ziel
s_range_at_least = mindestens {$min}
s_range_below = unter {$max}
s_range_exactly = genau {$min}
s_range_between = {$min} bis unter {$max}
s_tier_reason_pipeline = Pipeline von {$amount} liegt im Bereich der Stufe {$tier} ({$range})
s_tier_reason_certified_short = { $n ->
    [one] {$n} zertifizierte Person, {$tier} verlangt {$required}
   *[other] {$n} zertifizierte Personen, {$tier} verlangt {$required}
}
s_tier_reason_commitments = erfüllt die Verpflichtungen der Stufe {$tier} nicht
s_tier_reason_meets = erfüllt Zertifizierung ({$have} ≥ {$required}) und Verpflichtungen der Stufe {$tier}

## Überfällige Überprüfungen
s_overdue_decision_review = Überprüfung der Entscheidung
s_overdue_qbr = QBR
s_overdue_tier_review = Stufenüberprüfung

## Veränderung seit der letzten Vorstandssitzung; Prüfergebnis der Stände
s_delta_none = keine Veränderung
s_check_clean = fehlerfrei
s_check_warnings = { $n ->
    [one] {$n} Warnung
   *[other] {$n} Warnungen
}
s_check_errors = { $n ->
    [one] {$n} Fehler
   *[other] {$n} Fehler
}

## These
s_thesis_title = PARTNERSCHAFTSTHESE — {$company}
s_thesis_defined_share = einen festgelegten Anteil
s_thesis_partners = Partnern
s_thesis_channel = { $years ->
    [one] Wir bauen einen partnergeführten Umsatzkanal auf, der innerhalb von {$years} Jahr {$share} des gesamten ARR beiträgt, durch Partnerschaften mit {$types}, die {$icps} in {$markets} bedienen.
   *[other] Wir bauen einen partnergeführten Umsatzkanal auf, der innerhalb von {$years} Jahren {$share} des gesamten ARR beiträgt, durch Partnerschaften mit {$types}, die {$icps} in {$markets} bedienen.
}
s_thesis_models = Wir priorisieren die Modelle {$models}.
s_thesis_models_because = Wir priorisieren die Modelle {$models}: {$reasons}.
s_thesis_model_because = {$model}, denn {$because}
s_thesis_reason_sep = {"; "}
s_thesis_mechanism = Partnergeführtes Wachstum beschleunigt unsere Marktdurchdringung durch {$mechanism}.
s_thesis_adjacent = Produktpartner erweitern die Reichweite unserer Plattform auf {$adjacent}.
s_thesis_measured = Das Programm wird gemessen an: {$north_star}.
s_range_up_to = bis { $max }
s_found_tags = { $n ->
    [one] einem Tag nach dem Muster { $glob }
   *[other] { $n } Tags nach dem Muster { $glob }
}
s_found_no_tag = keinem Tag nach dem Muster { $glob }
s_found_quarters = den letzten { $asked } Quartalsenden
s_found_some_quarters = { $n } der letzten { $asked } Quartalsenden (vor den übrigen hat das Planverzeichnis keinen Commit)
s_found_no_quarters = keinem Commit des Planverzeichnisses vor den letzten { $asked } Quartalsenden
s_found_nothing = keinen Ständen
s_snapshot_now = heute
s_note_shallow = das Repository ist ein flacher Klon, ältere Stände können fehlen (git fetch --unshallow --tags holt sie)
s_note_tag_how_to = markieren Sie den Commit jeder Vorstandssitzung mit einem Tag, z. B. git tag { $example }, damit er ein Stand wird
# the horizon as the thesis statement writes it (marked on the thesis page)
s_thesis_years = { $n ->
    [one] {$n} Jahr
   *[other] {$n} Jahren
}

## Abstand zur nächsten Stufe (render::distance)
s_req_pipeline = Jährliche Pipeline
s_req_certified_individuals = Zertifizierte Personen
s_req_dedicated_practice = Eigene Practice
s_req_joint_business_plan = Gemeinsamer Businessplan
s_req_qbr = Quartalsweise Business Reviews
s_req_named_pam = Benannter PAM beim Partner
s_req_gtm_activities = Gemeinsame GTM-Aktivitäten pro Jahr
s_req_yes = Ja
s_req_no = Nein
s_req_at_least = mindestens {$n}
s_req_not_recorded = nicht erfasst
s_req_met = Erfüllt
s_req_missing = Fehlt
s_dist_missing_pipeline = {$amount} Pipeline
s_dist_missing_certified = { $n ->
    [one] {$n} zertifizierte Person
   *[other] {$n} zertifizierte Personen
}
s_dist_missing_gtm = { $n ->
    [one] {$n} GTM-Aktivität pro Jahr
   *[other] {$n} GTM-Aktivitäten pro Jahr
}
s_dist_missing_dedicated_practice = eine eigene Practice
s_dist_missing_qbr = eine QBR-Zusage
s_dist_missing_named_pam = ein benannter PAM
s_dist_missing_joint_plan = ein unterzeichneter gemeinsamer Businessplan (jetzt: {$now})
s_dist_top = {$tier} ist die höchste Stufe: Darüber gibt es keine.
s_dist_nothing = {$tier} verlangt nichts über die Partnervereinbarung hinaus.
s_dist_meets = Erfüllt alle {$n} Anforderungen der Stufe {$tier}.
s_dist_short = {$met} von {$n} Anforderungen der Stufe {$tier} erfüllt; es fehlen: {$missing}.
