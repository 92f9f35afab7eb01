//! Finding and reading the files of a content directory.
//!
//! Walks the directory (following symlinks, detecting loops), classifies each file by
//! its place in the layout, and reads it as UTF-8 text (a BOM is dropped). Problems with
//! one file (binary, invalid UTF-8, dangling link, a directory where a file is expected)
//! are kept with the file, to become `io` diagnostics. A file the plan does not read is
//! named (`file.ignored`), except hidden files and editor temp files.

use crate::diag::{Diagnostic, Rule};
use crate::source::{display_path, FileId, Span};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// What a file is in the plan layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    Plan,
    Thesis,
    Tiers,
    Models,
    Competitors,
    Okrs,
    Roadmap,
    Governance,
    /// `partners/<id>.md`, with the id.
    Partner(String),
    /// `decisions/<stem>.md`, with the stem.
    Decision(String),
    /// `handbook/<path>.md`, with the path without `.md`.
    Page(String),
    /// A file no part of the plan reads: not read, reported by `file.ignored`.
    Ignored,
}

/// The names of the top-level YAML files, for "did you mean".
pub const TOP_LEVEL_YAML: &[&str] = &[
    "plan.yaml",
    "tiers.yaml",
    "models.yaml",
    "competitors.yaml",
    "okrs.yaml",
    "roadmap.yaml",
    "governance.yaml",
];

/// A file of the plan as read: text, or the problem that kept it from being read.
#[derive(Debug, Clone)]
pub struct RawFile {
    pub rel: String,
    pub display: String,
    pub path: PathBuf,
    pub kind: FileKind,
    pub text: Result<String, String>,
}

/// Classifies a path relative to the content directory: [`FileKind::Ignored`] for a
/// file that no part of the plan reads.
pub fn classify(rel: &str) -> FileKind {
    let Some((stem, ext)) = rel.rsplit_once('.') else {
        return FileKind::Ignored;
    };
    let is_yaml = ext == "yaml" || ext == "yml";
    let is_md = ext == "md";
    if !is_md {
        return match (stem, is_yaml) {
            ("plan", true) => FileKind::Plan,
            ("tiers", true) => FileKind::Tiers,
            ("models", true) => FileKind::Models,
            ("competitors", true) => FileKind::Competitors,
            ("okrs", true) => FileKind::Okrs,
            ("roadmap", true) => FileKind::Roadmap,
            ("governance", true) => FileKind::Governance,
            _ => FileKind::Ignored,
        };
    }
    if let Some(name) = stem.strip_prefix("partners/") {
        return FileKind::Partner(name.to_string());
    }
    if let Some(name) = stem.strip_prefix("decisions/") {
        return FileKind::Decision(name.to_string());
    }
    if let Some(name) = stem.strip_prefix("handbook/") {
        return FileKind::Page(name.to_string());
    }
    match stem {
        "thesis" => FileKind::Thesis,
        _ => FileKind::Ignored,
    }
}

/// The `file.ignored` warning for a file [`classify`] finds no place for, with what to
/// do about it.
pub fn ignored(file: FileId, rel: &str) -> Diagnostic {
    let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    let renamed = |ext: &str| {
        let dir = if dir.is_empty() {
            String::new()
        } else {
            format!("{dir}/")
        };
        format!("{dir}{stem}.{ext}")
    };
    let in_pages =
        ["partners", "decisions"].contains(&dir) || dir.split('/').next() == Some("handbook");
    let (why, help) = match ext {
        "markdown" | "mdown" | "mkd" | "mkdn" | "MD" if in_pages || rel == format!("thesis.{ext}") => (
            "plan pages end in `.md`".to_string(),
            format!("rename it to `{}`", renamed("md")),
        ),
        "yaml" | "yml" if in_pages => (
            "the files of this folder are Markdown with YAML front matter".to_string(),
            format!(
                "rename it to `{}` and put its keys between two `---` lines",
                renamed("md")
            ),
        ),
        "yaml" | "yml" if dir.is_empty() => (
            "it is not a file of the plan layout".to_string(),
            match crate::suggest::closest(rel, TOP_LEVEL_YAML.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("the plan's YAML files are {}", TOP_LEVEL_YAML.join(", ")),
            },
        ),
        "md" | "yaml" | "yml" => (
            "plan files live at the top level and in `partners/`, `decisions/` and `handbook/`".to_string(),
            "move it to where it belongs (a page goes in `handbook/`), or out of the content directory".to_string(),
        ),
        _ => (
            "partnerbook reads only the `.yaml` and `.md` files of the plan layout".to_string(),
            "move it out of the content directory if the plan does not need it".to_string(),
        ),
    };
    Diagnostic::new(
        Rule::FileIgnored,
        Span::file_start(file),
        format!("`{rel}` is not read: {why}"),
    )
    .help(help)
}

