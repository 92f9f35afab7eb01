//! The home dashboard: thesis statement, north star, KPI figures, what needs
//! attention, the top of the scorecard and the validation summary.

use super::strategy::{statement, Statement};
use super::{band_chip, tier_chip, Chip};
use crate::analysis::{Band, Kpis, NorthStar, OkrProgress, PrioritySigned, RoadmapProgress};
use crate::diag::DiagnosticRecord;
use crate::history::delta::{Delta, Headline};
use crate::i18n::formats::DateStyle;
use crate::i18n::Lang;
use crate::model::TierLevel;
use crate::render::{figures, RenderError};
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::svg::{self, Segment};
use crate::site::urls;
use serde::Serialize;

#[derive(Serialize)]
pub struct Kpi {
    pub label: String,
    pub value: String,
    pub detail: String,
    pub bar: Option<String>,
    pub url: Option<String>,
    /// The change since the previous snapshot of the history.
    pub delta: Option<DeltaView>,
}

/// `▲ +$400K since 2026-Q3`, coloured by direction.
#[derive(Serialize)]
pub struct DeltaView {
    pub text: String,
    pub since: String,
    /// `up`, `down` or `flat`.
    pub class: &'static str,
}

impl DeltaView {
    fn new(d: Delta, since: &str) -> DeltaView {
        DeltaView {
            class: d.direction.as_str(),
            text: d.text,
            since: since.to_string(),
        }
    }
}

#[derive(Serialize)]
pub struct TierCount {
    pub chip: Chip,
    pub count: usize,
    pub url: Option<String>,
}

#[derive(Serialize)]
pub struct Attention {
    pub label: String,
    pub count: usize,
    pub url: String,
    pub class: &'static str,
}

#[derive(Serialize)]
pub struct TopRow {
    pub rank: usize,
    pub link: Link,
    pub score: String,
    pub band: Chip,
    pub tier: Chip,
}

/// A diagnostic for display: where (file:line) and what.
#[derive(Serialize)]
pub struct DiagView {
    pub severity: Chip,
    pub rule: String,
    pub location: String,
    pub message: String,
    pub help: Option<String>,
}

impl DiagView {
    pub fn from_record(l: &Lang, r: DiagnosticRecord) -> DiagView {
        let class = if r.severity == "error" { "bad" } else { "warn" };
        let label = l.word(
            "severity",
            if r.severity == "error" {
                "error"
            } else {
                "warning"
            },
        );
        DiagView {
            severity: Chip::new(label, class),
            location: format!("{}:{}:{}", r.file, r.line, r.column),
            rule: r.rule,
            message: r.message,
            help: r.help,
        }
    }
}

#[derive(Serialize)]
pub struct HomeView {
    pub company: String,
    pub description: String,
    pub statement: Statement,
    pub north_star: String,
    pub kpis: Vec<Kpi>,
    pub tier_bar: String,
    pub tiers: Vec<TierCount>,
    pub distribution: String,
    pub attention: Vec<Attention>,
    pub top: Vec<TopRow>,
    pub partner_count: usize,
    pub errors: usize,
    pub warnings: usize,
    pub diagnostics: Vec<DiagView>,
    pub more_diagnostics: usize,
    pub forecast: super::economics::ForecastView,
    pub board: BoardView,
}

/// The board summary the dashboard leads with: the same headline, scorecard, asks and
/// risks as the board pack's first page.
#[derive(Serialize)]
pub struct BoardView {
    pub headline: String,
    pub year: i32,
    pub meeting: String,
    /// The snapshot the changes are counted from, when there is history.
    pub since: Option<String>,
    pub lines: Vec<crate::render::board::LineText>,
    pub asks: Vec<crate::render::board::AskText>,
    pub risks: Vec<crate::render::board::RiskText>,
    /// Risks not shown (the board pack's appendix lists them).
    pub more_risks: usize,
}

fn board(site: &Site) -> BoardView {
    use crate::render::board as words;
    let (plan, a) = (site.plan, site.an);
    let since = site.headline();
    BoardView {
        headline: words::headline(plan, a, site.lang),
        year: plan.program.year,
        meeting: site.lang.fmt.date(a.board.meeting, DateStyle::Long),
        since: since.as_ref().map(|h| h.since.clone()),
        lines: a
            .board
            .lines
            .iter()
            .map(|l| words::line(l, plan, a, since.as_ref(), site.lang))
            .collect(),
        asks: words::asks(plan, a, site.lang),
        risks: a
            .board
            .top_risks()
            .iter()
            .map(|r| words::risk(plan, a, r, site.lang))
            .collect(),
        more_risks: a.board.risks.len() - a.board.top_risks().len(),
    }
}

