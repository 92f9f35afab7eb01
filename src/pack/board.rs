//! Board pack: the board summary, one page that says where the program stands against
//! this year's plan, what the board is asked to decide and which risks it should know.
//! The text comes from `render::board`, which the site's dashboard shares.

use super::tables::{col, h, p, table};
use crate::analysis::board::SUMMARY_RISKS;
use crate::history::delta::Headline;
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
    b: &mut Vec<Block>,
    lang: &crate::i18n::Lang,
) {
    let mut last = Vec::new();
    for fit in FITS {
        let mut blocks = Vec::new();
        page(pr, since, fit, &mut blocks, lang);
        let fits = crate::pdf::pages_of(fonts, blocks.clone()).is_ok_and(|n| n <= 1);
        last = blocks;
        if fits {
            break;
        }
    }
    b.extend(last);
}

fn page(
    pr: &Project,
    since: Option<&Headline>,
    fit: Fit,
    b: &mut Vec<Block>,
    lang: &crate::i18n::Lang,
) {
    let plan = &pr.plan;
    let a = &pr.analysis;
    b.push(h(1, "Board summary"));
    b.push(p(words::headline(plan, a, lang), TextStyle::Lead));
    b.push(h(
        2,
        format!("Scorecard against the {} plan", plan.program.year),
    ));
    let mut columns = vec![
        col("Measure", 5.0, Align::Left),
        col("Actual", 1.6, Align::Right),
        col("Plan", 2.6, Align::Right),
        col("Variance", 1.9, Align::Right),
    ];
    if let Some(h) = since {
        columns.push(col(&format!("Since {}", h.since), 1.8, Align::Right));
    }
    columns.push(col("Status", 1.6, Align::Left));
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
        format!(
            "Status: the actual as a share of the plan due by the meeting on {} (● on track from {}, ▲ at risk below it, ■ off track below {}); a plan with a due date runs in a straight line from 1 January to its target.",
            words::long_date(a.board.meeting, lang),
            crate::values::Percent(plan.board.at_risk_below).display(),
            crate::values::Percent(plan.board.off_track_below).display()
        ),
        TextStyle::Muted,
    ));
    asks(pr, fit, b, lang);
    risks(pr, fit.risks, b, lang);
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

fn asks(pr: &Project, fit: Fit, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    b.push(h(2, "For decision"));
    let all = words::asks(&pr.plan, &pr.analysis, lang);
    if all.is_empty() {
        b.push(p("None this meeting.", TextStyle::Body));
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
    b.push(Block::Table(table(ask_columns(), rows)));
    if all.len() > fit.asks {
        b.push(p(
            format!(
                "{} more: every ask is listed in the appendix (Asks of the board).",
                all.len() - fit.asks
            ),
            TextStyle::Muted,
        ));
    }
}

fn ask_columns() -> Vec<crate::pdf::Column> {
    vec![
        col("Item", 1.6, Align::Left),
        col("What and why", 5.4, Align::Left),
        col("Recommendation", 4.0, Align::Left),
    ]
}

/// Every ask, for the appendix, when the summary could not hold them all.
pub fn all_asks(pr: &Project, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    let all = words::asks(&pr.plan, &pr.analysis, lang);
    if all.len() <= 1 {
        return;
    }
    b.push(h(2, "Asks of the board"));
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
    b.push(Block::Table(table(ask_columns(), rows)));
}

fn risks(pr: &Project, shown: usize, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    let a = &pr.analysis;
    b.push(h(2, "Risks"));
    if a.board.risks.is_empty() {
        b.push(p("No risk to report this meeting.", TextStyle::Body));
        return;
    }
    b.push(risk_table(
        pr,
        &a.board.risks[..shown.min(a.board.risks.len())],
        lang,
    ));
    if a.board.risks.len() > shown {
        b.push(p(
            format!(
                "The {} most severe of {}; the risk register in the appendix lists every one.",
                shown.min(a.board.risks.len()),
                a.board.risks.len()
            ),
            TextStyle::Muted,
        ));
    }
}

/// Every risk, most severe first (the appendix's risk register).
pub fn register(pr: &Project, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    let a = &pr.analysis;
    if a.board.risks.len() <= 1 {
        return;
    }
    b.push(h(2, "Risk register"));
    b.push(risk_table(pr, &a.board.risks, lang));
}

/// Risks in business words, with their owner and severity.
fn risk_table(
    pr: &Project,
    risks: &[crate::analysis::board::Risk],
    lang: &crate::i18n::Lang,
) -> Block {
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
            col("Risk", 8.0, Align::Left),
            col("Owner", 2.4, Align::Left),
            col("Severity", 1.4, Align::Left),
        ],
        rows,
    ))
}
