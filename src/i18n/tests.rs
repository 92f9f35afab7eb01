use super::*;

fn file(rel: &str, text: &str) -> CatalogFile {
    CatalogFile {
        rel: rel.into(),
        shown: rel.into(),
        text: text.into(),
    }
}

#[test]
fn a_locale_takes_its_language_and_falls_back_to_english() {
    let files = vec![
        file("locales/en/a.ftl", "hello = Hello\npartners = { $n ->\n [one] one partner\n *[other] { $n } partners\n}\nonly-en = English only\n"),
        file("locales/de/a.ftl", "hello = Hallo\npartners = { $n ->\n [one] ein Partner\n *[other] { $n } Partner\n}\n"),
    ];
    let de = Catalog::load("de-CH", &files).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((de.tag(), de.lang(), de.is_native()), ("de-CH", "de", true));
    assert_eq!(de.t("hello"), "Hallo");
    assert_eq!(de.t("only-en"), "English only");
    assert_eq!(de.f("partners", &args(&[("n", 3.into())])), "3 Partner");
    assert_eq!(de.f("partners", &args(&[("n", 1.into())])), "ein Partner");
    let pt = Catalog::load("pt-BR", &files).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((pt.lang(), pt.is_native()), ("en", false));
    assert_eq!(pt.t("hello"), "Hello");
    assert!(
        !pt.statics().contains_key("partners"),
        "a message with arguments is not static"
    );
}

#[test]
fn a_catalog_that_does_not_parse_names_its_file_and_line() {
    let files = vec![file("locales/en/a.ftl", "hello = Hello\n= broken\n")];
    let e = Catalog::load("en-US", &files)
        .err()
        .map(|e| e.0)
        .unwrap_or_default();
    assert!(e.contains("locales/en/a.ftl:2"), "{e}");
}

#[test]
fn word_ids_are_lowercase_with_underscores() {
    assert_eq!(
        super::word_id("category", "regional-si"),
        "category_regional_si"
    );
    assert_eq!(super::word_id("tier", "Platinum"), "tier_platinum");
    assert_eq!(
        super::word_id("s_req", "gtm.activities x"),
        "s_req_gtm_activities_x"
    );
    // a word that is not ASCII goes through Unicode's lowercase mapping
    assert_eq!(
        super::word_id("category", "ÉTÉ-Straße"),
        "category_été_straße"
    );
}
