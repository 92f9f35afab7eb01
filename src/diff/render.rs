//! A [`PlanDiff`] as terminal text, as Markdown for a pull-request comment, as JSON, and
//! as the "What changed" [`ChangeReport`] the site and the board pack render.

use super::{english, Change, Counts, PlanDiff, Sign};
use crate::i18n::{args, Lang};
use crate::render::ChangeReport;
use crate::text::plural;
use serde::Serialize;
use std::fmt::Write;

const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

fn colour(sign: Sign) -> &'static str {
    match sign {
        Sign::Added | Sign::Better => "\x1b[32m",
        Sign::Removed | Sign::Worse => "\x1b[31m",
        Sign::Changed => "\x1b[33m",
    }
}

/// `errors 0 → 1 · warnings 3` — the counts on both sides.
fn counts_line(c: &Counts) -> String {
    let pair = |word: &str, a: usize, b: usize| {
        if a == b {
            format!("{word} {b}")
        } else {
            format!("{word} {a} → {b}")
        }
    };
    format!(
        "{} · {}",
        pair("errors", c.errors_before, c.errors_after),
        pair("warnings", c.warnings_before, c.warnings_after)
    )
}

/// Terminal text; `color` adds ANSI colours. In English, as command-line output is.
pub fn render_text(d: &PlanDiff, color: bool) -> String {
    let en = english();
    let paint = |code: &str, s: &str| {
        if color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    if d.is_empty() {
        let _ = writeln!(out, "No plan changes between {} and {}.", d.base, d.head);
        let _ = writeln!(out, "{}", counts_line(&d.counts));
        return out;
    }
    let title = format!("Plan changes: {} → {}", d.base, d.head);
    let _ = writeln!(out, "{}", paint(BOLD, &title));
    for s in &d.sections {
        let _ = writeln!(out, "\n{}", paint(BOLD, &s.title_in(en)));
        for c in &s.changes {
            let line = c.line(en);
            let marker = paint(colour(line.sign), line.sign.marker());
            let _ = writeln!(out, "  {marker} {}", line.plain(en));
        }
    }
    let _ = writeln!(
        out,
        "\n{} · {}",
        plural(d.len(), "change"),
        counts_line(&d.counts)
    );
    out
}

/// Whether a character would be read as Markdown: emphasis, HTML, strikethrough, or the
/// `]` that closes a link (`](`, `][`, `]:`). A lone `[x]` stays as written.
fn is_markup(ch: char, next: Option<char>) -> bool {
    match ch {
        '\\' | '*' | '_' | '<' | '>' | '~' => true,
        ']' => matches!(next, Some('(' | '[' | ':')),
        _ => false,
    }
}

/// Escapes Markdown outside `code spans` so names and messages render as written.
fn md_escape(s: &str) -> String {
    let paired = s.matches('`').count().is_multiple_of(2);
    let mut out = String::with_capacity(s.len());
    let mut in_code = false;
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch == '`' && paired {
            in_code = !in_code;
        } else if !in_code && (ch == '`' || is_markup(ch, chars.peek().copied())) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Markdown ready to paste as a pull-request comment, in English.
pub fn render_markdown(d: &PlanDiff) -> String {
    let en = english();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## Plan changes: {} → {}\n",
        md_escape(&d.base),
        md_escape(&d.head)
    );
    if d.is_empty() {
        let _ = writeln!(out, "No plan changes. {}", counts_line(&d.counts));
        return out;
    }
    let _ = writeln!(
        out,
        "**{}** · {}",
        plural(d.len(), "change"),
        counts_line(&d.counts)
    );
    for s in &d.sections {
        let _ = writeln!(out, "\n### {}\n", s.title_in(en));
        for c in &s.changes {
            let line = c.line(en);
            let _ = writeln!(
                out,
                "- **{}**: {}",
                md_escape(&line.subject),
                md_escape(&line.text)
            );
        }
    }
    out
}

/// Serializes a change with its sentence, for JSON output.
#[derive(Serialize)]
pub struct ChangeRecord<'a> {
    #[serde(flatten)]
    pub change: &'a Change,
    pub sign: Sign,
    pub text: String,
}

