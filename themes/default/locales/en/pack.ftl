# The board pack's words in English: the catalog every other language is complete against.
# Figures reach the messages already formatted (amounts, percentages, dates, scores) as
# strings; counts reach them as numbers, for the plural forms.
pack_contents = Contents
pack_page_of = Page { $page } of { $pages }

## Document, cover and appendix
pack_title = { $company } — Partnership board pack
pack_subject = Partner program plan { $year }: board summary, thesis, economics, landscape, tiers, decisions, OKRs and roadmap
pack_keyword_partnerships = partnerships
pack_keyword_board_pack = board pack
pack_running_header = { $company } · Partnership board pack · { $date }
pack_cover_title = Partnership Board Pack
pack_cover_subtitle = Partner program { $year } · north star: { $north_star }
pack_cover_meeting = Board meeting of { $date }
pack_cover_figures_as_of = Figures as of { $date }
pack_cover_commit = Built from commit { $commit }
pack_cover_partners = { $n ->
    [one] { $n } partner
   *[other] { $n } partners
}
pack_cover_partners_exited = { $n ->
    [one] { $n } partner (and { $exited } exited)
   *[other] { $n } partners (and { $exited } exited)
}
pack_cover_decisions = { $n ->
    [one] { $n } decision
   *[other] { $n } decisions
}
pack_cover_objectives = { $n ->
    [one] { $n } objective
   *[other] { $n } objectives
}
# The purpose line of the cover, its parts joined with " · ".
pack_purpose_decision = { $n ->
    [0] For decision: none
    [one] For decision: { $n } item
   *[other] For decision: { $n } items
}
pack_purpose_approval = { $n ->
    [one] For approval: { $n } tier move
   *[other] For approval: { $n } tier moves
}
pack_purpose_noting = { $n ->
    [one] For noting: the scorecard and { $n } risk
   *[other] For noting: the scorecard and { $n } risks
}
pack_appendix = Appendix
pack_appendix_lead = Detail behind the body of the pack, for reference.
# Between the names of a list.
pack_list_sep = {", "}
# Under a list cut short.
pack_more = … and { $n } more, listed in the handbook site.

## Board summary
pack_board_summary = Board summary
pack_scorecard_title = Scorecard against the { $year } plan
pack_col_measure = Measure
pack_col_actual = Actual
pack_col_plan = Plan
pack_col_variance = Variance
pack_col_since = Since { $since }
pack_col_status = Status
pack_status_note = Status: the actual as a share of the plan due by the meeting on { $date } (● on track from { $at_risk }, ▲ at risk below it, ■ off track below { $off_track }); a plan with a due date runs in a straight line from 1 January to its target.
pack_for_decision = For decision
pack_no_asks = None this meeting.
pack_asks_more = { $n } more: every ask is listed in the appendix (Asks of the board).
pack_asks_title = Asks of the board
pack_col_item = Item
pack_col_what_and_why = What and why
pack_col_recommendation = Recommendation
pack_risks = Risks
pack_no_risks = No risk to report this meeting.
pack_risks_more = The { $shown } most severe of { $total }; the risk register in the appendix lists every one.
pack_risk_register = Risk register
pack_col_risk = Risk
pack_col_owner = Owner
pack_col_severity = Severity

## Thesis and key figures
pack_thesis_title = Thesis and key figures
pack_thesis_lead = The thesis the program is measured against, and its headline figures against the { $years }-year target.
pack_key_figures = Key figures
# A key figure's caption and its change since a snapshot.
pack_tile_change = { $caption } · { $change } since { $since }
pack_tile_north_star = North star · { $label }
pack_tile_no_target = no target set
pack_tile_target_within = target { $target } within { $years } years
pack_tile_target = target { $target }
pack_tile_pipeline = Partner-sourced pipeline
pack_tile_pipeline_caption = active and recruiting partners
pack_tile_share = Partner share of ARR
pack_share_caption = target { $target } within { $years } years
pack_share_caption_now = of { $now } ARR; target { $target } within { $years } years
pack_share_caption_of = target { $target } of { $of } within { $years } years
pack_share_caption_now_of = of { $now } ARR; target { $target } of { $of } within { $years } years
pack_tile_priority = Priority targets
pack_tile_priority_caption = { $n } signed at Gold or above
pack_tile_company_arr = Company ARR
pack_changes_title = What changed since { $since }
pack_no_changes = No changes to the plan.

