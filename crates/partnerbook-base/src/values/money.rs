//! Amounts of money and money ranges: read exactly from what the user wrote (`"€1.5M"`,
//! `"1,5M €"`, `"EUR 2M"`, `"2.000.000 €"`, `"1.234.567,89 €"`), keeping the currency
//! they were written in so the model can check it against the plan currency, and shown
//! compactly (`€2.3M`), exactly (`€1,999,000`) or as a pair that reads differently.

use super::currency::{code_of_sign, is_iso, SIGNS};
use super::decimal::{grouped, Dec};
pub use super::money_style::MoneyStyle;

/// An amount in the plan currency.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Money(pub f64);

/// A value as written: the value and the ISO code of the currency it was written in
/// (`Some("USD")` for `"$1.4M"`), `None` for a bare amount.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Written<T> {
    pub value: T,
    pub currency: Option<&'static str>,
}

/// The forms an amount in currency `c` may take, for messages: written with the
/// plan's own currency, and with the forms of its country (`¥1,200万` for the yen,
/// `₹12 Cr` for the rupee, `2,4 Mio. €` for the euro).
pub fn money_forms(c: &super::Currency) -> String {
    let (p, code) = (c.prefix(), c.code());
    let mut forms = vec![
        "`2500000`".to_string(),
        "`\"2.5M\"`".to_string(),
        format!("`\"{p}2.5M\"`"),
        "`\"500K\"`".to_string(),
        format!("`\"{code} 2.5M\"`"),
    ];
    let local: &[&str] = match code {
        "JPY" => &["`\"¥1,200万\"`", "`\"18億円\"`"],
        "INR" => &["`\"₹12 Cr\"`", "`\"₹50 lakh\"`"],
        "EUR" => &["`\"2,5M €\"`", "`\"2.500.000 €\"`", "`\"2,4 Mio. €\"`"],
        _ => &[],
    };
    forms.extend(local.iter().map(|f| (*f).to_string()));
    forms.join(", ")
}

impl Money {
    /// Reads `250000`, `"$2M"`, `"$500K"`, `"€1.5M"`, `"2,500,000"`, `"1,5M €"`,
    /// `"EUR 2M"`, `"2M EUR"`, `"€ 1.5M"`, `"2.000.000 €"`, `"1.234.567,89 €"`; see
    /// [`number`] for the separators.
    ///
    /// Also as people type amounts in Japan, India and Europe: full-width `￥` and
    /// digits, a `円` suffix, `万` and `億` (`1.2億`, `¥1,200万`, `18億円`, `1億2,000万`),
    /// `lakh` and `crore` (`₹50 lakh`, `₹12 Cr`), `Tsd.`, `Mio.` and `Mrd.`
    /// (`2,4 Mio. €`), `k€` and `M€`. A form that could mean two amounts (`1,500M`:
    /// 1,500 millions or 1.5 million) is an error that shows both readings.
    pub fn parse(s: &str) -> Result<Written<Money>, String> {
        let normal = half_width(s.trim());
        let t = normal.trim();
        let err = || format!("`{}` is not an amount of money", s.trim());
        let (currency, body) = split_currency(t)?;
        if let Some(v) = myriads(body) {
            let v = v.ok_or_else(err)?;
            return Ok(Written {
                value: Money(v),
                currency,
            });
        }
        let (exp, num) = split_multiplier(body);
        if exp > 0 {
            if let Some((a, b)) = two_readings(num) {
                let unit = &body[num.len()..];
                return Err(format!(
                    "`{}` could mean two amounts: {} or {}; write `{a}{unit}` or `{b}{unit}`",
                    s.trim(),
                    grouped(scaled(&a, exp).unwrap_or_default(), 2),
                    grouped(scaled(&b, exp).unwrap_or_default(), 2),
                ));
            }
        }
        let digits = number(num, exp > 0).ok_or_else(err)?;
        let v: f64 = scaled(&digits, exp).ok_or_else(err)?;
        Ok(Written {
            value: Money(v),
            currency,
        })
    }

    /// Compact display: `$2.4M`, `$500K`, `$950`, `CHF 9M`, `2,4 Mio. €`.
    pub fn display(self, style: &MoneyStyle) -> String {
        self.display_with(style, 1)
    }