/// How many diagnostics the dashboard lists before linking to the validation page.
const SHOWN_DIAGNOSTICS: usize = 12;

pub fn render(site: &Site) -> Result<PageHtml, RenderError> {
    let plan = site.plan;
    let p = &site.project;
    let records: Vec<DiagView> = p
        .diagnostics
        .iter()
        .take(SHOWN_DIAGNOSTICS)
        .map(|d| DiagView::from_record(site.lang, DiagnosticRecord::from_diagnostic(d, &p.sources)))
        .collect();
    let view = HomeView {
        company: plan.company.name.clone(),
        description: plan.company.description.clone(),
        statement: summary_statement(site),
        north_star: plan.north_star().to_string(),
        board: board(site),
        kpis: kpis(site),
        tier_bar: tier_bar(site),
        tiers: tier_counts(site),
        distribution: svg::distribution(
            site.lang,
            &site.an.partners.iter().map(|f| f.score).collect::<Vec<_>>(),
            &plan.scoring,
        ),
        attention: attention(site),
        top: site
            .an
            .ranking
            .iter()
            .take(8)
            .map(|&i| {
                let pt = &plan.partners[i];
                let f = &site.an.partners[i];
                TopRow {
                    rank: f.rank.unwrap_or_default(),
                    link: Link::to(&pt.name, urls::partner(&pt.id)),
                    score: site.score(f.score),
                    band: band_chip(site.lang, f.band),
                    tier: tier_chip(site.lang, pt.tier),
                }
            })
            .collect(),
        partner_count: plan.partners.len(),
        errors: p.errors(),
        warnings: p.warnings(),
        more_diagnostics: p.diagnostics.len().saturating_sub(SHOWN_DIAGNOSTICS),
        diagnostics: records,
        forecast: super::economics::forecast(site),
    };
    site.page(
        PageSpec {
            path: urls::HOME.into(),
            template: "home.html",
            nav_key: "home".into(),
            nav_ancestors: Vec::new(),
            title: site.t("v_nav_dashboard"),
            description: plan.company.description.clone(),
            crumbs: Vec::new(),
        },
        &view,
    )
}

/// The figures of the dashboard, the north star first (the template marks it).
fn kpis(site: &Site) -> Vec<Kpi> {
    let k = &site.an.kpis;
    let h = site.headline();
    let since = h.as_ref().map_or("", |h| h.since.as_str());
    let d = |pick: fn(&Headline) -> Option<Delta>| {
        h.as_ref().and_then(pick).map(|d| DeltaView::new(d, since))
    };
    let with = |mut tile: Kpi, delta: Option<DeltaView>| {
        tile.delta = delta;
        tile
    };
    let mut out = vec![
        with(
            north_star_tile(site, &k.north_star),
            d(|h| h.partner_sourced_arr.clone()),
        ),
        share_tile(site, k),
        with(pipeline_tile(site, k), d(|h| h.pipeline.clone())),
        with(
            priority_tile(site, &k.priority),
            d(|h| Some(h.priority_signed.clone())),
        ),
        with(roi_tile(site), d(|h| h.roi.clone())),
        on_track_tile(site),
    ];
    out.extend(
        k.okrs
            .map(|o| with(okr_tile(site, o), d(|h| h.okr_progress.clone()))),
    );
    out.extend(
        k.roadmap
            .map(|r| with(roadmap_tile(site, r), d(|h| h.roadmap_done.clone()))),
    );
    out
}

fn north_star_tile(site: &Site, ns: &NorthStar) -> Kpi {
    let sym = site.sym;
    Kpi {
        label: ns.label.clone(),
        value: ns.now.map_or("—".into(), |m| m.display(sym)),
        detail: match (ns.target, ns.share_target) {
            (Some(t), Some(s)) => site.f(
                "v_kpi_north_star_detail",
                &[
                    ("target", t.display(sym).into()),
                    ("share", site.share(s).into()),
                    (
                        "arr",
                        ns.of_arr.map_or(String::new(), |m| m.display(sym)).into(),
                    ),
                    ("years", ns.horizon_years.into()),
                ],
            ),
            _ => site.t("v_kpi_no_target"),
        },
        bar: ns.progress().map(|f| {
            svg::progress(
                site.lang,
                f,
                "fill-accent",
                &site.t("v_bar_progress_to_target"),
            )
        }),
        url: Some(urls::OKRS.into()),
        delta: None,
    }
}

