//! A plan loaded and checked through the library, its diagnostics flattened to what
//! tests assert on (and rendered as users read them, for snapshots), and the rule
//! registry as the tests see it.

use super::TODAY;
use partnerbook::project::{CheckOptions, Project};
use partnerbook::values::Date;
use std::path::{Path, PathBuf};

/// Every rule of the registry, in catalog order.
pub fn rules() -> &'static [partnerbook::diag::Rule] {
    partnerbook::diag::Rule::ALL
}

/// A diagnostic flattened to what tests assert on.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub rule: String,
    pub severity: String,
    /// Path relative to the content directory.
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub help: Option<String>,
}

impl std::fmt::Display for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{} {}[{}] {}",
            self.file, self.line, self.col, self.severity, self.rule, self.message
        )
    }
}

/// The outcome of checking one plan.
pub struct Checked {
    pub project: Project,
    /// One per diagnostic of `project`, in the same order.
    pub found: Vec<Found>,
    dir: PathBuf,
}

impl Checked {
    /// Loads and checks the plan in `dir` as of [`TODAY`]; panics when it cannot load.
    pub fn load(dir: &Path) -> Checked {
        let today = Date::parse(TODAY).unwrap_or_else(|e| panic!("date {TODAY}: {e}"));
        let project = Project::load(dir, &CheckOptions { today: Some(today) })
            .unwrap_or_else(|e| panic!("load {}: {e}", dir.display()));
        Checked::of(project, dir)
    }

    /// As [`Checked::load`], plus what stops the board pack from being set (the
    /// `pack.*` rules, found when the pack is built, not by `check`).
    pub fn load_with_pack(dir: &Path) -> Checked {
        let mut checked = Checked::load(dir);
        let extra = partnerbook::pack::PackRenderer::new()
            .expect("pack renderer")
            .font_diagnostics(&checked.project, &Default::default())
            .unwrap_or_else(|e| panic!("pack of {}: {e}", dir.display()));
        checked.project.diagnostics.extend(extra);
        Checked::of(checked.project, dir)
    }

    fn of(project: Project, dir: &Path) -> Checked {
        let found = project
            .diagnostics
            .iter()
            .map(|d| {
                let (_, line, col) = project.sources.location(d.span);
                let file = project
                    .sources
                    .get(d.span.file)
                    .map_or_else(|| "<unknown>".to_string(), |f| f.rel.clone());
                Found {
                    rule: d.rule.to_string(),
                    severity: d.severity.as_str().to_string(),
                    file,
                    line,
                    col,
                    message: d.message.clone(),
                    help: d.help.clone(),
                }
            })
            .collect();
        Checked {
            project,
            found,
            dir: dir.to_path_buf(),
        }
    }

    pub fn errors(&self) -> Vec<&Found> {
        self.found
            .iter()
            .filter(|f| f.severity == "error")
            .collect()
    }

    pub fn warnings(&self) -> Vec<&Found> {
        self.found
            .iter()
            .filter(|f| f.severity == "warning")
            .collect()
    }

    pub fn of_rule(&self, rule: &str) -> Vec<&Found> {
        self.found.iter().filter(|f| f.rule == rule).collect()
    }

    /// Every diagnostic, one per line (for assertion messages).
    pub fn listing(&self) -> String {
        self.found
            .iter()
            .map(|f| format!("  {f}\n"))
            .collect::<String>()
    }

    /// The diagnostics that `keep` selects as `partnerbook check` prints them without
    /// colour, with the plan's directory shown as `content/` wherever it is.
    pub fn human(&self, keep: impl Fn(&Found) -> bool) -> String {
        let diags: Vec<_> = self
            .project
            .diagnostics
            .iter()
            .zip(&self.found)
            .filter(|(_, f)| keep(f))
            .map(|(d, _)| d.clone())
            .collect();
        let mut out = Vec::new();
        partnerbook::diag::emit_human(&mut out, &diags, &self.project.sources, false)
            .unwrap_or_else(|e| panic!("human diagnostics: {e}"));
        let text = String::from_utf8_lossy(&out);
        let dir = self.dir.display().to_string();
        text.replace(&format!("{dir}/"), "content/")
            .replace(&dir, "content")
    }
}
