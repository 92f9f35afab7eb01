//! Tests of the tagged PDF: the structure tree read back with lopdf (kinds, order,
//! alternate text, links), every page's content inside marked content, and the file
//! checked with `pdfua` and read with `pdfinfo -struct-text` when those tools exist.

use std::path::PathBuf;
use std::process::Command;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::tests::{sample, sample_table, text_of, tool, with_file};
use super::*;

/// A sentence that, repeated, wraps over several lines.
const GREW: &str = "The programme grew across every region and every tier this year. ";

/// A cover, the contents, headings of three levels, a paragraph, bullets, a table
/// over two pages, a bar chart and a line chart.
fn tagged_sample() -> PackDoc {
    let blocks = vec![
        Block::Cover(Cover {
            title: "Partner plan".into(),
            subtitle: "Board pack".into(),
            company: "Acme".into(),
            lines: vec!["As of 2025-06-30".into()],
        }),
        Block::Contents,
        Block::Heading(Heading::new(1, "Summary")),
        Block::Paragraph(Paragraph::new(TextStyle::Body, GREW.repeat(4).trim_end())),
        Block::Heading(Heading::new(2, "Priorities")),
        Block::Bullets(vec!["Certify partners".into(), "Open Europe".into()]),
        Block::Heading(Heading::new(3, "Scorecard")),
        Block::Table(sample_table(45)),
        Block::Heading(Heading::new(2, "Pipeline")),
        Block::BarChart(BarChart {
            title: "Pipeline by tier".into(),
            bars: vec![
                Bar {
                    label: "Platinum".into(),
                    value: 12.4,
                    value_text: "$12.4M".into(),
                    tone: None,
                },
                Bar {
                    label: "Gold".into(),
                    value: 8.1,
                    value_text: "$8.1M".into(),
                    tone: None,
                },
            ],
            max: 0.0,
            thresholds: Vec::new(),
        }),
        Block::LineChart(LineChart {
            title: "Sourced revenue".into(),
            labels: vec!["Q1".into(), "Q2".into()],
            series: vec![LineSeries {
                name: "Actual".into(),
                points: vec![Some((4.0, "$4M".into())), Some((5.5, "$5.5M".into()))],
                ..LineSeries::default()
            }],
        }),
    ];
    PackDoc {
        meta: DocMeta {
            title: "Partner plan — board pack".into(),
            author: "Partner office".into(),
            created_unix: 1_751_241_600,
            ..DocMeta::default()
        },
        running_header: "Acme · Partner plan".into(),
        running_footer: "Confidential".into(),
        lang: "en-US".into(),
        words: Words::default(),
        blocks,
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).expect("object"),
        o => o,
    }
}

fn name(d: &Dictionary, key: &[u8]) -> String {
    d.get(key)
        .and_then(Object::as_name)
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default()
}

/// A structure element read back: depth, type, alternate text, its pages and MCIDs.
#[derive(Debug)]
struct Elem {
    depth: usize,
    tag: String,
    alt: String,
    marks: Vec<(ObjectId, i64)>,
    annots: usize,
}

/// The structure tree in document order (parents before children).
fn tree(doc: &Document) -> Vec<Elem> {
    let catalog = doc.catalog().expect("catalog");
    let root = deref(doc, catalog.get(b"StructTreeRoot").expect("tree root"))
        .as_dict()
        .expect("root dict");
    let mut out = Vec::new();
    let kids = root.get(b"K").and_then(Object::as_array).expect("root K");
    for k in kids {
        walk(doc, k, 0, &mut out);
    }
    out
}

