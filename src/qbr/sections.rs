//! The sections of the internal QBR pack after page one: commitments against the
//! tier's and benefits (MDF, PAM); performance over the history's snapshots with the
//! partner's roadmap items and key results; governance and competition (decisions
//! naming it, sponsors and cadence, competitors holding it).

use crate::history::{format as hf, Snapshot};
use crate::i18n::formats::DateStyle;
use crate::i18n::{args, Lang};
use crate::model::{ItemStatus, Partner};
use crate::pack::history::{chart, line, on_page};
use crate::pack::tables::{col, decision_tone, h, item_tone, p, table};
use crate::pdf::{Align, Block, Cell, TextStyle, Tone};
use crate::project::Project;
use crate::render::RenderOptions;

/// Commitments against the current tier's requirements, and the benefits the tier gives.
pub fn commitments(pr: &Project, lang: &Lang, i: usize, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let partner = &plan.partners[i];
    let Some((level, tier)) = partner.tier.tier().and_then(|t| Some((t, plan.tier(t)?))) else {
        return;
    };
    let tier_name = crate::render::reasons::tier(level, lang);
    b.push(h(1, lang.t("qbr_commitments_section")));
    b.push(h(
        2,
        lang.f(
            "qbr_commitments_title",
            &args(&[("tier", tier_name.as_str().into())]),
        ),
    ));
    let reqs = crate::analysis::distance::requirements(partner, tier);
    let short = reqs.iter().filter(|r| !r.met()).count();
    let lead = if short == 0 {
        lang.f(
            "qbr_commitments_met",
            &args(&[("tier", tier_name.as_str().into())]),
        )
    } else {
        let missing: Vec<String> = reqs
            .iter()
            .filter_map(|r| crate::render::distance::missing(r, plan, lang))
            .collect();
        lang.f(
            "qbr_commitments_short",
            &args(&[
                ("tier", tier_name.as_str().into()),
                (
                    "missing",
                    crate::render::reasons::and_list(&missing, lang).into(),
                ),
            ]),
        )
    };
    b.push(p(lead, TextStyle::Body));
    if !reqs.is_empty() {
        b.push(super::doc::requirement_table(
            &crate::render::distance::Amounts::of(&pr.plan),
            lang,
            level,
            &reqs,
            &lang.t("qbr_col_partner"),
        ));
    }
    if !tier.commitments.is_empty() {
        b.push(h(
            3,
            lang.f(
                "qbr_tier_commitments",
                &args(&[("tier", tier_name.as_str().into())]),
            ),
        ));
        b.push(Block::Bullets(tier.commitments.clone()));
    }
    b.push(h(2, lang.t("qbr_benefits_title")));
    b.push(Block::Table(benefits(pr, lang, partner, tier)));
    if !tier.benefits.is_empty() {
        b.push(h(
            3,
            lang.f(
                "qbr_tier_benefits",
                &args(&[("tier", tier_name.as_str().into())]),
            ),
        ));
        b.push(Block::Bullets(tier.benefits.clone()));
    }
}

/// MDF against the tier's allocation, our PAM and how many partners the PAM covers.
fn benefits(
    pr: &Project,
    lang: &Lang,
    partner: &Partner,
    tier: &crate::model::Tier,
) -> crate::pdf::Table {
    let plan = &pr.plan;
    let sym = plan.money_style();
    let dash = || "—".to_string();
    let mdf_tier = tier.mdf_per_year.map_or_else(dash, |m| m.display(sym));
    let mdf = partner.mdf.map_or_else(
        || lang.t("s_gap_not_given").into_owned(),
        |m| m.display(sym),
    );
    let mut rows = vec![vec![
        Cell::text(lang.t("qbr_benefit_mdf")),
        Cell::text(mdf),
        Cell::text(mdf_tier),
    ]];
    let pam = partner
        .pam
        .clone()
        .unwrap_or_else(|| lang.t("qbr_no_pam").into_owned());
    let shared = partner.pam.as_ref().map_or(0, |pam| {
        plan.partners
            .iter()
            .filter(|q| q.pam.as_ref() == Some(pam) && q.tier == partner.tier)
            .count()
    });
    let pam_text = if shared > 1 {
        lang.f(
            "qbr_pam_shared",
            &args(&[("pam", pam.as_str().into()), ("n", shared.into())]),
        )
    } else {
        pam
    };
    let pam_limit = tier
        .pam_max_partners
        .map_or_else(dash, |n| lang.f("qbr_pam_limit", &args(&[("n", n.into())])));
    rows.push(vec![
        Cell::text(lang.t("qbr_benefit_pam")),
        Cell::text(pam_text),
        Cell::text(pam_limit),
    ]);
    if let Some(days) = tier.deal_registration_days {
        rows.push(vec![
            Cell::text(lang.t("qbr_benefit_deal_registration")),
            Cell::text(dash()),
            Cell::text(lang.f("qbr_days", &args(&[("n", days.into())]))),
        ]);
    }
    table(
        vec![
            col(&lang.t("qbr_col_benefit"), 2.0, Align::Left),
            col(&lang.t("qbr_col_partner"), 2.0, Align::Left),
            col(&lang.t("qbr_col_tier_gives"), 1.6, Align::Left),
        ],
        rows,
    )
}

