//! Typed items of the plan: partners, decisions, competitors, OKRs, governance, pages
//! (the roadmap is in `roadmap`).

use super::ctx::{scalar_text, Ctx};
use crate::diag::{Diagnostic, Rule};
use crate::load::{raw, Loaded, Parsed};
use crate::model::*;
use crate::values::{is_slug, Money, Percent};

pub fn build_items(cx: &mut Ctx, loaded: &Loaded, plan: &mut Plan) {
    plan.partners = each(cx, &loaded.partners, partner);
    plan.partners.sort_by(|a, b| a.id.cmp(&b.id));
    plan.decisions = each(cx, &loaded.decisions, decision);
    plan.decisions
        .sort_by(|a, b| (&a.id, &a.slug).cmp(&(&b.id, &b.slug)));
    if let Some(c) = &loaded.competitors {
        plan.competitors = competitors(cx, c);
    }
    if let Some(o) = &loaded.okrs {
        plan.objectives = objectives(cx, o);
    }
    if let Some(r) = &loaded.roadmap {
        plan.roadmap = Some(super::roadmap::roadmap(cx, r));
    }
    if let Some(g) = &loaded.governance {
        plan.governance = Some(governance(cx, g));
    }
    plan.pages = each(cx, &loaded.pages, page);
    plan.pages.sort_by(|a, b| a.path.cmp(&b.path));
}

/// Converts files of one kind in parallel (ten thousand partner files), each with a
/// context of its own; their diagnostics join `cx`'s in file order.
fn each<F: Sync, T: Send>(cx: &mut Ctx, files: &[F], convert: fn(&mut Ctx, &F) -> T) -> Vec<T> {
    use rayon::prelude::*;
    let converted: Vec<(T, Vec<Diagnostic>)> = files
        .par_iter()
        .map(|f| {
            let mut own = Ctx {
                diags: Vec::new(),
                currency: cx.currency.clone(),
            };
            let item = convert(&mut own, f);
            (item, own.diags)
        })
        .collect();
    converted
        .into_iter()
        .map(|(item, diags)| {
            cx.diags.extend(diags);
            item
        })
        .collect()
}

fn partner(cx: &mut Ctx, p: &Parsed<raw::PartnerFront>) -> Partner {
    let loc = Loc::new(p.index.clone(), "");
    let r = &p.raw;
    check_partner_id(cx, p);
    let words = PartnerWords::read(cx, r, &loc);
    let (ratings, ratings_read) = ratings(cx, &r.scores, &loc);
    Partner {
        id: p.stem.clone(),
        name: cx.text(&r.name, &loc, "name", "partner name"),
        landscape: words.landscape,
        category: words.category,
        practice: r.practice.clone(),
        geography: r.geography.clone().unwrap_or_default(),
        models: r.models.clone().unwrap_or_default(),
        tier: words.tier,
        target_tier: words.target_tier,
        status: words.status,
        ratings,
        ratings_read,
        declared_score: r.score,
        pipeline: cx.money(&r.pipeline, &loc, "pipeline"),
        certified_individuals: r.certified_individuals.unwrap_or(0),
        dedicated_practice: r.dedicated_practice.unwrap_or(false),
        commitments: commitments(cx, r, &loc),
        terms: terms(cx, &r.terms, &loc),
        mdf: cx.money(&r.mdf, &loc, "mdf"),
        pam: r.pam.clone().filter(|s| !s.trim().is_empty()),
        locked_to: r.locked_to.clone().filter(|s| !s.trim().is_empty()),
        inbound: r.inbound.unwrap_or(false),
        last_qbr: cx.date(&r.last_qbr, &loc, "last_qbr"),
        last_tier_review: cx.date(&r.last_tier_review, &loc, "last_tier_review"),
        arr: cx.money(&r.arr, &loc, "arr"),
        new_customers: r.new_customers,
        notes: p.body.clone().unwrap_or_default(),
        loc,
    }
}

