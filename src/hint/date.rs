//! Dates written in another form than `YYYY-MM-DD`: `15/03/2027`, `20.10.2026`,
//! `20 October 2026`, `2027/3/5`, a timestamp, a quarter; and impossible days such as
//! `2027-02-30`.

use super::Hint;
use time::Month;

/// What to write instead of a date that does not parse.
pub fn date(key: &str, text: &str) -> Hint {
    let t = text.trim();
    if let Some(h) = impossible_day(key, t) {
        return h;
    }
    let candidates = candidates(t);
    match candidates.as_slice() {
        [one] => Hint::write(key, &one.to_string()),
        [a, b] => Hint::help(format!(
            "write `{key}: {a}` ({}) or `{key}: {b}` ({}); dates are YYYY-MM-DD",
            spoken(*a),
            spoken(*b)
        )),
        _ => partial(key, t).unwrap_or_else(|| {
            Hint::help(format!(
                "write the date as YYYY-MM-DD, e.g. `{key}: 2027-03-31`"
            ))
        }),
    }
}

/// A day in the calendar, as the numbers were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ymd {
    y: i32,
    m: u8,
    d: u8,
}

impl std::fmt::Display for Ymd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

impl Ymd {
    fn new(y: i32, m: u8, d: u8) -> Option<Ymd> {
        let month = Month::try_from(m).ok()?;
        time::Date::from_calendar_date(y, month, d).ok()?;
        Some(Ymd { y, m, d })
    }
}

/// `4 March 2027`.
fn spoken(d: Ymd) -> String {
    let month = Month::try_from(d.m).map_or_else(|_| d.m.to_string(), |m| m.to_string());
    format!("{} {month} {}", d.d, d.y)
}

/// `2027-02-30`, `2027-13-01`: the form is right, the day or month does not exist.
fn impossible_day(key: &str, t: &str) -> Option<Hint> {
    let parts: Vec<&str> = t.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d) = (
        y.parse::<i32>().ok()?,
        m.parse::<u8>().ok()?,
        d.parse::<u8>().ok()?,
    );
    let Ok(month) = Month::try_from(m) else {
        let swapped = Ymd::new(y, d, m)
            .map(|s| format!(" (`{key}: {s}` if you meant {})", spoken(s)))
            .unwrap_or_default();
        return Some(Hint {
            problem: Some(format!("there is no month {m}")),
            help: format!("months run from 01 to 12 in YYYY-MM-DD{swapped}"),
        });
    };
    let last = month.length(y);
    if d == 0 || d > last {
        let problem = format!("{month} {y} has {last} days");
        let help = format!("write a day from 01 to {last}, e.g. `{key}: {y:04}-{m:02}-{last:02}`");
        return Some(Hint {
            problem: Some(problem),
            help,
        });
    }
    None
}

/// Every date the text can be read as (none, one, or day and month both ways).
fn candidates(t: &str) -> Vec<Ymd> {
    let t = strip_time(t);
    let mut out = Vec::new();
    if let Some(d) = named_month(t) {
        out.push(d);
        return out;
    }
    let nums: Vec<&str> = t
        .split(['-', '/', '.', ' '])
        .filter(|s| !s.is_empty())
        .collect();
    let [a, b, c] = nums.as_slice() else {
        return out;
    };
    if !nums.iter().all(|s| s.chars().all(|c| c.is_ascii_digit())) {
        return out;
    }
    let num = |s: &str| s.parse::<u32>().ok();
    let (Some(x), Some(y), Some(z)) = (num(a), num(b), num(c)) else {
        return out;
    };
    let small = |v: u32| u8::try_from(v).ok();
    if a.len() == 4 {
        out.extend(
            small(y)
                .zip(small(z))
                .and_then(|(m, d)| Ymd::new(x as i32, m, d)),
        );
        return out;
    }
    if c.len() != 4 {
        return out;
    }
    let year = z as i32;
    let (Some(x), Some(y)) = (small(x), small(y)) else {
        return out;
    };
    let day_first = Ymd::new(year, y, x);
    let month_first = Ymd::new(year, x, y);
    // `20.10.2026` and `20-10-2026` are day first; only a slash is read both ways.
    let slash = t.contains('/');
    match (day_first, month_first) {
        (Some(d), Some(m)) if d != m && slash => out.extend([d, m]),
        (Some(d), _) => out.push(d),
        (None, Some(m)) => out.push(m),
        (None, None) => {}
    }
    out
}

/// `2026-10-20T09:00:00Z` and `2026-10-20 09:00` without the time.
fn strip_time(t: &str) -> &str {
    let head = t.split(['T', 't']).next().unwrap_or(t);
    if head.len() >= 10 && head.is_char_boundary(10) && head[..10].matches('-').count() == 2 {
        return head[..10].trim();
    }
    t
}

