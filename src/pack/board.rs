//! Board pack: the board summary, one page that says where the program stands against
//! this year's plan, what the board is asked to decide and which risks it should know.
//! The text comes from `render::board`, which the site's dashboard shares.

use super::tables::{col, h, p, table};
use crate::analysis::board::SUMMARY_RISKS;
use crate::history::delta::Headline;
use crate::i18n::formats::DateStyle;
use crate::i18n::{args, Lang};
use crate::pdf::{Align, Block, Cell, FontSet, TextStyle, Tone};
use crate::project::Project;
use crate::render::board::{self as words, AskText};

/// How much of the asks and risks the summary holds: it tries the fullest first and
/// takes the first that fits one page.
#[derive(Debug, Clone, Copy)]
struct Fit {
    asks: usize,
    risks: usize,
    /// Longest rationale shown, in characters (`None`: the whole first sentence).
    rationale: Option<usize>,
}

const FITS: [Fit; 7] = [
    Fit {
        asks: 5,
        risks: SUMMARY_RISKS,
        rationale: None,
    },
    Fit {
        asks: 4,
        risks: SUMMARY_RISKS,
        rationale: Some(160),
    },
    Fit {
        asks: 3,
        risks: SUMMARY_RISKS,
        rationale: Some(120),
    },
    Fit {
        asks: 3,
        risks: 4,
        rationale: Some(90),
    },
    Fit {
        asks: 2,
        risks: 3,
        rationale: Some(80),
    },
    Fit {
        asks: 1,
        risks: 3,
        rationale: Some(60),
    },
    Fit {
        asks: 1,
        risks: 2,
        rationale: Some(0),
    },
];

/// The board summary: headline, scorecard, asks and risks, on one page (the first of
/// [`FITS`] whose layout takes one page; the rest is in the appendix).
pub fn summary(
    pr: &Project,
    since: Option<&Headline>,
    fonts: &FontSet,
    lang: &Lang,
    b: &mut Vec<Block>,
) {
    let mut last = Vec::new();
    for fit in FITS {
        let mut blocks = Vec::new();
        page(pr, since, fit, lang, &mut blocks);
        let tag = lang.catalog.tag();
        let fits = crate::pdf::pages_of(fonts, tag, blocks.clone()).is_ok_and(|n| n <= 1);
        last = blocks;
        if fits {
            break;
        }
    }
    b.extend(last);
}

fn page(pr: &Project, since: Option<&Headline>, fit: Fit, lang: &Lang, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let a = &pr.analysis;
    b.push(h(1, lang.t("pack_board_summary")));
    b.push(p(words::headline(plan, a, lang), TextStyle::Lead));
    b.push(h(
        2,
        lang.f(
            "pack_scorecard_title",
            &args(&[("year", plan.program.year.to_string().into())]),
        ),
    ));
    let mut columns = vec![
        col(&lang.t("pack_col_measure"), 5.0, Align::Left),
        col(&lang.t("pack_col_actual"), 1.6, Align::Right),
        col(&lang.t("pack_col_plan"), 2.6, Align::Right),
        col(&lang.t("pack_col_variance"), 1.9, Align::Right),
    ];
    if let Some(h) = since {
        columns.push(col(
            &lang.f(
                "pack_col_since",
                &args(&[("since", h.since.as_str().into())]),
            ),
            1.8,
            Align::Right,
        ));
    }
    columns.push(col(&lang.t("pack_col_status"), 1.6, Align::Left));
    let rows = a
        .board
        .lines
        .iter()
        .map(|l| {
            let t = words::line(l, plan, a, since, lang);
            let mut cells = vec![
                Cell {
                    text: t.measure,
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(t.actual),
                Cell::text(t.plan),
                Cell::text(t.variance),
            ];
            if since.is_some() {
                cells.push(Cell::text(t.change));
            }
            let tone = l
                .status
                .map_or(Tone::Neutral, super::execution::status_tone);
            cells.push(Cell::toned(format!("{} {}", t.shape, t.status), tone));
            cells
        })
        .collect();
    b.push(Block::Table(table(columns, rows)));
    b.push(p(
        lang.f(
            "pack_status_note",
            &args(&[
                (
                    "date",
                    lang.fmt.date(a.board.meeting, DateStyle::Long).into(),
                ),
                (
                    "at_risk",
                    lang.fmt.percent(plan.board.at_risk_below, 1).into(),
                ),
                (
                    "off_track",
                    lang.fmt.percent(plan.board.off_track_below, 1).into(),
                ),
            ]),
        ),
        TextStyle::Muted,
    ));
    asks(pr, fit, lang, b);
    risks(pr, fit.risks, lang, b);
}

/// `text` cut at a word boundary to at most `max` characters, with an ellipsis.
fn clip(text: &str, max: Option<usize>) -> String {
    let Some(max) = max else {
        return text.to_string();
    };
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(0);
    if at == 0 {
        return String::new();
    }
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':']))
}

