//! The language of the site and the pack: message catalogs (Fluent) and the formats of
//! numbers, percentages, dates and amounts (CLDR, through ICU4X), both chosen by
//! `company.locale` (BCP 47, default `en-US`).
//!
//! The catalogs are part of the theme: `locales/<language>/*.ftl` (the default theme
//! has `en`, `de`, `fr`, `es` and `ja`); a theme overrides a catalog file by path, as
//! it overrides a template, or adds a language. A locale takes the catalog of its
//! full tag (`de-CH`), else of its language (`de`); a message its catalog lacks is taken
//! from English (a test makes sure the built-in catalogs lack none).
//!
//! Messages without arguments are resolved once per build ([`Catalog::statics`]):
//! templates read them from the global `msg` (`{{ msg.score_breakdown }}`), so a page pays
//! a map lookup per label, not a Fluent call. Messages with arguments (plurals,
//! sentences with figures) are formatted in Rust with [`Catalog::f`]. Diagnostics and
//! command-line messages stay in English, as rustc's do.

pub mod formats;

pub use fluent_bundle::FluentArgs;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use std::borrow::Cow;
use std::collections::HashMap;

pub use formats::Formats;

/// The language messages fall back to, and the locale of a plan that names none.
pub const DEFAULT_LOCALE: &str = "en-US";
const FALLBACK: &str = "en";

/// One catalog file: its path in the theme (`locales/de/site.ftl`), where a reader
/// finds it, and its text.
#[derive(Debug, Clone)]
pub struct CatalogFile {
    pub rel: String,
    pub shown: String,
    pub text: String,
}

/// Why the catalogs cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct CatalogError(pub String);

type Bundle = FluentBundle<FluentResource>;

/// The messages of one locale, with English behind them.
pub struct Catalog {
    /// The locale as written in the plan (`de-DE`).
    tag: String,
    /// The catalog language used (`de`; `en` when the locale has none).
    lang: String,
    bundle: Bundle,
    fallback: Option<Bundle>,
    /// Every message without arguments, resolved.
    statics: HashMap<String, String>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("tag", &self.tag)
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// The catalog directory names a locale may use, most specific first: `de-CH`, `de`.
fn candidates(tag: &str) -> Vec<String> {
    let mut out = vec![tag.to_string()];
    if let Some((lang, _)) = tag.split_once('-') {
        out.push(lang.to_string());
    }
    out
}

/// The language directory of a catalog file (`locales/de/site.ftl` → `de`).
pub(crate) fn lang_of(rel: &str) -> Option<&str> {
    let rest = rel.strip_prefix("locales/")?;
    let (lang, file) = rest.split_once('/')?;
    file.ends_with(".ftl").then_some(lang)
}

/// The languages `files` hold catalogs for, sorted.
pub fn languages(files: &[CatalogFile]) -> Vec<String> {
    let mut out: Vec<String> = files
        .iter()
        .filter_map(|f| lang_of(&f.rel).map(str::to_string))
        .collect();
    out.sort();
    out.dedup();
    out
}

impl Catalog {
    /// The catalog for `tag` (`de-DE`) from the theme's catalog files.
    pub fn load(tag: &str, files: &[CatalogFile]) -> Result<Catalog, CatalogError> {
        let have = languages(files);
        let lang = candidates(tag)
            .into_iter()
            .find(|c| have.contains(c))
            .unwrap_or_else(|| FALLBACK.to_string());
        let own = bundle(&lang, tag, files)?;
        let fallback = if lang == FALLBACK {
            None
        } else {
            Some(bundle(FALLBACK, DEFAULT_LOCALE, files)?)
        };
        let mut catalog = Catalog {
            tag: tag.to_string(),
            lang,
            bundle: own,
            fallback,
            statics: HashMap::new(),
        };
        catalog.statics = catalog.resolve_statics(files);
        Ok(catalog)
    }

    /// The locale as written (`de-DE`), for `<html lang>` and the PDF's `/Lang`.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The catalog language used (`de`, or `en` when the locale has no catalog).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether the locale's language has a catalog of its own.
    pub fn is_native(&self) -> bool {
        candidates(&self.tag).contains(&self.lang)
    }

    /// Every message without arguments, by id: what templates read as `t`.
    pub fn statics(&self) -> &HashMap<String, String> {
        &self.statics
    }

    /// A message without arguments (`t("score_breakdown")`); the id itself when no
    /// catalog has it (a test keeps that from reaching a reader).
    pub fn t<'s>(&'s self, id: &'s str) -> Cow<'s, str> {
        match self.statics.get(id) {
            Some(s) => Cow::Borrowed(s.as_str()),
            None => Cow::Owned(self.f(id, &FluentArgs::new())),
        }
    }

    /// Whether the catalog (or English behind it) has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.fallback.as_ref().is_some_and(|b| b.has_message(id))
    }

    /// A message with arguments, formatted (plurals and grammar by the catalog).
    pub fn f(&self, id: &str, args: &FluentArgs) -> String {
        let from = |b: &Bundle| -> Option<String> {
            let pattern = b.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let s = b.format_pattern(pattern, Some(args), &mut errors);
            Some(s.into_owned())
        };
        from(&self.bundle)
            .or_else(|| self.fallback.as_ref().and_then(from))
            .unwrap_or_else(|| id.to_string())
    }

