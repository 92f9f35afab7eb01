//! The analyses that have their own page: near the line (thresholds and
//! weight sensitivity), traceability (thesis → OKRs → roadmap → partners →
//! decisions, and orphans), overdue reviews, and the validation report.

use super::home::DiagView;
use super::okrs::kr_anchor;
use super::strategy::objective_link;
use super::{band_chip, item_status_chip, tier_chip, weight_move, Chip};
use crate::diag::DiagnosticRecord;
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::urls;
use serde::Serialize;

#[derive(Serialize)]
pub struct NearRow {
    pub partner: Link,
    pub score: String,
    pub line: String,
    pub distance: String,
    pub above: bool,
    pub band: Chip,
}

#[derive(Serialize)]
pub struct SensitiveRow {
    pub partner: Link,
    pub change: String,
    pub from: Chip,
    pub to: Chip,
    pub new_score: String,
}

#[derive(Serialize)]
pub struct NearLineView {
    pub points: String,
    pub step: String,
    pub near: Vec<NearRow>,
    pub near_total: usize,
    pub sensitive: Vec<SensitiveRow>,
    pub sensitive_total: usize,
}

/// Rows each near-the-line table shows (closest or best-ranked first) in very large plans.
const SHOWN_ROWS: usize = 300;

fn spec(
    path: &str,
    template: &'static str,
    key: &str,
    title: String,
    description: String,
) -> PageSpec<'static> {
    PageSpec {
        path: path.into(),
        template,
        nav_key: key.into(),
        nav_ancestors: Vec::new(),
        title,
        description,
        crumbs: Vec::new(),
    }
}

/// What an overdue review is (`Decision review`, `QBR`, `Tier review`).
pub fn overdue_kind(site: &Site, k: crate::analysis::OverdueKind) -> String {
    use crate::analysis::OverdueKind;
    site.t(match k {
        OverdueKind::DecisionReview => "v_overdue_decision_review",
        OverdueKind::Qbr => "v_overdue_qbr",
        OverdueKind::TierReview => "v_overdue_tier_review",
    })
}

fn partner(site: &Site, i: usize) -> Link {
    let p = &site.plan.partners[i];
    Link::to(&p.name, urls::partner(&p.id))
}

pub fn render_near_line(site: &Site) -> Result<PageHtml, RenderError> {
    let an = site.an;
    let s = &site.plan.scoring;
    let near = an
        .near_line
        .near
        .iter()
        .take(SHOWN_ROWS)
        .map(|n| NearRow {
            partner: partner(site, n.partner),
            score: site.score(an.partners[n.partner].score),
            line: format!(
                "{} ({})",
                site.word(
                    "band",
                    if (n.threshold - s.priority).abs() < f64::EPSILON {
                        "priority"
                    } else {
                        "secondary"
                    }
                ),
                site.num2(n.threshold)
            ),
            distance: site.score(n.distance.abs()),
            above: n.distance >= 0.0,
            band: band_chip(site.lang, an.partners[n.partner].band),
        })
        .collect();
    let mut sensitive: Vec<&crate::analysis::BandChange> = an.near_line.sensitive.iter().collect();
    sensitive.sort_by(|a, b| {
        an.partners[a.partner]
            .rank
            .cmp(&an.partners[b.partner].rank)
            .then(a.factor.cmp(&b.factor))
            .then(b.delta.total_cmp(&a.delta))
    });
    let view = NearLineView {
        points: site.num2(crate::analysis::NEAR_POINTS),
        step: site.num2(crate::analysis::WEIGHT_STEP),
        near,
        near_total: an.near_line.near.len(),
        sensitive_total: sensitive.len(),
        sensitive: sensitive
            .into_iter()
            .take(SHOWN_ROWS)
            .map(|c| SensitiveRow {
                partner: partner(site, c.partner),
                change: weight_move(site.lang, c.factor, c.delta),
                from: band_chip(site.lang, c.from),
                to: band_chip(site.lang, c.to),
                new_score: site.score(c.new_score),
            })
            .collect(),
    };
    site.page(
        spec(
            urls::NEAR_LINE,
            "near_line.html",
            "near-line",
            site.t("v_nav_near_line"),
            site.t("v_desc_near_line"),
        ),
        &view,
    )
}

#[derive(Serialize)]
pub struct TraceItem {
    pub link: Link,
    pub status: Chip,
    pub partners: Vec<Link>,
    pub decisions: Vec<Link>,
}

#[derive(Serialize)]
pub struct TraceKr {
    pub link: Link,
    pub items: Vec<TraceItem>,
}

#[derive(Serialize)]
pub struct TraceObjective {
    pub link: Link,
    pub key_results: Vec<TraceKr>,
}

#[derive(Serialize)]
pub struct TraceModel {
    pub link: Link,
    pub objectives: Vec<TraceObjective>,
}

#[derive(Serialize)]
pub struct TraceView {
    pub models: Vec<TraceModel>,
    pub unlinked_objectives: Vec<TraceObjective>,
    pub orphan_platinum: Vec<Link>,
    pub orphan_key_results: Vec<Link>,
    pub orphan_models: Vec<Link>,
}