fn walk(doc: &Document, node: &Object, depth: usize, out: &mut Vec<Elem>) {
    let d = deref(doc, node).as_dict().expect("element");
    assert_eq!(name(d, b"Type"), "StructElem");
    let pg = d.get(b"Pg").and_then(Object::as_reference).ok();
    let mut elem = Elem {
        depth,
        tag: name(d, b"S"),
        alt: d.get(b"Alt").map(text_of).unwrap_or_default(),
        marks: Vec::new(),
        annots: 0,
    };
    let kids = match d.get(b"K") {
        Ok(Object::Array(a)) => a.clone(),
        Ok(k) => vec![k.clone()],
        Err(_) => Vec::new(),
    };
    let mut children = Vec::new();
    for k in kids {
        match &k {
            Object::Integer(mcid) => elem.marks.push((pg.expect("Pg for an MCID"), *mcid)),
            Object::Dictionary(m) if name(m, b"Type") == "MCR" => {
                let page = m.get(b"Pg").and_then(Object::as_reference).expect("MCR Pg");
                let mcid = m.get(b"MCID").and_then(Object::as_i64).expect("MCR MCID");
                elem.marks.push((page, mcid));
            }
            Object::Dictionary(m) if name(m, b"Type") == "OBJR" => elem.annots += 1,
            Object::Reference(_) => children.push(k.clone()),
            other => panic!("unexpected kid {other:?}"),
        }
    }
    out.push(elem);
    for c in children {
        walk(doc, &c, depth + 1, out);
    }
}

fn render_doc(doc: &PackDoc) -> (Vec<u8>, Document) {
    let out = render(doc).expect("render");
    let parsed = Document::load_mem(&out.bytes).expect("parse");
    (out.bytes, parsed)
}

#[test]
fn the_structure_tree_follows_the_reading_order() {
    let (_, doc) = render_doc(&tagged_sample());
    let t = tree(&doc);
    assert_eq!(t[0].tag, "Document");
    let top: Vec<&str> = t
        .iter()
        .filter(|e| e.depth == 1)
        .map(|e| e.tag.as_str())
        .collect();
    assert_eq!(
        top,
        [
            "P", "H1", "P", "P", // the cover: company, title, subtitle, a line
            "H1", "TOC", // the contents
            "H1", "P", "H2", "L", "H3", "Table", "H2", "Figure", "Figure",
        ]
    );
    let tocis = t.iter().filter(|e| e.tag == "TOCI").count();
    assert_eq!(tocis, 3, "Summary, Priorities, Pipeline");
    let links: Vec<&Elem> = t.iter().filter(|e| e.tag == "Link").collect();
    assert!(links.iter().all(|l| l.annots == 1 && l.marks.len() == 2));

    // One Table: a header row of TH, then the body's rows, on two pages.
    let table = t.iter().position(|e| e.tag == "Table").expect("table");
    let inner: Vec<&Elem> = t[table + 1..].iter().take_while(|e| e.depth > 1).collect();
    let groups: Vec<&str> = inner
        .iter()
        .filter(|e| e.depth == 2)
        .map(|e| e.tag.as_str())
        .collect();
    assert_eq!(groups, ["THead", "TBody"]);
    let ths = inner.iter().filter(|e| e.tag == "TH").count();
    let trs = inner.iter().filter(|e| e.tag == "TR").count();
    let tds: Vec<&&Elem> = inner.iter().filter(|e| e.tag == "TD").collect();
    assert_eq!((ths, trs, tds.len()), (4, 46, 45 * 4));
    let pages: std::collections::BTreeSet<ObjectId> = tds
        .iter()
        .flat_map(|e| e.marks.iter().map(|m| m.0))
        .collect();
    assert_eq!(pages.len(), 2, "the table spans two pages");

    let figures: Vec<&str> = t
        .iter()
        .filter(|e| e.tag == "Figure")
        .map(|e| e.alt.as_str())
        .collect();
    assert_eq!(
        figures,
        [
            "Pipeline by tier: Platinum $12.4M, Gold $8.1M",
            "Sourced revenue: Actual: Q1 $4M, Q2 $5.5M",
        ]
    );
    for e in &t {
        let holds = ["H1", "H2", "H3", "P", "LBody", "Figure", "Link"];
        if holds.contains(&e.tag.as_str()) {
            assert!(!e.marks.is_empty(), "{} has no content", e.tag);
        }
    }
}

/// Operators that draw: text, paths and their painting, shadings and XObjects.
const DRAWING: &[&str] = &[
    "Tj", "TJ", "'", "\"", "m", "l", "c", "v", "y", "h", "re", "f", "F", "f*", "S", "s", "B", "B*",
    "b", "b*", "n", "sh", "Do",
];

