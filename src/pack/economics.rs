//! Board pack: the "Program economics" section (cost, return, ROI, CAC, the on-track
//! verdict, the target path, the cost table, economics by tier and the breakdown
//! charts) and the key-figure tiles of ROI and the verdict.
//!
//! Every figure is `analysis::Economics`, formatted by `render::figures` as on the site.

use super::tables::{col, count, h, p, status_word, table};
use crate::analysis::{Economics, Figure, PathPoint, Slice};
use crate::i18n::{args, Lang};
use crate::pdf::{Align, Bar, BarChart, Block, Callout, Cell, Kpi, TextStyle, Tone};
use crate::project::Project;
use crate::render::figures as fig;
use crate::values::Money;
use crate::values::MoneyStyle;

pub fn section(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    b.push(h(1, lang.t("pack_economics_title")));
    let lead = fig::roi_sentence(e, sym, lang);
    if !lead.is_empty() {
        b.push(p(lead, TextStyle::Lead));
    }
    b.push(Block::KpiTiles(tiles(pr, lang)));
    b.push(Block::Callout(verdict_callout(pr, lang)));
    path(pr, lang, b);
    costs(e, sym, lang, b);
}

/// The appendix's economics: by tier, and where the pipeline and ARR are.
pub fn detail(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    tiers(e, sym, lang, b);
    breakdowns(e, sym, lang, b);
}

/// A percentage with at most one decimal in the locale's form, or the gap's label.
fn percent(lang: &Lang, f: Figure<f64>) -> String {
    f.map_or_else(|g| g.label().to_string(), |v| lang.fmt.percent(v, 1))
}

/// The verdict's word: the board status (`On track`), or why there is none.
fn verdict_label(pr: &Project, lang: &Lang) -> String {
    fig::verdict_status(&pr.analysis).map_or_else(
        || fig::verdict_label(&pr.analysis, lang),
        |s| status_word(lang, s),
    )
}

