# Seitenrahmen, Dashboard, Partnerseiten, Suche, „Was hat sich geändert“ und Teilvorlagen
# auf Deutsch (vollständig gegenüber locales/en/home.ftl).

## base.html
base_skip = Zum Inhalt springen
base_open_nav = Navigation öffnen
base_search_placeholder = Partner, Entscheidungen, Handbuch durchsuchen…
base_search_label = Handbuch durchsuchen
base_search_results = Suchergebnisse
base_board_pack = Board-Unterlagen
base_nav_label = Handbuch
base_breadcrumb = Pfadnavigation
base_home = Start
base_footer_generated = mit partnerbook aus dem Plan erstellt
base_footer_reviews = Stand der Überprüfungen: { $date }

## home.html
home_eyebrow = Partnerprogramm
home_title = Partnerschafts-Dashboard
home_board_summary = Board-Zusammenfassung
home_board_meeting = Sitzung vom { $meeting }
home_board_pack_pdf = Board-Unterlagen (PDF)
home_board_caption = Scorecard gegenüber dem Plan { $year }
home_board_measure = Kennzahl
home_board_actual = Ist
home_board_plan = Plan
home_board_variance = Abweichung
home_board_since = Seit { $since }
home_board_status = Status
home_for_decision = Zur Entscheidung
home_no_asks = In dieser Sitzung keine.
home_risks = Risiken
home_risk_owner = verantwortlich: { $owner }
home_more_risks = { $n ->
    [one] { $n } weiteres Risiko im Risikoregister der Board-Unterlagen.
   *[other] { $n } weitere Risiken im Risikoregister der Board-Unterlagen.
}
home_no_risks = In dieser Sitzung sind keine Risiken zu melden.
home_thesis = Partnerschaftsthese
home_thesis_more = Begründung, Modelle und Kontext
home_kpis = Kennzahlen
home_north_star = Nordstern
home_kpi_since = seit { $since }
home_forecast_title = Prognose gegenüber der These
home_economics_link = Wirtschaftlichkeit des Programms
home_attention = Handlungsbedarf
home_partners_by_tier = Partner nach Stufe
home_score_distribution = Score-Verteilung
home_top_title = Top-Partner nach Score
home_all_partners = Alle { $n } Partner
home_top_partner = Partner
home_top_score = Score
home_top_band = Klasse
home_top_tier = Stufe
home_validation = Validierung
home_full_report = Vollständiger Bericht
home_all_rules_pass = Alle Regeln erfüllt
home_no_findings = Der Plan enthält keine Fehler und keine Warnungen.
home_errors = { $n ->
    [one] { $n } Fehler
   *[other] { $n } Fehler
}
home_warnings = { $n ->
    [one] { $n } Warnung
   *[other] { $n } Warnungen
}
home_more_diagnostics = { $n ->
    [one] { $n } weiterer Befund im vollständigen Bericht
   *[other] { $n } weitere Befunde im vollständigen Bericht
}

## partner.html
partner_eyebrow = Partner
partner_rank = Rang { $rank } von { $of }
partner_not_ranked = ausgeschieden, ohne Rang
partner_score_breakdown = Score-Aufschlüsselung
partner_factor = Faktor
partner_weight = Gewichtung
partner_rating = Bewertung
partner_points = Punkte
partner_attractiveness_score = Attraktivitätsscore
partner_sensitive = Abhängig von der Gewichtung
partner_near_line_link = Analyse der Grenzfälle
partner_tier_fit = Passende Stufe
partner_current_tier = Aktuelle Stufe
partner_plan_supports = laut Plan angemessen:
partner_criterion = Kriterium
partner_col_partner = Partner
partner_supports = Entspricht Stufe
partner_recommend_promotion = Hochstufung empfohlen
partner_recommend_demotion = Herabstufung empfohlen
partner_recommend_to = auf
partner_next_tier = Abstand zur nächsten Stufe
partner_next_tier_is = Nächste Stufe
partner_requirement = Anforderung
partner_next_needs = Nächste Stufe verlangt
partner_missing = Fehlt
partner_req_status = Status
partner_qbr_pack = QBR-Unterlage (PDF)
partner_commitments = Verpflichtungen
partner_commitment = Verpflichtung
partner_tier_requires = Stufe verlangt
partner_met = Erfüllt
partner_not_met = Nicht erfüllt
partner_competitors_holding = Wettbewerber bei { $name }
partner_via = über
partner_exclusive = Exklusiv
partner_not_exclusive = Nicht exklusiv
partner_no_competitor = Kein Wettbewerber arbeitet mit diesem Partner.
partner_alternatives = Naheliegende Alternativen:
partner_history = Verlauf
partner_history_link = Programmverlauf
partner_snapshot = Stand
partner_score = Score
partner_band = Klasse
partner_tier = Stufe
partner_pipeline = Pipeline
partner_arr = ARR
partner_notes = Notizen
partner_profile = Profil
partner_executive_sponsor = Executive Sponsor
partner_partner_executive = Führungskraft beim Partner
partner_our_counterpart = Ansprechpartner bei uns
partner_cadence = Rhythmus
partner_sponsor_map = Sponsor-Übersicht
partner_sponsor_required = Ein Platinum-Partner braucht einen Executive Sponsor.
partner_no_sponsor = Kein Executive Sponsor zugewiesen.
partner_decisions = Entscheidungen
partner_no_decision = Keine Entscheidung nennt diesen Partner.
partner_roadmap_items = Roadmap-Punkte
partner_due = fällig am { $due }
partner_no_roadmap = In keinem Roadmap-Punkt enthalten.
partner_overdue = Überfällig

## search.html
search_eyebrow = Suche
search_title = Handbuch durchsuchen
search_lede = Partner, Entscheidungen, Wettbewerber und Handbuchseiten.
search_placeholder = Suchbegriff eingeben…
search_input_label = Suche
search_needs_js = Die Suche benötigt JavaScript.

## changes.html
changes_eyebrow = Analyse
changes_title = Änderungen seit { $since }
changes_lede = Partner, Scores, Stufen, Entscheidungen, OKRs, Roadmap, Governance und Regelbefunde, die sich seit { $since } verändert haben – aus geschäftlicher Sicht.
changes_none = Seit { $since } keine Änderungen am Plan.

## macros.html
macros_linked_from = Verlinkt von

## partials/forecast.html
forecast_forecast = Prognose
forecast_target_path = Zielpfad
forecast_caption = Zielpfad und Prognose des partnergenerierten ARR
forecast_year = Jahr

## partials/scorecard_rows.html
scorecard_rows_exited = ausgeschieden
home_ask_recommendation = { $recommendation }; { $matrix }.
partner_band_note = { $note }.
