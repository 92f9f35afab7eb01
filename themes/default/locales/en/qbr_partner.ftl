# The partner-facing QBR pack (src/qbr/partner_facing.rs): only what the partner may see.
qbrp_subject = Quarterly Business Review of {$partner} with {$company}
qbrp_footer = Prepared for {$partner} by {$company}
qbrp_cover_subtitle = Prepared for {$partner} by {$company}
qbrp_as_of = Figures as of {$date}
qbrp_next = Next QBR: {$date}
qbrp_col_you_have = You have
qbrp_your_tier = Your tier: {$tier}
qbrp_joint_plan = Our joint plan
qbrp_roadmap_none = No joint roadmap item yet: let us agree the first at this QBR.
qbrp_sponsors_none = No executive sponsors named yet.
qbrp_framework = The tier framework