/// A partner's id is its file name, which must be a lower-case slug.
fn check_partner_id(cx: &mut Ctx, p: &Parsed<raw::PartnerFront>) {
    if is_slug(&p.stem) {
        return;
    }
    let slug = crate::slug::id_from_name(&p.stem)
        .or_else(|| crate::slug::id_from_name(p.raw.name.as_deref().unwrap_or_default()))
        .unwrap_or_default();
    let help = if slug.is_empty() {
        "rename the file to a lower-case id such as `partners/acme-consulting.md`".to_string()
    } else {
        format!("rename the file to `partners/{slug}.md`")
    };
    cx.push(
        Diagnostic::new(
            Rule::Syntax,
            crate::source::Span::file_start(p.file),
            format!(
                "partner id `{}` (the file name) is not a lower-case slug",
                p.stem
            ),
        )
        .help(help),
    );
}

/// A partner's fields of a closed vocabulary (landscape, category, tiers, status),
/// each with the default used when it is missing or unknown.
struct PartnerWords {
    landscape: Landscape,
    category: String,
    tier: TierLevel,
    target_tier: Option<TierLevel>,
    status: PartnerStatus,
}

impl PartnerWords {
    fn read(cx: &mut Ctx, r: &raw::PartnerFront, loc: &Loc) -> PartnerWords {
        PartnerWords {
            landscape: cx
                .required_word(
                    &r.landscape,
                    loc,
                    "landscape",
                    "landscape tier",
                    Landscape::WORDS,
                    Landscape::parse,
                )
                .unwrap_or(Landscape::C),
            category: cx
                .required_word(
                    &r.category,
                    loc,
                    "category",
                    "partner category",
                    Category::WORDS,
                    Category::parse,
                )
                .map_or_else(|| "other".to_string(), |c| c.as_str().to_string()),
            tier: cx
                .required_word(
                    &r.tier,
                    loc,
                    "tier",
                    "current tier",
                    TierLevel::WORDS,
                    TierLevel::parse,
                )
                .unwrap_or(TierLevel::Prospect),
            target_tier: cx.word(
                &r.target_tier,
                loc,
                "target_tier",
                Rule::Syntax,
                TierLevel::WORDS,
                TierLevel::parse,
            ),
            status: cx
                .word(
                    &r.status,
                    loc,
                    "status",
                    Rule::Syntax,
                    PartnerStatus::WORDS,
                    PartnerStatus::parse,
                )
                .unwrap_or(PartnerStatus::Active),
        }
    }
}

/// What the partner has committed to (the keys the tier rules read).
fn commitments(cx: &mut Ctx, r: &raw::PartnerFront, loc: &Loc) -> Commitments {
    let c = r.commitments.clone().unwrap_or_default();
    let cloc = loc.child("commitments");
    Commitments {
        joint_business_plan: cx
            .word(
                &c.joint_business_plan,
                &cloc,
                "joint_business_plan",
                Rule::Syntax,
                JointPlan::WORDS,
                JointPlan::parse,
            )
            .unwrap_or_default(),
        qbr: c.qbr.unwrap_or(false),
        gtm_activities: c.gtm_activities.unwrap_or(0),
        named_pam: c.named_pam.unwrap_or(false),
    }
}

/// The five ratings, and whether all five were read as numbers.
fn ratings(
    cx: &mut Ctx,
    scores: &Option<raw::UniqueMap<raw::Scalar>>,
    loc: &Loc,
) -> ([f64; 5], bool) {
    let mut out = [0.0; 5];
    let Some(map) = scores else {
        cx.push(
            Diagnostic::new(
                Rule::Required,
                loc.key("scores"),
                "factor scores are missing",
            )
            .help(format!("add `scores:` with {}", FACTORS.join(", "))),
        );
        return (out, false);
    };
    let sloc = loc.child("scores");
    // a misspelt factor is one slip: reported as unknown, not also as missing
    let mut meant = Vec::new();
    for k in map.keys().filter(|k| !FACTORS.contains(&k.as_str())) {
        let close = crate::suggest::closest(k, FACTORS.iter().copied());
        meant.extend(close);
        let help = close.map_or_else(
            || format!("expected one of {}", FACTORS.join(", ")),
            |s| format!("did you mean `{s}`?"),
        );
        cx.push(
            Diagnostic::new(
                Rule::Syntax,
                sloc.key(k),
                format!("unknown score factor `{k}`"),
            )
            .help(help),
        );
    }
    let mut read = true;
    for (i, f) in FACTORS.iter().enumerate() {
        let rating = match map.get(*f) {
            None if meant.contains(f) => None,
            None => {
                cx.push(
                    Diagnostic::new(
                        Rule::Required,
                        sloc.key(""),
                        format!("score `{f}` is missing"),
                    )
                    .help(format!(
                        "add `{f}:` under `scores:` with a rating from 0 to 100"
                    )),
                );
                None
            }
            Some(v) => cx.number(&Some(v.clone()), &sloc, f),
        };
        match rating {
            Some(r) => out[i] = r,
            None => read = false,
        }
    }
    (out, read)
}

