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
    plain_text_with(md, crate::links::markdown_options())
}

/// Markdown reduced to plain text with typographic quotes and dashes (`"a"` → `“a”`,
/// `--` → `–`, `---` → `—`): the board pack's prose. The site keeps [`plain_text`].
pub fn plain_text_smart(md: &str) -> String {
    let opts = crate::links::markdown_options() | pulldown_cmark::Options::ENABLE_SMART_PUNCTUATION;
    plain_text_with(md, opts)
}

fn plain_text_with(md: &str, opts: pulldown_cmark::Options) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::new();
    for ev in Parser::new_ext(md, opts) {
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
    if !s.bytes().any(|b| SPECIAL[usize::from(b)]) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 16);
    escape_runs(s, |piece| out.push_str(piece));
    out
}

/// [`escape_html`] written straight into `out` (the templates' escaper: no string is
/// made for a value that is written once).
pub fn escape_html_to(s: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut result = Ok(());
    escape_runs(s, |piece| {
        if result.is_ok() {
            result = out.write_all(piece.as_bytes());
        }
    });
    result
}

/// Passes `s` to `put` as runs of plain text and the entities that replace the
/// special characters between them.
fn escape_runs(s: &str, mut put: impl FnMut(&str)) {
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        if !SPECIAL[usize::from(b)] {
            continue;
        }
        if start < i {
            put(&s[start..i]);
        }
        put(match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        start = i + 1;
    }
    if start < s.len() {
        put(&s[start..]);
    }
}

#[cfg(test)]
mod tests {
    use super::{escape_html, escape_html_to, plural, plural_with, possessive};

    #[test]
    fn escaping_into_a_writer_is_escaping_into_a_string() {
        for s in [
            "",
            "plain",
            "a & b",
            "<tag attr=\"x\">",
            "it's",
            "Nørd <&> 東京 \"'",
            "&&&",
        ] {
            let mut out = Vec::new();
            assert!(escape_html_to(s, &mut out).is_ok());
            assert_eq!(String::from_utf8_lossy(&out), escape_html(s), "{s}");
        }
        assert_eq!(escape_html("a/b <&> \"'"), "a/b &lt;&amp;&gt; &quot;&#39;");
    }

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
