//! Board pack: executive summary, changes, partner landscape and near-the-line.
//!
//! The executive summary's key figures format `analysis::Kpis` only.

use super::tables::{band_tone, bar, col, h, more_note, p, score_text, table, LIST_LIMIT};
use crate::analysis::{CompanyArr, Kpis, NorthStar, PrioritySigned};
use crate::history::delta::{Delta, Headline};
use crate::model::{Landscape, FACTOR_LABELS};
use crate::pdf::{Align, Bar, BarChart, Block, Cell, Kpi, TextStyle, Threshold, Tone};
use crate::project::Project;
use crate::render::ChangeReport;
use crate::values::decimal2;
use crate::values::MoneyStyle;

pub fn executive_summary(
    pr: &Project,
    since: Option<&Headline>,
    b: &mut Vec<Block>,
    lang: &crate::i18n::Lang,
) {
    b.push(h(1, "Thesis and key figures"));
    b.push(p(
        format!(
            "The thesis the program is measured against, and its headline figures against the {}-year target.",
            pr.plan.program.horizon_years
        ),
        TextStyle::Lead,
    ));
    thesis(pr, b, lang);
    b.push(h(2, "Key figures"));
    b.push(Block::KpiTiles(key_figures(pr, since, lang)));
}

/// The thesis statement, its first paragraph as the lead.
fn thesis(pr: &Project, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    let st = crate::render::thesis::statement(&pr.plan, lang);
    b.push(h(3, st.title));
    for (i, para) in st.paragraphs.iter().enumerate() {
        let style = if i == 0 {
            TextStyle::Lead
        } else {
            TextStyle::Body
        };
        b.push(p(para.clone(), style));
    }
}

/// The key figure tiles, the north star first, then whether it is on track and the
/// program's ROI: six for the usual plan, two rows of three that leave the summary on
/// one page (partners by tier are in the economics by tier, warnings in the callout below).
fn key_figures(pr: &Project, since: Option<&Headline>, lang: &crate::i18n::Lang) -> Vec<Kpi> {
    let k = &pr.analysis.kpis;
    let sym = pr.plan.money_style();
    let moved = |tile: Kpi, pick: fn(&Headline) -> Option<&Delta>| match since {
        Some(h) => with_change(tile, pick(h), &h.since),
        None => tile,
    };
    let mut tiles = vec![
        moved(north_star_tile(&k.north_star, sym), |h| {
            h.partner_sourced_arr.as_ref()
        }),
        super::economics::verdict_tile(pr, lang),
        moved(
            super::economics::roi_tile(&pr.analysis.economics, sym, lang),
            |h| h.roi.as_ref(),
        ),
        moved(pipeline_tile(k, sym), |h| h.pipeline.as_ref()),
    ];
    tiles.extend(share_tile(k, sym).or_else(|| company_arr_tile(&k.company_arr, sym)));
    tiles.push(moved(priority_tile(&k.priority), |h| {
        Some(&h.priority_signed)
    }));
    tiles
}

/// A tile whose caption ends with the figure's change since the last snapshot
/// (`target $21M within 3 years · +$400K since board/2026-q3`).
fn with_change(mut tile: Kpi, d: Option<&Delta>, since: &str) -> Kpi {
    if let Some(d) = d {
        tile.caption = format!("{} · {} since {since}", tile.caption, d.signed());
    }
    tile
}

fn north_star_tile(ns: &NorthStar, sym: &MoneyStyle) -> Kpi {
    Kpi {
        label: format!("North star · {}", ns.label),
        value: ns.now.map_or("—".into(), |m| m.display(sym)),
        caption: ns.target.map_or_else(
            || "no target set".into(),
            |t| {
                format!(
                    "target {} within {} years",
                    t.display(sym),
                    ns.horizon_years
                )
            },
        ),
        progress: bar(ns.progress()),
        tone: Tone::Accent,
    }
}

fn pipeline_tile(k: &Kpis, sym: &MoneyStyle) -> Kpi {
    Kpi {
        label: "Partner-sourced pipeline".into(),
        value: k.pipeline.value.display(sym),
        caption: k.pipeline.target.map_or_else(
            || "active and recruiting partners".into(),
            |t| format!("target {}", t.display(sym)),
        ),
        progress: bar(k.pipeline.progress()),
        tone: Tone::Accent,
    }
}

