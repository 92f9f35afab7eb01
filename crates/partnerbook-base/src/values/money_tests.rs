use super::*;

fn st(prefix: &str) -> MoneyStyle {
    MoneyStyle::plain(prefix)
}

fn amount(s: &str) -> Option<(f64, Option<&'static str>)> {
    Money::parse(s).ok().map(|w| (w.value.0, w.currency))
}

#[test]
fn money_forms() {
    assert_eq!(amount("$2M"), Some((2e6, Some("USD"))));
    assert_eq!(amount("$500K"), Some((5e5, Some("USD"))));
    assert_eq!(amount("€1.5M"), Some((1.5e6, Some("EUR"))));
    assert_eq!(amount("250000"), Some((250000.0, None)));
    assert_eq!(amount("2,500,000"), Some((2.5e6, None)));
    assert_eq!(amount("US$2M"), Some((2e6, Some("USD"))));
    assert_eq!(amount("£120K"), Some((120e3, Some("GBP"))));
    assert!(Money::parse("$[X]").is_err());
    assert!(Money::parse("").is_err());
    assert!(Money::parse("-5").is_err());
    assert!(Money::parse("€").is_err());
    assert!(Money::parse("1.5 million").is_err());
}

#[test]
fn european_and_code_forms_are_read_exactly() {
    assert_eq!(amount("1,5M €"), Some((1.5e6, Some("EUR"))));
    assert_eq!(amount("EUR 2M"), Some((2e6, Some("EUR"))));
    assert_eq!(amount("2.000.000 €"), Some((2e6, Some("EUR"))));
    assert_eq!(amount("€ 1.5M"), Some((1.5e6, Some("EUR"))));
    assert_eq!(amount("2M EUR"), Some((2e6, Some("EUR"))));
    assert_eq!(amount("1.234.567,89 €"), Some((1_234_567.89, Some("EUR"))));
    assert_eq!(amount("CHF 9M"), Some((9e6, Some("CHF"))));
    assert_eq!(amount("9M chf"), Some((9e6, Some("CHF"))));
    assert_eq!(amount("EUR2.24M"), Some((2.24e6, Some("EUR"))));
    assert_eq!(amount("2,24M"), Some((2.24e6, None)));
    assert_eq!(amount("1 234 567"), Some((1_234_567.0, None)));
    assert_eq!(amount("1'234'567"), Some((1_234_567.0, None)));
    assert_eq!(amount("1,234.5"), Some((1234.5, None)));
    // exact, not 2.24 × 10^6 in binary
    assert_eq!(amount("€2.24M").map(|a| a.0), Some(2_240_000.0));
    assert!(Money::parse("€2M EUR").is_err());
    assert!(Money::parse("ABC 2M").is_err());
}

#[test]
fn ambiguous_separators_are_read_as_documented() {
    assert_eq!(number("1,500", false).as_deref(), Some("1500"));
    assert_eq!(number("1.500", false).as_deref(), Some("1500"));
    assert_eq!(number("1.500", true).as_deref(), Some("1.500"));
    assert_eq!(number("1,5", false).as_deref(), Some("1.5"));
    assert_eq!(number("1,50", false).as_deref(), Some("1.50"));
    assert_eq!(number("0.125", false).as_deref(), Some("0.125"));
    assert_eq!(number("2.5", false).as_deref(), Some("2.5"));
    assert_eq!(number("12.345.678", false).as_deref(), Some("12345678"));
    assert_eq!(number("1,5000", false), None);
    assert_eq!(number("0,500", false), None);
    assert_eq!(number("1,23,456", false), None);
    assert_eq!(number("1.2,3", false), None);
    assert_eq!(number("1,234,5", false), None);
    assert_eq!(number("1.234.5", false), None);
    assert_eq!(number(",5", false), None);
    assert_eq!(amount("€1.500"), Some((1500.0, Some("EUR"))));
    // before a multiplier a dot is a decimal point (partnerbook suggests `$1.999M`);
    // a comma and three digits read two ways (1.5M or 1,500M)
    assert_eq!(amount("€1.500M"), Some((1.5e6, Some("EUR"))));
    assert_eq!(amount("$510.294M"), Some((510_294_000.0, Some("USD"))));
    assert!(Money::parse("€1,500M").is_err_and(|e| e.contains("could mean two amounts")));
}

