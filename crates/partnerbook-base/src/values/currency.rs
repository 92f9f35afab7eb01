//! Currencies: the ISO 4217 codes a plan may be kept in, the signs that stand for a
//! code unambiguously, and how amounts in a currency are written out (`€2M`, `CHF 9M`).

/// The active ISO 4217 currency codes (fund codes, metals and test codes left out).
pub const ISO_CODES: [&str; 157] = [
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
    "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW",
    "ZWG",
];

/// The signs that name one currency unambiguously, longest first (`US$` before `$`).
/// `$` is the US dollar and `¥` the yen; other dollars and the yuan are written with
/// their code (`CAD 2M`, `CNY 9M`).
pub const SIGNS: [(&str, &str); 14] = [
    ("US$", "USD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₪", "ILS"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₴", "UAH"),
    ("₱", "PHP"),
    ("₫", "VND"),
    // written after the amount (`18億円`); `¥` stays the sign amounts are shown with
    ("円", "JPY"),
];

/// The currencies whose minor unit is not the hundredth (ISO 4217 list one, active
/// codes): how many decimals an amount in them has. Every other currency has two.
const MINOR_UNITS: [(&str, u8); 24] = [
    ("BHD", 3),
    ("BIF", 0),
    ("CLP", 0),
    ("DJF", 0),
    ("GNF", 0),
    ("IQD", 3),
    ("ISK", 0),
    ("JOD", 3),
    ("JPY", 0),
    ("KMF", 0),
    ("KRW", 0),
    ("KWD", 3),
    ("LYD", 3),
    ("OMR", 3),
    ("PYG", 0),
    ("RWF", 0),
    ("TND", 3),
    ("UGX", 0),
    ("UYW", 4),
    ("VND", 0),
    ("VUV", 0),
    ("XAF", 0),
    ("XOF", 0),
    ("XPF", 0),
];

/// How many decimals an amount in `code` has (ISO 4217): 0 for JPY and KRW, 3 for
/// BHD, 2 for most.
pub fn minor_units(code: &str) -> u8 {
    MINOR_UNITS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(2, |(_, n)| *n)
}

/// Whether `code` is an ISO 4217 code (upper case, as written in `company.currency`).
pub fn is_iso(code: &str) -> bool {
    ISO_CODES.binary_search(&code).is_ok()
}

/// The code a sign stands for: `€` → `EUR`.
pub fn code_of_sign(sign: &str) -> Option<&'static str> {
    SIGNS.iter().find(|(s, _)| *s == sign).map(|(_, c)| *c)
}

/// The sign amounts in `code` are written with, if it has one of its own.
pub fn sign_of(code: &str) -> Option<&'static str> {
    SIGNS
        .iter()
        .find(|(s, c)| *c == code && *s != "US$")
        .map(|(s, _)| *s)
}

/// The ISO code a user most likely meant by a currency written some other way:
/// a sign (`€`), a code in lower case (`eur`), or a common name (`euro`, `dollars`).
pub fn meant(written: &str) -> Option<&'static str> {
    let t = written.trim();
    if let Some(c) = code_of_sign(t) {
        return Some(c);
    }
    let upper = t.to_ascii_uppercase();
    if let Some(c) = ISO_CODES.iter().find(|c| **c == upper) {
        return Some(c);
    }
    const NAMES: [(&str, &str); 10] = [
        ("EURO", "EUR"),
        ("EUROS", "EUR"),
        ("DOLLAR", "USD"),
        ("DOLLARS", "USD"),
        ("US DOLLAR", "USD"),
        ("POUND", "GBP"),
        ("POUNDS", "GBP"),
        ("STERLING", "GBP"),
        ("YEN", "JPY"),
        ("FRANC", "CHF"),
    ];
    NAMES.iter().find(|(n, _)| *n == upper).map(|(_, c)| *c)
}

/// The plan currency: its ISO code and the prefix amounts are shown with, its sign
/// (`€`) or else its code and a no-break space (`CHF 9M` never breaks between the two).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Currency {
    code: String,
    prefix: String,
}