## Since the last board meeting, trend
pack_since_title = Since the last board meeting
pack_since_lead_tagged = The plan is as tagged at { $at }; what moved in it since { $since }, the snapshot before.
pack_since_lead = What moved in the plan from { $since } to this pack.
pack_since_none = Nothing in the plan changed.
pack_trend = Trend
pack_trend_lead = The plan's figures at { $found }, then now, read from its git history.
pack_trend_not_given = { $figure }: not given in any snapshot.
pack_trend_required = Required this year (thesis path)
pack_trend_arr_chart = Partner-sourced ARR against the thesis path
pack_trend_arr = Partner-sourced ARR
pack_trend_pipeline_chart = Partner pipeline
pack_trend_pipeline = Pipeline
pack_trend_okr_chart = Average OKR progress
pack_trend_okr = OKR progress
pack_trend_roi_chart = Program ROI
pack_trend_roi = ROI
pack_trend_numbers = The numbers
pack_trend_skipped = { $snapshot }: not shown, { $reason }
pack_col_snapshot = Snapshot
pack_col_date = Date
pack_col_partner_arr = Partner ARR
pack_col_cost = Cost
pack_col_roi = ROI
pack_col_okrs = OKRs
# Partners by tier: Platinum/Gold/Silver/Registered/prospects.
pack_col_tiers_compact = Tiers P/G/S/R/pr.
pack_col_check = Check

## Program economics
pack_economics_title = Program economics
pack_tile_program_cost = Program cost
pack_tile_program_cost_caption = per year: cost lines, MDF and partner payouts
pack_tile_return = Return
pack_tile_return_caption = { $arr } ARR × { $margin } gross margin
pack_tile_roi = Program ROI
pack_tile_roi_caption = return { $return } on a cost of { $cost }
pack_tile_partner_cac = Partner CAC
pack_tile_partner_cac_caption = program cost ÷ { $n } new customers
pack_tile_direct_cac = Direct CAC
pack_tile_direct_cac_caption = cost per customer through direct sales
pack_tile_verdict = On track for { $year }
pack_tile_verdict_on_track = forecast { $forecast } ≥ { $required } required in { $year }
pack_tile_verdict_short = { $shortfall } short of { $required } required
pack_forecast_title = Forecast against the thesis: { $verdict }
pack_forecast_basis = Forecast = { $basis }.
pack_closing_gap = Closing the gap takes { $pipeline } more pipeline from active or recruiting partners at the { $win_rate } win rate.
pack_target_path = Target path and forecast
pack_target_path_chart = Partner-sourced ARR: target path and forecast ({ $unit })
pack_path_now = Now
pack_path_end_of = End of { $year }
pack_bar_target = { $label } · target
pack_bar_forecast = { $label } · forecast
pack_program_cost = Program cost
pack_cost_mdf = Market development funds (MDF)
pack_cost_payouts = Partner payouts (referral fees, reseller margins)
pack_program_cost_gap = Program cost is not given: { $gap } (annual cost lines such as team, platform, events).
pack_col_cost_line = Cost line
pack_col_per_year = Per year
pack_col_share = Share
pack_economics_by_tier = Economics by tier
pack_economics_by_tier_note = Pipeline counts active and recruiting partners; ARR and payouts every partner; MDF partners that have not exited. Return is ARR × gross margin.
pack_col_tier = Tier
pack_col_partners = Partners
pack_col_pipeline = Pipeline
pack_col_arr = ARR
pack_col_return = Return
pack_col_mdf = MDF
pack_col_payouts = Payouts
pack_breakdowns_title = Where the pipeline and ARR are
pack_by_tier = By tier
pack_by_landscape = By landscape
pack_by_model = By model (first listed)
pack_by_geography = By geography (first listed)
pack_pipeline_by_tier = Pipeline by tier ({ $unit })
pack_pipeline_by_landscape = Pipeline by landscape ({ $unit })
pack_pipeline_by_model = Pipeline by model (first listed) ({ $unit })
pack_pipeline_by_geography = Pipeline by geography (first listed) ({ $unit })
pack_arr_by_tier = Partner-sourced ARR by tier ({ $unit })
pack_arr_by_landscape = Partner-sourced ARR by landscape ({ $unit })
pack_arr_by_model = Partner-sourced ARR by model (first listed) ({ $unit })
pack_arr_by_geography = Partner-sourced ARR by geography (first listed) ({ $unit })

