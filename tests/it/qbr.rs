//! `partnerbook qbr` and `build --qbr` on the example plan: one internal QBR pack per
//! Platinum and Gold partner, each holding its partner's name, its next tier's
//! requirements and the internal sections (read back with `pdftotext`), passing
//! `pdfua check`; partner pages link their pack; an unknown id fails with a suggestion;
//! a plan with errors writes nothing.

use crate::support;

use std::path::Path;
use support::{require_tool, Cmd, PlanTest, TODAY};

/// The example plan's Platinum and Gold partners, with their names.
const PACKS: [(&str, &str); 8] = [
    ("accenture", "Accenture"),
    ("deloitte", "Deloitte"),
    ("harbor-risk-partners", "Harbor Risk Partners"),
    ("kpmg", "KPMG"),
    ("pwc", "PwC"),
    ("riviere-associes", "Rivière"),
    ("snowflake", "Snowflake"),
    ("workiva", "Workiva"),
];

fn qbr(t: &PlanTest, extra: &[&str]) -> support::Ran {
    t.partnerbook(["qbr", "--today", TODAY, "--no-history"])
        .arg("--content")
        .arg(t.content_arg())
        .arg("--output")
        .arg(t.output())
        .args(extra)
        .run()
}

/// The pack's text as `pdftotext` extracts it (lines joined, so wrapped phrases match).
fn pdf_text(pdftotext: &Path, path: &Path) -> String {
    let out = Cmd::program(pdftotext).arg(path).arg("-").run();
    out.expect_success();
    out.stdout.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn qbr_writes_a_pack_for_every_platinum_and_gold_partner() {
    let t = PlanTest::example();
    qbr(&t, &[])
        .expect_success()
        .stderr_has("wrote 8 QBR packs");
    for (id, _) in PACKS {
        let pdf = t.out(&format!("qbr/{id}.pdf"));
        let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert!(bytes.starts_with(b"%PDF-"), "{id}");
    }
    let written: Vec<String> = std::fs::read_dir(t.out("qbr"))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(written.len(), 8, "{written:?}");
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    for (id, name) in PACKS {
        let text = pdf_text(&pdftotext, &t.out(&format!("qbr/{id}.pdf")));
        for needle in [
            name,
            "the relationship",
            "Proposed agenda",
            "Commitments against",
            "Benefits",
            "Performance",
            "Sponsors and cadence",
            "Decisions naming this partner",
            "Competitor exposure",
            "Next QBR",
            "Confidential: internal, not for the partner",
        ] {
            assert!(text.contains(needle), "{id}: no {needle:?} in\n{text}");
        }
    }
    // a Gold partner: its distance to Platinum, requirement by requirement, in numbers
    let workiva = pdf_text(&pdftotext, &t.out("qbr/workiva.pdf"));
    for needle in [
        "Distance to Platinum",
        "Annual pipeline",
        "Certified individuals",
        "Dedicated practice",
        "Joint business plan",
        "Quarterly business reviews",
        "Named PAM at the partner",
        "Joint GTM activities a year",
        "3 of 7 Platinum requirements met",
        "$400K of pipeline",
        "1 certified individual",
        "2 GTM activities a year",
        "Plan the path to Platinum",
    ] {
        assert!(
            workiva.contains(needle),
            "workiva: no {needle:?} in\n{workiva}"
        );
    }
    // a Platinum partner: no tier above, and what keeping it takes
    let deloitte = pdf_text(&pdftotext, &t.out("qbr/deloitte.pdf"));
    assert!(deloitte.contains("Platinum is the top tier"), "{deloitte}");
    assert!(deloitte.contains("Keeping Platinum"), "{deloitte}");
    assert!(
        deloitte.contains("Collibra"),
        "competitor exposure: {deloitte}"
    );
}

#[test]
fn qbr_packs_pass_pdfua() {
    let t = PlanTest::example();
    qbr(&t, &["workiva", "deloitte"]).expect_success();
    let Some(pdfua) = support::pdfua() else {
        eprintln!("pdfua missing: skipped");
        return;
    };
    for id in ["workiva", "deloitte"] {
        let out = Cmd::program(&pdfua)
            .arg("check")
            .arg(t.out(&format!("qbr/{id}.pdf")))
            .run();
        assert_eq!(out.code(), 0, "{id}: pdfua: {}\n{}", out.stdout, out.stderr);
        assert!(!out.stdout.contains("[skip"), "{id}: pdfua: {}", out.stdout);
    }
}

#[test]
fn build_with_qbr_writes_the_packs_and_partner_pages_link_them() {
    let t = PlanTest::example();
    t.build(&["--qbr", "--no-pdf", "--no-history"])
        .expect_success();
    for (id, _) in PACKS {
        assert!(t.out(&format!("qbr/{id}.pdf")).is_file(), "{id}");
        let page = t.page(&format!("partners/{id}.html"));
        assert!(
            page.contains(&format!("href=\"../qbr/{id}.pdf\"")),
            "{id}'s page links its QBR pack"
        );
    }
    let silver = t.page("partners/nord-data.html");
    assert!(!silver.contains("qbr/"), "a Silver partner has no QBR pack");
    // `qbr` afterwards adds to the site's output and keeps the site
    qbr(&t, &["pwc"]).expect_success();
    assert!(t.out("index.html").is_file());
    assert!(t.out("qbr/workiva.pdf").is_file());
}

#[test]
fn an_unknown_partner_fails_with_a_suggestion_and_writes_nothing() {
    let t = PlanTest::example();
    let ran = qbr(&t, &["workvia"]);
    assert_ne!(ran.code(), 0);
    ran.stderr_has("no partner `workvia`")
        .stderr_has("did you mean `workiva`?");
    assert!(!t.out("qbr").exists());
}

#[test]
fn a_plan_with_errors_writes_nothing() {
    let t = PlanTest::example();
    t.replace(
        "partners/workiva.md",
        "certified_individuals: 4",
        "certified_individuals: 1",
    );
    let ran = qbr(&t, &["workiva"]);
    ran.expect_code(1).stderr_has("qbr stopped");
    assert!(!t.out("qbr").exists());
}

#[test]
fn partner_facing_packs_pass_pdfua() {
    let t = PlanTest::example();
    qbr(&t, &["--audience", "partner", "workiva", "deloitte"]).expect_success();
    let Some(pdfua) = support::pdfua() else {
        eprintln!("pdfua missing: skipped");
        return;
    };
    for id in ["workiva", "deloitte"] {
        let out = Cmd::program(&pdfua)
            .arg("check")
            .arg(t.out(&format!("qbr/{id}.pdf")))
            .run();
        assert_eq!(out.code(), 0, "{id}: pdfua: {}\n{}", out.stdout, out.stderr);
    }
}

/// The partner's notes, internal parts included, are in its internal pack, and
/// nowhere in the pack made for the partner.
#[test]
fn the_internal_pack_holds_the_partners_notes_and_the_partner_pack_does_not() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let t = PlanTest::example();
    t.replace(
        "partners/workiva.md",
        "mirrored by our VP Alliance GTM.",
        "mirrored by our VP Alliance GTM.\n\n<!-- internal -->\nRenewal risk: their CFO wants a price review before the connector ships.\n<!-- /internal -->",
    );
    qbr(&t, &["workiva"]).expect_success();
    let internal = pdf_text(&pdftotext, &t.out("qbr/workiva.pdf"));
    assert!(
        internal.contains("Notes from the account team"),
        "{internal}"
    );
    assert!(
        internal.contains("the partner behind our regulatory reporting connectors"),
        "{internal}"
    );
    assert!(
        internal.contains("their CFO wants a price review"),
        "{internal}"
    );
    qbr(&t, &["workiva", "--audience", "partner"]).expect_success();
    let shared = pdf_text(&pdftotext, &t.out("qbr/workiva.pdf"));
    assert!(shared.contains("Workiva"), "{shared}");
    assert!(!shared.contains("price review"), "{shared}");
    assert!(!shared.contains("Notes from the account team"), "{shared}");
}
