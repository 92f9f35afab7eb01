//! Parsing YAML documents and front matter into raw serde structs, with span indexes.
//!
//! A document nested too deeply is refused first, by a linear pre-scan (`load::depth`).
//! serde_yaml then does the typing (unknown keys, wrong types, duplicate keys, alias
//! limits); its errors become `syntax` diagnostics at the right line and column with a
//! "did you mean" for mistyped keys, and the usual slips (a tab, a block pasted without
//! its indentation) are told with their fix (`slips`).

mod slips;

use super::spans::SpanIndex;
use crate::diag::{Diagnostic, Rule};
use crate::source::{FileId, SourceFile, Span};
use serde::de::DeserializeOwned;

/// A YAML document ready to parse: its text, with line numbers of the file it is in.
pub struct YamlText {
    pub text: String,
    /// Where the YAML is in the file.
    pub range: std::ops::Range<usize>,
}

/// The parts of a Markdown file.
pub struct MarkdownParts {
    /// The front matter, with the lines before it blanked so line numbers match the file.
    pub front: Option<YamlText>,
    /// Byte offset of the body in the file.
    pub body_start: usize,
}

/// Splits a Markdown file into front matter and body.
pub fn split_front_matter(file_id: FileId, src: &SourceFile) -> Result<MarkdownParts, Diagnostic> {
    let text = &src.text;
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_end].trim_end() != "---" {
        return Ok(MarkdownParts {
            front: None,
            body_start: 0,
        });
    }
    let mut pos = first_end;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            let yaml = format!("\n{}", &text[first_end..pos]);
            return Ok(MarkdownParts {
                front: Some(YamlText {
                    text: yaml,
                    range: first_end..pos,
                }),
                body_start: end,
            });
        }
        pos = end;
    }
    Err(Diagnostic::new(
        Rule::Syntax,
        Span::new(file_id, 0, 3),
        "front matter is not terminated",
    )
    .label("front matter opened here")
    .help("close the front matter with a line containing only `---`"))
}

/// Parses a YAML document into `T`. Positions are indexed later, on demand
/// ([`SpanIndex::lazy`]); here only an error needs one.
pub fn parse<T: DeserializeOwned>(
    file_id: FileId,
    src: &SourceFile,
    yaml: &str,
) -> Result<T, Diagnostic> {
    if yaml.trim().is_empty() {
        return Err(Diagnostic::new(
            Rule::Required,
            Span::file_start(file_id),
            format!("`{}` is empty", src.rel),
        )
        .help("see `partnerbook init` for a complete example of this file"));
    }
    if let Some(at) = super::depth::too_deep(yaml) {
        return Err(too_deep(file_id, src, yaml, at));
    }
    match serde_yaml::from_str::<T>(yaml) {
        Ok(v) => Ok(v),
        Err(e) => {
            let d = error_to_diagnostic(file_id, src, yaml, &e);
            if !d.message.contains("duplicate") {
                return Err(d);
            }
            // serde (or raw::UniqueMap) points at the mapping; the index knows where
            // the repeat is.
            Err(duplicate_key(src, &SpanIndex::build(file_id, src, yaml)).unwrap_or(d))
        }
    }
}

/// A `syntax` diagnostic at the first key written twice in one mapping.
fn duplicate_key(src: &SourceFile, index: &SpanIndex) -> Option<Diagnostic> {
    let (path, span) = index.duplicates().first()?;
    let name = path.rsplit('.').next().unwrap_or(path);
    let first = index
        .get(path)
        .map(|e| src.line_col(e.key.unwrap_or(e.value).start).0);
    let mut d = Diagnostic::new(Rule::Syntax, *span, format!("duplicate key `{name}`"))
        .label("written a second time")
        .help("each key may appear once in a mapping; remove or merge the repeat");
    if let Some(line) = first {
        d.message = format!("duplicate key `{name}` (first written on line {line})");
    }
    Some(d)
}

/// Where `at` (a byte offset into `yaml`) is in `src`: `yaml` has the file's line numbers.
fn file_offset(src: &SourceFile, yaml: &str, at: usize) -> usize {
    let before = &yaml[..at.min(yaml.len())];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    src.offset_of(line, before[line_start..].chars().count() + 1)
}

/// The `syntax` error for a document nested deeper than [`super::depth::MAX_DEPTH`].
fn too_deep(file_id: FileId, src: &SourceFile, yaml: &str, at: usize) -> Diagnostic {
    let start = file_offset(src, yaml, at);
    Diagnostic::new(
        Rule::Syntax,
        Span::new(file_id, start, start + 1),
        format!(
            "YAML nesting deeper than {} levels",
            super::depth::MAX_DEPTH
        ),
    )
    .label("too deep")
    .help("a plan file nests a few levels deep: look for unclosed `[` or `{`, or indentation that keeps growing")
}

