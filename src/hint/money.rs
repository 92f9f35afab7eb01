//! Amounts of money written in another convention than the plan's (`2,3M €`,
//! `EUR 2M`, `2.000.000 €`, `1.5 million`, `50 thousand`) and money ranges written in
//! words (`€500K to €2M`, `over $2M`, `up to 500K`), read so that a help line can give
//! the user's own value in the accepted form.

use super::Hint;

/// An amount as read from a text: the currency sign to write it with (if one was
/// written and has a sign the plan accepts) and the exact amount.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    pub sign: &'static str,
    pub value: f64,
}

/// What to write instead of an amount that does not parse.
pub fn money(key: &str, text: &str) -> Hint {
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
            "write an amount such as `{key}: \"2.5M\"`, `\"500K\"` or `2500000` (optionally with the plan currency's sign, `\"€2.5M\"`)"
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
                sign: if a.sign.is_empty() { b.sign } else { a.sign },
                ..a
            })?;
            let b = Amount {
                sign: if b.sign.is_empty() { a.sign } else { b.sign },
                ..b
            };
            return Some((Some(a), Some(b)));
        }
    }
    None
}

/// The amount in YAML: quoted when it carries a sign or a suffix, else a plain number.
fn yaml(a: Amount) -> String {
    let c = compact(a);
    if c.chars().all(|ch| ch.is_ascii_digit() || ch == '.') {
        c
    } else {
        format!("\"{c}\"")
    }
}

/// `€2.3M`, `$500K`, `1250`: the shortest compact form that keeps the exact amount.
pub fn compact(a: Amount) -> String {
    exact(a.sign, a.value)
}

/// An amount with `sign` in the shortest compact form that keeps it exact: `€2.25M`,
/// `$1.999M`, `1250`; for a value a user is told to write.
pub fn exact(sign: &str, v: f64) -> String {
    for (unit, suffix) in [(1e9, "B"), (1e6, "M"), (1e3, "K")] {
        if v >= unit {
            let n = v / unit;
            let rounded = (n * 1000.0).round() / 1000.0;
            if rounded < 1000.0 && (rounded * unit - v).abs() < 0.005 {
                return format!("{sign}{}{suffix}", trim_decimals(rounded));
            }
        }
    }
    format!("{sign}{}", trim_decimals(v))
}

/// `2.5`, `2`, `2.125`: at most three decimals, no trailing zeros.
fn trim_decimals(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// ISO 4217 codes a user may write before or after an amount.
const CODES: [&str; 24] = [
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK",
    "HUF", "INR", "CNY", "HKD", "SGD", "ZAR", "BRL", "MXN", "KRW", "AED", "ILS",
];

/// The sign to write for a currency sign or ISO code: `€` for `EUR`, none for a
/// currency without a sign the plan accepts (`CHF`).
fn sign_of(code: &str) -> Option<&'static str> {
    match code {
        "$" | "USD" | "US$" => Some("$"),
        "€" | "EUR" => Some("€"),
        "£" | "GBP" => Some("£"),
        "¥" | "JPY" => Some("¥"),
        c if CODES.contains(&c) => Some(""),
        _ => None,
    }
}

/// Splits a leading or trailing currency sign or ISO code off `t`.
fn split_currency(t: &str) -> (&'static str, &str) {
    let t = t.trim();
    for s in ["US$", "$", "€", "£", "¥"] {
        if let Some(rest) = t.strip_prefix(s).or_else(|| t.strip_suffix(s)) {
            return (sign_of(s).unwrap_or(""), rest.trim());
        }
    }
    let code = |s: Option<&str>| s.map(str::to_ascii_uppercase).and_then(|c| sign_of(&c));
    if let (Some(sign), Some(rest)) = (code(t.get(..3)), t.get(3..)) {
        if rest.starts_with(|c: char| c == ' ' || c.is_ascii_digit()) {
            return (sign, rest.trim());
        }
    }
    let cut = t.len().saturating_sub(3);
    if let (Some(sign), Some(rest)) = (code(t.get(cut..)), t.get(..cut)) {
        if rest.ends_with(|c: char| c == ' ' || c.is_ascii_digit()) {
            return (sign, rest.trim());
        }
    }
    ("", t)
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
    let (sign_a, rest) = split_currency(t);
    let (mult, rest) = split_multiplier(rest);
    let (sign_b, rest) = split_currency(rest);
    let sign = if sign_a.is_empty() { sign_b } else { sign_a };
    let trailing_sign = t.trim().ends_with(['€', '$', '£', '¥'])
        || t.trim().ends_with(|c: char| c.is_ascii_alphabetic()) && mult == 1.0;
    let n = read_number(rest, mult == 1.0 && trailing_sign)?;
    let value = n * mult;
    (value.is_finite() && value >= 0.0).then_some(Amount { sign, value })
}

/// A decimal number with either convention of separators: `1,234.5`, `1.234,5`,
/// `2,3`, `2.000.000`, `1'000'000`, `2 000 000`. `dot_groups` reads a single `.`
/// followed by three digits as a thousands separator (`1.500 €`).
pub fn read_number(t: &str, dot_groups: bool) -> Option<f64> {
    let t: String = t
        .trim()
        .chars()
        .filter(|c| !matches!(c, '\'' | '_' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let (commas, dots) = (t.matches(',').count(), t.matches('.').count());
    let groups_of_three = |sep: char| t.split(sep).skip(1).all(|g| g.len() == 3);
    let normal: String = match (commas, dots) {
        (0, 0) => t.clone(),
        (_, 0) if commas > 1 || groups_of_three(',') => t.replace(',', ""),
        (1, 0) => t.replace(',', "."),
        (0, _) if dots > 1 || (dot_groups && groups_of_three('.')) => t.replace('.', ""),
        (0, 1) => t.clone(),
        _ => {
            let last_comma = t.rfind(',')?;
            let last_dot = t.rfind('.')?;
            if last_comma > last_dot {
                t.replace('.', "").replace(',', ".")
            } else {
                t.replace(',', "")
            }
        }
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> String {
        money("pipeline", text).help
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
        assert_eq!(write("CHF 9M"), "write `pipeline: \"9M\"`");
        assert_eq!(
            write("-500000"),
            "amounts are not negative: write `pipeline: \"500K\"`"
        );
        assert!(write("a lot").starts_with("write an amount such as"));
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