fn trace_objective(site: &Site, o: usize) -> TraceObjective {
    let obj = &site.plan.objectives[o];
    let roadmap = site.plan.roadmap.as_ref();
    TraceObjective {
        link: objective_link(site, o),
        key_results: obj
            .key_results
            .iter()
            .enumerate()
            .map(|(k, kr)| TraceKr {
                link: Link::to(&kr.text, format!("{}#{}", urls::OKRS, kr_anchor(o, k, kr))),
                items: site.an.trace.kr_items[o][k]
                    .iter()
                    .filter_map(|&(q, i)| {
                        let it = roadmap?.quarters.get(q)?.items.get(i)?;
                        Some(TraceItem {
                            link: Link::to(
                                format!("{}: {}", roadmap?.quarters[q].key, it.title),
                                urls::roadmap_item(q, i),
                            ),
                            status: item_status_chip(site.lang, it.status),
                            partners: it.partners.iter().map(|p| site.partner_link(p)).collect(),
                            decisions: it.decisions.iter().map(|d| site.decision_link(d)).collect(),
                        })
                    })
                    .collect(),
            })
            .collect(),
    }
}

pub fn render_traceability(site: &Site) -> Result<PageHtml, RenderError> {
    let plan = site.plan;
    let t = &site.an.trace;
    let thesis_models = plan
        .thesis
        .as_ref()
        .map(|th| th.models.as_slice())
        .unwrap_or_default();
    let models = thesis_models
        .iter()
        .enumerate()
        .map(|(m, tm)| TraceModel {
            link: site.model_link(&tm.id),
            objectives: t.model_objectives[m]
                .iter()
                .map(|&o| trace_objective(site, o))
                .collect(),
        })
        .collect();
    let unlinked_objectives = (0..plan.objectives.len())
        .filter(|&o| !t.model_objectives.iter().any(|v| v.contains(&o)))
        .map(|o| trace_objective(site, o))
        .collect();
    let view = TraceView {
        models,
        unlinked_objectives,
        orphan_platinum: t
            .orphan_platinum
            .iter()
            .map(|&i| partner(site, i))
            .collect(),
        orphan_key_results: t
            .orphan_key_results
            .iter()
            .map(|&(o, k)| {
                let kr = &plan.objectives[o].key_results[k];
                let title = match kr.id {
                    Some(_) => kr.text.clone(),
                    None => site.f("v_trace_plain_kr", &[("text", kr.text.as_str().into())]),
                };
                Link::to(title, format!("{}#{}", urls::OKRS, kr_anchor(o, k, kr)))
            })
            .collect(),
        orphan_models: t
            .orphan_models
            .iter()
            .map(|&m| site.model_link(&thesis_models[m].id))
            .collect(),
    };
    site.page(
        spec(
            urls::TRACEABILITY,
            "traceability.html",
            "traceability",
            site.t("v_nav_traceability"),
            site.t("v_desc_traceability"),
        ),
        &view,
    )
}

#[derive(Serialize)]
pub struct OverdueRow {
    pub kind: String,
    pub item: Link,
    pub tier: Option<Chip>,
    pub due: String,
    pub late: String,
}

#[derive(Serialize)]
pub struct ReviewsView {
    pub today: String,
    pub rows: Vec<OverdueRow>,
}

pub fn render_reviews(site: &Site) -> Result<PageHtml, RenderError> {
    use crate::analysis::OverdueKind;
    let plan = site.plan;
    let rows = site
        .an
        .overdue
        .iter()
        .map(|o| {
            let (item, tier) = match o.kind {
                OverdueKind::DecisionReview => {
                    (site.decision_link(&plan.decisions[o.item].id), None)
                }
                _ => (
                    partner(site, o.item),
                    Some(tier_chip(site.lang, plan.partners[o.item].tier)),
                ),
            };
            OverdueRow {
                kind: overdue_kind(site, o.kind),
                item,
                tier,
                due: site.date(o.due),
                late: site.f("v_days", &[("n", o.days_late.max(0).into())]),
            }
        })
        .collect();
    site.page(
        spec(
            urls::REVIEWS,
            "reviews.html",
            "reviews",
            site.t("v_nav_reviews"),
            site.t("v_desc_reviews"),
        ),
        &ReviewsView {
            today: site.date(site.an.today),
            rows,
        },
    )
}

#[derive(Serialize)]
pub struct ChangesView {
    pub since: String,
    pub sections: Vec<ChangeSection>,
}

#[derive(Serialize)]
pub struct ChangeSection {
    pub title: String,
    pub lines: Vec<String>,
}

/// "What changed since REV", from `build --since`.
pub fn render_changes(site: &Site) -> Result<PageHtml, RenderError> {
    let ch = site.opts.changes.clone().unwrap_or_default();
    site.page(
        spec(
            urls::CHANGES,
            "changes.html",
            "changes",
            site.f("v_title_changes", &[("since", ch.since.as_str().into())]),
            site.t("v_desc_changes"),
        ),
        &ChangesView {
            sections: change_sections(&ch),
            since: ch.since,
        },
    )
}

/// The sections of a set of changes, as the changes and History pages show them.
pub fn change_sections(ch: &crate::render::ChangeReport) -> Vec<ChangeSection> {
    ch.sections
        .iter()
        .map(|(title, lines)| ChangeSection {
            title: title.clone(),
            lines: lines.clone(),
        })
        .collect()
}

#[derive(Serialize)]
pub struct ValidationView {
    pub errors: usize,
    pub warnings: usize,
    pub files: usize,
    pub items: Vec<DiagView>,
}

pub fn render_validation(site: &Site) -> Result<PageHtml, RenderError> {
    let p = site.project;
    let items = p
        .diagnostics
        .iter()
        .map(|d| DiagView::from_record(site.lang, DiagnosticRecord::from_diagnostic(d, &p.sources)))
        .collect();
    site.page(
        spec(
            urls::VALIDATION,
            "validation.html",
            "validation",
            site.t("v_nav_validation"),
            site.t("v_desc_validation"),
        ),
        &ValidationView {
            errors: p.errors(),
            warnings: p.warnings(),
            files: p.sources.iter().count(),
            items,
        },
    )
}
