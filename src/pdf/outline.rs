//! Turns laid-out pages into PDF bytes: builds the printpdf document with the
//! fonts and metadata, then post-processes it with lopdf to add the nested
//! outline, the catalog settings and a reproducible file identifier.

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Mm, OffsetDateTime, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions,
};

use super::ctx::OutlineEntry;
use super::fonts::FontSet;
use super::layout::Laid;
use super::style::PAGE_H;
use super::{PackDoc, PdfError};

/// Builds the PDF for `laid` and returns its bytes.
pub(crate) fn assemble(fonts: &FontSet, doc: &PackDoc, laid: Laid) -> Result<Vec<u8>, PdfError> {
    let mut pdf = PdfDocument::new(&doc.meta.title);
    for face in [&fonts.regular, &fonts.bold] {
        pdf.resources
            .fonts
            .map
            .insert(face.id.clone(), PdfFont::new(face.parsed.clone()));
    }
    let date = OffsetDateTime::from_unix_timestamp(doc.meta.created_unix)
        .map_err(|e| PdfError::Invalid(format!("created_unix: {e}")))?;
    let info = &mut pdf.metadata.info;
    info.author = doc.meta.author.clone();
    info.subject = doc.meta.subject.clone();
    info.keywords = doc.meta.keywords.clone();
    info.creator = "partnerbook".to_string();
    info.producer = "partnerbook".to_string();
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    let pages = laid
        .pages
        .into_iter()
        .map(|p| PdfPage::new(Mm(210.0), Mm(297.0), p.finish()))
        .collect();
    pdf.with_pages(pages);
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Write(w.msg.clone()));
    }
    lo.version = "1.7".to_string();
    add_outline(&mut lo, &laid.outline)?;
    indirect_annotations(&mut lo)?;
    tidy_info(&mut lo)?;
    set_id(&mut lo, doc);
    compress(&mut lo);
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(out)
}

/// Compresses every stream, spread over the available cores.
fn compress(lo: &mut lopdf::Document) {
    use rayon::prelude::*;
    let mut streams: Vec<&mut lopdf::Stream> = lo
        .objects
        .values_mut()
        .filter_map(|o| match o {
            Object::Stream(s) if s.allows_compression => Some(s),
            _ => None,
        })
        .collect();
    streams.par_iter_mut().for_each(|s| {
        // A stream that does not shrink is kept as it is.
        let _ = s.compress();
    });
}

/// A PDF text string in UTF-16BE with a byte-order mark.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Parent of every entry (`None` = top level): an entry nests under the
/// nearest earlier entry of a lower level.
fn parents(entries: &[OutlineEntry]) -> Vec<Option<usize>> {
    let mut stack: Vec<usize> = Vec::new();
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            while stack.last().is_some_and(|&s| entries[s].level >= e.level) {
                stack.pop();
            }
            let parent = stack.last().copied();
            stack.push(i);
            parent
        })
        .collect()
}

/// Level-1 entries open showing their children; deeper ones start closed.
fn is_open(e: &OutlineEntry) -> bool {
    e.level <= 1
}

