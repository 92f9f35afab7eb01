//! One font face: its bytes (bundled, a plan's font file or a system font), parsed
//! once for shaping, with what the PDF's font descriptor needs (names and metrics).

use std::borrow::Cow;

use rustybuzz::ttf_parser::{self, name_id, Tag};

self_cell::self_cell!(
    /// The font bytes and the shaping face that borrows them.
    struct Parsed {
        owner: Cow<'static, [u8]>,
        #[covariant]
        dependent: Shaping,
    }
);

type Shaping<'a> = rustybuzz::Face<'a>;

/// A face ready to measure, shape and embed.
pub(crate) struct Face {
    parsed: Parsed,
    /// Index of the face in a collection (`.ttc`), 0 otherwise.
    pub(crate) index: u32,
    /// PostScript name, reduced to the characters a PDF name may hold.
    pub(crate) ps_name: String,
    /// The family name, for messages.
    pub(crate) family: String,
    /// Font units per em.
    pub(crate) upem: f32,
    /// Outlines in a CFF table (OpenType/CFF) rather than TrueType `glyf`.
    pub(crate) cff: bool,
    /// Ascent, descent, cap height and bounding box in font units.
    pub(crate) metrics: Metrics,
}

/// The font descriptor's figures, in font units.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Metrics {
    pub ascent: i16,
    pub descent: i16,
    pub cap_height: i16,
    pub bbox: [i16; 4],
    pub italic_angle: f32,
    pub bold: bool,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Face({})", self.ps_name)
    }
}

impl Face {
    /// Parses face `index` of `bytes`; `None` when the bytes are not a font.
    pub(crate) fn parse(bytes: Cow<'static, [u8]>, index: u32) -> Option<Face> {
        let parsed = Parsed::try_new(bytes, |data| {
            rustybuzz::Face::from_slice(data, index).ok_or(())
        })
        .ok()?;
        let face: &ttf_parser::Face = parsed.borrow_dependent();
        let name = |id: u16| {
            face.names()
                .into_iter()
                .filter(|n| n.name_id == id && n.is_unicode())
                .find_map(|n| n.to_string())
        };
        let family = name(name_id::TYPOGRAPHIC_FAMILY)
            .or_else(|| name(name_id::FAMILY))
            .unwrap_or_else(|| "font".to_string());
        let ps_name: String = name(name_id::POST_SCRIPT_NAME)
            .unwrap_or_else(|| family.clone())
            .chars()
            .filter(|c| c.is_ascii_graphic() && !"()<>[]{}/%#".contains(*c))
            .take(60)
            .collect();
        let bb = face.global_bounding_box();
        let metrics = Metrics {
            ascent: face.ascender(),
            descent: face.descender(),
            cap_height: face.capital_height().unwrap_or(face.ascender()),
            bbox: [bb.x_min, bb.y_min, bb.x_max, bb.y_max],
            italic_angle: face.italic_angle(),
            bold: face.is_bold(),
        };
        let upem = f32::from(face.units_per_em().max(1));
        let cff = face.raw_face().table(Tag::from_bytes(b"CFF ")).is_some();
        // bitmap-only faces (colour emoji) draw nothing in a PDF
        if !cff && face.raw_face().table(Tag::from_bytes(b"glyf")).is_none() {
            return None;
        }
        let ps_name = if ps_name.is_empty() {
            "Font".to_string()
        } else {
            ps_name
        };
        Some(Face {
            index,
            ps_name,
            family,
            upem,
            cff,
            metrics,
            parsed,
        })
    }

    /// The shaping face.
    pub(crate) fn shaping(&self) -> &rustybuzz::Face<'_> {
        self.parsed.borrow_dependent()
    }

    /// The font file's bytes.
    pub(crate) fn bytes(&self) -> &[u8] {
        self.parsed.borrow_owner()
    }

    /// Whether the face has a glyph for `ch`.
    pub(crate) fn has(&self, ch: char) -> bool {
        self.shaping().glyph_index(ch).is_some_and(|g| g.0 != 0)
    }

    /// Advance of glyph `gid` in font units, as the font's `hmtx` gives it (what a
    /// PDF reader uses when nothing adjusts it).
    pub(crate) fn advance(&self, gid: u16) -> u16 {
        self.shaping()
            .glyph_hor_advance(ttf_parser::GlyphId(gid))
            .unwrap_or(0)
    }
}
