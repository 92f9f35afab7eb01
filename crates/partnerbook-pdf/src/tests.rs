//! Tests of the PDF engine: structure read back with lopdf, text read back
//! with pdftotext and validity checked with qpdf when those tools exist.

use std::process::Command;

use lopdf::{Dictionary, Document, Object};

use super::*;

const GLYPHS: &str = "≥ ≤ → ↔ — – € £ • Müller Łódź Société Zürich";

pub(crate) fn sample_table(rows: usize) -> Table {
    Table {
        columns: vec![
            Column::new("#", 0.5, Align::Right),
            Column::new("Partner", 2.5, Align::Left),
            Column::new("Band", 0.8, Align::Center),
            Column::new("Pipeline (€k)", 1.2, Align::Right),
        ],
        rows: (0..rows)
            .map(|i| Row {
                cells: vec![
                    Cell::text((i + 1).to_string()),
                    Cell::text(format!("Partner {i} Société")),
                    Cell::toned("A", Tone::Good),
                    Cell::text(format!("{}", i * 13 % 700)),
                ],
                outline: (i % 100 == 0).then(|| format!("Row partner {i}")),
            })
            .collect(),
    }
}

/// A document with one block of every kind, a contents page and a long table.
pub(crate) fn sample() -> PackDoc {
    let mut blocks = vec![
        Block::Cover(Cover {
            title: "Board pack".into(),
            subtitle: "Quarterly review".into(),
            company: "Acme".into(),
            lines: vec!["As of 2025-06-30".into(), "Confidential".into()],
        }),
        Block::Contents,
        Block::Heading(Heading::new(1, "Executive summary")),
        Block::Paragraph(Paragraph::new(TextStyle::Lead, GLYPHS)),
        Block::KpiTiles(vec![
            Kpi {
                label: "ARR".into(),
                value: "$41M".into(),
                caption: "target $60M".into(),
                progress: Some(0.68),
                tone: Tone::Warn,
            };
            5
        ]),
    ];
    blocks.extend(score_blocks());
    blocks.extend(roadmap_blocks());
    blocks.extend([
        Block::Heading(Heading::new(1, "Appendix")),
        Block::Heading(Heading::new(2, "Full scorecard")),
        Block::Table(sample_table(300)),
    ]);
    PackDoc {
        meta: DocMeta {
            title: "Board pack — Q2".into(),
            author: "Partner office".into(),
            subject: "Partner programme".into(),
            keywords: vec!["partners".into(), "board".into()],
            created_unix: 1_751_241_600,
        },
        running_header: "Acme · Board pack".into(),
        running_footer: "Confidential".into(),
        lang: "en-US".into(),
        words: crate::Words::default(),
        blocks,
    }
}

/// A risk callout, then the Scores section: a bar chart with a threshold and a
/// progress bar past its target.
fn score_blocks() -> Vec<Block> {
    vec![
        Block::Callout(Callout {
            tone: Tone::Bad,
            title: "Risk".into(),
            text: "Certification capacity is short.".into(),
        }),
        Block::Heading(Heading::new(2, "Scores")),
        Block::BarChart(BarChart {
            title: "Fit".into(),
            bars: (0..8)
                .map(|i| Bar {
                    label: format!("P{i}"),
                    value: 10.0 * i as f32,
                    ..Bar::default()
                })
                .collect(),
            max: 100.0,
            thresholds: vec![Threshold {
                value: 50.0,
                label: "B ≥ 50".into(),
            }],
        }),
        Block::Progress(vec![ProgressRow {
            label: "KR1".into(),
            fraction: 1.2,
            caption: "120 of 100".into(),
            tone: None,
        }]),
    ]
}

/// A roadmap section: a legend and a four-column timeline.
fn roadmap_blocks() -> Vec<Block> {
    vec![
        Block::Heading(Heading::new(1, "Roadmap")),
        Block::Legend(vec![
            LegendItem {
                tone: Tone::Good,
                label: "Done".into(),
            },
            LegendItem {
                tone: Tone::Warn,
                label: "At risk".into(),
            },
        ]),
        Block::Timeline(Timeline {
            columns: (1..=4)
                .map(|q| TimelineColumn {
                    title: format!("Q{q}"),
                    subtitle: "2026".into(),
                    items: vec![
                        TimelineItem {
                            text: "Launch".into(),
                            tone: Tone::Good,
                        };
                        q
                    ],
                })
                .collect(),
        }),
    ]
}