    /// Resolves every message that needs no argument, in the catalog language or else
    /// in English.
    fn resolve_statics(&self, files: &[CatalogFile]) -> HashMap<String, String> {
        let mut out = HashMap::new();
        // the ids of the two catalogs in use (English has every id; the language's own
        // may add some a theme wrote), not of every language the theme has
        let used: Vec<CatalogFile> = files
            .iter()
            .filter(|f| lang_of(&f.rel).is_some_and(|l| l == self.lang || l == FALLBACK))
            .cloned()
            .collect();
        for id in message_ids(&used) {
            for b in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
                let Some(pattern) = b.get_message(&id).and_then(|m| m.value()) else {
                    continue;
                };
                let mut errors = Vec::new();
                let s = b.format_pattern(pattern, None, &mut errors);
                if errors.is_empty() {
                    out.insert(id.clone(), s.into_owned());
                }
                break;
            }
        }
        out
    }
}

/// Every message id of every catalog file.
pub(crate) fn message_ids(files: &[CatalogFile]) -> Vec<String> {
    let mut ids: Vec<String> = files
        .iter()
        .filter_map(|f| FluentResource::try_new(f.text.clone()).ok())
        .flat_map(|r| {
            r.entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The bundle of one language directory, its files in path order.
fn bundle(lang: &str, tag: &str, files: &[CatalogFile]) -> Result<Bundle, CatalogError> {
    let id: unic_langid::LanguageIdentifier = tag
        .parse()
        .or_else(|_| lang.parse())
        .map_err(|_| CatalogError(format!("`{tag}` is not a language tag")))?;
    let mut b = Bundle::new_concurrent(vec![id]);
    // The page and the PDF need the text itself: no bidi isolation marks around
    // placeables (the typesetter orders right-to-left runs).
    b.set_use_isolating(false);
    for f in files.iter().filter(|f| lang_of(&f.rel) == Some(lang)) {
        let res = FluentResource::try_new(f.text.clone()).map_err(|(_, errs)| {
            let first = errs.first().map(|e| {
                let line = f.text[..e.pos.start.min(f.text.len())]
                    .matches('\n')
                    .count()
                    + 1;
                format!("{}:{line}: {}", f.shown, e.kind)
            });
            CatalogError(format!(
                "the catalog `{}` does not parse: {}",
                f.shown,
                first.unwrap_or_default()
            ))
        })?;
        if let Err(errs) = b.add_resource(res) {
            let names: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
            return Err(CatalogError(format!(
                "the catalog `{}` repeats a message of its language: {}",
                f.shown,
                names.join("; ")
            )));
        }
    }
    Ok(b)
}

/// The language of one build's outputs: the messages and the formats of the plan's
/// locale, shared by the site and the pack.
#[derive(Debug)]
pub struct Lang {
    pub catalog: std::sync::Arc<Catalog>,
    pub fmt: Formats,
}

impl Lang {
    /// The language of a catalog's locale (formats of `en-US` when ICU4X has no data
    /// for it).
    pub fn new(catalog: std::sync::Arc<Catalog>) -> Result<Lang, formats::BadLocale> {
        let fmt = Formats::of(catalog.tag()).or_else(|_| Formats::of(DEFAULT_LOCALE))?;
        Ok(Lang { catalog, fmt })
    }

    /// The language of `locale` from the catalogs `files`, for a renderer.
    pub fn load(locale: &str, files: &[CatalogFile]) -> Result<Lang, CatalogError> {
        let catalog = std::sync::Arc::new(Catalog::load(locale, files)?);
        Lang::new(catalog).map_err(|e| CatalogError(e.to_string()))
    }

    /// A message without arguments.
    pub fn t<'s>(&'s self, id: &'s str) -> Cow<'s, str> {
        self.catalog.t(id)
    }

    /// A message with arguments: `lang.f("partners_count", &args(&[("n", 3.into())]))`.
    pub fn f(&self, id: &str, args: &FluentArgs) -> String {
        self.catalog.f(id, args)
    }

    /// The word of a closed vocabulary in this language: `word("category",
    /// "regional-si")` is the message `category_regional_si`.
    pub fn word(&self, kind: &str, word: &str) -> String {
        self.catalog.t(&word_id(kind, word)).into_owned()
    }
}

/// The message id of a vocabulary word: `category_regional_si`.
pub fn word_id(kind: &str, word: &str) -> String {
    let mut id = String::with_capacity(kind.len() + word.len() + 1);
    for part in [kind, "_", word] {
        if part.is_ascii() {
            // most words: one byte at a time, no case tables
            id.extend(part.bytes().map(|b| match b {
                b'-' | b' ' | b'.' => '_',
                b => char::from(b.to_ascii_lowercase()),
            }));
            continue;
        }
        for c in part.chars() {
            match c {
                '-' | ' ' | '.' => id.push('_'),
                c => id.extend(c.to_lowercase()),
            }
        }
    }
    id
}

/// Arguments for [`Catalog::f`]: `args(&[("n", 3.into()), ("name", "Acme".into())])`.
pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(*k, v.clone());
    }
    a
}

#[cfg(test)]
mod tests;
