//! The snapshots' figures as text: for the site and the board pack in the plan's
//! language (`money`, `percent`, `check_word`), and the `partnerbook history` output
//! (the snapshots and now, one row each, as an aligned text table, a Markdown table,
//! JSON or CSV) with English words, as every command-line message, and the figures as
//! the plan's locale writes them; both round as
//! `Money::display` and `Percent::display` do.

use super::{History, Snapshot};
use crate::i18n::{args, Lang};
use crate::values::{Currency, Money, Percent};
use serde::Serialize;
use std::fmt::Write;

/// A money figure of a snapshot in its own currency, as the plan's language writes
/// amounts, or `not given`.
pub fn money(s: &Snapshot, v: Option<f64>, lang: &Lang) -> String {
    v.map_or_else(
        || lang.t("s_gap_not_given").into_owned(),
        |v| Money(v).display(&style(s, lang)),
    )
}

/// How the plan's language writes amounts in the snapshot's currency.
fn style(s: &Snapshot, lang: &Lang) -> crate::values::MoneyStyle {
    crate::i18n::formats::money_style(lang.fmt.tag(), &Currency::of(&s.currency))
}

/// A percentage figure, or `not given`.
pub fn percent(v: Option<f64>, lang: &Lang) -> String {
    v.map_or_else(
        || lang.t("s_gap_not_given").into_owned(),
        |p| lang.fmt.percent(p, 1),
    )
}

/// A money figure's value and text at each snapshot (`None`: not given), for charts.
pub fn money_points(
    rows: &[Snapshot],
    lang: &Lang,
    f: impl Fn(&Snapshot) -> Option<f64>,
) -> Vec<Option<(f64, String)>> {
    rows.iter()
        .map(|s| f(s).map(|v| (v, money(s, Some(v), lang))))
        .collect()
}

/// A percentage figure's value and text at each snapshot, for charts.
pub fn percent_points(
    rows: &[Snapshot],
    lang: &Lang,
    f: impl Fn(&Snapshot) -> Option<f64>,
) -> Vec<Option<(f64, String)>> {
    rows.iter()
        .map(|s| f(s).map(|v| (v, lang.fmt.percent(v, 1))))
        .collect()
}

/// `had 2 errors`, `1 warning`, `clean`, in the plan's language.
pub fn check_word(s: &Snapshot, lang: &Lang) -> String {
    match (s.errors, s.warnings) {
        (0, 0) => lang.t("s_check_clean").into_owned(),
        (0, w) => lang.f("s_check_warnings", &args(&[("n", w.into())])),
        (e, _) => lang.f("s_check_errors", &args(&[("n", e.into())])),
    }
}

/// A money figure for `partnerbook history`: the words English, as every command-line
/// message, the amount as the plan's locale writes it (as its site and pack do).
fn cli_money(s: &Snapshot, v: Option<f64>, fmt: &CliFormats) -> String {
    v.map_or_else(
        || "not given".to_string(),
        |v| {
            let style = crate::i18n::formats::money_style(&fmt.locale, &Currency::of(&s.currency));
            Money(v).display(&style)
        },
    )
}

/// A percentage figure for `partnerbook history`, in the plan's locale.
fn cli_percent(v: Option<f64>, fmt: &CliFormats) -> String {
    v.map_or_else(
        || "not given".to_string(),
        |p| match &fmt.numbers {
            Some(f) => f.percent(p, 1),
            None => Percent(p).display(),
        },
    )
}

/// The plan's locale for the figures of `partnerbook history`.
pub struct CliFormats {
    locale: String,
    /// `None` for `en-US` (partnerbook's own form) or a locale without data.
    numbers: Option<crate::i18n::Formats>,
}

impl CliFormats {
    pub fn of(locale: &str) -> CliFormats {
        let numbers = (locale != crate::i18n::DEFAULT_LOCALE)
            .then(|| crate::i18n::Formats::of(locale).ok())
            .flatten();
        CliFormats {
            locale: locale.to_string(),
            numbers,
        }
    }
}

/// The check's result for `partnerbook history`.
fn cli_check_word(s: &Snapshot) -> String {
    use crate::text::plural;
    match (s.errors, s.warnings) {
        (0, 0) => "clean".into(),
        (0, w) => plural(w, "warning"),
        (e, _) => format!("had {}", plural(e, "error")),
    }
}

const HEADERS: [&str; 10] = [
    "Snapshot",
    "Date",
    "Commit",
    "Partner ARR",
    "Pipeline",
    "Program cost",
    "ROI",
    "OKR progress",
    "Tiers P/G/S/R/prospect",
    "Check",
];

