//! Board pack: the "Program economics" section (cost, return, ROI, CAC, the on-track
//! verdict, the target path, the cost table, economics by tier and the breakdown
//! charts) and the key-figure tiles of ROI and the verdict.
//!
//! Every figure is `analysis::Economics`, formatted by `render::figures` as on the site.

use super::tables::{col, h, p, table};
use crate::analysis::{Economics, Figure, Slice};
use crate::pdf::{Align, Bar, BarChart, Block, Callout, Cell, Kpi, TextStyle, Tone};
use crate::project::Project;
use crate::render::figures as fig;
use crate::values::MoneyStyle;
use crate::values::{Money, Percent};

pub fn section(pr: &Project, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    b.push(h(1, "Program economics"));
    let lead = fig::roi_sentence(e, sym, lang);
    if !lead.is_empty() {
        b.push(p(lead, TextStyle::Lead));
    }
    b.push(Block::KpiTiles(tiles(pr, lang)));
    b.push(Block::Callout(verdict_callout(pr, lang)));
    path(pr, b, lang);
    costs(e, sym, b, lang);
}

/// The appendix's economics: by tier, and where the pipeline and ARR are.
pub fn detail(pr: &Project, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    tiers(e, sym, b, lang);
    breakdowns(e, sym, b);
}

fn tile(label: &str, value: String, caption: String, tone: Tone) -> Kpi {
    Kpi {
        label: label.into(),
        value,
        caption,
        progress: None,
        tone,
    }
}

/// A caption, or what would give the figure when it is missing.
fn caption<T>(f: &Figure<T>, given: String, lang: &crate::i18n::Lang) -> String {
    fig::gap(f, lang).unwrap_or(given)
}

/// Program cost as a key figure (also among the executive summary's tiles).
pub fn cost_tile(e: &Economics, sym: &MoneyStyle, lang: &crate::i18n::Lang) -> Kpi {
    tile(
        "Program cost",
        fig::money(e.program_cost, sym, lang),
        caption(
            &e.program_cost,
            "per year: cost lines, MDF and partner payouts".into(),
            lang,
        ),
        Tone::Neutral,
    )
}

fn tiles(pr: &Project, lang: &crate::i18n::Lang) -> Vec<Kpi> {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    vec![
        cost_tile(e, sym, lang),
        tile(
            "Return",
            fig::money(e.returns, sym, lang),
            caption(
                &e.returns,
                format!(
                    "{} ARR × {} gross margin",
                    fig::money(e.partner_arr, sym, lang),
                    fig::percent(e.gross_margin, lang)
                ),
                lang,
            ),
            Tone::Accent,
        ),
        roi_tile(e, sym, lang),
        tile(
            "Partner CAC",
            fig::money(e.partner_cac, sym, lang),
            caption(
                &e.partner_cac,
                e.new_customers.map_or(String::new(), |n| {
                    format!("program cost ÷ {n} new customers")
                }),
                lang,
            ),
            Tone::Accent,
        ),
        tile(
            "Direct CAC",
            fig::money(e.direct_cac, sym, lang),
            caption(
                &e.direct_cac,
                "cost per customer through direct sales".into(),
                lang,
            ),
            Tone::Neutral,
        ),
        verdict_tile(pr, lang),
    ]
}

/// ROI as a key figure (also among the executive summary's tiles).
pub fn roi_tile(e: &Economics, sym: &MoneyStyle, lang: &crate::i18n::Lang) -> Kpi {
    tile(
        "Program ROI",
        fig::percent(e.roi, lang),
        caption(
            &e.roi,
            format!(
                "return {} on a cost of {}",
                fig::money(e.returns, sym, lang),
                fig::money(e.program_cost, sym, lang)
            ),
            lang,
        ),
        match e.roi {
            Ok(r) if r >= 0.0 => Tone::Good,
            Ok(_) => Tone::Bad,
            Err(_) => Tone::Neutral,
        },
    )
}

