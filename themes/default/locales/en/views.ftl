# The texts the site's Rust code writes (page titles, navigation, chips, sentences,
# chart labels) in English. Ids start with `v_`.

## Site and navigation
# The site's title when plan.yaml gives none.
v_site_title = { $company } Partner Handbook
v_handbook = Handbook
v_nav_overview = Overview
v_nav_strategy = Strategy
v_nav_dashboard = Dashboard
v_nav_thesis = Thesis
v_nav_models = Models
v_nav_economics = Economics
v_nav_history = History
v_nav_partners = Partners
v_nav_landscape = Landscape
v_nav_competitors = Competitors
v_nav_tiers = Tiers
v_nav_execution = Execution
v_nav_decisions = Decisions
v_nav_okrs = OKRs
v_nav_roadmap = Roadmap
v_nav_governance = Governance
v_nav_analyses = Analyses
v_nav_near_line = Near the line
v_nav_traceability = Traceability
v_nav_reviews = Overdue reviews
v_nav_validation = Validation
v_nav_changes = What changed
# The last entry of a long section's page list in the sidebar.
v_nav_all_pages = All { $n } pages →
v_title_search = Search
v_title_not_found = Page not found

## Shared words
v_yes = Yes
v_no = No
# Joins a list as prose: "a, b and c" (`v_join_sep` between the first ones).
v_join = { $first } and { $last }
v_join_sep = {", "}
# "3 of 5"
v_n_of_m = { $n } of { $m }
v_n_of_m_done = { $n } of { $m } done
# A stacked bar's segment: "Gold: 3".
v_label_count = { $label }: { $n }
v_partners_by_tier = Partners by tier
v_roadmap_year = Roadmap { $year }
v_factor_icp = ICP client overlap
v_factor_influence = Market influence
v_factor_practice = Practice alignment
v_factor_appetite = Partnership appetite
v_factor_revenue = Revenue potential
v_factor_weight = weight
# "Market influence weight +5"
v_weight_move = { $factor } weight { $change }

## Dashboard
v_kpi_north_star_detail = target { $target } ({ $share } of { $arr } ARR) within { $years ->
    [one] { $years } year
   *[other] { $years } years
}
v_kpi_no_target = no target set
v_kpi_share = Partner share of ARR
v_kpi_share_detail = of { $arr } ARR today; target { $target }
v_kpi_pipeline = Partner pipeline
v_kpi_pipeline_detail = annual, from { $n ->
    [one] { $n } partner
   *[other] { $n } partners
} active or recruiting
v_kpi_pipeline_detail_target = annual, from { $n ->
    [one] { $n } partner
   *[other] { $n } partners
} active or recruiting; target { $target }
v_kpi_priority = Priority partners signed
v_kpi_priority_detail = priority-band partners at Gold or Platinum
v_kpi_roi = Program ROI
v_kpi_roi_detail = return { $return } on a cost of { $cost }
v_kpi_on_track = On track for { $year }
v_kpi_on_track_detail = forecast { $forecast } against { $required } required this year
v_kpi_okrs = OKR progress
v_kpi_okrs_detail = average of { $n } measured key results
v_kpi_roadmap_detail = { $at_risk } at risk, { $in_progress } in progress
# The text alternatives of progress bars: "progress to target: 62%".
v_bar_progress_to_target = progress to target
v_bar_share_against_target = share against target
v_bar_pipeline_against_target = pipeline against target
v_bar_signed_share = signed share
v_bar_okr_progress = average key-result progress
v_bar_items_done = items done
v_attention_tier_changes = Tier changes ({ $up } up, { $down } down)
v_attention_near_line = Partners near a band line
v_attention_at_risk = Roadmap items at risk
v_attention_untraced = Not yet traced to the roadmap or OKRs

