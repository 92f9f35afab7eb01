//! The sentence each change reads as: a subject (a partner, a decision, a tier…) and
//! what happened to it, in business terms, with a [`Sign`] for how it reads at a glance.
//!
//! [`Change::line`] sends each kind of change to the function that words its part of the
//! plan (partners, competitors, decisions, OKRs, roadmap, governance, lesser properties,
//! rule violations); the phrases those sentences share are in `phrases.rs`.

use super::change::Change;
use super::phrases::{
    from_to, label_or, list_text, or_none, outcome, progress_text, score_text, tier_text, times,
    transition, Progress,
};
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

impl Change {
    /// The sentence this change reads as.
    ///
    /// The match names every kind, so a new kind does not compile until it is given to
    /// the function that words it.
    pub fn line(&self) -> Line {
        use Change::*;
        let line = match self {
            PartnerAdded { .. }
            | PartnerRemoved { .. }
            | ScoreChanged { .. }
            | TierChanged { .. }
            | TargetTierChanged { .. }
            | PartnerStatusChanged { .. }
            | LockChanged { .. } => partner_line(self),
            CompetitorAdded { .. } | CompetitorRemoved { .. } => competitor_line(self),
            DecisionAdded { .. }
            | DecisionRemoved { .. }
            | DecisionChanged { .. }
            | DecisionStatusChanged { .. }
            | MatrixOutcomeChanged { .. } => decision_line(self),
            ObjectiveAdded { .. }
            | ObjectiveRemoved { .. }
            | KeyResultAdded { .. }
            | KeyResultRemoved { .. }
            | TargetChanged { .. }
            | ProgressChanged { .. } => okr_line(self),
            RoadmapItemAdded { .. }
            | RoadmapItemRemoved { .. }
            | RoadmapStatusChanged { .. }
            | RoadmapItemMoved { .. } => roadmap_line(self),
            RaciChanged { .. }
            | RaciRowAdded { .. }
            | RaciRowRemoved { .. }
            | SponsorAdded { .. }
            | SponsorRemoved { .. } => governance_line(self),
            FieldChanged { .. } | Reworded { .. } | ListChanged { .. } => property_line(self),
            ViolationAppeared { .. } | ViolationResolved { .. } => violation_line(self),
        };
        // Each function words every kind routed to it, so this fallback is never used.
        line.unwrap_or_else(|| Line::new(Sign::Changed, "", ""))
    }
}

/// A partner added, removed, rescored, moved between tiers or (un)locked; `None` for
/// other changes.
fn partner_line(c: &Change) -> Option<Line> {
    use Change::*;
    use Sign::*;
    let line = match c {
        PartnerAdded {
            subject,
            tier,
            score,
            band,
            ..
        } => Line::new(
            Added,
            subject,
            format!(
                "added as {}, score {} ({})",
                tier.label(),
                crate::values::score(*score),
                band.label()
            ),
        ),
        PartnerRemoved {
            subject,
            tier,
            score,
            band,
            ..
        } => Line::new(
            Removed,
            subject,
            format!(
                "removed (was {}, score {}, {})",
                tier.label(),
                crate::values::score(*score),
                band.label()
            ),
        ),
        ScoreChanged {
            subject,
            from,
            to,
            band_from,
            band_to,
            ..
        } => Line::new(
            Changed,
            subject,
            score_text(*from, *to, *band_from, *band_to),
        ),
        TierChanged {
            subject, from, to, ..
        } => Line::new(Changed, subject, tier_text(*from, *to)),
        TargetTierChanged {
            subject, from, to, ..
        } => Line::new(
            Changed,
            subject,
            format!(
                "target tier {} → {}",
                label_or(*from, "none"),
                label_or(*to, "none")
            ),
        ),
        PartnerStatusChanged {
            subject, from, to, ..
        } => Line::new(
            Changed,
            subject,
            transition("status", from.label(), to.label()),
        ),
        LockChanged {
            subject,
            to,
            competitors,
            ..
        } => lock_line(subject, *to, competitors),
        _ => return None,
    };
    Some(line)
}

/// A partner that became, or stopped being, exclusive to competitors.
fn lock_line(name: &str, locked: bool, competitors: &[String]) -> Line {
    let competitors = competitors.join(", ");
    if locked {
        Line::new(Sign::Worse, name, format!("now locked to {competitors}"))
    } else {
        Line::new(
            Sign::Better,
            name,
            format!("no longer locked to {competitors}"),
        )
    }
}

