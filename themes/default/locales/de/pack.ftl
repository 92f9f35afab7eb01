# Die Texte der Board-Unterlage auf Deutsch. Alle Messages von locales/en/pack.ftl.
pack_contents = Inhalt
pack_page_of = Seite { $page } von { $pages }

## Dokument, Deckblatt und Anhang
pack_title = { $company } — Board-Unterlage Partnerschaften
pack_subject = Plan des Partnerprogramms { $year }: Zusammenfassung für den Vorstand, These, Wirtschaftlichkeit, Partnerlandschaft, Stufen, Entscheidungen, OKRs und Roadmap
pack_keyword_partnerships = Partnerschaften
pack_keyword_board_pack = Board-Unterlage
pack_running_header = { $company } · Board-Unterlage Partnerschaften · { $date }
pack_cover_title = Board-Unterlage Partnerschaften
pack_cover_subtitle = Partnerprogramm { $year } · Nordstern: { $north_star }
pack_cover_meeting = Vorstandssitzung am { $date }
pack_cover_figures_as_of = Zahlen mit Stand vom { $date }
pack_cover_commit = Erstellt aus Commit { $commit }
pack_cover_partners = { $n } Partner
pack_cover_partners_exited = { $n } Partner (und { $exited } ausgeschieden)
pack_cover_decisions = { $n ->
    [one] { $n } Entscheidung
   *[other] { $n } Entscheidungen
}
pack_cover_objectives = { $n ->
    [one] { $n } Ziel
   *[other] { $n } Ziele
}
pack_purpose_decision = { $n ->
    [0] Entscheidung: keine
    [one] Entscheidung: { $n } Punkt
   *[other] Entscheidung: { $n } Punkte
}
pack_purpose_approval = Genehmigung: { $n } Stufenwechsel
pack_purpose_noting = { $n ->
    [one] Kenntnisnahme: Scorecard, { $n } Risiko
   *[other] Kenntnisnahme: Scorecard, { $n } Risiken
}
pack_appendix = Anhang
pack_appendix_lead = Details zum Hauptteil der Unterlage, zum Nachschlagen.
pack_list_sep = {", "}
pack_more = … und { $n } weitere, aufgeführt im Handbuch.

## Zusammenfassung für den Vorstand
pack_board_summary = Zusammenfassung für den Vorstand
pack_scorecard_title = Scorecard gegenüber dem Plan { $year }
pack_col_measure = Kennzahl
pack_col_actual = Ist
pack_col_plan = Plan
pack_col_variance = Abweichung
pack_col_since = Seit { $since }
pack_col_status = Status
pack_status_note = Status: der Ist-Wert als Anteil des bis zur Sitzung am { $date } fälligen Plans (● im Plan ab { $at_risk }, ▲ gefährdet darunter, ■ nicht im Plan unter { $off_track }); ein Plan mit Fälligkeitsdatum verläuft linear vom 1. Januar bis zu seinem Ziel.
pack_for_decision = Zur Entscheidung
pack_no_asks = Keine in dieser Sitzung.
pack_asks_more = { $n } weitere: Alle Anliegen stehen im Anhang (Anliegen an den Vorstand).
pack_asks_title = Anliegen an den Vorstand
pack_col_item = Punkt
pack_col_what_and_why = Was und warum
pack_col_recommendation = Empfehlung
pack_risks = Risiken
pack_no_risks = Keine Risiken für diese Sitzung.
pack_risks_more = Die { $shown } schwersten von { $total }; das Risikoregister im Anhang führt alle auf.
pack_risk_register = Risikoregister
pack_col_risk = Risiko
pack_col_owner = Verantwortlich
pack_col_severity = Schwere

## These und Kennzahlen
pack_thesis_title = These und Kennzahlen
pack_thesis_lead = Die These, an der das Programm gemessen wird, und seine Kennzahlen gegenüber dem { $years }-Jahres-Ziel.
pack_key_figures = Kennzahlen
pack_tile_change = { $caption } · { $change } seit { $since }
pack_tile_north_star = Nordstern · { $label }
pack_tile_no_target = kein Ziel gesetzt
pack_tile_target_within = Ziel { $target } in { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahren
}
pack_tile_target = Ziel { $target }
pack_tile_pipeline = Über Partner gewonnene Pipeline
pack_tile_pipeline_caption = aktive Partner und Partner in der Gewinnung
pack_tile_share = Partneranteil am ARR
pack_share_caption = Ziel { $target } in { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahren
}
pack_share_caption_now = von { $now } ARR; Ziel { $target } in { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahren
}
pack_share_caption_of = Ziel { $target } von { $of } in { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahren
}
pack_share_caption_now_of = von { $now } ARR; Ziel { $target } von { $of } in { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahren
}
pack_tile_priority = Prioritätsziele
pack_tile_priority_caption = { $n } auf Gold oder höher unter Vertrag
pack_tile_company_arr = ARR des Unternehmens
pack_changes_title = Was sich seit { $since } geändert hat
pack_no_changes = Keine Änderungen am Plan.

