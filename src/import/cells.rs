//! One cell read as a column's value, or what is wrong with it and what to write.
//!
//! Numbers may use either decimal convention (`1,234.5`, `1.234,5`, `85,5`) as the plan
//! does (`values::number`); money takes every form the plan accepts (`Money::parse`)
//! and must be in the plan currency; dates are YYYY-MM-DD, DD.MM.YYYY or a date cell.

use super::table::Cell;
use crate::columns::{Content, Value};
use crate::values::{number, Date, Money};

/// What a cell is read against.
pub struct CellCtx<'a> {
    /// The plan currency's ISO code (`USD`).
    pub currency: &'a str,
}

/// The cell's value for a column of `kind`; `Ok(Value::Empty)` for an empty cell.
pub fn read(cell: &Cell, kind: Content, cx: &CellCtx) -> Result<Value, String> {
    match cell {
        Cell::Empty => return Ok(Value::Empty),
        Cell::Error(e) => {
            return Err(format!(
                "the cell shows the error `{e}`: fix the formula or type the value"
            ))
        }
        _ => {}
    }
    match kind {
        Content::Text => Ok(Value::Text(text(cell)?)),
        Content::Word(words) => word(cell, words),
        Content::List => Ok(Value::List(list(&text(cell)?))),
        Content::Rating => rating(cell),
        Content::Money => money(cell, cx),
        Content::Count => count(cell),
        Content::Flag => flag(cell),
        Content::Date => date(cell),
        Content::Computed => Ok(Value::Empty),
    }
}

/// The cell as text; a date cell in a text column is refused.
fn text(cell: &Cell) -> Result<String, String> {
    match cell {
        Cell::Text(t) => Ok(t.trim().to_string()),
        Cell::Number(n) => Ok(crate::values::decimal::fixed(*n, 6)),
        Cell::Bool(b) => Ok(b.to_string()),
        Cell::Date(..) => {
            Err("found a date: this column holds text; format the cells as text".into())
        }
        Cell::Empty | Cell::Error(_) => Ok(String::new()),
    }
}

fn word(cell: &Cell, words: &'static [&'static str]) -> Result<Value, String> {
    let t = text(cell)?;
    if let Some(w) = words.iter().find(|w| w.eq_ignore_ascii_case(&t)) {
        return Ok(Value::Word(w));
    }
    let lower = t.to_ascii_lowercase();
    let hint = crate::suggest::closest(&lower, words.iter().copied())
        .map_or_else(String::new, |s| format!("did you mean `{s}`? "));
    Err(format!(
        "`{t}` is not one of the accepted words: {hint}write one of {}",
        words.join(", ")
    ))
}

