# The sentences and labels Rust code writes for both outputs (render::board,
# render::figures, render::reasons, render::thesis, history::delta, history::format):
# the board's headline, scorecard, asks and risks, the economics sentences, tier-fit
# reasons, the thesis statement and the changes since the last board meeting.

## Lists
s_list_and_pair = {$a} and {$b}
s_list_and_middle = {$a}, {$b}
s_list_and_end = {$a} and {$b}
s_list_or = {$a} or {$b}
s_reason_sep = {"; "}
s_sentence_sep = {" "}

## Headline of the board summary
s_headline = {$lead}. Scorecard: {$rest}; {$asks}.
s_headline_plan_not_set = Plan not set
s_headline_above = {$verdict}: partner-sourced ARR is forecast at {$actual} for {$year}, {$diff} above this year's plan of {$plan}
s_headline_behind = {$verdict}: partner-sourced ARR is forecast at {$actual} for {$year}, {$diff} behind this year's plan of {$plan}
s_headline_behind_closing = {$verdict}: partner-sourced ARR is forecast at {$actual} for {$year}, {$diff} behind this year's plan of {$plan}; {$pipeline} more pipeline from active partners closes the gap
s_headline_no_forecast = This year's partner-sourced ARR plan cannot be computed (the forecast needs the thesis target, the win rate and partner-sourced ARR)
s_headline_all_on_plan = every other figure is on plan
s_headline_off_track = { $off ->
    [one] {$off} figure off track
   *[other] {$off} figures off track
}
s_headline_at_risk = { $risk ->
    [one] {$risk} figure at risk
   *[other] {$risk} figures at risk
}
s_headline_off_and_at_risk = { $off ->
    [one] {$off} figure
   *[other] {$off} figures
} off track and { $risk ->
    [one] {$risk} figure
   *[other] {$risk} figures
} at risk
s_headline_no_ask = no decision is asked
s_headline_asks_decisions = { $decisions ->
    [one] the board is asked for {$decisions} decision
   *[other] the board is asked for {$decisions} decisions
}
s_headline_asks_moves = { $moves ->
    [one] the board is asked for {$moves} tier move
   *[other] the board is asked for {$moves} tier moves
}
s_headline_asks_both = the board is asked for { $decisions ->
    [one] {$decisions} decision
   *[other] {$decisions} decisions
} and { $moves ->
    [one] {$moves} tier move
   *[other] {$moves} tier moves
}

## Scorecard
s_measure_arr = Partner-sourced ARR, {$year} forecast
s_measure_pipeline = Partner pipeline
s_measure_share_forecast = Partner share of ARR, {$year} forecast
s_measure_share = Partner share of ARR
s_measure_roi = Program ROI
s_measure_platinum = Platinum partners signed
s_measure_okrs = Average OKR progress
s_measure_roadmap = Roadmap items done
s_basis_share_path = forecast and plan ÷ company ARR on its straight path to the target
s_basis_arr_path = forecast = ARR now + win rate × pipeline; plan = the path to {$target} by {$year}
s_basis_thesis_path = the thesis path
s_basis_key_result = key result: {$text}
s_basis_coverage = the pipeline that closes this year's ARR plan at the win rate
s_basis_break_even = plan: return at least the program's cost
s_basis_year_end = every measured key result at target by year end
s_basis_roadmap = plan = items due by the meeting
s_basis_roadmap_at_risk = plan = items due by the meeting; {$n} at risk
s_points = {$n} pts
s_line_of = {$actual} of {$total}
s_no_plan = No plan
s_plan_break_even = ≥ {$zero} (break even)
s_plan_due_by = {$expected} due now · {$full} by {$date}
s_plan_due_year_end = {$expected} due now · {$full} year end