/// Pipeline, ARR and score over the history's snapshots; the partner's roadmap items
/// and the key results they advance.
pub fn performance(pr: &Project, opts: &RenderOptions, lang: &Lang, i: usize, b: &mut Vec<Block>) {
    let partner = &pr.plan.partners[i];
    b.push(h(1, lang.t("qbr_performance_title")));
    let rows: Vec<Snapshot> = opts
        .history
        .as_ref()
        .map(|h| h.rows(pr))
        .unwrap_or_default();
    if rows.len() < 2 {
        b.push(p(lang.t("qbr_history_none"), TextStyle::Muted));
    } else {
        history(lang, &partner.id, &rows, b);
    }
    roadmap(pr, lang, i, b);
}

fn history(lang: &Lang, id: &str, rows: &[Snapshot], b: &mut Vec<Block>) {
    let t = |id: &str| lang.t(id).into_owned();
    let money = |f: fn(&crate::history::PartnerPoint) -> Option<f64>| {
        on_page(hf::money_points(rows, lang, |s| s.partner(id).and_then(f)))
    };
    b.push(p(history_lead(lang, id, rows), TextStyle::Lead));
    b.push(chart(
        lang,
        &t("qbr_chart_pipeline_arr"),
        rows,
        vec![
            line(
                &t("qbr_series_pipeline"),
                Tone::Accent,
                money(|p| p.pipeline),
            ),
            line(&t("qbr_series_arr"), Tone::Good, money(|p| p.arr)),
        ],
    ));
    let score = rows
        .iter()
        .map(|s| {
            s.partner(id)
                .map(|p| (p.score as f32, crate::pack::tables::score(lang, p.score)))
        })
        .collect();
    b.push(chart(
        lang,
        &t("qbr_chart_score"),
        rows,
        vec![line(&t("qbr_series_score"), Tone::Accent, score)],
    ));
    let body = rows
        .iter()
        .map(|s| {
            let label = Cell::text(crate::render::reasons::snapshot_label(s, lang));
            let date = Cell::text(lang.fmt.date(s.date, DateStyle::Medium));
            match s.partner(id) {
                Some(pt) => vec![
                    label,
                    date,
                    Cell::text(crate::pack::tables::score(lang, pt.score)),
                    Cell::text(band_word(lang, &pt.band)),
                    Cell::text(lang.word("tier", &pt.tier)),
                    Cell::text(hf::money(s, pt.pipeline, lang)),
                    Cell::text(hf::money(s, pt.arr, lang)),
                ],
                None => vec![label, date, Cell::text(lang.t("qbr_not_in_plan"))],
            }
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col(&t("pack_col_snapshot"), 1.3, Align::Left),
            col(&t("pack_col_date"), 1.1, Align::Left),
            col(&t("qbr_col_score"), 0.8, Align::Right),
            col(&t("qbr_col_band"), 1.0, Align::Left),
            col(&t("qbr_col_tier"), 0.9, Align::Left),
            col(&t("pack_col_pipeline"), 1.0, Align::Right),
            col(&t("qbr_col_arr"), 1.0, Align::Right),
        ],
        body,
    )));
}

/// The section's conclusion: pipeline, ARR and score at the first snapshot that holds
/// the partner and now.
fn history_lead(lang: &Lang, id: &str, rows: &[Snapshot]) -> String {
    let first = rows.iter().find_map(|s| s.partner(id).map(|p| (s, p)));
    let last = rows.last().and_then(|s| s.partner(id).map(|p| (s, p)));
    let (Some((s0, p0)), Some((s1, p1))) = (first, last) else {
        return lang.t("qbr_history_lead").into_owned();
    };
    if std::ptr::eq(s0, s1) {
        return lang.t("qbr_history_lead").into_owned();
    }
    let score = |v: f64| crate::pack::tables::score(lang, v);
    lang.f(
        "qbr_history_moved",
        &args(&[
            (
                "since",
                crate::render::reasons::snapshot_label(s0, lang).into(),
            ),
            ("pipeline_then", hf::money(s0, p0.pipeline, lang).into()),
            ("pipeline_now", hf::money(s1, p1.pipeline, lang).into()),
            ("arr_then", hf::money(s0, p0.arr, lang).into()),
            ("arr_now", hf::money(s1, p1.arr, lang).into()),
            ("score_then", score(p0.score).into()),
            ("score_now", score(p1.score).into()),
        ]),
    )
}

