//! The partner's own page (`index.html` of its site): tier and status, the distance to
//! the next tier with what is missing in numbers, its commitments and its tier's
//! benefits, pipeline, ARR, MDF and PAM, joint roadmap items, executive sponsors, the
//! next QBR, and its score only when the view holds one (`sharing.scores`).

use super::views::{Fact, Words};
use crate::analysis::{Distance, Missing, Need, RequirementKind};
use crate::audience::view::{PartnerView, SharedTier};
use crate::model::TierLevel;
use crate::site::nav::Link;
use crate::site::views::{band_chip, status_chip, tier_chip, tier_name_chip, yes_no, Chip};
use serde::Serialize;

/// The partner page's view (`v` of `partner_site/index.html`).
#[derive(Debug, Serialize)]
pub struct PartnerPage {
    pub name: String,
    /// "Gold partner of Northwind Analytics".
    pub lede: String,
    pub tier: Chip,
    pub status: Chip,
    /// Score and band, only when the plan shares scores.
    pub score: Option<Score>,
    /// The headline figures: annual pipeline, ARR, MDF, next QBR.
    pub figures: Vec<Figure>,
    /// The distance to the next tier (absent without a tier framework).
    pub distance: Option<DistanceView>,
    /// The partner's commitments and capabilities as recorded.
    pub commitments: Vec<Fact>,
    /// What its tier commits a partner to (the framework's words).
    pub tier_commitments: Vec<String>,
    /// What its tier gives (the framework's words).
    pub benefits: Vec<String>,
    /// Its profile: tier, status, PAM, certified individuals, QBR dates.
    pub facts: Vec<Fact>,
    pub sponsors: Vec<Sponsor>,
    pub roadmap: Vec<Item>,
    /// The handbook pages shared with it.
    pub pages: Vec<PageCard>,
}

