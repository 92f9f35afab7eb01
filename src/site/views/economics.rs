//! The economics page (cost table, MDF and payouts by partner and by tier, return, ROI,
//! partner CAC beside direct CAC, breakdown charts) and the forecast panel the
//! dashboard and the thesis page show (the target path against the forecast).
//!
//! Every figure is `analysis::Economics`, formatted by `render::figures`.

use super::{tier_chip, Chip};
use crate::analysis::{Economics, Slice};
use crate::model::{TierLevel, TierName};
use crate::render::figures as fig;
use crate::render::RenderError;
use crate::site::charts::{self, HBar, PathPt};
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::urls;
use crate::values::Money;
use serde::Serialize;

/// A headline figure: its value, or "not given" with the field that would give it.
#[derive(Serialize)]
pub struct FigureView {
    pub label: String,
    pub value: String,
    pub detail: String,
    /// What would give a missing figure.
    pub gap: Option<String>,
    /// CSS class of the value (`ok`, `warn`, `bad`, or empty).
    pub tone: &'static str,
}

#[derive(Serialize)]
pub struct CostRow {
    pub label: String,
    pub amount: String,
    pub share: String,
    pub total: bool,
}

#[derive(Serialize)]
pub struct PartnerCostRow {
    pub link: Link,
    pub tier: Chip,
    pub arr: String,
    pub mdf: String,
    pub rate: String,
    pub payout: String,
    pub cost: String,
}

#[derive(Serialize)]
pub struct SliceRow {
    pub label: String,
    pub chip: Option<Chip>,
    pub partners: usize,
    pub pipeline: String,
    pub arr: String,
    pub mdf: String,
    pub payouts: String,
    pub cost: String,
    pub returns: String,
    pub new_customers: u32,
}

#[derive(Serialize)]
pub struct BreakdownView {
    pub id: &'static str,
    pub title: String,
    pub pipeline_chart: String,
    pub arr_chart: String,
    pub rows: Vec<SliceRow>,
}

#[derive(Serialize)]
pub struct PathRow {
    pub year: String,
    pub target: String,
    pub forecast: String,
}

/// The target path against the forecast, as a chart and a table.
#[derive(Serialize)]
pub struct ForecastView {
    pub verdict: String,
    pub sentence: String,
    pub basis: Option<String>,
    pub tone: &'static str,
    pub chart: Option<String>,
    pub rows: Vec<PathRow>,
}

#[derive(Serialize)]
pub struct EconomicsView {
    pub company: String,
    pub figures: Vec<FigureView>,
    pub roi_sentence: String,
    pub costs: Vec<CostRow>,
    pub costs_gap: Option<String>,
    pub partners: Vec<PartnerCostRow>,
    pub tiers: Vec<SliceRow>,
    pub breakdowns: Vec<BreakdownView>,
    pub forecast: ForecastView,
    pub inputs: Vec<FigureView>,
}

pub fn render(site: &Site) -> Result<PageHtml, RenderError> {
    let e = &site.an.economics;
    let sym = site.sym;
    let b = &e.breakdowns;
    let view = EconomicsView {
        company: site.plan.company.name.clone(),
        figures: headline(site),
        roi_sentence: fig::roi_sentence(e, sym, site.lang),
        costs: cost_rows(site, e),
        costs_gap: fig::gap(&e.program_cost, site.lang),
        partners: partner_rows(site),
        tiers: b.by_tier.iter().map(|s| slice_row(site, s, true)).collect(),
        breakdowns: vec![
            breakdown(site, "by-tier", "v_by_tier", &b.by_tier),
            breakdown(site, "by-landscape", "v_by_landscape", &b.by_landscape),
            breakdown(site, "by-model", "v_by_model", &b.by_model),
            breakdown(site, "by-geography", "v_by_geography", &b.by_geography),
        ],
        forecast: forecast(site),
        inputs: inputs(site),
    };
    site.page(
        PageSpec {
            path: urls::ECONOMICS.into(),
            template: "economics.html",
            nav_key: "economics".into(),
            nav_ancestors: Vec::new(),
            title: site.t("v_title_economics"),
            description: site.t("v_desc_economics"),
            crumbs: Vec::new(),
        },
        &view,
    )
}

fn figure<T>(
    label: String,
    value: String,
    f: &crate::analysis::Figure<T>,
    detail: String,
    lang: &crate::i18n::Lang,
) -> FigureView {
    FigureView {
        label,
        value,
        detail,
        gap: fig::gap(f, lang),
        tone: "",
    }
}

