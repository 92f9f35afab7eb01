//! The History page (trend charts of the snapshots and now, the table of the same
//! numbers, "Since the last board meeting", skipped revisions) and the history panel
//! of a partner's page (score, band, tier, pipeline and ARR over the snapshots).
//!
//! Every number is a `history::Snapshot` figure, formatted by `history::format` as
//! `partnerbook history` prints it.

use super::{band_chip, tier_chip, Chip};
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

fn labels(rows: &[Snapshot], lang: &crate::i18n::Lang) -> Vec<String> {
    rows.iter()
        .map(|s| crate::render::reasons::snapshot_label(s, lang))
        .collect()
}

/// A line chart, or `Err(title)` when no snapshot gives any of its figures.
fn chart(
    id: &'static str,
    title: String,
    rows: &[Snapshot],
    series: Vec<Series>,
    lang: &crate::i18n::Lang,
) -> Result<ChartView, String> {
    if series.iter().all(|s| s.points.iter().all(Option::is_none)) {
        return Err(title);
    }
    Ok(ChartView {
        id,
        svg: trend::lines(&title, &labels(rows, lang), &series, WIDE),
        title,
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
fn charts(site: &Site, rows: &[Snapshot]) -> Vec<Result<ChartView, String>> {
    let tiers: Vec<_> = rows
        .iter()
        .map(|s| s.figures.partners_by_tier.rows())
        .collect();
    vec![
        chart(
            "arr",
            site.t("v_hist_arr_title"),
            rows,
            vec![
                Series {
                    name: site.t("v_fig_partner_arr"),
                    class: "s-accent",
                    points: hf::money_points(rows, site.lang, |s| s.figures.partner_sourced_arr),
                },
                Series {
                    name: site.t("v_hist_required"),
                    class: "s-muted",
                    points: hf::money_points(rows, site.lang, |s| s.figures.required_this_year),
                },
            ],
            site.lang,
        ),
        chart(
            "pipeline",
            site.t("v_kpi_pipeline"),
            rows,
            vec![Series {
                name: site.t("v_hist_pipeline"),
                class: "s-accent",
                points: hf::money_points(rows, site.lang, |s| Some(s.figures.pipeline)),
            }],
            site.lang,
        ),
        Ok(ChartView {
            id: "tiers",
            title: site.t("v_partners_by_tier"),
            svg: trend::tier_columns(site.lang, &labels(rows, site.lang), &tiers),
            legend: ByTier::LEVELS
                .iter()
                .map(|t| LegendEntry {
                    name: site.word("tier", t.as_str()),
                    class: trend::tier_class(*t),
                })
                .collect(),
        }),
        chart(
            "okrs",
            site.t("v_hist_okrs_title"),
            rows,
            vec![Series {
                name: site.t("v_kpi_okrs"),
                class: "s-ok",
                points: hf::percent_points(rows, site.lang, |s| s.figures.okr_progress),
            }],
            site.lang,
        ),
        chart(
            "roi",
            site.t("v_kpi_roi"),
            rows,
            vec![Series {
                name: site.t("v_fig_roi"),
                class: "s-accent",
                points: hf::percent_points(rows, site.lang, |s| s.figures.roi),
            }],
            site.lang,
        ),
    ]
}

fn row(site: &Site, s: &Snapshot) -> RowView {
    let f = &s.figures;
    RowView {
        label: crate::render::reasons::snapshot_label(s, site.lang),
        date: site.date(s.date),
        commit: s.short(),
        now: s.commit.is_none(),
        arr: hf::money(s, f.partner_sourced_arr, site.lang),
        required: hf::money(s, f.required_this_year, site.lang),
        pipeline: hf::money(s, Some(f.pipeline), site.lang),
        cost: hf::money(s, f.program_cost, site.lang),
        roi: hf::percent(f.roi, site.lang),
        okrs: hf::percent(f.okr_progress, site.lang),
        tiers: f.partners_by_tier.compact(),
        check: hf::check_word(s, site.lang),
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
        charts(site, rows)
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
        found: history.map_or_else(String::new, |h| {
            plain(&crate::render::reasons::found(&h.found, site.lang))
        }),
        notes: history
            .map(|h| {
                h.notes
                    .iter()
                    .map(|n| crate::render::reasons::history_note(n, site.lang))
                    .collect()
            })
            .unwrap_or_default(),
        not_given,
        charts,
        rows: rows.iter().map(|s| row(site, s)).collect(),
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
            title: site.t("v_nav_history"),
            description: site.t("v_desc_history"),
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
    fn score(&mut self, site: &Site, v: f64) -> String {
        if let Some((_, t)) = self.scores.iter().find(|(x, _)| *x == v) {
            return t.clone();
        }
        let t = site.score(v);
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
        .map(|f| f.map(|(_, p)| (p.score, texts.score(site, p.score))))
        .collect();
    let chart = trend::lines(
        &site.t("v_hist_score_title"),
        &labels(rows, site.lang),
        &[Series {
            name: site.t("v_hist_score"),
            class: "s-accent",
            points,
        }],
        SMALL,
    );
    let mut html = String::with_capacity(rows.len() * 320);
    for (f, s) in found.iter().zip(rows) {
        let _ = write!(
            html,
            "<tr>\n<th scope=\"row\">{}</th>",
            esc(&crate::render::reasons::snapshot_label(s, site.lang))
        );
        match f {
            Some((s, p)) => {
                let _ = write!(
                    html,
                    "<td class=\"num\">{}</td><td>",
                    texts.score(site, p.score)
                );
                if let Some(b) = band_of(&p.band).map(|b| band_chip(site.lang, b)) {
                    chip_html(&mut html, &b);
                }
                html.push_str("</td><td>");
                if let Some(t) = TierLevel::parse(&p.tier).map(|t| tier_chip(site.lang, t)) {
                    chip_html(&mut html, &t);
                }
                let _ = write!(
                    html,
                    "</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
                    esc(&texts.money(s, p.pipeline, site.lang)),
                    esc(&texts.money(s, p.arr, site.lang))
                );
            }
            None => {
                let _ = write!(
                    html,
                    "<td class=\"num muted\">{}</td><td></td><td></td><td class=\"num\"></td><td class=\"num\"></td>",
                    esc(&site.t("v_hist_not_in_plan"))
                );
            }
        }
        html.push_str("\n</tr>\n");
    }
    Some(PartnerHistory {
        chart,
        rows_html: html,
    })
}
