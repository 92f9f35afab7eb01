//! Small wording helpers shared by every renderer and message: a count with its noun
//! in the right number (`1 partner`, `3 partners`) and a name's possessive (`PwC's`,
//! `the Netherlands'`).

/// `n` followed by `word`, with an `s` added unless `n` is 1: `1 partner`, `3 partners`,
/// `0 days`. For a noun whose plural is not `word` + `s`, use [`plural_with`].
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `n` followed by `singular` when `n` is 1, else by `plural`:
/// `plural_with(2, "activity", "activities")` is `2 activities`.
pub fn plural_with(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// The possessive of a name: `PwC's`, `D-003's`; a name ending in s takes only the
/// apostrophe (`the Netherlands'`, `Siemens'`).
pub fn possessive(name: &str) -> String {
    if name.ends_with(['s', 'S']) {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

/// Markdown reduced to plain text (paragraphs joined by blank lines).
pub fn plain_text(md: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::new();
    for ev in Parser::new_ext(md, crate::links::markdown_options()) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// The bytes [`escape_html`] replaces, as a table: every page's text goes through it.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b'&' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t
};

/// Text made safe inside HTML or SVG elements and attribute values: `&`, `<`, `>`,
/// `"` and `'` (every page's text goes through it; the one escaper of the site, the
/// SVG charts and the preview server's pages).
pub fn escape_html(s: &str) -> String {
    let Some(first) = s.bytes().position(|b| SPECIAL[usize::from(b)]) else {
        return s.to_string();
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{plural, plural_with, possessive};

    #[test]
    fn adds_an_s_unless_there_is_one() {
        assert_eq!(plural(1, "partner"), "1 partner");
        assert_eq!(plural(2, "partner"), "2 partners");
        assert_eq!(plural(0, "day"), "0 days");
        assert_eq!(plural(1, "business day"), "1 business day");
        assert_eq!(plural(40, "business day"), "40 business days");
    }

    #[test]
    fn irregular_plurals_are_given() {
        assert_eq!(plural_with(1, "activity", "activities"), "1 activity");
        assert_eq!(plural_with(3, "activity", "activities"), "3 activities");
        assert_eq!(
            plural_with(0, "certified individual", "certified individuals"),
            "0 certified individuals"
        );
    }

    #[test]
    fn a_name_ending_in_s_takes_only_the_apostrophe() {
        assert_eq!(possessive("PwC"), "PwC's");
        assert_eq!(possessive("D-003"), "D-003's");
        assert_eq!(possessive("the Netherlands"), "the Netherlands'");
        assert_eq!(possessive("ATOS"), "ATOS'");
    }
}