impl Currency {
    /// The currency of an ISO code (taken as written when it is not one; the model
    /// reports that).
    pub fn of(code: &str) -> Currency {
        let prefix = match sign_of(code) {
            Some(s) => s.to_string(),
            None => format!("{code}\u{a0}"),
        };
        Currency {
            code: code.to_string(),
            prefix,
        }
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    /// What an amount is prefixed with: `€`, `$`, `CHF` and a no-break space.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The currency's sign, or its code when it has none (`€`, `CHF`).
    pub fn symbol(&self) -> &str {
        self.prefix.trim_end_matches('\u{a0}')
    }

    /// partnerbook's English money style for this currency (`$2.4M`, `CHF 9M`).
    pub fn plain_style(&self) -> super::MoneyStyle {
        super::MoneyStyle::plain(&self.prefix)
    }

    /// Whether this currency has a sign of its own (else amounts carry the code).
    pub fn has_sign(&self) -> bool {
        !self.prefix.ends_with('\u{a0}')
    }

    /// How many decimals its amounts have (0 for JPY, 2 for EUR, 3 for BHD).
    pub fn minor_units(&self) -> u8 {
        minor_units(&self.code)
    }

    /// How many decimals its amounts have, in words, for messages: `no decimals`,
    /// `one decimal`, `3 decimals`.
    pub fn decimals_in_words(&self) -> String {
        match self.minor_units() {
            0 => "no decimals".to_string(),
            1 => "one decimal".to_string(),
            n => format!("{n} decimals"),
        }
    }

    /// `v` rounded to the currency's minor unit, half away from zero: what an export
    /// gives and what any output shows as an exact amount.
    pub fn round(&self, v: f64) -> f64 {
        let scale = 10f64.powi(i32::from(self.minor_units()));
        (v * scale).round() / scale
    }

    /// Whether `v` has a fraction of the currency's minor unit (`¥74,999,999.50`).
    pub fn has_fraction(&self, v: f64) -> bool {
        let scaled = v * 10f64.powi(i32::from(self.minor_units()));
        // beyond the float's own error (1.005 is 1.00499… in binary, and still a fraction)
        (scaled - scaled.round()).abs() > (scaled.abs() * 8.0 * f64::EPSILON).max(1e-6)
    }
}

impl Default for Currency {
    fn default() -> Currency {
        Currency::of("USD")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_table_is_sorted_and_complete_enough() {
        assert!(ISO_CODES.windows(2).all(|w| w[0] < w[1]));
        for c in ["USD", "EUR", "GBP", "JPY", "CHF", "SEK", "ZAR", "XOF"] {
            assert!(is_iso(c), "{c}");
        }
        for c in ["eur", "€", "EURO", "XYZ", "HRK", ""] {
            assert!(!is_iso(c), "{c}");
        }
    }

    #[test]
    fn currencies_are_written_with_their_sign_or_their_code() {
        assert_eq!(Currency::of("EUR").prefix(), "€");
        assert_eq!(Currency::of("USD").prefix(), "$");
        assert_eq!(Currency::of("CHF").prefix(), "CHF\u{a0}");
        assert_eq!(Currency::of("CAD").prefix(), "CAD\u{a0}");
        assert!(!Currency::of("CHF").has_sign() && Currency::of("GBP").has_sign());
        assert_eq!(code_of_sign("US$"), Some("USD"));
        assert_eq!(sign_of("USD"), Some("$"));
    }

    #[test]
    fn minor_units_follow_iso_4217() {
        let (jpy, eur, bhd) = (
            Currency::of("JPY"),
            Currency::of("EUR"),
            Currency::of("BHD"),
        );
        assert_eq!(
            (jpy.minor_units(), eur.minor_units(), bhd.minor_units()),
            (0, 2, 3)
        );
        assert!(jpy.has_fraction(74_999_999.5) && !jpy.has_fraction(75_000_000.0));
        assert!(eur.has_fraction(1.005) && !eur.has_fraction(1_234_567.89));
        assert!(!bhd.has_fraction(1.125) && bhd.has_fraction(1.1255));
        assert_eq!(jpy.round(15_027_777.78), 15_027_778.0);
        assert_eq!(eur.round(15_027_777.777), 15_027_777.78);
        assert!(MINOR_UNITS.iter().all(|(c, _)| is_iso(c) || *c == "UYW"));
    }

    #[test]
    fn what_a_user_meant_by_a_currency() {
        assert_eq!(meant("€"), Some("EUR"));
        assert_eq!(meant("eur"), Some("EUR"));
        assert_eq!(meant("Euro"), Some("EUR"));
        assert_eq!(meant("chf"), Some("CHF"));
        assert_eq!(meant("bitcoin"), None);
    }
}
