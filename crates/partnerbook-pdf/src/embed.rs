//! Embedding: the glyphs pages use are numbered per face as they are drawn, and
//! each face used is written once as a subset (Typst's `subsetter`) in a Type 0 font
//! with Identity-H encoding, its widths and a ToUnicode map, so that text extracts
//! and copies as the characters it was set from.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use rustybuzz::ttf_parser;

use super::face::Face;
use super::fallback::FaceId;
use super::fonts::FontSet;
use super::PdfError;

/// The glyphs drawn so far, per face, with the text each stands for.
#[derive(Default)]
pub(crate) struct Used {
    faces: BTreeMap<FaceId, UsedFace>,
}

#[derive(Default)]
struct UsedFace {
    remap: subsetter::GlyphRemapper,
    unicode: BTreeMap<u16, String>,
}

impl Used {
    /// The code of glyph `gid` of `face` in the content stream (its id in the
    /// subset), recording `text` as what it stands for.
    pub(crate) fn code(&mut self, face: FaceId, gid: u16, text: &str) -> u16 {
        let used = self.faces.entry(face).or_default();
        let code = used.remap.remap(gid);
        if !text.is_empty() {
            used.unicode.entry(code).or_insert_with(|| text.to_string());
        }
        code
    }
}

/// The resource name of face `face` in every page's font dictionary.
pub(crate) fn resource_name(face: FaceId) -> String {
    format!("PBF{face}")
}

/// Writes every used face into `lo` and adds them to each page's resources.
pub(crate) fn write(
    lo: &mut lopdf::Document,
    fonts: &FontSet,
    used: &Used,
) -> Result<(), PdfError> {
    let mut resources = Dictionary::new();
    for (id, u) in &used.faces {
        let face = fonts.faces().get(*id);
        let font = write_face(lo, &face, u)?;
        resources.set(resource_name(*id), Object::Reference(font));
    }
    add_to_pages(lo, &resources)
}

fn scale(face: &Face, v: impl Into<f32>) -> i64 {
    (v.into() * 1000.0 / face.upem).round() as i64
}

fn write_face(
    lo: &mut lopdf::Document,
    face: &Face,
    used: &UsedFace,
) -> Result<ObjectId, PdfError> {
    let subset = subsetter::subset(face.bytes(), face.index, &used.remap)
        .map_err(|e| PdfError::Write(format!("cannot subset {}: {e}", face.ps_name)))?;
    let name = format!("{}+{}", tag(face, &used.remap), face.ps_name);
    let program = if face.cff {
        let cff = ttf_parser::RawFace::parse(&subset, 0)
            .ok()
            .and_then(|f| f.table(ttf_parser::Tag::from_bytes(b"CFF ")))
            .ok_or_else(|| {
                PdfError::Write(format!("no CFF table in the subset of {}", face.ps_name))
            })?
            .to_vec();
        let mut d = Dictionary::new();
        d.set("Subtype", Object::Name(b"CIDFontType0C".to_vec()));
        Stream::new(d, cff)
    } else {
        let mut d = Dictionary::new();
        d.set("Length1", Object::Integer(subset.len() as i64));
        Stream::new(d, subset)
    };
    let program = lo.add_object(program);
    let m = face.metrics;
    let mut fd = Dictionary::new();
    fd.set("Type", Object::Name(b"FontDescriptor".to_vec()));
    fd.set("FontName", Object::Name(name.clone().into_bytes()));
    fd.set("Flags", Object::Integer(4));
    fd.set(
        "FontBBox",
        Object::Array(
            m.bbox
                .iter()
                .map(|v| Object::Integer(scale(face, *v)))
                .collect(),
        ),
    );
    fd.set("ItalicAngle", Object::Real(m.italic_angle));
    fd.set("Ascent", Object::Integer(scale(face, m.ascent)));
    fd.set("Descent", Object::Integer(scale(face, m.descent)));
    fd.set("CapHeight", Object::Integer(scale(face, m.cap_height)));
    fd.set("StemV", Object::Integer(if m.bold { 140 } else { 80 }));
    let file_key = if face.cff { "FontFile3" } else { "FontFile2" };
    fd.set(file_key, Object::Reference(program));
    let fd = lo.add_object(fd);

    let widths: Vec<Object> = used
        .remap
        .remapped_gids()
        .map(|old| Object::Integer(scale(face, face.advance(old))))
        .collect();
    let mut cid = Dictionary::new();
    cid.set("Type", Object::Name(b"Font".to_vec()));
    let subtype: &[u8] = if face.cff {
        b"CIDFontType0"
    } else {
        b"CIDFontType2"
    };
    cid.set("Subtype", Object::Name(subtype.to_vec()));
    cid.set("BaseFont", Object::Name(name.clone().into_bytes()));
    let mut info = Dictionary::new();
    info.set(
        "Registry",
        Object::String(b"Adobe".to_vec(), StringFormat::Literal),
    );
    info.set(
        "Ordering",
        Object::String(b"Identity".to_vec(), StringFormat::Literal),
    );
    info.set("Supplement", Object::Integer(0));
    cid.set("CIDSystemInfo", Object::Dictionary(info));
    cid.set("FontDescriptor", Object::Reference(fd));
    cid.set("DW", Object::Integer(0));
    cid.set(
        "W",
        Object::Array(vec![Object::Integer(0), Object::Array(widths)]),
    );
    if !face.cff {
        cid.set("CIDToGIDMap", Object::Name(b"Identity".to_vec()));
    }
    let cid = lo.add_object(cid);

    let to_unicode = lo.add_object(Stream::new(
        Dictionary::new(),
        cmap(&used.unicode).into_bytes(),
    ));
    let mut font = Dictionary::new();
    font.set("Type", Object::Name(b"Font".to_vec()));
    font.set("Subtype", Object::Name(b"Type0".to_vec()));
    font.set("BaseFont", Object::Name(name.into_bytes()));
    font.set("Encoding", Object::Name(b"Identity-H".to_vec()));
    font.set(
        "DescendantFonts",
        Object::Array(vec![Object::Reference(cid)]),
    );
    font.set("ToUnicode", Object::Reference(to_unicode));
    Ok(lo.add_object(font))
}