pub(crate) fn text_of(o: &Object) -> String {
    match o {
        Object::String(b, _) if b.starts_with(&[0xFE, 0xFF]) => {
            let units: Vec<u16> = b[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        Object::String(b, _) => String::from_utf8_lossy(b).into_owned(),
        _ => String::new(),
    }
}

fn dict<'a>(doc: &'a Document, o: &'a Object) -> &'a Dictionary {
    match o {
        Object::Reference(id) => doc.get_dictionary(*id).expect("dictionary"),
        Object::Dictionary(d) => d,
        other => panic!("not a dictionary: {other:?}"),
    }
}

/// Outline entries as (depth, title, page number).
fn outline(doc: &Document) -> Vec<(usize, String, u32)> {
    let pages: std::collections::BTreeMap<_, _> =
        doc.get_pages().into_iter().map(|(n, id)| (id, n)).collect();
    let root = dict(
        doc,
        doc.catalog()
            .expect("catalog")
            .get(b"Outlines")
            .expect("outlines"),
    );
    let mut out = Vec::new();
    let mut stack = vec![(0usize, root.get(b"First").ok().cloned())];
    while let Some((depth, next)) = stack.pop() {
        let Some(item) = next else { continue };
        let d = dict(doc, &item);
        let dest = d.get(b"Dest").and_then(Object::as_array).expect("dest");
        let page = pages[&dest[0].as_reference().expect("page ref")];
        out.push((depth, text_of(d.get(b"Title").expect("title")), page));
        stack.push((depth, d.get(b"Next").ok().cloned()));
        stack.push((depth + 1, d.get(b"First").ok().cloned()));
    }
    out
}

/// Whether an external tool is installed. Missing, the test that needs it is skipped
/// on a developer's machine but fails when `CI` is set (`.ci/run` installs it).
pub(crate) fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("-v").output().is_ok();
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    assert!(
        found || !ci,
        "`{name}` is required when CI is set (.ci/run installs it)"
    );
    found
}

pub(crate) fn with_file<T>(bytes: &[u8], f: impl FnOnce(&std::path::Path) -> T) -> T {
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), bytes).expect("write");
    f(file.path())
}

fn pdftotext(bytes: &[u8], page: Option<usize>) -> String {
    with_file(bytes, |path| {
        let mut cmd = Command::new("pdftotext");
        if let Some(p) = page {
            cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
        }
        let out = cmd.arg(path).arg("-").output().expect("pdftotext");
        String::from_utf8_lossy(&out.stdout).into_owned()
    })
}

#[test]
fn sample_has_pages_outline_metadata_and_embedded_fonts() {
    let out = render(&sample()).expect("render");

    let doc = Document::load_mem(&out.bytes).expect("parse");
    let pages = doc.get_pages().len();
    assert_eq!(pages, out.pages);
    assert!(pages > 10, "300 rows need many pages, got {pages}");

    let o = outline(&doc);
    let titles: Vec<(usize, &str)> = o.iter().map(|(d, t, _)| (*d, t.as_str())).collect();
    assert_eq!(
        &titles[..7],
        &[
            (0, "Contents"),
            (0, "Executive summary"),
            (1, "Scores"),
            (0, "Roadmap"),
            (0, "Appendix"),
            (1, "Full scorecard"),
            (2, "Row partner 0"),
        ]
    );
    assert_eq!(titles.iter().filter(|(d, _)| *d == 2).count(), 3);
    assert!(
        o.windows(2).all(|w| w[0].2 <= w[1].2),
        "outline in page order"
    );

    let catalog = doc.catalog().expect("catalog");
    assert_eq!(
        catalog.get(b"PageMode").and_then(Object::as_name).ok(),
        Some(&b"UseOutlines"[..])
    );
    let info = dict(&doc, doc.trailer.get(b"Info").expect("info"));
    let field = |k: &[u8]| info.get(k).map(text_of).unwrap_or_default();
    assert_eq!(field(b"Title"), "Board pack — Q2");
    assert_eq!(field(b"Author"), "Partner office");
    assert_eq!(field(b"Subject"), "Partner programme");
    assert_eq!(field(b"Keywords"), "partners,board");
    assert_eq!(field(b"CreationDate"), "D:20250630000000+00'00'");
    assert_eq!(field(b"ModDate"), "D:20250630000000+00'00'");

    let descriptors: Vec<&Dictionary> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor"))
        .collect();
    assert_eq!(descriptors.len(), 2, "regular and bold");
    assert!(descriptors.iter().all(|d| d.has(b"FontFile2")));
}

