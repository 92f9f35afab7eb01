//! Shared helpers for turning raw values into typed ones, reporting what does not parse.

use crate::diag::{Diagnostic, Rule};
use crate::hint::Expected;
use crate::load::raw::Scalar;
use crate::model::{Loc, Measure};
use crate::values::{Currency, Date, Money, MoneyRange, Percent, Written};

/// Collects the diagnostics of conversion.
#[derive(Default)]
pub struct Ctx {
    pub diags: Vec<Diagnostic>,
    /// The plan currency money values are checked against (`None`: not known, so
    /// not checked).
    pub currency: Option<Currency>,
}

/// The text of a scalar (strings as written, numbers printed).
pub fn scalar_text(v: &Scalar) -> Option<String> {
    match v {
        Scalar::String(s) => Some(s.clone()),
        Scalar::Number(n) => Some(n.to_string()),
        Scalar::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

impl Ctx {
    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// A required text: missing is `required`, empty is `placeholder`.
    pub fn text(&mut self, v: &Option<String>, loc: &Loc, key: &str, what: &str) -> String {
        match v {
            None => {
                self.push(
                    Diagnostic::new(Rule::Required, loc.key(key), format!("{what} is missing"))
                        .help(format!("add `{key}:` with a value")),
                );
                String::new()
            }
            Some(s) if s.trim().is_empty() => {
                self.push(
                    Diagnostic::new(
                        Rule::Placeholder,
                        loc.value(key),
                        format!("{what} is empty"),
                    )
                    .label("empty string")
                    .help(format!("write the {what} after `{key}:`")),
                );
                String::new()
            }
            Some(s) => s.trim().to_string(),
        }
    }

    /// A required list of non-empty strings.
    pub fn list(
        &mut self,
        v: &Option<Vec<String>>,
        loc: &Loc,
        key: &str,
        what: &str,
    ) -> Vec<String> {
        let Some(items) = v else {
            self.push(
                Diagnostic::new(Rule::Required, loc.key(key), format!("{what} is missing"))
                    .help(format!("add `{key}:` with a list")),
            );
            return Vec::new();
        };
        if items.is_empty() {
            self.push(
                Diagnostic::new(
                    Rule::Required,
                    loc.value(key),
                    format!("{what} is an empty list"),
                )
                .help(format!("list at least one entry under `{key}:` (`- ...`)")),
            );
        }
        for (i, s) in items.iter().enumerate() {
            if s.trim().is_empty() {
                self.push(
                    Diagnostic::new(
                        Rule::Placeholder,
                        loc.value(&format!("{key}[{i}]")),
                        format!("{what} has an empty entry"),
                    )
                    .help("fill in or remove the entry"),
                );
            }
        }
        items
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim().to_string())
            .collect()
    }

    fn parse_scalar<T>(
        &mut self,
        v: &Option<Scalar>,
        loc: &Loc,
        key: &str,
        kind: Expected,
        parse: impl Fn(&Scalar) -> Result<T, String>,
    ) -> Option<T> {
        let v = v.as_ref()?;
        if v.is_null() {
            return None;
        }
        match parse(v) {
            Ok(x) => Some(x),
            Err(msg) => {
                let text = scalar_text(v).unwrap_or_default();
                let plan = self.currency.clone().unwrap_or_default();
                let hint = crate::hint::for_value_in(kind, key, &text, &plan);
                self.push(
                    Diagnostic::new(
                        Rule::Syntax,
                        loc.value(key),
                        format!("invalid value for `{key}`"),
                    )
                    .label(hint.problem.unwrap_or(msg))
                    .help(hint.help),
                );
                None
            }
        }
    }

    pub fn money(&mut self, v: &Option<Scalar>, loc: &Loc, key: &str) -> Option<Money> {
        // an amount in another currency is reported once and not used, so that no rule
        // judges a figure that is not in the plan currency
        let w = self.parse_scalar(v, loc, key, Expected::Money, |s| match s {
            Scalar::Number(n) => n
                .as_f64()
                .filter(|x| *x >= 0.0)
                .map(|x| Written {
                    value: Money(x),
                    currency: None,
                })
                .ok_or_else(|| "expected a non-negative amount".to_string()),
            other => Money::parse(&scalar_text(other).unwrap_or_default()),
        })?;
        self.check_amount(w, loc, key)
    }

    pub fn money_range(&mut self, v: &Option<Scalar>, loc: &Loc, key: &str) -> MoneyRange {
        let w = self.parse_scalar(v, loc, key, Expected::MoneyRange, |s| match s {
            Scalar::Number(n) => {
                let range = MoneyRange {
                    min: n.as_f64().map(Money),
                    max: n.as_f64().map(Money),
                };
                Ok((
                    Written {
                        value: range,
                        currency: None,
                    },
                    None,
                ))
            }
            other => MoneyRange::parse_ends(&scalar_text(other).unwrap_or_default()),
        });
        let Some((w, upper)) = w else {
            return MoneyRange::default();
        };
        // a range is kept as written, so that the tier ladder does not report it missing;
        // each end written in another currency than the plan's is reported (once per
        // currency), with the whole range rewritten in the plan currency
        let rewrite = |p: &str| format!("\"{}\"", crate::hint::exact_range(p, &w.value));
        let lower_ok = self.check_currency(w.currency, loc, key, rewrite);
        let upper_ok = self.check_currency(upper, loc, key, rewrite);
        if !(lower_ok && upper_ok) {
            return w.value;
        }
        // a fraction of the currency's unit: reported once for the range
        let ends = [w.value.min, w.value.max];
        match ends
            .into_iter()
            .flatten()
            .find(|m| self.currency.as_ref().is_some_and(|c| c.has_fraction(m.0)))
        {
            Some(m) => {
                self.check_precision(m, loc, key);
                MoneyRange {
                    min: w.value.min.map(|x| self.rounded(x)),
                    max: w.value.max.map(|x| self.rounded(x)),
                }
            }
            None => w.value,
        }
    }

    /// An amount rounded to the plan currency's unit.
    fn rounded(&self, m: Money) -> Money {
        self.currency.as_ref().map_or(m, |c| Money(c.round(m.0)))
    }

    pub fn percent(&mut self, v: &Option<Scalar>, loc: &Loc, key: &str) -> Option<Percent> {
        self.parse_scalar(v, loc, key, Expected::Percent, |s| match s {
            Scalar::Number(n) => n
                .as_f64()
                .map(Percent)
                .ok_or_else(|| "expected a percentage".into()),
            other => Percent::parse(&scalar_text(other).unwrap_or_default()),
        })
    }

    pub fn date(&mut self, v: &Option<Scalar>, loc: &Loc, key: &str) -> Option<Date> {
        self.parse_scalar(v, loc, key, Expected::Date, |s| {
            Date::parse(&scalar_text(s).unwrap_or_default())
        })
    }

    pub fn number(&mut self, v: &Option<Scalar>, loc: &Loc, key: &str) -> Option<f64> {
        self.parse_scalar(v, loc, key, Expected::Number, |s| match s {
            Scalar::Number(n) => n
                .as_f64()
                .filter(|x| x.is_finite())
                .ok_or_else(|| "expected a finite number".into()),
            other => {
                let t = scalar_text(other).unwrap_or_default();
                t.trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| format!("`{t}` is not a number"))
            }
        })
    }

    /// A scoring weight in points: `30`, or `"30%"` as percent fields are written.
    pub fn weight(&mut self, v: &Option<Scalar>, loc: &Loc, key: &str) -> Option<f64> {
        self.parse_scalar(v, loc, key, Expected::Percent, |s| {
            let points = match s {
                Scalar::Number(n) => n.as_f64(),
                other => Percent::parse(&scalar_text(other).unwrap_or_default())
                    .ok()
                    .map(|p| p.0),
            };
            points.filter(|x| x.is_finite()).ok_or_else(|| {
                format!(
                    "`{}` is not a weight (expected points such as 30, or \"30%\")",
                    scalar_text(s).unwrap_or_default().trim()
                )
            })
        })
    }

    pub fn measure(&mut self, v: &Option<Scalar>, loc: &Loc, key: &str) -> Option<Measure> {
        let w = self.parse_scalar(v, loc, key, Expected::Measure, |s| match s {
            Scalar::Number(n) => n
                .as_f64()
                .map(|x| Written {
                    value: Measure::Number(x),
                    currency: None,
                })
                .ok_or_else(|| "expected a number".into()),
            other => parse_measure(&scalar_text(other).unwrap_or_default()),
        })?;
        // kept as written, so that the key result is not reported as having no value
        self.check_currency(w.currency, loc, key, |p| {
            crate::hint::money_value(&crate::hint::exact(
                &crate::values::MoneyStyle::plain(p),
                w.value.value(),
            ))
        });
        Some(w.value)
    }

    /// A word of a closed vocabulary; unknown words are reported under `rule`.
    pub fn word<T>(
        &mut self,
        v: &Option<String>,
        loc: &Loc,
        key: &str,
        rule: Rule,
        words: &[&str],
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let s = v.as_ref()?;
        let parsed = parse(s);
        if parsed.is_none() {
            let help = match crate::suggest::closest(s, words.iter().copied()) {
                Some(w) => format!("did you mean `{w}`?"),
                None => format!("expected one of: {}", words.join(", ")),
            };
            self.push(
                Diagnostic::new(
                    rule,
                    loc.value(key),
                    format!("unknown {} `{s}`", key.replace('_', " ")),
                )
                .label("not a known value")
                .help(help),
            );
        }
        parsed
    }

    /// A required word: missing is `required`.
    pub fn required_word<T>(
        &mut self,
        v: &Option<String>,
        loc: &Loc,
        key: &str,
        what: &str,
        words: &[&str],
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        if v.is_none() {
            self.push(
                Diagnostic::new(Rule::Required, loc.key(key), format!("{what} is missing"))
                    .help(format!("add `{key}:` with one of: {}", words.join(", "))),
            );
            return None;
        }
        self.word(v, loc, key, Rule::Syntax, words, parse)
    }
}

