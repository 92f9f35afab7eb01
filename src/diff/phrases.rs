//! The phrases the sentences of a diff are made of: `old → new`, a band crossing, a
//! tier move, progress towards a target, list edits.

use super::change::Word;
use crate::analysis::Band;
use crate::model::{DecisionKind, TierLevel};

/// `old → new`, or what happened when one side is missing.
pub fn from_to(old: Option<&str>, new: Option<&str>, none: &str) -> String {
    match (old, new) {
        (Some(o), Some(n)) => format!("{o} → {n}"),
        (None, Some(n)) => format!("{none} → {n}"),
        (Some(o), None) => format!("{o} → {none}"),
        (None, None) => none.to_string(),
    }
}

/// A vocabulary value's label, or `none` when there is none.
pub fn label_or<T: Word>(v: Option<T>, none: &'static str) -> &'static str {
    v.map_or(none, Word::label)
}

/// What a decision matrix supports: `BUILD or PARTNER`, or `no outcome`.
pub fn outcome(kinds: &[DecisionKind]) -> String {
    if kinds.is_empty() {
        "no outcome".into()
    } else {
        kinds
            .iter()
            .map(|k| k.word())
            .collect::<Vec<_>>()
            .join(" or ")
    }
}

/// A percentage without decimals, or `–` when unknown.
pub fn percent(p: Option<f64>) -> String {
    p.map_or_else(|| "–".into(), |p| format!("{p:.0}%"))
}

/// `added a, b; removed c; reordered to …`: what happened to a list.
pub fn list_text(added: &[String], removed: &[String], reordered: &[String]) -> String {
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("added {}", added.join(", ")));
    }
    if !removed.is_empty() {
        parts.push(format!("removed {}", removed.join(", ")));
    }
    if !reordered.is_empty() {
        parts.push(format!("reordered to {}", reordered.join(", ")));
    }
    parts.join("; ")
}

/// `score 85.75 → 72.25`, with the band crossing when there is one.
pub fn score_text(old: f64, new: f64, from: Band, to: Band) -> String {
    let band = if from == to {
        String::new()
    } else {
        format!(" ({} → {})", from.label(), to.label())
    };
    format!("score {old:.2} → {new:.2}{band}")
}

/// `tier Gold → Platinum (promotion)`.
pub fn tier_text(from: TierLevel, to: TierLevel) -> String {
    let dir = if to.rank() < from.rank() {
        "promotion"
    } else {
        "demotion"
    };
    format!("tier {} → {} ({dir})", from.label(), to.label())
}

/// `current $16.5M → $19M (50% → 59% of target)`.
pub fn progress_text(
    old: &Option<String>,
    new: &Option<String>,
    old_progress: Option<f64>,
    new_progress: Option<f64>,
) -> String {
    let mut text = format!(
        "current {}",
        from_to(old.as_deref(), new.as_deref(), "none")
    );
    if old_progress.is_some() || new_progress.is_some() {
        text.push_str(&format!(
            " ({} → {} of target)",
            percent(old_progress),
            percent(new_progress)
        ));
    }
    text
}

/// `status Active → Paused`: a labelled value that changed.
pub fn transition(what: &str, from: &str, to: &str) -> String {
    format!("{what} {from} → {to}")
}

/// ` (3 times)` for a finding that occurs more than once.
pub fn times(n: usize) -> String {
    if n > 1 {
        format!(" ({n} times)")
    } else {
        String::new()
    }
}

/// Names joined with commas, or `none`.
pub fn or_none(v: &[String]) -> String {
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}
