//! The sentence each change reads as: a subject (a partner, a decision, a tier…) and
//! what happened to it, in business terms, with a [`Sign`] for how it reads at a glance.

use super::change::{Change, Word};
use crate::model::DecisionKind;
use serde::Serialize;

/// How a change reads at a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sign {
    Added,
    Removed,
    Changed,
    /// A rule violation appeared.
    Worse,
    /// A rule violation was resolved.
    Better,
}

impl Sign {
    /// The marker shown before the line in the terminal.
    pub fn marker(self) -> &'static str {
        match self {
            Sign::Added => "+",
            Sign::Removed => "-",
            Sign::Changed => "~",
            Sign::Worse => "!",
            Sign::Better => "✓",
        }
    }
}

/// A change as a sentence: `subject: text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub sign: Sign,
    pub subject: String,
    pub text: String,
}

impl Line {
    fn new(sign: Sign, subject: impl Into<String>, text: impl Into<String>) -> Line {
        Line {
            sign,
            subject: subject.into(),
            text: text.into(),
        }
    }

    /// The sentence without markup.
    pub fn plain(&self) -> String {
        format!("{}: {}", self.subject, self.text)
    }
}

/// `old → new`, or what happened when one side is missing.
fn from_to(old: Option<&str>, new: Option<&str>, none: &str) -> String {
    match (old, new) {
        (Some(o), Some(n)) => format!("{o} → {n}"),
        (None, Some(n)) => format!("{none} → {n}"),
        (Some(o), None) => format!("{o} → {none}"),
        (None, None) => none.to_string(),
    }
}