/// Program cost, return, ROI and partner CAC (the verdict has the card below them).
fn headline(site: &Site) -> Vec<FigureView> {
    let e = &site.an.economics;
    let sym = site.sym;
    let mut roi = figure(
        site.t("v_fig_roi"),
        fig::percent(e.roi, site.lang),
        &e.roi,
        site.t("v_fig_roi_detail"),
        site.lang,
    );
    roi.tone = match e.roi {
        Ok(r) if r >= 0.0 => "ok",
        Ok(_) => "bad",
        Err(_) => "",
    };
    vec![
        figure(
            site.t("v_fig_program_cost"),
            fig::money(e.program_cost, sym, site.lang),
            &e.program_cost,
            site.t("v_fig_program_cost_detail"),
            site.lang,
        ),
        figure(
            site.t("v_fig_return"),
            fig::money(e.returns, sym, site.lang),
            &e.returns,
            site.f(
                "v_fig_return_detail",
                &[
                    ("arr", fig::money(e.partner_arr, sym, site.lang).into()),
                    ("margin", fig::percent(e.gross_margin, site.lang).into()),
                ],
            ),
            site.lang,
        ),
        roi,
        figure(
            site.t("v_fig_partner_cac"),
            fig::money(e.partner_cac, sym, site.lang),
            &e.partner_cac,
            fig::cac_comparison(e, sym, site.lang),
            site.lang,
        ),
    ]
}

/// The inputs the figures are made of, each given or not.
fn inputs(site: &Site) -> Vec<FigureView> {
    let e = &site.an.economics;
    let sym = site.sym;
    let source = match e.arr_source {
        crate::analysis::ArrSource::Partners(n) => site.f("v_fig_arr_source", &[("n", n.into())]),
        crate::analysis::ArrSource::Program => "program.partner_sourced_arr".into(),
        crate::analysis::ArrSource::None => String::new(),
    };
    let customers = e.new_customers;
    vec![
        figure(
            site.t("v_fig_partner_arr"),
            fig::money(e.partner_arr, sym, site.lang),
            &e.partner_arr,
            source,
            site.lang,
        ),
        figure(
            site.t("v_fig_gross_margin"),
            fig::percent(e.gross_margin, site.lang),
            &e.gross_margin,
            "program.gross_margin".into(),
            site.lang,
        ),
        figure(
            site.t("v_fig_win_rate"),
            fig::percent(e.forecast.win_rate, site.lang),
            &e.forecast.win_rate,
            site.t("v_fig_win_rate_detail"),
            site.lang,
        ),
        figure(
            site.t("v_fig_direct_cac"),
            fig::money(e.direct_cac, sym, site.lang),
            &e.direct_cac,
            "program.direct_cac".into(),
            site.lang,
        ),
        figure(
            site.t("v_fig_new_customers"),
            customers.map_or_else(
                |g| {
                    site.t(match g {
                        crate::analysis::Gap::NotGiven(_) => "v_not_given",
                        crate::analysis::Gap::Zero(_) => "v_not_computable",
                    })
                },
                |n| n.to_string(),
            ),
            &customers,
            site.t("v_fig_new_customers_detail"),
            site.lang,
        ),
    ]
}

fn share(site: &Site, part: Money, total: Option<Money>) -> String {
    match total {
        Some(t) if t.0 > 0.0 => site.lang.fmt.percent(part.0 / t.0 * 100.0, 1),
        _ => String::new(),
    }
}

fn cost_rows(site: &Site, e: &Economics) -> Vec<CostRow> {
    let sym = site.sym;
    let total = e.program_cost.ok();
    let row = |label: String, amount: Money, is_total: bool| CostRow {
        label,
        amount: amount.display(sym),
        share: share(site, amount, total),
        total: is_total,
    };
    let mut rows: Vec<CostRow> = e
        .cost_lines
        .iter()
        .flatten()
        .map(|l| row(fig::cost_line(&l.name), l.amount, false))
        .collect();
    rows.push(row(site.t("v_cost_mdf"), e.mdf, false));
    rows.push(row(site.t("v_cost_payouts"), e.payouts, false));
    if let Some(t) = total {
        rows.push(row(site.t("v_fig_program_cost"), t, true));
    }
    rows
}

/// Partners that cost the program something or bring ARR, largest cost first.
fn partner_rows(site: &Site) -> Vec<PartnerCostRow> {
    let e = &site.an.economics;
    let sym = site.sym;
    let mut idx: Vec<usize> = (0..site.plan.partners.len())
        .filter(|&i| e.partners[i].cost().0 > 0.0 || e.partners[i].arr.is_some())
        .collect();
    idx.sort_by(|&a, &b| {
        let (ca, cb) = (e.partners[a].cost().0, e.partners[b].cost().0);
        cb.total_cmp(&ca).then(a.cmp(&b))
    });
    idx.into_iter()
        .map(|i| {
            let p = &site.plan.partners[i];
            let m = &e.partners[i];
            PartnerCostRow {
                link: Link::to(&p.name, urls::partner(&p.id)),
                tier: tier_chip(site.lang, p.tier),
                arr: m.arr.map_or("—".into(), |a| a.display(sym)),
                mdf: dash_or(m.mdf, sym),
                rate: if m.payout_rate > 0.0 {
                    site.lang.fmt.percent(m.payout_rate, 1)
                } else {
                    "—".into()
                },
                payout: dash_or(m.payout, sym),
                cost: m.cost().display(sym),
            }
        })
        .collect()
}

