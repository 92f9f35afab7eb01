//! Finding and reading the files of a content directory.
//!
//! Walks the directory (following symlinks, detecting loops), classifies each file by
//! its place in the layout, and reads it as UTF-8 text (a BOM is dropped). Problems with
//! one file (binary, invalid UTF-8, dangling link, a directory where a file is expected)
//! are kept with the file, to become `io` diagnostics.

use crate::source::display_path;
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

/// Classifies a path relative to the content directory; `None` for files the plan ignores.
/// `Err` carries a message for a file in the wrong place.
pub fn classify(rel: &str) -> Option<Result<FileKind, String>> {
    let (stem, ext) = rel.rsplit_once('.')?;
    let is_yaml = ext == "yaml" || ext == "yml";
    let is_md = ext == "md";
    if !is_yaml && !is_md {
        return None;
    }
    if let Some(name) = stem.strip_prefix("partners/") {
        return is_md.then(|| Ok(FileKind::Partner(name.to_string())));
    }
    if let Some(name) = stem.strip_prefix("decisions/") {
        return is_md.then(|| Ok(FileKind::Decision(name.to_string())));
    }
    if let Some(name) = stem.strip_prefix("handbook/") {
        return is_md.then(|| Ok(FileKind::Page(name.to_string())));
    }
    let kind = match (stem, is_yaml) {
        ("plan", true) => FileKind::Plan,
        ("tiers", true) => FileKind::Tiers,
        ("models", true) => FileKind::Models,
        ("competitors", true) => FileKind::Competitors,
        ("okrs", true) => FileKind::Okrs,
        ("roadmap", true) => FileKind::Roadmap,
        ("governance", true) => FileKind::Governance,
        ("thesis", false) => FileKind::Thesis,
        _ if is_yaml && !stem.contains('/') => {
            let hint = crate::suggest::closest(rel, TOP_LEVEL_YAML.iter().copied())
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            return Some(Err(format!(
                "`{rel}` is not a file of the plan layout{hint}"
            )));
        }
        _ => return None,
    };
    Some(Ok(kind))
}

/// Whether a name is hidden or an editor's temporary file.
pub fn is_skipped_name(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.contains("___jb_")
        || name == "4913"
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
    let mut out = Vec::new();
    let walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_skipped_name(&e.file_name().to_string_lossy()));
    for entry in walker {
        match entry {
            Ok(e) => {
                if let Some(f) = read_entry(dir, e.path(), e.file_type().is_dir()) {
                    out.push(f);
                }
            }
            Err(err) => {
                if let Some(f) = walk_error(dir, &err) {
                    out.push(f);
                }
            }
        }
    }
    Ok(out)
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
    let kind = classify(&rel)?;
    let display = display_path(dir, &rel);
    let (kind, text) = match kind {
        Err(msg) => (FileKind::Plan, Err(msg)),
        Ok(_) if is_dir => (
            FileKind::Plan,
            Err(format!(
                "`{rel}` is a directory, but a file is expected here"
            )),
        ),
        Ok(k) => (k, read_text(path)),
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
        rel,
        path: path.to_path_buf(),
        kind: FileKind::Plan,
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
        assert_eq!(classify("plan.yaml"), Some(Ok(FileKind::Plan)));
        assert_eq!(classify("plan.yml"), Some(Ok(FileKind::Plan)));
        assert_eq!(
            classify("partners/pwc.md"),
            Some(Ok(FileKind::Partner("pwc".into())))
        );
        assert_eq!(
            classify("handbook/ops/mdf.md"),
            Some(Ok(FileKind::Page("ops/mdf".into())))
        );
        assert_eq!(classify("notes.txt"), None);
        let bad = classify("tier.yaml");
        assert!(matches!(bad, Some(Err(m)) if m.contains("tiers.yaml")));
    }

    #[test]
    fn text_decoding() {
        assert_eq!(bytes_to_text(b"\xEF\xBB\xBFa: 1"), Ok("a: 1".to_string()));
        assert!(bytes_to_text(b"a\0b").is_err());
        assert!(bytes_to_text(b"a\xffb").is_err());
    }
}
