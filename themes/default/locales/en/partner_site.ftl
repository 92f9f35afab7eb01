# The partner-facing site (`build --audience partner:ID`): one partner's page, the tier
# framework and the handbook pages shared with partners. Words a partner reads: "you"
# is the partner, "we" the company running the program.

## Layout and navigation
ps_site_title = { $company } partner site for { $partner }
ps_footer_prepared = Prepared for { $partner } by { $company }
ps_footer_as_of = Figures as of { $date }
ps_nav_partnership = Your partnership
ps_nav_overview = Overview
ps_nav_tiers = Tier framework
ps_nav_handbook = Partner handbook

## The partner's page
ps_eyebrow = Your partnership
# "Gold partner of Northwind Analytics".
ps_lede = { $tier } partner of { $company }
ps_lede_prospect = Prospective partner of { $company }
ps_score = Partner score
ps_figures = Key figures
ps_pipeline = Annual pipeline
ps_arr = ARR
ps_mdf = MDF per year
ps_next_qbr = Next business review
ps_not_recorded = Not recorded
ps_next_tier = Your next tier
ps_requirement = Requirement
ps_you_have = You have
ps_tier_needs = Tier needs
ps_status = Status
ps_met = Met
ps_framework_link = The tier framework
# "You meet 3 of 5 requirements of Gold."
ps_distance_summary = You meet { $met } of { $n ->
    [one] { $n } requirement
   *[other] { $n } requirements
} of { $tier }.
ps_distance_ready = You meet every requirement of { $tier }: let us talk about moving up.
ps_distance_top = { $tier } is our top tier.
# "at least $500K", "at least 3".
ps_at_least = at least { $value }
ps_missing_money = { $amount } more a year
ps_missing_count = { $n } more
ps_missing_yes = Not yet
ps_missing_plan = To be signed
ps_commitments = Your commitments
ps_tier_commits = What your tier asks
ps_benefits = Benefits of your tier
ps_no_benefits = Your tier has no listed benefits yet.
ps_pages = Handbook pages for partners
ps_profile = Profile
ps_fact_tier = Tier
ps_fact_status = Status
ps_fact_pam = Your partner manager
ps_fact_last_qbr = Last business review
ps_sponsors = Executive sponsors
ps_your_executive = Your executive
ps_our_executive = Our executive
ps_cadence = Cadence
ps_no_sponsors = No executive sponsors named yet.
ps_roadmap = Joint roadmap
ps_no_roadmap = No joint roadmap items yet.
ps_due = due { $due }

## Requirements and commitments
ps_req_certified_individuals = Certified individuals
ps_req_dedicated_practice = Dedicated practice
ps_req_joint_business_plan = Joint business plan
ps_req_qbr = Quarterly business reviews
ps_req_named_pam = Named partner manager on your side
ps_req_gtm_activities = Joint go-to-market activities a year
ps_per_year = at least { $n } a year
ps_review_cadence = Business review

## The tier framework
ps_tiers_eyebrow = Partner program
ps_tiers_title = Tier framework
ps_tiers_lede = What each tier asks of a partner and what it gives.
ps_your_tier = Your tier
ps_annual_pipeline = annual pipeline
ps_no_pipeline_target = No pipeline target
ps_benefits_short = Benefits
ps_commitments_short = Commitments

## Handbook pages
ps_page_eyebrow = Partner handbook
