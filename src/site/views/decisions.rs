//! The build / partner / acquire decision log and one page per decision, with the
//! seed's decision matrix evaluated on the decision's criteria.

use super::{decision_kind_chip, decision_kind_word, decision_status_chip, item_status_chip, Chip};
use crate::analysis::MatrixResult;
use crate::model::{Criteria, Decision, DecisionKind};
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::urls::{self, Anchors};
use crate::site::views::partner::ItemRef;
use serde::Serialize;

#[derive(Serialize)]
pub struct DecisionRow {
    pub id: String,
    pub url: String,
    pub title: String,
    pub kind: Chip,
    pub status: Chip,
    pub partner: Option<Link>,
    pub decided: String,
    pub review: String,
    pub review_overdue: bool,
    pub matrix: Chip,
}

#[derive(Serialize)]
pub struct DecisionsView {
    pub rows: Vec<DecisionRow>,
    pub counts: Vec<KindCount>,
}

#[derive(Serialize)]
pub struct KindCount {
    pub chip: Chip,
    pub count: usize,
}

#[derive(Serialize)]
pub struct Condition {
    pub label: String,
    pub met: bool,
}

#[derive(Serialize)]
pub struct Branch {
    pub outcome: String,
    pub conditions: Vec<Condition>,
    pub holds: bool,
    pub declared: bool,
}

#[derive(Serialize)]
pub struct DecisionView {
    pub id: String,
    pub title: String,
    pub kind: Chip,
    pub status: Chip,
    pub verdict: String,
    pub verdict_ok: bool,
    pub override_reason: Option<String>,
    pub joint_venture: bool,
    pub branches: Vec<Branch>,
    pub partner: Option<Link>,
    pub acquisition_target: Option<String>,
    pub decided: Option<String>,
    pub review_date: Option<String>,
    pub review_late: Option<String>,
    pub supersedes: Option<Link>,
    pub superseded_by: Option<Link>,
    pub rationale: String,
    pub items: Vec<ItemRef>,
    pub backlinks: Vec<Link>,
}

fn matrix_chip(site: &Site, i: usize, d: &Decision) -> Chip {
    let r = &site.an.decisions[i];
    if r.supports(d.decision) {
        Chip::new(site.t("v_matrix_supported"), "ok")
    } else if d.override_reason.is_some() {
        Chip::new(site.t("v_matrix_override"), "warn")
    } else {
        Chip::new(site.t("v_matrix_not_supported"), "bad")
    }
}

fn overdue_days(site: &Site, i: usize) -> Option<i64> {
    site.index.decision_late.get(i).copied().flatten()
}

pub fn render_log(site: &Site) -> Result<PageHtml, RenderError> {
    let plan = site.plan;
    let mut order: Vec<usize> = (0..plan.decisions.len()).collect();
    order.sort_by(|&a, &b| plan.decisions[a].id.cmp(&plan.decisions[b].id));
    let rows = order
        .iter()
        .map(|&i| {
            let d = &plan.decisions[i];
            DecisionRow {
                id: d.id.clone(),
                url: urls::decision(&d.id),
                title: d.title.clone(),
                kind: decision_kind_chip(site.lang, d.decision),
                status: decision_status_chip(site.lang, d.status),
                partner: d
                    .partner_considered
                    .as_deref()
                    .map(|p| site.partner_link(p)),
                decided: d.decided.map_or(String::new(), |x| site.date(x)),
                review: d.review_date.map_or(String::new(), |x| site.date(x)),
                review_overdue: overdue_days(site, i).is_some(),
                matrix: matrix_chip(site, i, d),
            }
        })
        .collect();
    let counts = DecisionKind::ALL
        .iter()
        .map(|k| KindCount {
            chip: decision_kind_chip(site.lang, *k),
            count: plan.decisions.iter().filter(|d| d.decision == *k).count(),
        })
        .collect();
    site.page(
        PageSpec {
            path: urls::DECISIONS.into(),
            template: "decisions.html",
            nav_key: "decisions".into(),
            nav_ancestors: Vec::new(),
            title: site.t("v_title_decisions"),
            description: site.t("v_desc_decisions"),
            crumbs: Vec::new(),
        },
        &DecisionsView { rows, counts },
    )
}

