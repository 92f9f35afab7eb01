//! The internal QBR pack as a document: the cover, the relationship on one page (tier,
//! status, score and band, key figures, the distance to the next tier requirement by
//! requirement), then the agenda and the sections of `sections`.

use super::{agenda, sections};
use crate::analysis::{next_qbr, Requirement};
use crate::i18n::formats::DateStyle;
use crate::i18n::{args, Lang};
use crate::model::{Partner, TierLevel, TierName};
use crate::pack::tables::{band_tone, col, h, p, table};
use crate::pdf::{Align, Block, Callout, Cell, Cover, DocMeta, Kpi, PackDoc, TextStyle, Tone};
use crate::project::Project;
use crate::render::distance::Amounts;
use crate::render::RenderOptions;

/// The internal QBR pack of partner `i` of the plan.
pub fn build_doc(pr: &Project, opts: &RenderOptions, lang: &Lang, i: usize) -> PackDoc {
    let plan = &pr.plan;
    let partner = &plan.partners[i];
    let mut blocks = vec![Block::Cover(cover(pr, opts, lang, i))];
    relationship(pr, lang, i, &mut blocks);
    agenda::section(pr, lang, i, &mut blocks);
    // page one is the brief; the detail starts on a page of its own
    blocks.push(Block::PageBreak);
    sections::commitments(pr, lang, i, &mut blocks);
    sections::performance(pr, opts, lang, i, &mut blocks);
    sections::governance(pr, lang, i, &mut blocks);
    super::notes::section(pr, lang, i, &mut blocks);
    crate::pack::typography::prose(&mut blocks, lang.catalog.tag());
    let name = partner.name.as_str();
    Frame {
        partner: name,
        company: &plan.company.name,
        today: pr.analysis.today,
        created_unix: opts.created_unix,
    }
    .doc(
        lang,
        Sides {
            subject: lang.f("qbr_subject", &args(&[("partner", name.into())])),
            keywords: vec![
                lang.t("qbr_keyword").into_owned(),
                lang.t("pack_keyword_partnerships").into_owned(),
                name.to_string(),
            ],
            footer: footer(lang),
        },
        blocks,
    )
}

/// What the internal and the partner-facing QBR packs share around their blocks: the
/// title, author, running header, language and the engine's words.
pub(super) struct Frame<'a> {
    pub partner: &'a str,
    pub company: &'a str,
    /// The date the figures are as of.
    pub today: crate::values::Date,
    pub created_unix: i64,
}

/// What differs between the two packs: their subject line, keywords and footer.
pub(super) struct Sides {
    pub subject: String,
    pub keywords: Vec<String>,
    pub footer: String,
}

impl Frame<'_> {
    /// The document of `blocks` in this frame.
    pub(super) fn doc(&self, lang: &Lang, sides: Sides, blocks: Vec<Block>) -> PackDoc {
        let (partner, company) = (self.partner, self.company);
        PackDoc {
            meta: DocMeta {
                title: lang.f(
                    "qbr_title",
                    &args(&[("partner", partner.into()), ("company", company.into())]),
                ),
                author: company.to_string(),
                subject: sides.subject,
                keywords: sides.keywords,
                created_unix: self.created_unix,
            },
            running_header: lang.f(
                "qbr_running_header",
                &args(&[
                    ("partner", partner.into()),
                    ("date", lang.fmt.date(self.today, DateStyle::Long).into()),
                ]),
            ),
            running_footer: sides.footer,
            lang: lang.catalog.tag().to_string(),
            words: crate::pack::engine_words(lang),
            blocks,
        }
    }
}

/// Every footer: the pack is internal (the board's classification is the board
/// pack's; a QBR pack is for the account team).
fn footer(lang: &Lang) -> String {
    lang.t("qbr_internal").into_owned()
}

fn cover(pr: &Project, opts: &RenderOptions, lang: &Lang, i: usize) -> Cover {
    let plan = &pr.plan;
    let partner = &plan.partners[i];
    let a = &pr.analysis;
    let mut lines = vec![
        lang.f(
            "qbr_cover_tier",
            &args(&[
                ("tier", tier_word(partner.tier, lang).into()),
                (
                    "status",
                    lang.word("partner_status", partner.status.as_str()).into(),
                ),
            ]),
        ),
        next_qbr_line(pr, lang, partner),
        lang.f(
            "pack_cover_figures_as_of",
            &args(&[("date", lang.fmt.date(a.today, DateStyle::Long).into())]),
        ),
    ];
    if let Some(c) = &opts.commit {
        lines.push(lang.f("pack_cover_commit", &args(&[("commit", c.as_str().into())])));
    }
    lines.push(footer(lang));
    Cover {
        title: lang.f(
            "qbr_cover_title",
            &args(&[("partner", partner.name.as_str().into())]),
        ),
        subtitle: lang.t("qbr_cover_subtitle").into_owned(),
        company: plan.company.name.clone(),
        lines,
    }
}

