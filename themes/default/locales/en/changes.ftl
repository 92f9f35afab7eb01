# What changed in the plan: the change lines and section titles of the site's
# What-changed and History pages and of the board pack (src/diff).
c_section_partners = Partners
c_section_competitors = Competitive map
c_section_tiers = Tier framework
c_section_decisions = Decisions
c_section_okrs = OKRs
c_section_roadmap = Roadmap
c_section_governance = Governance
c_section_company = Company and thesis
c_section_rules = Rule violations
c_section_check = Plan check
c_check_errors = { $after ->
    [one] { $after } error
   *[other] { $after } errors
 } now, { $before ->
    [one] { $before } error
   *[other] { $before } errors
 } at { $since }
c_check_warnings = { $after ->
    [one] { $after } warning
   *[other] { $after } warnings
 } now, { $before ->
    [one] { $before } warning
   *[other] { $before } warnings
 } at { $since }
c_line = { $subject }: { $text }
c_arrow = { $from } → { $to }
c_none = none
c_yes = yes
c_no = no
c_years = { $n ->
    [one] { $n } year
   *[other] { $n } years
 }
c_or = { $a } or { $b }
c_join = { $a }, { $b }
c_clauses = { $a }; { $b }
c_outcome_build = BUILD
c_outcome_partner = PARTNER
c_outcome_acquire = ACQUIRE
c_no_outcome = no outcome
c_partner_added = added as { $tier }, score { $score } ({ $band })
c_partner_removed = removed (was { $tier }, score { $score }, { $band })
c_score = score { $from } → { $to }
c_score_band = score { $from } → { $to } ({ $band_from } → { $band_to })
c_tier_promotion = tier { $from } → { $to } (promotion)
c_tier_demotion = tier { $from } → { $to } (demotion)
c_target_tier = target tier { $from } → { $to }
c_status = status { $from } → { $to }
c_locked = now locked to { $competitors }
c_unlocked = no longer locked to { $competitors }
c_competitor_added = competitor added to the map
c_competitor_removed = competitor removed from the map
c_decision_added = added: { $outcome } ({ $status })
c_decision_removed = removed (was { $outcome }, { $status })
c_decision_changed = decision { $from } → { $to }
c_matrix_outcome = matrix outcome { $from } → { $to }
c_objective_added = objective added with { $n ->
    [one] { $n } key result
   *[other] { $n } key results
 }
c_objective_removed = objective removed
c_kr_added = key result added to “{ $objective }”
c_kr_removed = key result removed from “{ $objective }”
c_target = target { $change }
c_current = current { $change }
c_current_better = current { $change } (better)
c_current_worse = current { $change } (worse)
c_progress_baseline = progress from the { $baseline } baseline { $from } → { $to }
c_progress_of_target = { $from } → { $to } of target
c_progress_lower = progress { $from } → { $to } (target ÷ current)
c_roadmap_added = added to { $quarter } ({ $status })
c_roadmap_removed = removed from { $quarter } (was { $status })
c_roadmap_status = { $quarter } status { $from } → { $to }
c_roadmap_moved = moved from { $from } to { $to }
c_raci_cell = { $role } { $change }
c_raci_row_added = RACI row added (A: { $accountable }; R: { $responsible })
c_raci_row_removed = RACI row removed
c_sponsor_added = executive sponsor added ({ $partner } ↔ { $ours })
c_sponsor_removed = executive sponsor removed
c_field = { $field } { $change }
c_reworded = { $field } reworded
c_list = { $field }: { $edits }
c_list_added = added { $items }
c_list_removed = removed { $items }
c_list_reordered = reordered to { $items }
c_subject_company = Company
c_subject_program = Program
c_subject_scoring = Scoring
c_subject_thesis = Thesis
c_subject_raci = RACI
c_subject_platinum_tier = Platinum tier
c_subject_gold_tier = Gold tier
c_subject_silver_tier = Silver tier
c_subject_registered_tier = Registered tier
c_field_name = name
c_field_pipeline_range = pipeline range
c_field_certified_individuals_required = certified individuals required
c_field_dedicated_practice_required = dedicated practice required
c_field_mdf_per_year = MDF per year
c_field_minimum_joint_gtm_activities = minimum joint GTM activities
c_field_review_cadence = review cadence
c_field_deal_registration_days = deal registration days
c_field_partners_per_pam = partners per PAM
c_field_benefits = benefits
c_field_commitments = commitments
c_field_roles = roles
c_field_partner_executive = partner executive
c_field_our_counterpart = our counterpart
c_field_cadence = cadence
c_field_description = description
c_field_category = category
c_field_current_arr = current ARR
c_field_target_arr = target ARR
c_field_currency = currency
c_field_icps = ICPs
c_field_markets = markets
c_field_partner_share_of_arr = partner share of ARR
c_field_horizon = horizon
c_field_north_star = north star
c_field_roadmap_year = roadmap year
c_field_partner_sourced_arr = partner-sourced ARR
c_field_weight_of_icp_client_overlap = weight of icp client overlap
c_field_weight_of_market_influence = weight of market influence
c_field_weight_of_practice_alignment = weight of practice alignment
c_field_weight_of_partnership_appetite = weight of partnership appetite
c_field_weight_of_revenue_potential = weight of revenue potential
c_field_priority_band_threshold = priority band threshold
c_field_secondary_band_threshold = secondary band threshold
c_field_market_velocity_gap = market velocity gap
c_field_credibility_gap = credibility gap
c_field_delivery_gap = delivery gap
c_field_geographic_gap = geographic gap
c_field_cost_efficiency = cost efficiency
c_field_competitive_pressure = competitive pressure
c_field_partnership_models = partnership models
c_field_partner_types = partner types
c_field_mechanism = mechanism
c_field_adjacent_use_cases = adjacent use cases
c_field_prose = prose
c_field_pipeline = pipeline
c_field_landscape = landscape
c_field_certified_individuals = certified individuals
c_field_dedicated_practice = dedicated practice
c_field_joint_business_plan = joint business plan
c_field_qbr = QBR
c_field_joint_gtm_activities = joint GTM activities
c_field_named_pam_at_the_partner = named PAM at the partner
c_field_models = models
c_field_mdf = MDF
c_field_pam = PAM
c_field_inbound = inbound
c_field_partners_held = partners held
c_field_title = title
c_field_review_date = review date
c_field_partner_considered = partner considered
c_field_supersedes = supersedes
c_field_rationale = rationale
c_field_objective = objective
c_field_text = text
c_field_direction = direction
c_field_due = due
c_field_theme = theme
c_field_owner = owner
c_field_partners = partners
