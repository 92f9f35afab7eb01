//! Diagnostics: what a rule found, where, and how to fix it; printed rustc-style or as JSON.

mod github;
mod rule;
mod sarif;

use crate::source::{FileId, Sources, Span};
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, Config};
pub use github::to_github;
pub use rule::{Rule, Severity};
pub use sarif::to_sarif;
use serde::Serialize;
use std::ops::Range;

/// One finding of a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub rule: Rule,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    /// Short text under the underline (what was found).
    pub label: Option<String>,
    /// What was expected / how to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with the rule's catalog severity.
    pub fn new(rule: Rule, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity: rule.severity(),
            span,
            message: message.into(),
            label: None,
            help: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

/// The diagnostics of one run, in a stable order.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, s: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == s).count()
    }

    /// Sorts by file, position, then rule; removes exact duplicates.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (a.span.file, a.span.start, a.rule.id(), &a.message).cmp(&(
                b.span.file,
                b.span.start,
                b.rule.id(),
                &b.message,
            ))
        });
        self.items.dedup();
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// A diagnostic flattened for JSON output and for views (site, overlay).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DiagnosticRecord {
    pub rule: String,
    pub severity: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The position just past the offending value (as SARIF's and LSP's ends).
    pub end_line: usize,
    pub end_column: usize,
    pub message: String,
    pub help: Option<String>,
}

impl DiagnosticRecord {
    pub fn from_diagnostic(d: &Diagnostic, sources: &Sources) -> Self {
        let r = sources.region(d.span);
        DiagnosticRecord {
            rule: d.rule.id().to_string(),
            severity: d.severity.as_str().to_string(),
            file: r.file,
            line: r.line,
            column: r.column,
            end_line: r.end_line,
            end_column: r.end_column,
            message: d.message.clone(),
            help: d.help.clone(),
        }
    }
}

/// Flattens every diagnostic.
pub fn records(diags: &[Diagnostic], sources: &Sources) -> Vec<DiagnosticRecord> {
    diags
        .iter()
        .map(|d| DiagnosticRecord::from_diagnostic(d, sources))
        .collect()
}

/// JSON array of `{rule, severity, file, line, column, end_line, end_column, message, help}`.
pub fn to_json(diags: &[Diagnostic], sources: &Sources) -> String {
    serde_json::to_string_pretty(&records(diags, sources)).unwrap_or_else(|_| "[]".into())
}

struct FilesView<'a>(&'a Sources);

impl<'a> Files<'a> for FilesView<'a> {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.0
            .get(id)
            .map(|f| f.display.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.0
            .get(id)
            .map(|f| f.text.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        let f = self.0.get(id).ok_or(FilesError::FileMissing)?;
        Ok(f.line_col(byte_index).0 - 1)
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        let f = self.0.get(id).ok_or(FilesError::FileMissing)?;
        let starts = f.line_starts();
        let start = *starts.get(line_index).ok_or(FilesError::LineTooLarge {
            given: line_index,
            max: starts.len().saturating_sub(1),
        })?;
        let end = starts.get(line_index + 1).copied().unwrap_or(f.text.len());
        Ok(start..end)
    }
}

/// Source lines longer than this are not quoted under a diagnostic (a generated or
/// hostile file can hold a line of megabytes); the location is named instead.
const MAX_QUOTED_LINE: usize = 2_000;

fn to_codespan(d: &Diagnostic, sources: &Sources) -> CsDiagnostic<FileId> {
    let base = match d.severity {
        Severity::Error => CsDiagnostic::error(),
        Severity::Warning => CsDiagnostic::warning(),
    };
    let mut notes = Vec::new();
    let mut labels = Vec::new();
    if line_len(sources, d.span) > MAX_QUOTED_LINE {
        let (file, line, col) = sources.location(d.span);
        notes.push(format!(
            "at {file}:{line}:{col} (the line is too long to show)"
        ));
    } else {
        let mut label = Label::primary(d.span.file, d.span.start..d.span.end);
        if let Some(l) = &d.label {
            label = label.with_message(l.clone());
        }
        labels.push(label);
    }
    if let Some(h) = &d.help {
        notes.push(format!("help: {h}"));
    }
    base.with_code(d.rule.id())
        .with_message(d.message.clone())
        .with_labels(labels)
        .with_notes(notes)
}

/// The length in bytes of the line a span starts on.
fn line_len(sources: &Sources, span: Span) -> usize {
    let Some(f) = sources.get(span.file) else {
        return 0;
    };
    let starts = f.line_starts();
    let i = starts
        .partition_point(|&s| s <= span.start)
        .saturating_sub(1);
    let start = starts.get(i).copied().unwrap_or(0);
    let end = starts.get(i + 1).copied().unwrap_or(f.text.len());
    end.saturating_sub(start)
}

/// Writes diagnostics rustc-style; `color` selects ANSI colours.
pub fn emit_human(
    out: &mut dyn std::io::Write,
    diags: &[Diagnostic],
    sources: &Sources,
    color: bool,
) -> std::io::Result<()> {
    use term::termcolor::{Ansi, NoColor};
    let config = Config {
        chars: term::Chars::ascii(),
        ..Config::default()
    };
    let files = FilesView(sources);
    for d in diags {
        let cs = to_codespan(d, sources);
        let result = if color {
            term::emit_to_write_style(&mut Ansi::new(&mut *out), &config, &files, &cs)
        } else {
            term::emit_to_write_style(&mut NoColor::new(&mut *out), &config, &files, &cs)
        };
        result.map_err(|e| std::io::Error::other(e.to_string()))?;
    }
    Ok(())
}