## Charts
# A score composition chart: "Score 82.5 of 100: ICP client overlap 27.6 points, …; secondary from 50, priority from 75".
v_chart_composition = Score { $score } of 100: { $factors }; secondary from { $secondary }, priority from { $priority }
v_chart_factor_points = { $factor } { $points } points
v_chart_factor_points_title = { $factor }: { $points } points
v_chart_distribution = Scores of { $n ->
    [one] { $n } partner
   *[other] { $n } partners
} in 5-point bins; secondary from { $secondary }, priority from { $priority }
v_chart_distribution_bins = Scores of { $n ->
    [one] { $n } partner
   *[other] { $n } partners
} in 5-point bins: { $bins }; secondary from { $secondary }, priority from { $priority }
v_chart_partners = { $n ->
    [one] { $n } partner
   *[other] { $n } partners
}
v_chart_rating = rating { $rating } of 100
# The target path chart: tooltips, the forecast's label and the text alternative.
v_chart_target_point = { $label }: target path { $value }
v_chart_forecast_point = { $label }: forecast { $value }
v_chart_forecast_value = forecast { $value }
v_chart_path = Target path: { $path }
v_chart_path_forecast = Target path: { $path }; forecast: { $forecast }

## Page titles and descriptions
v_title_thesis = Partnership thesis
v_desc_thesis = Why { $company } partners, with whom, and how it is measured
v_title_models = Partnership models
v_desc_models = The partnership models of the program, their economics and who uses them
v_title_economics = Program economics
v_desc_economics = What the partner program costs and returns, and the forecast against the thesis
v_title_landscape = Partner landscape
v_desc_landscape = Every partner by landscape tier, with the ranked scorecard
v_title_competitors = Competitors and counter-strategy
v_desc_competitors = Which partners our competitors hold, and where to recruit first
v_title_tiers = Tier framework
v_desc_tiers = Tier requirements, benefits and commitments, and the tier review
v_title_decisions = Decision log
v_desc_decisions = Build, partner and acquire decisions with their rationale
# A decision page's description: "BUILD decision: Own the data layer".
v_desc_decision = { $kind } decision: { $title }
v_title_okrs = Objectives and key results
v_desc_okrs = Partnership OKRs with progress against target
v_desc_roadmap = The partnership roadmap by quarter, and the years after it
v_desc_governance = Decision rights (RACI) and executive sponsors
v_desc_near_line = Partners close to a band threshold, and how sensitive bands are to the weights
v_desc_traceability = From thesis models to OKRs, roadmap items, partners and decisions
v_desc_reviews = Decision reviews, QBRs and tier reviews past their date
v_title_changes = What changed since { $since }
v_desc_changes = Plan changes in business terms
v_desc_validation = What the rules found in the plan
v_desc_history = How the partner program moved from snapshot to snapshot

## Search index
v_search_kind_page = Page
v_search_kind_partner = Partner
v_search_kind_decision = Decision
v_search_kind_competitor = Competitor
v_search_kind_handbook = Handbook
v_search_home = Thesis, north star, KPIs and validation
v_search_thesis = Why we partner, with whom, and how it is measured
v_search_models = Referral, reseller, co-sell, implementation, OEM, JV, technology alliance
v_search_economics = Program cost, return, ROI, CAC, breakdowns and the forecast against the thesis
v_search_landscape_title = Partner landscape and scorecard
v_search_landscape = Landscape A/B/C and the ranked scorecard
v_search_competitors = Competitive partner map
v_search_tiers_title = Tier framework and tier review
v_search_tiers = Platinum, Gold, Silver, Registered; promotions and demotions
v_search_decisions = Build, partner and acquire decisions
v_search_okrs = Objectives and key results with progress
v_search_governance = RACI matrix and executive sponsors
v_search_near_line = Partners close to a band threshold
v_search_traceability = Thesis models to OKRs, roadmap, partners and decisions
v_search_reviews = Decision reviews, QBRs and tier reviews past due
# A partner in the search results: "Gold · Global systems integrator · score 82.50 · A".
v_search_partner = { $tier } · { $category } · score { $score } · { $landscape }
v_search_section = Handbook section ({ $n } pages)

