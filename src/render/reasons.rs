//! The analysis layer's findings in the plan's language: tier-fit reasons, the kinds
//! of overdue review, statuses and severities, and lists (`a, b and c`). The analysis
//! returns data ([`TierReason`], [`OverdueKind`], …); the words are the catalog's
//! (`sentences.ftl`, ids `s_…`).

use crate::analysis::board::{Severity, Status};
use crate::analysis::{OverdueKind, TierChange, TierReason};
use crate::i18n::{args, Lang};
use crate::model::{Plan, TierName};
use crate::values::{Money, MoneyRange, MoneyStyle};

/// `On track`, `At risk`, `Off track` in the plan's language.
pub fn status(s: Status, lang: &Lang) -> String {
    let key = match s {
        Status::OnTrack => "on_track",
        Status::AtRisk => "at_risk",
        Status::OffTrack => "off_track",
    };
    lang.word("board_status", key)
}

/// `High`, `Medium`, `Low` in the plan's language.
pub fn severity(s: Severity, lang: &Lang) -> String {
    let id = match s {
        Severity::High => "s_severity_high",
        Severity::Medium => "s_severity_medium",
        Severity::Low => "s_severity_low",
    };
    lang.t(id).into_owned()
}

/// A tier's name in the plan's language (`Platinum`, `Platin`).
pub fn tier(t: TierName, lang: &Lang) -> String {
    lang.word("tier", t.as_str())
}

/// `Decision review`, `QBR`, `Tier review` in the plan's language.
pub fn overdue_kind(k: OverdueKind, lang: &Lang) -> String {
    let id = match k {
        OverdueKind::DecisionReview => "s_overdue_decision_review",
        OverdueKind::Qbr => "s_overdue_qbr",
        OverdueKind::TierReview => "s_overdue_tier_review",
    };
    lang.t(id).into_owned()
}

/// Items as prose: `a`, `a and b`, `a, b and c` (the list patterns of the catalog).
pub fn and_list(items: &[String], lang: &Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => lang.f(
            "s_list_and_pair",
            &args(&[("a", a.as_str().into()), ("b", b.as_str().into())]),
        ),
        [init @ .., last] => {
            let mut head = init[0].clone();
            for next in &init[1..] {
                head = lang.f(
                    "s_list_and_middle",
                    &args(&[("a", head.as_str().into()), ("b", next.as_str().into())]),
                );
            }
            lang.f(
                "s_list_and_end",
                &args(&[("a", head.as_str().into()), ("b", last.as_str().into())]),
            )
        }
    }
}

/// Alternatives: `a`, `a or b`, `a or b or c`.
pub fn or_list(items: &[String], lang: &Lang) -> String {
    let mut it = items.iter();
    let Some(first) = it.next() else {
        return String::new();
    };
    it.fold(first.clone(), |acc, next| {
        lang.f(
            "s_list_or",
            &args(&[("a", acc.as_str().into()), ("b", next.as_str().into())]),
        )
    })
}

/// A tier's pipeline range in exact figures and words: `$500,000 up to but not
/// including $2,000,000`, `at least $2,000,000`.
pub fn range(r: &MoneyRange, sym: &MoneyStyle, lang: &Lang) -> String {
    let m = |x: Money| x.exact(sym);
    match (r.min, r.max) {
        (None, None) => lang.t("s_range_none").into_owned(),
        (Some(a), None) => lang.f("s_range_at_least", &args(&[("min", m(a).into())])),
        (None, Some(b)) => lang.f("s_range_below", &args(&[("max", m(b).into())])),
        (Some(a), Some(b)) if a == b => lang.f("s_range_exactly", &args(&[("min", m(a).into())])),
        (Some(a), Some(b)) => lang.f(
            "s_range_between",
            &args(&[("min", m(a).into()), ("max", m(b).into())]),
        ),
    }
}

/// One reason for a tier move, in a phrase.
pub fn tier_reason(r: &TierReason, plan: &Plan, lang: &Lang) -> String {
    let sym = plan.money_style();
    match *r {
        TierReason::Pipeline { amount, tier: t } => {
            let range_text = plan
                .tiers
                .as_ref()
                .map_or_else(String::new, |f| range(&f.get(t).pipeline, sym, lang));
            lang.f(
                "s_tier_reason_pipeline",
                &args(&[
                    ("amount", amount.exact(sym).into()),
                    ("tier", tier(t, lang).into()),
                    ("range", range_text.into()),
                ]),
            )
        }
        TierReason::CertifiedShort {
            tier: t,
            have,
            required,
        } => lang.f(
            "s_tier_reason_certified_short",
            &args(&[
                ("n", have.into()),
                ("tier", tier(t, lang).into()),
                ("required", required.into()),
            ]),
        ),
        TierReason::Commitments { tier: t } => lang.f(
            "s_tier_reason_commitments",
            &args(&[("tier", tier(t, lang).into())]),
        ),
        TierReason::Meets {
            tier: t,
            have,
            required,
        } => lang.f(
            "s_tier_reason_meets",
            &args(&[
                ("tier", tier(t, lang).into()),
                ("have", have.into()),
                ("required", required.into()),
            ]),
        ),
    }
}