fn share_tile(site: &Site, k: &Kpis) -> Kpi {
    let sym = site.sym;
    let pct = |v: Option<f64>| v.map_or("—".into(), |v| site.share(v));
    Kpi {
        label: site.t("v_kpi_share"),
        value: pct(k.share.now),
        detail: site.f(
            "v_kpi_share_detail",
            &[
                (
                    "arr",
                    k.company_arr
                        .now
                        .map_or("—".into(), |m| m.display(sym))
                        .into(),
                ),
                ("target", pct(k.share.target).into()),
            ],
        ),
        bar: k.share.progress().map(|f| {
            svg::progress(
                site.lang,
                f,
                "fill-accent",
                &site.t("v_bar_share_against_target"),
            )
        }),
        url: None,
        delta: None,
    }
}

fn pipeline_tile(site: &Site, k: &Kpis) -> Kpi {
    let sym = site.sym;
    Kpi {
        label: site.t("v_kpi_pipeline"),
        value: k.pipeline.value.display(sym),
        detail: match k.pipeline.target {
            Some(t) => site.f(
                "v_kpi_pipeline_detail_target",
                &[
                    ("n", k.live_partners.into()),
                    ("target", t.display(sym).into()),
                ],
            ),
            None => site.f("v_kpi_pipeline_detail", &[("n", k.live_partners.into())]),
        },
        bar: k.pipeline.progress().map(|f| {
            svg::progress(
                site.lang,
                f,
                "fill-accent",
                &site.t("v_bar_pipeline_against_target"),
            )
        }),
        url: Some(urls::LANDSCAPE.into()),
        delta: None,
    }
}

fn priority_tile(site: &Site, p: &PrioritySigned) -> Kpi {
    Kpi {
        label: site.t("v_kpi_priority"),
        value: site.f(
            "v_n_of_m",
            &[("n", p.signed.into()), ("m", p.targets.into())],
        ),
        detail: site.t("v_kpi_priority_detail"),
        bar: p
            .progress()
            .map(|f| svg::progress(site.lang, f, "fill-ok", &site.t("v_bar_signed_share"))),
        url: Some(format!("{}#scorecard", urls::LANDSCAPE)),
        delta: None,
    }
}

fn roi_tile(site: &Site) -> Kpi {
    let e = &site.an.economics;
    let sym = site.sym;
    Kpi {
        label: site.t("v_kpi_roi"),
        value: figures::percent(e.roi, site.lang),
        detail: match (e.returns, e.program_cost) {
            (Ok(r), Ok(c)) => site.f(
                "v_kpi_roi_detail",
                &[
                    ("return", r.display(sym).into()),
                    ("cost", c.display(sym).into()),
                ],
            ),
            _ => figures::gap(&e.roi, site.lang).unwrap_or_default(),
        },
        bar: None,
        url: Some(urls::ECONOMICS.into()),
        delta: None,
    }
}

fn on_track_tile(site: &Site) -> Kpi {
    let e = &site.an.economics;
    let sym = site.sym;
    Kpi {
        label: site.f(
            "v_kpi_on_track",
            &[("year", site.plan.program.year.to_string().into())],
        ),
        value: figures::verdict_label(site.an, site.lang),
        detail: match e.forecast.verdict {
            Ok(v) => site.f(
                "v_kpi_on_track_detail",
                &[
                    ("forecast", v.forecast.display(sym).into()),
                    ("required", v.required.display(sym).into()),
                ],
            ),
            Err(g) => g.reason(),
        },
        bar: None,
        url: Some(format!("{}#forecast", urls::ECONOMICS)),
        delta: None,
    }
}

fn okr_tile(site: &Site, o: OkrProgress) -> Kpi {
    Kpi {
        label: site.t("v_kpi_okrs"),
        value: site.share(o.average * 100.0),
        detail: site.f("v_kpi_okrs_detail", &[("n", o.measured.into())]),
        bar: Some(svg::progress(
            site.lang,
            o.average,
            "fill-accent",
            &site.t("v_bar_okr_progress"),
        )),
        url: Some(urls::OKRS.into()),
        delta: None,
    }
}