/// The on-track verdict as a key figure (also among the executive summary's tiles).
pub fn verdict_tile(pr: &Project, lang: &crate::i18n::Lang) -> Kpi {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    let f = &e.forecast;
    let caption = match f.verdict {
        Ok(v) if v.on_track() => format!(
            "forecast {} ≥ {} required in {}",
            fig::amount(v.forecast, sym),
            fig::amount(v.required, sym),
            pr.plan.program.year
        ),
        Ok(v) => format!(
            "{} short of {} required",
            v.shortfall().display(sym),
            fig::amount(v.required, sym)
        ),
        Err(g) => g.reason(),
    };
    tile(
        &format!("On track for {}", pr.plan.program.year),
        fig::verdict_label(&pr.analysis, lang),
        caption,
        verdict_tone(pr),
    )
}

fn verdict_tone(pr: &Project) -> Tone {
    fig::verdict_status(&pr.analysis).map_or(Tone::Neutral, super::execution::status_tone)
}

fn verdict_callout(pr: &Project, lang: &crate::i18n::Lang) -> Callout {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    let mut text = fig::verdict_sentence(&pr.analysis, &pr.plan, lang);
    if let Some(basis) = fig::forecast_basis(e, sym, lang) {
        text.push_str(&format!("\nForecast = {basis}."));
    }
    if let (Some(p), Ok(win)) = (e.forecast.closing_pipeline(), e.forecast.win_rate) {
        text.push_str(&format!(
            "\nClosing the gap takes {} more pipeline from active or recruiting partners at the {} win rate.",
            p.display(sym),
            Percent(win).display()
        ));
    }
    Callout {
        tone: verdict_tone(pr),
        title: format!(
            "Forecast against the thesis: {}",
            fig::verdict_label(&pr.analysis, lang)
        ),
        text,
    }
}

/// The target path, year by year, against the forecast (each bar carries its amount).
fn path(pr: &Project, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    let f = &e.forecast;
    if f.path.is_empty() {
        return;
    }
    let year = pr.plan.program.year;
    b.push(h(2, "Target path and forecast"));
    let max = f.path.iter().map(|p| p.target.0).fold(0.0, f64::max);
    let (div, unit) = unit_of(max, sym);
    let mut bars = Vec::new();
    for pt in &f.path {
        let label = fig::path_year(pt, year, lang);
        bars.push(Bar {
            label: if pt.year < year {
                label
            } else {
                format!("{label} · target")
            },
            value: (pt.target.0 / div) as f32,
            value_text: pt.target.display(sym),
            tone: Some(Tone::Accent),
        });
        if let (Some(fc), true) = (pt.forecast, pt.year == year) {
            bars.push(Bar {
                label: format!("{} · forecast", fig::path_year(pt, year, lang)),
                value: (fc.0 / div) as f32,
                value_text: fc.display(sym),
                tone: Some(verdict_tone(pr)),
            });
        }
    }
    b.push(Block::BarChart(BarChart {
        title: format!("Partner-sourced ARR: target path and forecast ({unit})"),
        bars,
        max: 0.0,
        thresholds: Vec::new(),
    }));
}

/// The divisor and unit label that keep a chart's numbers short: `$M`, `$K`.
fn unit_of(max: f64, sym: &MoneyStyle) -> (f64, String) {
    let (divisor, unit) = sym.unit_for(max);
    (divisor, sym.unit_label(unit))
}

