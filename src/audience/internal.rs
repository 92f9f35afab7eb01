//! Markdown marked internal: `<!-- internal -->` … `<!-- /internal -->`. The internal
//! outputs show it; partner-facing outputs never receive it. An opening marker
//! without its closing one keeps everything after it internal (the safe reading).

use std::ops::Range;

const OPEN: &str = "<!-- internal -->";
const CLOSE: &str = "<!-- /internal -->";

/// The byte ranges of `md` marked internal, markers included.
pub fn internal_ranges(md: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = find_marker(md, at, OPEN) {
        let end = find_marker(md, open.end, CLOSE).map_or(md.len(), |c| c.end);
        out.push(open.start..end);
        at = end;
    }
    out
}

/// `md` without its internal parts.
pub fn strip_internal(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut at = 0;
    for r in internal_ranges(md) {
        out.push_str(&md[at..r.start]);
        at = r.end;
    }
    out.push_str(&md[at..]);
    out
}

/// Whether `offset` of `md` lies in an internal part.
pub fn is_internal(ranges: &[Range<usize>], offset: usize) -> bool {
    ranges.iter().any(|r| r.contains(&offset))
}

/// The next marker at or after `from`, written with any spacing inside the comment
/// (`<!--internal-->`, `<!-- internal  -->`), as it is written.
fn find_marker(md: &str, from: usize, marker: &str) -> Option<Range<usize>> {
    let word = marker
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim();
    let mut at = from;
    while let Some(i) = md.get(at..)?.find("<!--") {
        let start = at + i;
        let rest = &md[start + 4..];
        let end = rest.find("-->")?;
        if rest[..end].trim().eq_ignore_ascii_case(word) {
            return Some(start..start + 4 + end + 3);
        }
        at = start + 4;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_parts_are_removed_with_their_markers() {
        let md = "Open text.\n<!-- internal -->\nOur margin is thin.\n<!-- /internal -->\nMore.";
        assert_eq!(strip_internal(md), "Open text.\n\nMore.");
    }

    #[test]
    fn markers_may_be_spaced_and_cased_freely() {
        let md = "a <!--INTERNAL--> b <!--  /internal  --> c";
        assert_eq!(strip_internal(md), "a  c");
    }

    #[test]
    fn an_unclosed_marker_keeps_the_rest_internal() {
        assert_eq!(strip_internal("shared <!-- internal --> secret"), "shared ");
    }

    #[test]
    fn other_comments_stay() {
        let md = "a <!-- note --> b";
        assert_eq!(strip_internal(md), md);
        assert!(internal_ranges(md).is_empty());
    }
}
