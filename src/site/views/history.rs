//! The History page (trend charts of the snapshots and now, the table of the same
//! numbers, "Since the last board meeting", skipped revisions) and the history panel
//! of a partner's page (score, band, tier, pipeline and ARR over the snapshots).
//!
//! Every number is a `history::Snapshot` figure, formatted by `history::format` as
//! `partnerbook history` prints it.

use super::{band_chip, score_text, tier_chip, Chip};
use crate::analysis::Band;
use crate::history::{format as hf, ByTier, Snapshot};
use crate::model::TierLevel;
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::svg::esc;
use crate::site::trend::{self, Series, SMALL, WIDE};
use crate::site::urls;
use serde::Serialize;
use std::fmt::Write;

#[derive(Serialize)]
pub struct LegendEntry {
    pub name: String,
    pub class: &'static str,
}

#[derive(Serialize)]
pub struct ChartView {
    pub id: &'static str,
    pub title: String,
    pub svg: String,
    pub legend: Vec<LegendEntry>,
}

#[derive(Serialize)]
pub struct RowView {
    pub label: String,
    pub date: String,
    pub commit: String,
    pub now: bool,
    pub arr: String,
    pub required: String,
    pub pipeline: String,
    pub cost: String,
    pub roi: String,
    pub okrs: String,
    pub tiers: String,
    pub check: String,
    /// `bad` when the snapshot had errors.
    pub check_class: &'static str,
}

#[derive(Serialize)]
pub struct SkippedView {
    pub label: String,
    pub commit: String,
    pub reason: String,
}

#[derive(Serialize)]
pub struct SinceView {
    pub since: String,
    /// The snapshot the plan is, when it is the newest one (see `ChangeReport::rebuilt_at`).
    pub rebuilt_at: Option<String>,
    pub sections: Vec<super::analyses::ChangeSection>,
}

#[derive(Serialize)]
pub struct HistoryView {
    pub found: String,
    pub notes: Vec<String>,
    /// Charts left out because no snapshot gives their figure.
    pub not_given: Vec<String>,
    pub charts: Vec<ChartView>,
    pub rows: Vec<RowView>,
    pub skipped: Vec<SkippedView>,
    pub since: Option<SinceView>,
}

fn labels(rows: &[Snapshot]) -> Vec<String> {
    rows.iter().map(|s| s.label.clone()).collect()
}

/// A line chart, or `Err(title)` when no snapshot gives any of its figures.
fn chart(
    id: &'static str,
    title: &str,
    rows: &[Snapshot],
    series: Vec<Series>,
) -> Result<ChartView, String> {
    if series.iter().all(|s| s.points.iter().all(Option::is_none)) {
        return Err(title.to_string());
    }
    Ok(ChartView {
        id,
        title: title.to_string(),
        svg: trend::lines(title, &labels(rows), &series, WIDE),
        legend: series
            .iter()
            .map(|s| LegendEntry {
                name: s.name.clone(),
                class: s.class,
            })
            .collect(),
    })
}

/// The trend charts of the History page; `Err` names a chart no snapshot can draw.
fn charts(rows: &[Snapshot], lang: &crate::i18n::Lang) -> Vec<Result<ChartView, String>> {
    let tiers: Vec<_> = rows
        .iter()
        .map(|s| s.figures.partners_by_tier.rows())
        .collect();
    vec![
        chart(
            "arr",
            "Partner-sourced ARR against the thesis path",
            rows,
            vec![
                Series {
                    name: "Partner-sourced ARR".into(),
                    class: "s-accent",
                    points: hf::money_points(rows, lang, |s| s.figures.partner_sourced_arr),
                },
                Series {
                    name: "Required this year (thesis path)".into(),
                    class: "s-muted",
                    points: hf::money_points(rows, lang, |s| s.figures.required_this_year),
                },
            ],
        ),
        chart(
            "pipeline",
            "Partner pipeline",
            rows,
            vec![Series {
                name: "Pipeline".into(),
                class: "s-accent",
                points: hf::money_points(rows, lang, |s| Some(s.figures.pipeline)),
            }],
        ),
        Ok(ChartView {
            id: "tiers",
            title: "Partners by tier".into(),
            svg: trend::tier_columns(&labels(rows), &tiers),
            legend: ByTier::LEVELS
                .iter()
                .map(|t| LegendEntry {
                    name: t.label().into(),
                    class: trend::tier_class(*t),
                })
                .collect(),
        }),
        chart(
            "okrs",
            "Average OKR progress",
            rows,
            vec![Series {
                name: "OKR progress".into(),
                class: "s-ok",
                points: hf::percent_points(rows, lang, |s| s.figures.okr_progress),
            }],
        ),
        chart(
            "roi",
            "Program ROI",
            rows,
            vec![Series {
                name: "ROI".into(),
                class: "s-accent",
                points: hf::percent_points(rows, lang, |s| s.figures.roi),
            }],
        ),
    ]
}

fn row(s: &Snapshot, lang: &crate::i18n::Lang) -> RowView {
    let f = &s.figures;
    RowView {
        label: s.label.clone(),
        date: s.date.to_string(),
        commit: s.short(),
        now: s.commit.is_none(),
        arr: hf::money(s, f.partner_sourced_arr, lang),
        required: hf::money(s, f.required_this_year, lang),
        pipeline: hf::money(s, Some(f.pipeline), lang),
        cost: hf::money(s, f.program_cost, lang),
        roi: hf::percent(f.roi, lang),
        okrs: hf::percent(f.okr_progress, lang),
        tiers: f.partners_by_tier.compact(),
        check: hf::check_word(s, lang),
        check_class: if s.errors > 0 { "bad" } else { "" },
    }
}

