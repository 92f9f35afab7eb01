//! What a partner receives holds nothing it may not see: for every partner of the
//! example plan, its partner-facing QBR pack (page text, metadata, XMP, outline,
//! structure tree texts, link descriptions, the file's name) names no other partner,
//! no competitor, none of the program's economics and no internal note; the internal
//! pack of the same partner does hold the internal note's partner-independent facts.

use crate::support;

use partnerbook::project::{CheckOptions, Project};
use support::{example_dir, has_word, require_tool, PlanTest, TODAY};

/// Every string a PDF holds outside its page text: the document information, XMP,
/// outline titles, link descriptions, alternative and actual texts.
fn pdf_strings(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("valid PDF");
    let mut out = String::new();
    for obj in doc.objects.values() {
        collect(obj, &mut out);
        if let Ok(stream) = obj.as_stream() {
            let is_xml = stream
                .dict
                .get(b"Subtype")
                .and_then(|s| s.as_name())
                .is_ok_and(|n| n == b"XML");
            if is_xml {
                let content = stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone());
                out.push_str(&String::from_utf8_lossy(&content));
                out.push('\n');
            }
        }
    }
    out
}

fn collect(obj: &lopdf::Object, out: &mut String) {
    match obj {
        lopdf::Object::String(bytes, _) => {
            if bytes.starts_with(&[0xFE, 0xFF]) {
                let units: Vec<u16> = bytes[2..]
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect();
                out.push_str(&String::from_utf16_lossy(&units));
            } else {
                out.push_str(&String::from_utf8_lossy(bytes));
            }
            out.push('\n');
        }
        lopdf::Object::Array(items) => items.iter().for_each(|o| collect(o, out)),
        lopdf::Object::Dictionary(d) => d.iter().for_each(|(_, o)| collect(o, out)),
        _ => {}
    }
}

/// What no partner-facing file may hold, for partner `own` of the example plan.
fn forbidden(project: &Project, own: &str) -> Vec<String> {
    let plan = &project.plan;
    let own_name = plan
        .partner(own)
        .map(|p| p.name.to_lowercase())
        .unwrap_or_default();
    let mut words: Vec<String> = Vec::new();
    for p in plan.partners.iter().filter(|p| p.id != own) {
        for w in [&p.name, &p.id] {
            // `EY` inside `EY Global` would be the partner's own name
            if !has_word(&own_name, w) {
                words.push(w.clone());
            }
        }
    }
    for c in &plan.competitors {
        words.push(c.name.clone());
        words.push(c.id.clone());
    }
    // the program's economics (its words, and cost lines no partner figure equals) and
    // the internal note of the shared page
    words.extend(
        [
            "ROI",
            "CAC",
            "gross margin",
            "program cost",
            "payouts",
            "$950K",
            "$160K",
            "tell the partner before the registration lapses",
        ]
        .map(String::from),
    );
    words
}

/// The words of `words` that `text` holds.
fn leaks(text: &str, words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| has_word(text, w))
        .cloned()
        .collect()
}

#[test]
fn no_partner_facing_qbr_pack_holds_what_its_partner_may_not_see() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let project = Project::load(&example_dir(), &CheckOptions::default()).expect("example");
    let t = PlanTest::example();
    let ids: Vec<String> = project.plan.partners.iter().map(|p| p.id.clone()).collect();
    let out_dir = t.root().join("shared");
    let ran = t
        .partnerbook(["qbr", "--audience", "partner", "--today", TODAY])
        .arg("--content")
        .arg(t.content_arg())
        .arg("--output")
        .arg(&out_dir)
        .args(&ids)
        .run();
    assert_eq!(ran.code(), 0, "{}", ran.stderr);
    let mut failures = Vec::new();
    for id in &ids {
        let file = out_dir.join("qbr").join(format!("{id}.pdf"));
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let page_text = std::process::Command::new(&pdftotext)
            .arg(&file)
            .arg("-")
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&page_text.stdout).into_owned();
        let own = project.plan.partner(id).expect("partner");
        assert!(text.contains(&own.name), "{id}: its own name is missing");
        let all = format!("{text}\n{}", pdf_strings(&bytes));
        let found = leaks(&all, &forbidden(&project, id));
        if !found.is_empty() {
            failures.push(format!("{id}: {found:?}"));
        }
    }
    // only the partners' own packs were written
    let written: Vec<String> = std::fs::read_dir(out_dir.join("qbr"))
        .expect("qbr dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(written.len(), ids.len(), "{written:?}");
    assert!(failures.is_empty(), "leaks:\n{}", failures.join("\n"));
}

#[test]
fn scores_reach_a_partner_only_when_the_plan_shares_them() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let text_of = |t: &PlanTest| {
        let out = t.root().join("shared");
        let ran = t
            .partnerbook(["qbr", "deloitte", "--audience", "partner", "--today", TODAY])
            .arg("--content")
            .arg(t.content_arg())
            .arg("--output")
            .arg(&out)
            .run();
        assert_eq!(ran.code(), 0, "{}", ran.stderr);
        let pdf = out.join("qbr/deloitte.pdf");
        let o = std::process::Command::new(&pdftotext)
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext");
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let hidden = text_of(&PlanTest::example());
    let shared = PlanTest::example();
    let plan = shared.read("plan.yaml");
    shared.write("plan.yaml", format!("{plan}sharing:\n  scores: true\n"));
    let shown = text_of(&shared);
    let score = "89.05";
    assert!(
        !hidden.contains(score),
        "score shown without sharing.scores"
    );
    assert!(
        shown.contains(score),
        "score not shown with sharing.scores:\n{shown}"
    );
}