fn asks(pr: &Project, fit: Fit, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(2, lang.t("pack_for_decision")));
    let all = words::asks(&pr.plan, &pr.analysis, lang);
    if all.is_empty() {
        b.push(p(lang.t("pack_no_asks"), TextStyle::Body));
        return;
    }
    let rows = all
        .iter()
        .take(fit.asks)
        .map(|t: &AskText| {
            let why = clip(&t.rationale, fit.rationale);
            let text = if why.is_empty() {
                t.title.clone()
            } else {
                format!("{}\n{why}", t.title)
            };
            vec![
                Cell {
                    text: t.id.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(text),
                Cell::text(format!("{}; {}", t.recommendation, t.matrix)),
            ]
        })
        .collect();
    b.push(Block::Table(table(ask_columns(lang), rows)));
    if all.len() > fit.asks {
        b.push(p(
            lang.f(
                "pack_asks_more",
                &args(&[("n", (all.len() - fit.asks).into())]),
            ),
            TextStyle::Muted,
        ));
    }
}

fn ask_columns(lang: &Lang) -> Vec<crate::pdf::Column> {
    vec![
        col(&lang.t("pack_col_item"), 1.6, Align::Left),
        col(&lang.t("pack_col_what_and_why"), 5.4, Align::Left),
        col(&lang.t("pack_col_recommendation"), 4.0, Align::Left),
    ]
}

/// Every ask, for the appendix, when the summary could not hold them all.
pub fn all_asks(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let all = words::asks(&pr.plan, &pr.analysis, lang);
    if all.len() <= 1 {
        return;
    }
    b.push(h(2, lang.t("pack_asks_title")));
    let rows = all
        .iter()
        .map(|t| {
            vec![
                Cell {
                    text: t.id.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(format!("{}\n{}", t.title, t.rationale)),
                Cell::text(format!("{}; {}", t.recommendation, t.matrix)),
            ]
        })
        .collect();
    b.push(Block::Table(table(ask_columns(lang), rows)));
}

fn risks(pr: &Project, shown: usize, lang: &Lang, b: &mut Vec<Block>) {
    let a = &pr.analysis;
    b.push(h(2, lang.t("pack_risks")));
    if a.board.risks.is_empty() {
        b.push(p(lang.t("pack_no_risks"), TextStyle::Body));
        return;
    }
    b.push(risk_table(
        pr,
        &a.board.risks[..shown.min(a.board.risks.len())],
        lang,
    ));
    if a.board.risks.len() > shown {
        b.push(p(
            lang.f(
                "pack_risks_more",
                &args(&[
                    ("shown", shown.min(a.board.risks.len()).into()),
                    ("total", a.board.risks.len().into()),
                ]),
            ),
            TextStyle::Muted,
        ));
    }
}

/// Every risk, most severe first (the appendix's risk register).
pub fn register(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let a = &pr.analysis;
    if a.board.risks.len() <= 1 {
        return;
    }
    b.push(h(2, lang.t("pack_risk_register")));
    b.push(risk_table(pr, &a.board.risks, lang));
}

/// Risks in business words, with their owner and severity.
fn risk_table(pr: &Project, risks: &[crate::analysis::board::Risk], lang: &Lang) -> Block {
    let rows = risks
        .iter()
        .map(|r| {
            let t = words::risk(&pr.plan, &pr.analysis, r, lang);
            vec![
                Cell::text(t.text),
                Cell::text(t.owner),
                Cell::text(t.severity),
            ]
        })
        .collect();
    Block::Table(table(
        vec![
            col(&lang.t("pack_col_risk"), 8.0, Align::Left),
            col(&lang.t("pack_col_owner"), 2.4, Align::Left),
            col(&lang.t("pack_col_severity"), 1.4, Align::Left),
        ],
        rows,
    ))
}