## Analyses
v_days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
v_overdue_decision_review = Decision review
v_overdue_qbr = QBR
v_overdue_tier_review = Tier review
v_trace_plain_kr = { $text } (written as plain text: give it an id and list it under a roadmap item's key_results)

## Decisions
v_matrix_supported = Supported
v_matrix_override = Override
v_matrix_not_supported = Not supported
v_cond_core = Core to our product differentiation
v_cond_capacity = We have engineering capacity
v_cond_adjacent = Adjacent to our product, complementary
v_cond_not_core = Not core to differentiation
v_cond_strong_partner = A strong partner serves our ICP
v_cond_economics = Partner economics are positive
v_cond_critical = Critical to market position
v_cond_build_months = Building would take > 18 months ({ $n } months)
v_cond_target = An acquisition target exists within budget
v_cond_new_market = Market entry in a new geography or vertical
v_cond_local_presence = A partner has relationships and local presence
# The matrix's fourth branch: "PARTNER (with JV consideration)".
v_branch_jv = { $kind } (with JV consideration)
v_overdue_by = overdue by { $n ->
    [one] { $n } day
   *[other] { $n } days
}
v_verdict_supports = The matrix supports { $kind }.
v_verdict_none = The matrix supports no outcome on these criteria; { $kind } is declared.
v_verdict_other = The matrix supports { $supported }, not the declared { $kind }.
# Between outcomes: "BUILD or PARTNER".
v_or_sep = {" or "}

## Economics
v_fig_roi = ROI
v_fig_roi_detail = (return − program cost) ÷ program cost
v_fig_program_cost = Program cost
v_fig_program_cost_detail = cost lines + MDF + partner payouts, per year
v_fig_return = Return
v_fig_return_detail = { $arr } partner-sourced ARR × { $margin } gross margin
v_fig_partner_cac = Partner CAC
v_fig_arr_source = Σ arr of { $n ->
    [one] { $n } partner
   *[other] { $n } partners
}
v_fig_partner_arr = Partner-sourced ARR
v_fig_gross_margin = Gross margin
v_fig_win_rate = Win rate
v_fig_win_rate_detail = program.win_rate: pipeline expected to close within 12 months
v_fig_direct_cac = Direct CAC
v_fig_new_customers = New customers from partners
v_fig_new_customers_detail = Σ partner new_customers, last 12 months
v_not_given = not given
v_not_computable = not computable
v_cost_mdf = Market development funds (MDF)
v_cost_payouts = Partner payouts (referral fees, reseller margins)
v_slice_no_model = No model
v_slice_not_given = Not given
v_by_tier = By tier
v_by_tier_pipeline = Pipeline by tier
v_by_tier_arr = Partner-sourced ARR by tier
v_by_landscape = By landscape
v_by_landscape_pipeline = Pipeline by landscape
v_by_landscape_arr = Partner-sourced ARR by landscape
v_by_model = By model (first listed)
v_by_model_pipeline = Pipeline by model (first listed)
v_by_model_arr = Partner-sourced ARR by model (first listed)
v_by_geography = By geography (first listed)
v_by_geography_pipeline = Pipeline by geography (first listed)
v_by_geography_arr = Partner-sourced ARR by geography (first listed)

## History
v_hist_arr_title = Partner-sourced ARR against the thesis path
v_hist_required = Required this year (thesis path)
v_hist_pipeline = Pipeline
v_hist_okrs_title = Average OKR progress
v_hist_score_title = Score over the snapshots
v_hist_score = Score
v_hist_not_in_plan = not in the plan

## Landscape
v_band_from = score ≥ { $score }
v_band_below = below { $score }
v_factor_short_icp = ICP
v_factor_short_influence = Influence
v_factor_short_practice = Practice
v_factor_short_appetite = Appetite
v_factor_short_revenue = Revenue
# A scorecard column's tooltip: "Market influence (weight 20%)".
v_factor_head = { $factor } (weight { $weight })
v_land_a_title = Strategic partners
v_land_a_target = Platinum target
v_land_b_title = Growth partners
v_land_b_target = Gold target
v_land_c_title = Long-tail and registered partners
v_land_c_target = Silver or Registered

## OKRs and roadmap
v_bar_objective_progress = objective progress
v_bar_kr_progress = key-result progress
v_kr_not_measured = Not measured
v_kr_achieved = ✓ Achieved
# A quarter's status bar: "2026-Q1 item status".
v_quarter_status = { $quarter } item status
v_quarter_summary = { $done } of { $n ->
    [one] { $n } item
   *[other] { $n } items
} done

## Partner pages
# The breadcrumb to a partner's landscape tier: "Landscape A".
v_crumb_landscape = Landscape { $landscape }
v_chip_locked = Locked to a competitor
v_chip_inbound = Inbound
v_note_above_priority = { $points } points above the priority line ({ $line })
v_note_below_priority = { $points } points below the priority line ({ $line })
v_note_above_secondary = { $points } points above the secondary line ({ $line })
v_note_below_secondary = { $points } points below the secondary line ({ $line })
# "Market influence weight +5: would move from Priority to Secondary (74.20)".
v_sensitivity = { $change }: would move from { $from } to { $to } ({ $score })
v_fact_category = Category
v_fact_practice = Practice
v_fact_geography = Geography
v_fact_models = Models
v_none = None
v_fact_current_tier = Current tier
v_fact_target_tier = Target tier
v_fact_pipeline = Annual pipeline
v_fact_certified = Certified individuals
v_fact_dedicated_practice = Dedicated practice
v_fact_mdf = MDF per year
v_fact_pam = Our PAM
v_fact_terms = Commercial terms
v_fact_last_qbr = Last QBR
v_fact_last_tier_review = Last tier review
v_counter_locked = Locked to { $competitors }: develop a counter-narrative and approach adjacent partners.
v_counter_available = Available: no competitor holds this partner. Recruit first.
v_counter_contested = Under-served: held by { $n ->
    [one] { $n } competitor
   *[other] { $n } competitors
} without exclusivity. Recruit next.
v_role_considered = Partner considered
v_role_mentioned = Mentioned in rationale
# "QBR was due Mar 1, 2026 (12 days late)".
v_overdue_line = { $kind } was due { $date } ({ $n ->
    [one] { $n } day
   *[other] { $n } days
} late)

## Tier fit, commitments and tiers
v_fit_not_recorded = not recorded
v_fit_commitments = Commitments
# A partner's commitments in the tier-fit table: "plan signed, 4 GTM activities".
v_fit_commitments_value = plan { $plan }, { $n } GTM activities
v_req_yes = yes
v_req_signed = signed
v_commit_jbp = Joint business plan
v_commit_qbr = Quarterly business review
v_commit_gtm = Joint GTM activities per year
v_commit_pam = Named PAM at the partner
v_req_gtm = Joint GTM activities
v_req_gtm_value = ≥ { $n } per year
v_req_cadence = Review cadence
v_req_deal_registration = Deal registration
v_req_deal_registration_value = within { $n ->
    [one] { $n } business day
   *[other] { $n } business days
}
v_req_pam = Partners per PAM
v_req_pam_value = at most { $n }

## Thesis
v_rationale_market_velocity_gap = Market velocity gap
v_rationale_credibility_gap = Credibility gap
v_rationale_delivery_gap = Delivery gap
v_rationale_geographic_gap = Geographic gap
v_rationale_cost_efficiency = Cost efficiency
v_rationale_competitive_pressure = Competitive pressure

## The site's script (base.html passes them as data- attributes of <body>)
# `%q` stands for what the reader typed.
v_js_no_results_for = No results for “%q”
v_js_loading = Loading…
v_js_all_results = All results →
v_js_no_results = No results.
# A table that scrolls sideways, named after its section: "Scorecard: table, scrolls sideways".
v_js_scrolls = table, scrolls sideways
v_js_anchor = Link to this section
