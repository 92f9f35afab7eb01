//! `check --format sarif`: the diagnostics as a SARIF 2.1.0 log (one run), for GitHub
//! code scanning and other SARIF viewers. The tool's rules are the whole [`Rule`]
//! registry, so a result's `ruleIndex` is the rule's place in [`Rule::ALL`].
//!
//! Locations are relative URIs against the base id `%SRCROOT%` (the directory the
//! command ran in); columns count Unicode code points (`columnKind`), and a region's
//! end is the position just past the offending value.

use super::github::repo_relative;
use super::{Diagnostic, Rule, Severity};
use crate::source::Sources;
use serde_json::{json, Value};
use std::path::Path;

/// The URI base id every artifact location is relative to.
pub const SRCROOT: &str = "%SRCROOT%";

/// The SARIF log for `diags`, pretty-printed. `root` is the current directory (see
/// [`super::to_github`] for how paths are made relative).
pub fn to_sarif(diags: &[Diagnostic], sources: &Sources, root: &Path) -> String {
    let results: Vec<Value> = diags.iter().map(|d| result(d, sources, root)).collect();
    let mut driver = json!({
        "name": "partnerbook",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": Rule::ALL.iter().map(|&r| rule(r)).collect::<Vec<_>>(),
    });
    if let Some(uri) = information_uri() {
        driver["informationUri"] = json!(uri);
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".into())
}

/// Where partnerbook is documented: the package's repository, when the build knows it.
fn information_uri() -> Option<&'static str> {
    Some(env!("CARGO_PKG_REPOSITORY")).filter(|s| !s.is_empty())
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A `reportingDescriptor` for a rule.
fn rule(r: Rule) -> Value {
    let help = format!(
        "{}\n\nFailing example:\n\n{}\n\nPassing example:\n\n{}\n\n`partnerbook explain {}` says the same.",
        r.explanation().trim(),
        r.bad().trim_matches('\n'),
        r.good().trim_matches('\n'),
        r.id()
    );
    let markdown = format!(
        "{}\n\nFailing example:\n\n```yaml\n{}\n```\n\nPassing example:\n\n```yaml\n{}\n```",
        r.explanation().trim(),
        r.bad().trim_matches('\n'),
        r.good().trim_matches('\n'),
    );
    json!({
        "id": r.id(),
        "shortDescription": { "text": r.summary() },
        "fullDescription": { "text": r.explanation().trim() },
        "help": { "text": help, "markdown": markdown },
        "defaultConfiguration": { "level": level(r.severity()) },
    })
}

/// A `result` for a diagnostic.
fn result(d: &Diagnostic, sources: &Sources, root: &Path) -> Value {
    let r = sources.region(d.span);
    let mut text = d.message.clone();
    if let Some(h) = &d.help {
        text.push_str("\nhelp: ");
        text.push_str(h);
    }
    let index = Rule::ALL.iter().position(|&x| x == d.rule).unwrap_or(0);
    json!({
        "ruleId": d.rule.id(),
        "ruleIndex": index,
        "level": level(d.severity),
        "message": { "text": text },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {
                    "uri": uri_path(&repo_relative(&r.file, root)),
                    "uriBaseId": SRCROOT,
                },
                "region": {
                    "startLine": r.line,
                    "startColumn": r.column,
                    "endLine": r.end_line,
                    "endColumn": r.end_column,
                },
            },
        }],
    })
}

/// A path as a URI reference: every byte but unreserved characters and `/` is
/// percent-encoded (`partners/Acme Inc.md` → `partners/Acme%20Inc.md`).
fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri_path("content/plan.yaml"), "content/plan.yaml");
        assert_eq!(uri_path("a b/ü.md"), "a%20b/%C3%BC.md");
    }
}