fn costs(e: &Economics, sym: &MoneyStyle, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    b.push(h(2, "Program cost"));
    let total = e.program_cost.ok();
    let share = |m: Money| match total {
        Some(t) if t.0 > 0.0 => Percent(m.0 / t.0 * 100.0).display(),
        _ => String::new(),
    };
    let mut rows: Vec<Vec<Cell>> = e
        .cost_lines
        .iter()
        .flatten()
        .map(|l| {
            vec![
                Cell::text(fig::cost_line(&l.name)),
                Cell::text(l.amount.display(sym)),
                Cell::text(share(l.amount)),
            ]
        })
        .collect();
    rows.push(vec![
        Cell::text("Market development funds (MDF)"),
        Cell::text(e.mdf.display(sym)),
        Cell::text(share(e.mdf)),
    ]);
    rows.push(vec![
        Cell::text("Partner payouts (referral fees, reseller margins)"),
        Cell::text(e.payouts.display(sym)),
        Cell::text(share(e.payouts)),
    ]);
    let bold = |t: String| Cell {
        text: t,
        bold: true,
        ..Cell::default()
    };
    rows.push(vec![
        bold("Program cost".into()),
        bold(fig::money(e.program_cost, sym, lang)),
        bold(if total.is_some() {
            "100%".into()
        } else {
            String::new()
        }),
    ]);
    b.push(Block::Table(table(
        vec![
            col("Cost line", 5.0, Align::Left),
            col("Per year", 1.6, Align::Right),
            col("Share", 1.2, Align::Right),
        ],
        rows,
    )));
    if let Some(g) = fig::gap(&e.program_cost, lang) {
        b.push(p(
            format!("Program cost is not given: {g} (annual cost lines such as team, platform, events)."),
            TextStyle::Muted,
        ));
    }
}

fn tiers(e: &Economics, sym: &MoneyStyle, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    b.push(h(2, "Economics by tier"));
    let rows = e
        .breakdowns
        .by_tier
        .iter()
        .map(|s| {
            vec![
                Cell {
                    text: s.label.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(s.partners.to_string()),
                Cell::text(s.pipeline.display(sym)),
                Cell::text(s.arr.display(sym)),
                Cell::text(fig::money(
                    e.gross_margin.map(|g| Money(s.arr.0 * g / 100.0)),
                    sym,
                    lang,
                )),
                Cell::text(s.mdf.display(sym)),
                Cell::text(s.payouts.display(sym)),
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col("Tier", 2.2, Align::Left),
            col("Partners", 1.3, Align::Right),
            col("Pipeline", 1.5, Align::Right),
            col("ARR", 1.5, Align::Right),
            col("Return", 1.5, Align::Right),
            col("MDF", 1.5, Align::Right),
            col("Payouts", 1.5, Align::Right),
        ],
        rows,
    )));
    b.push(p(
        "Pipeline counts active and recruiting partners; ARR and payouts every partner; MDF partners that have not exited. Return is ARR × gross margin.",
        TextStyle::Muted,
    ));
}

fn breakdowns(e: &Economics, sym: &MoneyStyle, b: &mut Vec<Block>) {
    b.push(h(2, "Where the pipeline and ARR are"));
    let d = &e.breakdowns;
    for (by, slices) in [
        ("tier", &d.by_tier),
        ("landscape", &d.by_landscape),
        ("model (first listed)", &d.by_model),
        ("geography (first listed)", &d.by_geography),
    ] {
        b.push(h(3, format!("By {by}")));
        b.push(chart(
            &format!("Pipeline by {by}"),
            slices,
            |s| s.pipeline,
            Tone::Accent,
            sym,
        ));
        b.push(chart(
            &format!("Partner-sourced ARR by {by}"),
            slices,
            |s| s.arr,
            Tone::Good,
            sym,
        ));
    }
}

fn chart(
    title: &str,
    slices: &[Slice],
    value: fn(&Slice) -> Money,
    tone: Tone,
    sym: &MoneyStyle,
) -> Block {
    let max = slices.iter().map(|s| value(s).0).fold(0.0, f64::max);
    let (div, unit) = unit_of(max, sym);
    Block::BarChart(BarChart {
        title: format!("{title} ({unit})"),
        bars: slices
            .iter()
            .map(|s| Bar {
                label: s.label.clone(),
                value: (value(s).0 / div) as f32,
                value_text: value(s).display(sym),
                tone: Some(tone),
            })
            .collect(),
        max: 0.0,
        thresholds: Vec::new(),
    })
}