## Seit der letzten Vorstandssitzung, Verlauf
pack_since_title = Seit der letzten Vorstandssitzung
pack_since_lead_tagged = Der Plan entspricht dem Stand des Tags { $at }; das hat sich seit { $since }, dem Snapshot davor, bewegt.
pack_since_lead = Was sich im Plan von { $since } bis zu dieser Unterlage bewegt hat.
pack_since_none = Im Plan hat sich nichts geändert.
pack_trend = Verlauf
pack_trend_lead = Die Zahlen des Plans bei { $found }, dann heute, gelesen aus seiner Git-Historie.
pack_trend_not_given = { $figure }: in keinem Snapshot angegeben.
pack_trend_required = In diesem Jahr erforderlich (Pfad der These)
pack_trend_arr_chart = Über Partner gewonnener ARR gegenüber dem Pfad der These
pack_trend_arr = Über Partner gewonnener ARR
pack_trend_pipeline_chart = Partner-Pipeline
pack_trend_pipeline = Pipeline
pack_trend_okr_chart = Durchschnittlicher OKR-Fortschritt
pack_trend_okr = OKR-Fortschritt
pack_trend_roi_chart = Programm-ROI
pack_trend_roi = ROI
pack_trend_numbers = Die Zahlen
pack_trend_skipped = { $snapshot }: nicht gezeigt, { $reason }
pack_col_snapshot = Snapshot
pack_col_date = Datum
pack_col_partner_arr = Partner-ARR
pack_col_cost = Kosten
pack_col_roi = ROI
pack_col_okrs = OKRs
pack_col_tiers_compact = Stufen P/G/S/R/I
pack_col_check = Prüfung

## Wirtschaftlichkeit des Programms
pack_economics_title = Wirtschaftlichkeit des Programms
pack_tile_program_cost = Programmkosten
pack_tile_program_cost_caption = pro Jahr: Kostenpositionen, MDF und Auszahlungen an Partner
pack_tile_return = Ertrag
pack_tile_return_caption = { $arr } ARR × { $margin } Bruttomarge
pack_tile_roi = Programm-ROI
pack_tile_roi_caption = Ertrag { $return } bei Kosten von { $cost }
pack_tile_partner_cac = Partner-CAC
pack_tile_partner_cac_caption = Programmkosten ÷ { $n } Neukunden
pack_tile_direct_cac = Direkter CAC
pack_tile_direct_cac_caption = Kosten pro Kunde im Direktvertrieb
pack_tile_verdict = Im Plan für { $year }
pack_tile_verdict_on_track = Prognose { $forecast } ≥ { $required } erforderlich in { $year }
pack_tile_verdict_short = { $shortfall } unter den erforderlichen { $required }
pack_forecast_title = Prognose gegenüber der These: { $verdict }
pack_forecast_basis = Prognose = { $basis }.
pack_closing_gap = Um die Lücke zu schließen, braucht es { $pipeline } mehr Pipeline von aktiven Partnern und Partnern in der Gewinnung bei einer Abschlussquote von { $win_rate }.
pack_target_path = Zielpfad und Prognose
pack_target_path_chart = Über Partner gewonnener ARR: Zielpfad und Prognose ({ $unit })
pack_path_now = Heute
pack_path_end_of = Ende { $year }
pack_bar_target = { $label } · Ziel
pack_bar_forecast = { $label } · Prognose
pack_program_cost = Programmkosten
pack_cost_mdf = Marketing-Entwicklungsfonds (MDF)
pack_cost_payouts = Auszahlungen an Partner (Vermittlungsprovisionen, Wiederverkäufermargen)
pack_program_cost_gap = Die Programmkosten sind nicht angegeben: { $gap } (jährliche Kostenpositionen wie Team, Plattform, Events).
pack_col_cost_line = Kostenposition
pack_col_per_year = Pro Jahr
pack_col_share = Anteil
pack_economics_by_tier = Wirtschaftlichkeit nach Stufe
pack_economics_by_tier_note = Pipeline: aktive Partner und Partner in der Gewinnung; ARR und Auszahlungen: alle Partner; MDF: alle nicht ausgeschiedenen Partner. Ertrag ist ARR × Bruttomarge.
pack_col_tier = Stufe
pack_col_partners = Partner
pack_col_pipeline = Pipeline
pack_col_arr = ARR
pack_col_return = Ertrag
pack_col_mdf = MDF
pack_col_payouts = Auszahlungen
pack_breakdowns_title = Wo Pipeline und ARR entstehen
pack_by_tier = Nach Stufe
pack_by_landscape = Nach Partnerlandschaft
pack_by_model = Nach Modell (erstgenanntes)
pack_by_geography = Nach Region (erstgenannte)
pack_pipeline_by_tier = Pipeline nach Stufe ({ $unit })
pack_pipeline_by_landscape = Pipeline nach Partnerlandschaft ({ $unit })
pack_pipeline_by_model = Pipeline nach Modell, erstgenanntes ({ $unit })
pack_pipeline_by_geography = Pipeline nach Region, erstgenannte ({ $unit })
pack_arr_by_tier = Über Partner gewonnener ARR nach Stufe ({ $unit })
pack_arr_by_landscape = Über Partner gewonnener ARR nach Partnerlandschaft ({ $unit })
pack_arr_by_model = Über Partner gewonnener ARR nach Modell, erstgenanntes ({ $unit })
pack_arr_by_geography = Über Partner gewonnener ARR nach Region, erstgenannte ({ $unit })

