//! The before and after values of a change, typed: compared exactly (never as rounded
//! display strings), shown so that two different values read differently
//! (`€2.2M → €2.24M`), and written to JSON as numbers with the currency beside them.

use crate::i18n::Lang;
use crate::model::{Measure, Plan, TermValue};
use crate::values::{decimal, Money, MoneyRange, MoneyStyle};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::sync::Arc;

/// The plan currency of one side: its ISO code for JSON and its sign for text.
pub fn currency_of(plan: &Plan) -> Currency {
    Currency {
        code: plan.company.currency.clone(),
        style: Arc::new(plan.money_style().clone()),
    }
}

/// The currency of one side of a change, and how that side's plan writes amounts (in
/// its locale: the same figure reads the same in `diff` as in the site and the pack).
#[derive(Debug, Clone)]
pub struct Currency {
    pub code: crate::values::Currency,
    pub style: Arc<MoneyStyle>,
}

impl PartialEq for Currency {
    /// Two sides are in the same currency when their codes are the same.
    fn eq(&self, other: &Currency) -> bool {
        self.code == other.code
    }
}

impl Currency {
    pub fn code(&self) -> &str {
        self.code.code()
    }
}

/// One side of a change.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Flag(bool),
    /// A number of years (`3 years`; a string in JSON, as it was before it was typed).
    Years(u32),
    Number(f64),
    Percent(f64),
    Money(f64, Currency),
    MoneyRange(MoneyRange, Currency),
}

impl Value {
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }

    pub fn money(m: Money, c: &Currency) -> Value {
        Value::Money(m.0, c.clone())
    }

    pub fn measure(m: Measure, c: &Currency) -> Value {
        match m {
            Measure::Money(m) => Value::money(m, c),
            Measure::Percent(p) => Value::Percent(p.0),
            Measure::Number(n) => Value::Number(n),
        }
    }

    pub fn term(t: &TermValue, c: &Currency) -> Value {
        match t {
            TermValue::Percent(p) => Value::Percent(p.0),
            TermValue::Money(m) => Value::money(*m, c),
        }
    }

    fn currency(&self) -> Option<&Currency> {
        match self {
            Value::Money(_, c) | Value::MoneyRange(_, c) => Some(c),
            _ => None,
        }
    }

    /// Whether two values are the same, exactly: amounts to half a cent, numbers to
    /// floating-point noise.
    pub fn same(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Money(a, ca), Value::Money(b, cb)) => ca == cb && same_money(*a, *b),
            (Value::MoneyRange(a, ca), Value::MoneyRange(b, cb)) => {
                let bound = |x: Option<Money>, y: Option<Money>| match (x, y) {
                    (Some(x), Some(y)) => same_money(x.0, y.0),
                    (None, None) => true,
                    _ => false,
                };
                ca == cb && bound(a.min, b.min) && bound(a.max, b.max)
            }
            (Value::Number(a), Value::Number(b)) | (Value::Percent(a), Value::Percent(b)) => {
                same_number(*a, *b)
            }
            (a, b) => a == b,
        }
    }

    /// The value alone, as people read it (as everywhere else in the plan), in the
    /// language of `lang`.
    pub fn display(&self, lang: &Lang) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Flag(b) => lang.t(if *b { "c_yes" } else { "c_no" }).into_owned(),
            Value::Years(n) => lang.f("c_years", &crate::i18n::args(&[("n", (*n).into())])),
            Value::Number(n) => number(lang, *n, 2),
            Value::Percent(p) => lang.fmt.percent(*p, 1),
            Value::Money(v, c) => Money(*v).display(&c.style),
            Value::MoneyRange(r, c) => r.display(&c.style),
        }
    }
}

fn same_money(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.005
}

fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// A number with at most `decimals` decimals: in the locale's form, except that
/// English keeps the plain digits it has always written (`1200`, not `1,200`), so the
/// `diff` command's output does not change.
fn number(lang: &Lang, v: f64, decimals: usize) -> String {
    let plain = decimal::fixed(v, decimals);
    if lang.catalog.lang() == "en" {
        plain
    } else {
        lang.fmt.digits(&plain)
    }
}

/// The two sides of a change as people read them: as shown everywhere else, unless
/// two different values would read the same, then with as many more digits as it
/// takes (`€2.2M → €2.24M`, not `€2.2M → €2.2M`), through the pair displays of
/// `values`.
pub fn visibly_different(lang: &Lang, old: &Value, new: &Value) -> (String, String) {
    match (old, new) {
        (Value::Money(a, ca), Value::Money(b, cb)) if ca == cb => {
            Money::display_pair(Money(*a), Money(*b), &ca.style)
        }
        (Value::MoneyRange(a, ca), Value::MoneyRange(b, cb)) if ca == cb => {
            MoneyRange::display_pair(a, b, &ca.style)
        }
        (Value::Percent(a), Value::Percent(b)) => {
            decimal::pair(*a, *b, 1, |v, d| lang.fmt.percent(v, d))
        }
        (Value::Number(a), Value::Number(b)) => decimal::pair(*a, *b, 2, |v, d| number(lang, v, d)),
        _ => (old.display(lang), new.display(lang)),
    }
}

