//! Board pack: executive summary, changes, partner landscape and near-the-line.
//!
//! The executive summary's key figures format `analysis::Kpis` only.

use super::tables::{
    band_tone, bar, col, count, h, list, more_note, num, p, score, share, signed, table, LIST_LIMIT,
};
use crate::analysis::{CompanyArr, Kpis, NorthStar, PrioritySigned};
use crate::history::delta::{Delta, Headline};
use crate::i18n::{args, Lang};
use crate::model::{Landscape, FACTORS};
use crate::pdf::{Align, Bar, BarChart, Block, Cell, Kpi, TextStyle, Threshold, Tone};
use crate::project::Project;
use crate::render::ChangeReport;
use crate::values::MoneyStyle;

pub fn executive_summary(pr: &Project, since: Option<&Headline>, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(1, lang.t("pack_thesis_title")));
    b.push(p(
        lang.f(
            "pack_thesis_lead",
            &args(&[("years", pr.plan.program.horizon_years.into())]),
        ),
        TextStyle::Lead,
    ));
    thesis(pr, b, lang);
    b.push(h(2, lang.t("pack_key_figures")));
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
fn key_figures(pr: &Project, since: Option<&Headline>, lang: &Lang) -> Vec<Kpi> {
    let k = &pr.analysis.kpis;
    let sym = pr.plan.money_style();
    let moved = |tile: Kpi, pick: fn(&Headline) -> Option<&Delta>| match since {
        Some(h) => with_change(tile, pick(h), &h.since, lang),
        None => tile,
    };
    let mut tiles = vec![
        moved(north_star_tile(&k.north_star, sym, lang), |h| {
            h.partner_sourced_arr.as_ref()
        }),
        super::economics::verdict_tile(pr, lang),
        moved(
            super::economics::roi_tile(&pr.analysis.economics, sym, lang),
            |h| h.roi.as_ref(),
        ),
        moved(pipeline_tile(k, sym, lang), |h| h.pipeline.as_ref()),
    ];
    tiles.extend(share_tile(k, sym, lang).or_else(|| company_arr_tile(&k.company_arr, sym, lang)));
    tiles.push(moved(priority_tile(&k.priority, lang), |h| {
        Some(&h.priority_signed)
    }));
    tiles
}

/// A tile whose caption ends with the figure's change since the last snapshot
/// (`target $21M within 3 years · +$400K since board/2026-q3`).
fn with_change(mut tile: Kpi, d: Option<&Delta>, since: &str, lang: &Lang) -> Kpi {
    if let Some(d) = d {
        tile.caption = lang.f(
            "pack_tile_change",
            &args(&[
                ("caption", tile.caption.as_str().into()),
                ("change", d.signed().into()),
                ("since", since.into()),
            ]),
        );
    }
    tile
}

fn north_star_tile(ns: &NorthStar, sym: &MoneyStyle, lang: &Lang) -> Kpi {
    Kpi {
        label: lang.f(
            "pack_tile_north_star",
            &args(&[("label", ns.label.as_str().into())]),
        ),
        value: ns.now.map_or("—".into(), |m| m.display(sym)),
        caption: ns.target.map_or_else(
            || lang.t("pack_tile_no_target").into_owned(),
            |t| {
                lang.f(
                    "pack_tile_target_within",
                    &args(&[
                        ("target", t.display(sym).into()),
                        ("years", ns.horizon_years.into()),
                    ]),
                )
            },
        ),
        progress: bar(ns.progress()),
        tone: Tone::Accent,
    }
}

fn target_caption(lang: &Lang, target: String) -> String {
    lang.f("pack_tile_target", &args(&[("target", target.into())]))
}

fn pipeline_tile(k: &Kpis, sym: &MoneyStyle, lang: &Lang) -> Kpi {
    Kpi {
        label: lang.t("pack_tile_pipeline").into_owned(),
        value: k.pipeline.value.display(sym),
        caption: k.pipeline.target.map_or_else(
            || lang.t("pack_tile_pipeline_caption").into_owned(),
            |t| target_caption(lang, t.display(sym)),
        ),
        progress: bar(k.pipeline.progress()),
        tone: Tone::Accent,
    }
}

/// Only when both the share and its target are known; names company ARR now and
/// targeted when they are known.
fn share_tile(k: &Kpis, sym: &MoneyStyle, lang: &Lang) -> Option<Kpi> {
    let (now, target) = (k.share.now?, k.share.target?);
    let arr = &k.company_arr;
    let id = match (arr.now.is_some(), arr.target.is_some()) {
        (false, false) => "pack_share_caption",
        (true, false) => "pack_share_caption_now",
        (false, true) => "pack_share_caption_of",
        (true, true) => "pack_share_caption_now_of",
    };
    let mut a = args(&[
        ("target", share(lang, target).into()),
        ("years", k.north_star.horizon_years.into()),
    ]);
    if let Some(m) = arr.now {
        a.set("now", m.display(sym));
    }
    if let Some(m) = arr.target {
        a.set("of", m.display(sym));
    }
    Some(Kpi {
        label: lang.t("pack_tile_share").into_owned(),
        value: share(lang, now),
        caption: lang.f(id, &a),
        progress: bar(k.share.progress()),
        tone: if now >= target {
            Tone::Good
        } else {
            Tone::Warn
        },
    })
}

