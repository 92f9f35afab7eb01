//! "Did you mean" suggestions for mistyped keys, ids and rule names.

/// The candidate closest to `found`, if one is close enough to be a likely typo.
pub fn closest<'a>(found: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(f64, &'a str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(found, c);
        let close = score >= 0.82 || strsim::levenshtein(found, c) <= 2.min(c.len() / 3 + 1);
        if close && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_typos_only() {
        assert_eq!(super::closest("scroes", ["name", "scores"]), Some("scores"));
        assert_eq!(
            super::closest("delloite", ["deloitte", "pwc"]),
            Some("deloitte")
        );
        assert_eq!(super::closest("zzz", ["deloitte", "pwc"]), None);
    }
}
