//! Plan value types: money, money ranges, percentages, dates and ids, parsed from YAML scalars.

use std::fmt;

/// An amount in the plan currency.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Money(pub f64);

impl Money {
    /// Parses `250000`, `"$2M"`, `"$500K"`, `"€1.5M"`, `"2,500,000"`.
    pub fn parse(s: &str) -> Result<Money, String> {
        let t = s.trim();
        let body = t.trim_start_matches(['$', '€', '£', '¥']).trim();
        let body = body
            .strip_prefix("USD")
            .or_else(|| body.strip_prefix("EUR"))
            .or_else(|| body.strip_prefix("GBP"))
            .unwrap_or(body)
            .trim();
        let (num, mult) = match body.char_indices().last() {
            Some((i, 'K' | 'k')) => (&body[..i], 1e3),
            Some((i, 'M' | 'm')) => (&body[..i], 1e6),
            Some((i, 'B' | 'b')) => (&body[..i], 1e9),
            _ => (body, 1.0),
        };
        let digits: String = num
            .trim()
            .chars()
            .filter(|c| *c != ',' && *c != '_')
            .collect();
        match digits.parse::<f64>() {
            Ok(v) if v.is_finite() && v >= 0.0 && !digits.is_empty() => Ok(Money(v * mult)),
            _ => Err(format!(
                "`{t}` is not an amount of money (expected a number or a string like \"$2M\", \"$500K\", \"€1.5M\")"
            )),
        }
    }

    /// Compact display: `$2.4M`, `$500K`, `$950`.
    pub fn display(self, symbol: &str) -> String {
        self.display_with(symbol, 1)
    }

    /// Compact display with at most `decimals` decimals in its unit (`$2.24M` with 2),
    /// trailing zeros dropped.
    pub fn display_with(self, symbol: &str, decimals: usize) -> String {
        let v = self.0;
        let (n, suffix) = if v >= 1e9 {
            (v / 1e9, "B")
        } else if v >= 1e6 {
            (v / 1e6, "M")
        } else if v >= 1e3 {
            (v / 1e3, "K")
        } else {
            (v, "")
        };
        format!("{symbol}{}{suffix}", fixed(n, decimals))
    }
}

/// A money range: `"$500K–$2M"`, `"$2M+"`, or no target.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MoneyRange {
    pub min: Option<Money>,
    pub max: Option<Money>,
}

impl MoneyRange {
    pub fn parse(s: &str) -> Result<MoneyRange, String> {
        let t = s.trim();
        if t.is_empty() {
            return Ok(MoneyRange::default());
        }
        if let Some(lo) = t.strip_suffix('+') {
            return Ok(MoneyRange {
                min: Some(Money::parse(lo)?),
                max: None,
            });
        }
        if let Some((lo, hi)) = split_range(t) {
            let (lo, hi) = (Money::parse(lo)?, Money::parse(hi)?);
            if hi.0 < lo.0 {
                return Err(format!("`{t}`: the upper bound is below the lower bound"));
            }
            return Ok(MoneyRange {
                min: Some(lo),
                max: Some(hi),
            });
        }
        let m = Money::parse(t).map_err(|_| {
            format!("`{t}` is not a money range (expected \"$500K–$2M\", \"$2M+\" or \"\")")
        })?;
        Ok(MoneyRange {
            min: Some(m),
            max: Some(m),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.min.is_none() && self.max.is_none()
    }

    /// Whether an amount lies within the range (min inclusive, max exclusive unless equal to min).
    pub fn contains(&self, v: Money) -> bool {
        let above = self.min.is_none_or(|m| v.0 >= m.0);
        let below = self.max.is_none_or(|m| v.0 < m.0 || self.min == self.max);
        above && below
    }

    pub fn display(&self, symbol: &str) -> String {
        self.display_with(symbol, 1)
    }

    /// As [`MoneyRange::display`], each bound with at most `decimals` decimals.
    pub fn display_with(&self, symbol: &str, decimals: usize) -> String {
        let m = |x: Money| x.display_with(symbol, decimals);
        match (self.min, self.max) {
            (None, None) => "no target".into(),
            (Some(a), None) => format!("{}+", m(a)),
            (None, Some(b)) => format!("up to {}", m(b)),
            (Some(a), Some(b)) if a == b => m(a),
            (Some(a), Some(b)) => format!("{}–{}", m(a), m(b)),
        }
    }
}

fn split_range(t: &str) -> Option<(&str, &str)> {
    for sep in ['–', '—'] {
        if let Some((a, b)) = t.split_once(sep) {
            return Some((a.trim(), b.trim()));
        }
    }
    // a hyphen between two amounts (not a leading minus sign)
    let idx = t.char_indices().skip(1).find(|(_, c)| *c == '-')?.0;
    Some((t[..idx].trim(), t[idx + 1..].trim()))
}

/// A percentage: `30` or `"30%"` both mean 30 %.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Percent(pub f64);

impl Percent {
    pub fn parse(s: &str) -> Result<Percent, String> {
        let t = s.trim();
        let n = t.strip_suffix('%').unwrap_or(t).trim();
        match n.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Percent(v)),
            _ => Err(format!(
                "`{t}` is not a percentage (expected 30 or \"30%\")"
            )),
        }
    }