fn label_or<T: Word>(v: Option<T>, none: &'static str) -> &'static str {
    v.map_or(none, Word::label)
}

fn outcome(kinds: &[DecisionKind]) -> String {
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

fn percent(p: Option<f64>) -> String {
    p.map_or_else(|| "–".into(), |p| format!("{p:.0}%"))
}

fn list_text(added: &[String], removed: &[String], reordered: &[String]) -> String {
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

impl Change {
    /// The sentence this change reads as.
    pub fn line(&self) -> Line {
        use Change::*;
        use Sign::*;
        match self {
            PartnerAdded {
                name,
                tier,
                score,
                band,
                ..
            } => Line::new(
                Added,
                name,
                format!(
                    "added as {}, score {score:.2} ({})",
                    tier.label(),
                    band.label()
                ),
            ),
            PartnerRemoved {
                name,
                tier,
                score,
                band,
                ..
            } => Line::new(
                Removed,
                name,
                format!(
                    "removed (was {}, score {score:.2}, {})",
                    tier.label(),
                    band.label()
                ),
            ),
            ScoreChanged {
                name,
                old,
                new,
                band_from,
                band_to,
                ..
            } => {
                let band = if band_from == band_to {
                    String::new()
                } else {
                    format!(" ({} → {})", band_from.label(), band_to.label())
                };
                Line::new(Changed, name, format!("score {old:.2} → {new:.2}{band}"))
            }
            TierChanged { name, from, to, .. } => {
                let dir = if to.rank() < from.rank() {
                    "promotion"
                } else {
                    "demotion"
                };
                Line::new(
                    Changed,
                    name,
                    format!("tier {} → {} ({dir})", from.label(), to.label()),
                )
            }
            TargetTierChanged { name, from, to, .. } => Line::new(
                Changed,
                name,
                format!(
                    "target tier {} → {}",
                    label_or(*from, "none"),
                    label_or(*to, "none")
                ),
            ),
            PartnerStatusChanged { name, from, to, .. } => Line::new(
                Changed,
                name,
                format!("status {} → {}", from.label(), to.label()),
            ),
            LockChanged {
                name,
                locked: true,
                competitors,
                ..
            } => Line::new(
                Worse,
                name,
                format!("now locked to {}", competitors.join(", ")),
            ),
            LockChanged {
                name, competitors, ..
            } => Line::new(
                Better,
                name,
                format!("no longer locked to {}", competitors.join(", ")),
            ),
            CompetitorAdded { name, .. } => Line::new(Added, name, "competitor added to the map"),
            CompetitorRemoved { name, .. } => {
                Line::new(Removed, name, "competitor removed from the map")
            }
            DecisionAdded {
                decision,
                title,
                outcome,
                status,
            } => Line::new(
                Added,
                format!("{decision} {title}"),
                format!("added: {} ({})", outcome.label(), status.label()),
            ),
            DecisionRemoved {
                decision,
                title,
                outcome,
                status,
            } => Line::new(
                Removed,
                format!("{decision} {title}"),
                format!("removed (was {}, {})", outcome.label(), status.label()),
            ),
            DecisionChanged {
                decision,
                title,
                from,
                to,
            } => Line::new(
                Changed,
                format!("{decision} {title}"),
                format!("decision {} → {}", from.label(), to.label()),
            ),
            DecisionStatusChanged {
                decision,
                title,
                from,
                to,
            } => Line::new(
                Changed,
                format!("{decision} {title}"),
                format!("status {} → {}", from.label(), to.label()),
            ),
            MatrixOutcomeChanged {
                decision,
                title,
                from,
                to,
            } => Line::new(
                Changed,
                format!("{decision} {title}"),
                format!("matrix outcome {} → {}", outcome(from), outcome(to)),
            ),
            ObjectiveAdded {
                objective,
                key_results,
            } => Line::new(
                Added,
                objective,
                format!(
                    "objective added with {key_results} key result{}",
                    if *key_results == 1 { "" } else { "s" }
                ),
            ),
            ObjectiveRemoved { objective } => Line::new(Removed, objective, "objective removed"),
            KeyResultAdded {
                objective,
                key_result,
            } => Line::new(
                Added,
                key_result,
                format!("key result added to “{objective}”"),
            ),
            KeyResultRemoved {
                objective,
                key_result,
            } => Line::new(
                Removed,
                key_result,
                format!("key result removed from “{objective}”"),
            ),
            TargetChanged {
                key_result,
                old,
                new,
            } => Line::new(
                Changed,
                key_result,
                format!("target {}", from_to(old.as_deref(), new.as_deref(), "none")),
            ),
            ProgressChanged {
                key_result,
                old,
                new,
                old_progress,
                new_progress,
            } => {
                let mut text = format!(
                    "current {}",
                    from_to(old.as_deref(), new.as_deref(), "none")
                );
                if old_progress.is_some() || new_progress.is_some() {
                    text.push_str(&format!(
                        " ({} → {} of target)",
                        percent(*old_progress),
                        percent(*new_progress)
                    ));
                }
                Line::new(Changed, key_result, text)
            }
            RoadmapItemAdded {
                quarter,
                title,
                status,
            } => Line::new(
                Added,
                title,
                format!("added to {quarter} ({})", status.label()),
            ),
            RoadmapItemRemoved {
                quarter,
                title,
                status,
            } => Line::new(
                Removed,
                title,
                format!("removed from {quarter} (was {})", status.label()),
            ),
            RoadmapStatusChanged {
                quarter,
                title,
                from,
                to,
            } => Line::new(
                Changed,
                title,
                format!("{quarter} status {} → {}", from.label(), to.label()),
            ),
            RoadmapItemMoved { title, from, to } => {
                Line::new(Changed, title, format!("moved from {from} to {to}"))
            }
            RaciChanged {
                decision,
                role,
                from,
                to,
            } => Line::new(
                Changed,
                decision,
                format!("{role} {}", from_to(from.as_deref(), to.as_deref(), "none")),
            ),
            RaciRowAdded {
                decision,
                accountable,
                responsible,
            } => Line::new(
                Added,
                decision,
                format!(
                    "RACI row added (A: {}; R: {})",
                    or_none(accountable),
                    or_none(responsible)
                ),
            ),
            RaciRowRemoved { decision } => Line::new(Removed, decision, "RACI row removed"),
            SponsorAdded {
                name,
                partner_executive,
                our_counterpart,
                ..
            } => Line::new(
                Added,
                name,
                format!("executive sponsor added ({partner_executive} ↔ {our_counterpart})"),
            ),
            SponsorRemoved { name, .. } => Line::new(Removed, name, "executive sponsor removed"),
            FieldChanged {
                subject,
                field,
                old,
                new,
                ..
            } => Line::new(
                Changed,
                subject,
                format!(
                    "{field} {}",
                    from_to(old.as_deref(), new.as_deref(), "none")
                ),
            ),
            Reworded { subject, field, .. } => {
                Line::new(Changed, subject, format!("{field} reworded"))
            }
            ListChanged {
                subject,
                field,
                added,
                removed,
                reordered,
                ..
            } => Line::new(
                Changed,
                subject,
                format!("{field}: {}", list_text(added, removed, reordered)),
            ),
            ViolationAppeared {
                rule,
                severity,
                file,
                message,
                count,
            } => Line::new(
                Worse,
                file,
                format!("new {severity} [{rule}] {message}{}", times(*count)),
            ),
            ViolationResolved {
                rule,
                severity,
                file,
                message,
                count,
            } => Line::new(
                Better,
                file,
                format!("resolved {severity} [{rule}] {message}{}", times(*count)),
            ),
        }
    }
}

fn times(n: usize) -> String {
    if n > 1 {
        format!(" ({n} times)")
    } else {
        String::new()
    }
}

fn or_none(v: &[String]) -> String {
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}