#[test]
fn compact_display_rounds_half_away_from_zero() {
    assert_eq!(Money(2.4e6).display(&st("$")), "$2.4M");
    assert_eq!(Money(5e5).display(&st("$")), "$500K");
    assert_eq!(Money(2.25e6).display(&st("€")), "€2.3M");
    assert_eq!(Money(3.45e6).display(&st("€")), "€3.5M");
    assert_eq!(Money(2.35e6).display(&st("€")), "€2.4M");
    assert_eq!(Money(950.0).display(&st("€")), "€950");
    assert_eq!(Money(999_960.0).display(&st("€")), "€1M");
    assert_eq!(Money(-2.25e6).display(&st("€")), "-€2.3M");
    assert_eq!(Money(9e6).display(&st("CHF ")), "CHF 9M");
    assert_eq!(Money(2.2e6).display_with(&st("€"), 2), "€2.2M");
    assert_eq!(Money(1.5e9).display(&st("$")), "$1.5B");
}

#[test]
fn exact_display_has_thousands_separators() {
    assert_eq!(Money(1_999_000.0).exact(&st("€")), "€1,999,000");
    assert_eq!(Money(1_234_567.89).exact(&st("€")), "€1,234,567.89");
    assert_eq!(Money(9e6).exact(&st("CHF ")), "CHF 9,000,000");
    assert_eq!(Money(-2500.0).exact(&st("$")), "-$2,500");
}

#[test]
fn amounts_are_not_shown_on_a_boundary_they_do_not_reach() {
    let bounds = [Money(5e5), Money(2e6)];
    let apart = Apart::new(&st("€"), &bounds);
    assert_eq!(apart.show(Money(1_999_000.0)), "€1.999M");
    assert_eq!(apart.show(Money(1_950_000.0)), "€1.95M");
    assert_eq!(apart.show(Money(2e6)), "€2M");
    assert_eq!(apart.show(Money(2_300_000.0)), "€2.3M");
    assert_eq!(apart.show(Money(499_990.0)), "€499.99K");
}

#[test]
fn apart_made_once_shows_as_the_bounds_compared_each_time() {
    use crate::values::decimal::Dec;
    // the rule as first written: every bound formatted for every amount
    let reference = |m: Money, prefix: &MoneyStyle, bounds: &[Money]| {
        (1..=12)
            .find_map(|d| {
                let s = m.display_with(prefix, d);
                let clash = bounds
                    .iter()
                    .any(|b| Dec::of(b.0) != Dec::of(m.0) && b.display_with(prefix, d) == s);
                (!clash).then_some(s)
            })
            .unwrap_or_else(|| m.exact(prefix))
    };
    let bounds = [
        Money(0.0),
        Money(5e5),
        Money(2e6),
        Money(2e6),
        Money(1e7),
        Money(0.5),
    ];
    let apart = Apart::new(&st("CHF "), &bounds);
    for i in 0..40_000 {
        let m = Money(f64::from(i) * 250.0 + if i % 7 == 0 { 0.25 } else { 0.0 });
        assert_eq!(apart.show(m), reference(m, &st("CHF "), &bounds), "{m:?}");
    }
    assert_eq!(apart.show(Money(1_999_000.0)), "CHF 1.999M");
}

#[test]
fn pairs_of_amounts_read_differently() {
    let p = |a: f64, b: f64| Money::display_pair(Money(a), Money(b), &st("€"));
    assert_eq!(p(2.2e6, 2.24e6), ("€2.2M".into(), "€2.24M".into()));
    assert_eq!(p(4.1e6, 4.14e6), ("€4.1M".into(), "€4.14M".into()));
    assert_eq!(p(1_999_000.0, 2e6), ("€1.999M".into(), "€2M".into()));
    assert_eq!(p(2.4e6, 3.1e6), ("€2.4M".into(), "€3.1M".into()));
    assert_eq!(p(2.4e6, 2.4e6), ("€2.4M".into(), "€2.4M".into()));
    // the change is shown at its size: €10K, not €100K
    assert_eq!(p(2.25e6, 2.24e6), ("€2.25M".into(), "€2.24M".into()));
    assert_eq!(p(1e6, 3_456_789.0), ("€1M".into(), "€3.5M".into()));
    assert_eq!(p(950e3, 1.2e6), ("€950K".into(), "€1.2M".into()));
    assert_eq!(
        p(1_234_567.89, 1_234_568.0),
        ("€1,234,567.89".into(), "€1,234,568".into())
    );
}

