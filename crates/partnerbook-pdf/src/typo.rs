//! Typographic characters the engine sets itself: the true minus sign (U+2212) for a
//! hyphen-minus that is the sign of a number (`-1.10`, `-$1.2M`, `(-5 points)`), never
//! for the hyphen of a range (`2027-2029`), a date (`2027-01-20`), an id (`q1-2027`)
//! or a word.

use std::borrow::Cow;

/// The minus sign.
pub(crate) const MINUS: char = '\u{2212}';

/// `text` with every hyphen-minus that is a number's sign turned into a true minus: one
/// at the start of the text or after a space, `(`, `[`, `/` or `–`, followed by a digit
/// or by a currency symbol and a digit.
pub(crate) fn true_minus(text: &str) -> Cow<'_, str> {
    if !text.contains('-') {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let sign = |i: usize| {
        let before = i.checked_sub(1).map(|p| chars[p]);
        let opens = match before {
            None => true,
            Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '/' | '–' | MINUS),
        };
        let digit = |j: usize| chars.get(j).is_some_and(|c| c.is_ascii_digit());
        let currency = |j: usize| chars.get(j).is_some_and(|c| is_currency(*c));
        opens && (digit(i + 1) || (currency(i + 1) && digit(i + 2)))
    };
    if !(0..chars.len()).any(|i| chars[i] == '-' && sign(i)) {
        return Cow::Borrowed(text);
    }
    let out = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| if c == '-' && sign(i) { MINUS } else { c })
        .collect();
    Cow::Owned(out)
}

/// A currency symbol that may stand between a minus and the figures (`-$1.2M`, `-€3`).
fn is_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₹'
            | '₩'
            | '¢'
            | '₽'
            | '₺'
            | '₪'
            | '₫'
            | '₱'
            | '₴'
            | '₦'
            | '฿'
    )
}

#[cfg(test)]
mod tests {
    use super::{true_minus, MINUS};

    fn minus(s: &str) -> String {
        true_minus(s).into_owned()
    }

    #[test]
    fn a_sign_before_figures_becomes_a_minus() {
        assert_eq!(minus("-1.10"), format!("{MINUS}1.10"));
        assert_eq!(minus("-$1.2M"), format!("{MINUS}$1.2M"));
        assert_eq!(minus("-€3"), format!("{MINUS}€3"));
        assert_eq!(minus("(-5 points)"), format!("({MINUS}5 points)"));
        assert_eq!(minus("[-7]"), format!("[{MINUS}7]"));
        assert_eq!(minus("+2 / -3"), format!("+2 / {MINUS}3"));
        assert_eq!(minus("1/-3"), format!("1/{MINUS}3"));
        assert_eq!(minus("−1–-2"), format!("−1–{MINUS}2"));
        assert_eq!(
            minus("variance -12% vs plan"),
            format!("variance {MINUS}12% vs plan")
        );
        assert_eq!(minus("a\n-4"), format!("a\n{MINUS}4"));
    }

    #[test]
    fn hyphens_in_ranges_dates_ids_and_words_stay() {
        for s in [
            "2027-2029",
            "2027-01-20",
            "q1-2027",
            "D-003",
            "well-known",
            "partner-sourced",
            "-- dashes",
            "- item",
            "x-5",
            "-",
            "",
            "-$",
            "-$x",
            "-€",
            "no hyphen",
        ] {
            assert_eq!(minus(s), s, "{s}");
            assert!(matches!(true_minus(s), std::borrow::Cow::Borrowed(_)));
        }
    }

    #[test]
    fn every_sign_in_a_text_is_set() {
        assert_eq!(
            minus("-1 and -2 in 2027-2028"),
            format!("{MINUS}1 and {MINUS}2 in 2027-2028")
        );
    }
}