/// A point of the target path: `Now`, `End of 2027`.
fn path_year(lang: &Lang, pt: &PathPoint, program_year: i32) -> String {
    if pt.year < program_year {
        lang.t("pack_path_now").into_owned()
    } else {
        lang.f(
            "pack_path_end_of",
            &args(&[("year", pt.year.to_string().into())]),
        )
    }
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
pub fn cost_tile(e: &Economics, sym: &MoneyStyle, lang: &Lang) -> Kpi {
    tile(
        &lang.t("pack_tile_program_cost"),
        fig::money(e.program_cost, sym, lang),
        caption(
            &e.program_cost,
            lang.t("pack_tile_program_cost_caption").into_owned(),
            lang,
        ),
        Tone::Neutral,
    )
}

fn tiles(pr: &Project, lang: &Lang) -> Vec<Kpi> {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    vec![
        cost_tile(e, sym, lang),
        tile(
            &lang.t("pack_tile_return"),
            fig::money(e.returns, sym, lang),
            caption(
                &e.returns,
                lang.f(
                    "pack_tile_return_caption",
                    &args(&[
                        ("arr", fig::money(e.partner_arr, sym, lang).into()),
                        ("margin", percent(lang, e.gross_margin).into()),
                    ]),
                ),
                lang,
            ),
            Tone::Accent,
        ),
        roi_tile(e, sym, lang),
        tile(
            &lang.t("pack_tile_partner_cac"),
            fig::money(e.partner_cac, sym, lang),
            caption(
                &e.partner_cac,
                e.new_customers.map_or(String::new(), |n| {
                    lang.f("pack_tile_partner_cac_caption", &args(&[("n", n.into())]))
                }),
                lang,
            ),
            Tone::Accent,
        ),
        tile(
            &lang.t("pack_tile_direct_cac"),
            fig::money(e.direct_cac, sym, lang),
            caption(
                &e.direct_cac,
                lang.t("pack_tile_direct_cac_caption").into_owned(),
                lang,
            ),
            Tone::Neutral,
        ),
        verdict_tile(pr, lang),
    ]
}

/// ROI as a key figure (also among the executive summary's tiles).
pub fn roi_tile(e: &Economics, sym: &MoneyStyle, lang: &Lang) -> Kpi {
    tile(
        &lang.t("pack_tile_roi"),
        percent(lang, e.roi),
        caption(
            &e.roi,
            lang.f(
                "pack_tile_roi_caption",
                &args(&[
                    ("return", fig::money(e.returns, sym, lang).into()),
                    ("cost", fig::money(e.program_cost, sym, lang).into()),
                ]),
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
pub fn verdict_tile(pr: &Project, lang: &Lang) -> Kpi {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    let f = &e.forecast;
    let year = pr.plan.program.year.to_string();
    let caption = match f.verdict {
        Ok(v) if v.on_track() => lang.f(
            "pack_tile_verdict_on_track",
            &args(&[
                ("forecast", fig::amount(v.forecast, sym).into()),
                ("required", fig::amount(v.required, sym).into()),
                ("year", year.as_str().into()),
            ]),
        ),
        Ok(v) => lang.f(
            "pack_tile_verdict_short",
            &args(&[
                ("shortfall", v.shortfall().display(sym).into()),
                ("required", fig::amount(v.required, sym).into()),
            ]),
        ),
        Err(g) => g.reason(),
    };
    tile(
        &lang.f(
            "pack_tile_verdict",
            &args(&[("year", year.as_str().into())]),
        ),
        verdict_label(pr, lang),
        caption,
        verdict_tone(pr),
    )
}

fn verdict_tone(pr: &Project) -> Tone {
    fig::verdict_status(&pr.analysis).map_or(Tone::Neutral, super::execution::status_tone)
}

fn verdict_callout(pr: &Project, lang: &Lang) -> Callout {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    let mut text = fig::verdict_sentence(&pr.analysis, &pr.plan, lang);
    if let Some(basis) = fig::forecast_basis(e, sym, lang) {
        text.push('\n');
        text.push_str(&lang.f("pack_forecast_basis", &args(&[("basis", basis.into())])));
    }
    if let (Some(p), Ok(win)) = (e.forecast.closing_pipeline(), e.forecast.win_rate) {
        text.push('\n');
        text.push_str(&lang.f(
            "pack_closing_gap",
            &args(&[
                ("pipeline", p.display(sym).into()),
                ("win_rate", lang.fmt.percent(win, 1).into()),
            ]),
        ));
    }
    Callout {
        tone: verdict_tone(pr),
        title: lang.f(
            "pack_forecast_title",
            &args(&[("verdict", verdict_label(pr, lang).into())]),
        ),
        text,
    }
}

/// The target path, year by year, against the forecast (each bar carries its amount).
fn path(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    let f = &e.forecast;
    if f.path.is_empty() {
        return;
    }
    let year = pr.plan.program.year;
    b.push(h(2, lang.t("pack_target_path")));
    let max = f.path.iter().map(|p| p.target.0).fold(0.0, f64::max);
    let (div, unit) = unit_of(max, sym);
    let mut bars = Vec::new();
    for pt in &f.path {
        let label = path_year(lang, pt, year);
        bars.push(Bar {
            label: if pt.year < year {
                label
            } else {
                lang.f("pack_bar_target", &args(&[("label", label.into())]))
            },
            value: (pt.target.0 / div) as f32,
            value_text: pt.target.display(sym),
            tone: Some(Tone::Accent),
        });
        if let (Some(fc), true) = (pt.forecast, pt.year == year) {
            bars.push(Bar {
                label: lang.f(
                    "pack_bar_forecast",
                    &args(&[("label", path_year(lang, pt, year).into())]),
                ),
                value: (fc.0 / div) as f32,
                value_text: fc.display(sym),
                tone: Some(verdict_tone(pr)),
            });
        }
    }
    b.push(Block::BarChart(BarChart {
        title: lang.f("pack_target_path_chart", &args(&[("unit", unit.into())])),
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

fn costs(e: &Economics, sym: &MoneyStyle, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(2, lang.t("pack_program_cost")));
    let total = e.program_cost.ok();
    let share = |m: Money| match total {
        Some(t) if t.0 > 0.0 => lang.fmt.percent(m.0 / t.0 * 100.0, 1),
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
        Cell::text(lang.t("pack_cost_mdf")),
        Cell::text(e.mdf.display(sym)),
        Cell::text(share(e.mdf)),
    ]);
    rows.push(vec![
        Cell::text(lang.t("pack_cost_payouts")),
        Cell::text(e.payouts.display(sym)),
        Cell::text(share(e.payouts)),
    ]);
    let bold = |t: String| Cell {
        text: t,
        bold: true,
        ..Cell::default()
    };
    rows.push(vec![
        bold(lang.t("pack_program_cost").into_owned()),
        bold(fig::money(e.program_cost, sym, lang)),
        bold(if total.is_some() {
            lang.fmt.percent(100.0, 0)
        } else {
            String::new()
        }),
    ]);
    b.push(Block::Table(table(
        vec![
            col(&lang.t("pack_col_cost_line"), 5.0, Align::Left),
            col(&lang.t("pack_col_per_year"), 1.6, Align::Right),
            col(&lang.t("pack_col_share"), 1.2, Align::Right),
        ],
        rows,
    )));
    if let Some(g) = fig::gap(&e.program_cost, lang) {
        b.push(p(
            lang.f("pack_program_cost_gap", &args(&[("gap", g.into())])),
            TextStyle::Muted,
        ));
    }
}

fn tiers(e: &Economics, sym: &MoneyStyle, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(2, lang.t("pack_economics_by_tier")));
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
                Cell::text(count(lang, s.partners)),
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
            col(&lang.t("pack_col_tier"), 2.2, Align::Left),
            col(&lang.t("pack_col_partners"), 1.3, Align::Right),
            col(&lang.t("pack_col_pipeline"), 1.5, Align::Right),
            col(&lang.t("pack_col_arr"), 1.5, Align::Right),
            col(&lang.t("pack_col_return"), 1.5, Align::Right),
            col(&lang.t("pack_col_mdf"), 1.5, Align::Right),
            col(&lang.t("pack_col_payouts"), 1.5, Align::Right),
        ],
        rows,
    )));
    b.push(p(lang.t("pack_economics_by_tier_note"), TextStyle::Muted));
}

fn breakdowns(e: &Economics, sym: &MoneyStyle, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(2, lang.t("pack_breakdowns_title")));
    let d = &e.breakdowns;
    for (by, slices) in [
        ("tier", &d.by_tier),
        ("landscape", &d.by_landscape),
        ("model", &d.by_model),
        ("geography", &d.by_geography),
    ] {
        b.push(h(3, lang.t(&format!("pack_by_{by}"))));
        b.push(chart(
            lang,
            &format!("pack_pipeline_by_{by}"),
            slices,
            |s| s.pipeline,
            Tone::Accent,
            sym,
        ));
        b.push(chart(
            lang,
            &format!("pack_arr_by_{by}"),
            slices,
            |s| s.arr,
            Tone::Good,
            sym,
        ));
    }
}

/// A bar chart of `slices`, titled by the message `title` with its unit.
fn chart(
    lang: &Lang,
    title: &str,
    slices: &[Slice],
    value: fn(&Slice) -> Money,
    tone: Tone,
    sym: &MoneyStyle,
) -> Block {
    let max = slices.iter().map(|s| value(s).0).fold(0.0, f64::max);
    let (div, unit) = unit_of(max, sym);
    Block::BarChart(BarChart {
        title: lang.f(title, &args(&[("unit", unit.into())])),
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
