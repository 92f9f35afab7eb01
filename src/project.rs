//! A loaded, analysed and checked plan: the one value every command works from.

use crate::analysis::Analysis;
use crate::diag::Diagnostic;
use crate::load::{self, RawFile};
use crate::model::{typed_plan, Plan};
use crate::rules::{check_all, RuleCtx};
use crate::source::Sources;
use crate::values::Date;
use std::path::{Path, PathBuf};

/// Options for loading and checking.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The date reviews are judged against; default: `SOURCE_DATE_EPOCH`'s date, else today (UTC).
    pub today: Option<Date>,
}

/// A plan with its sources, analysis and diagnostics.
#[derive(Debug, Clone)]
pub struct Project {
    pub content_dir: PathBuf,
    pub sources: Sources,
    pub plan: Plan,
    pub analysis: Analysis,
    /// Sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

/// The content directory cannot be read at all.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct LoadError(pub String);

/// The default "today": `SOURCE_DATE_EPOCH` when set (reproducible builds), else the system date.
pub fn default_today() -> Date {
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    Date::from_unix(epoch).unwrap_or(Date(time::Date::MIN))
}

impl Project {
    /// Loads, analyses and checks the plan in `dir`.
    pub fn load(dir: &Path, opts: &CheckOptions) -> Result<Project, LoadError> {
        Project::load_with(dir, opts, None)
    }

    /// [`Project::load`], reusing the parses of the files that did not change since
    /// the last load with `cache` (watch and serve sessions).
    pub fn load_with(
        dir: &Path,
        opts: &CheckOptions,
        cache: Option<&load::ParseCache>,
    ) -> Result<Project, LoadError> {
        let files = load::read_dir(dir).map_err(LoadError)?;
        Ok(Project::checked(
            dir,
            load::load_files_with(files, cache),
            opts,
        ))
    }

    /// Loads, analyses and checks files already read (e.g. from a git revision).
    pub fn from_files(dir: &Path, files: Vec<RawFile>, opts: &CheckOptions) -> Project {
        Project::checked(dir, load::load_files(files), opts)
    }

    /// Builds, analyses and checks the plan of parsed files.
    fn checked(dir: &Path, mut loaded: load::Loaded, opts: &CheckOptions) -> Project {
        let (plan, build_diags) = typed_plan(&mut loaded, dir);
        let today = opts.today.unwrap_or_else(default_today);
        let analysis = Analysis::new(&plan, today);
        let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
        diagnostics.extend(build_diags);
        diagnostics.extend(check_all(&RuleCtx {
            plan: &plan,
            analysis: &analysis,
            sources: &loaded.sources,
        }));
        let mut sorted = crate::diag::Diagnostics::default();
        sorted.extend(diagnostics);
        sorted.sort();
        Project {
            content_dir: dir.to_path_buf(),
            sources: loaded.sources,
            plan,
            analysis,
            diagnostics: sorted.into_vec(),
        }
    }

    pub fn errors(&self) -> usize {
        self.count(crate::diag::Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(crate::diag::Severity::Warning)
    }

    fn count(&self, s: crate::diag::Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == s).count()
    }
}