/// Whether a directory is an output directory partnerbook wrote (it holds the
/// manifest): never part of the plan, wherever it is and whatever `--output` named it,
/// so `build` run twice inside a plan folder reads the plan, not its own pages.
fn is_output_dir(e: &walkdir::DirEntry) -> bool {
    e.file_type().is_dir() && e.path().join(crate::source::OUTPUT_MANIFEST).is_file()
}

/// Whether a name is hidden or an editor's temporary file (skipped without a word).
pub fn is_skipped_name(name: &str) -> bool {
    name.starts_with('.') || name.starts_with('#') || name.contains("___jb_") || is_temp_name(name)
}

/// JetBrains "safe write" markers, found at the end of the temp file's name.
const JETBRAINS_MARKERS: [&str; 3] = ["___jb_tmp___", "___jb_old___", "___jb_bak___"];

/// Extensions of swap and backup files (vim, Helix).
const TEMP_EXTENSIONS: [&str; 5] = ["swp", "swx", "swo", "swn", "bck"];

/// Name prefixes of temp files written by GNOME (gio) and by safe-save helpers.
const TEMP_PREFIXES: [&str; 2] = [".goutputstream-", ".sb-"];

/// Name suffixes of temp files.
const TEMP_SUFFIXES: [&str; 2] = ["~", ".kate-swp"];

/// Whether a file name is an editor temp file or an OS metadata file: vim
/// `.swp`/`.swx` (and `.swo`/`.swn`), vim's write probe `4913` (and its successors
/// 5036, 5159, …), backups ending in `~`, Emacs `#file#` and lock files `.#file`,
/// JetBrains `___jb_tmp___`/`___jb_old___`/`___jb_bak___`, GNOME `.goutputstream-*`,
/// `.sb-*`, Helix `.bck`, Kate `.kate-swp`, macOS `.DS_Store`.
pub fn is_temp_name(name: &str) -> bool {
    if name == ".DS_Store" || is_vim_probe(name) {
        return true;
    }
    if name.len() > 2 && name.starts_with('#') && name.ends_with('#') {
        return true;
    }
    if name.starts_with(".#") {
        return true;
    }
    if JETBRAINS_MARKERS.iter().any(|m| name.ends_with(m)) {
        return true;
    }
    if TEMP_PREFIXES.iter().any(|p| name.starts_with(p)) {
        return true;
    }
    if TEMP_SUFFIXES.iter().any(|s| name.ends_with(s)) {
        return true;
    }
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => TEMP_EXTENSIONS.contains(&ext),
        _ => false,
    }
}

/// vim checks that it may create files in a directory by writing `4913`; when that
/// name exists it adds 123 and tries again.
fn is_vim_probe(name: &str) -> bool {
    if name.is_empty() || name.len() > 6 || !name.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match name.parse::<u32>() {
        Ok(n) => n >= 4913 && (n - 4913) % 123 == 0,
        Err(_) => false,
    }
}

/// Reads every plan file below `dir`. `Err` when the directory itself cannot be read.
pub fn read_dir(dir: &Path) -> Result<Vec<RawFile>, String> {
    let meta = std::fs::metadata(dir)
        .map_err(|e| format!("cannot read content directory `{}`: {e}", dir.display()))?;
    if !meta.is_dir() {
        return Err(format!(
            "content path `{}` is not a directory",
            dir.display()
        ));
    }
    // Walk first (in order), then read the files in parallel: reading dominates.
    let walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0
                || !(is_skipped_name(&e.file_name().to_string_lossy()) || is_output_dir(e))
        });
    let found: Vec<Result<(PathBuf, bool), RawFile>> = walker
        .filter_map(|entry| match entry {
            Ok(e) => {
                let is_dir = e.file_type().is_dir();
                Some(Ok((e.into_path(), is_dir)))
            }
            Err(err) => walk_error(dir, &err).map(Err),
        })
        .collect();
    Ok(found
        .into_par_iter()
        .filter_map(|f| match f {
            Ok((path, is_dir)) => read_entry(dir, &path, is_dir),
            Err(raw) => Some(raw),
        })
        .collect())
}

fn rel_path(dir: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(dir).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    (!parts.is_empty()).then(|| parts.join("/"))
}

fn read_entry(dir: &Path, path: &Path, is_dir: bool) -> Option<RawFile> {
    let rel = rel_path(dir, path)?;
    let kind = classify(&rel);
    let display = display_path(dir, &rel);
    let (kind, text) = match kind {
        FileKind::Ignored if is_dir => return None,
        // not read: only named
        FileKind::Ignored => (FileKind::Ignored, Ok(String::new())),
        _ if is_dir => (
            FileKind::Plan,
            Err(format!(
                "`{rel}` is a directory, but a file is expected here"
            )),
        ),
        k => (
            k,
            std::fs::read(path)
                .map_err(|e| format!("cannot read `{rel}`: {e}"))
                .and_then(|b| bytes_to_text(&b).map_err(|m| format!("`{rel}` {m}"))),
        ),
    };
    Some(RawFile {
        rel,
        display,
        path: path.to_path_buf(),
        kind,
        text,
    })
}