fn priority_tile(p: &PrioritySigned, lang: &Lang) -> Kpi {
    Kpi {
        label: lang.t("pack_tile_priority").into_owned(),
        value: count(lang, p.targets),
        caption: lang.f(
            "pack_tile_priority_caption",
            &args(&[("n", p.signed.into())]),
        ),
        progress: bar(p.progress()),
        tone: Tone::Accent,
    }
}

/// Only when both ARR now and its target are known (in place of the share when the
/// share is not known).
fn company_arr_tile(arr: &CompanyArr, sym: &MoneyStyle, lang: &Lang) -> Option<Kpi> {
    let (now, target) = (arr.now?, arr.target?);
    Some(Kpi {
        label: lang.t("pack_tile_company_arr").into_owned(),
        value: now.display(sym),
        caption: target_caption(lang, target.display(sym)),
        progress: bar(arr.progress()),
        tone: Tone::Neutral,
    })
}

pub fn changes(ch: &ChangeReport, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(
        1,
        lang.f(
            "pack_changes_title",
            &args(&[("since", ch.since.as_str().into())]),
        ),
    ));
    if ch.sections.is_empty() {
        b.push(p(lang.t("pack_no_changes"), TextStyle::Muted));
    }
    for (title, lines) in &ch.sections {
        b.push(h(2, title.clone()));
        b.push(Block::Bullets(lines.clone()));
    }
}

pub fn landscape(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let a = &pr.analysis;
    b.push(h(1, lang.t("pack_landscape_title")));
    b.push(p(landscape_headline(pr, lang), TextStyle::Lead));
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
            .map(|t| lang.word("tier", t.as_str()))
            .collect::<Vec<_>>()
            .join(" / ");
        rows.push(vec![
            Cell {
                text: format!("{} · {}", l.as_str(), lang.word("landscape", l.as_str())),
                bold: true,
                ..Cell::default()
            },
            Cell::text(target),
            Cell::text(count(lang, idx.len())),
            Cell::text(score(lang, avg)),
        ]);
    }
    b.push(Block::Table(table(
        vec![
            col(&lang.t("pack_col_landscape"), 3.0, Align::Left),
            col(&lang.t("pack_col_tier_target"), 3.0, Align::Left),
            col(&lang.t("pack_col_partners"), 1.5, Align::Right),
            col(&lang.t("pack_col_average_score"), 2.0, Align::Right),
        ],
        rows,
    )));
    b.push(h(2, lang.t("pack_ranked_scorecard")));
    let top: Vec<usize> = a.ranking.iter().copied().take(BODY_RANKS).collect();
    let s = &plan.scoring;
    b.push(Block::BarChart(BarChart {
        title: lang.f("pack_chart_top", &args(&[("n", top.len().into())])),
        bars: top
            .iter()
            .map(|&i| Bar {
                label: plan.partners[i].name.clone(),
                value: a.partners[i].score as f32,
                value_text: score(lang, a.partners[i].score),
                tone: Some(band_tone(a.partners[i].band)),
            })
            .collect(),
        max: 100.0,
        thresholds: vec![
            Threshold {
                value: s.secondary as f32,
                label: threshold_label(lang, "secondary", s.secondary),
            },
            Threshold {
                value: s.priority as f32,
                label: threshold_label(lang, "priority", s.priority),
            },
        ],
    }));
    let rows = top
        .iter()
        .map(|&i| scorecard_row(pr, i, false, lang))
        .collect();
    b.push(Block::Table(table(scorecard_columns(false, lang), rows)));
    if a.ranking.len() > top.len() {
        b.push(p(
            lang.f(
                "pack_full_scorecard_note",
                &args(&[("n", a.ranking.len().into())]),
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
            lang.f(
                "pack_exited_note",
                &args(&[("names", list(lang, &names).into())]),
            ),
            TextStyle::Muted,
        ));
    }
}

/// A band line on the score chart: `Priority 75`.
fn threshold_label(lang: &Lang, band: &str, value: f64) -> String {
    lang.f(
        "pack_threshold",
        &args(&[
            ("band", lang.word("band", band).into()),
            ("score", num(lang, value).into()),
        ]),
    )
}

/// Partners the body ranks; the appendix ranks all.
const BODY_RANKS: usize = 10;

/// The section's conclusion: priority targets available, signed and locked.
fn landscape_headline(pr: &Project, lang: &Lang) -> String {
    let k = &pr.analysis.kpis.priority;
    let mut a = args(&[
        ("targets", k.targets.into()),
        ("ranked", pr.analysis.ranking.len().into()),
        ("signed", k.signed.into()),
    ]);
    if k.locked > 0 {
        a.set("locked", k.locked);
        lang.f("pack_landscape_lead_locked", &a)
    } else {
        lang.f("pack_landscape_lead", &a)
    }
}

