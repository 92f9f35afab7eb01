//! Slugs: the one way partnerbook turns any text into a lower-case ASCII id
//! (`Lohnbüro Meyer` → `lohnburo-meyer`, `Deal registration (SLA)` → `deal-registration-sla`).
//!
//! Used for suggested file names (partners, decisions) and for heading anchors. Letters
//! outside ASCII are transliterated with `deunicode` rather than dropped, so a suggestion
//! never splits a word (`lohnb-ro-meyer`).

/// The slug of `text`: ASCII letters and digits, lower-case, runs of anything else
/// turned into one `-`, none at either end. Empty when `text` has no letter or digit.
pub fn slugify(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let mut out = String::with_capacity(ascii.len());
    let mut dash = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
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
    fn letters_outside_ascii_are_transliterated() {
        assert_eq!(slugify("lohnbüro-meyer"), "lohnburo-meyer");
        assert_eq!(slugify("Nørd Data ApS"), "nord-data-aps");
        assert_eq!(slugify("Rivière & Associés"), "riviere-associes");
        assert_eq!(slugify("Straße"), "strasse");
    }
}
