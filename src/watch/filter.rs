//! Decides which file-system paths and event kinds matter to a rebuild: editor temp
//! files, version-control directories, the output directory and read-only accesses are
//! noise; everything else inside a watched root is a change.

use std::path::{Component, Path};

use notify_debouncer_full::notify::event::{EventKind, MetadataKind, ModifyKind};

/// Directories of version-control systems; nothing below them is content.
const VCS_DIRS: [&str; 4] = [".git", ".hg", ".svn", ".jj"];

/// Whether `path` is an editor temp file or an OS metadata file (the names that
/// loading skips too: [`crate::load::files::is_temp_name`]), or lies under a
/// version-control directory (`.git`, `.hg`, `.svn`, `.jj`). Such paths never trigger
/// a rebuild.
pub fn is_ignored_temp_file(path: &Path) -> bool {
    let under_vcs = path.components().any(|c| match c {
        Component::Normal(name) => VCS_DIRS.iter().any(|d| name == *d),
        _ => false,
    });
    if under_vcs {
        return true;
    }
    match path.file_name().and_then(|n| n.to_str()) {
        Some(name) => crate::load::files::is_temp_name(name),
        None => false,
    }
}

/// Whether an event of this kind can change what a build reads. Opening, reading and
/// closing files (the build itself does that) and permission or ownership changes do
/// not; writes, creations, removals, renames and timestamp changes (`touch`) do.
pub(crate) fn is_relevant_kind(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(meta)) => {
            matches!(meta, MetadataKind::Any | MetadataKind::WriteTime)
        }
        _ => true,
    }
}

/// Where a path stands relative to the watched roots and the ignored directories.
pub(crate) struct Scope<'a> {
    pub roots: &'a [std::path::PathBuf],
    pub ignore_dirs: &'a [std::path::PathBuf],
}

impl Scope<'_> {
    /// Whether a change at `path` should trigger a rebuild.
    pub fn is_relevant_path(&self, path: &Path) -> bool {
        self.roots.iter().any(|r| path.starts_with(r))
            && !self.ignore_dirs.iter().any(|d| path.starts_with(d))
            && !is_ignored_temp_file(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ignored(p: &str) -> bool {
        is_ignored_temp_file(Path::new(p))
    }

    #[test]
    fn vim_swap_files() {
        assert!(ignored("content/.plan.yaml.swp"));
        assert!(ignored("content/.plan.yaml.swx"));
        assert!(ignored("content/.plan.yaml.swo"));
        assert!(!ignored("content/swp"));
    }

    #[test]
    fn vim_write_probe() {
        assert!(ignored("content/4913"));
        assert!(ignored("content/5036"));
        assert!(!ignored("content/4914"));
        assert!(!ignored("content/4913.md"));
        assert!(!ignored("content/2024"));
    }

    #[test]
    fn tilde_backups() {
        assert!(ignored("content/plan.yaml~"));
        assert!(!ignored("content/~notes.md"));
    }

    #[test]
    fn emacs_autosave_and_lock() {
        assert!(ignored("content/#thesis.md#"));
        assert!(ignored("content/.#thesis.md"));
        assert!(!ignored("content/#"));
        assert!(!ignored("content/#thesis.md"));
    }

    #[test]
    fn jetbrains_safe_write() {
        assert!(ignored("content/plan.yaml___jb_tmp___"));
        assert!(ignored("content/plan.yaml___jb_old___"));
        assert!(ignored("content/plan.yaml___jb_bak___"));
    }

    #[test]
    fn gnome_and_sb_temp_files() {
        assert!(ignored("content/.goutputstream-Q1W2E3"));
        assert!(ignored("content/.sb-1a2b3c-plan.yaml"));
    }

    #[test]
    fn helix_kate_and_macos() {
        assert!(ignored("content/plan.yaml.bck"));
        assert!(ignored("content/.plan.yaml.kate-swp"));
        assert!(ignored("content/partners/.DS_Store"));
    }

    #[test]
    fn version_control_directories() {
        assert!(ignored("plan/.git/index"));
        assert!(ignored("plan/.git"));
        assert!(ignored("plan/.hg/store/data"));
        assert!(!ignored("plan/.github/workflow.yml"));
        assert!(!ignored("plan/gitnotes.md"));
    }

    #[test]
    fn content_files_are_not_ignored() {
        for p in [
            "content/plan.yaml",
            "content/partners/acme.md",
            "content/decisions/D-001-build-vs-partner.md",
            "theme/style.css",
            "content/.hidden.md",
            "content/partners",
        ] {
            assert!(!ignored(p), "{p} must not be ignored");
        }
    }

    #[test]
    fn access_events_are_not_relevant() {
        use notify_debouncer_full::notify::event::{AccessKind, AccessMode, DataChange};
        assert!(!is_relevant_kind(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!is_relevant_kind(&EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::Permissions
        ))));
        assert!(is_relevant_kind(&EventKind::Modify(ModifyKind::Data(
            DataChange::Any
        ))));
        assert!(is_relevant_kind(&EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::WriteTime
        ))));
    }

    #[test]
    fn scope_excludes_output_and_outside_paths() {
        let roots = [std::path::PathBuf::from("/p/content")];
        let ignore = [std::path::PathBuf::from("/p/content/out")];
        let scope = Scope {
            roots: &roots,
            ignore_dirs: &ignore,
        };
        assert!(scope.is_relevant_path(Path::new("/p/content/plan.yaml")));
        assert!(scope.is_relevant_path(Path::new("/p/content")));
        assert!(!scope.is_relevant_path(Path::new("/p/content/out/index.html")));
        assert!(!scope.is_relevant_path(Path::new("/p/contents/x.md")));
        assert!(!scope.is_relevant_path(Path::new("/p/README.md")));
    }
}
