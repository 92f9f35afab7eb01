//! The proposed agenda of a QBR, generated from what the pack shows: the gap to the
//! next tier (or the move it allows), the current tier's requirements not met, a tier
//! move the tier review recommends, overdue reviews, roadmap items at risk or late,
//! key results behind, decisions to review, competitors holding the partner, a missing
//! executive sponsor; then the standing items (pipeline and the next QBR).

use super::sections::{item_at_risk, partner_items, partner_key_results};
use crate::analysis::board::Status;
use crate::analysis::OverdueKind;
use crate::i18n::formats::DateStyle;
use crate::i18n::{args, Lang};
use crate::model::DecisionStatus as DS;
use crate::pack::tables::{h, p};
use crate::pdf::{Block, TextStyle};
use crate::project::Project;
use crate::render::reasons::{and_list, tier};

/// The agenda on page one: a line that says where it comes from, and the items.
pub fn section(pr: &Project, lang: &Lang, i: usize, b: &mut Vec<Block>) {
    let items = items(pr, lang, i);
    b.push(h(2, lang.t("qbr_agenda_title")));
    b.push(p(
        lang.f("qbr_agenda_lead", &args(&[("n", items.len().into())])),
        TextStyle::Muted,
    ));
    b.push(Block::Bullets(items));
}

/// The agenda items, most pressing first.
pub fn items(pr: &Project, lang: &Lang, i: usize) -> Vec<String> {
    let plan = &pr.plan;
    let a = &pr.analysis;
    let partner = &plan.partners[i];
    let mut out = Vec::new();
    // the tier: the move the review recommends, the current tier's gaps, the next tier's
    if let Some(c) = a.tier_review.iter().find(|c| c.partner == i) {
        let id = if c.is_promotion() {
            "qbr_agenda_promotion"
        } else {
            "qbr_agenda_demotion"
        };
        out.push(lang.f(id, &args(&[("tier", tier(c.to, lang).into())])));
    }
    if let Some((t, reqs)) = partner.tier.tier().and_then(|t| {
        let tier_def = plan.tier(t)?;
        Some((
            t,
            crate::analysis::distance::requirements(partner, tier_def),
        ))
    }) {
        let missing: Vec<String> = reqs
            .iter()
            .filter_map(|r| crate::render::distance::missing(r, plan, lang))
            .collect();
        if !missing.is_empty() {
            out.push(lang.f(
                "qbr_agenda_restore",
                &args(&[
                    ("tier", tier(t, lang).into()),
                    ("missing", and_list(&missing, lang).into()),
                ]),
            ));
        }
    }
    if let Some(d) = a.distance.get(i).and_then(Option::as_ref) {
        if let Some(next) = d.next.filter(|_| !d.requirements.is_empty()) {
            if d.meets_next() {
                out.push(lang.f(
                    "qbr_agenda_meets_next",
                    &args(&[("tier", tier(next, lang).into())]),
                ));
            } else {
                let missing: Vec<String> = d
                    .missing()
                    .filter_map(|r| crate::render::distance::missing(r, plan, lang))
                    .collect();
                out.push(lang.f(
                    "qbr_agenda_close_gap",
                    &args(&[
                        ("tier", tier(next, lang).into()),
                        ("missing", and_list(&missing, lang).into()),
                    ]),
                ));
            }
        }
    }
    // reviews past their date
    for o in a
        .overdue
        .iter()
        .filter(|o| o.item == i && matches!(o.kind, OverdueKind::Qbr | OverdueKind::TierReview))
    {
        out.push(lang.f(
            "qbr_agenda_overdue",
            &args(&[
                (
                    "kind",
                    crate::render::reasons::overdue_kind(o.kind, lang).into(),
                ),
                ("date", lang.fmt.date(o.due, DateStyle::Medium).into()),
                ("n", o.days_late.into()),
            ]),
        ));
    }
    // work at risk
    for (_, item) in partner_items(pr, i) {
        if item_at_risk(item, a.today) {
            let status = lang
                .word("item_status", item.status.as_str())
                .to_lowercase();
            let mut a = args(&[
                ("item", item.title.as_str().into()),
                ("status", status.into()),
            ]);
            let id = match item.due {
                Some(d) => {
                    a.set("due", lang.fmt.date(d, DateStyle::Medium));
                    "qbr_agenda_item_due"
                }
                None => "qbr_agenda_item",
            };
            out.push(lang.f(id, &a));
        }
    }
    for (oi, ki) in partner_key_results(pr, i) {
        let Some(kr) = plan.objectives.get(oi).and_then(|o| o.key_results.get(ki)) else {
            continue;
        };
        let Some(pg) = a
            .progress
            .get(oi)
            .and_then(|v| v.get(ki))
            .copied()
            .flatten()
        else {
            continue;
        };
        let status = a.board.kr_status(plan, kr, pg);
        if status != Status::OnTrack {
            out.push(
                lang.f(
                    "qbr_agenda_kr",
                    &args(&[
                        ("kr", kr.text.as_str().into()),
                        (
                            "status",
                            crate::render::reasons::status(status, lang)
                                .to_lowercase()
                                .into(),
                        ),
                    ]),
                ),
            );
        }
    }
    decisions(pr, lang, i, &mut out);
    competition(pr, lang, i, &mut out);
    if partner.tier.is_investment_tier()
        && !plan
            .governance
            .iter()
            .flat_map(|g| &g.sponsors)
            .any(|s| s.partner == partner.id)
    {
        out.push(lang.t("qbr_agenda_sponsor").into_owned());
    }
    // standing items
    let pipeline = partner.pipeline.map_or_else(
        || lang.t("s_gap_not_given").into_owned(),
        |m| plan.pipeline_shown().show(m),
    );
    out.push(lang.f(
        "qbr_agenda_pipeline",
        &args(&[("pipeline", pipeline.into())]),
    ));
    out.push(lang.t("qbr_agenda_next_qbr").into_owned());
    out
}

