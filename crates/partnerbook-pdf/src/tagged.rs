//! Makes the assembled PDF a tagged PDF (PDF/UA-1): writes the structure tree that
//! layout recorded (`structure.rs`) with each element's marked content and link
//! annotations, the parent tree that maps content back to its elements, the
//! catalog's /MarkInfo and /StructTreeRoot, and the XMP metadata that declares the
//! title, the language and PDF/UA conformance.

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use super::canvas::PageTags;
use super::structure::{Node, Tag, Tree};
use super::{PackDoc, PdfError};

/// A piece of an element's content.
#[derive(Debug, Clone, Copy)]
enum Item {
    /// Marked content `mcid` on page `page` (index).
    Mcid { page: usize, mcid: usize },
    /// A link annotation on page `page`.
    Annot { page: usize, annot: ObjectId },
}

/// Writes the structure tree of `tree` into `lo`, whose pages carry the marked
/// content listed in `pages` (one entry per page, in order).
pub(crate) fn tag(
    lo: &mut lopdf::Document,
    tree: &Tree,
    pages: &[PageTags],
    doc: &PackDoc,
) -> Result<(), PdfError> {
    let page_ids: Vec<ObjectId> = lo.get_pages().into_values().collect();
    if page_ids.len() != pages.len() {
        return Err(PdfError::Write(format!(
            "{} pages laid out but {} written",
            pages.len(),
            page_ids.len()
        )));
    }
    let nodes = &tree.nodes;
    let mut content: Vec<Vec<Item>> = vec![Vec::new(); nodes.len()];
    for (page, tags) in pages.iter().enumerate() {
        for (mcid, &elem) in tags.mcids.iter().enumerate() {
            content[elem].push(Item::Mcid { page, mcid });
        }
    }
    let mut annots: Vec<(ObjectId, usize)> = Vec::new();
    for (page, tags) in pages.iter().enumerate() {
        let list = match lo.get_dictionary(page_ids[page])?.get(b"Annots") {
            Ok(Object::Array(a)) => a.clone(),
            _ => Vec::new(),
        };
        for (annot, elem) in list.iter().zip(&tags.links) {
            if let (Object::Reference(annot), Some(elem)) = (annot, elem) {
                content[*elem].push(Item::Annot {
                    page,
                    annot: *annot,
                });
                annots.push((*annot, *elem));
            }
        }
    }
    let kept = kept(nodes, &content);
    let root_id = lo.new_object_id();
    let ids: Vec<Option<ObjectId>> = kept.iter().map(|k| k.then(|| lo.new_object_id())).collect();
    for (i, node) in nodes.iter().enumerate() {
        if let Some(id) = ids[i] {
            let parent = node.parent.and_then(|p| ids[p]).unwrap_or(root_id);
            let d = element(node, parent, &ids, &content[i], &page_ids);
            lo.objects.insert(id, Object::Dictionary(d));
        }
    }
    let next_key = parent_tree_links(lo, nodes, &page_ids, &annots)?;
    let mut nums = Vec::new();
    for (page, tags) in pages.iter().enumerate() {
        let elems = tags
            .mcids
            .iter()
            .map(|e| ids[*e].map_or(Object::Null, Object::Reference))
            .collect();
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Array(elems));
    }
    for (k, (_, elem)) in annots.iter().enumerate() {
        nums.push(Object::Integer((pages.len() + k) as i64));
        nums.push(ids[*elem].map_or(Object::Null, Object::Reference));
    }
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", Object::Array(nums));
    let parent_tree = lo.add_object(parent_tree);
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    if let Some(doc_elem) = ids[0] {
        root.set("K", Object::Array(vec![Object::Reference(doc_elem)]));
    }
    root.set("ParentTree", Object::Reference(parent_tree));
    root.set("ParentTreeNextKey", Object::Integer(next_key));
    lo.objects.insert(root_id, Object::Dictionary(root));

    let mut meta = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp(doc)?.into_bytes(),
    );
    meta.allows_compression = false;
    let meta = lo.add_object(meta);
    let catalog_id = lo.trailer.get(b"Root")?.as_reference()?;
    let catalog = lo.get_dictionary_mut(catalog_id)?;
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    let mut mark_info = Dictionary::new();
    mark_info.set("Marked", Object::Boolean(true));
    catalog.set("MarkInfo", Object::Dictionary(mark_info));
    catalog.set("Metadata", Object::Reference(meta));
    Ok(())
}

/// Which elements are written: those with content or a written child, and every
/// table cell (a blank cell still holds its column's place). The root always is.
fn kept(nodes: &[Node], content: &[Vec<Item>]) -> Vec<bool> {
    let mut keep: Vec<bool> = nodes
        .iter()
        .zip(content)
        .map(|(n, c)| !c.is_empty() || n.tag.kept_empty())
        .collect();
    // Children come after their parents: one pass from the end carries a kept child up.
    for i in (1..nodes.len()).rev() {
        if keep[i] {
            if let Some(p) = nodes[i].parent {
                keep[p] = true;
            }
        }
    }
    if let Some(root) = keep.first_mut() {
        *root = true;
    }
    keep
}

