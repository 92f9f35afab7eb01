# The words of the economics, tiers, competitors, history and traceability pages in English.
# Messages without arguments are read as `msg.<id>`, the others through `tr(id=…)`.
# `{"\u000A    "}` keeps a line break the English page had (the snapshot tests compare the
# page byte for byte); other languages need none. Messages read with `| safe` (their English
# text has an apostrophe, which the escaper would turn into `&#39;`) hold no `&`, `<` or `>`.

## economics.html
economics_eyebrow = Strategy
economics_title = Program economics
economics_lede = What the { $company } partner program costs, what it returns, and whether it is on the path to the thesis target.
economics_figures_label = Headline figures
economics_forecast_title = Forecast against the thesis
economics_costs_title = Program cost
economics_costs_gap = Program cost is not given: { $gap } (annual cost lines such as team, platform, events).
economics_cost_line = Cost line
economics_per_year = Per year
economics_share = Share
economics_inputs_title = Inputs
economics_tiers_title = Economics by tier
economics_tier = Tier
economics_partners = Partners
economics_pipeline = Pipeline
economics_arr = ARR
economics_return = Return
economics_mdf = MDF
economics_payouts = Payouts
economics_new_customers = New customers
economics_tiers_note = Pipeline counts active and recruiting partners; ARR and payouts every partner; MDF partners that have not exited. Return is ARR × gross margin.
economics_partners_title = MDF and payouts by partner
economics_partner = Partner
economics_payout_rate = Payout rate
economics_payout = Payout
economics_partner_cost = Partner cost
economics_breakdowns_title = Where the pipeline and ARR are
economics_sourced_arr = Partner-sourced ARR

## tiers.html
tiers_eyebrow = Partners
tiers_title = Tier framework
tiers_lede = What each tier requires and gives, who is at each tier today, and the promotions and demotions the{"\u000A    "}plan implies.
# After a tier's pipeline target: "$2.0M annual pipeline".
tiers_annual_pipeline = annual pipeline
tiers_no_pipeline_target = No pipeline target
tiers_benefits = Benefits
tiers_commitments = Commitments
tiers_partners = Partners
# After the first partners of a tier, linked: "Acme, Globex and 3 more".
tiers_more = and { $n } more
tiers_none_yet = None yet.
tiers_targeting = { $n ->
    [one] { $n } partner target this tier.
   *[other] { $n } partners target this tier.
}
tiers_review_title = Tier review
# Read with `| safe`.
tiers_review_lede = Implied by pipeline, certification and commitments against each tier's requirements.
tiers_promotions = Promotions
tiers_no_promotions = No promotions.
tiers_demotions = Demotions
tiers_no_demotions = No demotions.
tiers_pams_title = PAM load
tiers_pam = Partner account manager
tiers_platinum = Platinum
tiers_gold = Gold
tiers_gold_limit = Gold limit
tiers_capacity = Capacity
tiers_over_capacity = Over capacity

## competitors.html
competitors_eyebrow = Partners
competitors_title = Competitors and counter-strategy
competitors_lede = Which partners our competitors have signed, which are still available, and where to go around a{"\u000A    "}locked firm.
competitors_counter_title = Counter-strategy
competitors_recruit_first = Recruit first
competitors_available = Available
competitors_available_lede = Not held by any competitor, still to recruit. Best score first.
# "and 3 more in the <a>scorecard</a>": competitors_more, a space, the link, competitors_more_end.
competitors_more = and { $n } more in the
competitors_more_link = scorecard
competitors_more_end = {""}
competitors_none = None.
competitors_recruit_next = Recruit next
competitors_contested = Under-served
competitors_contested_lede = Held by a competitor without exclusivity.
# Before the competitors that hold a partner, linked.
competitors_held_by = held by
competitors_go_around = Go around
competitors_locked = Locked
competitors_locked_lede = Exclusive to a competitor: counter-narrative, approach adjacent partners.
# Before the partners to approach instead, linked.
competitors_alternatives = Alternatives:
competitors_map_title = Competitive partner map
competitors_partner_count = { $n ->
    [one] { $n } partner
   *[other] { $n } partners
}
competitors_exclusive_count = { $n } exclusive
competitors_partner = Partner
competitors_our_tier = Our tier
competitors_model = Model
competitors_strength = Perceived strength
competitors_exclusivity = Exclusivity
competitors_exclusive = Exclusive
competitors_not_tracked = (not tracked)

## history.html
history_eyebrow = Strategy
history_title = History
# Read with `| safe` ($found is escaped by the template).
history_lede = How the partner program moved, read from the plan's git history:{"\u000A    "}{ $found }, then now.
# Before a note on the history read.
history_note = Note:
history_since_title = Since the last board meeting ({ $since })
history_since_rebuilt = The plan is as tagged at { $rebuilt_at }; these are the changes since { $since }, the snapshot before.
history_since_none = No changes to the plan since { $since }.
# "… or a tag that <code>history.tags</code> matches.": the text before and after the setting.
history_no_snapshot_before = No earlier snapshot to compare with yet: the charts appear once the plan has a commit before a quarter end, or a tag that
history_no_snapshot_after = matches.
history_table_title = The numbers
history_not_given = Not charted, because no snapshot gives the figure: { $figures }.
history_snapshot = Snapshot
history_date = Date
history_commit = Commit
history_partner_arr = Partner ARR
history_required = Required this year
history_pipeline = Pipeline
history_program_cost = Program cost
history_roi = ROI
history_okrs = OKR progress
# P / G / S / R: the tiers' initials (Platinum, Gold, Silver, Registered).
history_tiers = Tiers P / G / S / R / prospect
history_check = Check
history_skipped = Skipped revisions

## traceability.html
traceability_objective = Objective
# Short for key result.
traceability_kr = KR
traceability_no_roadmap_item = No roadmap item
# A roadmap item.
traceability_roadmap = Roadmap
traceability_eyebrow = Analysis
traceability_title = Traceability
# Read with `| safe`.
traceability_lede = From the thesis's prioritised models to the objectives that serve them, their key results, the{"\u000A    "}roadmap items that advance them, and the partners and decisions involved.
traceability_orphans_title = Orphans
traceability_orphan_platinum = Platinum partners in no roadmap item
traceability_none = None.
traceability_orphan_key_results = Key results with no roadmap item
traceability_orphan_models = Models no objective serves
traceability_tree_title = Thesis to execution
traceability_model = Model
traceability_no_objective = No objective serves this model.
traceability_objectives = Objectives
traceability_unlinked = not tied to a thesis model
