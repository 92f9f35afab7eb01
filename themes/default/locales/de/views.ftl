# Die Texte, die der Rust-Code der Website schreibt (Seitentitel, Navigation, Chips,
# Sätze, Diagrammbeschriftungen), auf Deutsch. Alle Messages von locales/en/views.ftl.

## Website und Navigation
v_site_title = Partnerhandbuch { $company }
v_handbook = Handbuch
v_nav_overview = Übersicht
v_nav_strategy = Strategie
v_nav_dashboard = Dashboard
v_nav_thesis = These
v_nav_models = Modelle
v_nav_economics = Wirtschaftlichkeit
v_nav_history = Verlauf
v_nav_partners = Partner
v_nav_landscape = Partnerlandschaft
v_nav_competitors = Wettbewerber
v_nav_tiers = Stufen
v_nav_execution = Umsetzung
v_nav_decisions = Entscheidungen
v_nav_okrs = OKRs
v_nav_roadmap = Roadmap
v_nav_governance = Governance
v_nav_analyses = Analysen
v_nav_near_line = Grenzfälle
v_nav_traceability = Rückverfolgbarkeit
v_nav_reviews = Überfällige Überprüfungen
v_nav_validation = Validierung
v_nav_changes = Änderungen
v_nav_all_pages = Alle { $n } Seiten →
v_title_search = Suche
v_title_not_found = Seite nicht gefunden

## Gemeinsame Wörter
v_yes = Ja
v_no = Nein
v_join = { $first } und { $last }
v_join_sep = {", "}
v_n_of_m = { $n } von { $m }
v_n_of_m_done = { $n } von { $m } erledigt
v_label_count = { $label }: { $n }
v_partners_by_tier = Partner nach Stufe
v_roadmap_year = Roadmap { $year }
v_factor_icp = ICP-Kundenüberschneidung
v_factor_influence = Markteinfluss
v_factor_practice = Ausrichtung der Practice
v_factor_appetite = Partnerschaftsbereitschaft
v_factor_revenue = Umsatzpotenzial
v_factor_weight = Gewicht
v_weight_move = { $factor }: Gewicht { $change }

## Dashboard
v_kpi_north_star_detail = Ziel { $target } ({ $share } von { $arr } ARR) in { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahren
}
v_kpi_no_target = kein Ziel gesetzt
v_kpi_share = Partneranteil am ARR
v_kpi_share_detail = von heute { $arr } ARR; Ziel { $target }
v_kpi_pipeline = Partner-Pipeline
v_kpi_pipeline_detail = jährlich, von { $n ->
    [one] { $n } aktiven oder in Gewinnung befindlichen Partner
   *[other] { $n } aktiven oder in Gewinnung befindlichen Partnern
}
v_kpi_pipeline_detail_target = jährlich, von { $n ->
    [one] { $n } aktiven oder in Gewinnung befindlichen Partner
   *[other] { $n } aktiven oder in Gewinnung befindlichen Partnern
}; Ziel { $target }
v_kpi_priority = Unterzeichnete Prioritätspartner
v_kpi_priority_detail = Partner des Prioritätsbands auf Gold oder Platin
v_kpi_roi = Programm-ROI
v_kpi_roi_detail = Rendite { $return } bei Kosten von { $cost }
v_kpi_on_track = Im Plan für { $year }
v_kpi_on_track_detail = Prognose { $forecast } gegenüber { $required } erforderlich in diesem Jahr
v_kpi_okrs = OKR-Fortschritt
v_kpi_okrs_detail = Durchschnitt aus { $n } gemessenen Schlüsselergebnissen
v_kpi_roadmap_detail = { $at_risk } gefährdet, { $in_progress } in Arbeit
v_bar_progress_to_target = Fortschritt zum Ziel
v_bar_share_against_target = Anteil gegenüber Ziel
v_bar_pipeline_against_target = Pipeline gegenüber Ziel
v_bar_signed_share = unterzeichneter Anteil
v_bar_okr_progress = durchschnittlicher Fortschritt der Schlüsselergebnisse
v_bar_items_done = erledigte Punkte
v_attention_tier_changes = Stufenwechsel ({ $up } hoch, { $down } herab)
v_attention_near_line = Partner nahe einer Bandgrenze
v_attention_at_risk = Gefährdete Roadmap-Punkte
v_attention_untraced = Noch nicht mit Roadmap oder OKRs verknüpft