## Partnerlandschaft und Scorecard
pack_landscape_title = Partnerlandschaft
pack_landscape_lead = { $targets } von { $ranked } bewerteten Partnern liegen in der Prioritätsklasse und sind für uns verfügbar; { $signed } davon { $signed ->
    [one] ist
   *[other] sind
} auf Gold oder höher unter Vertrag.
pack_landscape_lead_locked = { $targets } von { $ranked } bewerteten Partnern liegen in der Prioritätsklasse und sind für uns verfügbar; { $signed } davon { $signed ->
    [one] ist
   *[other] sind
} auf Gold oder höher unter Vertrag; { $locked } weitere { $locked ->
    [one] ist
   *[other] sind
} an einen Wettbewerber gebunden und nicht mitgezählt.
pack_col_landscape = Partnerlandschaft
pack_col_tier_target = Zielstufe
pack_col_average_score = Durchschnittlicher Score
pack_ranked_scorecard = Scorecard nach Rang
pack_chart_top = Attraktivitätsscore, die { $n } besten Partner
pack_threshold = { $band } { $score }
pack_full_scorecard_note = Die vollständige Scorecard aller { $n } bewerteten Partner und die Partner nahe einer Klassengrenze stehen im Anhang.
pack_exited_note = Ausgeschieden (nicht bewertet, nicht gezählt): { $names }.
pack_col_partner = Partner
pack_col_land = PL
pack_col_tier_to_target = Stufe → Ziel
pack_col_score = Score
pack_col_band = Klasse
pack_factor_icp_overlap = Überschneidung mit dem ICP
pack_factor_market_influence = Markteinfluss
pack_factor_practice_alignment = Passung der Practice
pack_factor_partnership_appetite = Partnerschaftsinteresse
pack_factor_revenue_potential = Umsatzpotenzial
pack_factor_short_icp_overlap = ICP
pack_factor_short_market_influence = Einf
pack_factor_short_practice_alignment = Prac
pack_factor_short_partnership_appetite = Int
pack_factor_short_revenue_potential = Ums
pack_full_scorecard = Vollständige Scorecard
pack_scorecard_formula = Attraktivität = ICP-Überschneidung × { $w1 } + Markteinfluss × { $w2 } + Passung der Practice × { $w3 } + Partnerschaftsinteresse × { $w4 } + Umsatzpotenzial × { $w5 }. Priorität ≥ { $priority }, sekundär ≥ { $secondary }.
pack_near_line = Grenzfälle
pack_near_line_note = Partner, die weniger als 3 Punkte von einer Klassengrenze entfernt sind, und Partner, deren Klasse sich ändern würde, wenn sich ein Gewicht um 5 Punkte verschiebt (die übrigen Gewichte so skaliert, dass die Summe 100 bleibt).
pack_near_line_none = Kein Partner liegt weniger als 3 Punkte von einer Grenze entfernt.
pack_col_threshold = Grenze
pack_col_distance = Abstand
pack_weight_change = { $factor } { $delta } Punkte
pack_col_weight_change = Gewichtsänderung
pack_col_band_change = Klassenwechsel
pack_col_new_score = Neuer Score