    /// Compact display with at most `decimals` decimals in its unit (`$2.24M` with 2),
    /// trailing zeros dropped, rounded half away from zero (`€2.25M` → `€2.3M`).
    pub fn display_with(self, style: &MoneyStyle, decimals: usize) -> String {
        let Some(d) = Dec::of(self.0) else {
            return style.wrap(false, &self.0.to_string());
        };
        let minus = d.is_negative();
        let (d, v) = (d.abs(), self.0.abs());
        let units = &style.units;
        // the largest unit the amount reaches (`None`: below the smallest)
        let at = units.iter().position(|(e, _)| v >= 10f64.powi(*e));
        let exp = |i: Option<usize>| i.map_or(0, |i| units[i].0);
        let show = |i: Option<usize>| {
            let unit = i.map_or("", |i| units[i].1.as_str());
            // without a unit, an amount of a thousand or more is shown whole (German has
            // no short unit below a million: `202.167 €`, not `202.166,7 €`)
            let places = if i.is_none() && v >= 1000.0 {
                0
            } else {
                decimals
            };
            d.shift(-exp(i)).fixed(places).map(|n| (n, unit))
        };
        let mut shown = show(at);
        // rounding may reach the next unit up: 999,960 is €1M, not €1000K
        let up = match at {
            Some(i) => i.checked_sub(1),
            None => units.len().checked_sub(1),
        };
        if let (Some((n, _)), Some(j)) = (&shown, up) {
            let threshold = 10f64.powi(units[j].0 - exp(at));
            if n.parse::<f64>().is_ok_and(|x| x >= threshold) {
                shown = show(Some(j));
            }
        }
        match shown {
            Some((n, unit)) => style.wrap(minus, &format!("{}{unit}", style.number(&n))),
            None => style.wrap(minus, &style.grouped(v, 2)),
        }
    }

    /// The exact amount with thousands separators, for messages: `€1,999,000`,
    /// `€1,234,567.89`, `CHF 9,000,000`, `1.999.000 €`.
    pub fn exact(self, style: &MoneyStyle) -> String {
        let minus = self.0 < 0.0 && grouped(self.0, 2) != "0";
        style.wrap(minus, &style.grouped(self.0.abs(), 2))
    }

    /// Two amounts as people read them: as usual, or with up to three more digits if
    /// that is what it takes to see that they differ (`€2.2M` and `€2.24M`); beyond that
    /// both exactly (`€1,234,567.89` and `€1,234,568`).
    pub fn display_pair(a: Money, b: Money, style: &MoneyStyle) -> (String, String) {
        if Dec::of(a.0) == Dec::of(b.0) {
            return (a.display(style), b.display(style));
        }
        (1..=4)
            .find(|&d| {
                a.display_with(style, d) != b.display_with(style, d) && honest(a, b, d, style)
            })
            .map(|d| (a.display_with(style, d), b.display_with(style, d)))
            .unwrap_or_else(|| (a.exact(style), b.exact(style)))
    }
}

/// The most decimals [`Apart::show`] tries before it shows an amount exactly.
const APART_DECIMALS: usize = 12;

/// Bounds (the tiers' pipeline ranges) that amounts are shown apart from, with each
/// bound's display at every number of decimals worked out once: showing an amount then
/// formats only the amount.
#[derive(Debug, Clone)]
pub struct Apart {
    style: MoneyStyle,
    bounds: Vec<Bound>,
}

#[derive(Debug, Clone)]
struct Bound {
    exact: Option<Dec>,
    /// The bound's display with 1, 2, … [`APART_DECIMALS`] decimals.
    shown: Vec<String>,
}

impl Apart {
    pub fn new(style: &MoneyStyle, bounds: &[Money]) -> Apart {
        let mut out: Vec<Bound> = Vec::with_capacity(bounds.len());
        for b in bounds {
            let exact = Dec::of(b.0);
            if out.iter().all(|seen| seen.exact != exact) {
                out.push(Bound {
                    exact,
                    shown: (1..=APART_DECIMALS)
                        .map(|d| b.display_with(style, d))
                        .collect(),
                });
            }
        }
        Apart {
            style: style.clone(),
            bounds: out,
        }
    }