## Asks
s_matrix_build = BUILD
s_matrix_partner = PARTNER
s_matrix_acquire = ACQUIRE
s_ask_tier_title = Tier review: {$from} → {$to}
s_ask_promote = Promote to {$tier}
s_ask_move_down = Move down to {$tier}
s_ask_tier_supports = the tier framework supports it
s_ask_matrix_supports = the matrix supports {$kind}
s_ask_matrix_none = the matrix supports no option: the criteria need review
s_ask_matrix_points = the matrix points to {$kinds} instead
s_ask_approve = Approve: {$kind}
s_ask_approve_with = Approve: {$kind} with {$partner}

## Risks
s_days = { $n ->
    [one] {$n} day
   *[other] {$n} days
}
s_months = { $n ->
    [one] {$n} month
   *[other] {$n} months
}
s_risk_roadmap_overdue = Q{$quarter} roadmap item “{$item}” is {$late} overdue
s_risk_roadmap_at_risk = Q{$quarter} roadmap item “{$item}” is at risk
s_risk_okr_behind = Key result “{$kr}” is {$progress} of the way against {$expected} expected by now
s_risk_a_competitor = a competitor
s_risk_locked = {$partner} (priority target, score {$score}) is locked to {$competitor}: approach its adjacent partners instead
s_risk_below_tier_certified = { $n ->
    [one] {$partner} does not meet the {$tier} requirements: needs {$n} more certified individual
   *[other] {$partner} does not meet the {$tier} requirements: needs {$n} more certified individuals
}
s_risk_below_tier_commitments = {$partner} does not meet the {$tier} requirements: needs the tier's commitments
s_risk_below_tier_both = { $n ->
    [one] {$partner} does not meet the {$tier} requirements: needs {$n} more certified individual and the tier's commitments
   *[other] {$partner} does not meet the {$tier} requirements: needs {$n} more certified individuals and the tier's commitments
}
s_risk_pam_overloaded = Partner manager {$pam} carries {$n} {$tier} partners, more than the {$max} the tier promises
s_risk_decision_review = {$id} “{$title}” is {$late} past its review date
s_owner_not_named = not named
s_severity_high = High
s_severity_medium = Medium
s_severity_low = Low

## Cover

## Economics
s_gap_not_given = not given
s_gap_not_computable = not computable
s_gap_write_plan = write {$field} in plan.yaml
s_gap_write_partners = write {$field} in the partner files
s_gap_zero_program_cost = program cost is 0
s_gap_zero_new_customers = the partners' new customers is 0
s_gap_zero = {$what} is 0
s_gap_describe = {$label} ({$reason})
s_path_now = Now
s_path_end_of = End of {$year}
s_verdict_reaches = {$verdict}: the {$year} forecast of {$forecast} partner-sourced ARR reaches the {$required} required this year.
s_verdict_reaches_path = {$verdict}: the {$year} forecast of {$forecast} partner-sourced ARR reaches the {$required} required this year, on the path to the thesis target of {$target} by the end of {$target_year}.
s_verdict_short = {$verdict}: the {$year} forecast of {$forecast} partner-sourced ARR is {$shortfall} short of the {$required} required this year.
s_verdict_short_path = {$verdict}: the {$year} forecast of {$forecast} partner-sourced ARR is {$shortfall} short of the {$required} required this year, on the path to the thesis target of {$target} by the end of {$target_year}.
s_verdict_none = The forecast cannot be computed: {$gap}.
s_forecast_basis = {$now} now + {$win} of {$pipeline} pipeline
s_roi_sentence = The program returns {$returns} of gross profit on partner-sourced ARR for a cost of {$cost}: an ROI of {$roi}.
s_roi_none = ROI cannot be computed: {$gap}.
s_cac_below = {$cac} per partner-sourced customer, below the {$direct} of direct sales
s_cac_above = {$cac} per partner-sourced customer, above the {$direct} of direct sales
s_cac_no_direct = {$cac} per partner-sourced customer; direct CAC {$gap}
s_cac_none = partner CAC {$gap}

