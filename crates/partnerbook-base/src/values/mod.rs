//! Plan value types: money, money ranges, percentages, dates and ids, parsed from YAML
//! scalars, and the one rounding rule every figure is shown with (half away from zero, on
//! the decimal value: see [`decimal`]).

pub mod currency;
pub mod decimal;
mod money;
mod money_style;

pub use currency::Currency;
pub use decimal::{decimal2, fixed, grouped, places, score};
pub use money::{money_forms, number, Apart, Money, MoneyRange, MoneyStyle, Written};

use std::fmt;

pub(crate) fn split_range(t: &str) -> Option<(&str, &str)> {
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

    /// `35%`, `12.5%`: at most one decimal, rounded half away from zero.
    pub fn display(self) -> String {
        self.display_with(1)
    }

    pub fn display_with(self, decimals: usize) -> String {
        format!("{}%", fixed(self.0, decimals))
    }

    /// Two percentages shown so that they read differently (`35%` and `35.04%`).
    pub fn display_pair(a: Percent, b: Percent) -> (String, String) {
        decimal::pair(a.0, b.0, 1, |v, d| Percent(v).display_with(d))
    }
}

/// A share as the site and the board pack show it: a whole-number percentage, or one
/// decimal below 10 % (`35%`, `19%`, `2.5%`).
pub fn share_text(v: f64) -> String {
    if v.abs() < 10.0 && v.fract().abs() > 0.05 {
        format!("{}%", places(v, 1))
    } else {
        format!("{}%", places(v, 0))
    }
}

/// A range of percentages (a model's terms): `"5–15%"`, both ends inclusive.
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
