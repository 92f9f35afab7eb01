//! What changed in a plan between two revisions, in business terms.
//!
//! [`diff`] compares two checked [`Project`]s — typically a git revision and the working
//! tree — and returns a [`PlanDiff`]: typed [`Change`] records grouped by section
//! (partners, tiers, decisions, OKRs, roadmap, governance, company and thesis, rule
//! violations). Items are matched by id (partners, decisions, competitors, tiers), by id
//! or text (objectives, key results), by title (roadmap items) and by name (RACI rows,
//! roles). Scores, bands and matrix outcomes come from each side's analysis, so a weight
//! change shows up as the score and band changes it causes.
//!
//! Renderers: [`render_text`], [`render_markdown`], [`to_json`], and [`to_changes`] for
//! the site and the board pack.

mod change;
mod framework;
mod lines;
mod partners;
mod phrases;
mod render;
#[cfg(test)]
mod tests;
mod value;
mod work;

pub use change::{Change, Word};
pub use lines::{Line, Sign};
pub use render::{render_markdown, render_text, to_changes, to_json, ChangeRecord};
pub use value::{currency_of, visibly_different, Currency, Value, Values};

use crate::diag::Diagnostic;
use crate::git::{GitError, Repo};
use crate::i18n::Lang;
use crate::project::{CheckOptions, Project};
use crate::source::Sources;
use crate::values::Date;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

/// The changes of one part of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// A stable key: `partners`, `competitors`, `tiers`, `decisions`, `okrs`,
    /// `roadmap`, `governance`, `company`, `rules`.
    pub key: &'static str,
    /// The English title (JSON); [`Section::title_in`] words it in a language.
    pub title: &'static str,
    pub changes: Vec<Change>,
}

impl Section {
    /// The title in the language of `lang` (the message `c_section_<key>`).
    pub fn title_in(&self, lang: &Lang) -> String {
        lang.t(&format!("c_section_{}", self.key)).into_owned()
    }
}

/// Error and warning counts on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct Counts {
    pub errors_before: usize,
    pub errors_after: usize,
    pub warnings_before: usize,
    pub warnings_after: usize,
}

/// Everything that changed between two revisions of a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanDiff {
    /// What the old side is (`HEAD (3f2a9c1)`); empty until labelled.
    pub base: String,
    /// What the new side is (`working tree`, `main (9b1e07d)`).
    pub head: String,
    /// Non-empty sections, in a fixed order.
    pub sections: Vec<Section>,
    pub counts: Counts,
}

impl PlanDiff {
    /// Names the two sides.
    pub fn labelled(mut self, base: impl Into<String>, head: impl Into<String>) -> PlanDiff {
        self.base = base.into();
        self.head = head.into();
        self
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }

    /// The number of changes in every section.
    pub fn len(&self) -> usize {
        self.sections.iter().map(|s| s.changes.len()).sum()
    }

    /// The changes of one section (empty when it has none).
    pub fn section(&self, key: &str) -> &[Change] {
        self.sections
            .iter()
            .find(|s| s.key == key)
            .map_or(&[], |s| s.changes.as_slice())
    }
}

/// Compares two checked plans: `old` (the base) and `new` (the head).
pub fn diff(old: &Project, new: &Project) -> PlanDiff {
    let parts: [(&'static str, &'static str, Vec<Change>); 9] = [
        ("partners", "Partners", partners::partners(old, new)),
        (
            "competitors",
            "Competitive map",
            partners::competitors(old, new),
        ),
        (
            "tiers",
            "Tier framework",
            framework::tiers(&old.plan, &new.plan),
        ),
        ("decisions", "Decisions", work::decisions(old, new)),
        ("okrs", "OKRs", work::okrs(old, new)),
        ("roadmap", "Roadmap", work::roadmap(&old.plan, &new.plan)),
        (
            "governance",
            "Governance",
            framework::governance(&old.plan, &new.plan),
        ),
        (
            "company",
            "Company and thesis",
            framework::company(&old.plan, &new.plan),
        ),
        ("rules", "Rule violations", violations(old, new)),
    ];
    let sections = parts
        .into_iter()
        .filter(|(_, _, c)| !c.is_empty())
        .map(|(key, title, changes)| Section {
            key,
            title,
            changes,
        })
        .collect();
    PlanDiff {
        base: String::new(),
        head: String::new(),
        sections,
        counts: Counts {
            errors_before: old.errors(),
            errors_after: new.errors(),
            warnings_before: old.warnings(),
            warnings_after: new.warnings(),
        },
    }
}

