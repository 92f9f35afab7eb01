//! Shaping: a line of text becomes runs of positioned glyphs. Right-to-left text is
//! put in visual order (the Unicode bidi algorithm), each run is split where the face
//! changes (font fallback), and each piece is shaped with rustybuzz, which applies
//! kerning, ligatures and the joining and reordering of complex scripts.

use std::str::FromStr;

use unicode_bidi::BidiInfo;

use super::fallback::{FaceId, Faces};
use super::fonts::Weight;

/// One shaped glyph.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Glyph {
    /// Glyph id in its face.
    pub id: u16,
    /// Advance after shaping (kerning included), in font units.
    pub advance: i32,
    /// Horizontal and vertical offset from the pen position, in font units.
    pub dx: i32,
    pub dy: i32,
    /// The text the glyph stands for (several characters for a ligature, empty for
    /// the second and later glyphs of a character drawn with several).
    pub text: String,
}

/// Glyphs of one face and one direction, in visual order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    /// The face.
    pub face: FaceId,
    /// The run's text, where its glyphs alone would not extract as it (a left-to-right
    /// script whose characters are drawn with several glyphs or reordered, as in
    /// Devanagari): extraction takes this text instead. Right-to-left runs have none:
    /// readers put their glyphs, drawn in visual order, back in reading order.
    pub actual: Option<String>,
    /// The glyphs, left to right.
    pub glyphs: Vec<Glyph>,
    /// Width in em.
    pub em: f32,
}

/// A shaped line.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Shaped {
    /// The runs, left to right.
    pub runs: Vec<Run>,
    /// Width in em.
    pub em: f32,
}

/// OpenType features beyond the defaults (kerning, ligatures, contextual forms).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(crate) struct Features {
    /// Tabular (equal-width) figures, for number columns.
    pub tabular: bool,
}

/// Shapes one line of `text` (no line breaks) at `weight`.
pub(crate) fn shape(
    faces: &Faces,
    text: &str,
    weight: Weight,
    lang: &str,
    feat: Features,
) -> Shaped {
    let mut out = Shaped::default();
    if text.is_empty() {
        return out;
    }
    let language = rustybuzz::Language::from_str(lang).ok();
    let features = features(feat);
    for (range, rtl) in visual_runs(text) {
        let mut pieces = by_face(faces, &text[range], weight);
        if rtl {
            pieces.reverse();
        }
        for (face, piece) in pieces {
            let run = shape_piece(faces, face, piece, rtl, language.as_ref(), &features);
            out.em += run.em;
            out.runs.push(run);
        }
    }
    out
}

fn features(feat: Features) -> Vec<rustybuzz::Feature> {
    let mut list = Vec::new();
    if feat.tabular {
        list.push(rustybuzz::Feature::new(
            rustybuzz::ttf_parser::Tag::from_bytes(b"tnum"),
            1,
            ..,
        ));
    }
    list
}

/// Byte ranges of `text` in visual order, with whether each is right to left.
fn visual_runs(text: &str) -> Vec<(std::ops::Range<usize>, bool)> {
    let strong_rtl = text.chars().any(|c| {
        matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
    });
    if !strong_rtl {
        return vec![(0..text.len(), false)];
    }
    let info = BidiInfo::new(text, None);
    let mut runs = Vec::new();
    for para in &info.paragraphs {
        let (levels, visual) = info.visual_runs(para, para.range.clone());
        for range in visual {
            let rtl = levels[range.start].is_rtl();
            runs.push((range, rtl));
        }
    }
    runs
}

/// Splits `text` where the face that draws it changes. Spaces, marks and joiners stay
/// with the face of the character before them when it has them.
fn by_face<'t>(faces: &Faces, text: &'t str, weight: Weight) -> Vec<(FaceId, &'t str)> {
    let mut pieces: Vec<(FaceId, &str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<FaceId> = None;
    for (i, ch) in text.char_indices() {
        let keeps = current.is_some_and(|f| follows(ch) && faces.get(f).has(ch));
        if keeps {
            continue;
        }
        let face = faces
            .face_for(ch, weight)
            .or(current)
            .unwrap_or(if weight == Weight::Bold { 1 } else { 0 });
        if current != Some(face) {
            if let Some(cur) = current {
                pieces.push((cur, &text[start..i]));
            }
            start = i;
            current = Some(face);
        }
    }
    if let Some(cur) = current {
        pieces.push((cur, &text[start..]));
    }
    pieces
}

/// Characters that belong with the one before them: spaces, combining marks,
/// joiners and variation selectors.
fn follows(ch: char) -> bool {
    ch.is_whitespace()
        || matches!(ch as u32,
            0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A
            | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903
            | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963 | 0x0E31
            | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x200C..=0x200D | 0xFE00..=0xFE0F
            | 0x3099..=0x309A | 0xE0100..=0xE01EF)
}

fn shape_piece(
    faces: &Faces,
    id: FaceId,
    text: &str,
    rtl: bool,
    language: Option<&rustybuzz::Language>,
    features: &[rustybuzz::Feature],
) -> Run {
    let face = faces.get(id);
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    if let Some(l) = language {
        buffer.set_language(l.clone());
    }
    let shaped = rustybuzz::shape(face.shaping(), features, buffer);
    let infos = shaped.glyph_infos();
    let positions = shaped.glyph_positions();
    // where each cluster's text ends: the next larger cluster start
    let mut starts: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |c: usize| {
        starts
            .iter()
            .copied()
            .find(|s| *s > c)
            .unwrap_or(text.len())
    };
    let mut seen = std::collections::HashSet::new();
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut units = 0i64;
    // in logical order, the first glyph of a cluster carries its text
    let order: Vec<usize> = if rtl {
        (0..infos.len()).rev().collect()
    } else {
        (0..infos.len()).collect()
    };
    let mut texts = vec![String::new(); infos.len()];
    for i in order {
        let c = infos[i].cluster as usize;
        if seen.insert(c) {
            texts[i] = text.get(c..end_of(c)).unwrap_or("").to_string();
        }
    }
    for ((info, pos), text) in infos.iter().zip(positions).zip(texts) {
        units += i64::from(pos.x_advance);
        glyphs.push(Glyph {
            id: u16::try_from(info.glyph_id).unwrap_or(0),
            advance: pos.x_advance,
            dx: pos.x_offset,
            dy: pos.y_offset,
            text,
        });
    }
    // left to right, clusters must come in order with one glyph each
    let simple = rtl
        || (infos.windows(2).all(|w| w[0].cluster < w[1].cluster)
            && glyphs.iter().all(|g| !g.text.is_empty()));
    Run {
        face: id,
        actual: (!simple).then(|| text.to_string()),
        glyphs,
        em: units as f32 / face.upem,
    }
}