/// A band as history stores it (`Priority`) in the plan's language.
fn band_word(lang: &Lang, band: &str) -> String {
    lang.word("band", &band.to_lowercase())
}

/// The roadmap items naming the partner, and the key results they advance.
fn roadmap(pr: &Project, lang: &Lang, i: usize, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    b.push(h(2, lang.t("qbr_roadmap_title")));
    let items = partner_items(pr, i);
    if items.is_empty() {
        b.push(p(lang.t("qbr_roadmap_none"), TextStyle::Muted));
    } else {
        let rows = items
            .iter()
            .map(|&(q, item)| {
                let quarter = plan
                    .roadmap
                    .as_ref()
                    .and_then(|r| r.quarters.get(q))
                    .map_or_else(String::new, |qq| format!("{} · {}", qq.key, qq.theme));
                vec![
                    Cell::text(quarter),
                    Cell::text(item.title.clone()),
                    Cell::toned(
                        lang.word("item_status", item.status.as_str()),
                        item_tone(item.status),
                    ),
                    Cell::text(
                        item.due
                            .map_or_else(String::new, |d| lang.fmt.date(d, DateStyle::Medium)),
                    ),
                    Cell::text(item.owner.clone().unwrap_or_default()),
                ]
            })
            .collect();
        b.push(Block::Table(table(
            vec![
                col(&lang.t("qbr_col_quarter"), 1.4, Align::Left),
                col(&lang.t("qbr_col_item"), 3.0, Align::Left),
                col(&lang.t("pack_col_status"), 1.0, Align::Left),
                col(&lang.t("qbr_col_due"), 1.0, Align::Left),
                col(&lang.t("qbr_col_owner"), 1.2, Align::Left),
            ],
            rows,
        )));
    }
    b.push(h(2, lang.t("qbr_krs_title")));
    let mut bars = Vec::new();
    let mut plain = Vec::new();
    for kr in partner_key_results(pr, i) {
        match crate::pack::execution::kr_row(pr, kr, lang) {
            Some(Ok(bar)) => bars.push(bar),
            Some(Err(line)) => plain.push(line),
            None => {}
        }
    }
    if bars.is_empty() && plain.is_empty() {
        b.push(p(lang.t("qbr_krs_none"), TextStyle::Muted));
    }
    if !bars.is_empty() {
        b.push(Block::Progress(bars));
    }
    if !plain.is_empty() {
        b.push(Block::Bullets(plain));
    }
}

/// The roadmap items naming partner `i`, with their quarter index.
pub fn partner_items(pr: &Project, i: usize) -> Vec<(usize, &crate::model::RoadmapItem)> {
    let Some(r) = &pr.plan.roadmap else {
        return Vec::new();
    };
    pr.analysis
        .trace
        .partner_items
        .get(i)
        .into_iter()
        .flatten()
        .filter_map(|&(q, it)| Some((q, r.quarters.get(q)?.items.get(it)?)))
        .collect()
}

/// The key results (objective, key result) that the partner's roadmap items advance.
pub fn partner_key_results(pr: &Project, i: usize) -> Vec<(usize, usize)> {
    let mine = pr
        .analysis
        .trace
        .partner_items
        .get(i)
        .cloned()
        .unwrap_or_default();
    let mut out = Vec::new();
    for (oi, krs) in pr.analysis.trace.kr_items.iter().enumerate() {
        for (ki, items) in krs.iter().enumerate() {
            if items.iter().any(|x| mine.contains(x)) {
                out.push((oi, ki));
            }
        }
    }
    out
}

/// Whether a roadmap item is at risk or past its due date and not done.
pub fn item_at_risk(item: &crate::model::RoadmapItem, today: crate::values::Date) -> bool {
    item.status == ItemStatus::AtRisk
        || (!matches!(item.status, ItemStatus::Done | ItemStatus::Dropped)
            && item.due.is_some_and(|d| d < today))
}

/// Governance and competition: decisions naming the partner, sponsors and cadence, the
/// next QBR, and the competitors that hold it.
pub fn governance(pr: &Project, lang: &Lang, i: usize, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let partner = &plan.partners[i];
    b.push(h(1, lang.t("qbr_governance_title")));
    b.push(h(2, lang.t("qbr_sponsors_title")));
    let sponsors: Vec<&crate::model::Sponsor> = plan
        .governance
        .iter()
        .flat_map(|g| &g.sponsors)
        .filter(|s| s.partner == partner.id)
        .collect();
    if sponsors.is_empty() {
        b.push(p(lang.t("qbr_sponsors_none"), TextStyle::Muted));
    } else {
        b.push(sponsors_table(
            lang,
            sponsors
                .iter()
                .map(|s| [&s.partner_executive, &s.our_counterpart, &s.cadence]),
        ));
    }
    b.push(p(
        super::doc::next_qbr_line(pr, lang, partner),
        TextStyle::Body,
    ));
    decisions(pr, lang, i, b);
    competition(pr, lang, i, b);
}

