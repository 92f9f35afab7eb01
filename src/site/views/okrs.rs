//! The OKR page (objectives, key results with progress bars and the roadmap items
//! advancing them) and the roadmap page (quarters as columns, items with status).

use super::strategy::objective_anchor;
use super::{item_status_chip, Chip};
use crate::analysis::KrProgress;
use crate::model::{ItemStatus, KeyResult, Measure, Objective, Quarter, RoadmapItem};
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::svg::{self, Segment};
use crate::site::urls;
use serde::Serialize;

#[derive(Serialize)]
pub struct KrView {
    pub anchor: String,
    pub text: String,
    pub measured: bool,
    pub percent: String,
    pub bar: String,
    pub state: Chip,
    pub current: String,
    pub target: String,
    pub baseline: String,
    pub due: String,
    pub items: Vec<Link>,
    pub orphan: bool,
}

#[derive(Serialize)]
pub struct ObjectiveView {
    pub anchor: String,
    pub title: String,
    pub models: Vec<Link>,
    pub key_results: Vec<KrView>,
    pub progress: Option<String>,
    pub bar: Option<String>,
    /// The roll-up's status against the pace expected by the board meeting.
    pub status: Option<Chip>,
}

#[derive(Serialize)]
pub struct OkrsView {
    pub objectives: Vec<ObjectiveView>,
}

/// The anchor of a key result: its id, else its position.
pub fn kr_anchor(o: usize, k: usize, kr: &KeyResult) -> String {
    kr.id
        .clone()
        .unwrap_or_else(|| format!("kr-{}-{}", o + 1, k + 1))
}

/// Key-result anchors by id, for links from the roadmap.
pub fn kr_link(site: &Site, id: &str) -> Link {
    for (o, obj) in site.plan.objectives.iter().enumerate() {
        for (k, kr) in obj.key_results.iter().enumerate() {
            if kr.id.as_deref() == Some(id) {
                return Link::to(&kr.text, format!("{}#{}", urls::OKRS, kr_anchor(o, k, kr)));
            }
        }
    }
    Link::text(id)
}

fn item_link(site: &Site, q: usize, i: usize) -> Link {
    let title = site
        .plan
        .roadmap
        .as_ref()
        .and_then(|r| r.quarters.get(q))
        .and_then(|qq| {
            qq.items
                .get(i)
                .map(|it| format!("{}: {}", qq.key, it.title))
        })
        .unwrap_or_default();
    Link::to(title, urls::roadmap_item(q, i))
}

pub fn render_okrs(site: &Site) -> Result<PageHtml, RenderError> {
    let objectives = site
        .plan
        .objectives
        .iter()
        .enumerate()
        .map(|(o, obj)| objective_view(site, o, obj))
        .collect();
    site.page(
        PageSpec {
            path: urls::OKRS.into(),
            template: "okrs.html",
            nav_key: "okrs".into(),
            nav_ancestors: Vec::new(),
            title: site.t("v_title_okrs"),
            description: site.t("v_desc_okrs"),
            crumbs: Vec::new(),
        },
        &OkrsView { objectives },
    )
}

/// The measured progress of key result `k` of objective `o`, if it has any.
fn kr_progress(site: &Site, o: usize, k: usize) -> Option<KrProgress> {
    site.an
        .progress
        .get(o)
        .and_then(|v| v.get(k))
        .copied()
        .flatten()
}

/// One objective with its key results; its progress is the mean of the measured
/// key results, each capped at 100 %.
fn objective_view(site: &Site, o: usize, obj: &Objective) -> ObjectiveView {
    let rollup = site.an.board.rollup(site.plan, &site.an.progress, o);
    let avg = rollup.map(|r| r.progress);
    ObjectiveView {
        anchor: objective_anchor(site, o),
        title: obj.objective.clone(),
        models: obj.models.iter().map(|m| site.model_link(m)).collect(),
        key_results: obj
            .key_results
            .iter()
            .enumerate()
            .map(|(k, kr)| kr_view(site, o, k, kr))
            .collect(),
        progress: avg.map(|a| site.share(a * 100.0)),
        bar: avg.map(|a| {
            svg::progress(
                site.lang,
                a,
                "fill-accent",
                &site.t("v_bar_objective_progress"),
            )
        }),
        status: rollup.map(|r| status_chip(site, r.status)),
    }
}

/// A board status as a chip: its shape and word, in the status colour.
fn status_chip(site: &Site, s: crate::analysis::board::Status) -> Chip {
    use crate::analysis::board::Status;
    let word = match s {
        Status::OnTrack => "on-track",
        Status::AtRisk => "at-risk",
        Status::OffTrack => "off-track",
    };
    Chip::new(
        format!("{} {}", s.shape(), site.word("board_status", word)),
        s.tone(),
    )
}

/// The state chip of a key result: achieved, else its board status against the pace
/// expected by the meeting (the same word the board pack prints).
fn kr_state(site: &Site, kr: &KeyResult, progress: Option<KrProgress>) -> Chip {
    match progress {
        None => Chip::new(site.t("v_kr_not_measured"), "neutral"),
        Some(p) if p.fraction >= 1.0 => Chip::new(site.t("v_kr_achieved"), "ok"),
        Some(p) => status_chip(site, site.an.board.kr_status(site.plan, kr, p)),
    }
}