/// A violation as compared across revisions: line numbers are left out, so moving a
/// block of YAML does not count as a change.
type ViolationKey = (String, &'static str, String, String);

fn violation_counts(p: &Project) -> BTreeMap<ViolationKey, usize> {
    let mut out = BTreeMap::new();
    for d in &p.diagnostics {
        *out.entry(violation_key(d, &p.sources)).or_insert(0) += 1;
    }
    out
}

fn violation_key(d: &Diagnostic, sources: &Sources) -> ViolationKey {
    let file = sources
        .get(d.span.file)
        .map_or_else(String::new, |f| f.rel.clone());
    (
        file,
        d.rule.id(),
        d.severity.as_str().to_string(),
        d.message.clone(),
    )
}

/// Rule violations that appeared or were resolved.
fn violations(old: &Project, new: &Project) -> Vec<Change> {
    let (before, after) = (violation_counts(old), violation_counts(new));
    let mut out = Vec::new();
    for (key, n) in surplus(&after, &before) {
        let (file, rule, severity, message) = key.clone();
        out.push(Change::ViolationAppeared {
            rule: rule.to_string(),
            severity,
            file,
            message,
            count: n,
        });
    }
    for (key, n) in surplus(&before, &after) {
        let (file, rule, severity, message) = key.clone();
        out.push(Change::ViolationResolved {
            rule: rule.to_string(),
            severity,
            file,
            message,
            count: n,
        });
    }
    out
}

/// Keys that occur more often in `a` than in `b`, with how many more times.
fn surplus<'a>(
    a: &'a BTreeMap<ViolationKey, usize>,
    b: &BTreeMap<ViolationKey, usize>,
) -> Vec<(&'a ViolationKey, usize)> {
    a.iter()
        .filter_map(|(k, &n)| {
            let m = b.get(k).copied().unwrap_or(0);
            (n > m).then_some((k, n - m))
        })
        .collect()
}

/// The thing a lesser change is about (a partner, a tier, the company…), for
/// [`Change::FieldChanged`], [`Change::Reworded`] and [`Change::ListChanged`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Subject<'a> {
    pub id: Option<&'a str>,
    pub name: &'a str,
}

/// Texts longer than this are reported as reworded rather than quoted.
const QUOTE_MAX: usize = 60;

impl<'a> Subject<'a> {
    pub fn new(id: Option<&'a str>, name: &'a str) -> Self {
        Subject { id, name }
    }

    fn owned_id(&self) -> Option<String> {
        self.id.map(str::to_string)
    }

    /// A property that changed value (compared exactly, never as displayed).
    pub fn field(
        &self,
        out: &mut Vec<Change>,
        field: &str,
        old: Option<Value>,
        new: Option<Value>,
    ) {
        let values = Values::new(old, new);
        if values.changed() {
            out.push(Change::FieldChanged {
                id: self.owned_id(),
                subject: self.name.to_string(),
                field: field.to_string(),
                values,
            });
        }
    }

    /// A property given as text.
    pub fn text_field(
        &self,
        out: &mut Vec<Change>,
        field: &str,
        old: Option<String>,
        new: Option<String>,
    ) {
        self.field(out, field, old.map(Value::Text), new.map(Value::Text));
    }

    /// A text: quoted when short, "reworded" when long.
    pub fn text(&self, out: &mut Vec<Change>, field: &str, old: Option<&str>, new: Option<&str>) {
        let (o, n) = (old.map(str::trim), new.map(str::trim));
        let (o, n) = (o.filter(|s| !s.is_empty()), n.filter(|s| !s.is_empty()));
        if o == n {
            return;
        }
        let long = |s: Option<&str>| s.is_some_and(|s| s.chars().count() > QUOTE_MAX);
        if long(o) || long(n) {
            out.push(Change::Reworded {
                id: self.owned_id(),
                subject: self.name.to_string(),
                field: field.to_string(),
            });
        } else {
            self.text_field(out, field, o.map(str::to_string), n.map(str::to_string));
        }
    }