/// Only when both the share and its target are known; names company ARR now and
/// targeted when they are known.
fn share_tile(k: &Kpis, sym: &MoneyStyle) -> Option<Kpi> {
    let (now, target) = (k.share.now?, k.share.target?);
    let arr = &k.company_arr;
    let today = arr
        .now
        .map_or(String::new(), |m| format!("of {} ARR; ", m.display(sym)));
    let of = arr
        .target
        .map_or(String::new(), |m| format!(" of {}", m.display(sym)));
    Some(Kpi {
        label: "Partner share of ARR".into(),
        value: crate::values::share_text(now),
        caption: format!(
            "{today}target {}{of} within {} years",
            crate::values::share_text(target),
            k.north_star.horizon_years
        ),
        progress: bar(k.share.progress()),
        tone: if now >= target {
            Tone::Good
        } else {
            Tone::Warn
        },
    })
}

fn priority_tile(p: &PrioritySigned) -> Kpi {
    Kpi {
        label: "Priority targets".into(),
        value: p.targets.to_string(),
        caption: format!("{} signed at Gold or above", p.signed),
        progress: bar(p.progress()),
        tone: Tone::Accent,
    }
}

/// Only when both ARR now and its target are known (in place of the share when the
/// share is not known).
fn company_arr_tile(arr: &CompanyArr, sym: &MoneyStyle) -> Option<Kpi> {
    let (now, target) = (arr.now?, arr.target?);
    Some(Kpi {
        label: "Company ARR".into(),
        value: now.display(sym),
        caption: format!("target {}", target.display(sym)),
        progress: bar(arr.progress()),
        tone: Tone::Neutral,
    })
}

pub fn changes(ch: &ChangeReport, b: &mut Vec<Block>) {
    b.push(h(1, format!("What changed since {}", ch.since)));
    if ch.sections.is_empty() {
        b.push(p("No changes to the plan.", TextStyle::Muted));
    }
    for (title, lines) in &ch.sections {
        b.push(h(2, title.clone()));
        b.push(Block::Bullets(lines.clone()));
    }
}

pub fn landscape(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let a = &pr.analysis;
    b.push(h(1, "Partner landscape"));
    b.push(p(landscape_headline(pr), TextStyle::Lead));
    let mut rows = Vec::new();
    for l in Landscape::ALL {
        let idx: Vec<usize> = (0..plan.partners.len())
            .filter(|&i| plan.partners[i].landscape == *l)
            .collect();
        let avg = if idx.is_empty() {
            0.0
        } else {
            idx.iter().map(|&i| a.partners[i].score).sum::<f64>() / idx.len() as f64
        };
        let target = l
            .expected_targets()
            .iter()
            .map(|t| t.label())
            .collect::<Vec<_>>()
            .join(" / ");
        rows.push(vec![
            Cell {
                text: format!("{} · {}", l.as_str(), l.label()),
                bold: true,
                ..Cell::default()
            },
            Cell::text(target),
            Cell::text(idx.len().to_string()),
            Cell::text(score_text(avg)),
        ]);
    }
    b.push(Block::Table(table(
        vec![
            col("Landscape", 3.0, Align::Left),
            col("Tier target", 3.0, Align::Left),
            col("Partners", 1.5, Align::Right),
            col("Average score", 2.0, Align::Right),
        ],
        rows,
    )));
    b.push(h(2, "Ranked scorecard"));
    let top: Vec<usize> = a.ranking.iter().copied().take(BODY_RANKS).collect();
    let s = &plan.scoring;
    b.push(Block::BarChart(BarChart {
        title: format!("Attractiveness score, top {} partners", top.len()),
        bars: top
            .iter()
            .map(|&i| Bar {
                label: plan.partners[i].name.clone(),
                value: a.partners[i].score as f32,
                value_text: score_text(a.partners[i].score),
                tone: Some(band_tone(a.partners[i].band)),
            })
            .collect(),
        max: 100.0,
        thresholds: vec![
            Threshold {
                value: s.secondary as f32,
                label: format!("Secondary {}", s.secondary),
            },
            Threshold {
                value: s.priority as f32,
                label: format!("Priority {}", s.priority),
            },
        ],
    }));
    let rows = top.iter().map(|&i| scorecard_row(pr, i, false)).collect();
    b.push(Block::Table(table(scorecard_columns(false), rows)));
    if a.ranking.len() > top.len() {
        b.push(p(
            format!(
                "The full scorecard of all {} ranked partners and the partners near a band line are in the appendix.",
                a.ranking.len()
            ),
            TextStyle::Muted,
        ));
    }
    if !a.exited.is_empty() {
        let names: Vec<&str> = a
            .exited
            .iter()
            .map(|&i| plan.partners[i].name.as_str())
            .collect();
        b.push(p(
            format!("Exited (not ranked, not counted): {}.", names.join(", ")),
            TextStyle::Muted,
        ));
    }
}

