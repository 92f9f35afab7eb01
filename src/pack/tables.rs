//! Small builders shared by the board pack sections: tables, tones and plain text.

use crate::analysis::board::Status;
use crate::analysis::Band;
use crate::i18n::{args, Lang};
use crate::model::{DecisionStatus, ItemStatus};
use crate::pdf::{Align, Block, Cell, Column, Heading, Paragraph, Row, Table, TextStyle, Tone};

/// A column: header, relative width, alignment.
pub fn col(header: &str, width: f32, align: Align) -> Column {
    Column {
        header: header.into(),
        width,
        align,
    }
}

/// A table from columns and rows of cells.
pub fn table(columns: Vec<Column>, rows: Vec<Vec<Cell>>) -> Table {
    Table {
        columns,
        rows: rows
            .into_iter()
            .map(|cells| Row {
                cells,
                outline: None,
            })
            .collect(),
    }
}

pub fn band_tone(b: Band) -> Tone {
    match b {
        Band::Priority => Tone::Good,
        Band::Secondary => Tone::Accent,
        Band::Opportunistic => Tone::Neutral,
    }
}

pub fn item_tone(s: ItemStatus) -> Tone {
    match s {
        ItemStatus::Done => Tone::Good,
        ItemStatus::InProgress => Tone::Accent,
        ItemStatus::Planned => Tone::Neutral,
        ItemStatus::AtRisk => Tone::Warn,
        ItemStatus::Dropped => Tone::Bad,
    }
}

pub fn decision_tone(s: DecisionStatus) -> Tone {
    match s {
        DecisionStatus::Active => Tone::Good,
        DecisionStatus::Proposed => Tone::Accent,
        DecisionStatus::Superseded | DecisionStatus::Retired => Tone::Neutral,
    }
}

pub use crate::text::plain_text_smart;

/// Longest list a board pack section shows; the site has the rest.
pub const LIST_LIMIT: usize = 25;

/// "… and N more" under a list cut at [`LIST_LIMIT`].
pub fn more_note(lang: &Lang, total: usize, b: &mut Vec<Block>) {
    if total > LIST_LIMIT {
        b.push(p(
            lang.f("pack_more", &args(&[("n", (total - LIST_LIMIT).into())])),
            TextStyle::Muted,
        ));
    }
}

/// An attractiveness score in the locale's digits, always with two decimals.
pub fn score(lang: &Lang, v: f64) -> String {
    lang.fmt.number(v, 2)
}

/// A count in the locale's digits.
pub fn count(lang: &Lang, n: usize) -> String {
    lang.fmt.digits(&n.to_string())
}

/// A number as Rust writes it (`25`, `12.5`), in the locale's digits.
pub fn num(lang: &Lang, v: f64) -> String {
    lang.fmt.digits(&v.to_string())
}

/// A number Rust wrote with its sign (`+0.25`, `-5`), in the locale's digits.
pub fn signed(lang: &Lang, written: &str) -> String {
    match written.strip_prefix(['+', '-']) {
        Some(rest) => format!("{}{}", &written[..1], lang.fmt.digits(rest)),
        None => lang.fmt.digits(written),
    }
}

/// A share as [`crate::values::share_text`] rounds it (`35%`, `2.5%`), in the locale's form.
pub fn share(lang: &Lang, v: f64) -> String {
    let plain = crate::values::share_text(v);
    percent_of(lang, &lang.fmt.digits(plain.trim_end_matches('%')))
}

/// Digits already in the locale's form with the locale's percent sign (`35%`, `35 %`).
pub fn percent_of(lang: &Lang, digits: &str) -> String {
    lang.fmt.percent(1.0, 0).replacen('1', digits, 1)
}

/// Names in a list, with the language's separator (`A, B`; `A、B`).
pub fn list(lang: &Lang, items: &[impl AsRef<str>]) -> String {
    let sep = lang.t("pack_list_sep");
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(&sep)
}

/// A vocabulary word of the board's scorecard: `On track`, `Im Plan`.
pub fn status_word(lang: &Lang, s: Status) -> String {
    let w = match s {
        Status::OnTrack => "on-track",
        Status::AtRisk => "at-risk",
        Status::OffTrack => "off-track",
    };
    lang.word("board_status", w)
}

pub fn h(level: u8, text: impl Into<String>) -> Block {
    Block::Heading(Heading {
        level,
        text: text.into(),
    })
}

pub fn p(text: impl Into<String>, style: TextStyle) -> Block {
    Block::Paragraph(Paragraph {
        text: text.into(),
        style,
    })
}

/// A progress fraction (`analysis::ratio`) as a bar, full at the target.
pub fn bar(progress: Option<f64>) -> Option<f32> {
    progress.map(|f| f.clamp(0.0, 1.0) as f32)
}

pub fn bullets_or(items: Vec<String>, empty: &str) -> Block {
    if items.is_empty() {
        p(empty, TextStyle::Muted)
    } else {
        Block::Bullets(items)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn texts() {
        assert_eq!(crate::values::score(85.75), "85.75");
        assert_eq!(crate::values::score(69.0), "69.00");
        assert_eq!(crate::values::score(82.5), "82.50");
        assert_eq!(
            crate::text::plain_text("A **b** [c](partner:x).\n\nD."),
            "A b c.\nD."
        );
    }
}
