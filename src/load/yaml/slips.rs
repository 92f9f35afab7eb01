//! The usual slips of a hand-written YAML file, recognised in the parser's error and
//! told in words that say the fix: a tab in the indentation, a value starting with a
//! character YAML reserves, a pasted block that lost its indentation.

use crate::diag::{Diagnostic, Rule};
use crate::source::{FileId, SourceFile, Span};

/// Starts of the scanner's and parser's own messages (as opposed to serde's typing errors).
const SCANNER_ERRORS: [&str; 5] = [
    "found ",
    "did not find expected",
    "could not find expected",
    "mapping values are not allowed",
    "block sequence entries are not allowed",
];

/// Line `line` (1-based) of `yaml`, whose lines are the file's lines.
fn line_of(yaml: &str, line: usize) -> Option<&str> {
    yaml.split('\n').nth(line.checked_sub(1)?)
}

/// A clearer diagnostic for a scanner error at (`line`, `col`) caused by a tab in the
/// indentation or by a reserved character starting a plain value.
pub fn scanner_slip(
    file_id: FileId,
    src: &SourceFile,
    yaml: &str,
    msg: &str,
    (line, col): (usize, usize),
) -> Option<Diagnostic> {
    if !SCANNER_ERRORS.iter().any(|s| msg.starts_with(s)) {
        return None;
    }
    let text = line_of(yaml, line)?;
    let at = |c: usize| {
        let start = src.offset_of(line, c);
        Span::new(file_id, start, start + 1)
    };
    let leading_tab = text
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .position(|c| c == '\t');
    if let Some(i) = leading_tab {
        return Some(
            Diagnostic::new(
                Rule::Syntax,
                at(i + 1),
                "tab in the indentation: YAML indentation must use spaces",
            )
            .label("tab")
            .help("replace the tab with spaces (two per level, as in the lines around it)"),
        );
    }
    let found = text.chars().nth(col.checked_sub(1)?)?;
    if msg.contains("cannot start any token") && matches!(found, '@' | '`') {
        return Some(
            Diagnostic::new(
                Rule::Syntax,
                at(col),
                format!("a plain YAML value cannot start with `{found}`"),
            )
            .label("reserved character")
            .help(format!("put the value in quotes: \"{found}…\"")),
        );
    }
    None
}

/// For serde's "unknown field" error on a key at column 1 right after a top-level key
/// written without a value: the key and the parent it was meant to be indented under
/// (`platinum` pasted at column 1 below `partner_tiers:`).
pub fn unindented(yaml: &str, msg: &str, (line, col): (usize, usize)) -> Option<(String, String)> {
    if col != 1 || !msg.starts_with("unknown field `") {
        return None;
    }
    let ticks: Vec<&str> = msg.split('`').skip(1).step_by(2).collect();
    let (found, expected) = ticks.split_first()?;
    if crate::suggest::closest(found, expected.iter().copied()).is_some() {
        return None;
    }
    let lines: Vec<&str> = yaml.split('\n').take(line.checked_sub(1)?).collect();
    let parent = lines.iter().rev().find(|l| {
        let t = l.trim_end();
        !t.is_empty() && !t.starts_with('#') && !t.starts_with([' ', '\t'])
    })?;
    let (key, value) = parent.split_once(':')?;
    let key = key.trim().trim_matches(['"', '\'']);
    let value = value.trim();
    let empty = value.is_empty() || value.starts_with('#');
    (empty && expected.contains(&key)).then(|| (found.to_string(), key.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::new(
            "x.yaml".into(),
            "x.yaml".into(),
            "x.yaml".into(),
            text.into(),
        )
    }

    #[test]
    fn a_tab_in_the_indentation_is_named_at_the_tab() {
        let y = "a:\n  b: 1\n  \tc: 2\n";
        let f = file(y);
        let d = scanner_slip(
            0,
            &f,
            y,
            "found a tab character that violates indentation",
            (3, 3),
        );
        let d = d.map(|d| (f.line_col(d.span.start), d.message));
        assert_eq!(
            d,
            Some((
                (3, 3),
                "tab in the indentation: YAML indentation must use spaces".to_string()
            ))
        );
        let y = "a:\n  b: 1\n    \tc: 2\n";
        let f = file(y);
        let d = scanner_slip(
            0,
            &f,
            y,
            "mapping values are not allowed in this context",
            (3, 7),
        );
        assert_eq!(d.map(|d| f.line_col(d.span.start)), Some((3, 5)));
    }

    #[test]
    fn reserved_first_characters_say_to_quote() {
        let y = "a: @home\n";
        let f = file(y);
        let d = scanner_slip(
            0,
            &f,
            y,
            "found character that cannot start any token",
            (1, 4),
        );
        assert_eq!(
            d.and_then(|d| d.help),
            Some("put the value in quotes: \"@…\"".to_string())
        );
        assert!(scanner_slip(0, &f, y, "unknown field `a`", (1, 1)).is_none());
    }

    #[test]
    fn a_block_pasted_without_indentation_names_its_parent() {
        let msg = "unknown field `platinum`, expected `partner_tiers`";
        let y = "# tiers\npartner_tiers:\n\nplatinum:\n  name: P\n";
        assert_eq!(
            unindented(y, msg, (4, 1)),
            Some(("platinum".to_string(), "partner_tiers".to_string()))
        );
        let y = "partner_tiers: {}\nplatinum:\n";
        assert_eq!(unindented(y, msg, (2, 1)), None);
        let typo = "unknown field `partner_tier`, expected `partner_tiers`";
        assert_eq!(
            unindented("partner_tiers:\npartner_tier:\n", typo, (2, 1)),
            None
        );
    }
}