#[test]
fn every_drawing_is_marked_content_and_every_mcid_has_its_element() {
    for doc in [sample(), tagged_sample()] {
        drawings_are_marked(&render_doc(&doc).1);
    }
}

/// Checks every page of `doc`: no drawing outside marked content, no marked
/// content inside a text object, MCIDs from 0 and each in the parent tree.
fn drawings_are_marked(doc: &Document) {
    let catalog = doc.catalog().expect("catalog");
    let mark_info = deref(doc, catalog.get(b"MarkInfo").expect("MarkInfo"));
    let marked = mark_info.as_dict().and_then(|d| d.get(b"Marked"));
    assert_eq!(marked.and_then(Object::as_bool).ok(), Some(true));
    let root = deref(doc, catalog.get(b"StructTreeRoot").expect("root"));
    let parent_tree = deref(
        doc,
        root.as_dict()
            .and_then(|d| d.get(b"ParentTree"))
            .expect("pt"),
    );
    let nums = parent_tree
        .as_dict()
        .and_then(|d| d.get(b"Nums"))
        .and_then(Object::as_array)
        .expect("Nums");
    for (n, (_, page_id)) in doc.get_pages().into_iter().enumerate() {
        let page = doc.get_dictionary(page_id).expect("page");
        let key = page.get(b"StructParents").and_then(Object::as_i64);
        assert_eq!(key.ok(), Some(n as i64));
        assert_eq!(name(page, b"Tabs"), "S");
        let content = Content::decode(&doc.get_page_content(page_id)).expect("content");
        let (mut depth, mut in_text, mut mcids) = (0usize, false, Vec::new());
        let mut artifacts = 0;
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" | "BMC" => {
                    assert!(!in_text, "page {}: marked content inside BT..ET", n + 1);
                    depth += 1;
                    if let Some(Ok(d)) = op.operands.get(1).map(Object::as_dict) {
                        if let Ok(mcid) = d.get(b"MCID").and_then(Object::as_i64) {
                            mcids.push(mcid);
                        }
                    }
                    artifacts += usize::from(op.operands[0].as_name().ok() == Some(b"Artifact"));
                }
                "EMC" => {
                    assert!(!in_text, "page {}: marked content inside BT..ET", n + 1);
                    assert!(depth > 0, "page {}: EMC without BDC", n + 1);
                    depth -= 1;
                }
                "BT" => in_text = true,
                "ET" => in_text = false,
                other if DRAWING.contains(&other) => {
                    assert!(depth > 0, "page {}: {other} outside marked content", n + 1);
                }
                _ => {}
            }
        }
        assert_eq!(depth, 0, "page {}: marked content left open", n + 1);
        assert!(artifacts > 0, "page {}: decoration is artifact", n + 1);
        let expected: Vec<i64> = (0..mcids.len() as i64).collect();
        assert_eq!(mcids, expected, "page {}: MCIDs count from 0", n + 1);
        let entry = nums
            .chunks(2)
            .find(|kv| kv[0].as_i64().ok() == Some(n as i64))
            .map(|kv| deref(doc, &kv[1]).as_array().expect("array").len());
        assert_eq!(entry, Some(mcids.len()), "page {}: parent tree", n + 1);
    }
}

#[test]
fn links_are_described_and_point_into_the_tree() {
    let (_, doc) = render_doc(&tagged_sample());
    let contents = doc.get_pages()[&2];
    let annots = doc.get_page_annotations(contents).expect("annotations");
    let titles: Vec<String> = annots
        .iter()
        .map(|a| a.get(b"Contents").map(text_of).expect("Contents"))
        .collect();
    assert_eq!(titles, ["Summary", "Priorities", "Pipeline"]);
    let pages = doc.get_pages().len() as i64;
    let keys: Vec<i64> = annots
        .iter()
        .map(|a| {
            a.get(b"StructParent")
                .and_then(Object::as_i64)
                .expect("key")
        })
        .collect();
    assert_eq!(keys, [pages, pages + 1, pages + 2]);
    let catalog = doc.catalog().expect("catalog");
    let prefs = deref(&doc, catalog.get(b"ViewerPreferences").expect("prefs"));
    let show = prefs.as_dict().and_then(|d| d.get(b"DisplayDocTitle"));
    assert_eq!(show.and_then(Object::as_bool).ok(), Some(true));
}

