# Die Planseiten auf Deutsch (vollständig gegenüber locales/en/plan.ftl).

## thesis.html
thesis_eyebrow = Strategie
thesis_title = Partnerschaftsthese
thesis_forecast_title = Sind wir im Plan?
thesis_economics_link = Wirtschaftlichkeit des Programms
thesis_rationale_title = Warum Partnerschaften
thesis_models_title = Priorisierte Modelle
thesis_model_objectives = Ziele:
thesis_partner_types = Partnertypen
thesis_icps = Ideale Kundenprofile
thesis_markets = Märkte
thesis_context = Kontext

## models.html
models_eyebrow = Strategie
models_title = Partnerschaftsmodelle
models_lede = Die Modelle des Programms, wie jedes davon Umsatz erzielt und welche Partner darunter arbeiten. Priorisierte Modelle stehen in der These an erster Stelle.
models_priority = Priorität { $rank }
models_definition = Definition
models_best_for = Am besten geeignet für
models_revenue_mechanism = Erlösmechanismus
models_term_ranges = Konditionsspannen
models_because = Warum wir es priorisieren
models_partner_count = { $n } Partner
models_more = und { $n } weitere

## landscape.html
landscape_eyebrow = Partner
landscape_title = Partnerlandschaft
landscape_lede = { $total } Partner, eingeordnet nach strategischem Wert. Die Attraktivität wird immer berechnet: die Bewertungen der fünf Faktoren, multipliziert mit ihrer Gewichtung.
landscape_distribution_title = Score-Verteilung
landscape_group_count = { $n } Partner
landscape_category_more = und { $n } weitere in der Scorecard
landscape_group_empty = In diesem Segment der Partnerlandschaft gibt es keine Partner.
landscape_scorecard_title = Scorecard nach Rang
landscape_scorecard_sort_hint = Zum Sortieren auf eine Spalte klicken
landscape_col_partner = Partner
landscape_col_landscape = Partnerlandschaft
landscape_col_landscape_short = L
landscape_col_category = Kategorie
landscape_col_tier = Stufe
landscape_col_target = Zielstufe
landscape_col_score = Score
landscape_col_band = Band
landscape_col_pipeline = Pipeline
landscape_col_status = Status

## near_line.html
near_line_eyebrow = Analyse
near_line_title = Grenzfälle
near_line_lede = Partner, die höchstens { $points } Punkte von einer Bandgrenze entfernt sind, und Partner, die das Band wechseln würden, wenn sich eine einzelne Gewichtung um ±{ $step } Punkte verschiebt (die übrigen Gewichtungen so skaliert, dass die Summe 100 bleibt).
near_line_near_title = Höchstens { $points } Punkte von einer Schwelle entfernt
near_line_col_partner = Partner
near_line_col_score = Score
near_line_col_threshold = Schwelle
near_line_col_distance = Abstand
near_line_col_band = Band
near_line_near_shown = Die { $shown } nächstgelegenen von { $total } Partnern nahe einer Schwelle.
near_line_near_empty = Kein Partner liegt höchstens { $points } Punkte von einer Schwelle entfernt.
near_line_sensitivity_title = Sensitivität der Gewichtung
near_line_col_if = Wenn
near_line_col_band_now = Aktuelles Band
near_line_col_would_become = Neues Band
near_line_col_new_score = Neuer Score
near_line_sensitive_shown = Die ersten { $shown } von { $total } Bandwechseln, bestplatzierte Partner zuerst.
near_line_sensitive_empty = Kein Partner wechselt das Band, wenn sich eine Gewichtung um { $step } Punkte verschiebt.

## okrs.html
okrs_eyebrow = Umsetzung
okrs_title = Ziele und Schlüsselergebnisse
okrs_lede = Der Fortschritt jedes Schlüsselergebnisses reicht vom Ausgangswert bis zum Zielwert. Schlüsselergebnisse, die kein Roadmap-Punkt voranbringt, sind markiert.
okrs_serves = Zahlt ein auf
okrs_kr_from = Ausgangswert { $value }
okrs_kr_now = aktuell
okrs_kr_target = Ziel
okrs_kr_due = fällig am { $date }
okrs_kr_roadmap = Roadmap:
okrs_kr_orphan_title = Kein Roadmap-Punkt bringt dieses Schlüsselergebnis voran
okrs_kr_orphan = Kein Roadmap-Punkt