## Diagramme
v_chart_composition = Score { $score } von 100: { $factors }; sekundär ab { $secondary }, Priorität ab { $priority }
v_chart_factor_points = { $factor } { $points } Punkte
v_chart_factor_points_title = { $factor }: { $points } Punkte
v_chart_distribution = Scores von { $n ->
    [one] { $n } Partner
   *[other] { $n } Partnern
} in 5-Punkte-Klassen; sekundär ab { $secondary }, Priorität ab { $priority }
v_chart_distribution_bins = Scores von { $n ->
    [one] { $n } Partner
   *[other] { $n } Partnern
} in 5-Punkte-Klassen: { $bins }; sekundär ab { $secondary }, Priorität ab { $priority }
v_chart_partners = { $n } Partner
v_chart_rating = Bewertung { $rating } von 100
v_chart_target_point = { $label }: Zielpfad { $value }
v_chart_forecast_point = { $label }: Prognose { $value }
v_chart_forecast_value = Prognose { $value }
v_chart_path = Zielpfad: { $path }
v_chart_path_forecast = Zielpfad: { $path }; Prognose: { $forecast }

## Seitentitel und Beschreibungen
v_title_thesis = Partnerschaftsthese
v_desc_thesis = Warum { $company } auf Partner setzt, mit wem und wie es gemessen wird
v_title_models = Partnerschaftsmodelle
v_desc_models = Die Partnerschaftsmodelle des Programms, ihre Wirtschaftlichkeit und wer sie nutzt
v_title_economics = Wirtschaftlichkeit des Programms
v_desc_economics = Was das Partnerprogramm kostet und einbringt, und die Prognose gegenüber der These
v_title_landscape = Partnerlandschaft
v_desc_landscape = Alle Partner nach Landschaftsstufe, mit der Rangliste der Scores
v_title_competitors = Wettbewerber und Gegenstrategie
v_desc_competitors = Welche Partner unsere Wettbewerber binden und wo wir zuerst gewinnen sollten
v_title_tiers = Stufenmodell
v_desc_tiers = Anforderungen, Leistungen und Verpflichtungen der Stufen sowie die Stufenüberprüfung
v_title_decisions = Entscheidungslog
v_desc_decisions = Entscheidungen für Eigenentwicklung, Partnerschaft oder Übernahme mit Begründung
v_desc_decision = Entscheidung { $kind }: { $title }
v_title_okrs = Ziele und Schlüsselergebnisse
v_desc_okrs = Partnerschafts-OKRs mit Fortschritt gegenüber Ziel
v_desc_roadmap = Die Partnerschafts-Roadmap nach Quartal und die Jahre danach
v_desc_governance = Entscheidungsrechte (RACI) und Executive Sponsors
v_desc_near_line = Partner nahe einer Bandgrenze und wie empfindlich die Bänder auf die Gewichte reagieren
v_desc_traceability = Von den Modellen der These zu OKRs, Roadmap-Punkten, Partnern und Entscheidungen
v_desc_reviews = Entscheidungsüberprüfungen, QBRs und Stufenüberprüfungen nach ihrem Termin
v_title_changes = Änderungen seit { $since }
v_desc_changes = Planänderungen in geschäftlichen Begriffen
v_desc_validation = Was die Regeln im Plan gefunden haben
v_desc_history = Wie sich das Partnerprogramm von Stand zu Stand entwickelt hat

## Suchindex
v_search_kind_page = Seite
v_search_kind_partner = Partner
v_search_kind_decision = Entscheidung
v_search_kind_competitor = Wettbewerber
v_search_kind_handbook = Handbuch
v_search_home = These, Nordstern, KPIs und Validierung
v_search_thesis = Warum wir Partnerschaften eingehen, mit wem und wie es gemessen wird
v_search_models = Empfehlung, Wiederverkauf, Co-Selling, Implementierung, OEM, Joint Venture, Technologieallianz
v_search_economics = Programmkosten, Rendite, ROI, CAC, Aufschlüsselungen und die Prognose gegenüber der These
v_search_landscape_title = Partnerlandschaft und Scorecard
v_search_landscape = Partnerlandschaft A/B/C und die Rangliste der Scores
v_search_competitors = Partnerlandkarte der Wettbewerber
v_search_tiers_title = Stufenmodell und Stufenüberprüfung
v_search_tiers = Platin, Gold, Silber, Registriert; Hoch- und Herabstufungen
v_search_decisions = Entscheidungen für Eigenentwicklung, Partnerschaft oder Übernahme
v_search_okrs = Ziele und Schlüsselergebnisse mit Fortschritt
v_search_governance = RACI-Matrix und Executive Sponsors
v_search_near_line = Partner nahe einer Bandgrenze
v_search_traceability = Modelle der These zu OKRs, Roadmap, Partnern und Entscheidungen
v_search_reviews = Überfällige Entscheidungsüberprüfungen, QBRs und Stufenüberprüfungen
v_search_partner = { $tier } · { $category } · Score { $score } · { $landscape }
v_search_section = Handbuchabschnitt ({ $n } Seiten)