/// The before and after value of a change; `None` where a side has none.
#[derive(Debug, Clone, PartialEq)]
pub struct Values {
    pub from: Option<Value>,
    pub to: Option<Value>,
}

impl Values {
    pub fn new(from: Option<Value>, to: Option<Value>) -> Values {
        Values { from, to }
    }

    /// Whether the value changed (compared exactly).
    pub fn changed(&self) -> bool {
        match (&self.from, &self.to) {
            (Some(a), Some(b)) => !a.same(b),
            (None, None) => false,
            _ => true,
        }
    }

    /// Both sides as people read them.
    pub fn shown(&self, lang: &Lang) -> (Option<String>, Option<String>) {
        match (&self.from, &self.to) {
            (Some(a), Some(b)) => {
                let (a, b) = visibly_different(lang, a, b);
                (Some(a), Some(b))
            }
            (a, b) => (
                a.as_ref().map(|v| v.display(lang)),
                b.as_ref().map(|v| v.display(lang)),
            ),
        }
    }

    /// The numbers of both sides, when they are numbers.
    pub fn numbers(&self) -> Option<(f64, f64)> {
        let n = |v: &Option<Value>| match v {
            Some(Value::Number(x) | Value::Percent(x) | Value::Money(x, _)) => Some(*x),
            _ => None,
        };
        Some((n(&self.from)?, n(&self.to)?))
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Text(t) => s.serialize_str(t),
            Value::Flag(b) => s.serialize_bool(*b),
            Value::Years(n) => s.serialize_str(&crate::text::plural(*n as usize, "year")),
            Value::Number(n) | Value::Percent(n) | Value::Money(n, _) => s.serialize_f64(*n),
            Value::MoneyRange(r, _) => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("min", &r.min.map(|x| x.0))?;
                m.serialize_entry("max", &r.max.map(|x| x.0))?;
                m.end()
            }
        }
    }
}

/// `from` and `to`, plus `currency` (the ISO code) beside amounts and `unit: "percent"`
/// beside percentages; `currency_from` when the currency itself changed.
impl Serialize for Values {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("from", &self.from)?;
        m.serialize_entry("to", &self.to)?;
        let (cf, ct) = (
            self.from.as_ref().and_then(Value::currency),
            self.to.as_ref().and_then(Value::currency),
        );
        if let Some(c) = ct.or(cf) {
            m.serialize_entry("currency", c.code())?;
        }
        if let (Some(a), Some(b)) = (cf, ct) {
            if a.code() != b.code() {
                m.serialize_entry("currency_from", a.code())?;
            }
        }
        let percent = |v: &Option<Value>| matches!(v, Some(Value::Percent(_)));
        if percent(&self.from) || percent(&self.to) {
            m.serialize_entry("unit", "percent")?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Lang {
        crate::diff::english()
    }

    fn eur() -> Currency {
        let code = crate::values::Currency::of("EUR");
        Currency {
            style: Arc::new(code.plain_style()),
            code,
        }
    }

    fn money(v: f64) -> Value {
        Value::money(Money(v), &eur())
    }

    #[test]
    fn different_amounts_read_differently() {
        assert_eq!(
            visibly_different(en(), &money(2.2e6), &money(2.24e6)),
            ("€2.2M".into(), "€2.24M".into())
        );
        assert_eq!(
            visibly_different(en(), &money(4.1e6), &money(4.14e6)),
            ("€4.1M".into(), "€4.14M".into())
        );
        assert_eq!(
            visibly_different(en(), &money(1_999_000.0), &money(2e6)),
            ("€1.999M".into(), "€2M".into())
        );
        assert_eq!(
            visibly_different(en(), &money(2.4e6), &money(3.1e6)),
            ("€2.4M".into(), "€3.1M".into())
        );
        assert_eq!(
            visibly_different(en(), &Value::Percent(35.0), &Value::Percent(35.04)),
            ("35%".into(), "35.04%".into())
        );
    }

    #[test]
    fn the_same_amount_written_two_ways_is_unchanged() {
        let a = Values::new(Some(money(2.2e6)), Some(money(2_200_000.0)));
        assert!(!a.changed());
        let b = Values::new(Some(money(2.2e6)), Some(money(2_240_000.0)));
        assert!(b.changed());
        let r = |lo: f64, hi: f64| {
            Value::MoneyRange(
                MoneyRange {
                    min: Some(Money(lo)),
                    max: Some(Money(hi)),
                },
                eur(),
            )
        };
        let ranges = Values::new(Some(r(5e5, 2e6)), Some(r(5e5, 2.04e6)));
        assert!(ranges.changed());
        assert_eq!(
            ranges.shown(en()),
            (Some("€500K–€2M".into()), Some("€500K–€2.04M".into()))
        );
    }

    #[test]
    fn json_gives_numbers_with_the_currency_beside_them() {
        let v = Values::new(Some(money(2.2e6)), Some(money(2.24e6)));
        let json = serde_json::to_value(&v).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({"from": 2200000.0, "to": 2240000.0, "currency": "EUR"})
        );
        let p = Values::new(None, Some(Value::Percent(35.0)));
        let json = serde_json::to_value(&p).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({"from": null, "to": 35.0, "unit": "percent"})
        );
    }
}