impl<'a> ChangeRecord<'a> {
    /// The record of `change`, its sentence in English.
    pub fn new(change: &'a Change) -> Self {
        let en = english();
        let line = change.line(en);
        ChangeRecord {
            change,
            sign: line.sign,
            text: line.plain(en),
        }
    }
}

#[derive(Serialize)]
struct JsonSection<'a> {
    key: &'a str,
    title: &'a str,
    changes: Vec<ChangeRecord<'a>>,
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    base: &'a str,
    head: &'a str,
    total: usize,
    counts: &'a Counts,
    sections: Vec<JsonSection<'a>>,
}

/// JSON: `{base, head, total, counts, sections: [{key, title, changes: [...]}]}`; every
/// change has its `kind`, its fields, a `sign` and the `text` it reads as.
pub fn to_json(d: &PlanDiff) -> String {
    let view = JsonDiff {
        base: &d.base,
        head: &d.head,
        total: d.len(),
        counts: &d.counts,
        sections: d
            .sections
            .iter()
            .map(|s| JsonSection {
                key: s.key,
                title: s.title,
                changes: s.changes.iter().map(ChangeRecord::new).collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&view).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The diff as "What changed since REV" sections of plain sentences, in the language
/// of `lang`.
pub fn to_changes(d: &PlanDiff, since: &str, lang: &Lang) -> ChangeReport {
    let mut sections: Vec<(String, Vec<String>)> = d
        .sections
        .iter()
        .filter(|s| s.key != "rules")
        .map(|s| {
            (
                s.title_in(lang),
                s.changes.iter().map(|c| c.line(lang).plain(lang)).collect(),
            )
        })
        .collect();
    let check = check_lines(&d.counts, since, lang);
    if !check.is_empty() {
        sections.push((lang.t("c_section_check").into_owned(), check));
    }
    ChangeReport {
        since: since.to_string(),
        rebuilt_at: None,
        sections,
    }
}

/// The rule findings in a board's words: how many errors and warnings the plan has
/// now against then, without files or rule ids (the validation page has those).
fn check_lines(c: &super::Counts, since: &str, lang: &Lang) -> Vec<String> {
    let line = |id: &str, before: usize, after: usize| {
        (before != after).then(|| {
            lang.f(
                id,
                &args(&[
                    ("after", after.into()),
                    ("before", before.into()),
                    ("since", since.to_string().into()),
                ]),
            )
        })
    };
    [
        line("c_check_errors", c.errors_before, c.errors_after),
        line("c_check_warnings", c.warnings_before, c.warnings_after),
    ]
    .into_iter()
    .flatten()
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Band;

    #[test]
    fn records_carry_kind_words_sign_and_sentence() {
        let c = Change::ScoreChanged {
            id: "deloitte".into(),
            subject: "Deloitte".into(),
            from: 85.75,
            to: 72.25,
            band_from: Band::Priority,
            band_to: Band::Secondary,
        };
        let json = serde_json::to_value(ChangeRecord::new(&c)).unwrap_or_default();
        assert_eq!(json["kind"], "score_changed");
        assert_eq!(json["band_to"], "secondary");
        assert_eq!(json["sign"], "changed");
        assert_eq!(
            json["text"],
            "Deloitte: score 85.75 → 72.25 (Priority → Secondary)"
        );
    }

    #[test]
    fn markdown_escaping_keeps_code_spans() {
        assert_eq!(md_escape("a_b *c*"), "a\\_b \\*c\\*");
        assert_eq!(md_escape("key `a_b` here"), "key `a_b` here");
        assert_eq!(md_escape("odd ` tick_"), "odd \\` tick\\_");
        assert_eq!(md_escape("<script>"), "\\<script\\>");
        assert_eq!(
            md_escape("new error [model.terms] x"),
            "new error [model.terms] x"
        );
        assert_eq!(md_escape("[a](http://x)"), "[a\\](http://x)");
    }
}