/// A headline figure: `—` with a detail when the plan does not record it.
#[derive(Debug, Serialize)]
pub struct Figure {
    pub label: String,
    pub value: String,
    pub detail: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Score {
    pub score: String,
    pub band: Chip,
}

/// The tier above the partner's and each of its requirements.
#[derive(Debug, Serialize)]
pub struct DistanceView {
    /// The next tier; `None` at the top tier.
    pub next: Option<Chip>,
    /// "You meet 3 of 5 requirements of Gold." (or the top-tier sentence).
    pub summary: String,
    /// Whether every requirement of the next tier is met.
    pub ready: bool,
    pub rows: Vec<RequirementRow>,
}

/// One requirement of the next tier.
#[derive(Debug, Serialize)]
pub struct RequirementRow {
    /// A stable key for classes (`certified-individuals`).
    pub key: &'static str,
    pub label: String,
    pub have: String,
    pub need: String,
    pub met: bool,
    /// What is missing, in numbers (`$250K more a year`, `2 more`); absent when met.
    pub missing: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Sponsor {
    pub partner_executive: String,
    pub our_counterpart: String,
    pub cadence: String,
}

#[derive(Debug, Serialize)]
pub struct Item {
    pub title: String,
    /// `Q2 · due Jun 30, 2027`, or empty.
    pub when: String,
}

#[derive(Debug, Serialize)]
pub struct PageCard {
    pub link: Link,
    pub description: Option<String>,
}

/// The partner page of `view`.
pub fn page(view: &PartnerView, w: &Words) -> PartnerPage {
    let p = &view.partner;
    let l = w.lang;
    let own_tier = tier_of(view);
    let date =
        |d: Option<crate::values::Date>| d.map_or_else(|| w.t("ps_not_recorded"), |d| w.date(d));
    let tier_word = l.word("tier", p.tier.as_str());
    let figure = |label: &str, value: Option<String>| Figure {
        label: w.t(label),
        detail: value.is_none().then(|| w.t("ps_not_recorded")),
        value: value.unwrap_or_else(|| "—".into()),
    };
    let figures = vec![
        figure("ps_pipeline", p.pipeline.map(|m| m.display(&view.money))),
        figure("ps_arr", p.arr.map(|m| m.display(&view.money))),
        figure("ps_mdf", p.mdf.map(|m| m.display(&view.money))),
        figure("ps_next_qbr", p.next_qbr.map(|d| w.date(d))),
    ];
    let commitments = vec![
        Fact::new(
            w.t("ps_req_joint_business_plan"),
            l.word("joint_plan", p.joint_business_plan.as_str()),
        ),
        Fact::new(w.t("ps_req_qbr"), yes_no(l, p.qbr)),
        Fact::new(w.t("ps_req_gtm_activities"), p.gtm_activities.to_string()),
        Fact::new(w.t("ps_req_named_pam"), yes_no(l, p.named_pam)),
        Fact::new(
            w.t("ps_req_certified_individuals"),
            p.certified_individuals.to_string(),
        ),
        Fact::new(
            w.t("ps_req_dedicated_practice"),
            yes_no(l, p.dedicated_practice),
        ),
    ];
    let mut facts = vec![
        Fact::new(w.t("ps_fact_tier"), tier_word.clone()),
        Fact::new(
            w.t("ps_fact_status"),
            l.word("partner_status", p.status.as_str()),
        ),
    ];
    if let Some(pam) = &p.pam {
        facts.push(Fact::new(w.t("ps_fact_pam"), pam.clone()));
    }
    facts.push(Fact::new(w.t("ps_fact_last_qbr"), date(p.last_qbr)));
    facts.push(Fact::new(w.t("ps_next_qbr"), date(p.next_qbr)));
    PartnerPage {
        name: p.name.clone(),
        lede: match p.tier {
            TierLevel::Tier(_) => w.f(
                "ps_lede",
                &[
                    ("tier", tier_word.into()),
                    ("company", view.company.as_str().into()),
                ],
            ),
            TierLevel::Prospect => w.f(
                "ps_lede_prospect",
                &[("company", view.company.as_str().into())],
            ),
        },
        tier: tier_chip(l, p.tier),
        status: status_chip(l, p.status),
        score: p.score.map(|(s, b)| Score {
            score: l.fmt.number(s, 2),
            band: band_chip(l, b),
        }),
        figures,
        distance: p.distance.as_ref().map(|d| distance(view, d, w)),
        commitments,
        tier_commitments: own_tier.map(|t| t.commitments.clone()).unwrap_or_default(),
        benefits: own_tier.map(|t| t.benefits.clone()).unwrap_or_default(),
        facts,
        sponsors: view
            .sponsors
            .iter()
            .map(|s| Sponsor {
                partner_executive: s.partner_executive.clone(),
                our_counterpart: s.our_counterpart.clone(),
                cadence: s.cadence.clone(),
            })
            .collect(),
        roadmap: view
            .roadmap
            .iter()
            .map(|i| Item {
                title: i.title.clone(),
                when: match i.due {
                    Some(d) if i.quarter.is_empty() => w.f("ps_due", &[("due", w.date(d).into())]),
                    Some(d) => format!(
                        "{} · {}",
                        i.quarter,
                        w.f("ps_due", &[("due", w.date(d).into())])
                    ),
                    None => i.quarter.clone(),
                },
            })
            .collect(),
        pages: view
            .pages
            .iter()
            .map(|pg| PageCard {
                link: Link::to(&pg.title, super::urls::page(&pg.path)),
                description: pg.description.clone(),
            })
            .collect(),
    }
}

/// The partner's own tier of the framework (none for a prospect).
fn tier_of(view: &PartnerView) -> Option<&SharedTier> {
    match view.partner.tier {
        TierLevel::Tier(t) => view.tiers.iter().find(|x| x.level == t),
        TierLevel::Prospect => None,
    }
}

/// The distance to the next tier, worded.
fn distance(view: &PartnerView, d: &Distance, w: &Words) -> DistanceView {
    let l = w.lang;
    let Some(next) = d.next else {
        return DistanceView {
            next: None,
            summary: w.f(
                "ps_distance_top",
                &[("tier", l.word("tier", d.current.as_str()).into())],
            ),
            ready: false,
            rows: Vec::new(),
        };
    };
    // the tier's word in the plan's language, as its chip writes it
    let name = l.word("tier", next.as_str());
    let rows: Vec<RequirementRow> = d
        .requirements
        .iter()
        .map(|r| {
            let (have, need) = need_text(view, &r.need, w);
            RequirementRow {
                key: r.kind.as_str(),
                label: w.t(requirement_id(r.kind)),
                have,
                need,
                met: r.met(),
                missing: r.missing().map(|m| missing_text(view, m, w)),
            }
        })
        .collect();
    let met = rows.iter().filter(|r| r.met).count();
    let ready = met == rows.len();
    let summary = if ready {
        w.f("ps_distance_ready", &[("tier", name.as_str().into())])
    } else {
        w.f(
            "ps_distance_summary",
            &[
                ("met", met.into()),
                ("n", rows.len().into()),
                ("tier", name.as_str().into()),
            ],
        )
    };
    DistanceView {
        next: Some(tier_name_chip(l, next)),
        summary,
        ready,
        rows,
    }
}

/// The message naming a requirement.
fn requirement_id(k: RequirementKind) -> &'static str {
    match k {
        RequirementKind::Pipeline => "ps_pipeline",
        RequirementKind::CertifiedIndividuals => "ps_req_certified_individuals",
        RequirementKind::DedicatedPractice => "ps_req_dedicated_practice",
        RequirementKind::JointBusinessPlan => "ps_req_joint_business_plan",
        RequirementKind::Qbr => "ps_req_qbr",
        RequirementKind::NamedPam => "ps_req_named_pam",
        RequirementKind::GtmActivities => "ps_req_gtm_activities",
    }
}

/// What the partner has and what the tier needs, as text.
fn need_text(view: &PartnerView, need: &Need, w: &Words) -> (String, String) {
    let l = w.lang;
    match *need {
        Need::Pipeline { have, need } => (
            have.map_or_else(|| w.t("ps_not_recorded"), |m| m.display(&view.money)),
            w.f(
                "ps_at_least",
                &[("value", need.display(&view.money).into())],
            ),
        ),
        Need::Count { have, need } => (
            have.to_string(),
            w.f("ps_at_least", &[("value", need.to_string().into())]),
        ),
        Need::Yes { have } => (yes_no(l, have), yes_no(l, true)),
        Need::Plan { have } => (
            l.word("joint_plan", have.as_str()),
            l.word("joint_plan", "signed"),
        ),
    }
}

/// What is missing of a requirement, in numbers.
fn missing_text(view: &PartnerView, m: Missing, w: &Words) -> String {
    match m {
        Missing::Money(m) => w.f(
            "ps_missing_money",
            &[("amount", m.display(&view.money).into())],
        ),
        Missing::Count(n) => w.f("ps_missing_count", &[("n", n.into())]),
        Missing::Yes => w.t("ps_missing_yes"),
        Missing::Plan(_) => w.t("ps_missing_plan"),
    }
}
