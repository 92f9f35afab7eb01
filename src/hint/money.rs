//! Amounts of money written in another convention than the plan's (`2,3M €`,
//! `EUR 2M`, `2.000.000 €`, `1.5 million`, `50 thousand`) and money ranges written in
//! words (`€500K to €2M`, `over $2M`, `up to 500K`), read so that a help line can give
//! the user's own value in the accepted form.

use super::Hint;
use crate::values::currency::{self, Currency};
use crate::values::{money_forms, MoneyRange};

/// An amount as read from a text: the currency it was written in (the ISO code of a
/// sign or code, if one was written) and the exact amount.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    pub currency: Option<&'static str>,
    pub value: f64,
}

impl Amount {
    /// What the amount is written with: its currency's sign or code (`€`, `CHF `).
    fn prefix(&self) -> String {
        self.currency
            .map_or(String::new(), |c| Currency::of(c).prefix().to_string())
    }
}

/// What to write instead of an amount that does not parse, in a plan kept in `plan`.
pub fn money(key: &str, text: &str, plan: &Currency) -> Hint {
    let t = text.trim();
    if let Some(rest) = t.strip_prefix('-') {
        if let Some(a) = read_amount(rest) {
            return Hint::help(format!(
                "amounts are not negative: write `{key}: {}`",
                yaml(a)
            ));
        }
    }
    match read_amount(t.trim_end_matches('+')) {
        Some(a) => Hint::write(key, &yaml(a)),
        None => Hint::help(format!(
            "write an amount, e.g. `{key}: \"2.5M\"`; the accepted forms are {}",
            money_forms(plan)
        )),
    }
}

/// What to write instead of a money range that does not parse.
pub fn money_range(key: &str, text: &str) -> Hint {
    let generic = || {
        Hint::help(format!(
            "write a range such as `{key}: \"500K–2M\"`, an open range `\"2M+\"`, or `\"\"` for no target"
        ))
    };
    let Some(r) = read_range(text) else {
        return generic();
    };
    let value = match r {
        (Some(lo), None) => format!("\"{}+\"", compact(lo)),
        (None, Some(hi)) => format!(
            "\"{}–{}\"",
            compact(Amount { value: 0.0, ..hi }),
            compact(hi)
        ),
        (Some(lo), Some(hi)) => {
            let (lo, hi) = if hi.value < lo.value {
                (hi, lo)
            } else {
                (lo, hi)
            };
            format!("\"{}–{}\"", compact(lo), compact(hi))
        }
        (None, None) => return generic(),
    };
    Hint::write(key, &value)
}

/// The two ends of a range written in words or with another separator.
fn read_range(text: &str) -> Option<(Option<Amount>, Option<Amount>)> {
    let lower = text.trim().to_lowercase();
    const FROM: [&str; 8] = [
        "more than",
        "at least",
        "over",
        "above",
        "from",
        ">=",
        "≥",
        ">",
    ];
    const UPTO: [&str; 7] = ["up to", "less than", "under", "below", "<=", "≤", "<"];
    const PLUS: [&str; 4] = ["or more", "and above", "and up", "plus"];
    for w in FROM {
        if let Some(rest) = lower.strip_prefix(w) {
            return Some((Some(read_amount(rest)?), None));
        }
    }
    for w in UPTO {
        if let Some(rest) = lower.strip_prefix(w) {
            return Some((None, Some(read_amount(rest)?)));
        }
    }
    for w in PLUS {
        if let Some(rest) = lower.strip_suffix(w) {
            return Some((Some(read_amount(rest)?), None));
        }
    }
    let body = lower.strip_prefix("between").unwrap_or(&lower);
    for sep in [" to ", " and ", " - ", "–", "—", "..", "-"] {
        if let Some((a, b)) = body.split_once(sep) {
            let (a, b) = (read_amount(a), read_amount(b)?);
            // `500K–€2M`: the sign written on one end belongs to both.
            let a = a.map(|a| Amount {
                currency: a.currency.or(b.currency),
                ..a
            })?;
            let b = Amount {
                currency: b.currency.or(a.currency),
                ..b
            };
            return Some((Some(a), Some(b)));
        }
    }
    None
}

/// The amount in YAML: quoted when it carries a sign or a suffix, else a plain number.
fn yaml(a: Amount) -> String {
    money_value(&compact(a))
}

