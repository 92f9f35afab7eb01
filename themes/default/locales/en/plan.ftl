# The plan pages in English: thesis, models, landscape, near the line, OKRs, roadmap, decisions,
# governance, reviews, validation and handbook pages.
# `{"\u000A    "}` is a line break and the indent the page source had there.

## thesis.html
thesis_eyebrow = Strategy
thesis_title = Partnership thesis
thesis_forecast_title = Are we on track?
thesis_economics_link = Program economics
thesis_rationale_title = Why partnerships
thesis_models_title = Prioritised models
thesis_model_objectives = Objectives:
thesis_partner_types = Partner types
thesis_icps = Ideal customer profiles
thesis_markets = Markets
thesis_context = Context

## models.html
models_eyebrow = Strategy
models_title = Partnership models
models_lede = The models the program uses, how each earns revenue, and which partners work under it. Prioritised{"\u000A    "}models come first in the thesis.
models_priority = Priority { $rank }
models_definition = Definition
models_best_for = Best for
models_revenue_mechanism = Revenue mechanism
models_term_ranges = Term ranges
models_because = Why we prioritise it
models_partner_count = { $n ->
    [one] { $n } partner
   *[other] { $n } partners
}
models_more = and { $n } more

## landscape.html
landscape_eyebrow = Partners
landscape_title = Partner landscape
landscape_lede = { $total } partners mapped by strategic value. Attractiveness is always computed: the five factor{"\u000A    "}ratings times their weights.
landscape_distribution_title = Score distribution
landscape_group_count = { $n ->
    [one] { $n } partner
   *[other] { $n } partners
}
landscape_category_more = and { $n } more in the scorecard
landscape_group_empty = No partners in this landscape tier.
landscape_scorecard_title = Ranked scorecard
landscape_scorecard_sort_hint = Click a column to sort
landscape_col_partner = Partner
landscape_col_landscape = Landscape
landscape_col_landscape_short = L
landscape_col_category = Category
landscape_col_tier = Tier
landscape_col_target = Target
landscape_col_score = Score
landscape_col_band = Band
landscape_col_pipeline = Pipeline
landscape_col_status = Status

## near_line.html
near_line_eyebrow = Analysis
near_line_title = Near the line
near_line_lede = Partners within { $points } points of a band threshold, and the partners that would change band{"\u000A    "}if any one weight moved by ±{ $step } points (the other weights rescaled to keep 100).
near_line_near_title = Within { $points } points of a threshold
near_line_col_partner = Partner
near_line_col_score = Score
near_line_col_threshold = Threshold
near_line_col_distance = Distance
near_line_col_band = Band
near_line_near_shown = The { $shown } closest of { $total } partners near a line.
near_line_near_empty = No partner is within { $points } points of a threshold.
near_line_sensitivity_title = Weight sensitivity
near_line_col_if = If
near_line_col_band_now = Band now
near_line_col_would_become = Would become
near_line_col_new_score = New score
near_line_sensitive_shown = The first { $shown } of { $total } band changes, best-ranked{"\u000A    "}partners first.
near_line_sensitive_empty = No partner changes band when one weight moves by { $step } points.

## okrs.html
okrs_eyebrow = Execution
okrs_title = Objectives and key results
okrs_lede = Progress runs from each key result's baseline to its target. Key results that no roadmap item{"\u000A    "}advances are flagged.
okrs_serves = Serves
okrs_kr_from = from { $value }
okrs_kr_now = now
okrs_kr_target = target
okrs_kr_due = due { $date }
okrs_kr_roadmap = Roadmap:
okrs_kr_orphan_title = No roadmap item advances this key result
okrs_kr_orphan = No roadmap item

## roadmap.html
roadmap_eyebrow = Execution
roadmap_title = Partnership roadmap { $year }
roadmap_partners = Partners
roadmap_key_results = Key results
roadmap_decisions = Decisions
roadmap_owner = Owner: { $owner }
roadmap_quarter_empty = Nothing planned.
roadmap_later_title = Beyond { $year }
roadmap_later_empty = Nothing planned yet.

## decisions.html
decisions_eyebrow = Execution
decisions_title = Decision log
decisions_lede = Every build, partner and acquire decision, checked against the decision matrix. Reviews are{"\u000A    "}quarterly.
decisions_col_id = Id
decisions_col_decision = Decision
decisions_col_outcome = Outcome
decisions_col_status = Status
decisions_col_partner_considered = Partner considered
decisions_col_decided = Decided
decisions_col_review = Review
decisions_col_matrix = Matrix
decisions_overdue = Overdue

## decision.html
decision_eyebrow = Decision { $code }
decision_review_late = Review { $late }
decision_rationale = Rationale
decision_matrix = Decision matrix
decision_override = Override
decision_joint_venture = New geography or vertical with a local partner: consider a joint venture if revenue scale{"\u000A    "}justifies it.
decision_branch_applies = Applies
decision_branch_not_applies = Does not apply
decision_condition_met = (yes)
decision_condition_unmet = (no)
decision_details = Details
decision_outcome = Outcome
decision_partner_considered = Partner considered
decision_acquisition_target = Acquisition target
decision_decided = Decided
decision_review_date = Review date
decision_supersedes = Supersedes
decision_superseded_by = Superseded by
decision_roadmap_items = Roadmap items
decision_item_due = due { $date }
decision_no_roadmap_items = In no roadmap item.

## governance.html
governance_eyebrow = Execution
governance_title = Governance
governance_lede = Who decides what in the partner program, and the executive sponsor of each strategic partner.
governance_raci_title = Decision rights (RACI)
governance_col_decision = Decision
governance_raci_responsible = Responsible
governance_raci_accountable = Accountable
governance_raci_consulted = Consulted
governance_raci_informed = Informed
governance_sponsors_title = Executive sponsors
governance_col_partner = Partner
governance_col_tier = Tier
governance_col_partner_executive = Partner executive
governance_col_our_counterpart = Our counterpart
governance_col_cadence = Relationship cadence
governance_missing_sponsor = Platinum partners without a sponsor

## reviews.html
reviews_eyebrow = Analysis
reviews_title = Overdue reviews
reviews_lede = Decision reviews, QBRs and tier reviews past their date as of { $today }.
reviews_col_review = Review
reviews_col_item = Item
reviews_col_tier = Tier
reviews_col_was_due = Was due
reviews_col_late_by = Late by
reviews_empty = Nothing is overdue.

## validation.html
validation_eyebrow = Analysis
validation_title = Validation
validation_lede = { $files } files checked against the program's rules: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    },{"\u000A    "}{ $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }.
validation_lede_explain_before = Run
validation_lede_explain_after = for what a rule{"\u000A    "}checks.
validation_col_severity = Severity
validation_col_where = Where
validation_col_rule = Rule
validation_col_finding = Finding
validation_all_pass = All rules pass
validation_all_pass_text = The plan has no errors and no warnings.

## handbook_section.html
handbook_section_eyebrow = Handbook
handbook_section_pages = Pages
handbook_section_sections = Sections

## handbook_page.html
handbook_page_eyebrow = Handbook
handbook_page_pager_label = Previous and next pages
handbook_page_previous = Previous
handbook_page_next = Next
handbook_page_toc = On this page
