//! The one rounding rule: half away from zero, on the DECIMAL value of a figure.
//!
//! A float such as 1.005 is stored as 1.00499999999999989…; rounding that binary value
//! gives 1.00, while the figure the user wrote (or the tool computed) is 1.005 and rounds
//! to 1.01. Every figure is therefore first read as its decimal value — the float to 15
//! significant digits, which is exact for every amount, score and percentage a plan holds
//! and drops the binary noise of arithmetic (`2.2499999999999996` is 2.25) — and rounded
//! there: 2.25 → 2.3, 3.45 → 3.5, 0.125 → 0.13, −2.5 → −3.

/// A finite value as a decimal: `(-1)^neg × mant × 10^exp`, `mant` below 10^15.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dec {
    neg: bool,
    mant: u64,
    exp: i32,
}

impl Dec {
    /// The decimal value of `v` (15 significant digits); `None` for NaN and infinities.
    pub fn of(v: f64) -> Option<Dec> {
        if !v.is_finite() {
            return None;
        }
        if v == 0.0 {
            return Some(Dec {
                neg: false,
                mant: 0,
                exp: 0,
            });
        }
        if let Some(d) = Dec::of_integer(v) {
            return Some(d);
        }
        let s = format!("{:.14e}", v.abs());
        let (m, e) = s.split_once('e')?;
        // The 15 digits of `d.dddddddddddddd`, read without building another string.
        let mut mant: u64 = 0;
        for b in m.bytes().filter(|b| *b != b'.') {
            if !b.is_ascii_digit() {
                return None;
            }
            mant = mant * 10 + u64::from(b - b'0');
        }
        let exp: i32 = e.parse().ok()?;
        Some(Dec {
            neg: v < 0.0,
            mant,
            exp: exp - 14,
        })
    }

    /// [`Dec::of`] for a whole number below 10^15 (most amounts of money), which is
    /// its own 15-digit decimal value: no float formatting needed.
    fn of_integer(v: f64) -> Option<Dec> {
        let a = v.abs();
        if a.fract() != 0.0 || !(1.0..1e15).contains(&a) {
            return None;
        }
        let n = a as u64; // exact: a whole number below 2^53
        let digits = n.ilog10() + 1; // 1..=15
        let pad = 15 - digits;
        Some(Dec {
            neg: v < 0.0,
            mant: n * 10u64.pow(pad),
            exp: -(pad as i32),
        })
    }

    /// The value times 10^`n`, exactly.
    pub fn shift(self, n: i32) -> Dec {
        Dec {
            exp: self.exp + n,
            ..self
        }
    }

    pub fn is_negative(self) -> bool {
        self.neg && self.mant != 0
    }

    pub fn abs(self) -> Dec {
        Dec { neg: false, ..self }
    }

    /// |value| × 10^`places`, rounded half away from zero to an integer; `None` when it
    /// does not fit (beyond 10^38).
    fn scaled(self, places: usize) -> Option<u128> {
        let e = self.exp.checked_add(i32::try_from(places).ok()?)?;
        let mant = u128::from(self.mant);
        if e >= 0 {
            return 10u128.checked_pow(e.unsigned_abs())?.checked_mul(mant);
        }
        let d = e.unsigned_abs();
        if d > 30 {
            return Some(0); // mant < 10^15, far below half of 10^30
        }
        let p = 10u128.pow(d);
        Some(mant / p + u128::from(2 * (mant % p) >= p))
    }

    /// The value with exactly `places` decimals, rounded half away from zero
    /// (`2.30`, `-3`, `0.13`); no sign when it rounds to zero.
    pub fn places(self, places: usize) -> Option<String> {
        let n = self.scaled(places)?;
        Some(with_point(self.is_negative() && n != 0, n, places))
    }

    /// The value with at most `decimals` decimals, trailing zeros dropped.
    pub fn fixed(self, decimals: usize) -> Option<String> {
        self.places(decimals).map(trim_zeros)
    }
}

/// `2.50` → `2.5`, `2.00` → `2`, `250` stays.
fn trim_zeros(mut s: String) -> String {
    if s.contains('.') {
        let kept = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(kept);
    }
    s
}

/// `n / 10^places` written out with a point and `places` decimals, in one allocation.
fn with_point(neg: bool, n: u128, places: usize) -> String {
    let mut buf = [0u8; 20];
    let wide;
    let digits: &str = match u64::try_from(n) {
        Ok(small) => digits_of(small, &mut buf),
        Err(_) => {
            wide = n.to_string();
            &wide
        }
    };
    let mut out = String::with_capacity(digits.len().max(places + 1) + 2);
    if neg {
        out.push('-');
    }
    if digits.len() <= places {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', places - digits.len()));
        out.push_str(digits);
    } else {
        let (whole, frac) = digits.split_at(digits.len() - places);
        out.push_str(whole);
        if places > 0 {
            out.push('.');
            out.push_str(frac);
        }
    }
    out
}

