//! Slugs: the one way partnerbook turns any text into a lower-case ASCII id
//! (`Lohnbüro Meyer` → `lohnburo-meyer`, `Deal registration (SLA)` → `deal-registration-sla`).
//!
//! Used for suggested file names (partners, decisions) and for heading anchors. Letters
//! outside ASCII are transliterated with `deunicode` rather than dropped, so a suggestion
//! never splits a word (`lohnb-ro-meyer`).
//!
//! An id made from a name ([`id_from_name`]) never reads a word in another language's
//! way: the Latin part of a name gives the id when there is one (`Tōkyō Systems
//! 東京システム` → `tokyo-systems`), kana are romanized by Hepburn ([`kana`]), and a
//! name written in Chinese characters alone gives none (their reading depends on the
//! language: `大和商事` is not `da-he-shang-shi`), so the user names the id.

mod kana;

/// The id a name gives: its Latin part when it has Latin letters; else its kana,
/// romanized (kanji left out: `株式会社ミナト精機` → `minato`); else, for any other
/// script but Chinese characters, its transliteration (`Συνεργάτες` → `sunergates`).
/// `None` when there is nothing to read without knowing the language: a name in
/// Chinese characters alone (`大和商事`), or no letters at all.
pub fn id_from_name(name: &str) -> Option<String> {
    let nonempty = |s: String| (!s.is_empty()).then_some(s);
    if name.chars().any(is_latin_letter) {
        let latin: String = name
            .chars()
            .map(|c| {
                if c.is_ascii() || is_latin_letter(c) {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        return nonempty(slugify(&latin));
    }
    if name.chars().any(kana::is_kana) {
        return nonempty(slugify(&kana::romanize(name)));
    }
    let readable = name
        .chars()
        .any(|c| c.is_alphabetic() && !is_han(c) && !c.is_ascii());
    if !readable {
        return None;
    }
    let without_han: String = name
        .chars()
        .map(|c| if is_han(c) { ' ' } else { c })
        .collect();
    nonempty(slugify(&without_han))
}

/// A heading's anchor: the id its text gives ([`id_from_name`]), else its own
/// letters and digits in lower case (`売上目標` stays `売上目標`: a fragment may hold
/// any letter, and a reading from another language would be wrong).
pub fn anchor(text: &str) -> String {
    if let Some(id) = id_from_name(text) {
        return id;
    }
    dashed(text, char::is_alphanumeric)
}

/// The characters of `text` that `keep` keeps, in lower case, each run of the others
/// turned into one `-`, none at either end.
fn dashed(text: &str, keep: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars() {
        if keep(c) {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

/// A letter of the Latin script (ASCII, Latin-1, Latin Extended A/B and Additional).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (c.is_alphabetic() && matches!(c, '\u{00c0}'..='\u{024f}' | '\u{1e00}'..='\u{1eff}'))
}

/// A Chinese character (kanji, hanzi, hanja): CJK Unified Ideographs and their
/// extension A, compatibility ideographs, and the iteration mark `々`.
fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '\u{3005}' | '\u{20000}'..='\u{2ffff}')
}

/// The slug of `text`: ASCII letters and digits, lower-case, runs of anything else
/// turned into one `-`, none at either end. Empty when `text` has no letter or digit.
pub fn slugify(text: &str) -> String {
    dashed(&deunicode::deunicode(text), |c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn ascii_text() {
        assert_eq!(slugify("Deal registration (SLA)"), "deal-registration-sla");
        assert_eq!(slugify("  Tiers at a glance "), "tiers-at-a-glance");
        assert_eq!(slugify("Big 4 -- advisory"), "big-4-advisory");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn ids_from_names_never_read_a_word_the_way_another_language_would() {
        use super::id_from_name as id;
        assert_eq!(
            id("Tōkyō Systems 東京システム").as_deref(),
            Some("tokyo-systems")
        );
        assert_eq!(id("Daiwa Shōji 大和商事").as_deref(), Some("daiwa-shoji"));
        assert_eq!(id("株式会社ミナト精機").as_deref(), Some("minato"));
        assert_eq!(
            id("システムズ・ジャパン").as_deref(),
            Some("shisutemuzu-japan")
        );
        assert_eq!(id("大和商事"), None);
        assert_eq!(id("東京123"), None);
        assert_eq!(id("---"), None);
        assert_eq!(id("Lohnbüro Meyer").as_deref(), Some("lohnburo-meyer"));
        assert_eq!(id("Συνεργάτες").as_deref(), Some("sunergates"));
        assert_eq!(id("Сбербанк Партнёр").as_deref(), Some("sberbank-partnior"));
        assert_eq!(id("삼성 SDS").as_deref(), Some("sds"));
    }

    #[test]
    fn anchors_keep_letters_that_have_no_reading() {
        use super::anchor;
        assert_eq!(anchor("Deal registration (SLA)"), "deal-registration-sla");
        assert_eq!(anchor("売上 目標"), "売上-目標");
        // kana are read, kanji are not
        assert_eq!(anchor("パートナー戦略"), "patona");
    }

    #[test]
    fn letters_outside_ascii_are_transliterated() {
        assert_eq!(slugify("lohnbüro-meyer"), "lohnburo-meyer");
        assert_eq!(slugify("Nørd Data ApS"), "nord-data-aps");
        assert_eq!(slugify("Rivière & Associés"), "riviere-associes");
        assert_eq!(slugify("Straße"), "strasse");
    }
}