    /// Compact display of `m` that never lands on a bound it is not equal to: as usual,
    /// or with as many more digits as it takes (`€1.999M`, not `€2M`, beside a range
    /// that ends at €2M); exactly when twelve decimals are not enough.
    pub fn show(&self, m: Money) -> String {
        let own = Dec::of(m.0);
        (1..=APART_DECIMALS)
            .find_map(|d| {
                let s = m.display_with(&self.style, d);
                let clash = self
                    .bounds
                    .iter()
                    .any(|b| b.exact != own && b.shown[d - 1] == s);
                (!clash).then_some(s)
            })
            .unwrap_or_else(|| m.exact(&self.style))
    }
}

/// Whether `a` and `b` shown with `decimals` decimals in their units also show the size
/// of the change right, to half a unit of the last digit: €2.25M → €2.24M is a €10K
/// change, which €2.3M → €2.2M would show as €100K.
fn honest(a: Money, b: Money, decimals: usize, style: &MoneyStyle) -> bool {
    let unit = |v: f64| {
        style
            .units
            .iter()
            .map(|(e, _)| 10f64.powi(*e))
            .find(|u| v.abs() >= *u)
            .unwrap_or(1.0)
    };
    let step = 10f64.powi(-(decimals as i32));
    let shown = |v: f64| (v / unit(v) / step).round() * step * unit(v);
    let tolerance = step * unit(a.0).max(unit(b.0)) / 2.0;
    ((shown(b.0) - shown(a.0)) - (b.0 - a.0)).abs() <= tolerance + 1e-9 * b.0.abs().max(1.0)
}

/// Splits a currency sign or ISO code written before or after the amount (`€1.5M`,
/// `€ 1.5M`, `EUR 2M`, `2M EUR`, `1,5M €`); an unknown code or two currencies are errors.
fn split_currency(t: &str) -> Result<(Option<&'static str>, &str), String> {
    let front = leading_currency(t);
    let rest = front.map_or(t, |(_, rest)| rest);
    let back = trailing_currency(rest);
    match (front, back) {
        (Some((a, _)), Some((b, _))) => Err(format!(
            "`{t}` names its currency twice ({a} and {b}): write it once, before the amount"
        )),
        (Some((c, rest)), None) | (None, Some((c, rest))) => Ok((Some(c), rest)),
        (None, None) => Ok((None, t)),
    }
}

/// A sign or code at the start of `t`, and what follows it.
fn leading_currency(t: &str) -> Option<(&'static str, &str)> {
    for (sign, code) in SIGNS {
        if let Some(rest) = t.strip_prefix(sign) {
            return Some((code, rest.trim()));
        }
    }
    let (head, rest) = (t.get(..3)?, t.get(3..)?);
    let code = iso_code(head)?;
    rest.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit())
        .then(|| (code, rest.trim()))
}

/// A sign or code at the end of `t`, and what precedes it.
fn trailing_currency(t: &str) -> Option<(&'static str, &str)> {
    for (sign, _) in SIGNS {
        if let Some(rest) = t.strip_suffix(sign) {
            return Some((code_of_sign(sign)?, rest.trim()));
        }
    }
    let cut = t.len().checked_sub(3)?;
    let (rest, tail) = (t.get(..cut)?, t.get(cut..)?);
    let code = iso_code(tail)?;
    rest.ends_with(|c: char| c.is_whitespace() || c.is_ascii_digit())
        .then(|| (code, rest.trim()))
}

/// The ISO code `s` stands for, in any case (`eur` → `EUR`).
fn iso_code(s: &str) -> Option<&'static str> {
    let upper = s.to_ascii_uppercase();
    if !is_iso(&upper) {
        return None;
    }
    super::currency::ISO_CODES
        .iter()
        .copied()
        .find(|c| *c == upper)
}

