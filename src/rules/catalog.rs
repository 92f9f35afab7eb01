//! The catalog of every rule partnerbook checks: id, severity, and the explanation shown by `partnerbook explain`.

/// How serious a rule's finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    /// The lower-case name used in diagnostics and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One rule of the catalog.
#[derive(Debug)]
pub struct RuleInfo {
    pub id: &'static str,
    pub severity: Severity,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// One paragraph: why it matters for a partner program and how it is computed.
    pub explanation: &'static str,
    /// A short failing example (YAML or Markdown, the file name as first comment line).
    pub bad: &'static str,
    /// The same example corrected.
    pub good: &'static str,
}

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        id: "syntax",
        severity: Severity::Error,
        summary: "A YAML or front-matter file does not parse, has an unknown key, or a value of the wrong type.",
        explanation: r#"Every plan file is read strictly: YAML must parse, every key must be one the format defines and be written once per mapping, and every value must have the expected type (money, percent, date, integer, list). Unknown keys are errors rather than being ignored, because a misspelt `target_tier` or `curent_arr` would otherwise silently drop a value that the tier review, the thesis statement or the board pack depends on, and the plan would look valid while saying something else. When a known key is close to the unknown one, the diagnostic suggests it ("did you mean `current_arr`?"), and it points at the line and column of the offending key or value."#,
        bad: r#"# plan.yaml
company:
  name: Northwind Analytics
  curent_arr: "$18M"
program:
  horizon_years: three"#,
        good: r#"# plan.yaml
company:
  name: Northwind Analytics
  current_arr: "$18M"
