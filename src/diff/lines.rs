//! The sentence each change reads as: a subject (a partner, a decision, a tier…) and
//! what happened to it, in business terms, with a [`Sign`] for how it reads at a glance.
//!
//! [`Change::line`] sends each kind of change to the function that words its part of the
//! plan (partners, competitors, decisions, OKRs, roadmap, governance, lesser properties,
//! rule violations); the phrases those sentences share are in `phrases.rs`.

use super::change::{Change, Word};
use super::phrases::{
    from_to, label_or, list_text, names, or_none, outcome, progress_text, score, score_text,
    status, tier_text, times, Progress,
};
use crate::i18n::{args, word_id, FluentArgs, Lang};
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

    /// The sentence without markup (`subject: text`, as the catalog of `lang` puts
    /// them together).
    pub fn plain(&self, lang: &Lang) -> String {
        lang.f(
            "c_line",
            &args(&[
                ("subject", self.subject.clone().into()),
                ("text", self.text.clone().into()),
            ]),
        )
    }
}

/// A message with string arguments.
fn say(lang: &Lang, id: &str, pairs: &[(&str, String)]) -> String {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(*k, v.clone());
    }
    lang.f(id, &a)
}

/// A field's name in the language of `lang` (`c_field_pipeline_range`), or as the
/// diff wrote it when the catalog has no word for it (a rationale key of the plan's own).
fn field_name(lang: &Lang, field: &str) -> String {
    let id = word_id("c_field", field);
    if lang.catalog.has(&id) {
        lang.t(&id).into_owned()
    } else {
        field.to_string()
    }
}

/// The name of what a lesser change is about: the parts of the plan that are not
/// items of its own (`Company`, `Scoring`, `Gold tier`) in the language of `lang`;
/// names of partners, decisions and the like as written.
fn subject_name(lang: &Lang, id: Option<&str>, subject: &str) -> String {
    if id.is_none() || subject.ends_with(" tier") {
        let key = word_id("c_subject", subject);
        if lang.catalog.has(&key) {
            return lang.t(&key).into_owned();
        }
    }
    subject.to_string()
}

impl Change {
    /// The sentence this change reads as.
    ///
    /// The match names every kind, so a new kind does not compile until it is given to
    /// the function that words it.
    pub fn line(&self, lang: &Lang) -> Line {
        use Change::*;
        let line = match self {
            PartnerAdded { .. }
            | PartnerRemoved { .. }
            | ScoreChanged { .. }
            | TierChanged { .. }
            | TargetTierChanged { .. }
            | PartnerStatusChanged { .. }
            | LockChanged { .. } => partner_line(self, lang),
            CompetitorAdded { .. } | CompetitorRemoved { .. } => competitor_line(self, lang),
            DecisionAdded { .. }
            | DecisionRemoved { .. }
            | DecisionChanged { .. }
            | DecisionStatusChanged { .. }
            | MatrixOutcomeChanged { .. } => decision_line(self, lang),
            ObjectiveAdded { .. }
            | ObjectiveRemoved { .. }
            | KeyResultAdded { .. }
            | KeyResultRemoved { .. }
            | TargetChanged { .. }
            | ProgressChanged { .. } => okr_line(self, lang),
            RoadmapItemAdded { .. }
            | RoadmapItemRemoved { .. }
            | RoadmapStatusChanged { .. }
            | RoadmapItemMoved { .. } => roadmap_line(self, lang),
            RaciChanged { .. }
            | RaciRowAdded { .. }
            | RaciRowRemoved { .. }
            | SponsorAdded { .. }
            | SponsorRemoved { .. } => governance_line(self, lang),
            FieldChanged { .. } | Reworded { .. } | ListChanged { .. } => property_line(self, lang),
            ViolationAppeared { .. } | ViolationResolved { .. } => violation_line(self),
        };
        // Each function words every kind routed to it, so this fallback is never used.
        line.unwrap_or_else(|| Line::new(Sign::Changed, "", ""))
    }
}