fn cells(s: &Snapshot, fmt: &CliFormats) -> [String; 10] {
    let f = &s.figures;
    [
        s.label.clone(),
        s.date.to_string(),
        s.short(),
        cli_money(s, f.partner_sourced_arr, fmt),
        cli_money(s, Some(f.pipeline), fmt),
        cli_money(s, f.program_cost, fmt),
        cli_percent(f.roi, fmt),
        cli_percent(f.okr_progress, fmt),
        f.partners_by_tier.compact(),
        cli_check_word(s),
    ]
}

/// The aligned table, what was found, and the skipped revisions.
pub fn text(history: &History, rows: &[Snapshot], fmt: &CliFormats) -> String {
    let table: Vec<[String; 10]> = rows.iter().map(|s| cells(s, fmt)).collect();
    let mut widths = HEADERS.map(|h| h.chars().count());
    for row in &table {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = format!("History: {}, oldest first, then now\n", history.found);
    for n in &history.notes {
        let _ = writeln!(out, "note: {n}");
    }
    out.push('\n');
    let line = |out: &mut String, row: &[String]| {
        let padded: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        let _ = writeln!(out, "{}", padded.join("  ").trim_end());
    };
    line(&mut out, &HEADERS.map(String::from));
    for row in &table {
        line(&mut out, row);
    }
    for s in &history.skipped {
        let _ = writeln!(out, "skipped {} ({}): {}", s.label, s.commit, s.reason);
    }
    out
}

/// A GitHub-flavoured Markdown table.
pub fn markdown(history: &History, rows: &[Snapshot], fmt: &CliFormats) -> String {
    let esc = |s: &str| s.replace('|', "\\|");
    let mut out = format!(
        "### Plan history\n\n{}, oldest first, then now.\n\n",
        esc(&history.found.to_string())
    );
    let _ = writeln!(out, "| {} |", HEADERS.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(HEADERS.len()));
    for s in rows {
        let c = cells(s, fmt).map(|c| esc(&c));
        let _ = writeln!(out, "| {} |", c.join(" | "));
    }
    if !history.skipped.is_empty() {
        out.push('\n');
        for s in &history.skipped {
            let _ = writeln!(
                out,
                "- skipped {} ({}): {}",
                esc(&s.label),
                s.commit,
                esc(&s.reason)
            );
        }
    }
    out
}

#[derive(Serialize)]
struct JsonRow<'a> {
    label: &'a str,
    commit: Option<&'a str>,
    date: String,
    errors: usize,
    warnings: usize,
    currency: &'a str,
    kpis: &'a super::Figures,
}

/// A JSON array, oldest first, then now; money as plain numbers in the plan currency.
pub fn json(rows: &[Snapshot]) -> Result<String, String> {
    let rows: Vec<JsonRow> = rows
        .iter()
        .map(|s| JsonRow {
            label: &s.label,
            commit: s.commit.as_deref(),
            date: s.date.to_string(),
            errors: s.errors,
            warnings: s.warnings,
            currency: &s.currency,
            kpis: &s.figures,
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?;
    out.push('\n');
    Ok(out)
}

const CSV_HEADERS: [&str; 20] = [
    "label",
    "commit",
    "date",
    "errors",
    "warnings",
    "currency",
    "partner_sourced_arr",
    "required_this_year",
    "forecast",
    "pipeline",
    "program_cost",
    "roi",
    "okr_progress",
    "platinum",
    "gold",
    "silver",
    "registered",
    "prospect",
    "priority_signed",
    "roadmap_done",
];

/// CSV with plain numbers (empty: not given), one row per snapshot.
pub fn csv(rows: &[Snapshot]) -> Result<String, String> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let err = |e: csv::Error| e.to_string();
    w.write_record(CSV_HEADERS).map_err(err)?;
    let num = |v: Option<f64>| v.map_or_else(String::new, |v| v.to_string());
    for s in rows {
        let f = &s.figures;
        let t = &f.partners_by_tier;
        let record = [
            s.label.clone(),
            s.commit.clone().unwrap_or_default(),
            s.date.to_string(),
            s.errors.to_string(),
            s.warnings.to_string(),
            s.currency.clone(),
            num(f.partner_sourced_arr),
            num(f.required_this_year),
            num(f.forecast),
            f.pipeline.to_string(),
            num(f.program_cost),
            num(f.roi),
            num(f.okr_progress),
            t.platinum.to_string(),
            t.gold.to_string(),
            t.silver.to_string(),
            t.registered.to_string(),
            t.prospect.to_string(),
            f.priority_signed.done.to_string(),
            f.roadmap_done
                .map_or_else(String::new, |r| r.done.to_string()),
        ];
        w.write_record(&record).map_err(err)?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