## Stufenmodell
pack_tiers_title = Stufenmodell
pack_tiers_none = Der Plan hat kein Stufenmodell.
pack_tiers_lead = { $platinum } Platin-, { $gold } Gold-, { $silver } Silber- und { $registered } registrierte Partner; die Stufenüberprüfung empfiehlt { $promotions ->
    [one] { $promotions } Aufstieg
   *[other] { $promotions } Aufstiege
} und { $demotions ->
    [one] { $demotions } Abstieg
   *[other] { $demotions } Abstiege
}.
pack_required = Erforderlich
pack_col_annual_pipeline = Pipeline pro Jahr
pack_col_certified = Zertifiziert
pack_col_dedicated_practice = Eigene Practice
pack_col_mdf_per_year = MDF / Jahr
pack_col_gtm_per_year = GTM / Jahr
pack_col_review = Überprüfung
pack_col_benefits = Leistungen
pack_col_commitments = Verpflichtungen
pack_tier_review = Stufenüberprüfung
pack_tier_review_none = Pipeline, Zertifizierung und Verpflichtungen jedes Partners stützen seine aktuelle Stufe.
pack_promote = Aufstieg: { $from } → { $to }
pack_demote = Abstieg: { $from } → { $to }
pack_col_reason = Begründung

## Wettbewerber
pack_competition_title = Partnerlandkarte der Wettbewerber
pack_competition_lead = { $competitors ->
    [one] { $competitors } Wettbewerber erfasst seine Partner
   *[other] { $competitors } Wettbewerber erfassen ihre Partner
}: { $held } unserer { $tracked } erfassten Partner arbeiten mit einem Wettbewerber, { $locked } davon { $locked ->
    [one] ist
   *[other] sind
} gebunden; { $free ->
    [one] { $free } Partner ist frei
   *[other] { $free } Partner sind frei
} und zuerst zu gewinnen.
pack_counter_strategy = Gegenstrategie
pack_recruit_first = Zuerst gewinnen: verfügbar und an keinen Wettbewerber gebunden
pack_recruit_first_none = Kein unumkämpfter Interessent.
pack_recruit_next = Als Nächstes gewinnen: mit einem Wettbewerber verbunden, aber nicht exklusiv
pack_recruit_next_none = Kein umkämpfter Interessent.
pack_locked_title = An einen Wettbewerber gebunden: benachbarte Partner ansprechen
pack_locked_none = Kein Partner ist an einen Wettbewerber gebunden.
pack_scored_name = { $name } ({ $score })
pack_col_locked_partner = Gebundener Partner
pack_col_competitor = Wettbewerber
pack_col_adjacent_alternatives = Benachbarte Alternativen
pack_competitor_map = Partnerlandkarte der Wettbewerber
pack_col_model = Modell
pack_col_perceived_strength = Wahrgenommene Stärke
pack_col_exclusive = Exklusiv
pack_locked = Gebunden
pack_open = Offen
pack_competitor_omitted = { $n } weitere von { $competitor }
pack_competitor_omitted_note = { $limit } Partner je Wettbewerber gezeigt; { $omitted } stehen im Handbuch.

## Entscheidungsprotokoll
pack_decisions_title = Entscheidungsprotokoll
pack_decisions_lead = { $active ->
    [one] { $active } Entscheidung gilt
   *[other] { $active } Entscheidungen gelten
}, { $proposed } { $proposed ->
    [one] liegt
   *[other] liegen
} dieser Sitzung vor; die Matrix aus Entwickeln, Partnerschaft und Übernahme stützt jede geltende Entscheidung. Die Begründungen stehen im Anhang.
pack_decisions_lead_unsupported = { $active ->
    [one] { $active } Entscheidung gilt
   *[other] { $active } Entscheidungen gelten
}, { $proposed } { $proposed ->
    [one] liegt
   *[other] liegen
} dieser Sitzung vor; die Matrix stützt { $unsupported ->
    [one] { $unsupported } Entscheidung
   *[other] { $unsupported } Entscheidungen
} nicht. Die Begründungen stehen im Anhang.
pack_decision_build = Selbst entwickeln
pack_decision_partner = Partnerschaft
pack_decision_acquire = Übernahme
pack_matrix_supports = Bestätigt: { $decision }
pack_matrix_suggests = Empfiehlt: { $decision }
pack_matrix_none = Kein Zweig greift
pack_col_id = ID
pack_col_capability = Fähigkeit / Markt
pack_col_decision = Entscheidung
pack_col_matrix = Matrix
pack_rationales_title = Begründung der geltenden und vorgeschlagenen Entscheidungen
pack_col_rationale = Begründung
pack_partner_considered = Betrachteter Partner: { $partner }

