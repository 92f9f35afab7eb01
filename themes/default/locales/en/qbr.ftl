# The internal QBR pack of one partner (src/qbr/): `partnerbook qbr`, `build --qbr`.
qbr_title = {$partner}: Quarterly Business Review ({$company})
qbr_subject = Internal Quarterly Business Review with {$partner}
qbr_keyword = QBR
qbr_running_header = {$partner} · QBR · {$date}
qbr_internal = Confidential: internal, not for the partner
qbr_cover_title = Quarterly Business Review: {$partner}
qbr_cover_subtitle = Internal briefing for the account team and the executive sponsor
qbr_cover_tier = {$tier} partner · {$status}
qbr_next = Next QBR: {$date} ({$cadence} after the last, {$last})
qbr_next_overdue = Next QBR was due {$date} ({$cadence} after the last, {$last}): overdue
qbr_next_none = Next QBR: none held yet; schedule the first
qbr_not_scheduled = Not scheduled

## Page one: the relationship
qbr_relationship_title = {$partner}: the relationship
qbr_headline = {$tier} partner, {$status}, scoring {$score} ({$band} band). {$distance}
qbr_tile_tier = Tier
qbr_tile_supports = the plan supports {$tier}
qbr_tile_score = Score
qbr_tile_rank = rank {$rank} of {$of}
qbr_tile_pipeline = Annual pipeline
qbr_tile_range = tier range {$range}
qbr_tile_arr = Partner-sourced ARR
qbr_tile_arr_caption = from this partner’s customers
qbr_tile_next_qbr = Next QBR
qbr_tile_last = last {$date}
qbr_tile_overdue = overdue
qbr_review_promotion = The tier review recommends promotion to {$tier}
qbr_review_demotion = The tier review recommends demotion to {$tier}
qbr_distance_title = Distance to {$tier}
qbr_keeping_title = Keeping {$tier}: the tier’s requirements
qbr_status_note = ● Met, ■ Missing: each requirement as the tier framework (tiers.yaml) sets it.
qbr_col_requirement = Requirement
qbr_col_partner = Partner
qbr_col_tier_needs = {$tier} needs
qbr_col_missing = Missing

## Agenda
qbr_agenda_title = Proposed agenda
qbr_agenda_lead = { $n ->
    [one] {$n} item, from the gaps, reviews and risks in this pack.
   *[other] {$n} items, from the gaps, reviews and risks in this pack, most pressing first.
}
qbr_agenda_promotion = Agree the promotion to {$tier} the tier review recommends.
qbr_agenda_demotion = Discuss the demotion to {$tier} the tier review recommends, and what would avoid it.
qbr_agenda_restore = Restore the {$tier} requirements: {$missing}.
qbr_agenda_meets_next = Every {$tier} requirement is met: agree the move to {$tier}.
qbr_agenda_close_gap = Plan the path to {$tier}: {$missing} still missing.
qbr_agenda_overdue = {$kind} overdue since {$date} ({$n} days).
qbr_agenda_item = Roadmap: {$item} is {$status}.
qbr_agenda_item_due = Roadmap: {$item} is {$status} (due {$due}).
qbr_agenda_kr = Key result {$status}: {$kr}.
qbr_agenda_decision_proposed = Decision {$id} ({$title}) is proposed: agree the partner’s part.
qbr_agenda_decision_review = Decision {$id} ({$title}) was due for review on {$date}.
qbr_agenda_locked = Competitive exposure: exclusive to {$competitors}; agree what we can still do together.
qbr_agenda_contested = { $n ->
    [one] Competitive exposure: {$competitors} also partners with them; where do we win together?
   *[other] Competitive exposure: {$competitors} also partner with them; where do we win together?
}
qbr_agenda_sponsor = Name an executive sponsor on both sides.
qbr_agenda_pipeline = Pipeline review ({$pipeline} this year) and the joint GTM plan for next quarter.
qbr_agenda_next_qbr = Agree the date and owners of the next QBR.

## Commitments and benefits
qbr_commitments_section = Commitments and benefits
qbr_commitments_title = Commitments against {$tier}
qbr_commitments_met = Meets every {$tier} requirement.
qbr_commitments_short = Short of {$tier} on {$missing}.
qbr_tier_commitments = What {$tier} partners commit to
qbr_benefits_title = Benefits
qbr_tier_benefits = What {$tier} gives
qbr_col_benefit = Benefit
qbr_col_tier_gives = Tier gives
qbr_benefit_mdf = MDF a year
qbr_benefit_pam = Partner account manager (ours)
qbr_benefit_deal_registration = Deal registration
qbr_no_pam = none named
qbr_pam_shared = { $n ->
    [one] {$pam}
   *[other] {$pam} (shared by {$n} partners of this tier)
}
qbr_pam_limit = { $n ->
    [one] one PAM per partner
   *[other] one PAM for at most {$n} partners
}
qbr_days = { $n ->
    [one] within {$n} business day
   *[other] within {$n} business days
}

## Performance
qbr_performance_title = Performance
qbr_history_lead = Pipeline, ARR and score at each snapshot of the plan, and now.
qbr_history_moved = Since {$since}: pipeline {$pipeline_then} → {$pipeline_now}, ARR {$arr_then} → {$arr_now}, score {$score_then} → {$score_now}.
qbr_history_none = No earlier snapshot of the plan: the trend starts with the next tagged revision.
qbr_chart_pipeline_arr = Pipeline and partner-sourced ARR
qbr_series_pipeline = Pipeline
qbr_series_arr = ARR
qbr_chart_score = Attractiveness score
qbr_series_score = Score
qbr_col_score = Score
qbr_col_band = Band
qbr_col_tier = Tier
qbr_col_arr = ARR
qbr_not_in_plan = not in the plan yet
qbr_roadmap_title = Joint roadmap items
qbr_roadmap_none = No roadmap item names this partner.
qbr_col_quarter = Quarter
qbr_col_item = Item
qbr_col_due = Due
qbr_col_owner = Owner
qbr_krs_title = Key results these items advance
qbr_krs_none = None of this partner’s roadmap items advances a key result.

## Governance and competition
qbr_governance_title = Governance and competition
qbr_notes_title = Notes from the account team
qbr_notes_lead = Written in the partner’s file; internal, never in the partner’s own pack.
qbr_sponsors_title = Sponsors and cadence
qbr_sponsors_none = No executive sponsor is mapped for this partner.
qbr_col_partner_executive = Partner executive
qbr_col_our_counterpart = Our counterpart
qbr_col_cadence = Cadence
qbr_decisions_title = Decisions naming this partner
qbr_decisions_none = No decision names this partner.
qbr_col_decision = Decision
qbr_col_title = Title
qbr_col_kind = Kind
qbr_col_review = Review
qbr_competition_title = Competitor exposure
qbr_competition_locked = Exclusive to {$competitors}: not an available target.
qbr_competition_none = No competitor’s partner map lists this partner.
qbr_competition_contested = { $n ->
    [one] One competitor also partners with them, not exclusively.
   *[other] {$n} competitors also partner with them, none exclusively.
}
qbr_col_competitor = Competitor
qbr_col_model = Model
qbr_col_strength = Their strength
qbr_col_exclusive = Exclusive
qbr_exclusive = Exclusive
qbr_not_exclusive = No
