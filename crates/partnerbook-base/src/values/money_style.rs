//! How amounts are written: [`MoneyStyle`], the currency sign's place, the compact
//! units and the digits of a locale (`$2.4M`, `2,4 Mio. €`, `¥24億`). Made per locale by
//! the i18n layer from CLDR data; [`MoneyStyle::plain`] is partnerbook's English form.

use super::decimal::grouped;

/// How amounts are written: the currency sign's place, the compact units and the
/// digits. [`MoneyStyle::plain`] is partnerbook's English form (`$2.4M`, `€500K`,
/// `CHF 9M`, `$1,999,000`); the i18n layer makes one per locale from CLDR data
/// (`2,4 Mio. €`, `¥24億`).
#[derive(Clone)]
pub struct MoneyStyle {
    /// Before the number: `$`, `CHF ` (with a no-break space), or nothing.
    prefix: String,
    /// After the number and its unit: ` €` (with a no-break space), or nothing.
    suffix: String,
    /// Compact units, largest first: the power of ten and what follows the number.
    pub(super) units: Vec<(i32, String)>,
    /// A plain decimal (`1234.5`) in the locale's digits and separators; `None` for
    /// partnerbook's English form (compact amounts as they are, exact ones grouped with
    /// `,`).
    digits: Option<Digits>,
}

/// Turns a plain decimal into the locale's form.
pub type Digits = std::sync::Arc<dyn Fn(&str) -> String + Send + Sync>;

impl std::fmt::Debug for MoneyStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MoneyStyle")
            .field("prefix", &self.prefix)
            .field("suffix", &self.suffix)
            .finish_non_exhaustive()
    }
}

/// The English compact units.
const PLAIN_UNITS: [(i32, &str); 3] = [(9, "B"), (6, "M"), (3, "K")];

impl MoneyStyle {
    /// partnerbook's English form with `prefix` (`$`, `€`, `CHF `).
    pub fn plain(prefix: &str) -> MoneyStyle {
        MoneyStyle {
            prefix: prefix.to_string(),
            suffix: String::new(),
            units: PLAIN_UNITS
                .iter()
                .map(|(e, u)| (*e, (*u).to_string()))
                .collect(),
            digits: None,
        }
    }

    /// A style from its parts (see the fields).
    pub fn new(
        prefix: String,
        suffix: String,
        units: Vec<(i32, String)>,
        digits: Digits,
    ) -> MoneyStyle {
        MoneyStyle {
            prefix,
            suffix,
            units,
            digits: Some(digits),
        }
    }

    /// What stands before the number.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// What stands after the number and its unit.
    pub fn suffix(&self) -> &str {
        &self.suffix
    }

    /// `body` (a number, perhaps with its unit) with the currency: `$2.4M`, `2,4 Mio. €`;
    /// `minus` before it all.
    pub fn wrap(&self, minus: bool, body: &str) -> String {
        let m = if minus { "-" } else { "" };
        format!("{m}{}{body}{}", self.prefix, self.suffix)
    }

    /// The compact unit amounts of size `v` are shown in: its divisor and its text
    /// (`(1e6, "M")`, `(1e6, " Mio.")`, `(1e8, "億")`; `(1, "")` below the smallest).
    pub fn unit_for(&self, v: f64) -> (f64, &str) {
        self.units
            .iter()
            .find(|(e, _)| v.abs() >= 10f64.powi(*e))
            .map_or((1.0, ""), |(e, u)| (10f64.powi(*e), u.as_str()))
    }

    /// `x`, already divided by its unit's divisor, with exactly `decimals` decimals,
    /// the unit and the currency, `sign` first: `+$0.21M`, `+0,21 Mio. €`.
    pub fn in_unit(&self, sign: &str, x: f64, decimals: usize, unit: &str) -> String {
        let n = self.number(&super::decimal::places(x, decimals));
        format!("{sign}{}{n}{unit}{}", self.prefix, self.suffix)
    }

    /// The label of an axis or column whose amounts are in `unit`: `$M`, `Mio. €`, `¥億`.
    pub fn unit_label(&self, unit: &str) -> String {
        format!("{}{unit}{}", self.prefix, self.suffix)
            .trim_matches(|c: char| c.is_whitespace())
            .to_string()
    }

    /// A plain decimal (`1234.5`) as this style writes digits.
    pub(super) fn number(&self, plain: &str) -> String {
        match &self.digits {
            Some(f) => f(plain),
            None => plain.to_string(),
        }
    }

    /// A plain decimal with thousands grouping (`1,999,000`, `1.999.000`).
    pub(super) fn grouped(&self, v: f64, decimals: usize) -> String {
        match &self.digits {
            Some(f) => f(&super::decimal::fixed(v, decimals)),
            None => grouped(v, decimals),
        }
    }
}

impl Default for MoneyStyle {
    fn default() -> MoneyStyle {
        MoneyStyle::plain("$")
    }
}