/// Full-width forms as a Japanese keyboard types them (`￥１，２００万`) in their
/// ASCII forms, and the ideographic space as a space.
fn half_width(t: &str) -> String {
    t.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{ffe5}' => '¥',
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// The multiplier words and letters written after an amount, longest first, and their
/// powers of ten: `K`, `M`, `B`; `Tsd.`, `Mio.`, `Mrd.` (German); `Mn`, `bn`;
/// `lakh`, `crore`, `Cr` (India). Matched in any case, with or without a final dot.
const MULTIPLIERS: [(&str, i32); 17] = [
    ("crores", 7),
    ("crore", 7),
    ("lakhs", 5),
    ("lakh", 5),
    ("lacs", 5),
    ("lac", 5),
    ("tsd", 3),
    ("mio", 6),
    ("mrd", 9),
    ("mn", 6),
    ("bn", 9),
    ("cr", 7),
    ("k", 3),
    ("m", 6),
    ("b", 9),
    ("l", 5),
    ("md", 9),
];

/// Splits a multiplier ([`MULTIPLIERS`]) off the end: its power of ten and the number
/// before it. A word must follow the number or a space (`2 Mio.`, `2Mio`), never
/// another letter.
fn split_multiplier(t: &str) -> (i32, &str) {
    let bare = t.strip_suffix('.').unwrap_or(t).trim_end();
    for (word, exp) in MULTIPLIERS {
        let Some(cut) = bare.len().checked_sub(word.len()) else {
            continue;
        };
        let (head, tail) = (bare.get(..cut), bare.get(cut..));
        let (Some(head), Some(tail)) = (head, tail) else {
            continue;
        };
        if tail.eq_ignore_ascii_case(word)
            && head.ends_with(|c: char| c.is_ascii_digit() || c.is_whitespace())
        {
            return (exp, head.trim_end());
        }
    }
    (0, t)
}

/// An amount written with the East Asian myriads `万` (10^4), `億` (10^8) and `兆`
/// (10^12), alone or together (`1.2億`, `1,200万`, `1億2,000万`): `None` when `t`
/// has none, `Some(None)` when it has them but does not read.
fn myriads(t: &str) -> Option<Option<f64>> {
    const UNITS: [(char, i32); 3] = [('兆', 12), ('億', 8), ('万', 4)];
    if !t.contains(|c| UNITS.iter().any(|(u, _)| *u == c)) {
        return None;
    }
    let read = || {
        let mut rest = t.trim();
        let mut total = 0.0;
        for (unit, exp) in UNITS {
            let Some((head, tail)) = rest.split_once(unit) else {
                continue;
            };
            total += scaled(&number(head.trim(), true)?, exp)?;
            rest = tail.trim();
        }
        let tail = if rest.is_empty() {
            0.0
        } else {
            scaled(&number(rest, false)?, 0)?
        };
        Some(total + tail)
    };
    Some(read())
}

/// The two readings of a number before a multiplier whose one separator is a comma
/// followed by exactly three digits (`1,500` in `1,500M`: 1500 in English, 1.5 with a
/// decimal comma): `None` when it has one reading. A dot before a multiplier is a
/// decimal point (`$510.294M`, the form partnerbook itself suggests), as a thousands
/// dot is not written before `M` or `Mio.`.
fn two_readings(num: &str) -> Option<(String, String)> {
    if num.contains('.') {
        return None;
    }
    let seps: Vec<(usize, char)> = num
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | '.'))
        .collect();
    let [(at, _)] = seps[..] else { return None };
    let (lead, frac) = (&num[..at], &num[at + 1..]);
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let grouped = (1..=3).contains(&lead.len()) && !lead.starts_with('0');
    (digits(lead) && digits(frac) && frac.len() == 3 && grouped)
        .then(|| (format!("{lead}{frac}"), format!("{lead}.{frac}")))
}

/// `digits` (a plain decimal such as `1234567.89`) times 10^`exp`, as exactly as a
/// float holds it (whole amounts always exactly).
fn scaled(digits: &str, exp: i32) -> Option<f64> {
    let v: f64 = format!("{digits}e{exp}").parse().ok()?;
    v.is_finite().then_some(v)
}