/// The subset's six-letter tag, from the face and the glyphs it keeps (the same
/// subset always gets the same tag).
fn tag(face: &Face, remap: &subsetter::GlyphRemapper) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    face.ps_name.bytes().for_each(&mut eat);
    for g in remap.remapped_gids() {
        g.to_be_bytes().into_iter().for_each(&mut eat);
    }
    (0..6)
        .map(|i| char::from(b'A' + ((h >> (i * 5)) % 26) as u8))
        .collect()
}

/// A ToUnicode CMap from subset glyph codes to the text they stand for.
fn cmap(unicode: &BTreeMap<u16, String>) -> String {
    let mut s = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<_> = unicode.iter().collect();
    for chunk in entries.chunks(100) {
        let _ = writeln!(s, "{} beginbfchar", chunk.len());
        for (code, text) in chunk {
            let _ = write!(s, "<{code:04X}> <");
            for unit in text.encode_utf16() {
                let _ = write!(s, "{unit:04X}");
            }
            s.push_str(">\n");
        }
        s.push_str("endbfchar\n");
    }
    s.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    s
}

/// Adds `fonts` to the font dictionary of every page.
fn add_to_pages(lo: &mut lopdf::Document, fonts: &Dictionary) -> Result<(), PdfError> {
    if fonts.is_empty() {
        return Ok(());
    }
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    for page in pages {
        let resources = lo.get_object(page)?.as_dict()?.get(b"Resources").cloned();
        let mut res = match resources {
            Ok(Object::Reference(r)) => lo.get_object(r)?.as_dict()?.clone(),
            Ok(Object::Dictionary(d)) => d,
            _ => Dictionary::new(),
        };
        let mut font = match res.get(b"Font").cloned() {
            Ok(Object::Reference(r)) => lo.get_object(r)?.as_dict()?.clone(),
            Ok(Object::Dictionary(d)) => d,
            _ => Dictionary::new(),
        };
        for (k, v) in fonts.iter() {
            font.set(k.clone(), v.clone());
        }
        res.set("Font", Object::Dictionary(font));
        lo.get_object_mut(page)?
            .as_dict_mut()?
            .set("Resources", Object::Dictionary(res));
    }
    Ok(())
}