## OKR-Fortschritt und Roadmap
pack_okr_title = OKR-Fortschritt
pack_okr_lead = Die { $measured } gemessenen Schlüsselergebnisse haben im Schnitt { $progress } des Wegs zurückgelegt; { $behind ->
    [one] { $behind } liegt hinter dem Tempo, das sein Ziel verlangt.
   *[other] { $behind } liegen hinter dem Tempo, das ihr Ziel verlangt.
}
pack_okr_none = Noch ist kein Schlüsselergebnis gemessen: Geben Sie Schlüsselergebnissen ein Ziel und einen aktuellen Wert.
pack_okr_rollup = { $shape } { $status } · im Schnitt { $progress } des Wegs über { $measured } gemessene Schlüsselergebnisse
pack_okr_rollup_owner = { $shape } { $status } · im Schnitt { $progress } des Wegs über { $measured } gemessene Schlüsselergebnisse · verantwortlich: { $owner }
pack_kr_from_to = von { $baseline } auf { $target }: jetzt { $current }, { $progress } des Wegs
pack_kr_of = { $current } von { $target }, { $progress }
pack_kr_due = fällig { $date }
pack_kr_not_measured = { $kr } (nicht gemessen)
pack_roadmap_title = Roadmap { $year }
pack_roadmap_lead = { $done } von { $items } Einträgen erledigt, { $in_progress } in Arbeit und { $at_risk } gefährdet.
pack_roadmap_beyond = Nach { $year }: die mehrjährige Roadmap
pack_item_in_progress = { $title } (in Arbeit)
pack_item_done = { $title } (erledigt)
pack_item_at_risk = { $title } (gefährdet)
pack_item_dropped = { $title } (gestrichen)
pack_traceability = Rückverfolgbarkeit
pack_trace_platinum = Platin-Partner { $partner } kommt in keinem Roadmap-Eintrag vor
pack_trace_key_result = Schlüsselergebnis „{ $kr }“ hat keinen Roadmap-Eintrag
pack_trace_model = Dem Modell { $model } der These dient kein Ziel
pack_trace_none = Jeder Platin-Partner und jedes Schlüsselergebnis wird von der Roadmap getragen.

## Governance
pack_governance = Governance
pack_governance_lead_all = Jeder Platin-Partner ({ $platinum }) hat einen Executive Sponsor; keine Überprüfung ist überfällig. Die RACI-Matrix steht im Anhang.
pack_governance_lead_all_overdue = Jeder Platin-Partner ({ $platinum }) hat einen Executive Sponsor; { $overdue ->
    [one] { $overdue } Überprüfung ist
   *[other] { $overdue } Überprüfungen sind
} überfällig. Die RACI-Matrix steht im Anhang.
pack_governance_lead_some = { $sponsored } von { $platinum } Platin-Partnern haben einen Executive Sponsor; keine Überprüfung ist überfällig. Die RACI-Matrix steht im Anhang.
pack_governance_lead_some_overdue = { $sponsored } von { $platinum } Platin-Partnern haben einen Executive Sponsor; { $overdue ->
    [one] { $overdue } Überprüfung ist
   *[other] { $overdue } Überprüfungen sind
} überfällig. Die RACI-Matrix steht im Anhang.
pack_raci = RACI
pack_raci_note = R = Responsible (durchführend), A = Accountable (verantwortlich), C = Consulted (konsultiert), I = Informed (informiert).
pack_sponsors = Executive Sponsors
pack_col_partner_executive = Führungskraft beim Partner
pack_col_our_counterpart = Unser Gegenüber
pack_col_cadence = Rhythmus
pack_overdue = Überfällige Überprüfungen
pack_overdue_none = Keine Überprüfung ist überfällig.
pack_overdue_decision_review = Entscheidungsüberprüfung
pack_overdue_qbr = QBR
pack_overdue_tier_review = Stufenüberprüfung
pack_col_subject = Gegenstand
pack_col_was_due = Fällig am
pack_col_late_by = Verzug
pack_days_late = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