/// A compact amount as a YAML value: quoted unless it is a plain number (`1250`,
/// `"€2.3M"`).
pub fn money_value(compact: &str) -> String {
    if compact.chars().all(|ch| ch.is_ascii_digit() || ch == '.') {
        compact.to_string()
    } else {
        format!("\"{compact}\"")
    }
}

/// `€2.3M`, `$500K`, `1250`: the shortest compact form that keeps the exact amount.
pub fn compact(a: Amount) -> String {
    exact(&crate::values::MoneyStyle::plain(&a.prefix()), a.value)
}

/// A range in the compact forms that keep its exact amounts, written with `prefix`:
/// `€500K–€2M`, `€2M+`, `0–€500K`, or nothing for no target.
pub fn exact_range(prefix: &str, r: &MoneyRange) -> String {
    let style = crate::values::MoneyStyle::plain(prefix);
    let m = |v: f64| exact(&style, v);
    match (r.min, r.max) {
        (None, None) => String::new(),
        (Some(a), None) => format!("{}+", m(a.0)),
        (None, Some(b)) => format!("{}–{}", m(0.0), m(b.0)),
        (Some(a), Some(b)) if a == b => m(a.0),
        (Some(a), Some(b)) => format!("{}–{}", m(a.0), m(b.0)),
    }
}

/// An amount with `prefix` in the shortest compact form that keeps it exact: `€2.25M`,
/// `$1.999M`, `CHF 9M`, `1250`; for a value a user is told to write.
pub fn exact(style: &crate::values::MoneyStyle, v: f64) -> String {
    // written with a plain space (`CHF 9M`), as a user types it; before the amount
    let prefix = style.prefix().replace('\u{a0}', " ");
    for (unit, suffix) in [(1e9, "B"), (1e6, "M"), (1e3, "K")] {
        if v >= unit {
            let n = crate::values::fixed(v / unit, 3);
            let x: f64 = n.parse().unwrap_or(f64::NAN);
            if x < 1000.0 && (x * unit - v).abs() < 0.005 {
                return format!("{prefix}{n}{suffix}");
            }
        }
    }
    format!("{prefix}{}", crate::values::fixed(v, 3))
}

/// The currency a sign or ISO code stands for: `€` and `EUR` for EUR.
fn currency_of(written: &str) -> Option<&'static str> {
    let upper = written.to_ascii_uppercase();
    currency::code_of_sign(written)
        .or_else(|| currency::ISO_CODES.iter().copied().find(|c| *c == upper))
}

/// Splits a leading or trailing currency sign or ISO code off `t`.
fn split_currency(t: &str) -> (Option<&'static str>, &str) {
    let t = t.trim();
    for (s, code) in currency::SIGNS {
        if let Some(rest) = t.strip_prefix(s).or_else(|| t.strip_suffix(s)) {
            return (Some(code), rest.trim());
        }
    }
    if let (Some(code), Some(rest)) = (t.get(..3).and_then(currency_of), t.get(3..)) {
        if rest.starts_with(|c: char| c == ' ' || c.is_ascii_digit()) {
            return (Some(code), rest.trim());
        }
    }
    let cut = t.len().saturating_sub(3);
    if let (Some(code), Some(rest)) = (t.get(cut..).and_then(currency_of), t.get(..cut)) {
        if rest.ends_with(|c: char| c == ' ' || c.is_ascii_digit()) {
            return (Some(code), rest.trim());
        }
    }
    (None, t)
}

/// Splits a multiplier word or suffix (`K`, `thousand`, `M`, `mio`, `million`, `bn`)
/// off the end of `t`.
fn split_multiplier(t: &str) -> (f64, &str) {
    const WORDS: [(&str, f64); 14] = [
        ("thousand", 1e3),
        ("tsd", 1e3),
        ("millions", 1e6),
        ("million", 1e6),
        ("mio", 1e6),
        ("mln", 1e6),
        ("mm", 1e6),
        ("mn", 1e6),
        ("billion", 1e9),
        ("bn", 1e9),
        ("mrd", 1e9),
        ("k", 1e3),
        ("m", 1e6),
        ("b", 1e9),
    ];
    let lower = t.trim().trim_end_matches('.').to_lowercase();
    for (w, mult) in WORDS {
        if let Some(rest) = lower.strip_suffix(w) {
            let rest = rest.trim_end();
            if rest.ends_with(|c: char| c.is_ascii_digit()) {
                if let Some(number) = t.trim().get(..rest.len()) {
                    return (mult, number);
                }
            }
        }
    }
    (1.0, t.trim())
}