#[test]
fn same_document_gives_same_bytes() {
    let doc = sample();
    let a = render(&doc).expect("first");
    let fonts = FontSet::load().expect("fonts");
    let b = render_with(&fonts, &doc).expect("second");
    let c = render_with(&fonts, &doc).expect("third");
    assert!(a.bytes == b.bytes && b.bytes == c.bytes);
    let mut other = doc.clone();
    other.meta.created_unix += 1;
    assert_ne!(render_with(&fonts, &other).expect("other").bytes, a.bytes);
}

#[test]
fn contents_entries_link_to_their_headings() {
    let out = render(&sample()).expect("render");
    let doc = Document::load_mem(&out.bytes).expect("parse");
    let pages = doc.get_pages();
    let contents = pages[&2];
    let links = doc.get_page_annotations(contents).expect("annotations");
    let headings: Vec<u32> = outline(&doc)
        .into_iter()
        .filter(|(d, t, _)| *d <= 1 && t != "Contents" && !t.starts_with("Row"))
        .map(|(_, _, p)| p)
        .collect();
    assert_eq!(links.len(), headings.len());
    let by_id: std::collections::BTreeMap<_, _> = pages.iter().map(|(n, id)| (*id, *n)).collect();
    for (link, page) in links.iter().zip(&headings) {
        let border = link
            .get(b"Border")
            .and_then(Object::as_array)
            .expect("border");
        assert!(border.iter().all(|b| b.as_float().unwrap_or(1.0) == 0.0));
        let action = dict(&doc, link.get(b"A").expect("action"));
        let dest = action.get(b"D").and_then(Object::as_array).expect("dest");
        assert_eq!(by_id[&dest[0].as_reference().expect("ref")], *page);
    }
}

#[test]
fn characters_no_face_draws_are_an_error_not_a_question_mark() {
    let doc = PackDoc {
        blocks: vec![Block::Paragraph(Paragraph::new(
            TextStyle::Body,
            "A private \u{E000} sign and 中 here",
        ))],
        ..PackDoc::default()
    };
    let bundled_only = FontSet::with_options(&FontOptions {
        system: false,
        ..FontOptions::default()
    })
    .expect("fonts");
    match render_with(&bundled_only, &doc) {
        Err(PdfError::MissingGlyphs(chars)) => assert_eq!(chars, vec!['中', '\u{E000}']),
        other => panic!("expected missing glyphs, got {other:?}"),
    }
    let err = render_with(&bundled_only, &doc).expect_err("missing");
    assert!(err.to_string().contains("'中' (U+4E2D)"), "{err}");
}

#[test]
fn heading_is_never_left_alone_at_a_page_bottom() {
    let blocks = vec![
        Block::Heading(Heading::new(1, "Start")),
        Block::Spacer(style::BODY_H - 120.0),
        Block::Heading(Heading::new(2, "Kept with its table")),
        Block::Table(sample_table(5)),
    ];
    let out = render(&PackDoc {
        blocks,
        ..PackDoc::default()
    })
    .expect("render");
    let doc = Document::load_mem(&out.bytes).expect("parse");
    let o = outline(&doc);
    let heading = o
        .iter()
        .find(|e| e.1 == "Kept with its table")
        .expect("heading");
    let row = o.iter().find(|e| e.1 == "Row partner 0").expect("row");
    assert_eq!(heading.2, 2);
    assert_eq!(row.2, 2);
}