fn dash_or(m: Money, sym: &crate::values::MoneyStyle) -> String {
    if m.0 > 0.0 {
        m.display(sym)
    } else {
        "—".into()
    }
}

fn slice_row(site: &Site, s: &Slice, tiers: bool) -> SliceRow {
    let sym = site.sym;
    let e = &site.an.economics;
    let chip = tiers.then(|| {
        let level = TierName::ALL
            .iter()
            .find(|t| t.label() == s.label)
            .map_or(TierLevel::Prospect, |t| TierLevel::Tier(*t));
        tier_chip(site.lang, level)
    });
    SliceRow {
        label: slice_label(site, &s.label),
        chip,
        partners: s.partners,
        pipeline: s.pipeline.display(sym),
        arr: s.arr.display(sym),
        mdf: s.mdf.display(sym),
        payouts: s.payouts.display(sym),
        cost: s.cost().display(sym),
        returns: fig::money(
            e.gross_margin.map(|g| Money(s.arr.0 * g / 100.0)),
            sym,
            site.lang,
        ),
        new_customers: s.new_customers,
    }
}

/// A breakdown slice's name in the plan's language: the analysis names tiers,
/// landscape tiers and the slices of partners without a model or geography in English.
fn slice_label(site: &Site, label: &str) -> String {
    if let Some(t) = TierLevel::LADDER.iter().find(|t| t.label() == label) {
        return site.word("tier", t.as_str());
    }
    if let Some(l) = crate::model::Landscape::ALL
        .iter()
        .find(|l| format!("{} · {}", l.as_str(), l.label()) == label)
    {
        return format!("{} · {}", l.as_str(), site.word("landscape", l.as_str()));
    }
    match label {
        "No model" => site.t("v_slice_no_model"),
        "Not given" => site.t("v_slice_not_given"),
        _ => label.to_string(),
    }
}

fn breakdown(site: &Site, id: &'static str, by: &str, slices: &[Slice]) -> BreakdownView {
    let sym = site.sym;
    let bars = |value: fn(&Slice) -> Money| -> Vec<HBar> {
        slices
            .iter()
            .map(|s| HBar {
                label: slice_label(site, &s.label),
                value: value(s).0,
                text: value(s).display(sym),
            })
            .collect()
    };
    BreakdownView {
        id,
        title: site.t(by),
        pipeline_chart: charts::hbars(
            &site.t(&format!("{by}_pipeline")),
            &bars(|s| s.pipeline),
            "fill-accent",
        ),
        arr_chart: charts::hbars(&site.t(&format!("{by}_arr")), &bars(|s| s.arr), "fill-ok"),
        rows: slices.iter().map(|s| slice_row(site, s, false)).collect(),
    }
}

/// The forecast panel: verdict, chart and the table of the same numbers.
pub fn forecast(site: &Site) -> ForecastView {
    let e = &site.an.economics;
    let sym = site.sym;
    let year = site.plan.program.year;
    let f = &e.forecast;
    let points: Vec<PathPt> = f
        .path
        .iter()
        .map(|p| PathPt {
            label: fig::path_year(p, year, site.lang),
            target: p.target.0,
            target_text: p.target.display(sym),
            forecast: p.forecast.map(|m| (m.0, m.display(sym))),
        })
        .collect();
    let on_track = f.verdict.is_ok_and(|v| v.on_track());
    let rows = f
        .path
        .iter()
        .zip(&points)
        .map(|(p, pt)| PathRow {
            year: pt.label.clone(),
            target: pt.target_text.clone(),
            forecast: p.forecast.map_or(String::new(), |m| m.display(sym)),
        })
        .collect();
    ForecastView {
        verdict: fig::verdict_label(site.an, site.lang),
        sentence: fig::verdict_sentence(site.an, site.plan, site.lang),
        basis: fig::forecast_basis(e, sym, site.lang),
        tone: match fig::verdict_status(site.an) {
            Some(crate::analysis::board::Status::OnTrack) => "ok",
            Some(crate::analysis::board::Status::AtRisk) => "warn",
            Some(crate::analysis::board::Status::OffTrack) => "bad",
            None => "neutral",
        },
        chart: (!points.is_empty()).then(|| charts::path_chart(site.lang, &points, on_track)),
        rows,
    }
}
