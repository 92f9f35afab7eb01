# Das QBR-Paket für den Partner (src/qbr/partner_facing.rs): nur, was der Partner sehen darf.
qbrp_subject = Quarterly Business Review von {$partner} mit {$company}
qbrp_footer = Erstellt für {$partner} von {$company}
qbrp_cover_subtitle = Erstellt für {$partner} von {$company}
qbrp_as_of = Zahlen zum {$date}
qbrp_next = Nächster QBR: {$date}
qbrp_col_you_have = Ihr Stand
qbrp_your_tier = Ihre Stufe: {$tier}
qbrp_joint_plan = Unser gemeinsamer Plan
qbrp_roadmap_none = Noch kein gemeinsamer Roadmap-Punkt: Vereinbaren wir den ersten in diesem QBR.
qbrp_sponsors_none = Noch keine Executive Sponsors benannt.
qbrp_framework = Das Stufenmodell
