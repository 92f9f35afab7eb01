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

pub fn band_chip(b: Band) -> Chip {
    let label = match b {
        Band::Priority => "Priority",
        Band::Secondary => "Secondary",
        Band::Opportunistic => "Opportunistic",
    };
    Chip::new(label, format!("band-{}", b.as_str()))
}

pub fn tier_chip(t: TierLevel) -> Chip {
    Chip::new(t.label(), format!("tier-{}", t.as_str()))
}

pub fn tier_name_chip(t: TierName) -> Chip {
    tier_chip(TierLevel::Tier(t))
}

pub fn landscape_chip(l: Landscape) -> Chip {
    Chip::new(
        format!("{} · {}", l.as_str(), l.label()),
        format!("land-{}", l.as_str().to_lowercase()),
    )
}

pub fn status_chip(s: PartnerStatus) -> Chip {
    let class = match s {
        PartnerStatus::Active => "ok",
        PartnerStatus::Recruiting => "info",
        PartnerStatus::Prospect => "neutral",
        PartnerStatus::Paused => "warn",
        PartnerStatus::Exited => "muted",
    };
    Chip::new(s.label(), class)
}

pub fn item_status_chip(s: ItemStatus) -> Chip {
    let class = match s {
        ItemStatus::Done => "ok",
        ItemStatus::InProgress => "info",
        ItemStatus::Planned => "neutral",
        ItemStatus::AtRisk => "bad",
        ItemStatus::Dropped => "muted",
    };
    Chip::new(s.label(), class)
}

pub fn decision_kind_chip(k: DecisionKind) -> Chip {
    Chip::new(k.as_str(), format!("kind-{}", k.as_str().to_lowercase()))
}

pub fn decision_status_chip(s: DecisionStatus) -> Chip {
    let class = match s {
        DecisionStatus::Active => "ok",
        DecisionStatus::Proposed => "info",
        DecisionStatus::Superseded | DecisionStatus::Retired => "muted",
    };
    Chip::new(s.label(), class)
}

pub use crate::values::decimal2;
/// An attractiveness score, always with two decimals (`85.75`, `62.50`, `70.00`).
pub use crate::values::score as score_text;

/// A share as a whole-number percentage, or one decimal below 10 %.
pub use crate::values::share_text as percent_text;

/// Joins words as prose: `a`, `a and b`, `a, b and c`.
pub fn join_words(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "yes" / "no" for booleans in tables.
pub fn yes_no(b: bool) -> &'static str {
    if b {
        "Yes"
    } else {
        "No"
    }
}

/// `Market influence weight +5` for the near-the-line sensitivity analysis.
pub fn weight_move(factor: usize, delta: f64) -> String {
    let label = crate::model::FACTOR_LABELS
        .get(factor)
        .copied()
        .unwrap_or("weight");
    let sign = if delta >= 0.0 { "+" } else { "−" };
    format!("{label} weight {sign}{}", decimal2(delta.abs()))
}
