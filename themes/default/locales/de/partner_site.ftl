# Die Partner-Website auf Deutsch (vollständig gegenüber locales/en/partner_site.ftl).
# „Sie“ ist der Partner, „wir“ das Unternehmen, das das Programm führt.

## Layout und Navigation
ps_site_title = { $company } – Partnerseite für { $partner }
ps_footer_prepared = Für { $partner } erstellt von { $company }
ps_footer_as_of = Zahlen mit Stand { $date }
ps_nav_partnership = Ihre Partnerschaft
ps_nav_overview = Übersicht
ps_nav_tiers = Partnerstufen
ps_nav_handbook = Partnerhandbuch

## Die Seite des Partners
ps_eyebrow = Ihre Partnerschaft
ps_lede = { $tier }-Partner von { $company }
ps_lede_prospect = Möglicher Partner von { $company }
ps_score = Partner-Score
ps_figures = Kennzahlen
ps_pipeline = Jährliche Pipeline
ps_arr = ARR
ps_mdf = MDF pro Jahr
ps_next_qbr = Nächstes Business Review
ps_not_recorded = Nicht erfasst
ps_next_tier = Ihre nächste Stufe
ps_requirement = Anforderung
ps_you_have = Sie haben
ps_tier_needs = Stufe verlangt
ps_status = Stand
ps_met = Erfüllt
ps_framework_link = Die Partnerstufen
ps_distance_summary = Sie erfüllen { $met } von { $n ->
    [one] { $n } Anforderung
   *[other] { $n } Anforderungen
} für { $tier }.
ps_distance_ready = Sie erfüllen jede Anforderung für { $tier }: Sprechen wir über den Aufstieg.
ps_distance_top = { $tier } ist unsere höchste Stufe.
ps_at_least = mindestens { $value }
ps_missing_money = { $amount } mehr pro Jahr
ps_missing_count = { $n } mehr
ps_missing_yes = Noch nicht
ps_missing_plan = Noch zu unterzeichnen
ps_commitments = Ihre Verpflichtungen
ps_tier_commits = Was Ihre Stufe verlangt
ps_benefits = Leistungen Ihrer Stufe
ps_no_benefits = Für Ihre Stufe sind noch keine Leistungen aufgeführt.
ps_pages = Handbuchseiten für Partner
ps_profile = Profil
ps_fact_tier = Stufe
ps_fact_status = Status
ps_fact_pam = Ihr Partner Account Manager
ps_fact_last_qbr = Letztes Business Review
ps_sponsors = Executive Sponsors
ps_your_executive = Ihre Führungskraft
ps_our_executive = Unsere Führungskraft
ps_cadence = Rhythmus
ps_no_sponsors = Noch keine Executive Sponsors benannt.
ps_roadmap = Gemeinsame Roadmap
ps_no_roadmap = Noch keine gemeinsamen Roadmap-Punkte.
ps_due = fällig { $due }

## Anforderungen und Verpflichtungen
ps_req_certified_individuals = Zertifizierte Personen
ps_req_dedicated_practice = Eigene Practice
ps_req_joint_business_plan = Gemeinsamer Businessplan
ps_req_qbr = Quartalsweise Business Reviews
ps_req_named_pam = Benannter Partnermanager auf Ihrer Seite
ps_req_gtm_activities = Gemeinsame Go-to-Market-Aktivitäten pro Jahr
ps_per_year = mindestens { $n } pro Jahr
ps_review_cadence = Business Review

## Die Partnerstufen
ps_tiers_eyebrow = Partnerprogramm
ps_tiers_title = Partnerstufen
ps_tiers_lede = Was jede Stufe von einem Partner verlangt und was sie bietet.
ps_your_tier = Ihre Stufe
ps_annual_pipeline = jährliche Pipeline
ps_no_pipeline_target = Kein Pipeline-Ziel
ps_benefits_short = Leistungen
ps_commitments_short = Verpflichtungen

## Handbuchseiten
ps_page_eyebrow = Partnerhandbuch