/// Reads a non-negative number written with thousands separators and a decimal point
/// or comma, as a plain decimal (`"1.234.567,89"` → `"1234567.89"`); `None` when it is
/// not one or is ambiguous.
///
/// - Thousands separators are `,` `.` `'` `_` or a space, between groups of three digits
///   (the first group one to three digits, not starting with 0).
/// - With both `,` and `.`, the last one is the decimal separator (`1.234,5`, `1,234.5`).
/// - A single comma followed by one or two digits is a decimal comma (`1,5`, `2,25`);
///   followed by three it separates thousands (`1,500` = 1500); otherwise ambiguous.
/// - A single dot is a decimal point, except without a suffix (`suffixed`) when it is
///   followed by exactly three digits after a thousands group: `1.500` = 1500, while
///   `1.5`, `0.125` and `1.500M` are decimals.
pub fn number(t: &str, suffixed: bool) -> Option<String> {
    let t = t.trim();
    let sep = |c: char| matches!(c, ',' | '.' | '\'' | '_' | ' ' | '\u{a0}' | '\u{202f}');
    if !t.chars().all(|c| c.is_ascii_digit() || sep(c))
        || !t.starts_with(|c: char| c.is_ascii_digit())
        || !t.ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let runs: Vec<&str> = t.split(sep).collect();
    let seps: Vec<char> = t.chars().filter(|c| sep(*c)).collect();
    let Some(&last) = seps.last() else {
        return Some(t.to_string());
    };
    let decimal = decimal_separator(&runs, &seps, last, suffixed)?;
    let groups = if decimal {
        &runs[..runs.len() - 1]
    } else {
        &runs[..]
    };
    let thousands = if decimal {
        &seps[..seps.len() - 1]
    } else {
        &seps[..]
    };
    if !thousands.is_empty() {
        let one_kind = thousands.iter().all(|c| *c == thousands[0]);
        if !one_kind || (decimal && thousands[0] == last) || !is_grouped(groups) {
            return None;
        }
    }
    let whole: String = groups.concat();
    match (decimal, runs.last()) {
        (true, Some(frac)) => Some(format!("{whole}.{frac}")),
        _ => Some(whole),
    }
}

/// Whether the last separator of a number is its decimal separator; `None` when that
/// is ambiguous (`1,5000`).
fn decimal_separator(runs: &[&str], seps: &[char], last: char, suffixed: bool) -> Option<bool> {
    if last != ',' && last != '.' {
        return Some(false);
    }
    let count = seps.iter().filter(|c| **c == last).count();
    if seps.iter().any(|c| *c != last) {
        return (count == 1).then_some(true);
    }
    if count > 1 {
        return Some(false);
    }
    let after = runs.last().map_or(0, |r| r.len());
    let lead = runs.first().copied().unwrap_or_default();
    let group_before = (1..=3).contains(&lead.len()) && !lead.starts_with('0');
    match last {
        ',' => match after {
            1 | 2 => Some(true),
            3 if group_before => Some(false),
            _ => None,
        },
        _ => Some(suffixed || after != 3 || !group_before),
    }
}

/// Whether digit runs form thousands groups: 1–3 digits (not starting with 0, unless
/// alone), then runs of exactly three.
fn is_grouped(runs: &[&str]) -> bool {
    let Some((first, rest)) = runs.split_first() else {
        return false;
    };
    let first_ok = (1..=3).contains(&first.len()) && !(first.starts_with('0') && runs.len() > 1);
    first_ok && rest.iter().all(|r| r.len() == 3)
}

/// A money range: `"$500K–$2M"`, `"$2M+"`, or no target. The minimum is inclusive and
/// the maximum exclusive: `"€500K–€2M"` holds €500,000 up to but not including
/// €2,000,000, and `"€2M+"` holds €2,000,000 and more.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MoneyRange {
    pub min: Option<Money>,
    pub max: Option<Money>,
}

impl MoneyRange {
    /// Reads a range; the currency written on either end (or both, the same) is the
    /// range's. Two different currencies are an error: see [`MoneyRange::parse_ends`].
    pub fn parse(s: &str) -> Result<Written<MoneyRange>, String> {
        let (w, other) = MoneyRange::parse_ends(s)?;
        match (w.currency, other) {
            (Some(a), Some(b)) => Err(format!("`{}` mixes two currencies ({a} and {b})", s.trim())),
            _ => Ok(w),
        }
    }

