//! Money as a user writes and reads it: every amount checked against the plan currency
//! (`money.currency`), the plan currency an ISO code, amounts shown with the currency's
//! sign or code (`CHF 9M`), European forms read exactly, one rounding rule (half away
//! from zero on the decimal value) and exact figures in messages near a range's end.

use crate::support;

use support::{Checked, PlanTest};

const PLAN: &str = "plan.yaml";
const TIERS: &str = "tiers.yaml";
const DELOITTE: &str = "partners/deloitte.md";
const PWC: &str = "partners/pwc.md";

/// The example plan kept in `code`: every `$` amount rewritten with `prefix` (`€`, or
/// nothing at all).
fn plan_in(code: &str, prefix: &str) -> PlanTest {
    let t = PlanTest::example();
    for entry in walk(t.content()) {
        let rel = entry
            .strip_prefix(t.content())
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let text = t.read(&rel);
        if text.contains('$') {
            t.write(&rel, text.replace('$', prefix));
        }
    }
    t.replace(PLAN, "currency: USD", &format!("currency: {code}"));
    t
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn pipeline(c: &Checked, id: &str) -> Option<f64> {
    c.project
        .plan
        .partners
        .iter()
        .find(|p| p.id == id)
        .and_then(|p| p.pipeline)
        .map(|m| m.0)
}

#[test]
fn an_eur_plan_written_in_euros_is_clean() {
    let c = plan_in("EUR", "€").checked();
    assert!(c.of_rule("money.currency").is_empty(), "{}", c.listing());
    assert_eq!(c.project.plan.company.currency.prefix(), "€");
}

#[test]
fn an_amount_in_another_currency_is_an_error_at_the_value() {
    let t = plan_in("EUR", "€");
    t.replace(DELOITTE, "pipeline: \"€3.4M\"", "pipeline: \"$1.4M\"");
    // the seed's tier range pasted as it is
    t.replace(
        TIERS,
        "annual_pipeline_target: \"€2M+\"",
        "annual_pipeline_target: \"$2M+\"",
    );
    let c = t.checked();
    let found = c.of_rule("money.currency");
    assert_eq!(found.len(), 2, "{}", c.listing());
    let p = found.iter().find(|f| f.file == DELOITTE).copied();
    let p = p.unwrap_or_else(|| panic!("no money.currency in {DELOITTE}: {}", c.listing()));
    assert_eq!((p.line, p.col, p.severity.as_str()), (20, 11, "error"));
    assert_eq!(
        p.message,
        "`pipeline` is written in USD, but the plan currency is EUR"
    );
    assert_eq!(
        p.help.as_deref(),
        Some("write `pipeline: \"€1.4M\"` (the amount in EUR), or change `company.currency` in plan.yaml")
    );
    let tier = found.iter().find(|f| f.file == TIERS).copied();
    let tier = tier.unwrap_or_else(|| panic!("no money.currency in {TIERS}: {}", c.listing()));
    assert_eq!((tier.line, tier.col), (5, 29));
    assert!(
        tier.help
            .as_deref()
            .is_some_and(|h| h.starts_with("write `annual_pipeline_target: \"€2M+\"`")),
        "{:?}",
        tier.help
    );
}

#[test]
fn the_plan_currency_must_be_an_iso_code() {
    for (written, meant) in [("€", "EUR"), ("eur", "EUR"), ("Euro", "EUR")] {
        let t = plan_in("EUR", "€");
        t.replace(PLAN, "currency: EUR", &format!("currency: {written}"));
        let c = t.checked();
        let found = c.of_rule("money.currency");
        // one error: the amounts are checked against what was meant
        assert_eq!(found.len(), 1, "{written}: {}", c.listing());
        assert_eq!((found[0].file.as_str(), found[0].line), (PLAN, 8));
        assert_eq!(
            found[0].help.as_deref(),
            Some(format!("write `currency: {meant}`").as_str())
        );
    }
    let c = plan_in("CHF", "").checked();
    assert!(c.of_rule("money.currency").is_empty(), "{}", c.listing());
}

#[test]
fn a_chf_plan_shows_amounts_with_the_code() {
    let t = plan_in("CHF", "");
    t.replace(DELOITTE, "pipeline: \"3.4M\"", "pipeline: \"CHF 9M\"");
    t.build(&[]).expect_success();
    let landscape = t.page("landscape.html");
    // with a no-break space: the code never ends a line without its amount
    assert!(
        landscape.contains("CHF\u{a0}9M"),
        "no `CHF 9M` on the landscape page"
    );
    let deloitte = t.page("partners/deloitte.html");
    assert!(
        deloitte.contains("CHF\u{a0}9M"),
        "no `CHF 9M` on deloitte's page"
    );
    assert!(!deloitte.contains(">9M<"), "an amount without its currency");
}

#[test]
fn european_forms_are_read_exactly() {
    for (written, value) in [
        ("3,4M €", 3.4e6),
        ("EUR 3.4M", 3.4e6),
        ("3.400.000 €", 3.4e6),
        ("€ 3.4M", 3.4e6),
        ("3.4M EUR", 3.4e6),
        ("3.234.567,89 €", 3_234_567.89),
    ] {
        let t = plan_in("EUR", "€");
        t.replace(DELOITTE, "\"€3.4M\"", &format!("\"{written}\""));
        let c = t.checked();
        assert_eq!(pipeline(&c, "deloitte"), Some(value), "{written}");
        assert!(
            c.of_rule("money.currency").is_empty(),
            "{written}: {}",
            c.listing()
        );
        assert!(c.of_rule("syntax").is_empty(), "{written}: {}", c.listing());
    }
    let t = plan_in("EUR", "€");
    t.replace(DELOITTE, "\"€3.4M\"", "\"3,4000 €\"");
    let c = t.checked();
    let s = c.of_rule("syntax");
    assert_eq!(s.len(), 1, "{}", c.listing());
    assert_eq!((s[0].file.as_str(), s[0].line), (DELOITTE, 20));
    let help = s[0].help.clone().unwrap_or_default();
    assert!(
        help.contains("`\"2,5M €\"`") && help.contains("`\"EUR 2.5M\"`"),
        "{help}"
    );
}

#[test]
fn halves_round_away_from_zero_everywhere() {
    let t = plan_in("EUR", "€");
    t.replace(DELOITTE, "pipeline: \"€3.4M\"", "pipeline: 3450000");
    t.replace(
        "partners/kpmg.md",
        "pipeline: \"€2.2M\"",
        "pipeline: 2250000",
    );
    t.build(&[]).expect_success();
    let landscape = t.page("landscape.html");
    assert!(
        landscape.contains("€3.5M"),
        "3,450,000 is not shown as €3.5M"
    );
    assert!(
        landscape.contains("€2.3M"),
        "2,250,000 is not shown as €2.3M"
    );
    assert!(!landscape.contains("€2.2M"), "2,250,000 shown as €2.2M");
}

#[test]
fn messages_near_a_range_end_show_exact_figures() {
    let t = plan_in("EUR", "€");
    // a Platinum partner just below the Platinum minimum
    t.replace(DELOITTE, "pipeline: \"€3.4M\"", "pipeline: 1999000");
    // a Gold partner exactly at the Gold maximum (exclusive) and so in Platinum
    t.replace(PWC, "pipeline: \"€2.3M\"", "pipeline: 2000000");
    let c = t.checked();
    let fit = c.of_rule("tier.fit");
    let of = |file: &str| {
        fit.iter()
            .find(|f| f.file == file)
            .map(|f| f.message.clone())
            .unwrap_or_else(|| panic!("no tier.fit in {file}: {}", c.listing()))
    };
    assert_eq!(
        of(DELOITTE),
        "Deloitte's pipeline €1,999,000 is outside the Platinum range (at least €2,000,000)"
    );
    assert_eq!(
        of(PWC),
        "PwC's pipeline €2,000,000 is outside the Gold range (€500,000 up to but not including €2,000,000)"
    );
}

#[test]
fn a_gold_partner_just_below_the_gold_maximum_is_not_shown_on_it() {
    let t = PlanTest::example();
    t.replace(PWC, "pipeline: \"$2.3M\"", "pipeline: 1999000");
    let c = t.checked();
    assert!(
        !c.of_rule("tier.fit").iter().any(|f| f.file == PWC),
        "{}",
        c.listing()
    );
    t.build(&[]).expect_success();
    for page in ["landscape.html", "partners/pwc.html"] {
        let html = t.page(page);
        assert!(html.contains("$1.999M"), "{page}: no `$1.999M`");
    }
    // the range itself is still shown compactly
    assert!(t.page("tiers.html").contains("$500K–$2M"));
}

/// Regression: a range with one end in another currency (`"CHF 500K–$2M"`, half
/// converted by hand) was a syntax error that dropped the range, so the tier ladder then
/// reported the tier as having no minimum and no upper bound: three errors, one help
/// line that repeated the value. Now it is one `money.currency` with the range rewritten.
#[test]
fn a_range_half_in_another_currency_is_one_error_with_the_range_rewritten() {
    let t = plan_in("CHF", "CHF ");
    t.replace(
        TIERS,
        "annual_pipeline_target: \"CHF 500K–CHF 2M\"",
        "annual_pipeline_target: \"CHF 500K–$2M\"",
    );
    let c = t.checked();
    let errors: Vec<_> = c.found.iter().filter(|f| f.severity == "error").collect();
    assert_eq!(errors.len(), 1, "{}", c.listing());
    let e = errors[0];
    assert_eq!(
        (e.rule.as_str(), e.file.as_str(), e.line, e.col),
        ("money.currency", TIERS, 28, 29)
    );
    assert_eq!(
        e.help.as_deref(),
        Some("write `annual_pipeline_target: \"CHF 500K–CHF 2M\"` (the amount in CHF), or change `company.currency` in plan.yaml")
    );
    assert!(c.of_rule("tier.ladder").is_empty(), "{}", c.listing());
}

/// `partnerbook history` of a German plan: English words, the figures as the plan's
/// site and pack write them (`3,1 Mio. €`, `53,8 %`).
#[test]
fn history_shows_figures_in_the_plan_locale() {
    let t = support::PlanTest::example();
    for file in ["plan.yaml", "tiers.yaml"] {
        t.replace(file, "$", "€");
    }
    for p in std::fs::read_dir(t.path("partners"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let text = std::fs::read_to_string(p.path()).unwrap_or_default();
        std::fs::write(p.path(), text.replace('$', "€")).unwrap_or_else(|e| panic!("{e}"));
    }
    t.replace(
        "plan.yaml",
        "currency: USD",
        "currency: EUR\n  locale: de-DE",
    );
    support::git_init(t.content());
    support::git(t.content(), ["add", "-A"]).expect_success();
    support::git(t.content(), ["commit", "-q", "-m", "plan"]).expect_success();
    let out = t
        .partnerbook(["history", "--content", "content", "--today", support::TODAY])
        .run();
    out.expect_success();
    assert!(out.stdout.contains("Partner ARR"), "{}", out.stdout);
    assert!(out.stdout.contains("\u{a0}Mio.\u{a0}€"), "{}", out.stdout);
    assert!(out.stdout.contains("53,8\u{a0}%"), "{}", out.stdout);
}