/// The decimal digits of `n`, written into the end of `buf`.
fn digits_of(mut n: u64, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).unwrap_or("0")
}

/// `v` with exactly `places` decimals, rounded half away from zero on its decimal value
/// (`85.10`, `40.00`, `0.13` for 0.125). Non-finite values as Rust prints them.
pub fn places(v: f64, places: usize) -> String {
    if let Some((neg, n)) = fast_scaled(v, places) {
        return with_point(neg, u128::from(n), places);
    }
    Dec::of(v)
        .and_then(|d| d.places(places))
        .unwrap_or_else(|| format!("{v:.places$}"))
}

/// Powers of ten up to the most decimals [`fast_scaled`] takes.
const POW10: [f64; 7] = [1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6];

/// |`v`| × 10^`places` rounded, and whether to write a minus, without float formatting:
/// for the common case of a value of modest size that is not within a millionth of a
/// tie, where rounding the binary value and the decimal value agree. Charts print
/// thousands of coordinates this way.
fn fast_scaled(v: f64, places: usize) -> Option<(bool, u64)> {
    let scaled = (v * POW10.get(places)?).abs();
    if !scaled.is_finite() || scaled >= 1e7 || (scaled.fract() - 0.5).abs() < 1e-6 {
        return None;
    }
    let n = scaled.round() as u64; // below 10^7
    Some((v < 0.0 && n != 0, n))
}

/// `v` with at most `decimals` decimals, trailing zeros dropped (`2.5`, `2`, `2.24`),
/// rounded half away from zero on its decimal value.
pub fn fixed(v: f64, decimals: usize) -> String {
    let Some((neg, mut n)) = fast_scaled(v, decimals) else {
        return trim_zeros(places(v, decimals));
    };
    let mut kept = decimals;
    while kept > 0 && n % 10 == 0 {
        n /= 10;
        kept -= 1;
    }
    with_point(neg, u128::from(n), kept)
}

/// `v` with at most two decimals and no trailing zeros (`85.75`, `69`, `82.5`, `0`):
/// ratings, weights, points and chart coordinates.
pub fn decimal2(v: f64) -> String {
    fixed(v, 2)
}

/// An attractiveness score, always with two decimals so that columns line up and
/// compare: `89.05`, `85.10`, `40.00`.
pub fn score(v: f64) -> String {
    places(v, 2)
}

/// `v` rounded half away from zero to `decimals` decimals, as a number (for figures
/// that are stored rounded, such as scores).
pub fn round(v: f64, decimals: usize) -> f64 {
    places(v, decimals).parse().unwrap_or(v)
}

/// `v` with thousands separators and at most `decimals` decimals, trailing zeros
/// dropped unless a fraction remains (`1,999,000`, `1,234,567.89`, `-2,500`).
pub fn grouped(v: f64, decimals: usize) -> String {
    let s = places(v, decimals);
    let (sign, body) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s.as_str()),
    };
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    if !whole.chars().all(|c| c.is_ascii_digit()) {
        return s.clone();
    }
    let mut out = String::with_capacity(whole.len() + whole.len() / 3 + 4);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{out}")
    } else {
        format!(
            "{sign}{out}.{frac:0<width$}",
            width = decimals.min(2).max(frac.len())
        )
    }
}