    /// As [`MoneyRange::parse`], but a range whose ends are written in two currencies
    /// (`"CHF 500K–$2M"`) is read too: the lower end's currency is the range's, and the
    /// upper end's is given beside it, so that the plan layer can say which end is not in
    /// the plan currency instead of dropping the range.
    pub fn parse_ends(s: &str) -> Result<(Written<MoneyRange>, Option<&'static str>), String> {
        let t = s.trim();
        let bare = |range| Written {
            value: range,
            currency: None,
        };
        if t.is_empty() {
            return Ok((bare(MoneyRange::default()), None));
        }
        if let Some(lo) = t.strip_suffix('+') {
            let lo = Money::parse(lo)?;
            let range = MoneyRange {
                min: Some(lo.value),
                max: None,
            };
            return Ok((
                Written {
                    value: range,
                    currency: lo.currency,
                },
                None,
            ));
        }
        if let Some((lo, hi)) = super::split_range(t) {
            let (lo, hi) = (Money::parse(lo)?, Money::parse(hi)?);
            if hi.value.0 < lo.value.0 {
                return Err(format!("`{t}`: the upper bound is below the lower bound"));
            }
            let (currency, other) = match (lo.currency, hi.currency) {
                (Some(a), Some(b)) if a != b => (Some(a), Some(b)),
                (a, b) => (a.or(b), None),
            };
            let range = MoneyRange {
                min: Some(lo.value),
                max: Some(hi.value),
            };
            return Ok((
                Written {
                    value: range,
                    currency,
                },
                other,
            ));
        }
        let m = Money::parse(t).map_err(|_| {
            format!("`{t}` is not a money range (expected \"$500K–$2M\", \"$2M+\" or \"\")")
        })?;
        let range = MoneyRange {
            min: Some(m.value),
            max: Some(m.value),
        };
        Ok((
            Written {
                value: range,
                currency: m.currency,
            },
            None,
        ))
    }

    pub fn is_empty(&self) -> bool {
        self.min.is_none() && self.max.is_none()
    }

    /// Whether an amount lies within the range: min inclusive, max exclusive (a range of
    /// one amount holds that amount).
    pub fn contains(&self, v: Money) -> bool {
        let above = self.min.is_none_or(|m| v.0 >= m.0);
        let below = self.max.is_none_or(|m| v.0 < m.0 || self.min == self.max);
        above && below
    }

    pub fn display(&self, style: &MoneyStyle) -> String {
        self.display_with(style, 1)
    }

    /// As [`MoneyRange::display`], each bound with at most `decimals` decimals.
    pub fn display_with(&self, style: &MoneyStyle, decimals: usize) -> String {
        self.shown(|x| x.display_with(style, decimals))
    }

    fn shown(&self, m: impl Fn(Money) -> String) -> String {
        match (self.min, self.max) {
            (None, None) => "no target".into(),
            (Some(a), None) => format!("{}+", m(a)),
            (None, Some(b)) => format!("up to {}", m(b)),
            (Some(a), Some(b)) if a == b => m(a),
            (Some(a), Some(b)) => format!("{}–{}", m(a), m(b)),
        }
    }

    /// The range in exact figures and words, for messages: `€500,000 up to but not
    /// including €2,000,000`, `at least €2,000,000`.
    pub fn exact(&self, style: &MoneyStyle) -> String {
        let m = |x: Money| x.exact(style);
        match (self.min, self.max) {
            (None, None) => "no target".into(),
            (Some(a), None) => format!("at least {}", m(a)),
            (None, Some(b)) => format!("below {}", m(b)),
            (Some(a), Some(b)) if a == b => format!("exactly {}", m(a)),
            (Some(a), Some(b)) => format!("{} up to but not including {}", m(a), m(b)),
        }
    }

    /// Two ranges as people read them, with up to three more digits if that is what it
    /// takes to see that they differ (`€500K–€2M` and `€500K–€2.04M`), else exactly.
    pub fn display_pair(a: &MoneyRange, b: &MoneyRange, style: &MoneyStyle) -> (String, String) {
        let (sa, sb) = (a.display(style), b.display(style));
        if sa != sb || a == b {
            return (sa, sb);
        }
        let exact = |r: &MoneyRange| r.shown(|m| m.exact(style));
        (2..=4)
            .map(|d| (a.display_with(style, d), b.display_with(style, d)))
            .find(|(sa, sb)| sa != sb)
            .unwrap_or_else(|| (exact(a), exact(b)))
    }
}

#[cfg(test)]
#[path = "money_tests.rs"]
mod tests;
