//! The embedded Noto Sans faces: parsing once, glyph-advance tables for cheap
//! measuring, coverage checks for characters the font lacks, and line wrapping.

use std::borrow::Cow;
use std::collections::BTreeSet;

use printpdf::{FontId, ParsedFont};

use super::PdfError;

/// Code points below this are measured through a precomputed table.
const TABLE_LEN: usize = 0x2600;
/// Marks a code point the face has no glyph for.
const NO_GLYPH: u16 = u16::MAX;
/// Drawn instead of a character the font lacks.
pub(crate) const REPLACEMENT: char = '?';

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    /// Noto Sans Regular.
    Regular,
    /// Noto Sans Bold.
    Bold,
}

/// One parsed face with its advance table.
pub(crate) struct Face {
    /// The parsed font handed to the PDF writer.
    pub(crate) parsed: ParsedFont,
    /// Resource name in the PDF (fixed, so output is reproducible).
    pub(crate) id: FontId,
    advances: Vec<u16>,
    per_unit: f32,
}

impl Face {
    fn load(bytes: &[u8], id: &str, name: &'static str) -> Result<Face, PdfError> {
        let mut warnings = Vec::new();
        let mut parsed =
            ParsedFont::from_bytes(bytes, 0, &mut warnings).ok_or(PdfError::Font(name))?;
        if parsed.font_name.is_none() {
            parsed.font_name = Some(name.to_string());
        }
        let upem = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let advances = (0..TABLE_LEN as u32)
            .map(|cp| match char::from_u32(cp) {
                Some(ch) => advance_of(&parsed, ch).unwrap_or(NO_GLYPH),
                None => NO_GLYPH,
            })
            .collect();
        Ok(Face {
            parsed,
            id: FontId(id.to_string()),
            advances,
            per_unit: 1.0 / upem,
        })
    }

    /// Advance of `ch` in font units, `None` when the face has no glyph.
    fn advance(&self, ch: char) -> Option<u16> {
        let cp = ch as usize;
        if cp < TABLE_LEN {
            let a = self.advances[cp];
            (a != NO_GLYPH).then_some(a)
        } else {
            advance_of(&self.parsed, ch)
        }
    }

    fn has(&self, ch: char) -> bool {
        self.advance(ch).is_some()
    }

    /// Width of `text` at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        let fallback = self.advance(REPLACEMENT).unwrap_or(0);
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.advance(c).unwrap_or(fallback)))
            .sum();
        units as f32 * self.per_unit * size
    }
}

fn advance_of(font: &ParsedFont, ch: char) -> Option<u16> {
    let gid = font.lookup_glyph_index(ch as u32)?;
    if gid == 0 {
        return None;
    }
    Some(font.get_horizontal_advance(gid))
}

/// The faces used by the board pack, parsed once and reusable across renders.
pub struct FontSet {
    pub(crate) regular: Face,
    pub(crate) bold: Face,
}

impl std::fmt::Debug for FontSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FontSet(Noto Sans Regular, Noto Sans Bold)")
    }
}

impl FontSet {
    /// Parses Noto Sans Regular and Bold from the bundled font files.
    pub fn load() -> Result<FontSet, PdfError> {
        Ok(FontSet {
            regular: Face::load(notosans::REGULAR_TTF, "PBNSRG", "NotoSans-Regular")?,
            bold: Face::load(notosans::BOLD_TTF, "PBNSBD", "NotoSans-Bold")?,
        })
    }

    /// The face of `weight`.
    pub(crate) fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Whether both faces can draw `ch`.
    pub fn covers(&self, ch: char) -> bool {
        self.regular.has(ch) && self.bold.has(ch)
    }

    /// Width of `text` set in `weight` at `size` points.
    pub(crate) fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        self.face(weight).width(text, size)
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