## Partner landscape and scorecard
pack_landscape_title = Partner landscape
pack_landscape_lead = { $targets } of { $ranked } ranked partners score in the priority band and are available to us; { $signed ->
    [one] { $signed } is
   *[other] { $signed } are
} signed at Gold or above.
pack_landscape_lead_locked = { $targets } of { $ranked } ranked partners score in the priority band and are available to us; { $signed ->
    [one] { $signed } is
   *[other] { $signed } are
} signed at Gold or above; { $locked ->
    [one] { $locked } more is
   *[other] { $locked } more are
} locked to a competitor and not counted.
pack_col_landscape = Landscape
pack_col_tier_target = Tier target
pack_col_average_score = Average score
pack_ranked_scorecard = Ranked scorecard
pack_chart_top = Attractiveness score, top { $n } partners
# A band line on the score chart: "Priority 75".
pack_threshold = { $band } { $score }
pack_full_scorecard_note = The full scorecard of all { $n } ranked partners and the partners near a band line are in the appendix.
pack_exited_note = Exited (not ranked, not counted): { $names }.
pack_col_partner = Partner
# The landscape letter (A, B, C).
pack_col_land = Land
pack_col_tier_to_target = Tier → target
pack_col_score = Score
pack_col_band = Band
pack_factor_icp_overlap = ICP client overlap
pack_factor_market_influence = Market influence
pack_factor_practice_alignment = Practice alignment
pack_factor_partnership_appetite = Partnership appetite
pack_factor_revenue_potential = Revenue potential
# The factors as narrow column headers.
pack_factor_short_icp_overlap = ICP
pack_factor_short_market_influence = Inf
pack_factor_short_practice_alignment = Pra
pack_factor_short_partnership_appetite = App
pack_factor_short_revenue_potential = Rev
pack_full_scorecard = Full scorecard
pack_scorecard_formula = Attractiveness = ICP overlap × { $w1 } + market influence × { $w2 } + practice alignment × { $w3 } + partnership appetite × { $w4 } + revenue potential × { $w5 }. Priority ≥ { $priority }, secondary ≥ { $secondary }.
pack_near_line = Near the line
pack_near_line_note = Partners within 3 points of a band threshold, and partners whose band would change if one scoring weight moved by 5 points (the other weights rescaled to keep 100).
pack_near_line_none = No partner is within 3 points of a threshold.
pack_col_threshold = Threshold
pack_col_distance = Distance
# A scoring weight moved: "Market influence +5 points".
pack_weight_change = { $factor } { $delta } points
pack_col_weight_change = Weight change
pack_col_band_change = Band change
pack_col_new_score = New score

## Tier framework
pack_tiers_title = Tier framework
pack_tiers_none = The plan has no tier framework.
pack_tiers_lead = { $platinum } Platinum, { $gold } Gold, { $silver } Silver and { $registered } Registered partners; the tier review recommends { $promotions ->
    [one] { $promotions } promotion
   *[other] { $promotions } promotions
} and { $demotions ->
    [one] { $demotions } demotion
   *[other] { $demotions } demotions
}.
pack_required = Required
pack_col_annual_pipeline = Annual pipeline
pack_col_certified = Certified
pack_col_dedicated_practice = Dedicated practice
pack_col_mdf_per_year = MDF / year
pack_col_gtm_per_year = GTM / year
pack_col_review = Review
pack_col_benefits = Benefits
pack_col_commitments = Commitments
pack_tier_review = Tier review
pack_tier_review_none = Every partner's pipeline, certification and commitments support its current tier.
pack_promote = Promote: { $from } → { $to }
pack_demote = Demote: { $from } → { $to }
pack_col_reason = Reason

## Competitive partner map
pack_competition_title = Competitive partner map
pack_competition_lead = { $competitors ->
    [one] { $competitors } competitor
   *[other] { $competitors } competitors
} map their partners: { $held } of our { $tracked } tracked partners work with a competitor and { $locked ->
    [one] { $locked } is
   *[other] { $locked } are
} locked; { $free ->
    [one] { $free } partner is free
   *[other] { $free } partners are free
} to recruit first.
pack_counter_strategy = Counter-strategy
pack_recruit_first = Recruit first: available and not held by a competitor
pack_recruit_first_none = No uncontested prospect.
pack_recruit_next = Recruit next: held by a competitor without exclusivity
pack_recruit_next_none = No contested prospect.
pack_locked_title = Locked to a competitor: approach their adjacent partners
pack_locked_none = No partner is locked to a competitor.
# A partner and its attractiveness score.
pack_scored_name = { $name } ({ $score })
pack_col_locked_partner = Locked partner
pack_col_competitor = Competitor
pack_col_adjacent_alternatives = Adjacent alternatives
pack_competitor_map = Competitor partner map
pack_col_model = Model
pack_col_perceived_strength = Perceived strength
pack_col_exclusive = Exclusive
pack_locked = Locked
pack_open = Open
pack_competitor_omitted = { $n } more of { $competitor }
pack_competitor_omitted_note = Showing { $limit } partners per competitor; { $omitted } are listed in the handbook site.