/// `20 October 2026`, `October 20, 2026`, `20 Oct 2026`, `Oct. 20 2026`.
fn named_month(t: &str) -> Option<Ymd> {
    let words: Vec<String> = t
        .split([' ', ',', '.', '-', '/'])
        .filter(|s| !s.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() != 3 {
        return None;
    }
    let mi = words.iter().position(|w| month_number(w).is_some())?;
    let m = month_number(&words[mi])?;
    let rest: Vec<&String> = words
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != mi)
        .map(|(_, w)| w)
        .collect();
    let day = |w: &str| {
        w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
            .parse::<u8>()
            .ok()
    };
    let (d, y) = match rest.as_slice() {
        [a, b] if b.len() == 4 => (day(a)?, b.parse::<i32>().ok()?),
        [a, b] if a.len() == 4 => (day(b)?, a.parse::<i32>().ok()?),
        _ => return None,
    };
    Ymd::new(y, m, d)
}

fn month_number(w: &str) -> Option<u8> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if w.len() < 3 {
        return None;
    }
    NAMES
        .iter()
        .position(|n| n.starts_with(w))
        .map(|i| i as u8 + 1)
}

/// A year and a month, a year, or a quarter: the day is missing.
fn partial(key: &str, t: &str) -> Option<Hint> {
    let upper = t.to_uppercase();
    let words: Vec<&str> = upper
        .split([' ', '-', '/'])
        .filter(|s| !s.is_empty())
        .collect();
    let year = |s: &str| (s.len() == 4).then(|| s.parse::<i32>().ok()).flatten();
    let quarter = |s: &str| {
        s.strip_prefix('Q')
            .and_then(|q| q.parse::<u8>().ok())
            .filter(|q| (1..=4).contains(q))
    };
    let end_of_month = |y: i32, m: u8| {
        let len = Month::try_from(m).map(|mo| mo.length(y)).unwrap_or(28);
        Ymd { y, m, d: len }
    };
    let found = match words.as_slice() {
        [q, y] | [y, q] if quarter(q).is_some() && year(y).is_some() => {
            let (q, y) = (quarter(q)?, year(y)?);
            let end = end_of_month(y, q * 3);
            return Some(Hint::help(format!(
                "write the day: `{key}: {end}` (the end of Q{q} {y})"
            )));
        }
        [y, m] if year(y).is_some() => {
            let m = m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?;
            end_of_month(year(y)?, m)
        }
        [y] => Ymd {
            y: year(y)?,
            m: 12,
            d: 31,
        },
        _ => return None,
    };
    Some(Hint::help(format!(
        "write a full date as YYYY-MM-DD, e.g. `{key}: {found}`"
    )))
}

#[cfg(test)]
mod tests {
    use super::date;

    fn help(text: &str) -> String {
        date("due", text).help
    }

    #[test]
    fn other_orders_and_separators_are_converted() {
        assert_eq!(help("20.10.2026"), "write `due: 2026-10-20`");
        assert_eq!(help("20/10/2026"), "write `due: 2026-10-20`");
        assert_eq!(help("10/20/2026"), "write `due: 2026-10-20`");
        assert_eq!(help("2026/10/20"), "write `due: 2026-10-20`");
        assert_eq!(help("2026-1-5"), "write `due: 2026-01-05`");
        assert_eq!(help("2026-10-20T09:30:00Z"), "write `due: 2026-10-20`");
        assert_eq!(help("20 October 2026"), "write `due: 2026-10-20`");
        assert_eq!(help("Oct 20, 2026"), "write `due: 2026-10-20`");
        assert_eq!(help("20th Oct 2026"), "write `due: 2026-10-20`");
    }

    #[test]
    fn an_ambiguous_slash_date_offers_both_readings() {
        assert_eq!(
            help("03/04/2027"),
            "write `due: 2027-04-03` (3 April 2027) or `due: 2027-03-04` (4 March 2027); dates are YYYY-MM-DD"
        );
    }

    #[test]
    fn an_impossible_day_names_the_length_of_the_month() {
        let h = date("last_qbr", "2027-02-30");
        assert_eq!(h.problem.as_deref(), Some("February 2027 has 28 days"));
        assert_eq!(
            h.help,
            "write a day from 01 to 28, e.g. `last_qbr: 2027-02-28`"
        );
        let leap = date("last_qbr", "2028-02-30");
        assert_eq!(leap.problem.as_deref(), Some("February 2028 has 29 days"));
        let april = date("due", "2027-04-31");
        assert_eq!(april.problem.as_deref(), Some("April 2027 has 30 days"));
        let month = date("due", "2027-13-05");
        assert_eq!(month.problem.as_deref(), Some("there is no month 13"));
        assert!(month
            .help
            .contains("`due: 2027-05-13` if you meant 13 May 2027"));
    }

    #[test]
    fn a_missing_day_suggests_a_full_date() {
        assert_eq!(
            help("Q3 2027"),
            "write the day: `due: 2027-09-30` (the end of Q3 2027)"
        );
        assert_eq!(
            help("2027-02"),
            "write a full date as YYYY-MM-DD, e.g. `due: 2027-02-28`"
        );
        assert_eq!(
            help("2027"),
            "write a full date as YYYY-MM-DD, e.g. `due: 2027-12-31`"
        );
        assert_eq!(
            help("soon"),
            "write the date as YYYY-MM-DD, e.g. `due: 2027-03-31`"
        );
    }
}
