//! money.currency: the plan currency (`company.currency`) must be an ISO 4217 code, and
//! every amount written with a currency sign or code must be in it (`"$1.4M"` in an EUR
//! plan would otherwise be read as €1.4M without a word).

use super::ctx::Ctx;
use crate::diag::{Diagnostic, Rule};
use crate::model::Loc;
use crate::values::currency::{is_iso, meant};
use crate::values::{Currency, Money, Written};

/// Reads `company.currency` (default USD). A value that is not an ISO code is reported;
/// when it is clear what was meant (`€`, `eur`) that currency is used from then on,
/// else amounts are not checked against it.
pub(super) fn plan_currency(cx: &mut Ctx, v: &Option<String>, loc: &Loc) -> Currency {
    let Some(written) = v else {
        cx.currency = Some(Currency::default());
        return Currency::default();
    };
    let t = written.trim();
    if is_iso(t) {
        cx.currency = Some(Currency::of(t));
        return Currency::of(t);
    }
    let guess = meant(t);
    let help = match guess {
        Some(code) => format!("write `currency: {code}`"),
        None => {
            "write the currency's ISO 4217 code, such as `currency: EUR`, `USD`, `GBP` or `CHF`"
                .to_string()
        }
    };
    cx.push(
        Diagnostic::new(
            Rule::MoneyCurrency,
            loc.value("currency"),
            format!("`{t}` is not an ISO 4217 currency code"),
        )
        .label("not a currency code")
        .help(help),
    );
    cx.currency = guess.map(Currency::of);
    guess.map_or_else(|| Currency::of(t), Currency::of)
}

impl Ctx {
    /// [`Ctx::check_currency`] for one amount (`"€1.4M"` is what to write instead): the
    /// amount, or `None` when it is in another currency (reported once here; no rule
    /// judges a figure that is not in the plan currency).
    pub fn check_amount(&mut self, w: Written<Money>, loc: &Loc, key: &str) -> Option<Money> {
        let same = self.check_currency(w.currency, loc, key, |p| {
            crate::hint::money_value(&crate::hint::exact(
                &crate::values::MoneyStyle::plain(p),
                w.value.0,
            ))
        });
        same.then(|| self.check_precision(w.value, loc, key))
    }

    /// Reports an amount with a fraction of the plan currency's minor unit
    /// (`¥74,999,999.50`: the yen has no decimals), with the rounded amount as the fix;
    /// the rounded amount is what the rules go on with.
    pub fn check_precision(&mut self, m: Money, loc: &Loc, key: &str) -> Money {
        let Some(plan) = &self.currency else {
            return m;
        };
        if !plan.has_fraction(m.0) {
            return m;
        }
        let rounded = Money(plan.round(m.0));
        let units = format!("{} amounts have {}", plan.code(), plan.decimals_in_words());
        let field = key.rsplit('.').next().unwrap_or(key);
        let d = Diagnostic::new(
            Rule::MoneyPrecision,
            loc.value(key),
            format!(
                "`{key}` has a fraction of the smallest unit of {} ({})",
                plan.code(),
                smallest(plan)
            ),
        )
        .label(units)
        .help(format!(
            "write `{field}: {}`",
            crate::hint::money_value(&crate::hint::exact(&plan.plain_style(), rounded.0))
        ));
        self.push(d);
        rounded
    }

    /// Reports a value at `key` written in another currency than the plan's, and
    /// says whether it is in the plan currency; `rewrite(prefix)` gives the value as it
    /// would be written in the plan currency.
    pub fn check_currency(
        &mut self,
        written: Option<&'static str>,
        loc: &Loc,
        key: &str,
        rewrite: impl Fn(&str) -> String,
    ) -> bool {
        let (Some(written), Some(plan)) = (written, &self.currency) else {
            return true;
        };
        if written == plan.code() {
            return true;
        }
        let field = key.rsplit('.').next().unwrap_or(key);
        let d = Diagnostic::new(
            Rule::MoneyCurrency,
            loc.value(key),
            format!(
                "`{key}` is written in {written}, but the plan currency is {}",
                plan.code()
            ),
        )
        .label(format!("{written}, not {}", plan.code()))
        .help(format!(
            "write `{field}: {}` (the amount in {}), or change `company.currency` in plan.yaml",
            rewrite(plan.prefix()),
            plan.code()
        ));
        self.push(d);
        false
    }
}

crate::declare_rule! {
    MoneyCurrency {
        id: "money.currency",
        severity: Error,
        summary: "A money value is written in another currency than the plan's, or the plan currency is not an ISO 4217 code.",
        explanation: r#"A plan is kept in one currency, `company.currency` in plan.yaml (an ISO 4217 code: `EUR`, `USD`, `GBP`, `CHF`…; the default is USD). Every amount is read in that currency, so an amount written with another currency's sign or code — the seed's `"$2M+"` pasted into an EUR plan, a partner's `"$1.4M"` — would silently be taken as euros: partnerbook does not convert currencies, so it is an error. Write the amount in the plan currency (with its sign, its code, or no currency at all: `"€1.4M"`, `"EUR 1.4M"`, `"1.4M"`), or change `company.currency`. A plan currency that is not an ISO code (`€`, `eur`, `Euro`) is an error with the code it most likely means. Amounts are shown with the currency's sign where it has an unambiguous one (`$` USD, `€` EUR, `£` GBP, `¥` JPY, `₹` INR, `₩` KRW, `₪` ILS, `₺` TRY, `₦` NGN, `₴` UAH, `₱` PHP, `₫` VND) and with its code otherwise (`CHF 9M`)."#,
        bad: r#"# plan.yaml
company:
  currency: EUR
# partners/acme.md
pipeline: "$1.4M""#,
        good: r#"# plan.yaml
company:
  currency: EUR
# partners/acme.md
pipeline: "€1.4M""#,
    }
}

/// The currency's smallest unit as an amount: `¥1`, `$0.01`, `BHD 0.001`.
fn smallest(c: &Currency) -> String {
    let n = usize::from(c.minor_units());
    match n {
        0 => format!("{}1", c.prefix()),
        _ => format!("{}0.{}1", c.prefix(), "0".repeat(n - 1)),
    }
}

crate::declare_rule! {
    MoneyPrecision {
        id: "money.precision",
        severity: Error,
        summary: "An amount has more decimals than the plan currency has (a fraction of a yen).",
        explanation: r#"Every currency has a smallest unit (ISO 4217): a cent for the euro and the dollar, the yen itself for JPY and the won for KRW (no decimals), a fils for the Bahraini dinar (three decimals). An amount with more decimals than that (`¥74,999,999.50`, `€1,200.005`) cannot be paid or booked, and would show as a fraction nobody can read (`¥74.9999995M`), so it is an error at the value, with the amount rounded to the currency's unit as the fix. The rules go on with the rounded amount. Computed figures (costs per partner, forecasts) are rounded to the same unit in every output and export."#,
        bad: r#"# plan.yaml
company:
  currency: JPY
# partners/minato.md
pipeline: "¥74,999,999.50""#,
        good: r#"# plan.yaml
company:
  currency: JPY
# partners/minato.md
pipeline: "¥75,000,000""#,
    }
}