fn roadmap_tile(site: &Site, r: RoadmapProgress) -> Kpi {
    Kpi {
        label: site.f("v_roadmap_year", &[("year", r.year.to_string().into())]),
        value: site.f(
            "v_n_of_m_done",
            &[("n", r.done.into()), ("m", r.items.into())],
        ),
        detail: site.f(
            "v_kpi_roadmap_detail",
            &[
                ("at_risk", r.at_risk.into()),
                ("in_progress", r.in_progress.into()),
            ],
        ),
        bar: r
            .progress()
            .map(|f| svg::progress(site.lang, f, "fill-ok", &site.t("v_bar_items_done"))),
        url: Some(urls::ROADMAP.into()),
        delta: None,
    }
}

const TIER_CLASSES: [&str; 5] = [
    "tier-platinum",
    "tier-gold",
    "tier-silver",
    "tier-registered",
    "tier-prospect",
];

fn tier_levels() -> [TierLevel; 5] {
    TierLevel::LADDER
}

fn tier_bar(site: &Site) -> String {
    let k = &site.an.kpis;
    let segs: Vec<Segment> = tier_levels()
        .iter()
        .enumerate()
        .map(|(i, t)| Segment {
            value: k.by_tier[i] as f64,
            class: TIER_CLASSES[i],
            title: site.f(
                "v_label_count",
                &[
                    ("label", site.word("tier", t.as_str()).into()),
                    ("n", k.by_tier[i].into()),
                ],
            ),
        })
        .collect();
    let total: usize = k.by_tier.iter().sum();
    svg::stacked_bar(&segs, total as f64, &site.t("v_partners_by_tier"))
}

fn tier_counts(site: &Site) -> Vec<TierCount> {
    tier_levels()
        .iter()
        .enumerate()
        .map(|(i, t)| TierCount {
            chip: tier_chip(site.lang, *t),
            count: site.an.kpis.by_tier[i],
            url: t.tier().map(urls::tier),
        })
        .collect()
}

fn attention(site: &Site) -> Vec<Attention> {
    let an = site.an;
    let at_risk = an.kpis.roadmap.map_or(0, |r| r.at_risk);
    let promotions = an.tier_review.iter().filter(|c| c.is_promotion()).count();
    let near = an
        .near_line
        .near
        .iter()
        .filter(|n| an.partners[n.partner].band != Band::Opportunistic || n.distance < 0.0)
        .count();
    let orphans = an.trace.orphan_platinum.len()
        + an.trace.orphan_key_results.len()
        + an.trace.orphan_models.len();
    vec![
        Attention {
            label: site.t("v_nav_reviews"),
            count: an.overdue.len(),
            url: urls::REVIEWS.into(),
            class: if an.overdue.is_empty() { "ok" } else { "bad" },
        },
        Attention {
            label: site.f(
                "v_attention_tier_changes",
                &[
                    ("up", promotions.into()),
                    ("down", (an.tier_review.len() - promotions).into()),
                ],
            ),
            count: an.tier_review.len(),
            url: format!("{}#review", urls::TIERS),
            class: if an.tier_review.is_empty() {
                "ok"
            } else {
                "warn"
            },
        },
        Attention {
            label: site.t("v_attention_near_line"),
            count: near,
            url: urls::NEAR_LINE.into(),
            class: if near == 0 { "ok" } else { "info" },
        },
        Attention {
            label: site.t("v_attention_at_risk"),
            count: at_risk,
            url: urls::ROADMAP.into(),
            class: if at_risk == 0 { "ok" } else { "bad" },
        },
        // Information, as near-the-line is: untraced items are no rule violation
        // (`check` reports none), so the tile is not amber and does not say "gaps".
        Attention {
            label: site.t("v_attention_untraced"),
            count: orphans,
            url: format!("{}#orphans", urls::TRACEABILITY),
            class: if orphans == 0 { "ok" } else { "info" },
        },
    ]
}

/// The dashboard's short statement: the thesis's first and last paragraphs.
fn summary_statement(site: &Site) -> Statement {
    let mut all = statement(site).1;
    if all.len() > 2 {
        let last = all.pop();
        all.truncate(1);
        all.extend(last);
    }
    all
}