#[test]
fn money_ranges() {
    let r = MoneyRange::parse("$500K–$2M")
        .map(|w| w.value)
        .unwrap_or_default();
    assert_eq!(r.min, Some(Money(5e5)));
    assert_eq!(r.max, Some(Money(2e6)));
    assert_eq!(MoneyRange::parse("$500K-$2M").map(|w| w.value), Ok(r));
    assert_eq!(
        MoneyRange::parse("500K–€2M").map(|w| w.currency),
        Ok(Some("EUR"))
    );
    assert!(MoneyRange::parse("€500K–$2M").is_err());
    let open = MoneyRange::parse("$2M+")
        .map(|w| w.value)
        .unwrap_or_default();
    assert_eq!((open.min, open.max), (Some(Money(2e6)), None));
    assert!(MoneyRange::parse("").is_ok_and(|r| r.value.is_empty()));
    assert!(MoneyRange::parse("$2M–$500K").is_err());
    assert!(r.contains(Money(5e5)) && r.contains(Money(1_999_999.0)));
    assert!(!r.contains(Money(2e6)) && open.contains(Money(2e6)));
    assert!(!open.contains(Money(1_999_000.0)));
    assert_eq!(r.display(&st("$")), "$500K–$2M");
    assert_eq!(
        r.exact(&st("€")),
        "€500,000 up to but not including €2,000,000"
    );
    assert_eq!(open.exact(&st("€")), "at least €2,000,000");
    let wider = MoneyRange {
        max: Some(Money(2.04e6)),
        ..r
    };
    assert_eq!(
        MoneyRange::display_pair(&r, &wider, &st("€")),
        ("€500K–€2M".into(), "€500K–€2.04M".into())
    );
}

#[test]
fn amounts_as_people_type_them_in_japan_india_and_europe() {
    let jpy = Some("JPY");
    assert_eq!(amount("￥1.8B"), Some((1.8e9, jpy)));
    assert_eq!(amount("￥１，２００万"), Some((12e6, jpy)));
    assert_eq!(amount("1,800,000,000円"), Some((1.8e9, jpy)));
    assert_eq!(amount("18億円"), Some((1.8e9, jpy)));
    assert_eq!(amount("¥18億"), Some((1.8e9, jpy)));
    assert_eq!(amount("1.2億"), Some((1.2e8, None)));
    assert_eq!(amount("¥ 1,200万"), Some((12e6, jpy)));
    assert_eq!(amount("1億2,000万円"), Some((1.2e8, jpy)));
    assert_eq!(amount("3兆"), Some((3e12, None)));
    let inr = Some("INR");
    assert_eq!(amount("₹12 Cr"), Some((1.2e8, inr)));
    assert_eq!(amount("₹50 lakh"), Some((5e6, inr)));
    assert_eq!(amount("₹2.5 crore"), Some((2.5e7, inr)));
    assert_eq!(amount("₹50L"), Some((5e6, inr)));
    let eur = Some("EUR");
    assert_eq!(amount("2,4 Mio. €"), Some((2.4e6, eur)));
    assert_eq!(amount("1,2 Mrd. €"), Some((1.2e9, eur)));
    assert_eq!(amount("500 Tsd. €"), Some((5e5, eur)));
    assert_eq!(amount("2,4 M€"), Some((2.4e6, eur)));
    assert_eq!(amount("750 k€"), Some((7.5e5, eur)));
    assert_eq!(
        amount("1\u{202f}234\u{202f}567 €"),
        Some((1_234_567.0, eur))
    );
    assert_eq!(amount("1 234 567,50 €"), Some((1_234_567.5, eur)));
    // a word must stand after the number, not inside another word
    assert!(Money::parse("2 km").is_err());
    assert!(Money::parse("億").is_err());
    assert!(Money::parse("1億x万").is_err());
}

#[test]
fn a_form_with_two_readings_shows_both() {
    let e = Money::parse("1,500M").err().unwrap_or_default();
    assert!(
        e.contains("could mean two amounts: 1,500,000,000 or 1,500,000"),
        "{e}"
    );
    assert!(e.contains("write `1500M` or `1.500M`"), "{e}");
    let e = Money::parse("1,500 Mio. €").err().unwrap_or_default();
    assert!(e.contains("1,500,000,000 or 1,500,000"), "{e}");
    // one reading: more or fewer than three digits after the separator, or two separators
    assert_eq!(amount("1.5M"), Some((1.5e6, None)));
    assert_eq!(amount("1,25M"), Some((1.25e6, None)));
    assert_eq!(amount("1,500,000"), Some((1.5e6, None)));
    assert_eq!(amount("1,500"), Some((1500.0, None)));
}
