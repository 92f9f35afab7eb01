//! Pages remembered between the builds of one watch or serve session: a page whose
//! template and view data are the same as at the last build is the same page, so its
//! bytes are reused instead of going through Tera again. A one-partner edit in a
//! 1,000-partner plan changes the view of a handful of pages; the rest only have
//! their view data serialised and hashed.
//!
//! A page is known by a 128-bit XXH3 hash of its template name and its view data
//! (layout and page view, serialised with postcard: strings as they are, with their
//! lengths, so no two views share a serialisation). What else a page depends on — the templates, the
//! message catalog, the global values templates read — is the theme's and the
//! locale's: the memo holds a fingerprint of the theme's files and the locale, and is
//! emptied when either changes. A one-shot `build` renders without a memo.

use crate::render::Bytes;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Mutex;
use xxhash_rust::xxh3::{xxh3_128, Xxh3};

/// The key of a page's content: what it is rendered from.
pub type PageKey = u128;

/// The pages of the last build, by path: the key they were rendered from and their
/// bytes.
#[derive(Debug, Default)]
pub struct Pages {
    /// The theme's files and the locale the pages were rendered with.
    fingerprint: u128,
    pages: HashMap<String, (PageKey, Bytes)>,
}

impl Pages {
    /// The bytes of the page at `path` when it was rendered from `key`.
    pub fn get(&self, path: &str, key: PageKey) -> Option<&Bytes> {
        self.pages
            .get(path)
            .filter(|(k, _)| *k == key)
            .map(|(_, bytes)| bytes)
    }
}

/// The pages remembered across builds (shared by the builds of one session).
#[derive(Debug, Default)]
pub struct PageMemo(Mutex<Pages>);

impl PageMemo {
    /// The last build's pages when they were rendered with the theme and locale of
    /// `fingerprint`, else none; the memo is left empty until [`PageMemo::keep`].
    pub fn take(&self, fingerprint: u128) -> Pages {
        let mut held = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let pages = std::mem::take(&mut *held);
        if pages.fingerprint == fingerprint {
            pages
        } else {
            Pages {
                fingerprint,
                pages: HashMap::new(),
            }
        }
    }

    /// Remembers this build's pages for the next build.
    pub fn keep(
        &self,
        fingerprint: u128,
        pages: impl IntoIterator<Item = (String, (PageKey, Bytes))>,
    ) {
        let mut held = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *held = Pages {
            fingerprint,
            pages: pages.into_iter().collect(),
        };
    }
}

/// The key of a page rendered through `template` from `data`.
pub fn page_key<T: Serialize>(template: &str, data: &T) -> Result<PageKey, postcard::Error> {
    let mut bytes = Vec::with_capacity(16 * 1024);
    bytes.extend_from_slice(&template.len().to_le_bytes());
    bytes.extend_from_slice(template.as_bytes());
    let bytes = postcard::to_extend(data, bytes)?;
    Ok(xxh3_128(&bytes))
}

/// A fingerprint of what every page depends on besides its view: the theme's files
/// (path and bytes) and the locale.
pub fn fingerprint<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>, locale: &str) -> u128 {
    let mut h = Xxh3::new();
    for (path, bytes) in files {
        h.update(&path.len().to_le_bytes());
        h.update(path.as_bytes());
        h.update(&bytes.len().to_le_bytes());
        h.update(bytes);
    }
    h.update(locale.as_bytes());
    h.digest128()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[derive(Serialize)]
    struct View {
        name: &'static str,
        rank: usize,
    }

    #[test]
    fn a_key_changes_with_the_template_and_with_any_value() -> Result<(), postcard::Error> {
        let a = page_key(
            "partner.html",
            &View {
                name: "Acme",
                rank: 1,
            },
        )?;
        assert_eq!(
            a,
            page_key(
                "partner.html",
                &View {
                    name: "Acme",
                    rank: 1
                }
            )?
        );
        assert_ne!(
            a,
            page_key(
                "partner.html",
                &View {
                    name: "Acme",
                    rank: 2
                }
            )?
        );
        assert_ne!(
            a,
            page_key(
                "partner.html",
                &View {
                    name: "Acme2",
                    rank: 1
                }
            )?
        );
        assert_ne!(
            a,
            page_key(
                "decision.html",
                &View {
                    name: "Acme",
                    rank: 1
                }
            )?
        );
        Ok(())
    }

    #[test]
    fn pages_are_kept_for_the_same_theme_and_locale_only() {
        let memo = PageMemo::default();
        let theme = fingerprint([("templates/a.html", b"x".as_slice())], "en-US");
        let bytes: Bytes = Arc::new(b"<p>page</p>".to_vec());
        memo.keep(theme, [("a.html".to_string(), (7, Arc::clone(&bytes)))]);
        let pages = memo.take(theme);
        assert_eq!(pages.get("a.html", 7), Some(&bytes));
        assert_eq!(pages.get("a.html", 8), None, "another key is another page");
        assert_eq!(pages.get("b.html", 7), None);
        // taken: the memo is empty until the next keep
        assert_eq!(memo.take(theme).get("a.html", 7), None);
        memo.keep(theme, [("a.html".to_string(), (7, bytes))]);
        let other = fingerprint([("templates/a.html", b"y".as_slice())], "en-US");
        assert_eq!(
            memo.take(other).get("a.html", 7),
            None,
            "a theme file changed"
        );
        let german = fingerprint([("templates/a.html", b"x".as_slice())], "de-DE");
        assert_ne!(theme, german, "the locale is part of the fingerprint");
    }
}