/// Items separated by `;` (or by `,` when there is no `;`).
fn list(t: &str) -> Vec<String> {
    let sep = if t.contains(';') { ';' } else { ',' };
    t.split(sep)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// A number in either decimal convention.
fn decimal(cell: &Cell) -> Result<f64, String> {
    match cell {
        Cell::Number(n) => Ok(*n),
        Cell::Text(t) => number(t.trim(), false)
            .and_then(|d| d.parse::<f64>().ok())
            .ok_or_else(|| format!("`{}` is not a number", t.trim())),
        Cell::Bool(_) => Err("found true/false where a number belongs".into()),
        Cell::Date(..) => {
            Err("found a date where a number belongs: format the cells as numbers".into())
        }
        Cell::Empty | Cell::Error(_) => Err("the cell is empty".into()),
    }
}

fn rating(cell: &Cell) -> Result<Value, String> {
    let v = decimal(cell)
        .map_err(|e| format!("{e}: write a rating from 0 to 100, e.g. `85` or `72.5`"))?;
    if !(0.0..=100.0).contains(&v) {
        return Err(format!(
            "{} is outside 0–100: ratings are points from 0 to 100",
            crate::values::decimal::fixed(v, 2)
        ));
    }
    Ok(Value::Number(v))
}

fn money(cell: &Cell, cx: &CellCtx) -> Result<Value, String> {
    let plan = crate::values::Currency::of(cx.currency);
    let forms = format!(
        "write an amount such as `2400000`, `2.4M` or `{}2.4M`",
        plan.prefix()
    );
    let v = match cell {
        Cell::Number(n) => *n,
        Cell::Text(t) => {
            let w = Money::parse(t).map_err(|e| format!("{e}: {forms}"))?;
            if let Some(c) = w.currency.filter(|c| *c != cx.currency) {
                return Err(format!(
                    "`{}` is in {c}, but the plan's currency is {}: write the amount in {}",
                    t.trim(),
                    cx.currency,
                    cx.currency
                ));
            }
            w.value.0
        }
        _ => {
            return Err(format!(
                "{}: {forms}",
                decimal(cell).err().unwrap_or_default()
            ))
        }
    };
    if v < 0.0 || !v.is_finite() {
        return Err(format!("{v} is negative: amounts are 0 or more"));
    }
    if plan.has_fraction(v) {
        let decimals = plan.decimals_in_words();
        return Err(format!(
            "{} has a fraction of the smallest unit of {} ({} amounts have {decimals}): write {}",
            crate::values::fixed(v, 6),
            plan.code(),
            plan.code(),
            crate::values::fixed(plan.round(v), 6)
        ));
    }
    Ok(Value::Money(v))
}

fn count(cell: &Cell) -> Result<Value, String> {
    let v = decimal(cell).map_err(|e| format!("{e}: write a whole number, e.g. `6`"))?;
    if v < 0.0 || v.fract() != 0.0 || v > u32::MAX as f64 {
        return Err(format!(
            "{} is not a whole number of 0 or more",
            crate::values::decimal::fixed(v, 6)
        ));
    }
    Ok(Value::Count(v as u64))
}

fn flag(cell: &Cell) -> Result<Value, String> {
    let t = match cell {
        Cell::Bool(b) => return Ok(Value::Flag(*b)),
        Cell::Number(n) if *n == 1.0 => return Ok(Value::Flag(true)),
        Cell::Number(n) if *n == 0.0 => return Ok(Value::Flag(false)),
        other => text(other)?,
    };
    match t.to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "x" | "1" => Ok(Value::Flag(true)),
        "false" | "no" | "n" | "0" => Ok(Value::Flag(false)),
        _ => Err(format!("`{t}` is not yes or no: write `true` or `false`")),
    }
}

fn date(cell: &Cell) -> Result<Value, String> {
    let fix = "write the date as YYYY-MM-DD, e.g. `2026-10-28`";
    match cell {
        Cell::Date(y, m, d) => {
            ymd(*y, *m, *d).ok_or_else(|| format!("the date cell is not a valid date: {fix}"))
        }
        Cell::Text(t) => {
            let t = t.trim();
            if let Ok(d) = Date::parse(t) {
                return Ok(Value::Date(d));
            }
            // DD.MM.YYYY is unambiguous; 10/28/2026 is not.
            let parts: Vec<&str> = t.split('.').collect();
            if let [d, m, y] = parts[..] {
                if let (Ok(d), Ok(m), Ok(y)) = (d.parse(), m.parse(), y.parse()) {
                    if let Some(v) = ymd(y, m, d) {
                        return Ok(v);
                    }
                }
            }
            if t.contains('/') {
                return Err(format!("`{t}` could be day/month or month/day: {fix}"));
            }
            Err(format!("`{t}` is not a date: {fix}"))
        }
        Cell::Number(_) => Err(format!(
            "found a number in a date column: format the cells as dates, or {fix}"
        )),
        _ => Err(fix.to_string()),
    }
}

