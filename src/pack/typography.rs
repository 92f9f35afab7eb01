//! Typographic punctuation in the board pack's prose: straight quotes turned into the
//! language's quotation marks (“…” in English, „…“ in German, « … » in French and
//! Spanish), apostrophes into ’, and `--`/`---` into en and em dashes. The pack's
//! Markdown already comes through pulldown-cmark's smart punctuation
//! ([`crate::text::plain_text_smart`]); this pass does the same for the plan's plain
//! strings and the catalog's words, and sets the language's quotation marks. The site
//! is not touched.

use crate::pdf::{Align, Block};

/// The opening and closing double quotes of a language, by its BCP 47 tag.
fn quotes(tag: &str) -> (&'static str, &'static str) {
    match tag.split(['-', '_']).next().unwrap_or_default() {
        "de" => ("„", "“"),
        "fr" => ("«\u{a0}", "\u{a0}»"),
        "es" => ("«", "»"),
        "ja" => ("「", "」"),
        _ => ("“", "”"),
    }
}

/// `text` with typographic quotes and dashes for the language `tag`.
pub fn smart(text: &str, tag: &str) -> String {
    let (open, close) = quotes(tag);
    let text = text.replace("---", "—").replace("--", "–");
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev: Option<char> = None;
    for c in text.chars() {
        let opening = prev.is_none_or(|p| p.is_whitespace() || "([{–—/".contains(p));
        match c {
            '"' | '“' | '”' => out.push_str(if opening { open } else { close }),
            '\'' if opening => out.push('‘'),
            '\'' => out.push('’'),
            _ => out.push(c),
        }
        prev = Some(c);
    }
    out
}

/// Sets [`smart`] punctuation in the prose of `blocks`: paragraphs, bullets, callouts
/// and the cells of left-aligned (text) table columns.
pub fn prose(blocks: &mut [Block], tag: &str) {
    for block in blocks {
        match block {
            Block::Paragraph(p) => p.text = smart(&p.text, tag),
            Block::Bullets(items) => {
                for item in items {
                    *item = smart(item, tag);
                }
            }
            Block::Callout(c) => {
                c.title = smart(&c.title, tag);
                c.text = smart(&c.text, tag);
            }
            Block::Table(t) => {
                let text_columns: Vec<bool> =
                    t.columns.iter().map(|c| c.align == Align::Left).collect();
                for row in &mut t.rows {
                    for (cell, _) in row.cells.iter_mut().zip(&text_columns).filter(|(_, t)| **t) {
                        cell.text = smart(&cell.text, tag);
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::smart;

    #[test]
    fn quotes_and_dashes_are_set_for_the_language() {
        let text = r#"We call it "co-sell" -- the partner's "first" motion --- not resale."#;
        assert_eq!(
            smart(text, "en-US"),
            "We call it “co-sell” – the partner’s “first” motion — not resale."
        );
        assert_eq!(
            smart(r#"Das "Partnerprogramm" -- 2027"#, "de-DE"),
            "Das „Partnerprogramm“ – 2027"
        );
        assert_eq!(
            smart(r#"le "programme""#, "fr-FR"),
            "le «\u{a0}programme\u{a0}»"
        );
        assert_eq!(smart("'quoted' and it's", "en"), "‘quoted’ and it’s");
        // Quotes pulldown-cmark already curled take the language's marks too.
        assert_eq!(smart("„x“", "de"), "„x“");
        assert_eq!(smart("“x”", "de-DE"), "„x“");
        assert_eq!(smart("2027-2029 q1-2027", "en"), "2027-2029 q1-2027");
    }
}