fn terms(
    cx: &mut Ctx,
    terms: &Option<raw::UniqueMap<raw::Scalar>>,
    loc: &Loc,
) -> Vec<(String, TermValue)> {
    let mut out = Vec::new();
    for (k, v) in terms.iter().flatten() {
        let key = format!("terms.{k}");
        let text = scalar_text(v).unwrap_or_default();
        let value = match v {
            raw::Scalar::Number(n) => n.as_f64().map(|x| TermValue::Percent(Percent(x))),
            _ if text.trim_end().ends_with('%') => cx
                .percent(&Some(v.clone()), loc, &key)
                .map(TermValue::Percent),
            _ => match Money::parse(&text) {
                Ok(w) => cx.check_amount(w, loc, &key).map(TermValue::Money),
                Err(_) => {
                    cx.push(
                        Diagnostic::new(
                            Rule::Syntax,
                            loc.value(&key),
                            format!("invalid value for term `{k}`"),
                        )
                        .help(crate::hint::for_value(crate::hint::Expected::Term, k, &text).help),
                    );
                    None
                }
            },
        };
        if let Some(value) = value {
            out.push((k.clone(), value));
        }
    }
    out
}

fn decision(cx: &mut Ctx, p: &Parsed<raw::DecisionFront>) -> Decision {
    let loc = Loc::new(p.index.clone(), "");
    let r = &p.raw;
    let c = r.criteria.clone().unwrap_or_default();
    let id = cx.text(&r.id, &loc, "id", "decision id");
    let slug = decision_slug(&p.stem).to_string();
    Decision {
        id,
        slug,
        title: cx.text(&r.title, &loc, "title", "decision title"),
        decision: cx
            .required_word(
                &r.decision,
                &loc,
                "decision",
                "the decision (BUILD, PARTNER or ACQUIRE)",
                DecisionKind::WORDS,
                DecisionKind::parse,
            )
            .unwrap_or(DecisionKind::Partner),
        status: cx
            .required_word(
                &r.status,
                &loc,
                "status",
                "the decision status",
                DecisionStatus::WORDS,
                DecisionStatus::parse,
            )
            .unwrap_or(DecisionStatus::Active),
        criteria: Criteria {
            core_differentiation: c.core_differentiation.unwrap_or(false),
            engineering_capacity: c.engineering_capacity.unwrap_or(false),
            adjacent: c.adjacent.unwrap_or(false),
            strong_partner_serves_icp: c.strong_partner_serves_icp.unwrap_or(false),
            partner_economics_positive: c.partner_economics_positive.unwrap_or(false),
            critical_to_market_position: c.critical_to_market_position.unwrap_or(false),
            build_months: c.build_months.unwrap_or(0),
            acquisition_target_in_budget: c.acquisition_target_in_budget.unwrap_or(false),
            new_market_entry: c.new_market_entry.unwrap_or(false),
            partner_local_presence: c.partner_local_presence.unwrap_or(false),
        },
        partner_considered: r
            .partner_considered
            .clone()
            .filter(|s| !s.trim().is_empty()),
        acquisition_target: r.acquisition_target.clone(),
        decided: cx.date(&r.decided, &loc, "decided"),
        review_date: cx.date(&r.review_date, &loc, "review_date"),
        supersedes: r.supersedes.clone().filter(|s| !s.trim().is_empty()),
        override_reason: r.override_reason.clone().filter(|s| !s.trim().is_empty()),
        owner: r.owner.clone().filter(|s| !s.trim().is_empty()),
        rationale: p.body.clone().unwrap_or_default(),
        loc,
    }
}

