//! Small builders shared by the board pack sections: tables, tones and plain text.

use crate::analysis::Band;
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

pub use crate::text::plain_text;

/// An attractiveness score, always with two decimals (`85.75`, `69.00`, `82.50`).
pub use crate::values::score as score_text;

/// Longest list a board pack section shows; the site has the rest.
pub const LIST_LIMIT: usize = 25;

/// "… and N more" under a list cut at [`LIST_LIMIT`].
pub fn more_note(total: usize, b: &mut Vec<Block>) {
    if total > LIST_LIMIT {
        b.push(p(
            format!(
                "… and {} more, listed in the handbook site.",
                total - LIST_LIMIT
            ),
            TextStyle::Muted,
        ));
    }
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
        assert_eq!(super::score_text(85.75), "85.75");
        assert_eq!(super::score_text(69.0), "69.00");
        assert_eq!(super::score_text(82.5), "82.50");
        assert_eq!(
            super::plain_text("A **b** [c](partner:x).\n\nD."),
            "A b c.\nD."
        );
    }
}
