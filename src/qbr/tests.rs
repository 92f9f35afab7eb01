//! The QBR pack of the example plan: every message exists, no id reaches the page, each
//! language reads its own words; the renderer picks Platinum and Gold partners and
//! refuses an unknown id with a suggestion.

use super::*;
use crate::i18n::Lang;
use crate::project::CheckOptions;

const SOURCES: [&str; 5] = [
    include_str!("mod.rs"),
    include_str!("doc.rs"),
    include_str!("sections.rs"),
    include_str!("agenda.rs"),
    include_str!("partner_facing.rs"),
];

fn lang(locale: &str) -> Lang {
    let files = crate::site::theme::catalog_files(None).unwrap_or_else(|e| panic!("{e}"));
    Lang::load(locale, &files).unwrap_or_else(|e| panic!("{e}"))
}

fn example() -> Result<Project, String> {
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let today = crate::values::Date::parse("2026-11-24").ok();
    Project::load(&content, &CheckOptions { today }).map_err(|e| e.0)
}

/// Every `qbr_`, `pack_` and `s_` message the QBR pack names is in the English catalog
/// (the catalog test keeps the other languages complete against it).
#[test]
fn every_message_the_qbr_pack_reads_exists() {
    let en = lang("en-US");
    let mut ids = Vec::new();
    for src in SOURCES {
        for prefix in ["\"qbr_", "\"pack_", "\"s_"] {
            for (i, _) in src.match_indices(prefix) {
                let id: String = src[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !id.ends_with('_') {
                    ids.push(id);
                }
            }
        }
    }
    let missing: Vec<&String> = ids.iter().filter(|id| !en.catalog.has(id)).collect();
    assert!(ids.len() > 80, "{} ids", ids.len());
    assert!(missing.is_empty(), "no message for {missing:?}");
}

/// The pack of every default partner in every language: no message id reaches the page;
/// the German pack speaks German; the Gold partner's pack holds its distance to Platinum.
#[test]
fn the_qbr_pack_speaks_every_language() -> Result<(), String> {
    let project = example()?;
    let opts = RenderOptions::default();
    let ids = default_partners(&project);
    for locale in ["en-US", "de-DE", "fr-FR", "es-ES", "ja-JP"] {
        let l = lang(locale);
        for id in &ids {
            let i = index_of(&project, id).map_err(|e| e.0)?;
            let doc = doc::build_doc(&project, &opts, &l, i);
            let text = format!("{doc:?}");
            for leak in ["qbr_", "pack_", "\"s_", " s_"] {
                assert!(!text.contains(leak), "{locale} {id}: a message id ({leak})");
            }
            if locale == "de-DE" && id == "workiva" {
                for words in ["Abstand zur Stufe Platin", "Vorgeschlagene Tagesordnung"] {
                    assert!(text.contains(words), "the German pack lacks {words}");
                }
            }
            if locale == "en-US" && id == "workiva" {
                for words in [
                    "Workiva: the relationship",
                    "Distance to Platinum",
                    "$400K of pipeline",
                    "Proposed agenda",
                    "Competitor exposure",
                ] {
                    assert!(text.contains(words), "the pack lacks {words}");
                }
            }
        }
    }
    Ok(())
}

#[test]
fn default_partners_are_platinum_and_gold_and_unknown_ids_get_a_suggestion() -> Result<(), String> {
    let project = example()?;
    let ids = default_partners(&project);
    assert_eq!(
        ids,
        [
            "accenture",
            "deloitte",
            "harbor-risk-partners",
            "kpmg",
            "pwc",
            "riviere-associes",
            "snowflake",
            "workiva"
        ]
    );
    assert_eq!(resolve(&project, &["pwc".into(), "pwc".into()])?, ["pwc"]);
    let err = resolve(&project, &["workvia".into()])
        .err()
        .unwrap_or_default();
    assert!(err.contains("did you mean `workiva`"), "{err}");
    Ok(())
}
