//! The history cache, in `.git/partnerbook/` (outside the content directory; deleting it
//! at any time only costs time): what one revision of the content directory gave, keyed
//! by the directory's tree id and the date it was judged on (`history/`), and values
//! derived from the newest snapshot and the working tree (`since/`, the changes since
//! the last board meeting: one entry per snapshot, holding the fingerprint of the
//! working tree it was made for).
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
const FORMAT: u32 = 2;

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

/// The first line of an entry; the rest of the file is the value as JSON (read once,
/// not unescaped from a string first).
#[derive(Serialize, Deserialize)]
struct Header {
    format: u32,
    generator: String,
    key: String,
    today: String,
    /// FNV-1a of the rest of the file, in hex.
    checksum: String,
}

fn generator() -> String {
    format!("partnerbook {}", env!("CARGO_PKG_VERSION"))
}

/// FNV-1a, 64 bits, fed piece by piece: detects an entry changed by hand or cut
/// short (not an attack), and fingerprints the inputs of a derived value.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Adds `bytes` and a separator, so that `ab`,`c` and `a`,`bc` differ.
    pub fn add(&mut self, bytes: &[u8]) -> &mut Fnv {
        for b in bytes.iter().chain(&[0xff]) {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self
    }

    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

fn checksum(bytes: &[u8]) -> String {
    Fnv::default().add(bytes).hex()
}

/// What a cache entry holds: a revision's figures, or the changes since one.
#[derive(Debug, Clone, Copy)]
pub enum Slot {
    History,
    Since,
}

impl Slot {
    fn dir(self) -> &'static str {
        match self {
            Slot::History => "history",
            Slot::Since => "since",
        }
    }
}

/// The cache of one repository.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn new(dir: PathBuf) -> Cache {
        Cache { dir }
    }

    fn path(&self, kind: Slot, key: &str, today: Date) -> Option<PathBuf> {
        let safe = !key.is_empty() && key.bytes().all(|b| b.is_ascii_hexdigit());
        safe.then(|| {
            self.dir
                .join(kind.dir())
                .join(format!("{key}-{today}.json"))
        })
    }

    /// A revision's figures, judged on `today`, when the entry can be trusted.
    pub fn get(&self, tree: &str, today: Date) -> Option<Stored> {
        self.get_value(Slot::History, tree, today)
    }

    /// Stores a revision's figures.
    pub fn put(&self, tree: &str, today: Date, stored: &Stored) {
        self.put_value(Slot::History, tree, today, stored);
    }

    /// The value stored under `key`, when every check of the entry holds.
    pub fn get_value<T: serde::de::DeserializeOwned>(
        &self,
        kind: Slot,
        key: &str,
        today: Date,
    ) -> Option<T> {
        let bytes = std::fs::read(self.path(kind, key, today)?).ok()?;
        let split = bytes.iter().position(|b| *b == b'\n')?;
        let (head, data) = (&bytes[..split], &bytes[split + 1..]);
        let e: Header = serde_json::from_slice(head).ok()?;
        let trusted = e.format == FORMAT
            && e.generator == generator()
            && e.key == key
            && e.today == today.to_string()
            && e.checksum == checksum(data);
        if !trusted {
            return None;
        }
        serde_json::from_slice(data).ok()
    }

    /// Stores a value; a failure to write is ignored (the cache only saves time).
    pub fn put_value<T: Serialize>(&self, kind: Slot, key: &str, today: Date, value: &T) {
        let Some(path) = self.path(kind, key, today) else {
            return;
        };
        let Ok(data) = serde_json::to_string(value) else {
            return;
        };
        let header = Header {
            format: FORMAT,
            generator: generator(),
            key: key.to_string(),
            today: today.to_string(),
            checksum: checksum(data.as_bytes()),
        };
        if let (Ok(mut bytes), Some(dir)) = (serde_json::to_vec(&header), path.parent()) {
            bytes.push(b'\n');
            bytes.extend_from_slice(data.as_bytes());
            let _ = write_atomically(dir, &path, &bytes);
        }
    }
}

/// Writes a cache entry through a temporary file in the same directory (fsynced, then
/// renamed), so that a reader never sees half an entry.
fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    crate::atomic::replace_file(path, bytes)
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
        let path = cache.path(Slot::History, tree, today).expect("path");
        let text = std::fs::read_to_string(&path).expect("entry");
        std::fs::write(&path, text.replace("1250000", "9250000")).expect("edit");
        assert_eq!(
            cache.get(tree, today),
            None,
            "an edited entry is not trusted"
        );
        std::fs::write(&path, "{not json").expect("corrupt");
        assert_eq!(cache.get(tree, today), None);
        assert_eq!(cache.path(Slot::History, "../etc", today), None);
    }
}
