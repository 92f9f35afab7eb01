//! Board pack: the board summary, one page that says where the program stands against
//! this year's plan, what the board is asked to decide and which risks it should know.
//! The text comes from `render::board`, which the site's dashboard shares.

use super::tables::{col, h, p, table};
use crate::analysis::board::SUMMARY_RISKS;
use crate::history::delta::Headline;
use crate::pdf::{Align, Block, Cell, TextStyle, Tone};
use crate::project::Project;
use crate::render::board::{self as words, AskText};

/// The most asks the summary lists; the rest are in the tier review.
pub const SUMMARY_ASKS: usize = 5;

/// The board summary: headline, scorecard, asks and risks, on one page.
pub fn summary(pr: &Project, since: Option<&Headline>, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let a = &pr.analysis;
    b.push(h(1, "Board summary"));
    b.push(p(words::headline(plan, a), TextStyle::Lead));
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
            let t = words::line(l, plan, a, since);
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
            cells.push(Cell::toned(
                format!("{} {}", t.shape, t.status),
                tone(&t.tone),
            ));
            cells
        })
        .collect();
    b.push(Block::Table(table(columns, rows)));
    b.push(p(
        format!(
            "Status is the actual as a share of the plan due by the meeting on {}: on track from {}, at risk below it, off track below {} (board.status). Figures with a due date are judged against a straight line from the start of the year to their target.",
            words::long_date(a.board.meeting),
            crate::values::Percent(plan.board.at_risk_below).display(),
            crate::values::Percent(plan.board.off_track_below).display()
        ),
        TextStyle::Muted,
    ));
    asks(pr, b);
    risks(pr, b);
}

fn tone(name: &str) -> Tone {
    match name {
        "ok" => Tone::Good,
        "warn" => Tone::Warn,
        "bad" => Tone::Bad,
        _ => Tone::Neutral,
    }
}

fn asks(pr: &Project, b: &mut Vec<Block>) {
    b.push(h(2, "For decision"));
    let all = words::asks(&pr.plan, &pr.analysis);
    if all.is_empty() {
        b.push(p("None this meeting.", TextStyle::Body));
        return;
    }
    let rows = all
        .iter()
        .take(SUMMARY_ASKS)
        .map(|t: &AskText| {
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
    b.push(Block::Table(table(
        vec![
            col("Item", 1.6, Align::Left),
            col("What and why", 6.0, Align::Left),
            col("Recommendation", 3.2, Align::Left),
        ],
        rows,
    )));
    if all.len() > SUMMARY_ASKS {
        b.push(p(
            format!(
                "{} more in the tier review.",
                crate::text::plural(all.len() - SUMMARY_ASKS, "recommended tier move")
            ),
            TextStyle::Muted,
        ));
    }
}

fn risks(pr: &Project, b: &mut Vec<Block>) {
    let a = &pr.analysis;
    b.push(h(2, "Risks"));
    if a.board.risks.is_empty() {
        b.push(p("No risk to report this meeting.", TextStyle::Body));
        return;
    }
    let rows = a
        .board
        .top_risks()
        .iter()
        .map(|r| {
            let t = words::risk(&pr.plan, a, r);
            vec![
                Cell::text(t.text),
                Cell::text(t.owner),
                Cell::text(t.severity),
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col("Risk", 8.0, Align::Left),
            col("Owner", 2.4, Align::Left),
            col("Severity", 1.4, Align::Left),
        ],
        rows,
    )));
    if a.board.risks.len() > SUMMARY_RISKS {
        b.push(p(
            format!(
                "The {} most severe of {}; the risk register in the appendix lists every one.",
                SUMMARY_RISKS,
                a.board.risks.len()
            ),
            TextStyle::Muted,
        ));
    }
}

/// Every risk, most severe first (the appendix's risk register).
pub fn register(pr: &Project, b: &mut Vec<Block>) {
    let a = &pr.analysis;
    if a.board.risks.len() <= SUMMARY_RISKS {
        return;
    }
    b.push(h(2, "Risk register"));
    let rows = a
        .board
        .risks
        .iter()
        .map(|r| {
            let t = words::risk(&pr.plan, a, r);
            vec![
                Cell::text(t.text),
                Cell::text(t.owner),
                Cell::text(t.severity),
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col("Risk", 8.0, Align::Left),
            col("Owner", 2.4, Align::Left),
            col("Severity", 1.4, Align::Left),
        ],
        rows,
    )));
}
