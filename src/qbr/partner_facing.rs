//! The partner-facing QBR pack (`qbr --audience partner`): the document is built from
//! a [`PartnerView`] alone (SPEC §11), so it can hold nothing the partner may not see:
//! no other partner, no competitor, none of the program's economics, no internal note.
//! Its tier and status, the requirements of the next tier met and missing, its
//! commitments and benefits, its pipeline and ARR, the joint roadmap, the sponsors,
//! the next QBR and the tier framework. The same look as the internal pack: the board
//! pack's blocks, fonts and tagging.

use crate::audience::view::PartnerView;
use crate::i18n::formats::DateStyle;
use crate::i18n::{args, Lang};
use crate::model::TierLevel;
use crate::pack::tables::{col, h, p, table};
use crate::pdf::{Align, Block, Cell, Cover, Kpi, PackDoc, TextStyle, Tone};
use crate::render::distance::{self, Amounts};
use crate::render::reasons;

use super::doc::{tier_word, Frame, Sides};

/// The partner-facing QBR pack of `view`'s partner.
pub fn build_doc(view: &PartnerView, lang: &Lang, created_unix: i64) -> PackDoc {
    let name = view.partner.name.as_str();
    let company = view.company.as_str();
    let mut blocks = vec![Block::Cover(cover(view, lang))];
    relationship(view, lang, &mut blocks);
    commitments(view, lang, &mut blocks);
    joint_plan(view, lang, &mut blocks);
    framework(view, lang, &mut blocks);
    crate::pack::typography::prose(&mut blocks, lang.catalog.tag());
    let both = [("partner", name.into()), ("company", company.into())];
    Frame {
        partner: name,
        company,
        today: view.today,
        created_unix,
    }
    .doc(
        lang,
        Sides {
            subject: lang.f("qbrp_subject", &args(&both)),
            keywords: vec![lang.t("qbr_keyword").into_owned(), name.to_string()],
            footer: lang.f("qbrp_footer", &args(&both)),
        },
        blocks,
    )
}

fn cover(view: &PartnerView, lang: &Lang) -> Cover {
    let pt = &view.partner;
    let mut lines = vec![
        lang.f(
            "qbr_cover_tier",
            &args(&[
                ("tier", tier_word(pt.tier, lang).into()),
                (
                    "status",
                    lang.word("partner_status", pt.status.as_str()).into(),
                ),
            ]),
        ),
        next_qbr_line(view, lang),
        lang.f(
            "qbrp_as_of",
            &args(&[("date", lang.fmt.date(view.today, DateStyle::Long).into())]),
        ),
    ];
    lines.retain(|l| !l.is_empty());
    Cover {
        title: lang.f(
            "qbr_cover_title",
            &args(&[("partner", pt.name.as_str().into())]),
        ),
        subtitle: lang.f(
            "qbrp_cover_subtitle",
            &args(&[
                ("partner", pt.name.as_str().into()),
                ("company", view.company.as_str().into()),
            ]),
        ),
        company: view.company.clone(),
        lines,
    }
}

fn next_qbr_line(view: &PartnerView, lang: &Lang) -> String {
    match view.partner.next_qbr {
        Some(d) => lang.f(
            "qbrp_next",
            &args(&[("date", lang.fmt.date(d, DateStyle::Long).into())]),
        ),
        None => lang.t("qbr_next_none").into_owned(),
    }
}

/// Page one: key figures and the distance to the next tier.
fn relationship(view: &PartnerView, lang: &Lang, b: &mut Vec<Block>) {
    let pt = &view.partner;
    let amounts = Amounts {
        style: &view.money,
        pipeline: view.pipeline_shown(),
    };
    b.push(h(
        1,
        lang.f(
            "qbr_relationship_title",
            &args(&[("partner", pt.name.as_str().into())]),
        ),
    ));
    if let Some(d) = &pt.distance {
        b.push(p(distance::sentence_in(d, &amounts, lang), TextStyle::Lead));
    }
    let money = |m: Option<crate::values::Money>| {
        m.map_or_else(
            || lang.t("s_req_not_recorded").into_owned(),
            |m| m.display(&view.money),
        )
    };
    let mut tiles = vec![
        Kpi {
            label: lang.t("qbr_tile_tier").into_owned(),
            value: tier_word(pt.tier, lang),
            caption: lang.word("partner_status", pt.status.as_str()),
            progress: None,
            tone: Tone::Accent,
        },
        Kpi {
            label: lang.t("qbr_tile_pipeline").into_owned(),
            value: pt.pipeline.map_or_else(
                || lang.t("s_req_not_recorded").into_owned(),
                |m| amounts.pipeline.show(m),
            ),
            caption: String::new(),
            progress: None,
            tone: Tone::Neutral,
        },
        Kpi {
            label: lang.t("qbr_tile_arr").into_owned(),
            value: money(pt.arr),
            caption: lang.t("qbr_tile_arr_caption").into_owned(),
            progress: None,
            tone: Tone::Neutral,
        },
        Kpi {
            label: lang.t("qbr_tile_next_qbr").into_owned(),
            value: pt.next_qbr.map_or_else(
                || lang.t("qbr_not_scheduled").into_owned(),
                |d| lang.fmt.date(d, DateStyle::Short),
            ),
            caption: pt
                .next_qbr
                .map(|d| lang.fmt.date(d, DateStyle::Long))
                .unwrap_or_default(),
            progress: None,
            tone: Tone::Neutral,
        },
    ];
    if let Some((score, band)) = pt.score {
        tiles.push(Kpi {
            label: lang.t("qbr_tile_score").into_owned(),
            value: crate::pack::tables::score(lang, score),
            caption: lang.word("band", band.as_str()),
            progress: Some((score / 100.0) as f32),
            tone: crate::pack::tables::band_tone(band),
        });
    }
    b.push(Block::KpiTiles(tiles));
    let Some(d) = &pt.distance else {
        return;
    };
    let Some(next) = d.next else {
        return;
    };
    let tier = reasons::tier(next, lang);
    b.push(h(
        2,
        lang.f(
            "qbr_distance_title",
            &args(&[("tier", tier.as_str().into())]),
        ),
    ));
    b.push(super::doc::requirement_table(
        &amounts,
        lang,
        next,
        &d.requirements,
        &lang.t("qbrp_col_you_have"),
    ));
    b.push(p(lang.t("qbr_status_note"), TextStyle::Muted));
}

