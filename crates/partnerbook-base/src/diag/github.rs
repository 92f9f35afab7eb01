//! `check --format github`: one GitHub Actions workflow command per diagnostic, which
//! the runner turns into an annotation on the pull request's changed lines:
//!
//! ```text
//! ::error file=content/plan.yaml,line=24,col=3,endLine=24,endColumn=10,title=score.weights::the weights add up to 105…%0Ahelp: …
//! ```
//!
//! Escaping follows `@actions/core`: `%`, CR and LF in the message; those and `:` and
//! `,` in property values.

use super::{Diagnostic, Severity};
use crate::source::Sources;
use std::fmt::Write as _;
use std::path::Path;

/// The workflow commands for `diags`, one per line. Paths are as the user gave them;
/// an absolute path under `root` (the current directory) is made relative to it, as
/// GitHub wants paths relative to the checkout.
pub fn to_github(diags: &[Diagnostic], sources: &Sources, root: &Path) -> String {
    let mut out = String::new();
    for d in diags {
        let r = sources.region(d.span);
        let file = repo_relative(&r.file, root);
        let mut message = d.message.clone();
        if let Some(h) = &d.help {
            message.push_str("\nhelp: ");
            message.push_str(h);
        }
        let _ = writeln!(
            out,
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            command(d.severity),
            escape_property(&file),
            r.line,
            r.column,
            r.end_line,
            r.end_column,
            escape_property(d.rule.id()),
            escape_data(&message)
        );
    }
    out
}

/// The workflow command for a severity (`notice` is GitHub's third level; no rule
/// emits below a warning).
fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// `path` relative to `root` when it is an absolute path below it, with `/` separators.
pub fn repo_relative(path: &str, root: &Path) -> String {
    let p = Path::new(path);
    let rel = if p.is_absolute() {
        p.strip_prefix(root).unwrap_or(p)
    } else {
        p
    };
    let s = rel.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Escapes a command's message.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_actions_core_does() {
        assert_eq!(escape_data("50% of\r\nall"), "50%25 of%0D%0Aall");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn absolute_paths_below_the_root_become_relative() {
        let root = Path::new("/repo");
        assert_eq!(
            repo_relative("/repo/content/plan.yaml", root),
            "content/plan.yaml"
        );
        assert_eq!(
            repo_relative("content/plan.yaml", root),
            "content/plan.yaml"
        );
        assert_eq!(repo_relative("./plan.yaml", root), "plan.yaml");
        assert_eq!(
            repo_relative("/elsewhere/plan.yaml", root),
            "/elsewhere/plan.yaml"
        );
    }
}
