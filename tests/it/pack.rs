//! The board pack of the example plan, read back: pages, outline, metadata, fonts,
//! determinism, and (with poppler-utils and qpdf installed) text extraction and
//! structural validity.

use crate::support;

use partnerbook::pack::PackRenderer;
use partnerbook::project::{CheckOptions, Project};
use partnerbook::render::RenderOptions;
use partnerbook::values::Date;
use std::path::Path;
use support::{example_dir, require_tool, Cmd, PlanTest, TODAY};

fn today() -> Option<Date> {
    Date::parse(TODAY).ok()
}

fn render(dir: &Path) -> Vec<u8> {
    let project = Project::load(dir, &CheckOptions { today: today() }).expect("plan loads");
    let opts = RenderOptions {
        created_unix: 1_795_000_000,
        commit: Some("abc1234".into()),
        ..RenderOptions::default()
    };
    PackRenderer::new()
        .expect("fonts")
        .render_bytes(&project, &opts)
        .expect("renders")
}

fn example_pack() -> Vec<u8> {
    render(&example_dir())
}

/// The pack's text as `pdftotext -layout` extracts it.
fn pdf_text(pdftotext: &Path, bytes: &[u8]) -> String {
    let t = PlanTest::empty();
    let path = t.root().join("pack.pdf");
    std::fs::write(&path, bytes).expect("write");
    let out = Cmd::program(pdftotext)
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .run();
    out.expect_success();
    out.stdout
}

#[test]
fn pages_metadata_and_outline() {
    let bytes = example_pack();
    let doc = lopdf::Document::load_mem(&bytes).expect("valid PDF");
    assert!(
        doc.get_pages().len() >= 10,
        "{} pages",
        doc.get_pages().len()
    );
    let info_id = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .expect("info");
    let info = doc.get_dictionary(info_id).expect("info dict");
    let field = |k: &[u8]| {
        info.get(k)
            .ok()
            .and_then(|o| o.as_str().ok())
            .map(|s| {
                lopdf::decode_text_string(&lopdf::Object::String(
                    s.to_vec(),
                    lopdf::StringFormat::Literal,
                ))
                .unwrap_or_default()
            })
            .unwrap_or_default()
    };
    assert!(
        field(b"Title").contains("Northwind Analytics"),
        "title {:?}",
        field(b"Title")
    );
    assert_eq!(field(b"Author"), "Northwind Analytics");
    assert!(field(b"Subject").contains("Partner program plan 2027"));
    let toc = doc.get_toc().expect("outline");
    let titles: Vec<&str> = toc.toc.iter().map(|t| t.title.as_str()).collect();
    for section in [
        "Board summary",
        "Partner landscape",
        "Near the line",
        "Tier framework",
        "Tier review",
        "Competitive partner map",
        "Counter-strategy",
        "Decision log",
        "OKR progress",
        "Roadmap 2027",
        "Governance",
        "Appendix",
        "Full scorecard",
    ] {
        assert!(
            titles.contains(&section),
            "outline lacks {section}: {titles:?}"
        );
    }
    // every partner has an entry under the appendix
    assert!(
        titles.contains(&"Deloitte") && titles.contains(&"Nørd Data ApS"),
        "{titles:?}"
    );
    let appendix = toc
        .toc
        .iter()
        .find(|t| t.title == "Full scorecard")
        .expect("appendix");
    let deloitte = toc
        .toc
        .iter()
        .find(|t| t.title == "Deloitte")
        .expect("deloitte");
    assert!(
        deloitte.level > appendix.level,
        "partner entries nest under the appendix"
    );
}

#[test]
fn every_font_is_embedded() {
    let bytes = example_pack();
    let doc = lopdf::Document::load_mem(&bytes).expect("valid PDF");
    let mut fonts = 0;
    for obj in doc.objects.values() {
        let Ok(dict) = obj.as_dict() else { continue };
        if dict.get(b"Type").and_then(|t| t.as_name()).ok() != Some(b"FontDescriptor") {
            continue;
        }
        fonts += 1;
        assert!(
            dict.has(b"FontFile2") || dict.has(b"FontFile3") || dict.has(b"FontFile"),
            "font not embedded: {dict:?}"
        );
    }
    assert!(fonts >= 1);
}