/// The partner's commitments and its tier's benefits.
fn commitments(view: &PartnerView, lang: &Lang, b: &mut Vec<Block>) {
    let pt = &view.partner;
    let Some(tier) = view
        .tiers
        .iter()
        .find(|t| TierLevel::Tier(t.level) == pt.tier)
    else {
        return;
    };
    let name = reasons::tier(tier.level, lang);
    b.push(h(
        1,
        lang.f("qbrp_your_tier", &args(&[("tier", name.as_str().into())])),
    ));
    if !tier.commitments.is_empty() {
        b.push(h(
            2,
            lang.f(
                "qbr_tier_commitments",
                &args(&[("tier", name.as_str().into())]),
            ),
        ));
        b.push(Block::Bullets(tier.commitments.clone()));
    }
    b.push(h(
        2,
        lang.f(
            "qbr_tier_benefits",
            &args(&[("tier", name.as_str().into())]),
        ),
    ));
    let mut benefits = tier.benefits.clone();
    if let Some(m) = pt.mdf {
        benefits.push(format!(
            "{}: {}",
            lang.t("qbr_benefit_mdf"),
            m.display(&view.money)
        ));
    }
    if let Some(pam) = &pt.pam {
        benefits.push(format!("{}: {pam}", lang.t("qbr_benefit_pam")));
    }
    b.push(Block::Bullets(benefits));
}

/// Joint roadmap items and the executive sponsors.
fn joint_plan(view: &PartnerView, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(1, lang.t("qbrp_joint_plan").into_owned()));
    b.push(h(2, lang.t("qbr_roadmap_title").into_owned()));
    if view.roadmap.is_empty() {
        b.push(p(lang.t("qbrp_roadmap_none"), TextStyle::Muted));
    } else {
        let rows = view
            .roadmap
            .iter()
            .map(|i| {
                vec![
                    Cell::text(i.quarter.clone()),
                    Cell::text(i.title.clone()),
                    Cell::text(
                        i.due
                            .map(|d| lang.fmt.date(d, DateStyle::Medium))
                            .unwrap_or_default(),
                    ),
                ]
            })
            .collect();
        b.push(Block::Table(table(
            vec![
                col(&lang.t("qbr_col_quarter"), 0.12, Align::Left),
                col(&lang.t("qbr_col_item"), 0.64, Align::Left),
                col(&lang.t("qbr_col_due"), 0.24, Align::Left),
            ],
            rows,
        )));
    }
    b.push(h(2, lang.t("qbr_sponsors_title").into_owned()));
    if view.sponsors.is_empty() {
        b.push(p(lang.t("qbrp_sponsors_none"), TextStyle::Muted));
        return;
    }
    b.push(super::sections::sponsors_table(
        lang,
        view.sponsors
            .iter()
            .map(|s| [&s.partner_executive, &s.our_counterpart, &s.cadence]),
    ));
}

/// The tier framework: what each tier asks and gives.
fn framework(view: &PartnerView, lang: &Lang, b: &mut Vec<Block>) {
    if view.tiers.is_empty() {
        return;
    }
    b.push(h(1, lang.t("qbrp_framework").into_owned()));
    b.push(crate::pack::program::tier_requirements(
        &view.tiers,
        &view.money,
        lang,
    ));
    for t in &view.tiers {
        if t.benefits.is_empty() {
            continue;
        }
        let name = reasons::tier(t.level, lang);
        b.push(h(
            2,
            lang.f(
                "qbr_tier_benefits",
                &args(&[("tier", name.as_str().into())]),
            ),
        ));
        b.push(Block::Bullets(t.benefits.clone()));
    }
}