/// The dictionary of one structure element.
fn element(
    node: &Node,
    parent: ObjectId,
    ids: &[Option<ObjectId>],
    content: &[Item],
    page_ids: &[ObjectId],
) -> Dictionary {
    let mut d = Dictionary::new();
    d.set("Type", Object::Name(b"StructElem".to_vec()));
    d.set("S", Object::Name(node.tag.name().as_bytes().to_vec()));
    d.set("P", Object::Reference(parent));
    let pg = content.first().map(|item| match item {
        Item::Mcid { page, .. } | Item::Annot { page, .. } => page_ids[*page],
    });
    if let Some(pg) = pg {
        d.set("Pg", Object::Reference(pg));
    }
    let mut kids: Vec<Object> = node
        .kids
        .iter()
        .filter_map(|k| ids[*k].map(Object::Reference))
        .collect();
    for item in content {
        kids.push(match *item {
            Item::Mcid { page, mcid } if Some(page_ids[page]) == pg => Object::Integer(mcid as i64),
            Item::Mcid { page, mcid } => Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"MCR".to_vec())),
                ("Pg", Object::Reference(page_ids[page])),
                ("MCID", Object::Integer(mcid as i64)),
            ])),
            Item::Annot { page, annot } => Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"OBJR".to_vec())),
                ("Pg", Object::Reference(page_ids[page])),
                ("Obj", Object::Reference(annot)),
            ])),
        });
    }
    // A single kid stands alone (`/K 0`), as most readers and checkers expect of a
    // heading or a cell.
    match kids.len() {
        0 => {}
        1 => d.set("K", kids.remove(0)),
        _ => d.set("K", Object::Array(kids)),
    }
    match (node.tag, &node.alt) {
        (Tag::Figure, Some(alt)) => d.set("Alt", text_string(alt)),
        (Tag::TH, _) => d.set(
            "A",
            Object::Dictionary(Dictionary::from_iter([
                ("O", Object::Name(b"Table".to_vec())),
                ("Scope", Object::Name(b"Column".to_vec())),
            ])),
        ),
        (Tag::L, _) => d.set(
            "A",
            Object::Dictionary(Dictionary::from_iter([
                ("O", Object::Name(b"List".to_vec())),
                ("ListNumbering", Object::Name(b"Disc".to_vec())),
            ])),
        ),
        _ => {}
    }
    d
}

/// Points every page at its parent-tree entry (the page's index; its tab order
/// follows the structure) and every tagged link annotation at its entry (after the
/// pages'), describing the link by its element's text; returns the next free key.
fn parent_tree_links(
    lo: &mut lopdf::Document,
    nodes: &[Node],
    page_ids: &[ObjectId],
    annots: &[(ObjectId, usize)],
) -> Result<i64, PdfError> {
    for (i, id) in page_ids.iter().enumerate() {
        let page = lo.get_dictionary_mut(*id)?;
        page.set("StructParents", Object::Integer(i as i64));
        page.set("Tabs", Object::Name(b"S".to_vec()));
    }
    for (k, (annot, elem)) in annots.iter().enumerate() {
        let d = lo.get_dictionary_mut(*annot)?;
        d.set("StructParent", Object::Integer((page_ids.len() + k) as i64));
        if let Some(text) = &nodes[*elem].alt {
            d.set("Contents", text_string(text));
        }
    }
    Ok((page_ids.len() + annots.len()) as i64)
}

/// A PDF text string in UTF-16BE with a byte-order mark.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// `s` with the characters XML reserves escaped.
fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c < ' ' && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// The XMP packet: title, author, subject, keywords, language, dates and the
/// PDF/UA-1 identification. The same document gives the same bytes.
fn xmp(doc: &PackDoc) -> Result<String, PdfError> {
    let date = printpdf::OffsetDateTime::from_unix_timestamp(doc.meta.created_unix)
        .map_err(|e| PdfError::Invalid(format!("created_unix: {e}")))?;
    let stamp = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        date.year(),
        u8::from(date.month()),
        date.day(),
        date.hour(),
        date.minute(),
        date.second()
    );
    let m = &doc.meta;
    let mut props = String::new();
    let alt = |v: &str| {
        format!(
            "<rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt>",
            xml_escape(v)
        )
    };
    props.push_str(&format!("<dc:title>{}</dc:title>\n", alt(&m.title)));
    if !m.author.is_empty() {
        props.push_str(&format!(
            "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
            xml_escape(&m.author)
        ));
    }
    if !m.subject.is_empty() {
        props.push_str(&format!(
            "<dc:description>{}</dc:description>\n",
            alt(&m.subject)
        ));
    }
    if !doc.lang.is_empty() {
        props.push_str(&format!(
            "<dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>\n",
            xml_escape(&doc.lang)
        ));
    }
    props.push_str("<dc:format>application/pdf</dc:format>\n");
    if !m.keywords.is_empty() {
        props.push_str(&format!(
            "<pdf:Keywords>{}</pdf:Keywords>\n",
            xml_escape(&m.keywords.join(","))
        ));
    }
    props.push_str("<pdf:Producer>partnerbook</pdf:Producer>\n");
    props.push_str("<xmp:CreatorTool>partnerbook</xmp:CreatorTool>\n");
    for key in ["CreateDate", "ModifyDate", "MetadataDate"] {
        props.push_str(&format!("<xmp:{key}>{stamp}</xmp:{key}>\n"));
    }
    props.push_str("<pdfuaid:part>1</pdfuaid:part>\n");
    Ok(format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
         <x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
         <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
         <rdf:Description rdf:about=\"\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" \
         xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" \
         xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n\
         {props}</rdf:Description>\n\
         </rdf:RDF>\n\
         </x:xmpmeta>\n\
         <?xpacket end=\"w\"?>"
    ))
}
