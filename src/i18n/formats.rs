//! Numbers, percentages, dates and amounts as the locale writes them, from CLDR data
//! through ICU4X: `de-DE` 1.234,5 · 35 % · 20.01.2027 · 2,4 Mio. €; `fr-FR` 1 234,5 ·
//! 35 % · 20 janv. 2027; `ja-JP` 2027年1月20日 · ¥24億; `en-IN` 1,23,456.7 · ₹24L.
//!
//! Digits, separators, grouping (Indian groups of two included) and date patterns are
//! ICU4X's. Compact amounts take their units from CLDR's short compact-decimal
//! patterns (the unit a locale uses for each power of ten: `K`/`M`/`B`, `Mio.`/`Mrd.`,
//! `万`/`億`, `L`/`Cr`) and keep partnerbook's own rounding (`$2.24M` with two decimals),
//! so a figure reads the same in every output. Where a currency sign and a percent sign
//! stand comes from CLDR's standard currency and percent patterns of the catalog
//! languages (ICU4X's currency and percent formatters are still experimental).

use crate::values::{Currency, Date, MoneyStyle};
use fixed_decimal::Decimal;
use icu_datetime::fieldsets::YMD;
use icu_datetime::DateTimeFormatter;
use icu_decimal::{CompactDecimalFormatter, DecimalFormatter};
use std::str::FromStr;
use std::sync::Arc;
use writeable::Writeable;

/// How long a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// `1/20/27`, `20.01.27`, `2027/01/20`.
    Short,
    /// `Jan 20, 2027`, `20.01.2027`, `20 janv. 2027`.
    Medium,
    /// `January 20, 2027`, `20. Januar 2027`, `2027年1月20日`.
    Long,
}

/// The formats of one locale.
pub struct Formats {
    tag: String,
    decimal: Arc<DecimalFormatter>,
    short: DateTimeFormatter<YMD>,
    medium: DateTimeFormatter<YMD>,
    long: DateTimeFormatter<YMD>,
    /// Compact units, largest first: the power of ten and what follows the number.
    units: Vec<(i32, String)>,
    placement: Placement,
}

impl std::fmt::Debug for Formats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Formats")
            .field("tag", &self.tag)
            .finish_non_exhaustive()
    }
}

/// Where the currency and percent signs stand in a language (CLDR's standard
/// patterns: `¤#,##0.00` in English and Japanese, `#,##0.00 ¤` in German, French and
/// Spanish; `#,##0%` against `#,##0 %`).
#[derive(Debug, Clone, Copy)]
struct Placement {
    currency_after: bool,
    /// Between the number and the percent sign.
    percent_gap: &'static str,
}

fn placement(lang: &str) -> Placement {
    match lang {
        "de" | "es" => Placement {
            currency_after: true,
            percent_gap: "\u{a0}",
        },
        "fr" => Placement {
            currency_after: true,
            percent_gap: "\u{202f}",
        },
        _ => Placement {
            currency_after: false,
            percent_gap: "",
        },
    }
}

/// Why a locale cannot be formatted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a BCP 47 language tag (write e.g. `en-US`, `de-DE`, `ja-JP`)")]
pub struct BadLocale(pub String);

/// Whether `tag` is a BCP 47 language tag ICU4X reads.
pub fn is_locale(tag: &str) -> bool {
    icu_locale::Locale::try_from_str(tag).is_ok()
}

impl Formats {
    /// The formats of `tag` (`de-DE`). Data the locale lacks falls back as CLDR says
    /// (`de-CH` → `de`, anything → root).
    pub fn of(tag: &str) -> Result<Formats, BadLocale> {
        let locale =
            icu_locale::Locale::try_from_str(tag).map_err(|_| BadLocale(tag.to_string()))?;
        let bad = |_| BadLocale(tag.to_string());
        let decimal =
            DecimalFormatter::try_new(locale.clone().into(), Default::default()).map_err(bad)?;
        let compact =
            CompactDecimalFormatter::try_new_short(locale.clone().into(), Default::default())
                .map_err(bad)?;
        let date = |f: YMD| {
            DateTimeFormatter::try_new(locale.clone().into(), f)
                .map_err(|_| BadLocale(tag.to_string()))
        };
        Ok(Formats {
            tag: tag.to_string(),
            decimal: Arc::new(decimal),
            short: date(YMD::short())?,
            medium: date(YMD::medium())?,
            long: date(YMD::long())?,
            units: units(&compact),
            placement: placement(locale.id.language.as_str()),
        })
    }

    /// The locale's tag as written (`de-DE`).
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// A plain decimal (`1234.5`, `-3`) with the locale's digits, separators and
    /// grouping (`1.234,5`); anything that is not a plain decimal as it is.
    pub fn digits(&self, plain: &str) -> String {
        localize(&self.decimal, plain)
    }

    /// `v` with exactly `decimals` decimals, in the locale's form.
    pub fn number(&self, v: f64, decimals: usize) -> String {
        self.digits(&crate::values::decimal::places(v, decimals))
    }

    /// `v` with at most `decimals` decimals (trailing zeros dropped), in the locale's form.
    pub fn number_trim(&self, v: f64, decimals: usize) -> String {
        self.digits(&crate::values::decimal::fixed(v, decimals))
    }