    pub fn display(self) -> String {
        let mut s = format!("{:.1}", self.0);
        if s.ends_with(".0") {
            s.truncate(s.len() - 2);
        }
        format!("{s}%")
    }
}

/// A range of percentages: `"5–15%"`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PercentRange {
    pub min: Percent,
    pub max: Percent,
}

impl PercentRange {
    pub fn parse(s: &str) -> Result<PercentRange, String> {
        let t = s.trim();
        let Some((a, b)) = split_range(t) else {
            let p = Percent::parse(t)?;
            return Ok(PercentRange { min: p, max: p });
        };
        let (min, max) = (Percent::parse(a)?, Percent::parse(b)?);
        if max.0 < min.0 {
            return Err(format!("`{t}`: the upper bound is below the lower bound"));
        }
        Ok(PercentRange { min, max })
    }

    pub fn contains(&self, p: Percent) -> bool {
        p.0 >= self.min.0 - 1e-9 && p.0 <= self.max.0 + 1e-9
    }

    pub fn display(&self) -> String {
        format!(
            "{}–{}",
            self.min.display().trim_end_matches('%'),
            self.max.display()
        )
    }
}

/// A calendar date (`YYYY-MM-DD`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub time::Date);

impl Date {
    pub fn parse(s: &str) -> Result<Date, String> {
        let t = s.trim();
        let err = || format!("`{t}` is not a date (expected YYYY-MM-DD)");
        let mut parts = t.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(err());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(err());
        }
        let y: i32 = y.parse().map_err(|_| err())?;
        let m: u8 = m.parse().map_err(|_| err())?;
        let d: u8 = d.parse().map_err(|_| err())?;
        let month = time::Month::try_from(m).map_err(|_| err())?;
        time::Date::from_calendar_date(y, month, d)
            .map(Date)
            .map_err(|_| err())
    }

    /// The date of a Unix timestamp (UTC).
    pub fn from_unix(secs: i64) -> Option<Date> {
        time::OffsetDateTime::from_unix_timestamp(secs)
            .ok()
            .map(|t| Date(t.date()))
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// Adds whole months, clamping the day to the month's length.
    pub fn add_months(self, months: u32) -> Date {
        let total = self.0.year() * 12 + (u8::from(self.0.month()) as i32 - 1) + months as i32;
        let (y, m) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
        let month = time::Month::try_from(m).unwrap_or(time::Month::December);
        let last = month.length(y);
        let day = self.0.day().min(last);
        time::Date::from_calendar_date(y, month, day)
            .map(Date)
            .unwrap_or(self)
    }

    pub fn days_until(self, other: Date) -> i64 {
        (other.0 - self.0).whole_days()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }
}