## roadmap.html
roadmap_eyebrow = Umsetzung
roadmap_title = Partnerschafts-Roadmap { $year }
roadmap_partners = Partner
roadmap_key_results = Schlüsselergebnisse
roadmap_decisions = Entscheidungen
roadmap_owner = Verantwortlich: { $owner }
roadmap_quarter_empty = Nichts geplant.
roadmap_later_title = Nach { $year }
roadmap_later_empty = Noch nichts geplant.

## decisions.html
decisions_eyebrow = Umsetzung
decisions_title = Entscheidungsprotokoll
decisions_lede = Jede Entscheidung für Eigenentwicklung, Partnerschaft oder Übernahme, geprüft anhand der Entscheidungsmatrix. Überprüft wird vierteljährlich.
decisions_col_id = ID
decisions_col_decision = Entscheidung
decisions_col_outcome = Ergebnis
decisions_col_status = Status
decisions_col_partner_considered = Geprüfter Partner
decisions_col_decided = Entschieden am
decisions_col_review = Überprüfung
decisions_col_matrix = Matrix
decisions_overdue = Überfällig

## decision.html
decision_eyebrow = Entscheidung { $code }
decision_review_late = Überprüfung { $late }
decision_rationale = Begründung
decision_matrix = Entscheidungsmatrix
decision_override = Abweichung von der Matrix
decision_joint_venture = Neue Region oder neue Branche mit einem lokalen Partner: Ein Joint Venture erwägen, wenn das Umsatzvolumen es rechtfertigt.
decision_branch_applies = Trifft zu
decision_branch_not_applies = Trifft nicht zu
decision_condition_met = (ja)
decision_condition_unmet = (nein)
decision_details = Details
decision_outcome = Ergebnis
decision_partner_considered = Geprüfter Partner
decision_acquisition_target = Übernahmekandidat
decision_decided = Entschieden am
decision_review_date = Überprüfung am
decision_supersedes = Ersetzt
decision_superseded_by = Ersetzt durch
decision_roadmap_items = Roadmap-Punkte
decision_item_due = fällig am { $date }
decision_no_roadmap_items = In keinem Roadmap-Punkt enthalten.

## governance.html
governance_eyebrow = Umsetzung
governance_title = Governance
governance_lede = Wer im Partnerprogramm was entscheidet – und welcher Executive Sponsor für jeden strategischen Partner zuständig ist.
governance_raci_title = Entscheidungsrechte (RACI)
governance_col_decision = Entscheidung
governance_raci_responsible = Verantwortlich
governance_raci_accountable = Rechenschaftspflichtig
governance_raci_consulted = Konsultiert
governance_raci_informed = Informiert
governance_sponsors_title = Executive Sponsors
governance_col_partner = Partner
governance_col_tier = Stufe
governance_col_partner_executive = Führungskraft beim Partner
governance_col_our_counterpart = Ansprechpartner bei uns
governance_col_cadence = Austauschrhythmus
governance_missing_sponsor = Platinum-Partner ohne Sponsor

## reviews.html
reviews_eyebrow = Analyse
reviews_title = Überfällige Überprüfungen
reviews_lede = Entscheidungsüberprüfungen, QBRs und Stufenüberprüfungen, deren Termin zum { $today } überschritten ist.
reviews_col_review = Überprüfung
reviews_col_item = Eintrag
reviews_col_tier = Stufe
reviews_col_was_due = Fällig am
reviews_col_late_by = Verzug
reviews_empty = Nichts ist überfällig.

## validation.html
validation_eyebrow = Analyse
validation_title = Validierung
validation_lede = { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    } anhand der Programmregeln geprüft: { $errors } Fehler, { $warnings ->
        [one] { $warnings } Warnung
       *[other] { $warnings } Warnungen
    }.
validation_lede_explain_before = Mit
validation_lede_explain_after = sehen Sie, was eine Regel prüft.
validation_col_severity = Schweregrad
validation_col_where = Fundstelle
validation_col_rule = Regel
validation_col_finding = Befund
validation_all_pass = Alle Regeln erfüllt
validation_all_pass_text = Der Plan hat keine Fehler und keine Warnungen.

## handbook_section.html
handbook_section_eyebrow = Handbuch
handbook_section_pages = Seiten
handbook_section_sections = Abschnitte

## handbook_page.html
handbook_page_eyebrow = Handbuch
handbook_page_pager_label = Vorherige und nächste Seite
handbook_page_previous = Vorherige
handbook_page_next = Nächste
handbook_page_toc = Auf dieser Seite