/// The slug of a decision file name: the stem without its leading `D-NNN-`.
fn decision_slug(stem: &str) -> &str {
    let Some(rest) = stem.strip_prefix("D-") else {
        return stem;
    };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match rest[digits..].strip_prefix('-') {
        Some(slug) if digits > 0 => slug,
        _ if digits > 0 && digits == rest.len() => "",
        _ => stem,
    }
}

fn competitors(cx: &mut Ctx, p: &Parsed<raw::CompetitorsFile>) -> Vec<Competitor> {
    let root = Loc::new(p.index.clone(), "competitors");
    let mut out = Vec::new();
    for (i, c) in p.raw.competitors.iter().flatten().enumerate() {
        let loc = root.child(&format!("[{i}]"));
        let partners = c
            .partners
            .iter()
            .flatten()
            .enumerate()
            .map(|(j, cp)| {
                let ploc = loc.child(&format!("partners[{j}]"));
                CompetitorPartner {
                    partner: cx.text(&cp.partner, &ploc, "partner", "competitor partner"),
                    model: cp.model.clone(),
                    strength: cp.strength.clone().unwrap_or_default(),
                    locked: cp.locked.unwrap_or(false),
                    loc: ploc,
                }
            })
            .collect();
        out.push(Competitor {
            id: cx.text(&c.id, &loc, "id", "competitor id"),
            name: cx.text(&c.name, &loc, "name", "competitor name"),
            positioning: c.positioning.clone(),
            partners,
            loc,
        });
    }
    out
}

fn objectives(cx: &mut Ctx, p: &Parsed<raw::OkrsFile>) -> Vec<Objective> {
    let root = Loc::new(p.index.clone(), "partnership_okrs");
    if p.raw.partnership_okrs.is_none() {
        cx.push(
            Diagnostic::new(Rule::Required, root.span(), "`partnership_okrs` is missing")
                .help("paste the playbook's `partnership_okrs:` block"),
        );
    }
    let mut out = Vec::new();
    for (i, o) in p.raw.partnership_okrs.iter().flatten().enumerate() {
        let loc = root.child(&format!("[{i}]"));
        let key_results = o
            .key_results
            .iter()
            .flatten()
            .enumerate()
            .filter_map(|(j, kr)| key_result(cx, kr, loc.child(&format!("key_results[{j}]"))))
            .collect();
        out.push(Objective {
            id: o.id.clone(),
            objective: cx.text(&o.objective, &loc, "objective", "objective"),
            models: o.models.clone().unwrap_or_default(),
            owner: o.owner.clone().filter(|s| !s.trim().is_empty()),
            key_results,
            loc,
        });
    }
    out
}