fn walk_error(dir: &Path, err: &walkdir::Error) -> Option<RawFile> {
    let path = err.path()?;
    let rel = rel_path(dir, path).unwrap_or_else(|| path.display().to_string());
    let problem = if let Some(ancestor) = err.loop_ancestor() {
        format!(
            "`{rel}` is a symbolic link loop back to `{}`",
            ancestor.display()
        )
    } else if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        format!("`{rel}` is a symbolic link to a file that does not exist")
    } else {
        format!("cannot read `{rel}`: {err}")
    };
    Some(RawFile {
        display: display_path(dir, &rel),
        kind: classify(&rel),
        rel,
        path: path.to_path_buf(),
        text: Err(problem),
    })
}

/// Reads a file as UTF-8 text without a BOM.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    bytes_to_text(&bytes).map_err(|m| format!("`{}` {m}", path.display()))
}

/// Decodes file bytes as UTF-8 text, dropping a BOM; binary content is refused.
pub fn bytes_to_text(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err("is a binary file, not UTF-8 text".into());
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "is not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_layout() {
        assert_eq!(classify("plan.yaml"), FileKind::Plan);
        assert_eq!(classify("plan.yml"), FileKind::Plan);
        assert_eq!(classify("partners/pwc.md"), FileKind::Partner("pwc".into()));
        assert_eq!(
            classify("handbook/ops/mdf.md"),
            FileKind::Page("ops/mdf".into())
        );
        for ignored in [
            "notes.txt",
            "tier.yaml",
            "README.md",
            "partners/x.yaml",
            "partners",
        ] {
            assert_eq!(classify(ignored), FileKind::Ignored, "{ignored}");
        }
    }

    #[test]
    fn ignored_files_are_named_with_what_to_do() {
        let help = |rel: &str| ignored(0, rel).help.unwrap_or_default();
        assert_eq!(
            help("decisions/D-001-x.markdown"),
            "rename it to `decisions/D-001-x.md`"
        );
        assert_eq!(help("tier.yaml"), "did you mean `tiers.yaml`?");
        assert!(help("partners/acme.yaml").contains("`partners/acme.md`"));
        assert!(help("notes.txt").contains("out of the content directory"));
        let d = ignored(0, "notes.txt");
        assert_eq!(
            (d.rule, d.severity),
            (Rule::FileIgnored, crate::diag::Severity::Warning)
        );
        assert_eq!(
            d.message,
            "`notes.txt` is not read: partnerbook reads only the `.yaml` and `.md` files of the plan layout"
        );
    }

    #[test]
    fn hidden_and_temp_names_are_skipped() {
        for name in [
            ".plan.yaml.swp",
            "plan.yaml~",
            "#plan.yaml#",
            "4913",
            "5036",
            "x.md.bck",
            ".DS_Store",
        ] {
            assert!(is_skipped_name(name), "{name}");
        }
        for name in ["plan.yaml", "notes.txt", "4914", "~notes.md"] {
            assert!(!is_skipped_name(name), "{name}");
        }
    }

    #[test]
    fn text_decoding() {
        assert_eq!(bytes_to_text(b"\xEF\xBB\xBFa: 1"), Ok("a: 1".to_string()));
        assert!(bytes_to_text(b"a\0b").is_err());
        assert!(bytes_to_text(b"a\xffb").is_err());
    }
}

crate::declare_rule! {
    FileIgnored {
        id: "file.ignored",
        severity: Warning,
        summary: "A file in the content directory that no part of the plan reads.",
        explanation: r#"partnerbook reads the plan's YAML files at the top of the content directory (`plan.yaml`, `tiers.yaml`, `models.yaml`, `competitors.yaml`, `okrs.yaml`, `roadmap.yaml`, `governance.yaml`), `thesis.md`, and the Markdown files in `partners/`, `decisions/` and `handbook/`. Any other file is not read, so a decision saved as `D-001-policy-engine.markdown`, a partner written as `partners/acme.yaml` or a `tier.yaml` with a typo in its name would silently be left out of the plan (the decision log would show one decision fewer). Each such file gets this warning with what to do: rename it, or move it out of the content directory. Hidden files and editor temp files (swap files, backups ending in `~`) are skipped without a word."#,
        bad: r#"# decisions/D-001-policy-engine.md
# saved by the editor as decisions/D-001-policy-engine.markdown,
# so the decision log has no D-001
---
id: D-001"#,
        good: r#"# decisions/D-001-policy-engine.md
# saved as decisions/D-001-policy-engine.md
---
id: D-001"#,
    }
}