/// Every reason for a tier move, one phrase each.
pub fn tier_reasons(c: &TierChange, plan: &Plan, lang: &Lang) -> Vec<String> {
    c.reasons
        .iter()
        .map(|r| tier_reason(r, plan, lang))
        .collect()
}

/// The language of the default theme for `tag`, for tests.
/// A snapshot's label in the plan's language: its tag or quarter as written, and the
/// working tree as `now` (`heute`, `現在`).
pub fn snapshot_label(s: &crate::history::Snapshot, lang: &Lang) -> String {
    match s.commit {
        None => lang.t("s_snapshot_now").into_owned(),
        Some(_) => s.label.clone(),
    }
}

/// A note on what may be missing from the history, in the plan's language.
pub fn history_note(n: &crate::history::Note, lang: &Lang) -> String {
    use crate::history::Note;
    match n {
        Note::Shallow => lang.t("s_note_shallow").into_owned(),
        Note::TagHowTo { example } => lang.f(
            "s_note_tag_how_to",
            &args(&[("example", example.clone().into())]),
        ),
    }
}

/// What the history looked for and found, in the plan's language: `4 tags matching
/// board/*`, `the last 4 quarter ends`.
pub fn found(f: &crate::history::Found, lang: &Lang) -> String {
    use crate::history::Found;
    match f {
        Found::Tags { n, glob } => lang.f(
            "s_found_tags",
            &args(&[("n", (*n).into()), ("glob", glob.clone().into())]),
        ),
        Found::NoTag { glob } => lang.f("s_found_no_tag", &args(&[("glob", glob.clone().into())])),
        Found::Quarters { asked } => {
            lang.f("s_found_quarters", &args(&[("asked", (*asked).into())]))
        }
        Found::SomeQuarters { n, asked } => lang.f(
            "s_found_some_quarters",
            &args(&[("n", (*n).into()), ("asked", (*asked).into())]),
        ),
        Found::NoQuarters { asked } => {
            lang.f("s_found_no_quarters", &args(&[("asked", (*asked).into())]))
        }
        Found::Nothing => lang.t("s_found_nothing").into_owned(),
        Found::Said(s) => s.clone(),
    }
}

#[cfg(test)]
pub(crate) fn test_lang(tag: &str) -> Lang {
    let files = crate::site::theme::catalog_files(None).unwrap_or_else(|e| panic!("{e}"));
    Lang::load(tag, &files).unwrap_or_else(|e| panic!("{e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_history_found_and_its_notes_read_in_the_plan_language() {
        use crate::history::{Found, Note};
        let (en, de, ja) = (test_lang("en-US"), test_lang("de-DE"), test_lang("ja-JP"));
        let tags = Found::Tags {
            n: 4,
            glob: "board/*".into(),
        };
        // the site's English is the command line's without the backticks
        assert_eq!(found(&tags, &en), tags.to_string().replace('`', ""));
        assert_eq!(found(&tags, &de), "4 Tags nach dem Muster board/*");
        assert_eq!(found(&Found::Quarters { asked: 4 }, &ja), "直近 4 四半期末");
        let how = Note::TagHowTo {
            example: "board/2026-q1".into(),
        };
        assert_eq!(history_note(&how, &en), how.to_string().replace('`', ""));
        assert!(history_note(&how, &de).contains("git tag board/2026-q1"));
        assert!(history_note(&Note::Shallow, &de).contains("flacher Klon"));
    }

    #[test]
    fn lists_read_as_prose() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let en = test_lang("en-US");
        assert_eq!(and_list(&v(&["a"]), &en), "a");
        assert_eq!(and_list(&v(&["a", "b"]), &en), "a and b");
        assert_eq!(and_list(&v(&["a", "b", "c", "d"]), &en), "a, b, c and d");
        assert_eq!(or_list(&v(&["A", "B", "C"]), &en), "A or B or C");
        let de = test_lang("de-DE");
        assert_eq!(and_list(&v(&["a", "b", "c"]), &de), "a, b und c");
        let ja = test_lang("ja-JP");
        assert_eq!(and_list(&v(&["a", "b", "c"]), &ja), "a、b、c");
    }
}