/// Parses an OKR value: `"$10M"` (money), `"95%"` (percent) or a number.
pub fn parse_measure(t: &str) -> Result<Written<Measure>, String> {
    let s = t.trim();
    let bare = |value| Written {
        value,
        currency: None,
    };
    if s.ends_with('%') {
        return Percent::parse(s).map(|p| bare(Measure::Percent(p)));
    }
    if let Ok(n) = s.parse::<f64>() {
        return Ok(bare(Measure::Number(n)));
    }
    Money::parse(s)
        .map(|w| Written {
            value: Measure::Money(w.value),
            currency: w.currency,
        })
        .map_err(|_| {
            format!("`{s}` is not a number, an amount (\"$10M\") or a percentage (\"95%\")")
        })
}

crate::declare_rule! {
    Required {
        id: "required",
        severity: Error,
        summary: "A required field is missing.",
        explanation: r#"Some fields carry the numbers the whole plan is derived from, so they cannot be left out: the company's name, description, category, current and target ARR, ICPs and markets in `plan.yaml`; a partner's name, landscape (A/B/C), category, current tier and all five attractiveness ratings; a decision's id, decision and status; a handbook page's title. Without all five ratings the weighted attractiveness score (30/25/20/15/10) cannot be computed, so the partner could not be placed in the priority, secondary or opportunistic band, ranked in the scorecard or checked against its tier. The diagnostic names the file and the object that lacks the field."#,
        bad: r#"# partners/kpmg.md
---
name: KPMG
landscape: A
category: big4
tier: prospect
scores: {icp_overlap: 80, market_influence: 90, practice_alignment: 70}
---"#,
        good: r#"# partners/kpmg.md
---
name: KPMG
landscape: A
category: big4
tier: prospect
scores: {icp_overlap: 80, market_influence: 90, practice_alignment: 70,
         partnership_appetite: 60, revenue_potential: 75}
---"#,
    }
}