fn key_result(cx: &mut Ctx, kr: &raw::Scalar, loc: Loc) -> Option<KeyResult> {
    let m: raw::MeasuredKr = match kr {
        raw::Scalar::String(s) => raw::MeasuredKr {
            text: Some(s.clone()),
            ..Default::default()
        },
        raw::Scalar::Mapping(_) => match serde_yaml::from_value(kr.clone()) {
            Ok(m) => m,
            Err(e) => {
                let msg = e.to_string();
                let ticks: Vec<&str> = msg.split('`').skip(1).step_by(2).collect();
                let found = ticks.first().copied().unwrap_or("");
                let (span, help) =
                    match crate::suggest::closest(found, ticks.iter().skip(1).copied()) {
                        Some(s) => (loc.key(found), format!("did you mean `{s}`?")),
                        None => (
                            loc.span(),
                            format!("a key result map has the keys {}", KR_KEYS),
                        ),
                    };
                cx.push(
                    Diagnostic::new(
                        Rule::Syntax,
                        span,
                        format!(
                            "invalid key result: {}",
                            msg.split(" at line").next().unwrap_or(&msg)
                        ),
                    )
                    .help(help),
                );
                return None;
            }
        },
        _ => {
            cx.push(Diagnostic::new(Rule::Syntax, loc.value(""), "a key result must be a text or a map with `text`").help("write `- Partner NPS score ≥ 40` or `- {text: ..., target: ..., current: ...}`"));
            return None;
        }
    };
    Some(KeyResult {
        id: m.id.clone(),
        text: cx.text(&m.text, &loc, "text", "key result text"),
        metric: m.metric.clone(),
        target: cx.measure(&m.target, &loc, "target"),
        current: cx.measure(&m.current, &loc, "current"),
        baseline: cx.measure(&m.baseline, &loc, "baseline"),
        better: cx
            .word(
                &m.better,
                &loc,
                "better",
                Rule::Syntax,
                Better::WORDS,
                Better::parse,
            )
            .unwrap_or_default(),
        unit: m.unit.clone(),
        due: cx.date(&m.due, &loc, "due"),
        loc,
    })
}

/// The keys of a measured key result, for the help of a map that does not read as one.
const KR_KEYS: &str = "text, id, metric, target, current, baseline, better, unit and due";

fn governance(cx: &mut Ctx, p: &Parsed<raw::GovernanceFile>) -> Governance {
    let root = Loc::new(p.index.clone(), "");
    let mut g = Governance {
        loc: Some(root.clone()),
        ..Governance::default()
    };
    if let Some(raci) = &p.raw.raci {
        let rl = root.child("raci");
        g.roles = cx.list(&raci.roles, &rl, "roles", "the list of RACI roles");
        for (k, v) in raci.decisions.iter().flatten() {
            let Some(name) = scalar_text(k) else { continue };
            let loc = rl.child(&format!("decisions.{name}"));
            let mut cells = Vec::new();
            match v {
                raw::Scalar::Mapping(m) => {
                    for (role, letter) in m {
                        let (Some(role), Some(letter)) = (scalar_text(role), scalar_text(letter))
                        else {
                            cx.push(
                                Diagnostic::new(
                                    Rule::RaciLetter,
                                    loc.value(""),
                                    format!("RACI row `{name}` has a cell that is not text"),
                                )
                                .help("write `Role: R`"),
                            );
                            continue;
                        };
                        cells.push((role, letter));
                    }
                }
                _ => cx.push(
                    Diagnostic::new(
                        Rule::Syntax,
                        loc.value(""),
                        format!("RACI row `{name}` must map roles to letters"),
                    )
                    .help("write `{CPO: A, Legal: C}`"),
                ),
            }
            g.raci.push(RaciRow {
                decision: name,
                cells,
                loc,
            });
        }
    }
    for (i, s) in p.raw.sponsors.iter().flatten().enumerate() {
        let loc = root.child(&format!("sponsors[{i}]"));
        g.sponsors.push(Sponsor {
            partner: cx.text(&s.partner, &loc, "partner", "sponsor partner"),
            partner_executive: s.partner_executive.clone().unwrap_or_default(),
            our_counterpart: s.our_counterpart.clone().unwrap_or_default(),
            cadence: s.cadence.clone().unwrap_or_default(),
            loc,
        });
    }
    g
}

fn page(cx: &mut Ctx, p: &Parsed<raw::PageFront>) -> Page {
    let loc = Loc::new(p.index.clone(), "");
    Page {
        path: p.stem.clone(),
        title: cx.text(&p.raw.title, &loc, "title", "page title"),
        weight: p.raw.weight.unwrap_or(0),
        description: p.raw.description.clone(),
        audience: cx
            .word(
                &p.raw.audience,
                &loc,
                "audience",
                Rule::Syntax,
                &Audience::WORDS,
                Audience::parse,
            )
            .unwrap_or_default(),
        body: p.body.clone().unwrap_or_default(),
        loc,
    }
}