program:
  horizon_years: 3"#,
    },
    RuleInfo {
        id: "required",
        severity: Severity::Error,
        summary: "A required field is missing.",
        explanation: r#"Some fields carry the numbers the whole plan is derived from, so they cannot be left out: the company's name, description, category, current and target ARR, ICPs and markets in `plan.yaml`; a partner's name, landscape (A/B/C), category, current tier and all five attractiveness ratings; a decision's id, decision and status; a handbook page's title. Without all five ratings the weighted attractiveness score (30/25/20/15/10) cannot be computed, so the partner could not be placed in the priority, secondary or opportunistic band, ranked in the scorecard or checked against its tier. The diagnostic names the file and the object that lacks the field."#,
        bad: r#"# partners/kpmg.md
---
name: KPMG
landscape: A
category: big4
tier: prospect
scores: {icp_overlap: 80, market_influence: 90, practice_alignment: 70}
---"#,
        good: r#"# partners/kpmg.md
---
name: KPMG
landscape: A
category: big4
tier: prospect
scores: {icp_overlap: 80, market_influence: 90, practice_alignment: 70,
         partnership_appetite: 60, revenue_potential: 75}
---"#,
    },
    RuleInfo {
        id: "placeholder",
        severity: Severity::Error,
        summary: "A template placeholder such as `[Company Name]`, `[X]`, `$[X]`, `[N]`, `[date]` or `[Firm 1]` was left unfilled.",
        explanation: r#"The partnership playbook is a template full of blanks: "[X]% of total ARR within [N] years", "Top MDF allocation ($[X]/yr)", "Sign [N] Platinum partners by [date]", "[Firm 1] — [industry]". Pasting its blocks is the intended way to start a plan, so it is easy to ship a handbook or a board pack that still says "[X]". partnerbook scans every string value and Markdown body for bracketed placeholders and flags empty strings where a value is required, such as the `""` answers of the seed's `partnership_rationale`. An empty `annual_pipeline_target` is not a placeholder: it means "no target", as for the Registered tier."#,
        bad: r#"# plan.yaml
company:
  name: "[Company Name]"
  target_arr: "$[X]"
program:
  partner_arr_share: "[X]%""#,
        good: r#"# plan.yaml
company:
  name: Northwind Analytics
  target_arr: "$60M"
program:
  partner_arr_share: 35%"#,
    },
    RuleInfo {
        id: "company.markets",
        severity: Severity::Error,
        summary: "`company.markets` must list 2 or 3 markets.",
        explanation: r#"The playbook asks for "the 2–3 markets where partnership-led growth is expected to accelerate", and the thesis statement names them ("partnering with ... who serve [ICP] in [markets]"). A single market rarely needs the geographic and credibility reach that partners bring; four or more spreads recruitment, PAM capacity and MDF so thin that no market gets a Platinum partner. The rule counts the entries of `company.markets` in `plan.yaml`; pick the markets where partner reach closes the largest gap and move the rest to the Year 2 roadmap."#,
        bad: r#"# plan.yaml
company:
  markets: [EU financial services, North American healthcare,
            APAC insurance, LATAM banking]"#,
        good: r#"# plan.yaml
company:
  markets: [EU financial services, North American healthcare]"#,
    },
    RuleInfo {
        id: "company.arr",
        severity: Severity::Error,
        summary: "`target_arr` must exceed `current_arr`.",
        explanation: r#"The partner program exists to close the gap between current and target ARR: with `partner_arr_share: 35%` and a target of $60M the channel must reach $21M of partner-sourced ARR within the horizon, and the KPI figures, OKR progress and thesis statement are derived from that gap. A target that does not exceed the current ARR makes the gap zero or negative and every derived number meaningless. Both values are parsed as money in the plan currency (`"$18M"` is 18,000,000) before they are compared, so a swapped pair or a unit slip (`"$60K"` for `"$60M"`) is caught."#,
        bad: r#"# plan.yaml
company:
  current_arr: "$18M"
  target_arr: "$60K""#,
        good: r#"# plan.yaml
company:
  current_arr: "$18M"
  target_arr: "$60M""#,
    },
    RuleInfo {
        id: "score.weights",
        severity: Severity::Error,
        summary: "Scoring weights must be exactly the five factors and sum to 100.",
        explanation: r#"The Partner Attractiveness Score is ICP client overlap × 30% + market influence × 25% + practice alignment × 20% + partnership appetite × 15% + revenue potential × 10%. A plan may tune these weights under `scoring.weights`, but they must name exactly the five factors (`icp_overlap`, `market_influence`, `practice_alignment`, `partnership_appetite`, `revenue_potential`) and add up to 100. Otherwise scores leave the 0–100 scale, the 75/50 band thresholds stop meaning "priority" and "secondary", and a partner's band depends on an arithmetic slip instead of its merits."#,
        bad: r#"# plan.yaml
scoring:
  weights: {icp_overlap: 35, market_influence: 25, practice_alignment: 20,
            partnership_appetite: 15, revenue_potential: 10}"#,
        good: r#"# plan.yaml
scoring:
  weights: {icp_overlap: 30, market_influence: 25, practice_alignment: 20,
            partnership_appetite: 15, revenue_potential: 10}"#,
    },
    RuleInfo {
        id: "score.range",
        severity: Severity::Error,
        summary: "Each factor rating must lie within 0–100.",
        explanation: r#"Each of the five ratings under a partner's `scores` is on a 0–100 scale, so that the weighted sum lands on the same scale as the priority (75) and secondary (50) bands. A rating of 120, or one given on a 1–10 scale, would push a partner into the wrong band and distort the ranked scorecard, the recruitment order and the near-the-line analysis. The rule checks every rating of every partner file."#,
        bad: r#"# partners/pwc.md
---
scores:
  icp_overlap: 85
  market_influence: 120
  practice_alignment: 75
  partnership_appetite: 60
  revenue_potential: 70
---"#,
        good: r#"# partners/pwc.md
---
scores:
  icp_overlap: 85
  market_influence: 95
  practice_alignment: 75
  partnership_appetite: 60
  revenue_potential: 70
---"#,
    },
    RuleInfo {
        id: "score.bands",
        severity: Severity::Error,
        summary: "Score bands must satisfy 0 < secondary < priority ≤ 100.",
        explanation: r#"The bands turn a score into a resourcing decision: at or above `priority` (seed: 75) a partner is a priority recruitment target; from `secondary` (seed: 50) up to the priority line it is a secondary target, recruited after the priority partners are active; below `secondary` it is opportunistic and gets no investment unless it came inbound. The thresholds must be ordered 0 < secondary < priority ≤ 100, or a band becomes empty or unreachable and the recruitment order and investment rules contradict each other."#,
        bad: r#"# plan.yaml
scoring:
  bands: {priority: 50, secondary: 75}"#,
        good: r#"# plan.yaml
scoring:
  bands: {priority: 75, secondary: 50}"#,
    },
    RuleInfo {
        id: "score.declared",
        severity: Severity::Error,
        summary: "A hand-written `score` differs from the score computed from the ratings.",
        explanation: r#"The attractiveness score is always computed by partnerbook from the five ratings and the plan's weights (seed: 30/25/20/15/10). A partner file may state `score:` for readability, but if it differs from the computed value by more than 0.05 it is an error: a stale score left behind after a rating changed would put the partner in a band its ratings do not support. With ratings 90/95/80/70/85 the score is 27 + 23.75 + 16 + 10.5 + 8.5 = 85.75; fix the number, or delete `score:` and let partnerbook show it."#,
        bad: r#"# partners/deloitte.md
---
scores: {icp_overlap: 90, market_influence: 95, practice_alignment: 80,
         partnership_appetite: 70, revenue_potential: 85}
score: 86
---"#,
        good: r#"# partners/deloitte.md
---
scores: {icp_overlap: 90, market_influence: 95, practice_alignment: 80,
         partnership_appetite: 70, revenue_potential: 85}
score: 85.75
---"#,
    },
    RuleInfo {
        id: "score.invest-low",
        severity: Severity::Error,
        summary: "An opportunistic partner (below the secondary band) is targeted at gold or platinum, or gets MDF or a PAM, without `inbound: true`.",
        explanation: r#"The playbook is explicit: "Score < 50: Opportunistic only — do not invest unless inbound." PAM time and MDF are the program's scarcest resources, and spending them on a partner that scores below the secondary band starves the priority partners that drive partner-sourced ARR. The rule fires when such a partner has `target_tier` gold or platinum, an `mdf` amount, or a `pam`, unless the partner is marked `inbound: true` (it came to us with a deal). Raise the ratings if they are wrong, mark the partner inbound, or keep it on the self-serve long tail."#,
        bad: r#"# partners/harbor-advisory.md
---
tier: registered
target_tier: gold
scores: {icp_overlap: 40, market_influence: 30, practice_alignment: 50,
         partnership_appetite: 60, revenue_potential: 20}
mdf: "$25K"
---"#,
        good: r#"# partners/harbor-advisory.md
---
tier: registered
target_tier: registered
scores: {icp_overlap: 40, market_influence: 30, practice_alignment: 50,
         partnership_appetite: 60, revenue_potential: 20}
---"#,
    },
    RuleInfo {
        id: "score.recruit-order",
        severity: Severity::Warning,
        summary: "A secondary-band partner is being recruited while a priority-band partner is still a prospect.",
        explanation: r#"The playbook orders recruitment by score: priority targets (≥ 75) first, and secondary targets (50–74) only "after Priority tier is active". Recruiting a secondary partner while a priority partner has `status: prospect` spends partner-development capacity on the weaker opportunity first. The rule compares computed scores: if any partner with `status: recruiting` is in the secondary band while a priority-band partner is still a prospect, it warns and names both. Start the priority outreach first, or re-rate the partners if the order is deliberate."#,
        bad: r#"# partners/accenture.md
status: prospect      # computed score 82: priority band
# partners/bluecrest.md
status: recruiting    # computed score 61: secondary band"#,
        good: r#"# partners/accenture.md
status: recruiting    # computed score 82: priority band
# partners/bluecrest.md
status: prospect      # computed score 61: secondary band"#,
    },
    RuleInfo {
        id: "tier.ladder",
        severity: Severity::Error,
        summary: "Tier pipeline ranges must descend platinum > gold > silver > registered, without overlap or gap.",
        explanation: r#"A partner's annual partner-sourced pipeline places it on the tier ladder: seed values Platinum $2M+, Gold $500K–$2M, Silver $100K–$500K, Registered no target. The tier review recommends promotions and demotions from these ranges, so they must descend from platinum to registered, each tier's upper bound meeting the lower bound of the tier above. An overlap makes a partner fit two tiers; a gap (Gold ending at $1.5M while Platinum starts at $2M) leaves a $1.7M partner with no tier at all."#,
        bad: r#"# tiers.yaml
partner_tiers:
  platinum: {name: Platinum, annual_pipeline_target: "$2M+"}
  gold: {name: Gold, annual_pipeline_target: "$500K–$1.5M"}
  silver: {name: Silver, annual_pipeline_target: "$100K–$500K"}
  registered: {name: Registered, annual_pipeline_target: ""}"#,
        good: r#"# tiers.yaml
partner_tiers:
  platinum: {name: Platinum, annual_pipeline_target: "$2M+"}
  gold: {name: Gold, annual_pipeline_target: "$500K–$2M"}
  silver: {name: Silver, annual_pipeline_target: "$100K–$500K"}
  registered: {name: Registered, annual_pipeline_target: ""}"#,
    },
    RuleInfo {
        id: "tier.certification-ladder",
        severity: Severity::Error,
        summary: "Required certified individuals must not increase down the ladder.",
        explanation: r#"Certified individuals are how a partner proves it can deliver without our professional services, which is what closes the delivery gap. Higher tiers earn more benefits (PAM, MDF, executive sponsorship) and must therefore demand at least as much enablement: the seed requires 5 for Platinum, 3 for Gold, 1 for Silver and none for Registered. The rule checks that `certified_individuals` never increases from platinum to gold to silver to registered; otherwise a promotion could lower a partner's obligations."#,
        bad: r#"# tiers.yaml
partner_tiers:
  platinum: {name: Platinum, certified_individuals: 5}
  gold: {name: Gold, certified_individuals: 6}
  silver: {name: Silver, certified_individuals: 1}"#,
        good: r#"# tiers.yaml
partner_tiers:
  platinum: {name: Platinum, certified_individuals: 5}
  gold: {name: Gold, certified_individuals: 3}
  silver: {name: Silver, certified_individuals: 1}"#,
    },
    RuleInfo {
        id: "tier.fit",
        severity: Severity::Warning,
        summary: "A partner's pipeline lies outside its tier's pipeline range: promotion or demotion recommended.",
        explanation: r#"Tiers should follow performance. When a partner's `pipeline` is above its current tier's `annual_pipeline_target` range, it is under-served (a Silver partner bringing $1.1M belongs in Gold, with a shared PAM and MDF); when it is below, it consumes benefits it has not earned. The rule compares the pipeline with the range of the partner's `tier` and warns with the tier whose range it falls in, which the tier review lists as a promotion or demotion. Partners without a stated pipeline are not checked."#,
        bad: r#"# partners/bluecrest.md
---
tier: silver
pipeline: "$1.1M"
certified_individuals: 3
commitments: {gtm_activities: 2}
---"#,
        good: r#"# partners/bluecrest.md
---
tier: gold
pipeline: "$1.1M"
certified_individuals: 3
commitments: {gtm_activities: 2}
---"#,
    },
    RuleInfo {
        id: "tier.certified",
        severity: Severity::Error,
        summary: "A partner has fewer certified individuals than its tier requires.",
        explanation: r#"A partner's `certified_individuals` must reach its current tier's requirement (seed: Platinum 5, Gold 3, Silver 1). Below it the partner cannot credibly deliver implementations on its own, customers it brings land on our services team, and the tier's benefits are paid for enablement that has not happened. Either finish the certifications (the roadmap's "training + certification completed" item) or move the partner down a tier."#,
        bad: r#"# partners/bluecrest.md
---
tier: gold
certified_individuals: 1
---"#,
        good: r#"# partners/bluecrest.md
---
tier: gold
certified_individuals: 3
---"#,
    },
    RuleInfo {
        id: "tier.requirements",
        severity: Severity::Error,
        summary: "A partner does not meet its current tier's practice and commitment requirements.",
        explanation: r#"Tier benefits are exchanged for commitments. Platinum requires a dedicated practice or center of excellence (`dedicated_practice: true`) and, under `commitments`, a joint business plan signed by VP+ (`joint_business_plan: signed`), quarterly business reviews (`qbr: true`), a named PAM at the partner firm (`named_pam: true`) and at least the tier's `min_gtm_activities` joint go-to-market activities a year (seed: 4). Gold requires at least its `min_gtm_activities` (seed: 2). The review cadence and deal-registration days belong to the tier, not to each partner. A Platinum partner with only a draft plan gets top MDF and executive time without a shared target to hold it to."#,
        bad: r#"# partners/deloitte.md
---
tier: platinum
dedicated_practice: true
commitments:
  joint_business_plan: draft
  qbr: true
  gtm_activities: 2
  named_pam: true
---"#,
        good: r#"# partners/deloitte.md
---
tier: platinum
dedicated_practice: true
commitments:
  joint_business_plan: signed
  qbr: true
  gtm_activities: 4
  named_pam: true
---"#,
    },
    RuleInfo {
        id: "tier.pam-capacity",
        severity: Severity::Warning,
        summary: "One PAM carries more gold partners than the tier allows.",
        explanation: r#"The Gold tier's benefit is a "PAM shared across 3–5 Gold partners". Beyond that a partner account manager cannot run the semi-annual reviews, joint activities and deal-registration follow-up the tier promises, and the partners notice. The rule counts, per `pam` value, the partners whose `tier` is gold and warns when the count exceeds the gold tier's `pam_max_partners` (the seed's upper bound, 5). Move partners to another PAM or plan the hire in the roadmap."#,
        bad: r#"# tiers.yaml
partner_tiers:
  gold: {name: Gold, annual_pipeline_target: "$500K–$2M", pam_max_partners: 5}
# partners/{bluecrest,harbor,meridian,northgate,oakline,quayside}.md
tier: gold
pam: j.alvarez"#,
        good: r#"# tiers.yaml
partner_tiers:
  gold: {name: Gold, annual_pipeline_target: "$500K–$2M", pam_max_partners: 5}
# partners/{bluecrest,harbor,meridian,northgate,oakline}.md
tier: gold
pam: j.alvarez
# partners/quayside.md
tier: gold
pam: m.osei"#,
    },
    RuleInfo {
        id: "landscape.alignment",
        severity: Severity::Warning,
        summary: "Landscape A should target platinum, B gold, C silver or registered.",
        explanation: r#"The partner landscape and the tier ladder are two views of the same strategy: Tier A strategic partners (Big 4, GSIs) are Platinum targets, Tier B growth partners (boutiques, regional SIs, ISVs) are Gold targets, and the Tier C long tail is served self-serve at Silver or Registered with minimal investment. A partner whose `target_tier` (or current `tier` when no target is set) does not match its `landscape` means either the landscape letter or the tier ambition is wrong, and MDF and PAM time will follow the wrong one."#,
        bad: r#"# partners/bluecrest.md
---
landscape: B
tier: silver
target_tier: platinum
---"#,
        good: r#"# partners/bluecrest.md
---
landscape: B
tier: silver
target_tier: gold
---"#,
    },
    RuleInfo {
        id: "landscape.priority",
        severity: Severity::Warning,
        summary: "A landscape-A or platinum-target partner scores below the priority band.",
        explanation: r#"Landscape A and a Platinum target commit the most resources: a dedicated PAM, top MDF, executive-to-executive sponsorship. The playbook reserves priority recruitment for partners scoring at or above the priority band (seed: 75). When a partner marked `landscape: A` or `target_tier: platinum` computes below that line, the strategic label is not supported by the ratings (here 21 + 20 + 12 + 9 + 7 = 69). Re-rate the partner if the ratings are stale, or reclassify it as a growth partner."#,
        bad: r#"# partners/cognizant.md
---
landscape: A
target_tier: platinum
scores: {icp_overlap: 70, market_influence: 80, practice_alignment: 60,
         partnership_appetite: 60, revenue_potential: 70}
---"#,
        good: r#"# partners/cognizant.md
---
landscape: B
target_tier: gold
scores: {icp_overlap: 70, market_influence: 80, practice_alignment: 60,
         partnership_appetite: 60, revenue_potential: 70}
---"#,
    },
    RuleInfo {
        id: "model.unknown",
        severity: Severity::Error,
        summary: "A partnership model id that is not in the model catalog.",
        explanation: r#"Partnership models are referenced by id in the thesis, partner files, competitor entries and OKRs. The catalog holds the seven built-in models (referral, reseller, co-sell, implementation, oem, joint-venture, technology-alliance), each with its definition, best-for partners, revenue mechanism and term ranges, plus any added in `models.yaml`. An unknown id cannot be linked, its commercial terms cannot be checked, and traceability from thesis models to OKRs breaks. Use a catalog id or define the model in `models.yaml`."#,
        bad: r#"# partners/insight-partners.md
---
models: [co-sell, resale]
---"#,
        good: r#"# partners/insight-partners.md
---
models: [co-sell, reseller]
---"#,
    },
    RuleInfo {
        id: "model.terms",
        severity: Severity::Error,
        summary: "Commercial terms lie outside the model's range (referral fee 5–15 %, reseller margin 20–40 %).",
        explanation: r#"Each model has a commercial term range: a referral partner earns 5–15 % of ACV, a reseller 20–40 % off list. A partner's `terms` are checked against the ranges of its models (as overridden in `models.yaml`, if at all). Above the range the deal erodes the unit economics that made partnering cheaper than direct sales (the cost-efficiency rationale); below it the partner has no reason to prioritise us. Terms outside the range need a different model, a renegotiation, or a documented range change in `models.yaml`."#,
        bad: r#"# partners/ledgerline.md
---
models: [referral]
terms: {referral_fee: 20%}
---"#,
        good: r#"# partners/ledgerline.md
---
models: [referral]
terms: {referral_fee: 12%}
---"#,
    },
    RuleInfo {
        id: "ref.unknown",
        severity: Severity::Error,
        summary: "A reference to a partner, decision, competitor, tier or page that does not exist.",
        explanation: r#"The plan is a web of references: roadmap items and sponsors name partners, decisions name the partner considered, competitor maps name partners, and Markdown links use `partner:<id>`, `decision:<D-NNN>`, `competitor:<id>`, `tier:<name>` or a relative path to another `.md` file. Each is resolved against the content directory; one that points nowhere would be a broken link in the handbook and a hole in the traceability chain (thesis → OKRs → roadmap → partners → decisions). The diagnostic names the missing target and, when one is close, suggests it."#,
        bad: r#"# handbook/deal-registration.md
---
title: Deal registration
---
Platinum partners such as [Deloitte](partner:delloite) register
deals within 5 business days ([tiers](tier:platinum))."#,
        good: r#"# handbook/deal-registration.md
---
title: Deal registration
---
Platinum partners such as [Deloitte](partner:deloitte) register
deals within 5 business days ([tiers](tier:platinum))."#,
    },
    RuleInfo {
        id: "id.duplicate",
        severity: Severity::Error,
        summary: "Two items share an id.",
        explanation: r#"Ids are how partners, decisions, competitors, objectives and key results are linked, rendered as pages and compared over time by `partnerbook diff`. Two items with the same id would make every reference to it ambiguous: which Collibra holds Deloitte, which D-004 was superseded? The rule checks uniqueness within each kind: partner ids (file stems), decision ids, competitor ids, and objective and key-result ids."#,
        bad: r#"# competitors.yaml
competitors:
  - {id: collibra, name: Collibra, partners: []}
  - {id: collibra, name: Alation, partners: []}"#,
        good: r#"# competitors.yaml
competitors:
  - {id: collibra, name: Collibra, partners: []}
  - {id: alation, name: Alation, partners: []}"#,
    },
    RuleInfo {
        id: "sponsor.missing",
        severity: Severity::Error,
        summary: "A platinum partner has no complete executive sponsor row.",
        explanation: r#"The playbook requires an executive sponsor mapping for every Platinum partner: the partner's executive, our counterpart (typically the CPO) and the relationship cadence (e.g. "Monthly 1:1 + QBR"). Executive-to-executive relationships are a Platinum benefit and the main defence against a competitor winning the partner over. The rule checks that each partner whose current tier is platinum has a row in `governance.yaml` `sponsors` with `partner_executive`, `our_counterpart` and `cadence` all filled."#,
        bad: r#"# governance.yaml
sponsors:
  - partner: deloitte
    partner_executive: VP Alliance, Digital
    our_counterpart: CPO"#,
        good: r#"# governance.yaml
sponsors:
  - partner: deloitte
    partner_executive: VP Alliance, Digital
    our_counterpart: CPO
    cadence: Monthly 1:1 + QBR"#,
    },
    RuleInfo {
        id: "raci.accountable",
        severity: Severity::Error,
        summary: "A RACI row does not have exactly one A (Accountable).",
        explanation: r#"The governance RACI assigns each partner-program decision (new partnership approval, tier promotion/demotion, commercial terms, deal registration, MDF allocation, partner exit) to roles. Exactly one role must be Accountable: with none, nobody owns the outcome; with two, the decision stalls or is made twice. In the seed the CPO is accountable for commercial terms while Finance and Legal are responsible. The rule counts the A letters in each row of `raci.decisions`."#,
        bad: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Finance, Legal]
  decisions:
    Commercial terms approval: {CPO: A, VP Alliance GTM: C, Finance: A, Legal: R}"#,
        good: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Finance, Legal]
  decisions:
    Commercial terms approval: {CPO: A, VP Alliance GTM: C, Finance: R, Legal: R}"#,
    },
    RuleInfo {
        id: "raci.responsible",
        severity: Severity::Error,
        summary: "A RACI row has no R (Responsible).",
        explanation: r#"A decision type with an accountable owner but nobody responsible for doing the work is a process that exists only on paper: deal registrations wait past the 48-hour SLA, MDF claims pile up. Every row of `raci.decisions` needs at least one R; in the seed, Partner Ops is responsible for deal registration approval while the VP Alliance GTM is accountable."#,
        bad: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Director Partner Ops]
  decisions:
    Deal registration approval: {CPO: I, VP Alliance GTM: A, Director Partner Ops: I}"#,
        good: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Director Partner Ops]
  decisions:
    Deal registration approval: {CPO: I, VP Alliance GTM: A, Director Partner Ops: R}"#,
    },
    RuleInfo {
        id: "raci.letter",
        severity: Severity::Error,
        summary: "A RACI cell is not R, A, C or I, or names a role not in the roles list.",
        explanation: r#"Each RACI cell holds one letter: R (Responsible), A (Accountable), C (Consulted) or I (Informed), and each column must be one of `raci.roles`, so that the governance table renders with one column per role and the accountable/responsible checks count correctly. A misspelt role ("VP Alliances" for "VP Alliance GTM") would add a phantom column, and an unknown letter would leave that role's duty undefined."#,
        bad: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Director Partner Ops, Finance]
  decisions:
    MDF allocation: {CPO: A, VP Alliances: C, Director Partner Ops: R, Finance: X}"#,
        good: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Director Partner Ops, Finance]
  decisions:
    MDF allocation: {CPO: A, VP Alliance GTM: C, Director Partner Ops: R, Finance: R}"#,
    },
    RuleInfo {
        id: "decision.id",
        severity: Severity::Error,
        summary: "A decision id is not `D-NNN`, or the file name and the id disagree.",
        explanation: r#"Build/partner/acquire decisions form a numbered log (D-001, D-002, ...) that partner pages, roadmap items and `decision:` links refer to. The id must be `D-` followed by three or more digits, and the file must be named `decisions/<id>-<slug>.md` with the same id, so that the log sorts correctly and a reader who opens the file sees the decision it is cited as."#,
        bad: r#"# decisions/D-002-emea-data-residency.md
---
id: D-2
title: EMEA data residency
decision: PARTNER
---"#,
        good: r#"# decisions/D-002-emea-data-residency.md
---
id: D-002
title: EMEA data residency
decision: PARTNER
---"#,
    },
    RuleInfo {
        id: "decision.matrix",
        severity: Severity::Error,
        summary: "The declared decision is not supported by its criteria under the build/partner/acquire matrix.",
        explanation: r#"partnerbook evaluates the playbook's matrix on a decision's `criteria`: BUILD when the capability is core to differentiation and we have engineering capacity; PARTNER when it is adjacent and not core, a strong partner serves our ICP and partner economics are positive; ACQUIRE when it is critical to market position, building would take more than 18 months and a target is within budget; PARTNER (with joint-venture consideration) for entry into a new geography or vertical where a partner has local presence. A declared `decision` that none of the matching branches supports is an error; with an `override_reason` it is reported as a warning, so deliberate exceptions stay visible to the board."#,
        bad: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: BUILD
criteria: {core_differentiation: false, engineering_capacity: true, adjacent: true,
           strong_partner_serves_icp: true, partner_economics_positive: true}
---"#,
        good: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: PARTNER
partner_considered: workiva
criteria: {core_differentiation: false, engineering_capacity: true, adjacent: true,
           strong_partner_serves_icp: true, partner_economics_positive: true}
---"#,
    },
    RuleInfo {
        id: "decision.partner",
        severity: Severity::Error,
        summary: "A PARTNER decision has no `partner_considered`, or it is not an existing partner id.",
        explanation: r#"The decision log records "Partner considered (if PARTNER)". A PARTNER decision must name that partner by id in `partner_considered`, and a file `partners/<id>.md` must exist (add the partner as a prospect if it is not tracked yet). This lets the partner's page list the decisions that depend on it and keeps the traceability chain intact: if the partner later pauses or exits, the decisions resting on it surface for review."#,
        bad: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: PARTNER
partner_considered: Workiva Inc.
---"#,
        good: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: PARTNER
partner_considered: workiva
---"#,
    },
    RuleInfo {
        id: "decision.review",
        severity: Severity::Warning,
        summary: "An active or proposed decision's review date has passed.",
        explanation: r#"Build/partner/acquire decisions are reviewed quarterly: partner economics change, a partner's ICP coverage shifts, a build estimate shrinks. A decision with `status` active or proposed whose `review_date` is before today (the `--today` date, or the current date) is overdue; it is listed under overdue reviews in the site and board pack. Review it, then set the next `review_date`, or retire or supersede it."#,
        bad: r#"# decisions/D-001-regulatory-connectors.md
---
status: active
decided: 2026-10-02
review_date: 2027-01-15    # passed: checked with --today 2027-02-01
---"#,
        good: r#"# decisions/D-001-regulatory-connectors.md
---
status: active
decided: 2026-10-02
review_date: 2027-04-15    # reviewed in January, next quarterly review set
---"#,
    },
    RuleInfo {
        id: "decision.supersedes",
        severity: Severity::Error,
        summary: "`supersedes` names a missing or non-superseded decision, or a superseded decision is superseded by none.",
        explanation: r#"When a build/partner/acquire decision is revisited, the new decision names the old one in `supersedes` and the old one gets `status: superseded`. Both halves must agree: the named decision must exist and be marked superseded, and every superseded decision must be named by some decision. Otherwise the log shows two active answers to the same question, or a retired answer with no record of what replaced it."#,
        bad: r#"# decisions/D-004-connectors-acquire.md
---
id: D-004
supersedes: D-001
---
# decisions/D-001-regulatory-connectors.md
---
status: active
---"#,
        good: r#"# decisions/D-004-connectors-acquire.md
---
id: D-004
supersedes: D-001
---
# decisions/D-001-regulatory-connectors.md
---
status: superseded
---"#,
    },
    RuleInfo {
        id: "decision.rationale",
        severity: Severity::Warning,
        summary: "A decision's rationale is not 2–3 sentences.",
        explanation: r#"The decision log asks for a rationale of 2–3 sentences: enough to state the gap, why the chosen path wins under the matrix and what would change the answer, short enough for the board pack's decision log. The Markdown body of the decision file is the rationale; its sentences are counted, and a one-liner or an essay gets a warning."#,
        bad: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: PARTNER
---
Workiva does this."#,
        good: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: PARTNER
---
Regulatory reporting is adjacent to governance, not our differentiator.
Workiva already serves our CDO buyers and the co-sell economics are positive."#,
    },
    RuleInfo {
        id: "competitor.count",
        severity: Severity::Warning,
        summary: "Fewer than 3 competitors are mapped.",
        explanation: r#"The playbook maps "which partners your top 3 competitors have signed": with fewer than three, the counter-strategy (which partners are available or under-served and should be recruited first, which are locked and call for adjacent alternatives) is built on a partial view of the market. The rule counts the entries of `competitors.yaml`."#,
        bad: r#"# competitors.yaml
competitors:
  - {id: collibra, name: Collibra, partners: [{partner: deloitte, model: co-sell, locked: true}]}
  - {id: alation, name: Alation, partners: []}"#,
        good: r#"# competitors.yaml
competitors:
  - {id: collibra, name: Collibra, partners: [{partner: deloitte, model: co-sell, locked: true}]}
  - {id: alation, name: Alation, partners: []}
  - {id: informatica, name: Informatica, partners: [{partner: accenture, model: implementation}]}"#,
    },
    RuleInfo {
        id: "okr.empty",
        severity: Severity::Error,
        summary: "An objective has no key results.",
        explanation: r#"An objective such as "Establish a world-class partner ecosystem that drives 35% of ARR" is only measurable through its key results: Platinum partners signed, partner-sourced pipeline, certified individuals, partner NPS. An objective with an empty or missing `key_results` list has no progress to compute and nothing for roadmap items to trace to, so it is an error."#,
        bad: r#"# okrs.yaml
partnership_okrs:
  - objective: Operationalize the partner program for scale
    key_results: []"#,
        good: r#"# okrs.yaml
partnership_okrs:
  - objective: Operationalize the partner program for scale
    key_results:
      - Launch partner portal with self-serve training and deal registration
      - Complete QBRs with 100% of Platinum and Gold partners"#,
    },
    RuleInfo {
        id: "roadmap.quarter",
        severity: Severity::Error,
        summary: "A roadmap quarter key is not Q1..Q4, an item status is unknown, or an item names an unknown partner.",
        explanation: r#"The roadmap lays the year out in four quarters (seed themes: Foundation, First Revenue, Scale, Acceleration) and is rendered as a timeline in the site and board pack. Quarter keys must be `Q1`..`Q4` of the roadmap's year (which must be the `program.year` of plan.yaml), each item's `status` one of planned, in-progress, done, at-risk or dropped, and every id under `partners` an existing partner, so that roadmap progress and the orphan check (a platinum partner in no roadmap item) are computed correctly."#,
        bad: r#"# roadmap.yaml
year: 2027
quarters:
  Q1:
    theme: Foundation
    items:
      - {title: Sign first Platinum partner agreement, status: started, partners: [deloitte]}"#,
        good: r#"# roadmap.yaml
year: 2027
quarters:
  Q1:
    theme: Foundation
    items:
      - {title: Sign first Platinum partner agreement, status: in-progress, partners: [deloitte]}"#,
    },
    RuleInfo {
        id: "io",
        severity: Severity::Error,
        summary: "A file cannot be read: not UTF-8, binary, a dangling or looping link, or a directory where a file is expected.",
        explanation: r#"partnerbook reads every file of the content directory before checking anything. A file that cannot be read as UTF-8 text (a partner profile saved as UTF-16 or exported as a binary document), a symbolic link whose target is missing or that loops, or a directory named like a plan file (`plan.yaml/`) is reported with this rule instead of stopping the run, so the rest of the plan is still checked. Save the file as UTF-8 text, restore or remove the link, or rename the directory."#,
        bad: r#"# partners/deloitte.md
# not a file: a symbolic link to ../archive/deloitte.md,
# which was deleted when the archive was cleaned up"#,
        good: r#"# partners/deloitte.md
---
name: Deloitte
landscape: A
---"#,
    },
];