fn error_to_diagnostic(
    file_id: FileId,
    src: &SourceFile,
    yaml: &str,
    e: &serde_yaml::Error,
) -> Diagnostic {
    let full = e.to_string();
    let msg = full
        .split(" at line ")
        .next()
        .unwrap_or(&full)
        .trim_end_matches(',')
        .to_string();
    let (line, col) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
    if let Some(d) = slips::scanner_slip(file_id, src, yaml, &msg, (line, col)) {
        return d;
    }
    let span = match e.location() {
        Some(_) => {
            let start = src.offset_of(line, col);
            Span::new(file_id, start, src.token_end(start).max(start + 1))
        }
        None => Span::file_start(file_id),
    };
    let (mut message, mut help) = explain_serde_message(&msg);
    if let Some((found, parent)) = slips::unindented(yaml, &msg, (line, col)) {
        message = format!("unknown key `{found}`: it looks like it belongs under `{parent}`");
        help = Some(format!(
            "indent `{found}:` and the lines of its block by two spaces, under `{parent}:`"
        ));
    }
    let mut d = Diagnostic::new(Rule::Syntax, span, message);
    if let Some(h) = help {
        d = d.help(h);
    }
    d
}

/// Splits serde_yaml's `path: message` into the path (if any) and the message.
fn split_path(msg: &str) -> (Option<&str>, &str) {
    const STARTS: [&str; 6] = [
        "unknown field",
        "unknown variant",
        "invalid type",
        "invalid value",
        "missing field",
        "duplicate",
    ];
    match msg.split_once(": ") {
        Some((path, rest)) if !path.contains('`') && STARTS.iter().any(|s| rest.starts_with(s)) => {
            (Some(path), rest)
        }
        _ => (None, msg),
    }
}

/// serde's name of an expected type in the words of the format reference.
fn plain_type(expected: &str) -> &str {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" => "a whole number",
        "f32" | "f64" => "a number",
        "a sequence" => "a list",
        "a boolean" => "true or false",
        e if e.starts_with("struct ") || e == "a map" => "a mapping of keys to values",
        e => e,
    }
}

/// Turns a serde message into a user-facing message and help line.
fn explain_serde_message(full: &str) -> (String, Option<String>) {
    let (path, msg) = split_path(full);
    let (message, help) = explain_message(msg);
    match path {
        Some(p) if msg.starts_with("unknown") => (format!("{message} in `{p}`"), help),
        Some(p) => (format!("{p}: {message}"), help),
        None => (message, help),
    }
}