fn add_outline(lo: &mut lopdf::Document, entries: &[OutlineEntry]) -> Result<(), PdfError> {
    let catalog_id = lo.trailer.get(b"Root")?.as_reference()?;
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    if entries.is_empty() {
        let catalog = lo.get_dictionary_mut(catalog_id)?;
        catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));
        catalog.set("ViewerPreferences", Object::Dictionary(prefs));
        return Ok(());
    }
    let page_ids: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let parent = parents(entries);
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); entries.len()];
    let mut top = Vec::new();
    for (i, p) in parent.iter().enumerate() {
        match p {
            Some(p) => children[*p].push(i),
            None => top.push(i),
        }
    }
    // Visible descendants when the entry is open (children come after parents).
    let mut count = vec![0i64; entries.len()];
    for i in (0..entries.len()).rev() {
        count[i] = children[i]
            .iter()
            .map(|&c| 1 + if is_open(&entries[c]) { count[c] } else { 0 })
            .sum();
    }
    let root_id = lo.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| lo.new_object_id()).collect();
    let link = |list: &[usize], k: usize, d: &mut Dictionary| {
        if k > 0 {
            d.set("Prev", Object::Reference(ids[list[k - 1]]));
        }
        if let Some(&n) = list.get(k + 1) {
            d.set("Next", Object::Reference(ids[n]));
        }
    };
    let mut dicts: Vec<Dictionary> = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let page = page_ids
            .get(e.page)
            .copied()
            .ok_or_else(|| PdfError::Write(format!("outline entry on missing page {}", e.page)))?;
        let mut d = Dictionary::new();
        d.set("Title", text_string(&e.title));
        d.set(
            "Parent",
            Object::Reference(parent[i].map_or(root_id, |p| ids[p])),
        );
        d.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(page),
                Object::Name(b"XYZ".to_vec()),
                Object::Integer(0),
                Object::Real((PAGE_H - e.y).round()),
                Object::Null,
            ]),
        );
        if let (Some(first), Some(last)) = (children[i].first(), children[i].last()) {
            d.set("First", Object::Reference(ids[*first]));
            d.set("Last", Object::Reference(ids[*last]));
            let c = if is_open(e) { count[i] } else { -count[i] };
            d.set("Count", Object::Integer(c));
        }
        dicts.push(d);
    }
    for list in children.iter().chain(std::iter::once(&top)) {
        for (k, &i) in list.iter().enumerate() {
            link(list, k, &mut dicts[i]);
        }
    }
    for (id, d) in ids.iter().zip(dicts) {
        lo.objects.insert(*id, Object::Dictionary(d));
    }
    let visible: i64 = top
        .iter()
        .map(|&t| 1 + if is_open(&entries[t]) { count[t] } else { 0 })
        .sum();
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"Outlines".to_vec()));
    if let (Some(first), Some(last)) = (top.first(), top.last()) {
        root.set("First", Object::Reference(ids[*first]));
        root.set("Last", Object::Reference(ids[*last]));
    }
    root.set("Count", Object::Integer(visible));
    lo.objects.insert(root_id, Object::Dictionary(root));
    let catalog = lo.get_dictionary_mut(catalog_id)?;
    catalog.set("Outlines", Object::Reference(root_id));
    catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    Ok(())
}

/// Moves link annotations out of the pages' /Annots arrays into objects of
/// their own (the form readers expect) and drops empty arrays.
fn indirect_annotations(lo: &mut lopdf::Document) -> Result<(), PdfError> {
    for page_id in lo.get_pages().into_values() {
        let annots = match lo.get_dictionary_mut(page_id)?.remove(b"Annots") {
            Some(Object::Array(a)) => a,
            _ => continue,
        };
        if annots.is_empty() {
            continue;
        }
        let mut refs = Vec::with_capacity(annots.len());
        for annot in annots {
            match annot {
                Object::Dictionary(mut d) => {
                    d.set("P", Object::Reference(page_id));
                    refs.push(Object::Reference(lo.add_object(d)));
                }
                other => refs.push(other),
            }
        }
        lo.get_dictionary_mut(page_id)?
            .set("Annots", Object::Array(refs));
    }
    Ok(())
}

/// Drops information-dictionary entries that only make sense for PDF/X.
fn tidy_info(lo: &mut lopdf::Document) -> Result<(), PdfError> {
    let info_id = lo.trailer.get(b"Info")?.as_reference()?;
    let info = lo.get_dictionary_mut(info_id)?;
    info.remove(b"GTS_PDFXVersion");
    info.remove(b"Identifier");
    Ok(())
}

/// A 64-bit FNV-style hash taking eight bytes per step.
fn fnv(seed: u64, parts: &[&[u8]]) -> u64 {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut h = seed;
    for part in parts {
        let mut chunks = part.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            h = (h ^ u64::from_le_bytes(word)).wrapping_mul(PRIME);
            h ^= h >> 29;
        }
        for b in chunks.remainder() {
            h = (h ^ u64::from(*b)).wrapping_mul(PRIME);
        }
        h = (h ^ part.len() as u64).wrapping_mul(PRIME);
    }
    h
}

/// Sets the file identifier from the metadata and every stream's content, so
/// the same document gets the same identifier.
fn set_id(lo: &mut lopdf::Document, doc: &PackDoc) {
    let created = doc.meta.created_unix.to_be_bytes();
    let mut parts: Vec<&[u8]> = vec![
        doc.meta.title.as_bytes(),
        doc.meta.author.as_bytes(),
        doc.meta.subject.as_bytes(),
        &created,
    ];
    parts.extend(lo.objects.values().filter_map(|o| match o {
        Object::Stream(s) => Some(s.content.as_slice()),
        _ => None,
    }));
    let a = fnv(0xcbf2_9ce4_8422_2325, &parts);
    let b = fnv(0x6c62_272e_07bb_0142, &parts);
    let mut id = a.to_be_bytes().to_vec();
    id.extend_from_slice(&b.to_be_bytes());
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );
}
