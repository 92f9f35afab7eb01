//! Tests of the typesetting rules read back from rendered files: headings kept with
//! what follows, no widow or orphan line, a table's header over two rows or more,
//! headers of number columns flush right over their figures, hanging list items and
//! hyphenated prose.

use super::*;

/// The text of every page of `bytes`, one string per page.
fn pages_text(bytes: &[u8]) -> Vec<String> {
    let all = pdftotext(bytes, None);
    let mut pages: Vec<String> = all.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// A document: a title, a spacer of `gap` points, then `blocks`.
fn near_the_foot(gap: f32, blocks: Vec<Block>, lang: &str) -> PackDoc {
    let mut all = vec![Block::Heading(Heading::new(1, "Start")), Block::Spacer(gap)];
    all.extend(blocks);
    PackDoc {
        lang: lang.into(),
        blocks: all,
        ..PackDoc::default()
    }
}

/// A paragraph of `n` lines, each marked `Line k of n`.
fn numbered_paragraph(n: usize) -> Paragraph {
    let lines: Vec<String> = (1..=n).map(|k| format!("Line {k} of {n}")).collect();
    Paragraph::new(TextStyle::Body, lines.join("\n"))
}

/// Gaps that leave from about `room` points down to nothing at the foot of the
/// first page, in steps of five points.
fn gaps(room: f32) -> impl Iterator<Item = f32> {
    let steps = (room / 5.0) as usize;
    (0..=steps).map(move |k| style::BODY_H - 40.0 - room + 5.0 * k as f32)
}

#[test]
fn headings_stay_with_two_lines_and_no_line_is_left_alone() {
    if !tool("pdftotext") {
        return;
    }
    let fonts = FontSet::load().expect("fonts");
    for n in [2, 3, 4, 5, 8] {
        for gap in gaps(150.0) {
            for headed in [true, false] {
                let mut blocks = vec![Block::Paragraph(numbered_paragraph(n))];
                if headed {
                    blocks.insert(0, Block::Heading(Heading::new(2, "Target heading")));
                }
                let doc = near_the_foot(gap, blocks, "en-US");
                let pages = pages_text(&render_with(&fonts, &doc).expect("render").bytes);
                let per_page: Vec<usize> =
                    pages.iter().map(|p| p.matches("Line ").count()).collect();
                let first = pages
                    .iter()
                    .position(|p| p.contains(&format!("Line 1 of {n}")));
                if headed {
                    let heading = pages.iter().position(|p| p.contains("Target heading"));
                    assert_eq!(heading, first, "n {n}, gap {gap}: {per_page:?}");
                }
                let used: Vec<usize> = per_page.into_iter().filter(|c| *c > 0).collect();
                assert_eq!(used.iter().sum::<usize>(), n);
                if n <= 3 {
                    assert_eq!(used.len(), 1, "n {n}, gap {gap}: {used:?}");
                }
                assert!(used.iter().all(|c| *c >= 2), "n {n}, gap {gap}: {used:?}");
            }
        }
    }
}

#[test]
fn a_heading_followed_by_a_heading_is_kept_with_the_text() {
    if !tool("pdftotext") {
        return;
    }
    let fonts = FontSet::load().expect("fonts");
    for gap in gaps(150.0) {
        let blocks = vec![
            Block::Heading(Heading::new(2, "Outer heading")),
            Block::Heading(Heading::new(3, "Inner heading")),
            Block::Paragraph(numbered_paragraph(3)),
        ];
        let out = render_with(&fonts, &near_the_foot(gap, blocks, "en-US")).expect("render");
        let pages = pages_text(&out.bytes);
        let at = |s: &str| pages.iter().position(|p| p.contains(s));
        assert_eq!(at("Outer heading"), at("Line 1 of 3"), "gap {gap}");
        assert_eq!(at("Inner heading"), at("Line 3 of 3"), "gap {gap}");
    }
}

#[test]
fn a_tables_header_stands_over_two_rows_or_more_on_every_page() {
    if !tool("pdftotext") {
        return;
    }
    let fonts = FontSet::load().expect("fonts");
    let tables = [3, 7, 40]
        .map(sample_table)
        .into_iter()
        .chain([3, 5].map(tall_table));
    for table in tables {
        let rows = table.rows.len();
        for gap in gaps(300.0) {
            let blocks = vec![
                Block::Heading(Heading::new(2, "Table heading")),
                Block::Table(table.clone()),
            ];
            let out = render_with(&fonts, &near_the_foot(gap, blocks, "en-US")).expect("render");
            let pages = pages_text(&out.bytes);
            let at = |s: &str| pages.iter().position(|p| p.contains(s));
            assert_eq!(at("Table heading"), at("Partner 0 Société"), "gap {gap}");
            for (i, page) in pages.iter().enumerate() {
                let body = page.matches("Société").count();
                let header = page.contains("Pipeline");
                assert_eq!(header, body > 0, "rows {rows}, gap {gap}, page {i}");
                assert!(
                    body == 0 || body >= 2,
                    "rows {rows}, gap {gap}, page {i}: {body}"
                );
            }
        }
    }
}

/// A table of `rows` rows six lines tall: three of them are taller than a quarter page.
fn tall_table(rows: usize) -> Table {
    let mut t = sample_table(rows);
    for row in &mut t.rows {
        row.cells[1].text.push_str(&"\nmore".repeat(5));
    }
    t
}

/// Word boxes of page 1 from `pdftotext -bbox` (which keeps a line's final hyphen
/// that plain `pdftotext` joins away): text, left and right edge, top.
fn words(bytes: &[u8]) -> Vec<(String, f32, f32, f32)> {
    let html = with_file(bytes, |path| {
        let out = Command::new("pdftotext")
            .args(["-bbox", "-f", "1", "-l", "1"])
            .arg(path)
            .arg("-")
            .output()
            .expect("pdftotext");
        String::from_utf8_lossy(&out.stdout).into_owned()
    });
    let attr = |line: &str, name: &str| -> f32 {
        let key = format!("{name}=\"");
        line.split(&key)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(f32::NAN)
    };
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| {
            let text = l.split('>').nth(1).unwrap_or("").trim_end_matches("</word");
            let text = text.replace("&amp;", "&");
            (text, attr(l, "xMin"), attr(l, "xMax"), attr(l, "yMin"))
        })
        .collect()
}

