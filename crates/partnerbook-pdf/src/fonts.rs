//! The faces the pack draws with, behind one measuring and shaping interface:
//! widths come from shaped text (kerning included) and are cached per string, so
//! line breaking measures exactly what the page will show.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, PoisonError};

use super::fallback::{Faces, FontOptions};
use super::shape::{self, Features, Shaped};
use super::PdfError;

/// Stands in, during layout, for a character no face draws (such a document is
/// refused before anything is written).
pub(crate) const REPLACEMENT: char = '?';

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Weight {
    /// Noto Sans Regular (and the fallback faces' regular).
    Regular,
    /// Noto Sans Bold (and the fallback faces' bold, or regular where none).
    Bold,
}

/// The set at one weight, for measuring words while breaking lines.
pub(crate) struct Face<'f> {
    set: &'f FontSet,
    weight: Weight,
}

impl Face<'_> {
    /// Width of `text` at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        self.set.width(text, self.weight, size)
    }
}

/// Cached widths in em, per weight and features, then text.
type WidthCache = HashMap<(Weight, Features), HashMap<Box<str>, f32>>;

/// The faces used by the board pack, parsed once and reusable across renders.
pub struct FontSet {
    faces: Faces,
    lang: String,
    widths: Mutex<WidthCache>,
}

impl std::fmt::Debug for FontSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<String> = self.faces.all().iter().map(|f| f.family.clone()).collect();
        write!(f, "FontSet({})", names.join(", "))
    }
}

impl FontSet {
    /// Noto Sans Regular and Bold from the bundled font files, with the system's
    /// fonts as fallback, for English.
    pub fn load() -> Result<FontSet, PdfError> {
        FontSet::with_options(&FontOptions::default())
    }

    /// The bundled faces, then the files and families of `opts`, then (when
    /// `opts.system`) the system's fonts.
    pub fn with_options(opts: &FontOptions) -> Result<FontSet, PdfError> {
        Ok(FontSet {
            faces: Faces::new(opts)?,
            lang: opts.lang.clone(),
            widths: Mutex::new(HashMap::new()),
        })
    }

    /// The set at `weight`, for measuring.
    pub(crate) fn face(&self, weight: Weight) -> Face<'_> {
        Face { set: self, weight }
    }

    /// The faces.
    pub(crate) fn faces(&self) -> &Faces {
        &self.faces
    }

    /// Whether some available face draws `ch`.
    pub fn covers(&self, ch: char) -> bool {
        self.faces.face_for(ch, Weight::Regular).is_some()
    }

    /// `text` shaped at `weight`.
    pub(crate) fn shape(&self, text: &str, weight: Weight, feat: Features) -> Shaped {
        shape::shape(&self.faces, text, weight, &self.lang, feat)
    }

    /// Width of `text` set in `weight` at `size` points.
    pub(crate) fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        self.width_with(text, weight, Features::default(), size)
    }

    /// Width of `text` with `feat` (tabular figures) at `size` points.
    pub(crate) fn width_with(&self, text: &str, weight: Weight, feat: Features, size: f32) -> f32 {
        if text.is_empty() {
            return 0.0;
        }
        let cached = self
            .widths
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&(weight, feat))
            .and_then(|m| m.get(text))
            .copied();
        let em = match cached {
            Some(em) => em,
            None => {
                let em = self.shape(text, weight, feat).em;
                self.widths
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .entry((weight, feat))
                    .or_default()
                    .insert(text.into(), em);
                em
            }
        };
        em * size
    }

    /// `text` with tabs turned into spaces, other control characters (except
    /// newlines) dropped and characters the font lacks replaced by
    /// [`REPLACEMENT`]; the lacking characters are added to `missing`.
    pub(crate) fn clean<'t>(&self, text: &'t str, missing: &mut BTreeSet<char>) -> Cow<'t, str> {
        let ok = |c: char| c == '\n' || (!c.is_control() && self.covers(c));
        if text.chars().all(ok) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c == '\t' {
                out.push(' ');
            } else if c == '\n' || c == ' ' {
                out.push(c);
            } else if c.is_control() {
                continue;
            } else if self.covers(c) {
                out.push(c);
            } else {
                missing.insert(c);
                out.push(REPLACEMENT);
            }
        }
        Cow::Owned(out)
    }

    /// `text` shortened with an ellipsis to fit `max_w`.
    pub(crate) fn fit(&self, text: &str, weight: Weight, size: f32, max_w: f32) -> String {
        let face = self.face(weight);
        if face.width(text, size) <= max_w {
            return text.to_string();
        }
        let ell = face.width("…", size);
        let mut out = String::new();
        let mut w = 0.0;
        for c in text.chars() {
            let cw = face.width(c.encode_utf8(&mut [0; 4]), size);
            if w + cw + ell > max_w {
                break;
            }
            out.push(c);
            w += cw;
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('…');
        out
    }
}