/// Partners the body ranks; the appendix ranks all.
const BODY_RANKS: usize = 10;

/// The section's conclusion: priority targets available, signed and locked.
fn landscape_headline(pr: &Project) -> String {
    let k = &pr.analysis.kpis.priority;
    let locked = if k.locked > 0 {
        format!(
            "; {} locked to a competitor and not counted",
            crate::text::plural_with(k.locked, "more is", "more are")
        )
    } else {
        String::new()
    };
    format!(
        "{} of {} ranked partners score in the priority band and are available to us; {} signed at Gold or above{locked}.",
        k.targets,
        pr.analysis.ranking.len(),
        crate::text::plural_with(k.signed, "is", "are")
    )
}

pub(super) fn scorecard_columns(full: bool) -> Vec<crate::pdf::Column> {
    let mut c = vec![
        col("#", 1.8, Align::Right),
        col("Partner", 6.0, Align::Left),
    ];
    if !full {
        c.push(col("Land", 1.6, Align::Center));
    }
    c.push(col("Tier → target", 3.6, Align::Left));
    if full {
        for l in ["ICP", "Inf", "Pra", "App", "Rev"] {
            c.push(col(l, 1.6, Align::Right));
        }
    }
    c.push(col("Score", 1.8, Align::Right));
    c.push(col("Band", 2.9, Align::Left));
    c
}

pub(super) fn scorecard_row(pr: &Project, i: usize, full: bool) -> Vec<Cell> {
    let p = &pr.plan.partners[i];
    let f = &pr.analysis.partners[i];
    let tier = match p.target_tier {
        Some(t) if t != p.tier => format!("{} → {}", p.tier.label(), t.label()),
        _ => p.tier.label().to_string(),
    };
    let mut cells = vec![
        Cell::text(f.rank.map_or("—".into(), |r| r.to_string())),
        Cell::text(p.name.clone()),
    ];
    if !full {
        cells.push(Cell::text(p.landscape.as_str()));
    }
    cells.push(Cell::text(tier));
    if full {
        cells.extend(p.ratings.iter().map(|r| Cell::text(decimal2(*r))));
    }
    cells.push(Cell {
        text: score_text(f.score),
        bold: true,
        ..Cell::default()
    });
    cells.push(Cell::toned(f.band.label(), band_tone(f.band)));
    cells
}

pub(super) fn near_line(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let nl = &pr.analysis.near_line;
    b.push(h(2, "Near the line"));
    b.push(p(
        "Partners within 3 points of a band threshold, and partners whose band would change if one scoring weight moved by 5 points (the other weights rescaled to keep 100).",
        TextStyle::Muted,
    ));
    if nl.near.is_empty() {
        b.push(p(
            "No partner is within 3 points of a threshold.",
            TextStyle::Body,
        ));
    } else {
        let rows = nl
            .near
            .iter()
            .take(LIST_LIMIT)
            .map(|n| {
                let f = &pr.analysis.partners[n.partner];
                vec![
                    Cell::text(plan.partners[n.partner].name.clone()),
                    Cell::text(score_text(f.score)),
                    Cell::text(decimal2(n.threshold)),
                    Cell::toned(
                        format!("{:+.2}", n.distance),
                        if n.distance < 0.0 {
                            Tone::Warn
                        } else {
                            Tone::Good
                        },
                    ),
                    Cell::toned(f.band.label(), band_tone(f.band)),
                ]
            })
            .collect();
        b.push(Block::Table(table(
            vec![
                col("Partner", 4.0, Align::Left),
                col("Score", 1.5, Align::Right),
                col("Threshold", 1.5, Align::Right),
                col("Distance", 1.5, Align::Right),
                col("Band", 2.0, Align::Left),
            ],
            rows,
        )));
        more_note(nl.near.len(), b);
    }
    if !nl.sensitive.is_empty() {
        let rows = nl
            .sensitive
            .iter()
            .take(LIST_LIMIT)
            .map(|c| {
                vec![
                    Cell::text(plan.partners[c.partner].name.clone()),
                    Cell::text(format!("{} {:+} points", FACTOR_LABELS[c.factor], c.delta)),
                    Cell::text(format!("{} → {}", c.from.label(), c.to.label())),
                    Cell::text(score_text(c.new_score)),
                ]
            })
            .collect();
        b.push(Block::Table(table(
            vec![
                col("Partner", 3.5, Align::Left),
                col("Weight change", 3.0, Align::Left),
                col("Band change", 3.0, Align::Left),
                col("New score", 1.5, Align::Right),
            ],
            rows,
        )));
        more_note(nl.sensitive.len(), b);
    }
}
