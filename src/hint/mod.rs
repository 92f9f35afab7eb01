//! What to write instead: a value that does not parse, converted where possible to the
//! form the plan accepts, for the `help:` line of its diagnostic (`85` for `85%` in a
//! rating, `2026-10-20` for `20.10.2026`, `"€1.5M"` for `1,5M €`, `D-007` for `D7`).
//!
//! The parsers themselves live in `values`; this module only reads the common slips
//! closely enough to say what the user meant, and never decides what is valid.

mod date;
mod money;

pub use money::{compact, exact, exact_range, money_value, read_amount, read_number, Amount};

/// The kind of value a field expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Number,
    Percent,
    Money,
    MoneyRange,
    Date,
    /// An OKR value: a number, an amount or a percentage.
    Measure,
    /// A model's commercial term range: `5–15%`.
    PercentRange,
    /// A partner's commercial term: a percentage or an amount.
    Term,
}

/// A better description of the problem (when there is one) and what to write instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// What is wrong, when it says more than the parser's message
    /// (`February 2027 has 28 days`).
    pub problem: Option<String>,
    /// What to write instead, with the user's value converted where possible.
    pub help: String,
}

impl Hint {
    /// `write `key: value``.
    fn write(key: &str, value: &str) -> Hint {
        Hint::help(format!("write `{key}: {value}`"))
    }

    fn help(help: String) -> Hint {
        Hint {
            problem: None,
            help,
        }
    }
}

/// What to write instead of `text` in the field `key` (its last path segment is
/// used: `scores.icp_overlap` reads as `icp_overlap`).
pub fn for_value(kind: Expected, key: &str, text: &str) -> Hint {
    for_value_in(kind, key, text, &crate::values::Currency::default())
}

/// [`for_value`] in a plan kept in `plan` (amounts in the help are in its currency).
pub fn for_value_in(kind: Expected, key: &str, text: &str, plan: &crate::values::Currency) -> Hint {
    let key = key.rsplit('.').next().unwrap_or(key);
    match kind {
        Expected::Number => number(key, text),
        Expected::Percent => percent(key, text),
        Expected::Money => money::money(key, text, plan),
        Expected::MoneyRange => money::money_range(key, text),
        Expected::Date => date::date(key, text),
        Expected::Measure => measure(key, text),
        Expected::PercentRange => percent_range(key, text),
        Expected::Term => term(key, text),
    }
}

/// What to write instead of a date given on the command line as `--today`.
pub fn today_help(text: &str) -> Hint {
    let h = date::date("--today", text);
    Hint {
        help: h.help.replace("`--today: ", "`--today "),
        ..h
    }
}

/// Words users write around a number: a unit, a scale, an approximation.
const NUMBER_NOISE: [&str; 9] = ["points", "pts", "/100", "%", "percent", "~", "≈", "+", "≥"];

fn small_number_word(w: &str) -> Option<u32> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    WORDS.iter().position(|x| *x == w).map(|i| i as u32)
}

/// `85%`, `85 points`, `85/100`, `~85`, `8,5`, `six` in a number field.
fn plain_number(text: &str) -> Option<String> {
    let mut t = text.trim().to_lowercase();
    for w in NUMBER_NOISE {
        t = t.replace(w, "");
    }
    let t = t.trim();
    if let Some(n) = small_number_word(t) {
        return Some(n.to_string());
    }
    read_number(t, false).map(trim)
}

fn trim(v: f64) -> String {
    crate::values::decimal2(v)
}

fn number(key: &str, text: &str) -> Hint {
    match plain_number(text) {
        Some(n) => Hint::write(key, &n),
        None => Hint::help(format!("write a number, e.g. `{key}: 80`")),
    }
}

/// `30 percent`, `30 pct`, `%30`, `30,5%` in a percent field.
fn percent(key: &str, text: &str) -> Hint {
    let mut t = text.trim().to_lowercase();
    for w in ["per cent", "percent", "pct", "%"] {
        t = t.replace(w, "");
    }
    match read_number(t.trim(), false) {
        Some(v) => Hint::write(key, &format!("{}%", trim(v))),
        None => Hint::help(format!("write a percentage, e.g. `{key}: 30%`")),
    }
}

/// An OKR value: `≥ 40`, `at least 40`, `95 percent`, `$10 million`, `10M €`.
fn measure(key: &str, text: &str) -> Hint {
    let lower = text.trim().to_lowercase();
    let mut t = lower.as_str();
    for w in [
        "at least", "at most", ">=", "<=", "≥", "≤", ">", "<", "~", "≈",
    ] {
        t = t.strip_prefix(w).unwrap_or(t).trim();
    }
    let generic = || {
        Hint::help(format!(
            "write a number (`{key}: 40`), an amount (`\"10M\"`) or a percentage (`95%`)"
        ))
    };
    if t.contains('%') || t.contains("percent") {
        let h = percent(key, t);
        return if h.help.starts_with("write `") {
            h
        } else {
            generic()
        };
    }
    if let Some(n) = read_number(t, false) {
        return Hint::write(key, &trim(n));
    }
    match read_amount(t) {
        Some(a) => Hint::write(key, &format!("\"{}\"", compact(a))),
        None => generic(),
    }
}