/// A partner added, removed, rescored, moved between tiers or (un)locked; `None` for
/// other changes.
fn partner_line(c: &Change, lang: &Lang) -> Option<Line> {
    use Change::*;
    use Sign::*;
    let line = match c {
        PartnerAdded {
            subject,
            tier,
            score: score_of,
            band,
            ..
        } => Line::new(
            Added,
            subject,
            say(
                lang,
                "c_partner_added",
                &[
                    ("tier", tier.text(lang)),
                    ("score", score(lang, *score_of)),
                    ("band", band.text(lang)),
                ],
            ),
        ),
        PartnerRemoved {
            subject,
            tier,
            score: score_of,
            band,
            ..
        } => Line::new(
            Removed,
            subject,
            say(
                lang,
                "c_partner_removed",
                &[
                    ("tier", tier.text(lang)),
                    ("score", score(lang, *score_of)),
                    ("band", band.text(lang)),
                ],
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
            score_text(lang, *from, *to, *band_from, *band_to),
        ),
        TierChanged {
            subject, from, to, ..
        } => Line::new(Changed, subject, tier_text(lang, *from, *to)),
        TargetTierChanged {
            subject, from, to, ..
        } => Line::new(
            Changed,
            subject,
            say(
                lang,
                "c_target_tier",
                &[("from", label_or(lang, *from)), ("to", label_or(lang, *to))],
            ),
        ),
        PartnerStatusChanged {
            subject, from, to, ..
        } => Line::new(
            Changed,
            subject,
            status(lang, &from.text(lang), &to.text(lang)),
        ),
        LockChanged {
            subject,
            to,
            competitors,
            ..
        } => lock_line(lang, subject, *to, competitors),
        _ => return None,
    };
    Some(line)
}

/// A partner that became, or stopped being, exclusive to competitors.
fn lock_line(lang: &Lang, name: &str, locked: bool, competitors: &[String]) -> Line {
    let competitors = names(lang, competitors);
    let (sign, id) = if locked {
        (Sign::Worse, "c_locked")
    } else {
        (Sign::Better, "c_unlocked")
    };
    Line::new(sign, name, say(lang, id, &[("competitors", competitors)]))
}

/// A competitor added to or removed from the map; `None` for other changes.
fn competitor_line(c: &Change, lang: &Lang) -> Option<Line> {
    match c {
        Change::CompetitorAdded { subject, .. } => Some(Line::new(
            Sign::Added,
            subject,
            lang.t("c_competitor_added"),
        )),
        Change::CompetitorRemoved { subject, .. } => Some(Line::new(
            Sign::Removed,
            subject,
            lang.t("c_competitor_removed"),
        )),
        _ => None,
    }
}

/// A decision added, removed, redecided or given a new status or matrix outcome;
/// `None` for other changes.
fn decision_line(c: &Change, lang: &Lang) -> Option<Line> {
    use Change::*;
    use Sign::*;
    let (sign, decision, title, text) = match c {
        DecisionAdded {
            id: decision,
            subject: title,
            outcome,
            status: state,
        } => (
            Added,
            decision,
            title,
            say(
                lang,
                "c_decision_added",
                &[
                    ("outcome", outcome.text(lang)),
                    ("status", state.text(lang)),
                ],
            ),
        ),
        DecisionRemoved {
            id: decision,
            subject: title,
            outcome,
            status: state,
        } => (
            Removed,
            decision,
            title,
            say(
                lang,
                "c_decision_removed",
                &[
                    ("outcome", outcome.text(lang)),
                    ("status", state.text(lang)),
                ],
            ),
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
            say(
                lang,
                "c_decision_changed",
                &[("from", from.text(lang)), ("to", to.text(lang))],
            ),
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
            status(lang, &from.text(lang), &to.text(lang)),
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
            say(
                lang,
                "c_matrix_outcome",
                &[("from", outcome(lang, from)), ("to", outcome(lang, to))],
            ),
        ),
        _ => return None,
    };
    Some(Line::new(sign, format!("{decision} {title}"), text))
}

/// An objective or key result added or removed, or a new target or current value;
/// `None` for other changes.
fn okr_line(c: &Change, lang: &Lang) -> Option<Line> {
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
            lang.f("c_objective_added", &args(&[("n", (*key_results).into())])),
        ),
        ObjectiveRemoved { subject, .. } => {
            Line::new(Removed, subject, lang.t("c_objective_removed"))
        }
        KeyResultAdded {
            subject, objective, ..
        } => Line::new(
            Added,
            subject,
            say(lang, "c_kr_added", &[("objective", objective.clone())]),
        ),
        KeyResultRemoved {
            subject, objective, ..
        } => Line::new(
            Removed,
            subject,
            say(lang, "c_kr_removed", &[("objective", objective.clone())]),
        ),
        TargetChanged {
            subject, values, ..
        } => {
            let (old, new) = values.shown(lang);
            Line::new(
                Changed,
                subject,
                say(
                    lang,
                    "c_target",
                    &[("change", from_to(lang, old.as_deref(), new.as_deref()))],
                ),
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
            Line::new(
                sign,
                subject,
                progress_text(lang, values, verdict, &progress),
            )
        }
        _ => return None,
    };
    Some(line)
}