/// Looks a rule up by id.
pub fn lookup(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|rule| rule.id == id)
}

/// The closest rule id to a mistyped one (for "did you mean"), if any is close (use strsim::jaro_winkler >= 0.8 or levenshtein <= 3).
pub fn suggest(id: &str) -> Option<&'static str> {
    crate::suggest::closest(&id.trim().to_lowercase(), RULES.iter().map(|rule| rule.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The rules of SPEC §3, in the SPEC's order, with their severities.
    const SPEC_RULES: &[(&str, Severity)] = &[
        ("syntax", Severity::Error),
        ("required", Severity::Error),
        ("placeholder", Severity::Error),
        ("company.markets", Severity::Error),
        ("company.arr", Severity::Error),
        ("score.weights", Severity::Error),
        ("score.range", Severity::Error),
        ("score.bands", Severity::Error),
        ("score.declared", Severity::Error),
        ("score.invest-low", Severity::Error),
        ("score.recruit-order", Severity::Warning),
        ("tier.ladder", Severity::Error),
        ("tier.certification-ladder", Severity::Error),
        ("tier.fit", Severity::Warning),
        ("tier.certified", Severity::Error),
        ("tier.requirements", Severity::Error),
        ("tier.pam-capacity", Severity::Warning),
        ("landscape.alignment", Severity::Warning),
        ("landscape.priority", Severity::Warning),
        ("model.unknown", Severity::Error),
        ("model.terms", Severity::Error),
        ("ref.unknown", Severity::Error),
        ("id.duplicate", Severity::Error),
        ("sponsor.missing", Severity::Error),
        ("raci.accountable", Severity::Error),
        ("raci.responsible", Severity::Error),
        ("raci.letter", Severity::Error),
        ("decision.id", Severity::Error),
        ("decision.matrix", Severity::Error),
        ("decision.partner", Severity::Error),
        ("decision.review", Severity::Warning),
        ("decision.supersedes", Severity::Error),
        ("decision.rationale", Severity::Warning),
        ("competitor.count", Severity::Warning),
        ("okr.empty", Severity::Error),
        ("roadmap.quarter", Severity::Error),
        ("io", Severity::Error),
    ];

    fn is_slug(segment: &str) -> bool {
        !segment.is_empty()
            && segment.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            })
    }

    #[test]
    fn ids_are_unique() {
        let ids: BTreeSet<&str> = RULES.iter().map(|rule| rule.id).collect();
        assert_eq!(ids.len(), RULES.len());
    }

    #[test]
    fn ids_are_lower_case_dotted_slugs() {
        for rule in RULES {
            assert!(rule.id.split('.').all(is_slug), "bad id {:?}", rule.id);
        }
        assert!(!is_slug("Score"));
        assert!(!is_slug("score-"));
        assert!(!"score..weights".split('.').all(is_slug));
    }

    #[test]
    fn catalog_matches_the_spec_table_in_order() {
        let catalog: Vec<(&str, Severity)> = RULES.iter().map(|r| (r.id, r.severity)).collect();
        assert_eq!(catalog, SPEC_RULES.to_vec());
    }

    #[test]
    fn lookup_finds_every_rule_and_nothing_else() {
        for rule in RULES {
            let found = lookup(rule.id).map(|r| r.id);
            assert_eq!(found, Some(rule.id));
        }
        assert_eq!(
            lookup("tier.fit").map(|r| r.severity),
            Some(Severity::Warning)
        );
        assert!(lookup("score.weight").is_none());
        assert!(lookup("").is_none());
        assert!(lookup("SYNTAX").is_none());
    }

    #[test]
    fn suggest_finds_close_ids() {
        assert_eq!(suggest("score.weight"), Some("score.weights"));
        assert_eq!(suggest("tier.certifed"), Some("tier.certified"));
        assert_eq!(suggest("raci.acountable"), Some("raci.accountable"));
        assert_eq!(suggest("Decision.Review"), Some("decision.review"));
        assert_eq!(suggest("okr-empty"), Some("okr.empty"));
        assert_eq!(suggest("syntax"), Some("syntax"));
    }

    #[test]
    fn suggest_rejects_distant_ids() {
        assert_eq!(suggest(""), None);
        assert_eq!(suggest("xy"), None);
        assert_eq!(suggest("partner-exit-budget-review"), None);
    }

    #[test]
    fn severity_names_match_serialization() {
        for severity in [Severity::Warning, Severity::Error] {
            let json = serde_json::to_string(&severity).ok();
            assert_eq!(json, Some(format!("\"{}\"", severity.as_str())));
        }
        assert!(Severity::Warning < Severity::Error);
    }

    #[test]
    fn texts_are_one_line_and_substantive() {
        for rule in RULES {
            assert!(!rule.summary.contains('\n'), "{}: summary", rule.id);
            assert!(!rule.explanation.contains('\n'), "{}: explanation", rule.id);
            assert!(
                rule.explanation.len() > 250,
                "{}: explanation too short",
                rule.id
            );
            assert!(rule.explanation.ends_with('.'), "{}", rule.id);
        }
    }

    #[test]
    fn examples_are_short_named_and_differ() {
        for rule in RULES {
            assert_ne!(rule.bad, rule.good, "{}", rule.id);
            for example in [rule.bad, rule.good] {
                let lines = example.lines().count();
                assert!((3..=12).contains(&lines), "{}: {lines} lines", rule.id);
                let first = example.lines().next().unwrap_or_default();
                let name = first.strip_prefix("# ").unwrap_or_default();
                assert!(
                    [".yaml", ".md"].iter().any(|ext| name.ends_with(ext)),
                    "{}: first line {first:?}",
                    rule.id
                );
            }
            let bad_file = rule.bad.lines().next();
            assert_eq!(bad_file, rule.good.lines().next(), "{}", rule.id);
        }
    }
}