/// `5% to 15%`, `5 - 15 percent`, `15–5%` as a range of percentages: `"5–15%"`.
fn percent_range(key: &str, text: &str) -> Hint {
    let mut t = text.trim().to_lowercase();
    for w in ["per cent", "percent", "pct", "%"] {
        t = t.replace(w, "");
    }
    let ends = [" to ", "–", "—", "..", "-"]
        .iter()
        .find_map(|sep| t.split_once(sep))
        .and_then(|(a, b)| Some((read_number(a.trim(), false)?, read_number(b.trim(), false)?)));
    match ends {
        Some((a, b)) => {
            let (lo, hi) = if b < a { (b, a) } else { (a, b) };
            Hint::write(key, &format!("\"{}–{}%\"", trim(lo), trim(hi)))
        }
        None => Hint::help(format!("write a percentage range, e.g. `{key}: \"5–15%\"`")),
    }
}

/// A commercial term: a percentage (`10 percent` → `10%`) or an amount
/// (`25K €` → `"€25K"`).
fn term(key: &str, text: &str) -> Hint {
    let lower = text.to_lowercase();
    if lower.contains("percent") || lower.contains("pct") {
        return percent(key, text);
    }
    match read_amount(text) {
        Some(a) => Hint::write(key, &format!("\"{}\"", compact(a))),
        None => Hint::help(format!(
            "write a percentage (`{key}: 10%`) or an amount (`{key}: \"25K\"`)"
        )),
    }
}

/// `D1`, `d-7`, `D-01`, `D_012`, `12` as a decision id: `D-001`, `D-007`, `D-012`.
pub fn decision_id(text: &str) -> Option<String> {
    let t = text.trim().to_uppercase();
    let digits = t
        .strip_prefix('D')
        .unwrap_or(&t)
        .trim_start_matches(['-', '_', ' ', '.']);
    let n: u32 = (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()?;
    Some(format!("D-{n:03}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help(kind: Expected, key: &str, text: &str) -> String {
        for_value(kind, key, text).help
    }

    #[test]
    fn numbers_lose_their_unit() {
        assert_eq!(
            help(Expected::Number, "scores.icp_overlap", "85%"),
            "write `icp_overlap: 85`"
        );
        assert_eq!(
            help(Expected::Number, "icp_overlap", "85 points"),
            "write `icp_overlap: 85`"
        );
        assert_eq!(
            help(Expected::Number, "icp_overlap", "85/100"),
            "write `icp_overlap: 85`"
        );
        assert_eq!(
            help(Expected::Number, "icp_overlap", "8,5"),
            "write `icp_overlap: 8.5`"
        );
        assert_eq!(
            help(Expected::Number, "icp_overlap", "six"),
            "write `icp_overlap: 6`"
        );
        assert_eq!(
            help(Expected::Number, "icp_overlap", "high"),
            "write a number, e.g. `icp_overlap: 80`"
        );
    }

    #[test]
    fn percents_get_their_sign() {
        assert_eq!(
            help(Expected::Percent, "partner_arr_share", "35 percent"),
            "write `partner_arr_share: 35%`"
        );
        assert_eq!(
            help(Expected::Percent, "partner_arr_share", "35,5 %"),
            "write `partner_arr_share: 35.5%`"
        );
        assert_eq!(
            help(Expected::Percent, "partner_arr_share", "a third"),
            "write a percentage, e.g. `partner_arr_share: 30%`"
        );
    }

    #[test]
    fn okr_values_drop_comparisons_and_words() {
        assert_eq!(
            help(Expected::Measure, "target", "≥ 40"),
            "write `target: 40`"
        );
        assert_eq!(
            help(Expected::Measure, "target", "at least 95 percent"),
            "write `target: 95%`"
        );
        assert_eq!(
            help(Expected::Measure, "target", "$10 million"),
            "write `target: \"$10M\"`"
        );
        assert_eq!(
            help(Expected::Measure, "target", "10M €"),
            "write `target: \"€10M\"`"
        );
        assert!(help(Expected::Measure, "target", "lots").starts_with("write a number"));
    }

    #[test]
    fn terms_and_term_ranges() {
        assert_eq!(
            help(Expected::PercentRange, "terms.referral_fee", "5% to 15%"),
            "write `referral_fee: \"5–15%\"`"
        );
        assert_eq!(
            help(Expected::PercentRange, "referral_fee", "15 - 5 percent"),
            "write `referral_fee: \"5–15%\"`"
        );
        assert_eq!(
            help(Expected::Term, "referral_fee", "10 percent"),
            "write `referral_fee: 10%`"
        );
        assert_eq!(
            help(Expected::Term, "mdf_cap", "25K €"),
            "write `mdf_cap: \"€25K\"`"
        );
        assert!(help(Expected::Term, "mdf_cap", "some").starts_with("write a percentage"));
    }

    #[test]
    fn decision_ids_get_their_dash_and_three_digits() {
        assert_eq!(decision_id("D1").as_deref(), Some("D-001"));
        assert_eq!(decision_id("d-7").as_deref(), Some("D-007"));
        assert_eq!(decision_id("D-01").as_deref(), Some("D-001"));
        assert_eq!(decision_id("D_012").as_deref(), Some("D-012"));
        assert_eq!(decision_id("DX-1"), None);
    }

    #[test]
    fn no_help_restates_the_value_alone() {
        for (kind, text) in [
            (Expected::Number, "85%"),
            (Expected::Date, "2027-02-30"),
            (Expected::Money, "1,5M €"),
            (Expected::MoneyRange, "€500K to €2M"),
            (Expected::Percent, "35 percent"),
            (Expected::Measure, "≥ 40"),
        ] {
            let h = for_value(kind, "key", text);
            assert!(h.help.starts_with("write"), "{kind:?} {text}: {}", h.help);
            assert!(
                !h.help.contains(&format!("`{text}`")),
                "{kind:?} {text}: {}",
                h.help
            );
        }
    }
}