    /// A percentage from its number of percent (`35` → `35%`, `35 %`).
    pub fn percent(&self, v: f64, decimals: usize) -> String {
        format!(
            "{}{}%",
            self.number_trim(v, decimals),
            self.placement.percent_gap
        )
    }

    /// A date in the locale's pattern.
    pub fn date(&self, d: Date, style: DateStyle) -> String {
        let Ok(iso) = icu_calendar::Date::try_new_iso(d.0.year(), u8::from(d.0.month()), d.0.day())
        else {
            return d.to_string();
        };
        let f = match style {
            DateStyle::Short => &self.short,
            DateStyle::Medium => &self.medium,
            DateStyle::Long => &self.long,
        };
        f.format(&iso).write_to_string().into_owned()
    }

    /// How amounts in `currency` are written in this locale: the sign's place, the
    /// compact units, the digits.
    pub fn money_style(&self, currency: &Currency) -> MoneyStyle {
        let symbol = currency.symbol();
        let (prefix, suffix) = if self.placement.currency_after {
            (String::new(), format!("\u{a0}{symbol}"))
        } else {
            (currency.prefix().to_string(), String::new())
        };
        let decimal = Arc::clone(&self.decimal);
        MoneyStyle::new(
            prefix,
            suffix,
            self.units.clone(),
            Arc::new(move |plain: &str| localize(&decimal, plain)),
        )
    }
}

/// How amounts in `currency` are written in `locale`: partnerbook's own English form
/// for `en-US` (the same bytes, without a formatter call per amount), else the
/// locale's ([`Formats::money_style`]); the English form when the locale has no data.
pub fn money_style(locale: &str, currency: &Currency) -> MoneyStyle {
    if locale == crate::i18n::DEFAULT_LOCALE {
        return currency.plain_style();
    }
    Formats::of(locale).map_or_else(|_| currency.plain_style(), |f| f.money_style(currency))
}

/// A plain decimal string through ICU4X's decimal formatter.
fn localize(f: &DecimalFormatter, plain: &str) -> String {
    match Decimal::from_str(plain) {
        Ok(d) => f.format(&d).write_to_string().into_owned(),
        Err(_) => plain.to_string(),
    }
}

/// The compact units of a locale, largest first: each power of ten whose CLDR short
/// compact form is `1` and a unit (`1M`, `1 Mio.`, `1万`, `1L`), with what follows
/// the number. Powers whose form is not a one (`10万`, `1000 M`) are not units.
fn units(compact: &CompactDecimalFormatter) -> Vec<(i32, String)> {
    let mut out = Vec::new();
    for exp in 3..=15 {
        let Ok(n) = Decimal::from_str(&format!("1{}", "0".repeat(exp as usize))) else {
            continue;
        };
        let shown = compact.format(&n).write_to_string().into_owned();
        if let Some(unit) = shown.strip_prefix('1') {
            if !unit.is_empty() && !unit.chars().any(|c| c.is_ascii_digit()) {
                out.push((exp, unit.to_string()));
            }
        }
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Money;

    fn f(tag: &str) -> Formats {
        Formats::of(tag).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn numbers_percentages_and_dates_by_cldr() {
        let d = Date::parse("2027-01-20").unwrap_or_else(|e| panic!("{e}"));
        let de = f("de-DE");
        assert_eq!(de.number(1234.5, 1), "1.234,5");
        assert_eq!(de.percent(35.0, 1), "35\u{a0}%");
        assert_eq!(de.date(d, DateStyle::Medium), "20.01.2027");
        let fr = f("fr-FR");
        assert_eq!(fr.number(1234.5, 1), "1\u{202f}234,5");
        assert_eq!(fr.date(d, DateStyle::Medium), "20 janv. 2027");
        let ja = f("ja-JP");
        assert_eq!(ja.date(d, DateStyle::Long), "2027年1月20日");
        assert_eq!(f("en-IN").number(123_456.7, 1), "1,23,456.7");
        let en = f("en-US");
        assert_eq!(en.number(1234.5, 2), "1,234.50");
        assert_eq!(en.percent(35.0, 1), "35%");
        assert_eq!(en.date(d, DateStyle::Long), "January 20, 2027");
        assert!(Formats::of("not a locale").is_err());
    }

    #[test]
    fn compact_amounts_use_the_locale_units_and_sign_place() {
        let m = |tag: &str, code: &str, v: f64| {
            Money(v).display_with(&f(tag).money_style(&Currency::of(code)), 1)
        };
        assert_eq!(m("en-US", "USD", 2.4e6), "$2.4M");
        assert_eq!(m("en-US", "USD", 5e5), "$500K");
        assert_eq!(m("de-DE", "EUR", 2.4e6), "2,4\u{a0}Mio.\u{a0}€");
        assert_eq!(m("fr-FR", "EUR", 2.4e6), "2,4\u{a0}M\u{a0}€");
        assert_eq!(m("ja-JP", "JPY", 2.4e9), "¥24億");
        assert_eq!(m("ja-JP", "JPY", 1.8e9), "¥18億");
        assert_eq!(m("en-IN", "INR", 2.4e6), "₹24L");
        assert_eq!(m("de-DE", "CHF", 9e6), "9\u{a0}Mio.\u{a0}CHF");
    }
}