    /// A list whose entries were added, removed or reordered.
    pub fn list(&self, out: &mut Vec<Change>, field: &str, old: &[String], new: &[String]) {
        if old == new {
            return;
        }
        let added: Vec<String> = new.iter().filter(|x| !old.contains(x)).cloned().collect();
        let removed: Vec<String> = old.iter().filter(|x| !new.contains(x)).cloned().collect();
        let reordered = if added.is_empty() && removed.is_empty() {
            new.to_vec()
        } else {
            Vec::new()
        };
        if added.is_empty() && removed.is_empty() && old.len() != new.len() {
            return; // only duplicates differ
        }
        out.push(Change::ListChanged {
            id: self.owned_id(),
            subject: self.name.to_string(),
            field: field.to_string(),
            added,
            removed,
            reordered,
        });
    }
}

/// A flag shown as a field (`yes` / `no`).
pub(crate) fn yes_no(b: bool) -> Option<Value> {
    Some(Value::Flag(b))
}

/// English, from the default theme's catalogs: the language of the `diff` and `import`
/// commands' output (command-line text stays English, as diagnostics do).
pub fn english() -> &'static Lang {
    static EN: OnceLock<Lang> = OnceLock::new();
    EN.get_or_init(|| {
        crate::site::theme::catalog_files(None)
            .map_err(|e| e.to_string())
            .and_then(|files| {
                Lang::load(crate::i18n::DEFAULT_LOCALE, &files).map_err(|e| e.to_string())
            })
            .unwrap_or_else(|e| panic!("the built-in catalogs: {e}"))
    })
}

/// The language of `project`'s site and pack: its `company.locale`, with the catalogs
/// of the theme in `theme_dir` (the default theme when `None`).
pub fn plan_lang(project: &Project, theme_dir: Option<&Path>) -> Result<Lang, String> {
    let files = crate::site::theme::catalog_files(theme_dir).map_err(|e| e.to_string())?;
    Lang::load(&project.plan.company.locale, &files).map_err(|e| e.to_string())
}

/// Loads the plan at `rev` from git and compares it with an already loaded plan (the
/// working tree): the "What changed since REV" of `build --since REV`, worded in
/// `lang`.
pub fn changes_since_project(
    new: &Project,
    rev: &str,
    lang: &Lang,
) -> Result<crate::render::ChangeReport, GitError> {
    let repo = Repo::discover(&new.content_dir)?;
    let base = repo.resolve(rev)?;
    let files = repo.read_files(&base)?;
    let opts = CheckOptions {
        today: Some(new.analysis.today),
    };
    let old = Project::from_files(&new.content_dir, files, &opts);
    let d = diff(&old, new).labelled(base.label(), "this build");
    Ok(to_changes(&d, &base.label(), lang))
}

/// "Since the last board meeting": what changed from the newest snapshot of the
/// plan's history (`previous`, labelled `label`) to `now`, worded in `lang`.
pub fn since_snapshot(
    previous: &Project,
    now: &Project,
    label: &str,
    lang: &Lang,
) -> crate::render::ChangeReport {
    let d = diff(previous, now).labelled(label, "this build");
    to_changes(&d, label, lang)
}

/// Loads the plan at `rev` and in the working tree of `content_dir`, and returns what
/// changed, ready for the site and the board pack (in the plan's language, with the
/// default theme's catalogs).
pub fn changes_since(
    content_dir: &Path,
    rev: &str,
    today: Option<Date>,
) -> Result<crate::render::ChangeReport, GitError> {
    let new = Project::load(content_dir, &CheckOptions { today })
        .map_err(|e| GitError::Content(e.to_string()))?;
    let lang = plan_lang(&new, None).map_err(GitError::Content)?;
    changes_since_project(&new, rev, &lang)
}