/// Key result `k` of objective `o`: progress, figures and the roadmap items advancing it.
fn kr_view(site: &Site, o: usize, k: usize, kr: &KeyResult) -> KrView {
    let progress = kr_progress(site, o, k);
    let fraction = progress.map_or(0.0, |p| p.fraction);
    let state = kr_state(site, kr, progress);
    let items: Vec<Link> = site
        .an
        .trace
        .kr_items
        .get(o)
        .and_then(|v| v.get(k))
        .into_iter()
        .flatten()
        .map(|&(q, i)| item_link(site, q, i))
        .collect();
    let m = |v: Option<Measure>| v.map_or(String::new(), |x| x.display(site.sym));
    KrView {
        anchor: kr_anchor(o, k, kr),
        text: kr.text.clone(),
        measured: progress.is_some(),
        percent: site.share(fraction * 100.0),
        bar: svg::progress(
            site.lang,
            fraction,
            &format!("fill-{}", state.class),
            &site.t("v_bar_kr_progress"),
        ),
        state,
        current: m(kr.current),
        target: m(kr.target),
        baseline: m(kr.baseline),
        due: kr.due.map_or(String::new(), |d| site.date(d)),
        orphan: items.is_empty(),
        items,
    }
}

#[derive(Serialize)]
pub struct ItemView {
    pub anchor: String,
    pub title: String,
    pub status: Chip,
    pub partners: Vec<Link>,
    pub key_results: Vec<Link>,
    pub decisions: Vec<Link>,
    pub owner: Option<String>,
    pub due: Option<String>,
}

#[derive(Serialize)]
pub struct QuarterView {
    pub key: String,
    pub theme: String,
    pub items: Vec<ItemView>,
    pub bar: String,
    pub summary: String,
}

#[derive(Serialize)]
pub struct RoadmapView {
    pub year: i32,
    pub quarters: Vec<QuarterView>,
    /// The later years of the multi-year roadmap.
    pub later: Vec<LaterView>,
    pub legend: Vec<Chip>,
}

/// A later year of the multi-year roadmap.
#[derive(Serialize)]
pub struct LaterView {
    pub id: String,
    pub year: i32,
    pub theme: String,
    pub items: Vec<ItemView>,
}

fn status_class(s: ItemStatus) -> &'static str {
    match s {
        ItemStatus::Done => "fill-ok",
        ItemStatus::InProgress => "fill-info",
        ItemStatus::Planned => "fill-neutral",
        ItemStatus::AtRisk => "fill-bad",
        ItemStatus::Dropped => "fill-muted",
    }
}

pub fn render_roadmap(site: &Site) -> Result<PageHtml, RenderError> {
    let plan = site.plan;
    let year = plan.roadmap.as_ref().map_or(plan.program.year, |r| r.year);
    let quarters = plan
        .roadmap
        .iter()
        .flat_map(|r| r.quarters.iter().enumerate())
        .map(|(q, quarter)| quarter_view(site, q, quarter))
        .collect();
    site.page(
        PageSpec {
            path: urls::ROADMAP.into(),
            template: "roadmap.html",
            nav_key: "roadmap".into(),
            nav_ancestors: Vec::new(),
            title: site.f("v_roadmap_year", &[("year", year.to_string().into())]),
            description: site.t("v_desc_roadmap"),
            crumbs: Vec::new(),
        },
        &RoadmapView {
            year,
            quarters,
            later: plan
                .roadmap
                .iter()
                .flat_map(|r| &r.later)
                .map(|y| later_view(site, y))
                .collect(),
            legend: ItemStatus::ALL
                .iter()
                .map(|s| item_status_chip(site.lang, *s))
                .collect(),
        },
    )
}

/// One quarter's column: its items, a status bar and how many are done.
fn quarter_view(site: &Site, q: usize, quarter: &Quarter) -> QuarterView {
    let done = quarter
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::Done)
        .count();
    QuarterView {
        key: quarter.key.clone(),
        theme: quarter.theme.clone(),
        bar: svg::stacked_bar(
            &status_segments(site, &quarter.items),
            quarter.items.len() as f64,
            &site.f(
                "v_quarter_status",
                &[("quarter", quarter.key.as_str().into())],
            ),
        ),
        summary: site.f(
            "v_quarter_summary",
            &[("done", done.into()), ("n", quarter.items.len().into())],
        ),
        items: quarter
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| item_view(site, urls::roadmap_item_anchor(q, i), it))
            .collect(),
    }
}

fn later_view(site: &Site, y: &crate::model::LaterYear) -> LaterView {
    LaterView {
        id: format!("y{}", y.year),
        year: y.year,
        theme: y.theme.clone(),
        items: y
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| item_view(site, format!("y{}-{}", y.year, i + 1), it))
            .collect(),
    }
}

/// The segments of a quarter's status bar: items per status, done first.
fn status_segments(site: &Site, items: &[RoadmapItem]) -> Vec<Segment<'static>> {
    [
        ItemStatus::Done,
        ItemStatus::InProgress,
        ItemStatus::AtRisk,
        ItemStatus::Planned,
        ItemStatus::Dropped,
    ]
    .iter()
    .map(|s| {
        let n = items.iter().filter(|i| i.status == *s).count();
        Segment {
            value: n as f64,
            class: status_class(*s),
            title: site.f(
                "v_label_count",
                &[
                    ("label", site.word("item_status", s.as_str()).into()),
                    ("n", n.into()),
                ],
            ),
        }
    })
    .collect()
}

/// A roadmap item with its partners, key results and decisions linked.
fn item_view(site: &Site, anchor: String, it: &RoadmapItem) -> ItemView {
    ItemView {
        anchor,
        title: it.title.clone(),
        status: item_status_chip(site.lang, it.status),
        partners: it.partners.iter().map(|p| site.partner_link(p)).collect(),
        key_results: it.key_results.iter().map(|k| kr_link(site, k)).collect(),
        decisions: it.decisions.iter().map(|d| site.decision_link(d)).collect(),
        owner: it.owner.clone(),
        due: it.due.map(|d| site.date(d)),
    }
}