## Analysen
v_days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
v_overdue_decision_review = Entscheidungsüberprüfung
v_overdue_qbr = QBR
v_overdue_tier_review = Stufenüberprüfung
v_trace_plain_kr = { $text } (als reiner Text geschrieben: eine ID vergeben und unter den key_results eines Roadmap-Punkts aufführen)

## Entscheidungen
v_matrix_supported = Gestützt
v_matrix_override = Übersteuert
v_matrix_not_supported = Nicht gestützt
v_cond_core = Kern unserer Produktdifferenzierung
v_cond_capacity = Wir haben Engineering-Kapazität
v_cond_adjacent = Angrenzend an unser Produkt, ergänzend
v_cond_not_core = Nicht Kern der Differenzierung
v_cond_strong_partner = Ein starker Partner bedient unser ICP
v_cond_economics = Die Partnerökonomie ist positiv
v_cond_critical = Entscheidend für die Marktposition
v_cond_build_months = Eigenentwicklung würde > 18 Monate dauern ({ $n } Monate)
v_cond_target = Ein Übernahmeziel im Budget existiert
v_cond_new_market = Markteintritt in eine neue Region oder Branche
v_cond_local_presence = Ein Partner hat Beziehungen und lokale Präsenz
v_branch_jv = { $kind } (mit Prüfung eines Joint Ventures)
v_overdue_by = überfällig seit { $n ->
    [one] { $n } Tag
   *[other] { $n } Tagen
}
v_verdict_supports = Die Matrix stützt { $kind }.
v_verdict_none = Die Matrix stützt bei diesen Kriterien kein Ergebnis; erklärt ist { $kind }.
v_verdict_other = Die Matrix stützt { $supported }, nicht das erklärte { $kind }.
v_or_sep = {" oder "}

## Wirtschaftlichkeit
v_fig_roi = ROI
v_fig_roi_detail = (Rendite − Programmkosten) ÷ Programmkosten
v_fig_program_cost = Programmkosten
v_fig_program_cost_detail = Kostenpositionen + MDF + Partnerauszahlungen, pro Jahr
v_fig_return = Rendite
v_fig_return_detail = { $arr } partnergenerierter ARR × { $margin } Bruttomarge
v_fig_partner_cac = Partner-CAC
v_fig_arr_source = Σ ARR von { $n ->
    [one] { $n } Partner
   *[other] { $n } Partnern
}
v_fig_partner_arr = Partnergenerierter ARR
v_fig_gross_margin = Bruttomarge
v_fig_win_rate = Abschlussquote
v_fig_win_rate_detail = program.win_rate: Anteil der Pipeline, der binnen 12 Monaten abschließt
v_fig_direct_cac = Direkter CAC
v_fig_new_customers = Neukunden über Partner
v_fig_new_customers_detail = Σ new_customers der Partner, letzte 12 Monate
v_not_given = nicht angegeben
v_not_computable = nicht berechenbar
v_cost_mdf = Marketing-Entwicklungsfonds (MDF)
v_cost_payouts = Partnerauszahlungen (Empfehlungsprovisionen, Wiederverkäufermargen)
v_slice_no_model = Kein Modell
v_slice_not_given = Nicht angegeben
v_by_tier = Nach Stufe
v_by_tier_pipeline = Pipeline nach Stufe
v_by_tier_arr = Partnergenerierter ARR nach Stufe
v_by_landscape = Nach Landschaftsstufe
v_by_landscape_pipeline = Pipeline nach Landschaftsstufe
v_by_landscape_arr = Partnergenerierter ARR nach Landschaftsstufe
v_by_model = Nach Modell (erstes genanntes)
v_by_model_pipeline = Pipeline nach Modell (erstes genanntes)
v_by_model_arr = Partnergenerierter ARR nach Modell (erstes genanntes)
v_by_geography = Nach Region (erste genannte)
v_by_geography_pipeline = Pipeline nach Region (erste genannte)
v_by_geography_arr = Partnergenerierter ARR nach Region (erste genannte)

## Verlauf
v_hist_arr_title = Partnergenerierter ARR gegenüber dem Pfad der These
v_hist_required = Erforderlich in diesem Jahr (Pfad der These)
v_hist_pipeline = Pipeline
v_hist_okrs_title = Durchschnittlicher OKR-Fortschritt
v_hist_score_title = Score über die Stände
v_hist_score = Score
v_hist_not_in_plan = nicht im Plan