/// `v` with at most `decimals` decimals, trailing zeros dropped (`2.5`, `2`, `2.24`).
pub fn fixed(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A share as a whole-number percentage, or one decimal below 10 % (`62%`, `7.5%`); the
/// site's tiles, progress figures and the charts' text alternatives all print shares so.
pub fn percent_text(v: f64) -> String {
    if v.abs() < 10.0 && v.fract().abs() > 0.05 {
        format!("{v:.1}%")
    } else {
        format!("{v:.0}%")
    }
}

/// Whether a string is a lower-case slug id (`big-4-advisory`).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Whether a string is a decision id (`D-` and three or more digits).
pub fn is_decision_id(s: &str) -> bool {
    s.strip_prefix("D-")
        .is_some_and(|d| d.len() >= 3 && d.chars().all(|c| c.is_ascii_digit()))
}

/// `v` with at most two decimals and no trailing zeros (`85.75`, `69`, `82.5`, `0`),
/// exactly as `format!("{v:.2}")` rounds it. Scores, points and chart coordinates
/// are printed this way on every page, so the common case avoids float formatting.
pub fn decimal2(v: f64) -> String {
    let hundredths = v * 100.0;
    let near_tie = (hundredths.abs().fract() - 0.5).abs() < 1e-6;
    if !hundredths.is_finite() || hundredths.abs() >= 1e11 || near_tie {
        return decimal2_slow(v);
    }
    let n = hundredths.round() as i64;
    let (whole, frac) = (n.unsigned_abs() / 100, n.unsigned_abs() % 100);
    let mut s = if n < 0 {
        format!("-{whole}")
    } else {
        whole.to_string()
    };
    if frac != 0 {
        s.push('.');
        s.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            s.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    s
}

/// [`decimal2`] through float formatting (exact halves and huge values).
fn decimal2_slow(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_forms() {
        assert_eq!(Money::parse("$2M"), Ok(Money(2e6)));
        assert_eq!(Money::parse("$500K"), Ok(Money(5e5)));
        assert_eq!(Money::parse("€1.5M"), Ok(Money(1.5e6)));
        assert_eq!(Money::parse("250000"), Ok(Money(250000.0)));
        assert_eq!(Money::parse("2,500,000"), Ok(Money(2.5e6)));
        assert!(Money::parse("$[X]").is_err());
        assert!(Money::parse("").is_err());
        assert!(Money::parse("-5").is_err());
        assert_eq!(Money(2.4e6).display("$"), "$2.4M");
        assert_eq!(Money(5e5).display("$"), "$500K");
    }

    #[test]
    fn money_ranges() {
        let r = MoneyRange::parse("$500K–$2M").unwrap_or_default();
        assert_eq!(r.min, Some(Money(5e5)));
        assert_eq!(r.max, Some(Money(2e6)));
        assert_eq!(MoneyRange::parse("$500K-$2M"), Ok(r));
        let open = MoneyRange::parse("$2M+").unwrap_or_default();
        assert_eq!((open.min, open.max), (Some(Money(2e6)), None));
        assert!(MoneyRange::parse("").map(|r| r.is_empty()).unwrap_or(false));
        assert!(MoneyRange::parse("$2M–$500K").is_err());
        assert!(r.contains(Money(5e5)) && !r.contains(Money(2e6)) && open.contains(Money(2e6)));
        assert_eq!(r.display("$"), "$500K–$2M");
    }

    #[test]
    fn percents() {
        assert_eq!(Percent::parse("30%"), Ok(Percent(30.0)));
        assert_eq!(Percent::parse("30"), Ok(Percent(30.0)));
        assert!(Percent::parse("[X]%").is_err());
        let r = PercentRange::parse("5–15%").unwrap_or_default();
        assert_eq!((r.min, r.max), (Percent(5.0), Percent(15.0)));
        assert!(r.contains(Percent(15.0)) && !r.contains(Percent(16.0)));
        assert_eq!(
            PercentRange::parse("20%-40%").map(|r| r.max),
            Ok(Percent(40.0))
        );
    }

    #[test]
    fn dates_and_ids() {
        let d = Date::parse("2027-03-31").map_err(|e| e.to_string());
        assert_eq!(d.map(|d| d.to_string()), Ok("2027-03-31".to_string()));
        assert!(Date::parse("2027-02-30").is_err());
        assert!(Date::parse("[date]").is_err());
        let end_jan = Date::parse("2027-01-31").unwrap_or(Date(time::Date::MIN));
        assert_eq!(end_jan.add_months(1).to_string(), "2027-02-28");
        assert!(is_slug("big-4-advisory") && !is_slug("Big4") && !is_slug("a--b"));
        assert!(is_decision_id("D-001") && is_decision_id("D-1234") && !is_decision_id("D-01"));
    }

    #[test]
    fn decimal2_rounds_like_float_formatting() {
        for i in -200_000i64..200_000 {
            let v = i as f64 / 1000.0;
            assert_eq!(decimal2(v), decimal2_slow(v), "{v}");
        }
        for (v, s) in [
            (12.0, "12"),
            (12.345, "12.35"),
            (-0.0, "0"),
            (82.5, "82.5"),
            (0.125, "0.12"),
        ] {
            assert_eq!(decimal2(v), s);
        }
        assert_eq!(decimal2(f64::NAN), "NaN");
        assert_eq!(decimal2(1e300), decimal2_slow(1e300));
    }
}
