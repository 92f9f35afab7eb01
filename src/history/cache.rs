//! The history cache: what one revision of the content directory gave, keyed by the
//! directory's tree id and the date it was judged on, in `.git/partnerbook/history/`
//! (outside the content directory; deleting it at any time only costs time).
//!
//! An entry is trusted only when everything about it checks out: the format, the
//! partnerbook version that wrote it, its key, and a checksum of its data. A corrupt,
//! stale or hand-edited entry is ignored and written again; a cache that cannot be
//! written is not an error.

use super::figures::{Figures, PartnerPoint};
use crate::values::Date;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Raised when the meaning of a cached field changes.
const FORMAT: u32 = 1;

/// What a revision gave: the part of a snapshot that depends only on its files and date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    pub errors: usize,
    pub warnings: usize,
    /// The plan currency's ISO code.
    pub currency: String,
    pub figures: Figures,
    pub partners: Vec<PartnerPoint>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    format: u32,
    generator: String,
    tree: String,
    today: String,
    /// FNV-1a of `data`, in hex.
    checksum: String,
    /// The [`Stored`] value as JSON.
    data: String,
}

fn generator() -> String {
    format!("partnerbook {}", env!("CARGO_PKG_VERSION"))
}

/// FNV-1a, 64 bits: detects an entry changed by hand or cut short, not an attack.
fn checksum(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The cache of one repository.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn new(dir: PathBuf) -> Cache {
        Cache {
            dir: dir.join("history"),
        }
    }

    fn path(&self, tree: &str, today: Date) -> Option<PathBuf> {
        let safe = !tree.is_empty() && tree.bytes().all(|b| b.is_ascii_hexdigit());
        safe.then(|| self.dir.join(format!("{tree}-{today}.json")))
    }

    /// The cached result for a tree judged on `today`, when it can be trusted.
    pub fn get(&self, tree: &str, today: Date) -> Option<Stored> {
        let bytes = std::fs::read(self.path(tree, today)?).ok()?;
        let e: Entry = serde_json::from_slice(&bytes).ok()?;
        let trusted = e.format == FORMAT
            && e.generator == generator()
            && e.tree == tree
            && e.today == today.to_string()
            && e.checksum == checksum(e.data.as_bytes());
        if !trusted {
            return None;
        }
        serde_json::from_str(&e.data).ok()
    }

    /// Stores a result; a failure to write is ignored (the cache only saves time).
    pub fn put(&self, tree: &str, today: Date, stored: &Stored) {
        let Some(path) = self.path(tree, today) else {
            return;
        };
        let Ok(data) = serde_json::to_string(stored) else {
            return;
        };
        let entry = Entry {
            format: FORMAT,
            generator: generator(),
            tree: tree.to_string(),
            today: today.to_string(),
            checksum: checksum(data.as_bytes()),
            data,
        };
        if let Ok(bytes) = serde_json::to_vec(&entry) {
            let _ = write_atomically(&self.dir, &path, &bytes);
        }
    }
}

/// Writes a file through a temporary file in the same directory, so that a reader
/// never sees half an entry.
fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_os_string());
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(&name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored() -> Stored {
        Stored {
            errors: 1,
            warnings: 2,
            currency: "EUR".into(),
            figures: Figures {
                partner_sourced_arr: Some(1_250_000.0),
                ..Figures::default()
            },
            partners: Vec::new(),
        }
    }

    #[test]
    fn keeps_an_entry_and_refuses_one_edited_by_hand() {
        let dir = tempfile::tempdir().expect("temp dir");
        let cache = Cache::new(dir.path().to_path_buf());
        let today = Date::parse("2026-09-30").expect("date");
        let tree = "0123456789abcdef0123456789abcdef01234567";
        assert_eq!(cache.get(tree, today), None);
        cache.put(tree, today, &stored());
        assert_eq!(cache.get(tree, today), Some(stored()));
        let other_day = Date::parse("2026-10-01").expect("date");
        assert_eq!(
            cache.get(tree, other_day),
            None,
            "the date is part of the key"
        );
        let path = cache.path(tree, today).expect("path");
        let text = std::fs::read_to_string(&path).expect("entry");
        std::fs::write(&path, text.replace("1250000", "9250000")).expect("edit");
        assert_eq!(
            cache.get(tree, today),
            None,
            "an edited entry is not trusted"
        );
        std::fs::write(&path, "{not json").expect("corrupt");
        assert_eq!(cache.get(tree, today), None);
        assert_eq!(cache.path("../etc", today), None);
    }
}