/// `Next QBR: March 24, 2027 (semi-annual after the last, October 20, 2026)`.
pub fn next_qbr_line(pr: &Project, lang: &Lang, p: &Partner) -> String {
    let tier = p.tier.tier().and_then(|t| pr.plan.tier(t));
    let next = tier.and_then(|t| next_qbr(p, t));
    match (next, p.last_qbr) {
        (Some(next), Some(last)) => {
            let cadence = tier.and_then(|t| t.review_cadence).map_or_else(
                || lang.word("cadence", "quarterly"),
                |c| lang.word("cadence", c.as_str()),
            );
            let id = if next < pr.analysis.today {
                "qbr_next_overdue"
            } else {
                "qbr_next"
            };
            lang.f(
                id,
                &args(&[
                    ("date", lang.fmt.date(next, DateStyle::Long).into()),
                    ("last", lang.fmt.date(last, DateStyle::Long).into()),
                    ("cadence", cadence.to_lowercase().into()),
                ]),
            )
        }
        _ => lang.t("qbr_next_none").into_owned(),
    }
}

/// The partner's tier in the plan's language.
pub fn tier_word(level: TierLevel, lang: &Lang) -> String {
    lang.word("tier", level.as_str())
}

/// Page one: the relationship at a glance.
fn relationship(pr: &Project, lang: &Lang, i: usize, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let a = &pr.analysis;
    let partner = &plan.partners[i];
    let facts = &a.partners[i];
    b.push(h(
        1,
        lang.f(
            "qbr_relationship_title",
            &args(&[("partner", partner.name.as_str().into())]),
        ),
    ));
    let distance = a.distance.get(i).and_then(Option::as_ref);
    let dist_text = distance.map_or_else(String::new, |d| {
        crate::render::distance::sentence(d, plan, lang)
    });
    b.push(p(
        lang.f(
            "qbr_headline",
            &args(&[
                ("tier", tier_word(partner.tier, lang).into()),
                (
                    "status",
                    lang.word("partner_status", partner.status.as_str())
                        .to_lowercase()
                        .into(),
                ),
                (
                    "score",
                    crate::pack::tables::score(lang, facts.score).into(),
                ),
                ("band", lang.word("band", facts.band.as_str()).into()),
                ("distance", dist_text.into()),
            ]),
        ),
        TextStyle::Lead,
    ));
    b.push(Block::KpiTiles(tiles(pr, lang, i)));
    if let Some(c) = a.tier_review.iter().find(|c| c.partner == i) {
        let id = if c.is_promotion() {
            "qbr_review_promotion"
        } else {
            "qbr_review_demotion"
        };
        b.push(Block::Callout(Callout {
            tone: if c.is_promotion() {
                Tone::Good
            } else {
                Tone::Warn
            },
            title: lang.f(
                id,
                &args(&[("tier", crate::render::reasons::tier(c.to, lang).into())]),
            ),
            text: crate::render::reasons::tier_reasons(c, plan, lang).join("; "),
        }));
    }
    let Some(d) = distance else {
        return;
    };
    match d.next {
        Some(next) => {
            b.push(h(
                2,
                lang.f(
                    "qbr_distance_title",
                    &args(&[("tier", crate::render::reasons::tier(next, lang).into())]),
                ),
            ));
            if d.requirements.is_empty() {
                b.push(p(
                    crate::render::distance::sentence(d, plan, lang),
                    TextStyle::Muted,
                ));
            } else {
                b.push(requirement_table(
                    &Amounts::of(&pr.plan),
                    lang,
                    next,
                    &d.requirements,
                    &lang.t("qbr_col_partner"),
                ));
            }
        }
        None => {
            // At the top: what keeping the tier takes.
            if let Some(t) = partner.tier.tier() {
                b.push(h(
                    2,
                    lang.f(
                        "qbr_keeping_title",
                        &args(&[("tier", crate::render::reasons::tier(t, lang).into())]),
                    ),
                ));
                let reqs = plan
                    .tier(t)
                    .map(|tier| crate::analysis::distance::requirements(partner, tier))
                    .unwrap_or_default();
                b.push(requirement_table(
                    &Amounts::of(&pr.plan),
                    lang,
                    t,
                    &reqs,
                    &lang.t("qbr_col_partner"),
                ));
            }
        }
    }
    b.push(p(lang.t("qbr_status_note"), TextStyle::Muted));
}