/// An amount in any common convention; `None` when `t` is not one.
pub fn read_amount(t: &str) -> Option<Amount> {
    let (written_a, rest) = split_currency(t);
    let (mult, rest) = split_multiplier(rest);
    let (written_b, rest) = split_currency(rest);
    let n = read_number(rest, mult == 1.0)?;
    let value = n * mult;
    (value.is_finite() && value >= 0.0).then_some(Amount {
        currency: written_a.or(written_b),
        value,
    })
}

/// A decimal number with either convention of separators, read as `values::number`
/// reads it: `1,234.5`, `1.234,5`, `2,3`, `2.000.000`, `1'000'000`, `2 000 000`.
/// `dot_groups` reads a single `.` followed by three digits as a thousands separator
/// (`1.500 €`), as an amount without a suffix is read.
pub fn read_number(t: &str, dot_groups: bool) -> Option<f64> {
    crate::values::number(t, !dot_groups)?
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> String {
        money("pipeline", text, &Currency::default()).help
    }

    /// Regression: `$510.294M` (what `exact` suggests, and what the plan generator
    /// writes) was refused as having two readings. Every amount partnerbook suggests
    /// reads back as the same amount.
    #[test]
    fn every_suggested_amount_reads_back() {
        for code in ["USD", "EUR", "CHF", "JPY"] {
            let style = Currency::of(code).plain_style();
            for v in [
                510_294_000.0,
                1_999_000.0,
                2_250_000.0,
                1_500.0,
                999_999.0,
                74_000.0,
            ] {
                let written = exact(&style, v);
                let read = crate::values::Money::parse(&written);
                assert_eq!(read.map(|w| w.value.0), Ok(v), "{written}");
            }
        }
    }

    #[test]
    fn amounts_in_other_conventions_are_converted_exactly() {
        assert_eq!(write("2,3M €"), "write `pipeline: \"€2.3M\"`");
        assert_eq!(write("1,5M €"), "write `pipeline: \"€1.5M\"`");
        assert_eq!(write("EUR 2M"), "write `pipeline: \"€2M\"`");
        assert_eq!(write("2.000.000 €"), "write `pipeline: \"€2M\"`");
        assert_eq!(write("1.500 €"), "write `pipeline: \"€1.5K\"`");
        assert_eq!(write("1.5 million"), "write `pipeline: \"1.5M\"`");
        assert_eq!(write("50 thousand"), "write `pipeline: \"50K\"`");
        assert_eq!(write("$2.24 mio"), "write `pipeline: \"$2.24M\"`");
        assert_eq!(write("2,240,000 USD"), "write `pipeline: \"$2.24M\"`");
        assert_eq!(write("1'234'567"), "write `pipeline: 1234567`");
        assert_eq!(write("CHF 9M"), "write `pipeline: \"CHF 9M\"`");
        assert_eq!(
            write("-500000"),
            "amounts are not negative: write `pipeline: \"500K\"`"
        );
        assert!(write("a lot").starts_with("write an amount, e.g."));
    }

    #[test]
    fn ranges_in_words_are_converted() {
        let r = |t: &str| money_range("annual_pipeline_target", t).help;
        assert_eq!(
            r("€500K to €2M"),
            "write `annual_pipeline_target: \"€500K–€2M\"`"
        );
        assert_eq!(
            r("500K - 2M €"),
            "write `annual_pipeline_target: \"€500K–€2M\"`"
        );
        assert_eq!(r("over $2M"), "write `annual_pipeline_target: \"$2M+\"`");
        assert_eq!(
            r("2M € or more"),
            "write `annual_pipeline_target: \"€2M+\"`"
        );
        assert_eq!(
            r("up to 500K"),
            "write `annual_pipeline_target: \"0–500K\"`"
        );
        assert_eq!(
            r("$2M–$500K"),
            "write `annual_pipeline_target: \"$500K–$2M\"`"
        );
    }

    #[test]
    fn numbers_take_either_decimal_convention() {
        assert_eq!(read_number("1,234.5", false), Some(1234.5));
        assert_eq!(read_number("1.234,5", false), Some(1234.5));
        assert_eq!(read_number("2,3", false), Some(2.3));
        assert_eq!(read_number("2,500", false), Some(2500.0));
        assert_eq!(read_number("2.5", false), Some(2.5));
        assert_eq!(read_number("1.500", true), Some(1500.0));
        assert_eq!(read_number("2 000 000", false), Some(2e6));
        assert_eq!(read_number("x", false), None);
    }
}