#[test]
fn same_input_same_bytes() {
    assert!(example_pack() == example_pack());
}

#[test]
fn text_extracts_with_scores_and_unicode() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let text = pdf_text(&pdftotext, &example_pack());
    let project = Project::load(&example_dir(), &CheckOptions { today: today() }).expect("plan");
    for (p, f) in project.plan.partners.iter().zip(&project.analysis.partners) {
        let score = format!("{:.2}", f.score);
        let score = score.trim_end_matches('0').trim_end_matches('.');
        assert!(
            text.contains(score),
            "pdftotext lacks {}'s computed score {score}",
            p.name
        );
    }
    for needle in [
        "Partnership Board Pack",
        "Built from commit abc1234",
        "PARTNERSHIP THESIS — Northwind Analytics",
        "Board summary",
        "Priority ≥ 75",
        "CPO ↔ VP",
        "Nørd Data ApS",
        "Rivière & Associés Conseil",
        "Page 2 of",
        "Promote: Gold → Platinum",
    ] {
        assert!(text.contains(needle), "pdftotext output lacks {needle:?}");
    }
}

/// A German plan's pack is German: `/Lang (de-DE)` in the catalog, German metadata,
/// headings and page numbers, and amounts as German writes them.
#[test]
fn a_german_plan_gets_a_german_pack() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let t = PlanTest::init();
    let plan = t
        .read("plan.yaml")
        .replace("currency: USD", "currency: EUR\n  locale: de-DE")
        .replace('$', "€");
    t.write("plan.yaml", plan);
    let bytes = render(t.content());
    let doc = lopdf::Document::load_mem(&bytes).expect("valid PDF");
    let root = doc
        .trailer
        .get(b"Root")
        .and_then(|r| r.as_reference())
        .expect("root");
    let lang = doc
        .get_dictionary(root)
        .and_then(|d| d.get(b"Lang"))
        .and_then(|l| l.as_str())
        .map(|b| String::from_utf8_lossy(b).into_owned());
    assert_eq!(lang.ok().as_deref(), Some("de-DE"));
    let out = pdf_text(&pdftotext, &bytes);
    for needle in [
        "Zusammenfassung für den Vorstand",
        "Inhalt",
        "Seite 2 von",
        "18 Mio. €",
    ] {
        assert!(
            out.replace('\u{a0}', " ").contains(needle),
            "no `{needle}` in:\n{out}"
        );
    }
}

#[test]
fn euro_plans_render_the_euro_sign() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let t = PlanTest::init();
    // amounts in the plan currency: a `$` amount in an EUR plan is a money.currency error
    let plan = t
        .read("plan.yaml")
        .replace("currency: USD", "currency: EUR")
        .replace('$', "€");
    t.write("plan.yaml", plan);
    let out = pdf_text(&pdftotext, &render(t.content()));
    assert!(out.contains("€18M"), "no euro amounts in the pack");
}

#[test]
fn qpdf_check_passes() {
    let Some(qpdf) = require_tool("qpdf") else {
        return;
    };
    let t = PlanTest::empty();
    let path = t.root().join("pack.pdf");
    std::fs::write(&path, example_pack()).expect("write");
    let out = Cmd::program(qpdf).arg("--check").arg(&path).run();
    assert!(out.status.success(), "qpdf --check: {}", out.stdout);
}

