//! The fixture table: one row per failing fixture (rule, what it exercises, the edits
//! to the example plan, and where the diagnostic must point).

use crate::support::{replace, write, Edit};

/// One failing fixture.
pub struct Case {
    pub rule: &'static str,
    /// What this case exercises (shown on failure).
    pub what: &'static str,
    pub edits: Vec<Edit>,
    /// Expected file (relative to the content directory), line and column (0: any column).
    pub at: (&'static str, usize, usize),
}

fn case(
    rule: &'static str,
    what: &'static str,
    edits: Vec<Edit>,
    at: (&'static str, usize, usize),
) -> Case {
    Case {
        rule,
        what,
        edits,
        at,
    }
}

const PLAN: &str = "plan.yaml";
const TIERS: &str = "tiers.yaml";
const GOV: &str = "governance.yaml";
const COMP: &str = "competitors.yaml";
const ROADMAP: &str = "roadmap.yaml";
const DELOITTE: &str = "partners/deloitte.md";
const KPMG: &str = "partners/kpmg.md";
const D001: &str = "decisions/D-001-policy-engine.md";
const D002: &str = "decisions/D-002-regulatory-reporting-connectors.md";

/// Fixtures of the plan-level and scoring rules.
fn plan_cases() -> Vec<Case> {
    vec![
        case(
            "syntax",
            "misspelt key with a suggestion",
            vec![replace(PLAN, "  current_arr:", "  curent_arr:")],
            (PLAN, 6, 3),
        ),
        case(
            "syntax",
            "integer field given a word",
            vec![replace(PLAN, "horizon_years: 3", "horizon_years: three")],
            (PLAN, 19, 18),
        ),
        case(
            "syntax",
            "money that does not parse",
            vec![replace(
                DELOITTE,
                "pipeline: \"$3.4M\"",
                "pipeline: \"lots\"",
            )],
            (DELOITTE, 20, 11),
        ),
        case(
            "syntax",
            "unknown key in front matter",
            vec![replace(KPMG, "target_tier:", "target_teir:")],
            (KPMG, 12, 1),
        ),
        case(
            "syntax",
            "unknown landscape word",
            vec![replace(DELOITTE, "landscape: A", "landscape: D")],
            (DELOITTE, 3, 12),
        ),
        case(
            "syntax",
            "duplicate key",
            vec![replace(
                PLAN,
                "  name: Northwind Analytics\n",
                "  name: Northwind Analytics\n  name: Contoso\n",
            )],
            (PLAN, 4, 3),
        ),
        case(
            "syntax",
            "unterminated front matter",
            vec![replace(DELOITTE, "---\nDeloitte's", "Deloitte's")],
            (DELOITTE, 1, 1),
        ),
        case(
            "required",
            "a partner without all five scores",
            vec![replace(KPMG, "  revenue_potential: 76\n", "")],
            (KPMG, 14, 1),
        ),
        case(
            "required",
            "company description missing",
            vec![replace(
                PLAN,
                "  description: Data-governance SaaS for regulated mid-market and enterprise\n",
                "",
            )],
            (PLAN, 2, 1),
        ),
        case(
            "required",
            "plan.yaml missing",
            vec![Edit::Remove(PLAN)],
            (PLAN, 1, 1),
        ),
        case(
            "required",
            "tiers.yaml missing",
            vec![Edit::Remove(TIERS)],
            (TIERS, 1, 1),
        ),
        case(
            "required",
            "decision without `decision`",
            vec![replace(D001, "decision: BUILD\n", "")],
            (D001, 2, 1),
        ),
        case(
            "required",
            "partner file without front matter",
            vec![write("partners/blank.md", "")],
            ("partners/blank.md", 1, 1),
        ),
        case(
            "placeholder",
            "[Company Name]",
            vec![replace(
                PLAN,
                "name: Northwind Analytics",
                "name: \"[Company Name]\"",
            )],
            (PLAN, 3, 10),
        ),
        case(
            "placeholder",
            "empty required string",
            vec![replace(PLAN, "category: Data governance", "category: \"\"")],
            (PLAN, 5, 13),
        ),
        case(
            "placeholder",
            "[N] in Markdown",
            vec![replace(
                "thesis.md",
                "Three Platinum partners",
                "[N] Platinum partners",
            )],
            ("thesis.md", 60, 1),
        ),
        case(
            "placeholder",
            "$[X] in a list",
            vec![replace(TIERS, "($150K/yr)", "($[X]/yr)")],
            (TIERS, 10, 29),
        ),
        case(
            "company.markets",
            "one market",
            vec![replace(
                PLAN,
                "    - North American healthcare\n    - Nordic banking and insurance\n",
                "",
            )],
            (PLAN, 13, 3),
        ),
        case(
            "company.arr",
            "target below current",
            vec![replace(
                PLAN,
                "target_arr: \"$60M\"",
                "target_arr: \"$10M\"",
            )],
            (PLAN, 7, 15),
        ),
        case(
            "score.weights",
            "weights sum to 105",
            vec![replace(
                PLAN,
                "revenue_potential: 10",
                "revenue_potential: 15",
            )],
            (PLAN, 32, 3),
        ),
        case(
            "score.weights",
            "unknown factor",
            vec![replace(
                PLAN,
                "revenue_potential: 10",
                "revenue_potentail: 10",
            )],
            (PLAN, 37, 5),
        ),
        case(
            "score.range",
            "rating above 100",
            vec![replace(DELOITTE, "icp_overlap: 92", "icp_overlap: 120")],
            (DELOITTE, 15, 16),
        ),
        case(
            "score.bands",
            "secondary above priority",
            vec![replace(PLAN, "secondary: 50", "secondary: 80")],
            (PLAN, 38, 3),
        ),
        case(
            "score.declared",
            "stale hand-written score",
            vec![replace("partners/pwc.md", "score: 82.5", "score: 90")],
            ("partners/pwc.md", 19, 8),
        ),
        case(
            "score.invest-low",
            "opportunistic partner gets MDF",
            vec![replace(
                "partners/bluefin-data.md",
                "certified_individuals: 0\n",
                "certified_individuals: 0\nmdf: \"$10K\"\n",
            )],
            ("partners/bluefin-data.md", 20, 6),
        ),
        case(
            "score.invest-low",
            "opportunistic partner targets gold",
            vec![replace(
                "partners/bluefin-data.md",
                "target_tier: registered",
                "target_tier: gold",
            )],
            ("partners/bluefin-data.md", 10, 14),
        ),
        case(
            "score.recruit-order",
            "secondary recruited before priority prospects",
            vec![replace(
                "partners/databricks.md",
                "status: prospect",
                "status: recruiting",
            )],
            ("partners/databricks.md", 11, 9),
        ),
        case(
            "company.markets",
            "four markets",
            vec![replace(
                PLAN,
                "    - Nordic banking and insurance\n",
                "    - Nordic banking and insurance\n    - APAC insurance\n",
            )],
            (PLAN, 13, 3),
        ),
    ]
}

/// Fixtures of the tier and landscape rules.
fn tier_cases() -> Vec<Case> {
    vec![
        case("tier.ladder", "gold overlaps platinum", vec![replace(TIERS, "\"$500K–$2M\"", "\"$500K–$3M\"")], (TIERS, 28, 29)),
        case("tier.ladder", "gap between silver and gold", vec![replace(TIERS, "\"$100K–$500K\"", "\"$100K–$400K\"")], (TIERS, 48, 29)),
        case("tier.certification-ladder", "silver requires more than gold", vec![replace(TIERS, "\"$100K–$500K\"\n    certified_individuals: 1", "\"$100K–$500K\"\n    certified_individuals: 4")], (TIERS, 49, 28)),
        case("tier.fit", "platinum pipeline in the gold range", vec![replace(DELOITTE, "pipeline: \"$3.4M\"", "pipeline: \"$1M\"")], (DELOITTE, 20, 11)),
        case("tier.certified", "too few certified individuals", vec![replace(DELOITTE, "certified_individuals: 14", "certified_individuals: 3")], (DELOITTE, 21, 24)),
        case("tier.requirements", "platinum without QBR", vec![replace(DELOITTE, "  qbr: true", "  qbr: false")], (DELOITTE, 25, 8)),
        case("tier.requirements", "platinum without dedicated practice", vec![replace(DELOITTE, "dedicated_practice: true", "dedicated_practice: false")], (DELOITTE, 22, 21)),
        case("tier.requirements", "gold below its GTM activities", vec![replace("partners/workiva.md", "gtm_activities: 2", "gtm_activities: 1")], ("partners/workiva.md", 25, 19)),
        case("tier.pam-capacity", "one PAM over the gold limit", vec![replace(TIERS, "pam_max_partners: 4", "pam_max_partners: 2")], ("partners/riviere-associes.md", 30, 6)),
        case("landscape.alignment", "landscape C targets gold", vec![replace("partners/granite-ridge.md", "target_tier: silver", "target_tier: gold")], ("partners/granite-ridge.md", 11, 14)),
        case("landscape.priority", "landscape A below the priority band", vec![replace(KPMG, "icp_overlap: 80", "icp_overlap: 60")], (KPMG, 14, 1)),
        case("sponsor.missing", "platinum partner without sponsor row", vec![replace(GOV, "  - partner: kpmg\n    partner_executive: Partner, Technology Risk\n    our_counterpart: CPO\n    cadence: Monthly 1:1 + QBR\n", "")], (KPMG, 11, 7)),
        case("sponsor.missing", "sponsor row with an empty cadence", vec![replace(GOV, "cadence: Monthly 1:1 + QBR", "cadence: \"\"")], (GOV, 57, 5)),
        case("sponsor.missing", "sponsor row without counterpart", vec![replace(GOV, "    our_counterpart: CPO\n    cadence: Monthly", "    cadence: Monthly")], (GOV, 54, 5)),
    ]
}

/// Fixtures of the reference, governance and roadmap rules.
fn reference_cases() -> Vec<Case> {
    vec![
        case("model.unknown", "misspelt model in a partner", vec![replace(DELOITTE, "[co-sell, implementation]", "[co-sell, implementaton]")], (DELOITTE, 10, 19)),
        case("model.unknown", "unknown model in the thesis", vec![replace("thesis.md", "- id: co-sell", "- id: cosell")], ("thesis.md", 26, 9)),
        case("model.terms", "referral fee above 15%", vec![replace("partners/ledgerline-advisors.md", "referral_fee: 8%", "referral_fee: 25%")], ("partners/ledgerline-advisors.md", 27, 23)),
        case("ref.unknown", "sponsor names an unknown partner", vec![replace(GOV, "partner: workiva", "partner: workiv")], (GOV, 70, 14)),
        case("ref.unknown", "broken decision: link", vec![replace(DELOITTE, "(decision:D-003)", "(decision:D-033)")], (DELOITTE, 39, 27)),
        case("ref.unknown", "broken relative link", vec![replace(DELOITTE, "co-sell-playbook.md", "co-sell.md")], (DELOITTE, 44, 57)),
        case("ref.unknown", "competitor map names an unknown partner id", vec![replace(COMP, "partner: deloitte", "partner: deloite")], (COMP, 7, 18)),
        case("ref.unknown", "locked_to an unknown competitor", vec![replace("partners/tcs.md", "locked_to: informatica", "locked_to: informatic")], ("partners/tcs.md", 14, 12)),
        case("id.duplicate", "two competitors share an id", vec![replace(COMP, "id: alation", "id: collibra")], (COMP, 23, 9)),
        case("raci.accountable", "two As in a row", vec![replace(GOV, "VP Alliance GTM: C", "VP Alliance GTM: A")], (GOV, 11, 5)),
        case("raci.responsible", "no R in a row", vec![replace(GOV, "Director Partner Dev: R", "Director Partner Dev: C")], (GOV, 11, 5)),
        case("raci.letter", "a letter that is not RACI", vec![replace(GOV, "Legal: C", "Legal: X")], (GOV, 17, 14)),
        case("raci.letter", "a role not in the roles list", vec![replace(GOV, "Finance: C", "Finanse: C")], (GOV, 16, 7)),
        case("competitor.count", "two competitors", vec![write(COMP, "competitors:\n  - id: collibra\n    name: Collibra\n    partners: []\n  - id: alation\n    name: Alation\n    partners: []\n")], (COMP, 1, 1)),
        case("okr.empty", "objective with an empty key_results list", vec![replace("okrs.yaml", "        current: 75%\n        due: 2027-12-31\n", "        current: 75%\n        due: 2027-12-31\n  - objective: Grow partner NPS\n    key_results: []\n")], ("okrs.yaml", 80, 5)),
        case("roadmap.quarter", "quarter Q5", vec![replace(ROADMAP, "  Q2:", "  Q5:")], (ROADMAP, 36, 3)),
        case("roadmap.quarter", "unknown item status", vec![replace(ROADMAP, "status: at-risk", "status: blocked")], (ROADMAP, 32, 17)),
        case("roadmap.quarter", "item names an unknown partner", vec![replace(ROADMAP, "partners: [pwc]", "partners: [pwcc]")], (ROADMAP, 27, 20)),
    ]
}

/// Fixtures of the decision-log rules.
fn decision_cases() -> Vec<Case> {
    vec![
        case("decision.id", "id not D-NNN", vec![replace(D001, "id: D-001", "id: D-1")], (D001, 2, 5)),
        case("decision.id", "id disagrees with the file name", vec![replace(D001, "id: D-001", "id: D-008")], (D001, 2, 5)),
        case("decision.matrix", "BUILD criteria declared ACQUIRE", vec![replace(D001, "decision: BUILD", "decision: ACQUIRE")], (D001, 4, 11)),
        case("decision.partner", "partner_considered does not exist", vec![replace(D002, "partner_considered: workiva", "partner_considered: workiv")], (D002, 17, 21)),
        case("decision.partner", "PARTNER without partner_considered", vec![replace(D002, "partner_considered: workiva\n", "")], (D002, 4, 11)),
        case("decision.review", "active decision past its review date", vec![replace(D001, "review_date: 2027-03-15", "review_date: 2026-03-15")], (D001, 18, 14)),
        case("decision.supersedes", "supersedes a missing decision", vec![replace("decisions/D-005-nordic-co-sell-entry.md", "supersedes: D-004", "supersedes: D-009")], ("decisions/D-005-nordic-co-sell-entry.md", 19, 13)),
        case("decision.supersedes", "superseded decision superseded by none", vec![replace("decisions/D-005-nordic-co-sell-entry.md", "supersedes: D-004", "supersedes: null")], ("decisions/D-004-nordic-reseller-entry.md", 5, 9)),
        case("decision.supersedes", "supersedes an active decision", vec![replace("decisions/D-005-nordic-co-sell-entry.md", "supersedes: D-004", "supersedes: D-001")], ("decisions/D-005-nordic-co-sell-entry.md", 19, 13)),
        case("decision.rationale", "four-sentence rationale", vec![replace("decisions/D-006-lineage-discovery.md", "Column-level lineage is now", "Lineage matters. It is urgent. Column-level lineage is now")], ("decisions/D-006-lineage-discovery.md", 22, 1)),
        case("decision.rationale", "a single sentence", vec![write("decisions/D-008-short.md", "---\nid: D-008\ntitle: Short\ndecision: BUILD\nstatus: active\ncriteria: {core_differentiation: true, engineering_capacity: true}\ndecided: 2026-10-01\nreview_date: 2027-01-15\n---\nWe build it.\n")], ("decisions/D-008-short.md", 10, 1)),
    ]
}

/// Fixtures of unreadable files (`io`).
fn io_cases() -> Vec<Case> {
    let mut v = vec![
        case(
            "io",
            "invalid UTF-8",
            vec![Edit::Write {
                file: "partners/latin1.md",
                bytes: b"---\nname: Caf\xe9 Conseil\n---\n".to_vec(),
            }],
            ("partners/latin1.md", 1, 1),
        ),
        case(
            "io",
            "binary file",
            vec![Edit::Write {
                file: "partners/binary.md",
                bytes: vec![0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0],
            }],
            ("partners/binary.md", 1, 1),
        ),
        case(
            "io",
            "directory named plan.yaml",
            vec![Edit::Remove(PLAN), Edit::Mkdir(PLAN)],
            (PLAN, 1, 1),
        ),
    ];
    if cfg!(unix) {
        v.push(case(
            "io",
            "dangling symlink",
            vec![Edit::Symlink {
                link: "partners/ghost.md",
                target: "nowhere.md",
            }],
            ("partners/ghost.md", 1, 1),
        ));
        v.push(case(
            "io",
            "symlink loop",
            vec![Edit::Symlink {
                link: "handbook/loop",
                target: "..",
            }],
            ("handbook/loop", 1, 1),
        ));
    }
    v
}

/// Regressions: cases the rules missed or located poorly before they were fixed.
fn regression_cases() -> Vec<Case> {
    let two_referrals = "models:\n  - id: referral\n    terms: {referral_fee: \"5–15%\"}\n  - id: referral\n    terms: {referral_fee: \"5–20%\"}\n";
    vec![
        case("syntax", "nested unknown key keeps its suggestion", vec![replace(DELOITTE, "  qbr: true", "  qbrr: true")], (DELOITTE, 25, 3)),
        case("syntax", "repeated factor in a map type", vec![replace(DELOITTE, "  icp_overlap: 92\n", "  icp_overlap: 92\n  icp_overlap: 20\n")], (DELOITTE, 16, 3)),
        case("syntax", "unknown partner category", vec![replace(DELOITTE, "category: big4", "category: big-4")], (DELOITTE, 4, 11)),
        case("syntax", "a weight that is not a finite number", vec![replace(PLAN, "revenue_potential: 10", "revenue_potential: .nan")], (PLAN, 37, 24)),
        case("required", "partner without category", vec![replace(DELOITTE, "category: big4\n", "")], (DELOITTE, 2, 1)),
        case("required", "decision without status", vec![replace(D001, "status: active\n", "")], (D001, 2, 1)),
        case("required", "thesis.md missing", vec![Edit::Remove("thesis.md")], ("thesis.md", 1, 1)),
        case("placeholder", "required money left empty", vec![replace(PLAN, "current_arr: \"$18M\"", "current_arr: \"\"")], (PLAN, 6, 16)),
        case("placeholder", "[date] in a key result", vec![replace("okrs.yaml", "partners by 2027-09-30", "partners by [date]")], ("okrs.yaml", 8, 43)),
        case("placeholder", "[Firm 1] in the competitor map", vec![replace(COMP, "partner: Capgemini", "partner: \"[Firm 1]\"")], (COMP, 15, 19)),
        case("score.declared", "declared score that is not a number", vec![replace("partners/pwc.md", "score: 82.5", "score: .nan")], ("partners/pwc.md", 19, 8)),
        case("id.duplicate", "a model defined twice in models.yaml", vec![write("models.yaml", two_referrals)], ("models.yaml", 4, 9)),
        case("okr.empty", "objective without key_results", vec![replace("okrs.yaml", "        current: 75%\n        due: 2027-12-31\n", "        current: 75%\n        due: 2027-12-31\n  - objective: Grow partner NPS\n    models: [co-sell]\n")], ("okrs.yaml", 80, 5)),
        case("roadmap.quarter", "roadmap year differs from the program year", vec![replace(ROADMAP, "year: 2027", "year: 2028")], (ROADMAP, 2, 7)),
    ]
}

/// Fixtures of the usual slips of a hand-written plan (`value.implausible`,
/// `file.ignored`, and the `syntax` and `ref.unknown` cases they belong to).
fn slip_cases() -> Vec<Case> {
    let fractions = "weights:\n    icp_overlap: 0.30\n    market_influence: 0.25\n    practice_alignment: 0.20\n    partnership_appetite: 0.15\n    revenue_potential: 0.10\n";
    vec![
        case("value.implausible", "a percent written as a fraction", vec![replace(PLAN, "partner_arr_share: 35%", "partner_arr_share: 0.3")], (PLAN, 18, 22)),
        case("value.implausible", "weights written as fractions", vec![replace(PLAN, "weights:\n    icp_overlap: 30\n    market_influence: 25\n    practice_alignment: 20\n    partnership_appetite: 15\n    revenue_potential: 10\n", fractions)], (PLAN, 32, 3)),
        case("value.implausible", "weights written as fractions that do not sum to 1", vec![replace(PLAN, "weights:\n    icp_overlap: 30\n    market_influence: 25\n    practice_alignment: 20\n    partnership_appetite: 15\n    revenue_potential: 10\n", "weights:\n    icp_overlap: 0.30\n    market_influence: 0.25\n    practice_alignment: 0.20\n    partnership_appetite: 0.15\n    revenue_potential: 0.05\n")], (PLAN, 32, 3)),
        case("value.implausible", "ratings on a 0–10 scale", vec![replace(KPMG, "  icp_overlap: 80\n  market_influence: 82\n  practice_alignment: 78\n  partnership_appetite: 74\n  revenue_potential: 76", "  icp_overlap: 8\n  market_influence: 8\n  practice_alignment: 7\n  partnership_appetite: 7\n  revenue_potential: 7")], (KPMG, 14, 1)),
        case("file.ignored", "a decision saved as .markdown", vec![write("decisions/D-008-x.markdown", "---\nid: D-008\n---\n")], ("decisions/D-008-x.markdown", 1, 1)),
        case("file.ignored", "a text file", vec![write("notes.txt", "to do\n")], ("notes.txt", 1, 1)),
        case("file.ignored", "a YAML file that is not part of the layout", vec![write("tier.yaml", "partner_tiers: {}\n")], ("tier.yaml", 1, 1)),
        case("syntax", "a tab in the indentation", vec![replace(PLAN, "  name: Northwind Analytics", "\tname: Northwind Analytics")], (PLAN, 3, 1)),
        case("syntax", "a block pasted without its indentation", vec![replace(TIERS, "partner_tiers:\n  platinum:", "partner_tiers:\nplatinum:")], (TIERS, 3, 1)),
        case("syntax", "nesting deeper than 256 levels", vec![write("okrs.yaml", format!("partnership_okrs: {}{}\n", "[".repeat(300), "]".repeat(300)))], ("okrs.yaml", 1, 0)),
        case("ref.unknown", "a competitor partner given by display name", vec![replace(COMP, "partner: deloitte", "partner: Deloitte")], (COMP, 7, 18)),
        case("money.currency", "an amount in another currency than the plan's", vec![replace(DELOITTE, "pipeline: \"$3.4M\"", "pipeline: \"€3.4M\"")], (DELOITTE, 20, 11)),
        case("money.currency", "a plan currency that is not an ISO code", vec![replace(PLAN, "currency: USD", "currency: usd")], (PLAN, 8, 13)),
        case("company.locale", "a locale written with an underscore", vec![replace(PLAN, "currency: USD", "currency: USD\n  locale: de_DE")], (PLAN, 9, 11)),
        case("company.locale", "a language's name instead of its tag", vec![replace(PLAN, "currency: USD", "currency: USD\n  locale: German")], (PLAN, 9, 11)),
        case("money.precision", "a fraction of a cent", vec![replace(DELOITTE, "pipeline: \"$3.4M\"", "pipeline: \"$3,400,000.505\"")], (DELOITTE, 20, 11)),
        case("money.precision", "a fraction of a yen in a JPY plan", vec![replace(PLAN, "currency: USD", "currency: JPY"), replace(DELOITTE, "pipeline: \"$3.4M\"", "pipeline: \"74,999,999.50\"")], (DELOITTE, 20, 11)),
    ]
}

/// Fixtures of the program economics and the forecast.
fn economics_cases() -> Vec<Case> {
    const OKRS: &str = "okrs.yaml";
    vec![
        case(
            "kpi.consistency",
            "declared partner-sourced ARR differs from the partners' sum",
            vec![replace(
                PLAN,
                "partner_sourced_arr: \"$3.1M\"",
                "partner_sourced_arr: \"$3.4M\"",
            )],
            (PLAN, 22, 24),
        ),
        case(
            "kpi.consistency",
            "a key result's current pipeline differs from the computed one",
            vec![replace(OKRS, "current: \"$16.5M\"", "current: \"$18M\"")],
            (OKRS, 18, 18),
        ),
        case(
            "kpi.consistency",
            "a key result's current platinum count differs",
            vec![replace(
                OKRS,
                "        current: 3\n",
                "        current: 4\n",
            )],
            (OKRS, 11, 18),
        ),
        case(
            "thesis.on-track",
            "a 20% win rate leaves the forecast far below the path",
            vec![
                replace(PLAN, "  win_rate: 35%\n", ""),
                replace(PLAN, "  year: 2027\n", "  year: 2027\n  win_rate: 20%\n"),
            ],
            (PLAN, 22, 13),
        ),
        case(
            "board.status",
            "the off-track threshold above the at-risk one",
            vec![replace(
                PLAN,
                "  classification: Confidential — board of directors only\n",
                "  classification: Confidential — board of directors only\n  status:\n    at_risk_below: 80%\n    off_track_below: 90%\n",
            )],
            (PLAN, 49, 22),
        ),
        case(
            "economics.roi",
            "a team cost that makes the ROI negative",
            vec![replace(PLAN, "team: \"$950K\"", "team: \"$2.4M\"")],
            (PLAN, 26, 3),
        ),
        case(
            "roadmap.year",
            "a later year beyond the thesis horizon",
            vec![replace(ROADMAP, "  - year: 2029", "  - year: 2031")],
            (ROADMAP, 162, 11),
        ),
        case(
            "roadmap.year",
            "a later year that is the roadmap year",
            vec![replace(ROADMAP, "  - year: 2028", "  - year: 2027")],
            (ROADMAP, 146, 11),
        ),
    ]
}

/// Fixtures of the board pack's fonts (found when the pack is built).
fn pack_cases() -> Vec<Case> {
    const CLASSIFICATION: &str = "  classification: Confidential — board of directors only";
    vec![
        case(
            "pack.glyphs",
            "a private-use character in a partner's name",
            vec![replace(DELOITTE, "name: Deloitte", "name: Deloitte \u{E000}")],
            (DELOITTE, 2, 16),
        ),
        case(
            "pack.glyphs",
            "a private-use character (an icon font's logo) in a decision's title",
            vec![replace(D001, "title: Policy", "title: \u{F8FF} Policy")],
            (D001, 3, 8),
        ),
        case(
            "pack.fonts",
            "a font file that does not exist",
            vec![replace(PLAN, CLASSIFICATION, "  classification: Confidential — board of directors only\npack:\n  fonts:\n    - fonts/missing.otf")],
            (PLAN, 49, 7),
        ),
        case(
            "pack.fonts",
            "a font path outside the content directory",
            vec![replace(PLAN, CLASSIFICATION, "  classification: Confidential — board of directors only\npack:\n  fonts:\n    - ../fonts/NotoSansJP.otf")],
            (PLAN, 49, 7),
        ),
        case(
            "pack.fonts",
            "a file that is not a font",
            vec![
                write("fonts/notes.ttf", "not a font"),
                replace(PLAN, CLASSIFICATION, "  classification: Confidential — board of directors only\npack:\n  fonts:\n    - fonts/notes.ttf"),
            ],
            (PLAN, 49, 7),
        ),
        case(
            "pack.fonts",
            "a family that is not installed",
            vec![replace(PLAN, CLASSIFICATION, "  classification: Confidential — board of directors only\npack:\n  fonts:\n    - Partnerbook Missing Sans")],
            (PLAN, 49, 7),
        ),
    ]
}

/// Fixtures of what a page shared with partners may hold.
fn audience_cases() -> Vec<Case> {
    const GUIDE: &str = "handbook/partner-guide.md";
    const HEAD: &str = "---\ntitle: Partner guide\naudience: partners\n---\n";
    vec![
        case(
            "audience.leak",
            "a shared page names a partner",
            vec![write(
                GUIDE,
                format!("{HEAD}Deal registration works as it does for Deloitte.\n"),
            )],
            (GUIDE, 5, 40),
        ),
        case(
            "audience.leak",
            "a shared page's title names a competitor",
            vec![write(
                GUIDE,
                "---\ntitle: Winning against Informatica\naudience: partners\n---\nHow we win.\n",
            )],
            (GUIDE, 2, 8),
        ),
        case(
            "audience.leak",
            "a shared page links an internal page",
            vec![write(
                GUIDE,
                format!("{HEAD}Read the [program overview](program-overview.md) first.\n"),
            )],
            (GUIDE, 5, 29),
        ),
        case(
            "audience.leak",
            "a shared page links a partner",
            vec![write(
                GUIDE,
                format!("{HEAD}Talk to [our partner](partner:deloitte) or the team.\n"),
            )],
            (GUIDE, 5, 23),
        ),
    ]
}

pub fn all_cases() -> Vec<Case> {
    let mut v = plan_cases();
    v.extend(pack_cases());
    v.extend(audience_cases());
    v.extend(economics_cases());
    v.extend(regression_cases());
    v.extend(tier_cases());
    v.extend(reference_cases());
    v.extend(decision_cases());
    v.extend(io_cases());
    v.extend(slip_cases());
    v
}