pub(super) fn scorecard_columns(full: bool, lang: &Lang) -> Vec<crate::pdf::Column> {
    let mut c = vec![
        col("#", 1.8, Align::Right),
        col(&lang.t("pack_col_partner"), 6.0, Align::Left),
    ];
    if !full {
        c.push(col(&lang.t("pack_col_land"), 1.6, Align::Center));
    }
    c.push(col(&lang.t("pack_col_tier_to_target"), 3.6, Align::Left));
    if full {
        for f in FACTORS {
            c.push(col(
                &lang.t(&format!("pack_factor_short_{f}")),
                1.6,
                Align::Right,
            ));
        }
    }
    c.push(col(&lang.t("pack_col_score"), 1.8, Align::Right));
    c.push(col(&lang.t("pack_col_band"), 2.9, Align::Left));
    c
}

pub(super) fn scorecard_row(pr: &Project, i: usize, full: bool, lang: &Lang) -> Vec<Cell> {
    let p = &pr.plan.partners[i];
    let f = &pr.analysis.partners[i];
    let tier = match p.target_tier {
        Some(t) if t != p.tier => format!(
            "{} → {}",
            lang.word("tier", p.tier.as_str()),
            lang.word("tier", t.as_str())
        ),
        _ => lang.word("tier", p.tier.as_str()),
    };
    let mut cells = vec![
        Cell::text(f.rank.map_or("—".into(), |r| count(lang, r))),
        Cell::text(p.name.clone()),
    ];
    if !full {
        cells.push(Cell::text(p.landscape.as_str()));
    }
    cells.push(Cell::text(tier));
    if full {
        cells.extend(
            p.ratings
                .iter()
                .map(|r| Cell::text(lang.fmt.number_trim(*r, 2))),
        );
    }
    cells.push(Cell {
        text: score(lang, f.score),
        bold: true,
        ..Cell::default()
    });
    cells.push(Cell::toned(
        lang.word("band", f.band.as_str()),
        band_tone(f.band),
    ));
    cells
}

pub(super) fn near_line(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let nl = &pr.analysis.near_line;
    b.push(h(2, lang.t("pack_near_line")));
    b.push(p(lang.t("pack_near_line_note"), TextStyle::Muted));
    if nl.near.is_empty() {
        b.push(p(lang.t("pack_near_line_none"), TextStyle::Body));
    } else {
        let rows = nl
            .near
            .iter()
            .take(LIST_LIMIT)
            .map(|n| {
                let f = &pr.analysis.partners[n.partner];
                vec![
                    Cell::text(plan.partners[n.partner].name.clone()),
                    Cell::text(score(lang, f.score)),
                    Cell::text(lang.fmt.number_trim(n.threshold, 2)),
                    Cell::toned(
                        signed(lang, &format!("{:+.2}", n.distance)),
                        if n.distance < 0.0 {
                            Tone::Warn
                        } else {
                            Tone::Good
                        },
                    ),
                    Cell::toned(lang.word("band", f.band.as_str()), band_tone(f.band)),
                ]
            })
            .collect();
        b.push(Block::Table(table(
            vec![
                col(&lang.t("pack_col_partner"), 4.0, Align::Left),
                col(&lang.t("pack_col_score"), 1.5, Align::Right),
                col(&lang.t("pack_col_threshold"), 1.5, Align::Right),
                col(&lang.t("pack_col_distance"), 1.5, Align::Right),
                col(&lang.t("pack_col_band"), 2.0, Align::Left),
            ],
            rows,
        )));
        more_note(lang, nl.near.len(), b);
    }
    if !nl.sensitive.is_empty() {
        let rows = nl
            .sensitive
            .iter()
            .take(LIST_LIMIT)
            .map(|c| {
                vec![
                    Cell::text(plan.partners[c.partner].name.clone()),
                    Cell::text(
                        lang.f(
                            "pack_weight_change",
                            &args(&[
                                (
                                    "factor",
                                    lang.t(&format!("pack_factor_{}", FACTORS[c.factor]))
                                        .into_owned()
                                        .into(),
                                ),
                                ("delta", signed(lang, &format!("{:+}", c.delta)).into()),
                                ("n", c.delta.abs().into()),
                            ]),
                        ),
                    ),
                    Cell::text(format!(
                        "{} → {}",
                        lang.word("band", c.from.as_str()),
                        lang.word("band", c.to.as_str())
                    )),
                    Cell::text(score(lang, c.new_score)),
                ]
            })
            .collect();
        b.push(Block::Table(table(
            vec![
                col(&lang.t("pack_col_partner"), 3.5, Align::Left),
                col(&lang.t("pack_col_weight_change"), 3.0, Align::Left),
                col(&lang.t("pack_col_band_change"), 3.0, Align::Left),
                col(&lang.t("pack_col_new_score"), 1.5, Align::Right),
            ],
            rows,
        )));
        more_note(lang, nl.sensitive.len(), b);
    }
}