/// The requirements of `tier` as a table: requirement, the partner's, what the tier
/// needs, what is missing, and the status as a shape and a word (readable in grey).
/// `have` heads the column of what the partner has ("Partner" internally, "You have"
/// in the partner-facing pack).
pub fn requirement_table(
    amounts: &Amounts,
    lang: &Lang,
    tier: TierName,
    reqs: &[Requirement],
    have: &str,
) -> Block {
    let rows = reqs
        .iter()
        .map(|r| {
            let t = crate::render::distance::requirement_in(r, amounts, lang);
            let (shape, tone) = if t.met {
                ("●", Tone::Good)
            } else {
                ("■", Tone::Bad)
            };
            vec![
                Cell {
                    text: t.label,
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(t.have),
                Cell::text(t.need),
                Cell::text(if t.missing.is_empty() {
                    "—".to_string()
                } else {
                    t.missing
                }),
                Cell::toned(format!("{shape} {}", t.status), tone),
            ]
        })
        .collect();
    Block::Table(table(
        vec![
            col(&lang.t("qbr_col_requirement"), 2.4, Align::Left),
            col(have, 1.2, Align::Right),
            col(
                &lang.f(
                    "qbr_col_tier_needs",
                    &args(&[("tier", crate::render::reasons::tier(tier, lang).into())]),
                ),
                1.4,
                Align::Right,
            ),
            col(&lang.t("qbr_col_missing"), 2.2, Align::Left),
            col(&lang.t("pack_col_status"), 1.1, Align::Left),
        ],
        rows,
    ))
}

/// The key figures of page one: tier, score, pipeline, ARR, next QBR.
fn tiles(pr: &Project, lang: &Lang, i: usize) -> Vec<Kpi> {
    let plan = &pr.plan;
    let partner = &plan.partners[i];
    let facts = &pr.analysis.partners[i];
    let sym = plan.money_style();
    let not_given = || lang.t("s_gap_not_given").into_owned();
    let range = partner
        .tier
        .tier()
        .and_then(|t| plan.tier(t))
        .map_or_else(String::new, |t| {
            lang.f(
                "qbr_tile_range",
                &args(&[("range", t.pipeline.display(sym).into())]),
            )
        });
    let rank = facts.rank.map_or_else(String::new, |r| {
        lang.f(
            "qbr_tile_rank",
            &args(&[("rank", r.into()), ("of", pr.analysis.ranking.len().into())]),
        )
    });
    let fit = facts.fit.as_ref().map_or_else(String::new, |f| {
        lang.f(
            "qbr_tile_supports",
            &args(&[(
                "tier",
                crate::render::reasons::tier(f.supported, lang).into(),
            )]),
        )
    });
    let next = partner
        .tier
        .tier()
        .and_then(|t| plan.tier(t))
        .and_then(|t| next_qbr(partner, t));
    let overdue = next.is_some_and(|d| d < pr.analysis.today);
    vec![
        Kpi {
            label: lang.t("qbr_tile_tier").into_owned(),
            value: tier_word(partner.tier, lang),
            caption: fit,
            progress: None,
            tone: Tone::Accent,
        },
        Kpi {
            label: lang.t("qbr_tile_score").into_owned(),
            value: crate::pack::tables::score(lang, facts.score),
            caption: [lang.word("band", facts.band.as_str()), rank]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
            progress: Some((facts.score / 100.0).clamp(0.0, 1.0) as f32),
            tone: band_tone(facts.band),
        },
        Kpi {
            label: lang.t("qbr_tile_pipeline").into_owned(),
            value: partner
                .pipeline
                .map_or_else(not_given, |m| plan.pipeline_shown().show(m)),
            caption: range,
            progress: None,
            tone: Tone::Neutral,
        },
        Kpi {
            label: lang.t("qbr_tile_arr").into_owned(),
            value: partner.arr.map_or_else(not_given, |m| m.display(sym)),
            caption: lang.t("qbr_tile_arr_caption").into_owned(),
            progress: None,
            tone: Tone::Neutral,
        },
        Kpi {
            label: lang.t("qbr_tile_next_qbr").into_owned(),
            value: next.map_or_else(
                || lang.t("qbr_not_scheduled").into_owned(),
                |d| lang.fmt.date(d, DateStyle::Medium),
            ),
            caption: if overdue {
                lang.t("qbr_tile_overdue").into_owned()
            } else {
                partner.last_qbr.map_or_else(String::new, |d| {
                    lang.f(
                        "qbr_tile_last",
                        &args(&[("date", lang.fmt.date(d, DateStyle::Medium).into())]),
                    )
                })
            },
            progress: None,
            tone: if overdue { Tone::Bad } else { Tone::Neutral },
        },
    ]
}