#[test]
fn number_headers_are_flush_right_over_their_figures_and_list_items_hang() {
    if !tool("pdftotext") {
        return;
    }
    let bullet_item = "Quarterly business reviews with every priority partner, joint marketing plans agreed before the fiscal year starts, and certification targets tracked per region";
    let cell_item = "• Quarterly business reviews with every partner in the programme, joint marketing plans agreed before the fiscal year starts, certification targets tracked per region and a named executive sponsor";
    let doc = PackDoc {
        lang: "en-US".into(),
        blocks: vec![
            Block::Table(Table {
                columns: vec![
                    Column::new("Partner", 1.0, Align::Left),
                    Column::new("Benefits", 1.0, Align::Left),
                    Column::new("Pipeline", 3.0, Align::Right),
                ],
                rows: vec![Row {
                    cells: vec!["Acme".into(), cell_item.into(), "-1,234".into()],
                    outline: None,
                }],
            }),
            Block::Bullets(vec![bullet_item.into()]),
        ],
        ..PackDoc::default()
    };
    let out = render(&doc).expect("render");
    let w = words(&out.bytes);
    let find = |t: &str| w.iter().find(|x| x.0 == t).cloned().expect(t);
    let header = find("Pipeline");
    let figure = find("\u{2212}1,234");
    assert!((header.2 - figure.2).abs() < 0.3, "{header:?} {figure:?}");
    // The cell's list item: its second line starts under the text, not the bullet.
    let bullet = find("•");
    let quarterly: Vec<_> = w.iter().filter(|x| x.0 == "Quarterly").cloned().collect();
    assert_eq!(quarterly.len(), 2, "{w:?}");
    let cell_text = &quarterly[0];
    let next_line: Vec<_> = w
        .iter()
        .filter(|x| x.3 > cell_text.3 + 1.0 && x.3 < cell_text.3 + 14.0)
        .filter(|x| x.1 > bullet.1 - 1.0 && x.2 < header.1)
        .collect();
    assert!(!next_line.is_empty(), "{w:?}");
    let continuation = next_line.iter().map(|x| x.1).fold(f32::INFINITY, f32::min);
    assert!(
        (continuation - cell_text.1).abs() < 0.3,
        "{cell_text:?} {next_line:?}"
    );
    // The bulleted list: every line starts at the text's edge.
    let item = &quarterly[1];
    let below: Vec<_> = w.iter().filter(|x| x.3 > item.3 + 1.0).collect();
    assert!(!below.is_empty());
    let left = below.iter().map(|x| x.1).fold(f32::INFINITY, f32::min);
    assert!((left - item.1).abs() < 0.3, "{item:?} {below:?}");
}

#[test]
fn prose_is_hyphenated_in_the_documents_language() {
    if !tool("pdftotext") {
        return;
    }
    let text = "Die Partnerschaftsvereinbarungen regeln Zertifizierungsanforderungen, Vertriebsverantwortlichkeiten und Marketingaktivitäten. ".repeat(12);
    let mut ends = Vec::new();
    for lang in ["de-DE", "ja-JP"] {
        let doc = PackDoc {
            lang: lang.into(),
            blocks: vec![Block::Paragraph(Paragraph::new(
                TextStyle::Body,
                text.clone(),
            ))],
            ..PackDoc::default()
        };
        let out = render(&doc).expect("render");
        let hyphenated = words(&out.bytes)
            .iter()
            .filter(|x| x.0.ends_with('-'))
            .count();
        ends.push(hyphenated);
    }
    assert!(ends[0] > 0, "German prose is hyphenated: {ends:?}");
    assert_eq!(ends[1], 0, "no patterns for Japanese: {ends:?}");
}
