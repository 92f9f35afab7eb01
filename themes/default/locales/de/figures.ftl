# Die Texte der Seiten Wirtschaftlichkeit, Stufen, Wettbewerber, Verlauf und Rückverfolgbarkeit
# (Deutsch). Alle Messages von locales/en/figures.ftl; Messages, die mit `| safe` gelesen
# werden (siehe dort), enthalten kein `&`, `<` oder `>`.

## economics.html
economics_eyebrow = Strategie
economics_title = Wirtschaftlichkeit des Programms
economics_lede = Was das Partnerprogramm von { $company } kostet, was es einbringt und ob es auf Kurs zum Ziel der These ist.
economics_figures_label = Kennzahlen
economics_forecast_title = Prognose gegenüber der These
economics_costs_title = Programmkosten
economics_costs_gap = Die Programmkosten sind nicht angegeben: { $gap } (jährliche Kostenpositionen wie Team, Plattform, Events).
economics_cost_line = Kostenposition
economics_per_year = Pro Jahr
economics_share = Anteil
economics_inputs_title = Eingangswerte
economics_tiers_title = Wirtschaftlichkeit nach Stufe
economics_tier = Stufe
economics_partners = Partner
economics_pipeline = Pipeline
economics_arr = ARR
economics_return = Ertrag
economics_mdf = MDF
economics_payouts = Auszahlungen
economics_new_customers = Neukunden
economics_tiers_note = Pipeline: aktive Partner und Partner in der Gewinnung; ARR und Auszahlungen: alle Partner; MDF: alle nicht ausgeschiedenen Partner. Ertrag ist ARR × Bruttomarge.
economics_partners_title = MDF und Auszahlungen nach Partner
economics_partner = Partner
economics_payout_rate = Auszahlungssatz
economics_payout = Auszahlung
economics_partner_cost = Partnerkosten
economics_breakdowns_title = Wo Pipeline und ARR entstehen
economics_sourced_arr = Über Partner gewonnener ARR

## tiers.html
tiers_eyebrow = Partner
tiers_title = Stufenmodell
tiers_lede = Was jede Stufe voraussetzt und bietet, wer heute auf welcher Stufe ist und welche Auf- und Abstiege sich aus dem Plan ergeben.
tiers_annual_pipeline = Pipeline pro Jahr
tiers_no_pipeline_target = Kein Pipeline-Ziel
tiers_benefits = Leistungen
tiers_commitments = Verpflichtungen
tiers_partners = Partner
tiers_more = und { $n } weitere
tiers_none_yet = Noch keine.
tiers_targeting = { $n ->
    [one] { $n } Partner strebt diese Stufe an.
   *[other] { $n } Partner streben diese Stufe an.
}
tiers_review_title = Stufenüberprüfung
tiers_review_lede = Abgeleitet aus Pipeline, Zertifizierung und Verpflichtungen im Abgleich mit den Anforderungen jeder Stufe.
tiers_promotions = Aufstiege
tiers_no_promotions = Keine Aufstiege.
tiers_demotions = Abstiege
tiers_no_demotions = Keine Abstiege.
tiers_pams_title = PAM-Auslastung
tiers_pam = Partner Account Manager
tiers_platinum = Platinum
tiers_gold = Gold
tiers_gold_limit = Gold-Limit
tiers_capacity = Kapazität
tiers_over_capacity = Überlastet

## competitors.html
competitors_eyebrow = Partner
competitors_title = Wettbewerber und Gegenstrategie
competitors_lede = Welche Partner unsere Wettbewerber unter Vertrag haben, welche noch verfügbar sind und wie wir eine gebundene Firma umgehen.
competitors_counter_title = Gegenstrategie
competitors_recruit_first = Zuerst gewinnen
competitors_available = Verfügbar
competitors_available_lede = An keinen Wettbewerber gebunden, noch zu gewinnen. Höchster Score zuerst.
competitors_more = und { $n } weitere in der
competitors_more_link = Scorecard
competitors_more_end = {""}
competitors_none = Keine.
competitors_recruit_next = Als Nächstes gewinnen
competitors_contested = Unterversorgt
competitors_contested_lede = Mit einem Wettbewerber verbunden, aber nicht exklusiv.
competitors_held_by = verbunden mit
competitors_go_around = Umgehen
competitors_locked = Gebunden
competitors_locked_lede = Exklusiv an einen Wettbewerber gebunden: Gegenargumente aufbauen, benachbarte Partner ansprechen.
competitors_alternatives = Alternativen:
competitors_map_title = Partnerlandkarte der Wettbewerber
competitors_partner_count = { $n } Partner
competitors_exclusive_count = { $n } exklusiv
competitors_partner = Partner
competitors_our_tier = Unsere Stufe
competitors_model = Modell
competitors_strength = Wahrgenommene Stärke
competitors_exclusivity = Exklusivität
competitors_exclusive = Exklusiv
competitors_not_tracked = (nicht erfasst)

## history.html
history_eyebrow = Strategie
history_title = Verlauf
history_lede = Wie sich das Partnerprogramm entwickelt hat, gelesen aus der Git-Historie des Plans: die Stände bei { $found }, dann heute.
history_note = Hinweis:
history_since_title = Seit dem letzten Board-Meeting ({ $since })
history_since_rebuilt = Der Plan entspricht dem Stand des Tags { $rebuilt_at }; dies sind die Änderungen seit { $since }, dem Snapshot davor.
history_since_none = Keine Änderungen am Plan seit { $since }.
history_no_snapshot_before = Noch kein früherer Snapshot zum Vergleich: Die Diagramme erscheinen, sobald der Plan einen Commit vor einem Quartalsende hat oder ein Tag, auf den
history_no_snapshot_after = passt.
history_table_title = Die Zahlen
history_not_given = Nicht im Diagramm, weil kein Snapshot den Wert enthält: { $figures }.
history_snapshot = Snapshot
history_date = Datum
history_commit = Commit
history_partner_arr = Partner-ARR
history_required = In diesem Jahr erforderlich
history_pipeline = Pipeline
history_program_cost = Programmkosten
history_roi = ROI
history_okrs = OKR-Fortschritt
history_tiers = Stufen P / G / S / R / Interessent
history_check = Prüfung
history_skipped = Übersprungene Revisionen

## traceability.html
traceability_objective = Ziel
traceability_kr = KR
traceability_no_roadmap_item = Kein Roadmap-Eintrag
traceability_roadmap = Roadmap
traceability_eyebrow = Analyse
traceability_title = Rückverfolgbarkeit
traceability_lede = Von den priorisierten Modellen der These zu den Zielen, die ihnen dienen, ihren Schlüsselergebnissen, den Roadmap-Einträgen, die sie voranbringen, und den beteiligten Partnern und Entscheidungen.
traceability_orphans_title = Verwaiste Elemente
traceability_orphan_platinum = Platinum-Partner ohne Roadmap-Eintrag
traceability_none = Keine.
traceability_orphan_key_results = Schlüsselergebnisse ohne Roadmap-Eintrag
traceability_orphan_models = Modelle ohne Ziel
traceability_tree_title = Von der These zur Umsetzung
traceability_model = Modell
traceability_no_objective = Kein Ziel dient diesem Modell.
traceability_objectives = Ziele
traceability_unlinked = keinem Modell der These zugeordnet