/// A roadmap item added, removed, given a new status or moved to another quarter;
/// `None` for other changes.
fn roadmap_line(c: &Change, lang: &Lang) -> Option<Line> {
    use Change::*;
    use Sign::*;
    let line = match c {
        RoadmapItemAdded {
            subject,
            quarter,
            status: state,
        } => Line::new(
            Added,
            subject,
            say(
                lang,
                "c_roadmap_added",
                &[("quarter", quarter.clone()), ("status", state.text(lang))],
            ),
        ),
        RoadmapItemRemoved {
            subject,
            quarter,
            status: state,
        } => Line::new(
            Removed,
            subject,
            say(
                lang,
                "c_roadmap_removed",
                &[("quarter", quarter.clone()), ("status", state.text(lang))],
            ),
        ),
        RoadmapStatusChanged {
            subject,
            quarter,
            from,
            to,
        } => Line::new(
            Changed,
            subject,
            say(
                lang,
                "c_roadmap_status",
                &[
                    ("quarter", quarter.clone()),
                    ("from", from.text(lang)),
                    ("to", to.text(lang)),
                ],
            ),
        ),
        RoadmapItemMoved { subject, from, to } => Line::new(
            Changed,
            subject,
            say(
                lang,
                "c_roadmap_moved",
                &[("from", from.clone()), ("to", to.clone())],
            ),
        ),
        _ => return None,
    };
    Some(line)
}

/// A RACI cell or row, or an executive sponsor, that changed; `None` for other changes.
fn governance_line(c: &Change, lang: &Lang) -> Option<Line> {
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
            say(
                lang,
                "c_raci_cell",
                &[
                    ("role", role.clone()),
                    ("change", from_to(lang, from.as_deref(), to.as_deref())),
                ],
            ),
        ),
        RaciRowAdded {
            subject,
            accountable,
            responsible,
        } => Line::new(
            Added,
            subject,
            say(
                lang,
                "c_raci_row_added",
                &[
                    ("accountable", or_none(lang, accountable)),
                    ("responsible", or_none(lang, responsible)),
                ],
            ),
        ),
        RaciRowRemoved { subject } => Line::new(Removed, subject, lang.t("c_raci_row_removed")),
        SponsorAdded {
            subject,
            partner_executive,
            our_counterpart,
            ..
        } => Line::new(
            Added,
            subject,
            say(
                lang,
                "c_sponsor_added",
                &[
                    ("partner", partner_executive.clone()),
                    ("ours", our_counterpart.clone()),
                ],
            ),
        ),
        SponsorRemoved { subject, .. } => Line::new(Removed, subject, lang.t("c_sponsor_removed")),
        _ => return None,
    };
    Some(line)
}

/// A lesser property (a field, a long text, a list) that changed; `None` for other
/// changes.
fn property_line(c: &Change, lang: &Lang) -> Option<Line> {
    use Change::*;
    let (id, subject, text) = match c {
        FieldChanged {
            id,
            subject,
            field,
            values,
        } => {
            let (old, new) = values.shown(lang);
            (
                id,
                subject,
                say(
                    lang,
                    "c_field",
                    &[
                        ("field", field_name(lang, field)),
                        ("change", from_to(lang, old.as_deref(), new.as_deref())),
                    ],
                ),
            )
        }
        Reworded { id, subject, field } => (
            id,
            subject,
            say(lang, "c_reworded", &[("field", field_name(lang, field))]),
        ),
        ListChanged {
            id,
            subject,
            field,
            added,
            removed,
            reordered,
        } => (
            id,
            subject,
            say(
                lang,
                "c_list",
                &[
                    ("field", field_name(lang, field)),
                    ("edits", list_text(lang, added, removed, reordered)),
                ],
            ),
        ),
        _ => return None,
    };
    let subject = subject_name(lang, id.as_deref(), subject);
    Some(Line::new(Sign::Changed, subject, text))
}

/// A rule violation that appeared or was resolved; `None` for other changes. In
/// English, as the findings themselves are: the site's and the pack's change reports
/// leave rule violations out (they show the counts).
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
            c.line(crate::diff::english()).plain(crate::diff::english()),
            "Deloitte: score 85.75 → 72.25 (Priority → Secondary)"
        );
        assert_eq!(c.line(crate::diff::english()).sign, Sign::Changed);
    }

    #[test]
    fn field_lines_handle_missing_sides() {
        let c = Change::FieldChanged {
            id: Some("pwc".into()),
            subject: "PwC".into(),
            field: "pipeline".into(),
            values: Values::new(None, Some(Value::text("$1.2M"))),
        };
        assert_eq!(
            c.line(crate::diff::english()).plain(crate::diff::english()),
            "PwC: pipeline none → $1.2M"
        );
        let t = Change::TierChanged {
            id: "pwc".into(),
            subject: "PwC".into(),
            from: TierLevel::Tier(TierName::Gold),
            to: TierLevel::Tier(TierName::Platinum),
        };
        assert_eq!(
            t.line(crate::diff::english()).plain(crate::diff::english()),
            "PwC: tier Gold → Platinum (promotion)"
        );
    }

    #[test]
    fn sentence_functions_word_only_their_own_kinds() {
        let c = Change::RaciRowRemoved {
            subject: "MDF allocation".into(),
        };
        assert!(partner_line(&c, crate::diff::english()).is_none());
        assert!(violation_line(&c).is_none());
        assert_eq!(
            governance_line(&c, crate::diff::english()).map(|l| l.plain(crate::diff::english())),
            Some("MDF allocation: RACI row removed".to_string())
        );
    }
}