/// Two different figures shown so that they read differently: with `base` decimals as
/// usual, or with as many more as it takes (`2.2` and `2.24`, not `2.2` and `2.2`).
/// `show(v, decimals)` formats one figure; equal figures are shown as usual.
pub fn pair(a: f64, b: f64, base: usize, show: impl Fn(f64, usize) -> String) -> (String, String) {
    let (sa, sb) = (show(a, base), show(b, base));
    if sa != sb || Dec::of(a) == Dec::of(b) {
        return (sa, sb);
    }
    for extra in 1..=12 {
        let (sa, sb) = (show(a, base + extra), show(b, base + extra));
        if sa != sb {
            return (sa, sb);
        }
    }
    (sa, sb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_round_away_from_zero_on_the_decimal_value() {
        assert_eq!(fixed(2.25, 1), "2.3");
        assert_eq!(fixed(3.45, 1), "3.5");
        assert_eq!(fixed(0.125, 2), "0.13");
        assert_eq!(fixed(1.005, 2), "1.01");
        assert_eq!(fixed(2.675, 2), "2.68");
        assert_eq!(fixed(-2.25, 1), "-2.3");
        assert_eq!(fixed(-0.125, 2), "-0.13");
        assert_eq!(fixed(-2.5, 0), "-3");
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(-0.004, 2), "0");
        assert_eq!(fixed(-0.0, 2), "0");
        // binary noise from arithmetic is not a decimal value of its own
        assert_eq!(fixed(0.1 + 0.2, 2), "0.3");
        assert_eq!(fixed(2.2499999999999996, 1), "2.3");
        assert_eq!(places(89.05, 2), "89.05");
        assert_eq!(places(1e-20, 2), "0.00");
    }

    #[test]
    fn the_fast_path_agrees_with_the_decimal_one() {
        for i in -200_000i64..200_000 {
            let v = i as f64 / 1000.0;
            for p in [0, 1, 2] {
                let slow = Dec::of(v).and_then(|d| d.places(p)).unwrap_or_default();
                assert_eq!(places(v, p), slow, "{v} to {p}");
                assert_eq!(fixed(v, p), trim_zeros(slow), "{v} to at most {p}");
            }
        }
    }

    /// Dec::of as it reads every value: the float to 15 significant digits.
    fn of_formatted(v: f64) -> Option<Dec> {
        let s = format!("{:.14e}", v.abs());
        let (m, e) = s.split_once('e')?;
        Some(Dec {
            neg: v < 0.0,
            mant: m.replace('.', "").parse().ok()?,
            exp: e.parse::<i32>().ok()? - 14,
        })
    }

    #[test]
    fn whole_numbers_read_as_the_formatted_path_reads_them() {
        let mut values: Vec<f64> = (-5_000i64..5_000).map(|i| i as f64).collect();
        for e in 0..15 {
            let p = 10f64.powi(e);
            values.extend([
                p,
                p - 1.0,
                p + 1.0,
                2.5 * p,
                -7.0 * p,
                999_999.0 * p.min(1e9),
            ]);
        }
        values.extend([
            2_000_000.0,
            1_999_000.0,
            499_990.0,
            9.007_199_254_740_991e15,
        ]);
        for v in values {
            if v != 0.0 {
                assert_eq!(Dec::of(v), of_formatted(v), "{v}");
            }
        }
    }

    #[test]
    fn points_are_placed() {
        assert_eq!(with_point(false, 0, 2), "0.00");
        assert_eq!(with_point(false, 5, 2), "0.05");
        assert_eq!(with_point(true, 125, 2), "-1.25");
        assert_eq!(with_point(false, 125, 0), "125");
        assert_eq!(with_point(false, 7, 3), "0.007");
        assert_eq!(with_point(false, u128::MAX, 0), u128::MAX.to_string());
        assert_eq!(
            with_point(false, u128::from(u64::MAX), 2),
            "184467440737095516.15"
        );
        assert_eq!(trim_zeros("2.50".into()), "2.5");
        assert_eq!(trim_zeros("2.00".into()), "2");
        assert_eq!(trim_zeros("250".into()), "250");
    }

    #[test]
    fn scores_have_two_decimals() {
        assert_eq!(score(89.05), "89.05");
        assert_eq!(score(85.1), "85.10");
        assert_eq!(score(40.0), "40.00");
        assert_eq!(score(84.125), "84.13");
        assert_eq!(decimal2(85.1), "85.1");
        assert_eq!(decimal2(12.345), "12.35");
        assert_eq!(decimal2(f64::NAN), "NaN");
        assert_eq!(round(84.125, 2), 84.13);
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(grouped(1_999_000.0, 2), "1,999,000");
        assert_eq!(grouped(1_234_567.89, 2), "1,234,567.89");
        assert_eq!(grouped(1_234_567.5, 2), "1,234,567.50");
        assert_eq!(grouped(950.0, 2), "950");
        assert_eq!(grouped(-2500.0, 2), "-2,500");
        assert!(grouped(1e300, 2).starts_with("1,000,"));
    }

    #[test]
    fn pairs_read_differently() {
        let show = |v: f64, d: usize| fixed(v, d);
        assert_eq!(pair(2.2, 2.24, 1, show), ("2.2".into(), "2.24".into()));
        assert_eq!(pair(2.2, 3.1, 1, show), ("2.2".into(), "3.1".into()));
        assert_eq!(pair(2.2, 2.2, 1, show), ("2.2".into(), "2.2".into()));
    }
}
