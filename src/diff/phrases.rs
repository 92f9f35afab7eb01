//! The phrases the sentences of a diff are made of: `old → new`, a band crossing, a
//! tier move, progress towards a target, list edits; worded by the catalog of a
//! [`Lang`] (`c_…` messages in `changes.ftl`).

use super::change::Word;
use super::value::{Value, Values};
use crate::analysis::Band;
use crate::i18n::{args, Lang};
use crate::model::{Better, DecisionKind, TierLevel};

/// `old → new`, or what happened when one side is missing (`none` for that side).
pub fn from_to(lang: &Lang, old: Option<&str>, new: Option<&str>) -> String {
    let none = || lang.t("c_none").into_owned();
    match (old, new) {
        (Some(o), Some(n)) => arrow(lang, o, n),
        (None, Some(n)) => arrow(lang, &none(), n),
        (Some(o), None) => arrow(lang, o, &none()),
        (None, None) => none(),
    }
}

/// `a → b`.
pub fn arrow(lang: &Lang, from: &str, to: &str) -> String {
    lang.f(
        "c_arrow",
        &args(&[
            ("from", from.to_string().into()),
            ("to", to.to_string().into()),
        ]),
    )
}

/// A vocabulary value's label, or `none` when there is none.
pub fn label_or<T: Word>(lang: &Lang, v: Option<T>) -> String {
    v.map_or_else(|| lang.t("c_none").into_owned(), |v| v.text(lang))
}

/// What a decision matrix supports: `BUILD or PARTNER`, or `no outcome`.
pub fn outcome(lang: &Lang, kinds: &[DecisionKind]) -> String {
    let mut words = kinds.iter().map(|k| k.text(lang));
    let Some(first) = words.next() else {
        return lang.t("c_no_outcome").into_owned();
    };
    words.fold(first, |a, b| {
        lang.f("c_or", &args(&[("a", a.into()), ("b", b.into())]))
    })
}

/// A percentage without decimals, or `–` when unknown.
pub fn percent(lang: &Lang, p: Option<f64>) -> String {
    p.map_or_else(|| "–".into(), |p| lang.fmt.percent(p, 0))
}

/// A score with two decimals, in the locale's form (`85.75`, `85,75`).
pub fn score(lang: &Lang, v: f64) -> String {
    lang.fmt.number(v, 2)
}

/// Clauses joined (`a; b`), as the catalog joins them.
pub fn clauses(lang: &Lang, parts: Vec<String>) -> String {
    let mut it = parts.into_iter();
    let first = it.next().unwrap_or_default();
    it.fold(first, |a, b| {
        lang.f("c_clauses", &args(&[("a", a.into()), ("b", b.into())]))
    })
}

/// Names joined as the catalog joins them (`a, b, c`; `a、b、c`).
pub fn names(lang: &Lang, v: &[String]) -> String {
    let mut it = v.iter().cloned();
    let first = it.next().unwrap_or_default();
    it.fold(first, |a, b| {
        lang.f("c_join", &args(&[("a", a.into()), ("b", b.into())]))
    })
}

/// `added a, b; removed c; reordered to …`: what happened to a list.
pub fn list_text(
    lang: &Lang,
    added: &[String],
    removed: &[String],
    reordered: &[String],
) -> String {
    let mut parts = Vec::new();
    let part =
        |id: &str, items: &[String]| lang.f(id, &args(&[("items", names(lang, items).into())]));
    if !added.is_empty() {
        parts.push(part("c_list_added", added));
    }
    if !removed.is_empty() {
        parts.push(part("c_list_removed", removed));
    }
    if !reordered.is_empty() {
        parts.push(part("c_list_reordered", reordered));
    }
    clauses(lang, parts)
}

/// `score 85.75 → 72.25`, with the band crossing when there is one.
pub fn score_text(lang: &Lang, old: f64, new: f64, from: Band, to: Band) -> String {
    let mut a = args(&[
        ("from", score(lang, old).into()),
        ("to", score(lang, new).into()),
    ]);
    if from == to {
        return lang.f("c_score", &a);
    }
    a.set("band_from", from.text(lang));
    a.set("band_to", to.text(lang));
    lang.f("c_score_band", &a)
}

/// `tier Gold → Platinum (promotion)`.
pub fn tier_text(lang: &Lang, from: TierLevel, to: TierLevel) -> String {
    let id = if to.rank() < from.rank() {
        "c_tier_promotion"
    } else {
        "c_tier_demotion"
    };
    lang.f(
        id,
        &args(&[
            ("from", from.text(lang).into()),
            ("to", to.text(lang).into()),
        ]),
    )
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
pub fn progress_text(lang: &Lang, current: &Values, verdict: Option<bool>, p: &Progress) -> String {
    let (old, new) = current.shown(lang);
    let change = from_to(lang, old.as_deref(), new.as_deref());
    let id = match verdict {
        Some(true) => "c_current_better",
        Some(false) => "c_current_worse",
        None => "c_current",
    };
    let mut parts = vec![lang.f(id, &args(&[("change", change.into())]))];
    if p.from.is_some() || p.to.is_some() {
        let mut a = args(&[
            ("from", percent(lang, p.from).into()),
            ("to", percent(lang, p.to).into()),
        ]);
        let id = match (p.baseline, p.better) {
            (Some(b), _) => {
                a.set("baseline", b.display(lang));
                "c_progress_baseline"
            }
            (None, Better::Higher) => "c_progress_of_target",
            (None, Better::Lower) => "c_progress_lower",
        };
        parts.push(lang.f(id, &a));
    }
    clauses(lang, parts)
}

/// `status Active → Paused`: a status that changed.
pub fn status(lang: &Lang, from: &str, to: &str) -> String {
    lang.f(
        "c_status",
        &args(&[
            ("from", from.to_string().into()),
            ("to", to.to_string().into()),
        ]),
    )
}

/// ` (3 times)` for a finding that occurs more than once (terminal and JSON only: rule
/// findings are not in the site's or the pack's change report).
pub fn times(n: usize) -> String {
    if n > 1 {
        format!(" ({n} times)")
    } else {
        String::new()
    }
}

/// Names joined with commas, or `none`.
pub fn or_none(lang: &Lang, v: &[String]) -> String {
    if v.is_empty() {
        lang.t("c_none").into_owned()
    } else {
        names(lang, v)
    }
}