## Partnerlandschaft
v_band_from = Score ≥ { $score }
v_band_below = unter { $score }
v_factor_short_icp = ICP
v_factor_short_influence = Einfluss
v_factor_short_practice = Practice
v_factor_short_appetite = Bereitschaft
v_factor_short_revenue = Umsatz
v_factor_head = { $factor } (Gewicht { $weight })
v_land_a_title = Strategische Partner
v_land_a_target = Ziel Platin
v_land_b_title = Wachstumspartner
v_land_b_target = Ziel Gold
v_land_c_title = Long-Tail- und registrierte Partner
v_land_c_target = Silber oder Registriert

## OKRs und Roadmap
v_bar_objective_progress = Fortschritt des Ziels
v_bar_kr_progress = Fortschritt des Schlüsselergebnisses
v_kr_not_measured = Nicht gemessen
v_kr_achieved = ✓ Erreicht
v_quarter_status = Status der Punkte { $quarter }
v_quarter_summary = { $done } von { $n ->
    [one] { $n } Punkt
   *[other] { $n } Punkten
} erledigt

## Partnerseiten
v_crumb_landscape = Partnerlandschaft { $landscape }
v_chip_locked = An einen Wettbewerber gebunden
v_chip_inbound = Eingehend
v_note_above_priority = { $points } Punkte über der Prioritätsgrenze ({ $line })
v_note_below_priority = { $points } Punkte unter der Prioritätsgrenze ({ $line })
v_note_above_secondary = { $points } Punkte über der Sekundärgrenze ({ $line })
v_note_below_secondary = { $points } Punkte unter der Sekundärgrenze ({ $line })
v_sensitivity = { $change }: würde von { $from } zu { $to } wechseln ({ $score })
v_fact_category = Kategorie
v_fact_practice = Practice
v_fact_geography = Region
v_fact_models = Modelle
v_none = Keine
v_fact_current_tier = Aktuelle Stufe
v_fact_target_tier = Zielstufe
v_fact_pipeline = Jährliche Pipeline
v_fact_certified = Zertifizierte Personen
v_fact_dedicated_practice = Eigene Practice
v_fact_mdf = MDF pro Jahr
v_fact_pam = Unser PAM
v_fact_terms = Kommerzielle Konditionen
v_fact_last_qbr = Letzter QBR
v_fact_last_tier_review = Letzte Stufenüberprüfung
v_counter_locked = An { $competitors } gebunden: ein Gegennarrativ entwickeln und benachbarte Partner ansprechen.
v_counter_available = Verfügbar: Kein Wettbewerber bindet diesen Partner. Zuerst gewinnen.
v_counter_contested = Unterversorgt: von { $n ->
    [one] { $n } Wettbewerber
   *[other] { $n } Wettbewerbern
} ohne Exklusivität gehalten. Als Nächstes gewinnen.
v_role_considered = Als Partner erwogen
v_role_mentioned = In der Begründung erwähnt
v_overdue_line = { $kind } war fällig am { $date } ({ $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
} überfällig)

## Stufeneignung, Verpflichtungen und Stufen
v_fit_not_recorded = nicht erfasst
v_fit_commitments = Verpflichtungen
v_fit_commitments_value = Plan { $plan }, { $n } GTM-Aktivitäten
v_req_yes = ja
v_req_signed = unterzeichnet
v_commit_jbp = Gemeinsamer Businessplan
v_commit_qbr = Quartalsweiser Business Review
v_commit_gtm = Gemeinsame GTM-Aktivitäten pro Jahr
v_commit_pam = Benannter PAM beim Partner
v_req_gtm = Gemeinsame GTM-Aktivitäten
v_req_gtm_value = ≥ { $n } pro Jahr
v_req_cadence = Überprüfungsrhythmus
v_req_deal_registration = Deal-Registrierung
v_req_deal_registration_value = innerhalb von { $n ->
    [one] { $n } Werktag
   *[other] { $n } Werktagen
}
v_req_pam = Partner pro PAM
v_req_pam_value = höchstens { $n }

## These
v_rationale_market_velocity_gap = Lücke in der Marktgeschwindigkeit
v_rationale_credibility_gap = Glaubwürdigkeitslücke
v_rationale_delivery_gap = Lieferlücke
v_rationale_geographic_gap = Geografische Lücke
v_rationale_cost_efficiency = Kosteneffizienz
v_rationale_competitive_pressure = Wettbewerbsdruck

## Das Skript der Website
v_js_no_results_for = Keine Ergebnisse für „%q“
v_js_loading = Wird geladen…
v_js_all_results = Alle Ergebnisse →
v_js_no_results = Keine Ergebnisse.
v_js_scrolls = Tabelle, seitlich scrollbar
v_js_anchor = Link zu diesem Abschnitt