/// The text of the key-figure tile labelled `label` in `pdftotext -layout` output:
/// the lines below the label, cut to the label's column (up to the next tile's).
fn pack_tile(text: &str, label: &str) -> String {
    let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
    let label: Vec<char> = label.chars().collect();
    let found = lines.iter().enumerate().find_map(|(row, l)| {
        l.windows(label.len())
            .position(|w| w == label.as_slice())
            .map(|col| (row, col))
    });
    let Some((row, col)) = found else {
        return String::new();
    };
    let after = col + label.len();
    let end = lines[row][after..]
        .iter()
        .position(|c| !c.is_whitespace())
        .map_or(usize::MAX, |e| after + e);
    lines[row + 1..]
        .iter()
        .take(6)
        .map(|l| l.iter().skip(col).take(end - col).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The dashboard's tile whose label contains `label`.
fn site_tile<'a>(home: &'a str, label: &str) -> &'a str {
    home.split(r#"<div class="kpi"#)
        .find(|tile| tile.contains(r#"class="kpi-label""#) && tile.contains(label))
        .unwrap_or("")
}

/// The dashboard and the board pack show the same north star and the same pipeline
/// against its key result, from `analysis::Kpis`.
#[test]
fn dashboard_and_pack_show_the_same_headline_figures() {
    use partnerbook::render::{RenderedFiles, Renderer};
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let dir = example_dir();
    let dir = dir.as_path();
    let project = Project::load(dir, &CheckOptions { today: today() }).expect("plan");
    let mut site = RenderedFiles::default();
    partnerbook::site::SiteRenderer::new()
        .render(&project, &RenderOptions::default(), &mut site)
        .expect("site renders");
    let home = String::from_utf8_lossy(site.get("index.html").expect("dashboard")).into_owned();
    let pack = pdf_text(&pdftotext, &render(dir));

    let k = &project.analysis.kpis;
    let sym = project.plan.money_style();
    let shown = |m: Option<partnerbook::values::Money>| m.map(|m| m.display(sym));
    let star = (shown(k.north_star.now), shown(k.north_star.target));
    assert_eq!(star, (Some("$3.1M".into()), Some("$21M".into())));
    let pipeline = (
        k.pipeline.value.display(sym),
        k.pipeline.target.map(|t| t.display(sym)),
    );
    assert_eq!(pipeline, ("$16.5M".into(), Some("$24M".into())));

    let site_star = site_tile(&home, "North star · Partner-sourced ARR");
    let pack_star = pack_tile(&pack, "NORTH STAR · PARTNER-SOURCED ARR");
    let site_pipeline = site_tile(&home, "Partner pipeline");
    let pack_pipeline = pack_tile(&pack, "PARTNER-SOURCED PIPELINE");
    for (tile, value, target) in [
        (site_star, ">$3.1M<", "target $21M"),
        (pack_star.as_str(), "$3.1M", "target $21M"),
        (site_pipeline, ">$16.5M<", "target $24M"),
        (pack_pipeline.as_str(), "$16.5M", "target $24M"),
    ] {
        assert!(
            tile.contains(value) && tile.contains(target),
            "a key figure lacks {value} or {target}:\n{tile}"
        );
    }
}

/// Every table of the example pack, as the pack's builder made it.
fn example_tables() -> Vec<partnerbook::pdf::Table> {
    let project = Project::load(&example_dir(), &CheckOptions { today: today() }).expect("plan");
    let fonts = partnerbook::pdf::FontSet::load().expect("fonts");
    let files = partnerbook::site::theme::catalog_files(None).unwrap_or_else(|e| panic!("{e}"));
    let lang = partnerbook::i18n::Lang::load(&project.plan.company.locale, &files)
        .unwrap_or_else(|e| panic!("{e}"));
    partnerbook::pack::build_doc(&project, &RenderOptions::default(), &fonts, &lang)
        .blocks
        .into_iter()
        .filter_map(|b| match b {
            partnerbook::pdf::Block::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

/// How often each whitespace-separated token occurs in `text`.
fn token_counts(text: &str) -> std::collections::HashMap<&str, usize> {
    let mut counts = std::collections::HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    counts
}

#[test]
fn no_table_cell_breaks_inside_a_word() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let text = pdf_text(&pdftotext, &example_pack());
    let found = token_counts(&text);
    let tables = example_tables();
    let mut wanted: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut labels: Vec<&str> = Vec::new();
    for t in &tables {
        for cell in t.rows.iter().flat_map(|r| &r.cells) {
            for w in cell.text.split_whitespace() {
                // The PDF sets a negative number's sign as a true minus.
                let signed = w.starts_with('-') && w[1..].starts_with(|c: char| c.is_ascii_digit());
                let w = if signed {
                    w.replacen('-', "\u{2212}", 1)
                } else {
                    w.to_string()
                };
                *wanted.entry(w).or_insert(0) += 1;
            }
            // Short labels ("Prospect → Platinum", "Technology Alliance") stay on one line.
            let words = cell.text.split_whitespace().count();
            if (2..=3).contains(&words) && !cell.text.contains('\n') {
                labels.push(&cell.text);
            }
        }
    }
    let mut split: Vec<&str> = wanted
        .iter()
        .filter(|(w, n)| found.get(w.as_str()).copied().unwrap_or(0) < **n)
        .map(|(w, _)| w.as_str())
        .collect();
    split.sort_unstable();
    assert!(
        split.is_empty(),
        "words broken inside a table cell: {split:?}"
    );
    for label in labels {
        let cells = tables
            .iter()
            .flat_map(|t| t.rows.iter().flat_map(|r| &r.cells))
            .filter(|c| c.text == label)
            .count();
        let lines = text
            .lines()
            .map(|l| l.matches(label).count())
            .sum::<usize>();
        assert!(lines >= cells, "{label:?} is broken across lines in a cell");
    }
}

#[test]
fn prose_gets_typographic_quotes_dashes_and_minus_signs() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let t = PlanTest::example();
    t.replace(
        "decisions/D-001-policy-engine.md",
        "so it must stay ours.",
        "so it must stay ours -- buyers call it \"the moat\" and it's the reason we win.",
    );
    let text = pdf_text(&pdftotext, &render(t.content()));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("ours – buyers call it “the moat” and it’s"),
        "{flat}"
    );
    assert!(!flat.contains("\"the moat\""));
    // The example's negative figures (a score's change) are set with a true minus.
    assert!(
        flat.contains("\u{2212}1.10") && !flat.contains(" -1.10"),
        "{flat}"
    );
}

/// A Japanese plan: the partner's kanji and kana name and a sponsor's name draw (with
/// the system's Noto Sans CJK JP) and extract as written; the pack passes PDF/UA.
#[test]
fn a_japanese_plan_draws_and_extracts_every_name() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let cjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    if !Path::new(cjk).exists() && support::missing::<()>("fonts-noto-cjk").is_none() {
        return;
    }
    let t = PlanTest::init();
    t.replace(
        "plan.yaml",
        "currency: USD",
        "currency: USD\n  locale: ja-JP",
    );
    t.replace(
        "partners/deloitte.md",
        "name: Deloitte",
        "name: 株式会社ミナト精機",
    );
    t.replace(
        "governance.yaml",
        "partner_executive: VP Alliance, Risk Advisory",
        "partner_executive: 山田太郎（リスク担当）",
    );
    let ran = t.build(&["--no-history"]);
    assert_eq!(ran.code(), 0, "{}", ran.stderr);
    let bytes = std::fs::read(t.output().join("board-pack.pdf")).expect("pack");
    let text = pdf_text(&pdftotext, &bytes);
    for needle in ["株式会社ミナト精機", "山田太郎（リスク担当）", "取締役会"]
    {
        assert!(text.contains(needle), "no `{needle}` in:\n{text}");
    }
    assert!(!text.contains('?'), "a character was replaced:\n{text}");
    assert!(bytes.len() < 1_500_000, "{} bytes", bytes.len());
    if let Some(pdfua) = support::pdfua() {
        let out = std::process::Command::new(pdfua)
            .arg("check")
            .arg(t.output().join("board-pack.pdf"))
            .output()
            .expect("pdfua");
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{report}");
    }
}

/// A character no font draws stops the build at the place the plan writes it, and
/// the previous output stays as it was.
#[test]
fn a_character_no_font_draws_stops_the_build_at_its_place() {
    let t = PlanTest::init();
    assert_eq!(t.build(&["--no-history"]).code(), 0);
    let before = std::fs::read(t.output().join("board-pack.pdf")).expect("pack");
    t.replace("partners/kpmg.md", "name: KPMG", "name: KPMG \u{E000}");
    let ran = t.build(&["--no-history"]);
    assert_ne!(ran.code(), 0, "{}", ran.stderr);
    assert!(
        ran.stderr
            .contains("error[pack.glyphs]: U+E000 is a private-use character"),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr.contains("partners/kpmg.md:2:12"),
        "{}",
        ran.stderr
    );
    let after = std::fs::read(t.output().join("board-pack.pdf")).expect("pack");
    assert_eq!(before, after, "the previous pack was replaced");
}
