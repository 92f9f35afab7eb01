//! Turns laid-out pages into PDF bytes: builds the printpdf document with the
//! fonts and metadata, then post-processes it with lopdf to add the nested
//! outline, the catalog settings and a reproducible file identifier; `tagged.rs`
//! adds the structure tree.

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{Mm, OffsetDateTime, PdfDocument, PdfPage, PdfParseErrorSeverity, PdfSaveOptions};

use super::ctx::OutlineEntry;
use super::embed::{self, Used};
use super::fonts::FontSet;
use super::layout::Laid;
use super::style::PAGE_H;
use super::{PackDoc, PdfError};

/// Builds the PDF for `laid` and returns its bytes.
pub(crate) fn assemble(fonts: &FontSet, doc: &PackDoc, laid: Laid) -> Result<Vec<u8>, PdfError> {
    let mut pdf = PdfDocument::new(&doc.meta.title);
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
    let mut used = Used::default();
    let mut tags = Vec::with_capacity(laid.pages.len());
    let pages = laid
        .pages
        .into_iter()
        .map(|mut p| {
            tags.push(p.take_tags());
            PdfPage::new(Mm(210.0), Mm(297.0), p.finish(fonts, &mut used))
        })
        .collect();
    pdf.with_pages(pages);
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        // pages carry our own text operators (shaped glyphs, `Tf`/`TJ`)
        secure: false,
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
    embed::write(&mut lo, fonts, &used)?;
    add_outline(&mut lo, &laid.outline)?;
    indirect_annotations(&mut lo)?;
    tidy_info(&mut lo)?;
    set_lang(&mut lo, &doc.lang)?;
    super::tagged::tag(&mut lo, &laid.tree, &tags, doc)?;
    set_id(&mut lo, doc);
    compress(&mut lo);
    let mut out = Vec::new();
    // The structure tree is many small objects: object streams keep it compact.
    let opts = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .compression_level(6)
        .build();
    lo.save_with_options(&mut out, opts)
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

/// The outline's shape: each entry's parent and children, the top-level entries
/// and how many descendants each entry shows when open.
struct Tree {
    parent: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
    top: Vec<usize>,
    count: Vec<i64>,
}

impl Tree {
    fn new(entries: &[OutlineEntry]) -> Tree {
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
        Tree {
            parent,
            children,
            top,
            count,
        }
    }

    /// Entries shown at the top level: each top entry and, when open, its descendants.
    fn visible(&self, entries: &[OutlineEntry]) -> i64 {
        self.top
            .iter()
            .map(|&t| {
                1 + if is_open(&entries[t]) {
                    self.count[t]
                } else {
                    0
                }
            })
            .sum()
    }
}

/// Adds the nested outline (when there are entries) and the catalog settings.
fn add_outline(lo: &mut lopdf::Document, entries: &[OutlineEntry]) -> Result<(), PdfError> {
    let catalog_id = lo.trailer.get(b"Root")?.as_reference()?;
    let outlines = if entries.is_empty() {
        None
    } else {
        Some(write_outline(lo, entries)?)
    };
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    let catalog = lo.get_dictionary_mut(catalog_id)?;
    let mode: &[u8] = match outlines {
        Some(root_id) => {
            catalog.set("Outlines", Object::Reference(root_id));
            b"UseOutlines"
        }
        None => b"UseNone",
    };
    catalog.set("PageMode", Object::Name(mode.to_vec()));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    Ok(())
}

/// Writes the outline root and one dictionary per entry; returns the root's id.
fn write_outline(lo: &mut lopdf::Document, entries: &[OutlineEntry]) -> Result<ObjectId, PdfError> {
    let page_ids: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let tree = Tree::new(entries);
    let root_id = lo.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| lo.new_object_id()).collect();
    let mut dicts: Vec<Dictionary> = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let page = page_ids
            .get(e.page)
            .copied()
            .ok_or_else(|| PdfError::Write(format!("outline entry on missing page {}", e.page)))?;
        let parent = tree.parent[i].map_or(root_id, |p| ids[p]);
        let mut d = entry_dict(e, page, parent);
        let count = if is_open(e) {
            tree.count[i]
        } else {
            -tree.count[i]
        };
        set_children(&mut d, &tree.children[i], &ids, count);
        dicts.push(d);
    }
    for list in tree.children.iter().chain(std::iter::once(&tree.top)) {
        link_siblings(list, &ids, &mut dicts);
    }
    for (id, d) in ids.iter().zip(dicts) {
        lo.objects.insert(*id, Object::Dictionary(d));
    }
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"Outlines".to_vec()));
    // The first entry is always a top-level one, so the root has children.
    set_children(&mut root, &tree.top, &ids, tree.visible(entries));
    lo.objects.insert(root_id, Object::Dictionary(root));
    Ok(root_id)
}

/// An entry's title, parent and destination (its page, at its height).
fn entry_dict(e: &OutlineEntry, page: ObjectId, parent: ObjectId) -> Dictionary {
    let mut d = Dictionary::new();
    d.set("Title", text_string(&e.title));
    d.set("Parent", Object::Reference(parent));
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
    d
}

/// Points a node with children at its first and last child and sets its count.
fn set_children(d: &mut Dictionary, children: &[usize], ids: &[ObjectId], count: i64) {
    if let (Some(first), Some(last)) = (children.first(), children.last()) {
        d.set("First", Object::Reference(ids[*first]));
        d.set("Last", Object::Reference(ids[*last]));
        d.set("Count", Object::Integer(count));
    }
}

/// Links each entry of `list` (siblings in order) to the previous and next one.
fn link_siblings(list: &[usize], ids: &[ObjectId], dicts: &mut [Dictionary]) {
    for (k, &i) in list.iter().enumerate() {
        let d = &mut dicts[i];
        if k > 0 {
            d.set("Prev", Object::Reference(ids[list[k - 1]]));
        }
        if let Some(&n) = list.get(k + 1) {
            d.set("Next", Object::Reference(ids[n]));
        }
    }
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

/// The document's natural language in the catalog (`/Lang (de-DE)`), which screen
/// readers and text extraction use.
fn set_lang(lo: &mut lopdf::Document, lang: &str) -> Result<(), PdfError> {
    if lang.is_empty() {
        return Ok(());
    }
    let root = lo.trailer.get(b"Root")?.as_reference()?;
    lo.get_dictionary_mut(root)?
        .set("Lang", Object::string_literal(lang));
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