/// Regression: two headings over a bar chart that moves whole to the next page went
/// with it only as far as the chart's first three bars; they stayed at the page foot.
#[test]
fn headings_go_with_a_bar_chart_that_moves_whole() {
    if !tool("pdftotext") {
        return;
    }
    let chart = || BarChart {
        title: "Pipeline by tier".into(),
        bars: (0..5)
            .map(|i| Bar {
                label: format!("Tier {i}"),
                value: 10.0 - i as f32,
                value_text: format!("${}M", 10 - i),
                tone: None,
            })
            .collect(),
        max: 10.0,
        thresholds: Vec::new(),
    };
    // the chart meets the page foot at some of these heights
    for spacer in [480.0, 510.0, 540.0, 570.0, 600.0] {
        let blocks = vec![
            Block::Heading(Heading::new(1, "Start")),
            Block::Spacer(spacer),
            Block::Heading(Heading::new(2, "Where the pipeline is")),
            Block::Heading(Heading::new(3, "By tier")),
            Block::BarChart(chart()),
        ];
        let out = render(&PackDoc {
            blocks,
            ..PackDoc::default()
        })
        .expect("render");
        for page in 1..=out.pages {
            let text = pdftotext(&out.bytes, Some(page));
            assert_eq!(
                text.contains("By tier"),
                text.contains("Pipeline by tier"),
                "spacer {spacer}: page {page} has one without the other:\n{text}"
            );
        }
    }
}

/// Regression: a bar's value wider than the fixed room beside the longest bar was cut
/// with an ellipsis (`¥1,503…` in a Japanese pack); the room now fits the widest value.
#[test]
fn bar_values_are_never_cut() {
    if !tool("pdftotext") {
        return;
    }
    let values = ["$1,503,300,000", "$906,700,000", "$88,650,000"];
    let chart = BarChart {
        title: "Target path".into(),
        bars: values
            .iter()
            .enumerate()
            .map(|(i, v)| Bar {
                label: format!("Year {i}"),
                value: 1500.0 - 500.0 * i as f32,
                value_text: (*v).to_string(),
                tone: None,
            })
            .collect(),
        max: 1500.0,
        thresholds: Vec::new(),
    };
    let out = render(&PackDoc {
        blocks: vec![Block::BarChart(chart)],
        ..PackDoc::default()
    })
    .expect("render");
    let text = pdftotext(&out.bytes, None);
    for v in values {
        assert!(text.contains(v), "{v} cut in:\n{text}");
    }
}

#[test]
fn text_extracts_and_qpdf_accepts_the_file() {
    if !tool("pdftotext") || !tool("qpdf") {
        eprintln!("pdftotext or qpdf missing: skipped");
        return;
    }
    let out = render(&sample()).expect("render");
    let text = pdftotext(&out.bytes, None);
    for needle in [
        "Executive summary",
        "Full scorecard",
        "Page 2 of",
        "At risk",
        "120%",
        &format!("Page {} of {}", out.pages, out.pages),
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    for glyph in GLYPHS.split(' ') {
        assert!(text.contains(glyph), "missing glyph {glyph:?}");
    }
    // The header row is repeated on every page of the table.
    let appendix = outline(&Document::load_mem(&out.bytes).expect("parse"))
        .into_iter()
        .find(|e| e.1 == "Full scorecard")
        .map(|e| e.2 as usize)
        .expect("appendix");
    for page in appendix..=out.pages {
        assert!(pdftotext(&out.bytes, Some(page)).contains("Pipeline (€k)"));
    }
    let check = with_file(&out.bytes, |p| {
        Command::new("qpdf")
            .arg("--check")
            .arg(p)
            .output()
            .expect("qpdf")
    });
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn faces_measure_text() {
    let fonts = FontSet::load().expect("fonts");
    let w = fonts.width("Hello", fonts::Weight::Regular, 10.0);
    assert!((20.0..35.0).contains(&w), "{w}");
    assert!(fonts.width("Hello", fonts::Weight::Bold, 10.0) > w);
    assert!(fonts.covers(typo::MINUS), "the font draws the minus sign");
}

#[path = "break_tests.rs"]
mod breaks;