## Decision log
pack_decisions_title = Decision log
pack_decisions_lead = { $active ->
    [one] { $active } decision
   *[other] { $active } decisions
} in force and { $proposed } put to this meeting; the build/partner/acquire matrix supports every one in force. Rationales are in the appendix.
pack_decisions_lead_unsupported = { $active ->
    [one] { $active } decision
   *[other] { $active } decisions
} in force and { $proposed } put to this meeting; the matrix does not support { $unsupported ->
    [one] { $unsupported } decision
   *[other] { $unsupported } decisions
}. Rationales are in the appendix.
# The decision kinds as the log writes them.
pack_decision_build = BUILD
pack_decision_partner = PARTNER
pack_decision_acquire = ACQUIRE
pack_matrix_supports = Supports { $decision }
pack_matrix_suggests = Suggests { $decision }
pack_matrix_none = No branch applies
pack_col_id = ID
pack_col_capability = Capability / market
pack_col_decision = Decision
pack_col_matrix = Matrix
pack_rationales_title = Rationale of active and proposed decisions
pack_col_rationale = Rationale
pack_partner_considered = Partner considered: { $partner }

## OKR progress and roadmap
pack_okr_title = OKR progress
pack_okr_lead = Key results are { $progress } of the way on average across { $measured } measured; { $behind ->
    [one] { $behind } is behind the pace to its target.
   *[other] { $behind } are behind the pace to their target.
}
pack_okr_none = No key result is measured yet: give key results a target and a current value.
pack_okr_rollup = { $shape } { $status } · { $progress } of the way on average over { $measured } measured key results
pack_okr_rollup_owner = { $shape } { $status } · { $progress } of the way on average over { $measured } measured key results · owner { $owner }
pack_kr_from_to = from { $baseline } to { $target }: { $current } now, { $progress } of the way
pack_kr_of = { $current } of { $target }, { $progress }
pack_kr_due = due { $date }
pack_kr_not_measured = { $kr } (not measured)
pack_roadmap_title = Roadmap { $year }
pack_roadmap_lead = { $done } of { $items } items done, { $in_progress } in progress and { $at_risk } at risk.
pack_roadmap_beyond = Beyond { $year }: the multi-year roadmap
# A roadmap item with its status, so it reads in greyscale print.
pack_item_in_progress = { $title } (in progress)
pack_item_done = { $title } (done)
pack_item_at_risk = { $title } (at risk)
pack_item_dropped = { $title } (dropped)
pack_traceability = Traceability
pack_trace_platinum = Platinum partner { $partner } appears in no roadmap item
pack_trace_key_result = Key result "{ $kr }" has no roadmap item
pack_trace_model = Thesis model { $model } is served by no objective
pack_trace_none = Every platinum partner and key result is carried by the roadmap.

## Governance
pack_governance = Governance
pack_governance_lead_all = Every Platinum partner ({ $platinum }) has an executive sponsor; no review is overdue. The RACI matrix is in the appendix.
pack_governance_lead_all_overdue = Every Platinum partner ({ $platinum }) has an executive sponsor; { $overdue ->
    [one] { $overdue } review is
   *[other] { $overdue } reviews are
} overdue. The RACI matrix is in the appendix.
pack_governance_lead_some = { $sponsored } of { $platinum } Platinum partners have an executive sponsor; no review is overdue. The RACI matrix is in the appendix.
pack_governance_lead_some_overdue = { $sponsored } of { $platinum } Platinum partners have an executive sponsor; { $overdue ->
    [one] { $overdue } review is
   *[other] { $overdue } reviews are
} overdue. The RACI matrix is in the appendix.
pack_raci = RACI
pack_raci_note = R = Responsible, A = Accountable, C = Consulted, I = Informed.
pack_sponsors = Executive sponsors
pack_col_partner_executive = Partner executive
pack_col_our_counterpart = Our counterpart
pack_col_cadence = Cadence
pack_overdue = Overdue reviews
pack_overdue_none = No review is past its date.
pack_overdue_decision_review = Decision review
pack_overdue_qbr = QBR
pack_overdue_tier_review = Tier review
pack_col_subject = Subject
pack_col_was_due = Was due
pack_col_late_by = Late by
pack_days_late = { $n } days