## Tier fit
s_range_none = no target
s_range_at_least = at least {$min}
s_range_below = below {$max}
s_range_exactly = exactly {$min}
s_range_between = {$min} up to but not including {$max}
s_tier_reason_pipeline = pipeline {$amount} is in the {$tier} range ({$range})
s_tier_reason_certified_short = { $n ->
    [one] {$n} certified individual, {$tier} requires {$required}
   *[other] {$n} certified individuals, {$tier} requires {$required}
}
s_tier_reason_commitments = does not meet the {$tier} commitments
s_tier_reason_meets = meets {$tier} certification ({$have} ≥ {$required}) and commitments

## Overdue reviews
s_overdue_decision_review = Decision review
s_overdue_qbr = QBR
s_overdue_tier_review = Tier review

## Changes since the last board meeting; the snapshots' check
s_delta_none = no change
s_check_clean = clean
s_check_warnings = { $n ->
    [one] {$n} warning
   *[other] {$n} warnings
}
s_check_errors = { $n ->
    [one] had {$n} error
   *[other] had {$n} errors
}

## Thesis statement
s_thesis_title = PARTNERSHIP THESIS — {$company}
s_thesis_defined_share = a defined share
s_thesis_partners = partners
s_thesis_channel = { $years ->
    [one] We will build a partner-led revenue channel that contributes {$share} of total ARR within {$years} year by partnering with {$types} who serve {$icps} in {$markets}.
   *[other] We will build a partner-led revenue channel that contributes {$share} of total ARR within {$years} years by partnering with {$types} who serve {$icps} in {$markets}.
}
s_thesis_models = We will prioritize {$models} models.
s_thesis_models_because = We will prioritize {$models} models: {$reasons}.
s_thesis_model_because = {$model} because {$because}
s_thesis_reason_sep = {"; "}
s_thesis_mechanism = Partner-led growth accelerates our market penetration by {$mechanism}.
s_thesis_adjacent = Product partners extend our platform reach into {$adjacent}.
s_thesis_measured = The program will be measured by: {$north_star}.
s_range_up_to = up to { $max }
s_found_tags = { $n ->
    [one] { $n } tag matching { $glob }
   *[other] { $n } tags matching { $glob }
}
s_found_no_tag = no tag matches { $glob }
s_found_quarters = the last { $asked } quarter ends
s_found_some_quarters = { $n } of the last { $asked } quarter ends (the content directory has no commit before the others)
s_found_no_quarters = no commit of the content directory before the last { $asked } quarter ends
s_found_nothing = no snapshots
s_snapshot_now = now
s_note_shallow = the repository is a shallow clone, so older revisions may be missing (git fetch --unshallow --tags brings them)
s_note_tag_how_to = tag the commit of each board meeting, e.g. git tag { $example }, to make it a snapshot
# the horizon as the thesis statement writes it (marked on the thesis page)
s_thesis_years = { $n ->
    [one] {$n} year
   *[other] {$n} years
}

## Distance to the next tier (render::distance)
s_req_pipeline = Annual pipeline
s_req_certified_individuals = Certified individuals
s_req_dedicated_practice = Dedicated practice
s_req_joint_business_plan = Joint business plan
s_req_qbr = Quarterly business reviews
s_req_named_pam = Named PAM at the partner
s_req_gtm_activities = Joint GTM activities a year
s_req_yes = Yes
s_req_no = No
s_req_at_least = at least {$n}
s_req_not_recorded = not recorded
s_req_met = Met
s_req_missing = Missing
s_dist_missing_pipeline = {$amount} of pipeline
s_dist_missing_certified = { $n ->
    [one] {$n} certified individual
   *[other] {$n} certified individuals
}
s_dist_missing_gtm = { $n ->
    [one] {$n} GTM activity a year
   *[other] {$n} GTM activities a year
}
s_dist_missing_dedicated_practice = a dedicated practice
s_dist_missing_qbr = a QBR commitment
s_dist_missing_named_pam = a named PAM
s_dist_missing_joint_plan = a signed joint business plan (now {$now})
s_dist_top = {$tier} is the top tier: there is no tier above it.
s_dist_nothing = {$tier} sets no requirement beyond the partner agreement.
s_dist_meets = Meets all {$n} {$tier} requirements.
s_dist_short = {$met} of {$n} {$tier} requirements met; missing: {$missing}.
