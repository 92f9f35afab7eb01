//! View structs: everything a template shows, computed from the project. Templates
//! only format; every number, label and link is decided here.

pub mod analyses;
pub mod competitors;
pub mod decisions;
pub mod economics;
pub mod governance;
pub mod handbook;
pub mod history;
pub mod home;
pub mod landscape;
pub mod okrs;
pub mod partner;
pub mod partner_fit;
pub mod strategy;
pub mod tiers;

use crate::analysis::Band;
use crate::i18n::Lang;
use crate::model::{
    DecisionKind, DecisionStatus, ItemStatus, Landscape, PartnerStatus, TierLevel, TierName,
};
use serde::Serialize;

/// A status chip: a label and the CSS class that colours it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Chip {
    pub label: String,
    pub class: String,
}

impl Chip {
    pub fn new(label: impl Into<String>, class: impl Into<String>) -> Chip {
        Chip {
            label: label.into(),
            class: class.into(),
        }
    }
}

pub fn band_chip(l: &Lang, b: Band) -> Chip {
    Chip::new(l.word("band", b.as_str()), format!("band-{}", b.as_str()))
}

pub fn tier_chip(l: &Lang, t: TierLevel) -> Chip {
    Chip::new(l.word("tier", t.as_str()), format!("tier-{}", t.as_str()))
}

pub fn tier_name_chip(l: &Lang, t: TierName) -> Chip {
    tier_chip(l, TierLevel::Tier(t))
}

pub fn landscape_chip(l: &Lang, land: Landscape) -> Chip {
    Chip::new(
        format!("{} · {}", land.as_str(), l.word("landscape", land.as_str())),
        format!("land-{}", land.as_str().to_lowercase()),
    )
}

pub fn status_chip(l: &Lang, s: PartnerStatus) -> Chip {
    let class = match s {
        PartnerStatus::Active => "ok",
        PartnerStatus::Recruiting => "info",
        PartnerStatus::Prospect => "neutral",
        PartnerStatus::Paused => "warn",
        PartnerStatus::Exited => "muted",
    };
    Chip::new(l.word("partner_status", s.as_str()), class)
}

pub fn item_status_chip(l: &Lang, s: ItemStatus) -> Chip {
    let class = match s {
        ItemStatus::Done => "ok",
        ItemStatus::InProgress => "info",
        ItemStatus::Planned => "neutral",
        ItemStatus::AtRisk => "bad",
        ItemStatus::Dropped => "muted",
    };
    Chip::new(l.word("item_status", s.as_str()), class)
}

/// A decision's outcome as the log writes it, in capitals (`BUILD`).
pub fn decision_kind_word(l: &Lang, k: DecisionKind) -> String {
    l.word("decision_kind", k.as_str()).to_uppercase()
}

pub fn decision_kind_chip(l: &Lang, k: DecisionKind) -> Chip {
    Chip::new(
        decision_kind_word(l, k),
        format!("kind-{}", k.as_str().to_lowercase()),
    )
}

pub fn decision_status_chip(l: &Lang, s: DecisionStatus) -> Chip {
    let class = match s {
        DecisionStatus::Active => "ok",
        DecisionStatus::Proposed => "info",
        DecisionStatus::Superseded | DecisionStatus::Retired => "muted",
    };
    Chip::new(l.word("decision_status", s.as_str()), class)
}

pub use crate::values::decimal2;
/// An attractiveness score, always with two decimals (`85.75`, `62.50`, `70.00`).
pub use crate::values::score as score_text;

/// A share as a whole-number percentage, or one decimal below 10 %.
pub use crate::values::share_text as percent_text;

/// Joins words as prose: `a`, `a and b`, `a, b and c` (in the plan's language).
pub fn join_words(l: &Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [rest @ .., last] => l.f(
            "v_join",
            &crate::i18n::args(&[
                ("first", rest.join(&l.t("v_join_sep")).into()),
                ("last", last.as_str().into()),
            ]),
        ),
    }
}

/// "Yes" / "No" for booleans in tables.
pub fn yes_no(l: &Lang, b: bool) -> String {
    l.t(if b { "v_yes" } else { "v_no" }).into_owned()
}

/// The name of scoring factor `k` (`Market influence`).
pub fn factor_label(l: &Lang, k: usize) -> String {
    l.t(FACTOR_IDS.get(k).copied().unwrap_or("v_factor_weight"))
        .into_owned()
}

/// The messages of the five scoring factors, in the order of `FACTOR_LABELS`.
pub const FACTOR_IDS: [&str; 5] = [
    "v_factor_icp",
    "v_factor_influence",
    "v_factor_practice",
    "v_factor_appetite",
    "v_factor_revenue",
];

/// `Market influence weight +5` for the near-the-line sensitivity analysis.
pub fn weight_move(l: &Lang, factor: usize, delta: f64) -> String {
    let sign = if delta >= 0.0 { "+" } else { "−" };
    l.f(
        "v_weight_move",
        &crate::i18n::args(&[
            ("factor", factor_label(l, factor).into()),
            (
                "change",
                format!("{sign}{}", l.fmt.number_trim(delta.abs(), 2)).into(),
            ),
        ]),
    )
}