/// A phrase written for the terminal (`board/*` in backticks) as page text.
fn plain(s: &str) -> String {
    s.replace('`', "")
}

pub fn render(site: &Site) -> Result<PageHtml, RenderError> {
    let rows = &site.timeline;
    let history = site.history();
    let all = if rows.len() > 1 {
        charts(rows, site.lang)
    } else {
        Vec::new()
    };
    let (mut charts, mut not_given) = (Vec::new(), Vec::new());
    for c in all {
        match c {
            Ok(c) => charts.push(c),
            Err(title) => not_given.push(title),
        }
    }
    let view = HistoryView {
        found: history.map_or_else(String::new, |h| plain(&h.found)),
        notes: history
            .map(|h| h.notes.iter().map(|n| plain(n)).collect())
            .unwrap_or_default(),
        not_given,
        charts,
        rows: rows.iter().map(|s| row(s, site.lang)).collect(),
        skipped: history
            .map(|h| {
                h.skipped
                    .iter()
                    .map(|s| SkippedView {
                        label: s.label.clone(),
                        commit: s.commit.clone(),
                        reason: s.reason.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        since: site.opts.since_last.as_ref().map(|c| SinceView {
            since: c.since.clone(),
            rebuilt_at: c.rebuilt_at.clone(),
            sections: super::analyses::change_sections(c),
        }),
    };
    site.page(
        PageSpec {
            path: urls::HISTORY.into(),
            template: "history.html",
            nav_key: "history".into(),
            nav_ancestors: Vec::new(),
            title: "History".into(),
            description: "How the partner program moved from snapshot to snapshot".into(),
            crumbs: Vec::new(),
        },
        &view,
    )
}

/// A partner's history on its page: the score chart, and the rows of the table
/// (snapshot, score, band, tier, pipeline, ARR) as HTML. A plan has a page per
/// partner and a row per snapshot on each, so the rows are written here rather than
/// looked up cell by cell by the template engine (the chart is written here too).
#[derive(Serialize)]
pub struct PartnerHistory {
    pub chart: String,
    pub rows_html: String,
}

/// `<span class="chip tier-gold">Gold</span>`, as the `chip` macro writes it.
fn chip_html(out: &mut String, c: &Chip) {
    let _ = write!(
        out,
        r#"<span class="chip {}">{}</span>"#,
        esc(&c.class),
        esc(&c.label)
    );
}

fn band_of(word: &str) -> Option<Band> {
    [Band::Priority, Band::Secondary, Band::Opportunistic]
        .into_iter()
        .find(|b| b.label() == word)
}

/// Formatted figures, remembered by value (and currency) while one page is made.
#[derive(Default)]
struct Texts {
    scores: Vec<(f64, String)>,
    money: Vec<(Option<f64>, String, String)>,
}

impl Texts {
    fn score(&mut self, v: f64) -> String {
        if let Some((_, t)) = self.scores.iter().find(|(x, _)| *x == v) {
            return t.clone();
        }
        let t = score_text(v);
        self.scores.push((v, t.clone()));
        t
    }

    fn money(&mut self, s: &Snapshot, v: Option<f64>, lang: &crate::i18n::Lang) -> String {
        let hit = self
            .money
            .iter()
            .find(|(x, c, _)| *x == v && *c == s.currency);
        if let Some((_, _, t)) = hit {
            return t.clone();
        }
        let t = hf::money(s, v, lang);
        self.money.push((v, s.currency.clone(), t.clone()));
        t
    }
}

/// A partner's score, band, tier, pipeline and ARR over the snapshots; `None`
/// without history.
pub fn partner(site: &Site, id: &str) -> Option<PartnerHistory> {
    let rows = &site.timeline;
    if rows.len() < 2 {
        return None;
    }
    // Most values repeat from one snapshot to the next: each is formatted once.
    let mut texts = Texts::default();
    let found: Vec<Option<(&Snapshot, &crate::history::PartnerPoint)>> =
        rows.iter().map(|s| s.partner(id).map(|p| (s, p))).collect();
    let points: Vec<Option<(f64, String)>> = found
        .iter()
        .map(|f| f.map(|(_, p)| (p.score, texts.score(p.score))))
        .collect();
    let chart = trend::lines(
        "Score over the snapshots",
        &labels(rows),
        &[Series {
            name: "Score".into(),
            class: "s-accent",
            points,
        }],
        SMALL,
    );
    let mut html = String::with_capacity(rows.len() * 320);
    for (f, s) in found.iter().zip(rows) {
        let _ = write!(html, "<tr>\n<th scope=\"row\">{}</th>", esc(&s.label));
        match f {
            Some((s, p)) => {
                let _ = write!(html, "<td class=\"num\">{}</td><td>", texts.score(p.score));
                if let Some(b) = band_of(&p.band).map(band_chip) {
                    chip_html(&mut html, &b);
                }
                html.push_str("</td><td>");
                if let Some(t) = TierLevel::parse(&p.tier).map(tier_chip) {
                    chip_html(&mut html, &t);
                }
                let _ = write!(
                    html,
                    "</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
                    esc(&texts.money(s, p.pipeline, site.lang)),
                    esc(&texts.money(s, p.arr, site.lang))
                );
            }
            None => html.push_str(
                "<td class=\"num muted\">not in the plan</td><td></td><td></td><td class=\"num\"></td><td class=\"num\"></td>",
            ),
        }
        html.push_str("\n</tr>\n");
    }
    Some(PartnerHistory {
        chart,
        rows_html: html,
    })
}