/// A competitor added to or removed from the map; `None` for other changes.
fn competitor_line(c: &Change) -> Option<Line> {
    match c {
        Change::CompetitorAdded { subject, .. } => Some(Line::new(
            Sign::Added,
            subject,
            "competitor added to the map",
        )),
        Change::CompetitorRemoved { subject, .. } => Some(Line::new(
            Sign::Removed,
            subject,
            "competitor removed from the map",
        )),
        _ => None,
    }
}

/// A decision added, removed, redecided or given a new status or matrix outcome;
/// `None` for other changes.
fn decision_line(c: &Change) -> Option<Line> {
    use Change::*;
    use Sign::*;
    let (sign, decision, title, text) = match c {
        DecisionAdded {
            id: decision,
            subject: title,
            outcome,
            status,
        } => (
            Added,
            decision,
            title,
            format!("added: {} ({})", outcome.label(), status.label()),
        ),
        DecisionRemoved {
            id: decision,
            subject: title,
            outcome,
            status,
        } => (
            Removed,
            decision,
            title,
            format!("removed (was {}, {})", outcome.label(), status.label()),
        ),
        DecisionChanged {
            id: decision,
            subject: title,
            from,
            to,
        } => (
            Changed,
            decision,
            title,
            transition("decision", from.label(), to.label()),
        ),
        DecisionStatusChanged {
            id: decision,
            subject: title,
            from,
            to,
        } => (
            Changed,
            decision,
            title,
            transition("status", from.label(), to.label()),
        ),
        MatrixOutcomeChanged {
            id: decision,
            subject: title,
            from,
            to,
        } => (
            Changed,
            decision,
            title,
            format!("matrix outcome {} → {}", outcome(from), outcome(to)),
        ),
        _ => return None,
    };
    Some(Line::new(sign, format!("{decision} {title}"), text))
}

/// An objective or key result added or removed, or a new target or current value;
/// `None` for other changes.
fn okr_line(c: &Change) -> Option<Line> {
    use Change::*;
    use Sign::*;
    let line = match c {
        ObjectiveAdded {
            subject,
            key_results,
            ..
        } => Line::new(
            Added,
            subject,
            format!(
                "objective added with {}",
                crate::text::plural(*key_results, "key result")
            ),
        ),
        ObjectiveRemoved { subject, .. } => Line::new(Removed, subject, "objective removed"),
        KeyResultAdded {
            subject, objective, ..
        } => Line::new(Added, subject, format!("key result added to “{objective}”")),
        KeyResultRemoved {
            subject, objective, ..
        } => Line::new(
            Removed,
            subject,
            format!("key result removed from “{objective}”"),
        ),
        TargetChanged {
            subject, values, ..
        } => {
            let (old, new) = values.shown();
            Line::new(
                Changed,
                subject,
                format!("target {}", from_to(old.as_deref(), new.as_deref(), "none")),
            )
        }
        ProgressChanged {
            subject,
            values,
            progress_from,
            progress_to,
            baseline,
            better,
            ..
        } => {
            let verdict = values.numbers().and_then(|(a, b)| better.improved(a, b));
            let sign = match verdict {
                Some(true) => Better,
                Some(false) => Worse,
                None => Changed,
            };
            let progress = Progress {
                from: *progress_from,
                to: *progress_to,
                baseline: baseline.as_ref(),
                better: *better,
            };
            Line::new(sign, subject, progress_text(values, verdict, &progress))
        }
        _ => return None,
    };
    Some(line)
}

/// A roadmap item added, removed, given a new status or moved to another quarter;
/// `None` for other changes.
fn roadmap_line(c: &Change) -> Option<Line> {
    use Change::*;
    use Sign::*;
    let line = match c {
        RoadmapItemAdded {
            subject,
            quarter,
            status,
        } => Line::new(
            Added,
            subject,
            format!("added to {quarter} ({})", status.label()),
        ),
        RoadmapItemRemoved {
            subject,
            quarter,
            status,
        } => Line::new(
            Removed,
            subject,
            format!("removed from {quarter} (was {})", status.label()),
        ),
        RoadmapStatusChanged {
            subject,
            quarter,
            from,
            to,
        } => Line::new(
            Changed,
            subject,
            transition(&format!("{quarter} status"), from.label(), to.label()),
        ),
        RoadmapItemMoved { subject, from, to } => {
            Line::new(Changed, subject, format!("moved from {from} to {to}"))
        }
        _ => return None,
    };
    Some(line)
}