fn decisions(pr: &Project, lang: &Lang, i: usize, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    b.push(h(2, lang.t("qbr_decisions_title")));
    let ds = pr
        .analysis
        .trace
        .partner_decisions
        .get(i)
        .cloned()
        .unwrap_or_default();
    if ds.is_empty() {
        b.push(p(lang.t("qbr_decisions_none"), TextStyle::Muted));
        return;
    }
    let rows = ds
        .iter()
        .filter_map(|&d| plan.decisions.get(d))
        .map(|d| {
            vec![
                Cell {
                    text: d.id.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(d.title.clone()),
                Cell::text(lang.word("decision_kind", d.decision.as_str())),
                Cell::toned(
                    lang.word("decision_status", d.status.as_str()),
                    decision_tone(d.status),
                ),
                Cell::text(
                    d.review_date
                        .map_or_else(String::new, |r| lang.fmt.date(r, DateStyle::Medium)),
                ),
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col(&lang.t("qbr_col_decision"), 0.8, Align::Left),
            col(&lang.t("qbr_col_title"), 3.0, Align::Left),
            col(&lang.t("qbr_col_kind"), 1.0, Align::Left),
            col(&lang.t("pack_col_status"), 1.0, Align::Left),
            col(&lang.t("qbr_col_review"), 1.1, Align::Left),
        ],
        rows,
    )));
}

fn competition(pr: &Project, lang: &Lang, i: usize, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let partner = &plan.partners[i];
    let facts = &pr.analysis.partners[i];
    b.push(h(2, lang.t("qbr_competition_title")));
    let lead = if facts.locked {
        let by: Vec<String> = partner
            .locked_to
            .iter()
            .map(|c| {
                plan.competitor(c)
                    .map_or_else(|| c.clone(), |c| c.name.clone())
            })
            .chain(
                facts
                    .holdings
                    .iter()
                    .filter(|h| h.locked)
                    .map(|h| h.competitor_name.clone()),
            )
            .fold(Vec::new(), |mut v, n| {
                if !v.contains(&n) {
                    v.push(n);
                }
                v
            });
        lang.f(
            "qbr_competition_locked",
            &args(&[(
                "competitors",
                crate::render::reasons::and_list(&by, lang).into(),
            )]),
        )
    } else if facts.holdings.is_empty() {
        lang.t("qbr_competition_none").into_owned()
    } else {
        lang.f(
            "qbr_competition_contested",
            &args(&[("n", facts.holdings.len().into())]),
        )
    };
    b.push(p(lead, TextStyle::Body));
    if facts.holdings.is_empty() {
        return;
    }
    let rows = facts
        .holdings
        .iter()
        .map(|h| {
            let model = h
                .model
                .as_deref()
                .map(|m| {
                    plan.model(m)
                        .map_or_else(|| m.to_string(), |d| d.name.clone())
                })
                .unwrap_or_default();
            vec![
                Cell {
                    text: h.competitor_name.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(model),
                Cell::text(h.strength.clone()),
                if h.locked {
                    Cell::toned(lang.t("qbr_exclusive"), Tone::Bad)
                } else {
                    Cell::text(lang.t("qbr_not_exclusive"))
                },
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col(&lang.t("qbr_col_competitor"), 1.2, Align::Left),
            col(&lang.t("qbr_col_model"), 1.0, Align::Left),
            col(&lang.t("qbr_col_strength"), 3.0, Align::Left),
            col(&lang.t("qbr_col_exclusive"), 1.0, Align::Left),
        ],
        rows,
    )));
}

/// The sponsors of one partner: their executive, our counterpart and the cadence (the
/// internal and the partner-facing packs show the same table).
pub fn sponsors_table<'a>(lang: &Lang, rows: impl Iterator<Item = [&'a String; 3]>) -> Block {
    let rows = rows
        .map(|r| r.iter().map(|t| Cell::text((*t).clone())).collect())
        .collect();
    Block::Table(table(
        vec![
            col(&lang.t("qbr_col_partner_executive"), 2.0, Align::Left),
            col(&lang.t("qbr_col_our_counterpart"), 1.6, Align::Left),
            col(&lang.t("qbr_col_cadence"), 1.6, Align::Left),
        ],
        rows,
    ))
}
