//! Directory trees: copying a plan, and reading an output directory back (bytes and
//! modification times) to compare two builds or a build before and after.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Every file of a tree: relative path (with `/`) → (bytes, modification time).
pub type Tree = BTreeMap<String, (Vec<u8>, SystemTime)>;

/// Copies a directory tree (regular files and directories), in name order.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("mkdir {}: {e}", to.display()));
    for (rel, path) in walk_all(from) {
        let dest = to.join(&rel);
        if path.is_dir() {
            std::fs::create_dir_all(&dest).unwrap_or_else(|e| panic!("mkdir {rel}: {e}"));
        } else {
            std::fs::copy(&path, &dest).unwrap_or_else(|e| panic!("copy {rel}: {e}"));
        }
    }
}

/// Every file below `dir` with its bytes and modification time (empty when `dir`
/// does not exist).
pub fn tree(dir: &Path) -> Tree {
    files(dir)
        .into_iter()
        .map(|(rel, path)| {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("read {rel}: {e}"));
            (rel, (bytes, modified(&path)))
        })
        .collect()
}

/// Every file below `dir` (relative path, bytes).
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files(dir)
        .into_iter()
        .map(|(rel, path)| {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("read {rel}: {e}"));
            (rel, bytes)
        })
        .collect()
}

/// Every file below `dir` with its modification time.
pub fn mtimes(dir: &Path) -> BTreeMap<String, SystemTime> {
    files(dir)
        .into_iter()
        .map(|(rel, path)| {
            let t = modified(&path);
            (rel, t)
        })
        .collect()
}

/// Names the files whose bytes differ between two snapshots (or exist in one only).
pub fn differences(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut names: Vec<&String> = a.keys().chain(b.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|n| a.get(*n) != b.get(*n))
        .cloned()
        .collect()
}

fn modified(path: &Path) -> SystemTime {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or_else(|e| panic!("stat {}: {e}", path.display()))
}

/// The regular files below `dir`.
fn files(dir: &Path) -> Vec<(String, PathBuf)> {
    if !dir.exists() {
        return Vec::new();
    }
    walk_all(dir)
        .into_iter()
        .filter(|(_, p)| p.is_file())
        .collect()
}

/// Every entry below `dir` (not `dir` itself), parents before children, by name.
fn walk_all(dir: &Path) -> Vec<(String, PathBuf)> {
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap_or_else(|e| panic!("walk {}: {e}", dir.display())))
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap_or_else(|e| panic!("outside {}: {e}", dir.display()))
                .to_string_lossy()
                .replace('\\', "/");
            (rel, e.path().to_path_buf())
        })
        .collect()
}
