//! The phrases the sentences of a diff are made of: `old → new`, a band crossing, a
//! tier move, progress towards a target, list edits.

use super::change::Word;
use super::value::{Value, Values};
use crate::analysis::Band;
use crate::model::{Better, DecisionKind, TierLevel};
use crate::values::score;

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
    p.map_or_else(
        || "–".into(),
        |p| format!("{}%", crate::values::places(p, 0)),
    )
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
    format!("score {} → {}{band}", score(old), score(new))
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

/// How far a key result has come, beside its current value.
pub struct Progress<'a> {
    /// Percent of the way, before and after.
    pub from: Option<f64>,
    pub to: Option<f64>,
    /// Where the way starts; `None`: at zero.
    pub baseline: Option<&'a Value>,
    pub better: Better,
}

/// `current $16.5M → $19M (better); progress from the $9M baseline 50% → 67%`;
/// without a baseline `current 45 → 38 (worse); 100% → 84% of target`.
pub fn progress_text(current: &Values, verdict: Option<bool>, p: &Progress) -> String {
    let (old, new) = current.shown();
    let mut text = format!(
        "current {}",
        from_to(old.as_deref(), new.as_deref(), "none")
    );
    text.push_str(match verdict {
        Some(true) => " (better)",
        Some(false) => " (worse)",
        None => "",
    });
    if p.from.is_some() || p.to.is_some() {
        let pair = format!("{} → {}", percent(p.from), percent(p.to));
        match (p.baseline, p.better) {
            (Some(b), _) => text.push_str(&format!(
                "; progress from the {} baseline {pair}",
                b.display()
            )),
            (None, Better::Higher) => text.push_str(&format!("; {pair} of target")),
            (None, Better::Lower) => {
                text.push_str(&format!("; progress {pair} (target ÷ current)"))
            }
        }
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
