//! The default theme's catalogs against its templates and partnerbook's vocabularies:
//! every language complete, every message a template reads present, every word of a
//! closed vocabulary worded.

use crate::i18n::{word_id, Catalog, CatalogFile};

/// The default theme's catalogs, as the theme loads them.
fn default_catalogs() -> Vec<CatalogFile> {
    crate::site::theme::default_theme_files()
        .into_iter()
        .filter(|(rel, _)| rel.starts_with("locales/"))
        .map(|(rel, bytes)| CatalogFile {
            shown: rel.clone(),
            text: String::from_utf8_lossy(bytes).into_owned(),
            rel,
        })
        .collect()
}

/// The message ids of one language of the default theme.
fn ids_of(lang: &str) -> std::collections::BTreeSet<String> {
    let files: Vec<CatalogFile> = default_catalogs()
        .into_iter()
        .filter(|f| crate::i18n::lang_of(&f.rel) == Some(lang))
        .collect();
    crate::i18n::message_ids(&files).into_iter().collect()
}

/// The languages every default catalog must be complete in.
const COMPLETE: [&str; 5] = ["en", "de", "fr", "es", "ja"];

#[test]
fn every_language_of_the_default_theme_has_every_message_and_no_other() {
    let en = ids_of("en");
    assert!(!default_catalogs().is_empty());
    for lang in COMPLETE.iter().skip(1) {
        let ids = ids_of(lang);
        let missing: Vec<&String> = en.difference(&ids).collect();
        let extra: Vec<&String> = ids.difference(&en).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
    }
    for lang in COMPLETE {
        let c = Catalog::load(lang, &default_catalogs()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.lang(), lang, "{lang} has a catalog");
    }
}

/// Every `msg.<id>` a default template reads is an English message without arguments.
#[test]
fn every_message_a_template_reads_exists() {
    let en = Catalog::load("en-US", &default_catalogs()).unwrap_or_else(|e| panic!("{e}"));
    let mut missing = Vec::new();
    for (rel, bytes) in crate::site::theme::default_theme_files() {
        if !rel.starts_with("templates/") {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        for (i, _) in text.match_indices("msg.") {
            let before = text[..i].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let id: String = text[i + 4..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !id.is_empty() && !en.statics().contains_key(&id) {
                missing.push(format!("{rel}: msg.{id}"));
            }
        }
        for (i, _) in text.match_indices("tr(id=\"") {
            let id: String = text[i + 7..].chars().take_while(|c| *c != '"').collect();
            if !en.has(&id) {
                missing.push(format!("{rel}: tr(id=\"{id}\")"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "templates read messages the catalog lacks: {missing:?}"
    );
}

/// Every word of every closed vocabulary has its message (`lang.word(kind, word)`).
#[test]
fn every_vocabulary_word_has_a_message() {
    use crate::model::*;
    let en = Catalog::load("en-US", &default_catalogs()).unwrap_or_else(|e| panic!("{e}"));
    let kinds: [(&str, &[&str]); 12] = [
        ("tier", TierLevel::WORDS),
        ("landscape", Landscape::WORDS),
        ("partner_status", PartnerStatus::WORDS),
        ("joint_plan", JointPlan::WORDS),
        ("cadence", Cadence::WORDS),
        ("decision_kind", DecisionKind::WORDS),
        ("decision_status", DecisionStatus::WORDS),
        ("item_status", ItemStatus::WORDS),
        ("category", Category::WORDS),
        ("better", Better::WORDS),
        ("band", &["priority", "secondary", "opportunistic"]),
        ("board_status", &["on-track", "at-risk", "off-track"]),
    ];
    let missing: Vec<String> = kinds
        .iter()
        .flat_map(|(kind, words)| words.iter().map(move |w| word_id(kind, w)))
        .filter(|id| !en.statics().contains_key(id))
        .collect();
    assert!(missing.is_empty(), "no message for {missing:?}");
}
