//! Every script draws and extracts: Japanese through the system's CJK faces, Arabic
//! and Hebrew in reading order, Devanagari as written; text is kerned; a font file
//! given in the options is used before the system's.

use std::process::Command;

use lopdf::Document;

use super::*;

/// The system fonts a script needs; missing, the test is skipped on a developer's
/// machine but fails when `CI` is set (`.ci/run` installs them).
fn system_has(path: &str) -> bool {
    let found = std::path::Path::new(path).exists();
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    assert!(
        found || !ci,
        "{path} is required when CI is set (.ci/run installs it)"
    );
    found
}

const CJK: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const CORE: &str = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";

fn pdftotext(bytes: &[u8]) -> String {
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), bytes).expect("write");
    let out = Command::new("pdftotext")
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn doc_of(lang: &str, lines: &[&str]) -> PackDoc {
    PackDoc {
        lang: lang.into(),
        blocks: lines
            .iter()
            .map(|l| Block::Paragraph(Paragraph::new(TextStyle::Body, *l)))
            .collect(),
        ..PackDoc::default()
    }
}

fn fonts_for(lang: &str) -> FontSet {
    FontSet::with_options(&FontOptions {
        lang: lang.into(),
        ..FontOptions::default()
    })
    .expect("fonts")
}

/// The base font names embedded in `bytes`.
fn font_names(bytes: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(bytes).expect("parse");
    let mut names: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Type0"))
        .filter_map(|d| d.get(b"BaseFont").and_then(|n| n.as_name()).ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn japanese_names_draw_with_the_japanese_face_and_extract() {
    if !system_has(CJK) {
        return;
    }
    let fonts = fonts_for("ja-JP");
    let doc = doc_of(
        "ja-JP",
        &[
            "株式会社ミナト精機",
            "Tōkyō Systems 東京システム",
            "CEO 山田太郎",
        ],
    );
    assert!(fonts.missing(&doc).is_empty());
    let out = render_with(&fonts, &doc).expect("render");
    let text = pdftotext(&out.bytes);
    for want in [
        "株式会社ミナト精機",
        "Tōkyō Systems 東京システム",
        "CEO 山田太郎",
    ] {
        assert!(text.contains(want), "{want:?} not in {text:?}");
    }
    let names = font_names(&out.bytes);
    assert!(
        names.iter().any(|n| n.ends_with("+NotoSansCJKjp-Regular")),
        "the Japanese face first for ja: {names:?}"
    );
    assert!(
        out.bytes.len() < 1_500_000,
        "subset only: {} bytes",
        out.bytes.len()
    );
}

#[test]
fn arabic_and_hebrew_names_extract_in_reading_order() {
    if !system_has(CORE) {
        return;
    }
    let fonts = fonts_for("en-US");
    let names = ["شركة الخليج للتقنية", "מערכות אופק"];
    let out = render_with(&fonts, &doc_of("en-US", &names)).expect("render");
    let text = pdftotext(&out.bytes);
    for want in names {
        assert!(text.contains(want), "{want:?} not in {text:?}");
    }
    let faces = font_names(&out.bytes);
    assert!(faces.iter().any(|n| n.contains("Arabic")), "{faces:?}");
    assert!(faces.iter().any(|n| n.contains("Hebrew")), "{faces:?}");
}

#[test]
fn devanagari_extracts_as_written() {
    if !system_has(CORE) {
        return;
    }
    let fonts = fonts_for("hi-IN");
    let name = "इंफोसिस भारत साझेदार";
    let out = render_with(&fonts, &doc_of("hi-IN", &[name])).expect("render");
    let text = pdftotext(&out.bytes);
    assert!(text.contains(name), "{name:?} not in {text:?}");
}

#[test]
fn arabic_letters_join_when_shaped() {
    if !system_has(CORE) {
        return;
    }
    let fonts = fonts_for("ar");
    // joined forms: the shaped line differs from the letters' isolated forms
    let word = fonts.shape("الخليج", fonts::Weight::Regular, Default::default());
    let isolated: Vec<u16> = "الخليج"
        .chars()
        .filter_map(|c| {
            let face = fonts.faces().get(word.runs[0].face);
            face.shaping().glyph_index(c).map(|g| g.0)
        })
        .collect();
    let shaped: Vec<u16> = word.runs[0].glyphs.iter().map(|g| g.id).collect();
    assert_ne!(shaped.iter().rev().copied().collect::<Vec<_>>(), isolated);
}

#[test]
fn latin_text_is_kerned() {
    let fonts = FontSet::load().expect("fonts");
    // "AVAT" has kerning pairs in Noto Sans: shaped narrower than its advances
    let shaped = fonts.shape("AVAT Ta Yo", fonts::Weight::Regular, Default::default());
    let run = &shaped.runs[0];
    let face = fonts.faces().get(run.face);
    let kerned: i32 = run.glyphs.iter().map(|g| g.advance).sum();
    let plain: i32 = run
        .glyphs
        .iter()
        .map(|g| i32::from(face.advance(g.id)))
        .sum();
    assert!(kerned < plain, "kerned {kerned} vs plain {plain}");
    // and the page says so: a TJ array with a number between glyph strings
    let out = render(&doc_of("en-US", &["AVAT Ta Yo"])).expect("render");
    let doc = Document::load_mem(&out.bytes).expect("parse");
    let page = *doc.get_pages().values().next().expect("page");
    let content = doc.get_and_decode_page_content(page).expect("content");
    let kerned_tj = content.operations.iter().any(|op| {
        op.operator == "TJ"
            && op.operands[0]
                .as_array()
                .is_ok_and(|a| a.iter().any(|o| o.as_i64().is_ok_and(|n| n != 0)))
    });
    assert!(kerned_tj, "no kerning adjustment in the content stream");
}

#[test]
fn figures_in_number_columns_are_tabular() {
    let fonts = FontSet::load().expect("fonts");
    let tab = shape::Features { tabular: true };
    let w = |s: &str| fonts.width_with(s, fonts::Weight::Regular, tab, 10.0);
    assert!(
        (w("1111") - w("0000")).abs() < 0.01,
        "{} vs {}",
        w("1111"),
        w("0000")
    );
}

#[test]
fn a_font_file_in_the_options_comes_before_the_system() {
    if !system_has(CORE) {
        return;
    }
    let bytes =
        std::fs::read("/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf").expect("font");
    let fonts = FontSet::with_options(&FontOptions {
        files: vec![FontFile {
            label: "fonts/hebrew.ttf".into(),
            bytes,
        }],
        system: false,
        ..FontOptions::default()
    })
    .expect("fonts");
    assert!(fonts.covers('א'));
    assert!(!fonts.covers('ش'), "the system is off");
    let bad = FontSet::with_options(&FontOptions {
        files: vec![FontFile {
            label: "fonts/notes.ttf".into(),
            bytes: b"not a font".to_vec(),
        }],
        ..FontOptions::default()
    });
    assert!(matches!(bad, Err(PdfError::FontFile(l)) if l == "fonts/notes.ttf"));
}

#[test]
fn a_family_that_is_not_installed_is_an_error() {
    let r = FontSet::with_options(&FontOptions {
        families: vec!["Partnerbook Missing Sans".into()],
        ..FontOptions::default()
    });
    assert!(matches!(r, Err(PdfError::FontFamily(f)) if f == "Partnerbook Missing Sans"));
}