#[test]
fn xmp_metadata_declares_title_language_and_pdf_ua() {
    let doc = tagged_sample();
    let (bytes, parsed) = render_doc(&doc);
    let catalog = parsed.catalog().expect("catalog");
    let meta = deref(&parsed, catalog.get(b"Metadata").expect("Metadata"))
        .as_stream()
        .expect("stream");
    assert!(!meta.dict.has(b"Filter"), "XMP stays readable");
    let xmp = String::from_utf8(meta.content.clone()).expect("utf-8");
    for needle in [
        "<rdf:li xml:lang=\"x-default\">Partner plan — board pack</rdf:li>",
        "<dc:language><rdf:Bag><rdf:li>en-US</rdf:li></rdf:Bag></dc:language>",
        "<xmp:CreateDate>2025-06-30T00:00:00Z</xmp:CreateDate>",
        "<pdf:Producer>partnerbook</pdf:Producer>",
        "<pdfuaid:part>1</pdfuaid:part>",
    ] {
        assert!(xmp.contains(needle), "{needle} missing from\n{xmp}");
    }
    assert_eq!(render(&doc).expect("again").bytes, bytes);
}

/// The `pdfua` checker: under the target directory (where `.ci/run` installs it),
/// else on the PATH. Missing, the test is skipped on a developer's machine but fails
/// when `CI` is set.
fn pdfua() -> Option<PathBuf> {
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut candidates: Vec<PathBuf> = std::env::var_os("CARGO_TARGET_DIR")
        .map(|d| PathBuf::from(d).join("pdfua/bin/pdfua"))
        .into_iter()
        .collect();
    candidates.push(workspace.join("target/pdfua/bin/pdfua"));
    let found = candidates.into_iter().find(|p| p.is_file()).or_else(|| {
        let on_path = Command::new("pdfua").arg("--version").output();
        on_path
            .is_ok_and(|o| o.status.success())
            .then(|| PathBuf::from("pdfua"))
    });
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    assert!(
        found.is_some() || !ci,
        "`pdfua` is required when CI is set (.ci/run installs it under target/pdfua)"
    );
    found
}

#[test]
fn pdfua_finds_nothing_to_report() {
    let Some(pdfua) = pdfua() else {
        eprintln!("pdfua missing: skipped");
        return;
    };
    for doc in [tagged_sample(), sample()] {
        let (bytes, _) = render_doc(&doc);
        let out = with_file(&bytes, |p| {
            Command::new(&pdfua)
                .arg("check")
                .arg(p)
                .output()
                .expect("pdfua")
        });
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "pdfua: {report}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // A rule that could not read the file is skipped, not passed.
        assert!(!report.contains("[skip"), "pdfua: {report}");
    }
}

#[test]
fn pdfinfo_reads_the_structure_in_order() {
    if !tool("pdfinfo") {
        eprintln!("pdfinfo missing: skipped");
        return;
    }
    let (bytes, _) = render_doc(&tagged_sample());
    let out = with_file(&bytes, |p| {
        Command::new("pdfinfo")
            .arg("-struct-text")
            .arg(p)
            .output()
            .expect("pdfinfo")
    });
    let text = String::from_utf8_lossy(&out.stdout);
    let mut at = 0;
    for needle in [
        "H1 (block)",
        "\"Partner plan\"",
        "TOC",
        "\"Summary\"",
        // The words at the line breaks stay apart.
        &format!("\"{}\"", GREW.repeat(4).trim_end()),
        "H2",
        "\"Priorities\"",
        "LBody",
        "\"Certify partners\"",
        "\"Scorecard\"",
        "Table",
        "TH",
        "\"Pipeline (€k)\"",
        "TD",
        "\"Partner 0 Société\"",
        "\"Partner 44 Société\"",
        "Figure",
        "Sourced revenue",
    ] {
        let found = text[at..].find(needle).unwrap_or_else(|| {
            panic!("{needle:?} not found after byte {at} of\n{text}");
        });
        at += found + needle.len();
    }
}