/// A RACI cell or row, or an executive sponsor, that changed; `None` for other changes.
fn governance_line(c: &Change) -> Option<Line> {
    use Change::*;
    use Sign::*;
    let line = match c {
        RaciChanged {
            subject,
            role,
            from,
            to,
        } => Line::new(
            Changed,
            subject,
            format!("{role} {}", from_to(from.as_deref(), to.as_deref(), "none")),
        ),
        RaciRowAdded {
            subject,
            accountable,
            responsible,
        } => Line::new(
            Added,
            subject,
            format!(
                "RACI row added (A: {}; R: {})",
                or_none(accountable),
                or_none(responsible)
            ),
        ),
        RaciRowRemoved { subject } => Line::new(Removed, subject, "RACI row removed"),
        SponsorAdded {
            subject,
            partner_executive,
            our_counterpart,
            ..
        } => Line::new(
            Added,
            subject,
            format!("executive sponsor added ({partner_executive} ↔ {our_counterpart})"),
        ),
        SponsorRemoved { subject, .. } => Line::new(Removed, subject, "executive sponsor removed"),
        _ => return None,
    };
    Some(line)
}

/// A lesser property (a field, a long text, a list) that changed; `None` for other
/// changes.
fn property_line(c: &Change) -> Option<Line> {
    use Change::*;
    let (subject, text) = match c {
        FieldChanged {
            subject,
            field,
            values,
            ..
        } => {
            let (old, new) = values.shown();
            (
                subject,
                format!(
                    "{field} {}",
                    from_to(old.as_deref(), new.as_deref(), "none")
                ),
            )
        }
        Reworded { subject, field, .. } => (subject, format!("{field} reworded")),
        ListChanged {
            subject,
            field,
            added,
            removed,
            reordered,
            ..
        } => (
            subject,
            format!("{field}: {}", list_text(added, removed, reordered)),
        ),
        _ => return None,
    };
    Some(Line::new(Sign::Changed, subject, text))
}

/// A rule violation that appeared or was resolved; `None` for other changes.
fn violation_line(c: &Change) -> Option<Line> {
    let (sign, verb, rule, severity, file, message, count) = match c {
        Change::ViolationAppeared {
            rule,
            severity,
            file,
            message,
            count,
        } => (Sign::Worse, "new", rule, severity, file, message, count),
        Change::ViolationResolved {
            rule,
            severity,
            file,
            message,
            count,
        } => (
            Sign::Better,
            "resolved",
            rule,
            severity,
            file,
            message,
            count,
        ),
        _ => return None,
    };
    let text = format!("{verb} {severity} [{rule}] {message}{}", times(*count));
    Some(Line::new(sign, file, text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Band;
    use crate::diff::{Value, Values};
    use crate::model::{TierLevel, TierName};

    #[test]
    fn score_lines_name_band_crossings() {
        let c = Change::ScoreChanged {
            id: "deloitte".into(),
            subject: "Deloitte".into(),
            from: 85.75,
            to: 72.25,
            band_from: Band::Priority,
            band_to: Band::Secondary,
        };
        assert_eq!(
            c.line().plain(),
            "Deloitte: score 85.75 → 72.25 (Priority → Secondary)"
        );
        assert_eq!(c.line().sign, Sign::Changed);
    }

    #[test]
    fn field_lines_handle_missing_sides() {
        let c = Change::FieldChanged {
            id: Some("pwc".into()),
            subject: "PwC".into(),
            field: "pipeline".into(),
            values: Values::new(None, Some(Value::text("$1.2M"))),
        };
        assert_eq!(c.line().plain(), "PwC: pipeline none → $1.2M");
        let t = Change::TierChanged {
            id: "pwc".into(),
            subject: "PwC".into(),
            from: TierLevel::Tier(TierName::Gold),
            to: TierLevel::Tier(TierName::Platinum),
        };
        assert_eq!(t.line().plain(), "PwC: tier Gold → Platinum (promotion)");
    }

    #[test]
    fn sentence_functions_word_only_their_own_kinds() {
        let c = Change::RaciRowRemoved {
            subject: "MDF allocation".into(),
        };
        assert!(partner_line(&c).is_none());
        assert!(violation_line(&c).is_none());
        assert_eq!(
            governance_line(&c).map(|l| l.plain()),
            Some("MDF allocation: RACI row removed".to_string())
        );
    }
}