fn ymd(y: i32, m: u8, d: u8) -> Option<Value> {
    Date::parse(&format!("{y:04}-{m:02}-{d:02}"))
        .ok()
        .map(Value::Date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx() -> CellCtx<'static> {
        CellCtx { currency: "EUR" }
    }

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn ratings_in_either_decimal_convention() {
        assert_eq!(
            read(&t("85,5"), Content::Rating, &cx()),
            Ok(Value::Number(85.5))
        );
        assert_eq!(
            read(&t("72.5"), Content::Rating, &cx()),
            Ok(Value::Number(72.5))
        );
        assert_eq!(
            read(&Cell::Number(90.0), Content::Rating, &cx()),
            Ok(Value::Number(90.0))
        );
        assert!(read(&t("120"), Content::Rating, &cx()).is_err_and(|e| e.contains("outside 0–100")));
        assert!(read(&t("high"), Content::Rating, &cx()).is_err_and(|e| e.contains("0 to 100")));
    }

    #[test]
    fn money_in_every_form_and_in_the_plan_currency() {
        for (s, v) in [
            ("1.234.567,89 €", 1_234_567.89),
            ("€2.4M", 2_400_000.0),
            ("596.000", 596_000.0),
            ("1,5M €", 1_500_000.0),
            ("EUR 2M", 2_000_000.0),
            ("2400000", 2_400_000.0),
        ] {
            assert_eq!(
                read(&t(s), Content::Money, &cx()),
                Ok(Value::Money(v)),
                "{s}"
            );
        }
        let e = read(&t("$2M"), Content::Money, &cx());
        assert!(e.is_err_and(|e| e.contains("in USD") && e.contains("write the amount in EUR")));
    }

    #[test]
    fn yen_as_people_type_it_and_never_a_fraction_of_one() {
        let jpy = CellCtx { currency: "JPY" };
        for (s, v) in [
            ("￥1.8B", 1.8e9),
            ("1,800,000,000円", 1.8e9),
            ("18億円", 1.8e9),
            ("¥ 1,200万", 1.2e7),
        ] {
            assert_eq!(
                read(&t(s), Content::Money, &jpy),
                Ok(Value::Money(v)),
                "{s}"
            );
        }
        let e = read(&t("¥74,999,999.50"), Content::Money, &jpy);
        assert!(
            e.as_ref().is_err_and(
                |e| e.contains("JPY amounts have no decimals") && e.contains("write 75000000")
            ),
            "{e:?}"
        );
        let e = read(&t("lots"), Content::Money, &jpy);
        assert!(
            e.as_ref()
                .is_err_and(|e| e.contains("`¥2.4M`") && !e.contains('€')),
            "{e:?}"
        );
    }

    #[test]
    fn words_dates_flags_counts() {
        let tiers = crate::model::TierLevel::WORDS;
        assert_eq!(
            read(&t("Platinum"), Content::Word(tiers), &cx()),
            Ok(Value::Word("platinum"))
        );
        assert!(read(&t("platnum"), Content::Word(tiers), &cx())
            .is_err_and(|e| e.contains("did you mean `platinum`")));
        let d = Date::parse("2026-10-28").ok().map(Value::Date);
        assert_eq!(read(&t("28.10.2026"), Content::Date, &cx()).ok(), d);
        assert_eq!(
            read(&Cell::Date(2026, 10, 28), Content::Date, &cx()).ok(),
            d
        );
        assert!(
            read(&t("10/28/2026"), Content::Date, &cx()).is_err_and(|e| e.contains("YYYY-MM-DD"))
        );
        assert_eq!(read(&t("yes"), Content::Flag, &cx()), Ok(Value::Flag(true)));
        assert_eq!(
            read(&t("1.000"), Content::Count, &cx()),
            Ok(Value::Count(1000))
        );
        assert!(read(&t("2.5"), Content::Count, &cx()).is_err());
        assert!(read(&Cell::Error("#DIV/0!".into()), Content::Count, &cx())
            .is_err_and(|e| e.contains("#DIV/0!")));
        assert!(read(&Cell::Date(2026, 1, 1), Content::Text, &cx()).is_err());
    }
}
