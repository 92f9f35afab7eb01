//! axe-core, the accessibility checker, run inside a page of the headless Chromium.
//!
//! `.ci/run` installs the npm package `axe-core` into `target/axe`; the tests find its
//! `axe.min.js` there (under `CARGO_TARGET_DIR` when that is set) or at the path in
//! `PARTNERBOOK_AXE`.

use super::devtools::Page;
use std::path::{Path, PathBuf};

/// The rule tags of WCAG 2.1 level AA.
pub const WCAG21_AA: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// Where `axe.min.js` is looked for, in order.
fn candidates() -> Vec<PathBuf> {
    let in_target = |target: &Path| target.join("axe/node_modules/axe-core/axe.min.js");
    let mut out = Vec::new();
    if let Some(p) = std::env::var_os("PARTNERBOOK_AXE").filter(|p| !p.is_empty()) {
        out.push(PathBuf::from(p));
    }
    if let Some(t) = std::env::var_os("CARGO_TARGET_DIR").filter(|p| !p.is_empty()) {
        out.push(in_target(Path::new(&t)));
    }
    out.push(in_target(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
    ));
    out
}

/// The source of `axe.min.js`; missing, as [`super::require_tool`].
pub fn source() -> Option<String> {
    candidates()
        .iter()
        .find_map(|p| std::fs::read_to_string(p).ok())
        .or_else(|| super::missing("axe-core (npm)"))
}

/// Runs axe on the page loaded in `page` with the rules tagged `tags`; one line per
/// violation: rule id, impact, what it asks for and the elements that fail it.
pub fn violations(page: &mut Page, source: &str, tags: &[&str]) -> Vec<String> {
    if page.eval("typeof axe === 'object'") != serde_json::json!(true) {
        page.eval(&format!("{source};\ntrue"));
    }
    let tags = serde_json::to_string(tags).unwrap_or_default();
    let script = format!(
        "axe.run(document, {{runOnly: {{type: 'tag', values: {tags}}}, resultTypes: ['violations']}})
           .then(r => r.violations.map(v => `${{v.id}} (${{v.impact}}): ${{v.help}} — ` +
             v.nodes.slice(0, 5).map(n => n.target.join(' ') +
               (n.failureSummary ? ` [${{n.failureSummary.replace(/\\s+/g, ' ')}}]` : '')).join('; ') +
             (v.nodes.length > 5 ? ` … ${{v.nodes.length}} elements` : '')))"
    );
    let found = page.eval(&script);
    found
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}