fn branches(site: &Site, c: &Criteria, declared: DecisionKind) -> Vec<Branch> {
    let cond = |id: &str, met: bool| Condition {
        label: site.t(id),
        met,
    };
    let make = |outcome: String, kind: DecisionKind, conditions: Vec<Condition>| Branch {
        outcome,
        holds: conditions.iter().all(|c| c.met),
        declared: kind == declared,
        conditions,
    };
    let kind = |k: DecisionKind| decision_kind_word(site.lang, k);
    vec![
        make(
            kind(DecisionKind::Build),
            DecisionKind::Build,
            vec![
                cond("v_cond_core", c.core_differentiation),
                cond("v_cond_capacity", c.engineering_capacity),
            ],
        ),
        make(
            kind(DecisionKind::Partner),
            DecisionKind::Partner,
            vec![
                cond("v_cond_adjacent", c.adjacent),
                cond("v_cond_not_core", !c.core_differentiation),
                cond("v_cond_strong_partner", c.strong_partner_serves_icp),
                cond("v_cond_economics", c.partner_economics_positive),
            ],
        ),
        make(
            kind(DecisionKind::Acquire),
            DecisionKind::Acquire,
            vec![
                cond("v_cond_critical", c.critical_to_market_position),
                Condition {
                    label: site.f("v_cond_build_months", &[("n", c.build_months.into())]),
                    met: c.build_months > 18,
                },
                cond("v_cond_target", c.acquisition_target_in_budget),
            ],
        ),
        make(
            site.f(
                "v_branch_jv",
                &[("kind", kind(DecisionKind::Partner).into())],
            ),
            DecisionKind::Partner,
            vec![
                cond("v_cond_new_market", c.new_market_entry),
                cond("v_cond_local_presence", c.partner_local_presence),
            ],
        ),
    ]
}

pub fn render_one(site: &Site, i: usize) -> Result<PageHtml, RenderError> {
    let d = &site.plan.decisions[i];
    let path = urls::decision(&d.id);
    let r = &site.an.decisions[i];
    let mut anchors = Anchors::reserved(&["matrix", "rationale", "related", "facts"]);
    let rationale = site.markdown(&d.rationale, &path, &mut anchors).html;
    let verdict_ok = r.supports(d.decision);
    let verdict = verdict(site, d, r);
    let items = roadmap_items(site, d);
    let view = DecisionView {
        id: d.id.clone(),
        title: d.title.clone(),
        kind: decision_kind_chip(site.lang, d.decision),
        status: decision_status_chip(site.lang, d.status),
        verdict,
        verdict_ok,
        override_reason: d.override_reason.clone(),
        joint_venture: r.joint_venture_consideration,
        branches: branches(site, &d.criteria, d.decision),
        partner: d
            .partner_considered
            .as_deref()
            .map(|p| site.partner_link(p)),
        acquisition_target: d.acquisition_target.clone(),
        decided: d.decided.map(|x| site.date(x)),
        review_date: d.review_date.map(|x| site.date(x)),
        review_late: overdue_days(site, i).map(|n| site.f("v_overdue_by", &[("n", n.into())])),
        supersedes: d.supersedes.as_deref().map(|s| site.decision_link(s)),
        superseded_by: site
            .superseded_by
            .get(d.id.as_str())
            .map(|s| site.decision_link(s)),
        rationale,
        items,
        backlinks: site.backlinks_of(&path),
    };
    site.page(
        PageSpec {
            template: "decision.html",
            nav_key: format!("decision:{}", d.id),
            nav_ancestors: vec!["decisions".into()],
            title: format!("{} {}", d.id, d.title),
            description: site.f(
                "v_desc_decision",
                &[
                    ("kind", decision_kind_word(site.lang, d.decision).into()),
                    ("title", d.title.as_str().into()),
                ],
            ),
            crumbs: vec![Link::to(site.t("v_nav_decisions"), urls::DECISIONS)],
            path,
        },
        &view,
    )
}

/// What the matrix says about the declared outcome, as a sentence.
fn verdict(site: &Site, d: &Decision, r: &MatrixResult) -> String {
    let kind = |k: DecisionKind| decision_kind_word(site.lang, k);
    let supported: Vec<String> = r.supported.iter().map(|k| kind(*k)).collect();
    let declared = kind(d.decision);
    if r.supports(d.decision) {
        site.f("v_verdict_supports", &[("kind", declared.into())])
    } else if supported.is_empty() {
        site.f("v_verdict_none", &[("kind", declared.into())])
    } else {
        site.f(
            "v_verdict_other",
            &[
                ("supported", supported.join(&site.t("v_or_sep")).into()),
                ("kind", declared.into()),
            ],
        )
    }
}

/// The roadmap items that name the decision.
fn roadmap_items(site: &Site, d: &Decision) -> Vec<ItemRef> {
    site.decision_items
        .get(d.id.as_str())
        .into_iter()
        .flatten()
        .filter_map(|&(q, it)| {
            let quarter = site.plan.roadmap.as_ref()?.quarters.get(q)?;
            let item = quarter.items.get(it)?;
            Some(ItemRef {
                quarter: format!("{} · {}", quarter.key, quarter.theme),
                title: item.title.clone(),
                url: urls::roadmap_item(q, it),
                status: item_status_chip(site.lang, item.status),
                due: item.due.map(|x| site.date(x)),
            })
        })
        .collect()
}