fn explain_message(msg: &str) -> (String, Option<String>) {
    let ticks: Vec<&str> = msg.split('`').skip(1).step_by(2).collect();
    if msg.starts_with("unknown field") || msg.starts_with("unknown variant") {
        let kind = if msg.starts_with("unknown field") {
            "key"
        } else {
            "value"
        };
        let found = ticks.first().copied().unwrap_or("");
        let expected = &ticks[1.min(ticks.len())..];
        let help = match crate::suggest::closest(found, expected.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if expected.is_empty() => "remove it".to_string(),
            None => format!(
                "expected one of {}",
                expected
                    .iter()
                    .map(|e| format!("`{e}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        return (format!("unknown {kind} `{found}`"), Some(help));
    }
    if msg.contains("recursion limit exceeded") {
        return (
            "the YAML is nested too deeply".into(),
            Some("a plan file nests at most a few levels; check the indentation".into()),
        );
    }
    if msg.contains("repetition limit exceeded") {
        return (
            "the YAML expands too many aliases".into(),
            Some("remove the anchors and aliases (`&a`, `*a`) that repeat content".into()),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another type"));
        return (
            format!("wrong type: found {found}"),
            Some(format!("expected {}", plain_type(expected))),
        );
    }
    if msg.starts_with("duplicate") {
        return (msg.to_string(), Some("each key may appear once".into()));
    }
    (msg.to_string(), None)
}

crate::declare_rule! {
    Syntax {
        id: "syntax",
        severity: Error,
        summary: "A YAML or front-matter file does not parse, has an unknown key, or a value of the wrong type.",
        explanation: r#"Every plan file is read strictly: YAML must parse, every key must be one the format defines and be written once per mapping, and every value must have the expected type (money, percent, date, integer, list). Unknown keys are errors rather than being ignored, because a misspelt `target_tier` or `curent_arr` would otherwise silently drop a value that the tier review, the thesis statement or the board pack depends on, and the plan would look valid while saying something else. When a known key is close to the unknown one, the diagnostic suggests it ("did you mean `current_arr`?"), and it points at the line and column of the offending key or value."#,
        bad: r#"# plan.yaml
company:
  name: Northwind Analytics
  curent_arr: "$18M"
program:
  horizon_years: three"#,
        good: r#"# plan.yaml
company:
  name: Northwind Analytics
  current_arr: "$18M"
program:
  horizon_years: 3"#,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Small {
        name: Option<String>,
        scores: Option<u32>,
    }

    fn file(text: &str) -> SourceFile {
        SourceFile::new("x.md".into(), "x.md".into(), "x.md".into(), text.into())
    }

    #[test]
    fn unknown_key_gets_suggestion_and_position() {
        let f = file("name: A\nscroes: 3\n");
        let d = parse::<Small>(0, &f, &f.text).err();
        let d = d.map(|d| (d.rule, f.line_col(d.span.start), d.message, d.help));
        assert_eq!(
            d,
            Some((
                Rule::Syntax,
                (2, 1),
                "unknown key `scroes`".to_string(),
                Some("did you mean `scores`?".to_string())
            ))
        );
    }

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        company: Option<Small>,
    }

    #[test]
    fn nested_unknown_key_gets_suggestion() {
        let f = file("company:\n  name: A\n  scroes: 3\n");
        let d = parse::<Outer>(0, &f, &f.text).err();
        let d = d.map(|d| (f.line_col(d.span.start), d.message, d.help));
        assert_eq!(
            d,
            Some((
                (3, 3),
                "unknown key `scroes` in `company`".to_string(),
                Some("did you mean `scores`?".to_string())
            ))
        );
    }

    #[test]
    fn nested_wrong_type_names_the_path() {
        let f = file("company:\n  scores: many\n");
        let d = parse::<Outer>(0, &f, &f.text).err();
        let d = d.map(|d| (f.line_col(d.span.start), d.message, d.help));
        assert_eq!(
            d,
            Some((
                (2, 11),
                "company.scores: wrong type: found string \"many\"".to_string(),
                Some("expected a whole number".to_string())
            ))
        );
    }

    #[test]
    fn repeated_key_points_at_the_repeat() {
        let f = file("name: A\nscores: 1\nname: B\n");
        let d = parse::<Small>(0, &f, &f.text).err();
        let d = d.map(|d| (d.rule, f.line_col(d.span.start), d.message));
        assert_eq!(
            d,
            Some((
                Rule::Syntax,
                (3, 1),
                "duplicate key `name` (first written on line 1)".to_string()
            ))
        );
        let m = file("scores:\n  a: 1\n  a: 2\n");
        // plain serde maps keep the last value; raw::UniqueMap refuses the repeat
        type Nested = crate::load::raw::UniqueMap<crate::load::raw::UniqueMap<u32>>;
        let d = parse::<Nested>(0, &m, &m.text).err();
        assert_eq!(d.map(|d| m.line_col(d.span.start)), Some((3, 3)));
    }

    #[test]
    fn front_matter_lines_are_file_lines() {
        let f = file("---\nname: A\nscroes: 1\n---\nbody\n");
        let parts = split_front_matter(0, &f).ok();
        let yaml = parts
            .as_ref()
            .and_then(|p| p.front.as_ref())
            .map(|y| y.text.clone());
        let d = parse::<Small>(0, &f, &yaml.unwrap_or_default()).err();
        assert_eq!(d.map(|d| f.line_col(d.span.start)), Some((3, 1)));
        assert_eq!(parts.map(|p| &f.text[p.body_start..]), Some("body\n"));
    }

    #[test]
    fn unterminated_front_matter_is_an_error() {
        let f = file("---\nname: A\n");
        assert_eq!(
            split_front_matter(0, &f).err().map(|d| d.rule),
            Some(Rule::Syntax)
        );
    }

    #[test]
    fn alias_bomb_is_a_bounded_error() {
        let mut y = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("l{}", i - 1)
            };
            y.push_str(&format!("l{i}: &l{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let f = file(&y);
        let start = std::time::Instant::now();
        let d = parse::<serde_yaml::Value>(0, &f, &f.text).err();
        assert_eq!(d.map(|d| d.rule), Some(Rule::Syntax));
        assert!(start.elapsed().as_secs() < 5);
    }

    #[test]
    fn deep_nesting_is_an_error() {
        let y = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let f = file(&y);
        assert_eq!(
            parse::<serde_yaml::Value>(0, &f, &f.text)
                .err()
                .map(|d| d.rule),
            Some(Rule::Syntax)
        );
    }
}