/// Decisions naming the partner that are proposed, or whose review date has passed.
fn decisions(pr: &Project, lang: &Lang, i: usize, out: &mut Vec<String>) {
    let plan = &pr.plan;
    let today = pr.analysis.today;
    let named = pr.analysis.trace.partner_decisions.get(i);
    for d in named
        .into_iter()
        .flatten()
        .filter_map(|&d| plan.decisions.get(d))
    {
        let due = d
            .review_date
            .filter(|r| *r < today && matches!(d.status, DS::Active | DS::Proposed));
        if d.status == DS::Proposed {
            out.push(lang.f(
                "qbr_agenda_decision_proposed",
                &args(&[
                    ("id", d.id.as_str().into()),
                    ("title", d.title.as_str().into()),
                ]),
            ));
        } else if let Some(r) = due {
            out.push(lang.f(
                "qbr_agenda_decision_review",
                &args(&[
                    ("id", d.id.as_str().into()),
                    ("title", d.title.as_str().into()),
                    ("date", lang.fmt.date(r, DateStyle::Medium).into()),
                ]),
            ));
        }
    }
}

/// Competitors holding the partner: exclusively (locked) or beside us.
fn competition(pr: &Project, lang: &Lang, i: usize, out: &mut Vec<String>) {
    let facts = &pr.analysis.partners[i];
    if facts.holdings.is_empty() && !facts.locked {
        return;
    }
    let names: Vec<String> = facts
        .holdings
        .iter()
        .map(|h| h.competitor_name.clone())
        .collect();
    let id = if facts.locked {
        "qbr_agenda_locked"
    } else {
        "qbr_agenda_contested"
    };
    out.push(lang.f(
        id,
        &args(&[
            ("competitors", and_list(&names, lang).into()),
            ("n", names.len().into()),
        ]),
    ));
}
