//! "Did you mean" suggestions for mistyped keys, ids and rule names: the one matcher
//! every diagnostic and `explain` uses, with one notion of "close enough".

/// Jaro–Winkler similarity at or above which a candidate is a likely typo.
const MIN_SIMILARITY: f64 = 0.82;

/// The most edits a candidate may be away and still count as a typo; shorter
/// candidates allow fewer (a third of their length plus one), so `xy` is not `io`.
const MAX_EDITS: usize = 2;

/// The candidate closest to `found`, if one is close enough to be a likely typo:
/// similar by Jaro–Winkler (≥ 0.82) or a few edits away (at most 2, fewer for short
/// candidates). Among close candidates the most similar wins; the first on a tie.
/// Nothing is suggested for an empty `found`.
pub fn closest<'a>(found: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    if found.is_empty() {
        return None;
    }
    let mut best: Option<(f64, &'a str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(found, c);
        if is_close(found, c, score) && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Whether `candidate` (with similarity `score` to `found`) is close enough to suggest.
fn is_close(found: &str, candidate: &str, score: f64) -> bool {
    score >= MIN_SIMILARITY
        || strsim::levenshtein(found, candidate) <= MAX_EDITS.min(candidate.len() / 3 + 1)
}

#[cfg(test)]
mod tests {
    use super::closest;

    const RULE_IDS: &[&str] = &[
        "syntax",
        "score.weights",
        "score.range",
        "score.bands",
        "tier.fit",
        "tier.certified",
        "tier.pam-capacity",
        "raci.accountable",
        "decision.review",
        "okr.empty",
        "io",
    ];

    #[test]
    fn finds_typos_only() {
        assert_eq!(closest("scroes", ["name", "scores"]), Some("scores"));
        assert_eq!(closest("delloite", ["deloitte", "pwc"]), Some("deloitte"));
        assert_eq!(closest("zzz", ["deloitte", "pwc"]), None);
    }

    #[test]
    fn finds_close_rule_ids() {
        let ids = || RULE_IDS.iter().copied();
        assert_eq!(closest("score.weight", ids()), Some("score.weights"));
        assert_eq!(closest("tier.certifed", ids()), Some("tier.certified"));
        assert_eq!(closest("raci.acountable", ids()), Some("raci.accountable"));
        assert_eq!(closest("okr-empty", ids()), Some("okr.empty"));
        assert_eq!(closest("syntax", ids()), Some("syntax"));
        assert_eq!(closest("tier.pam", ids()), Some("tier.pam-capacity"));
    }

    #[test]
    fn rejects_distant_or_empty_input() {
        let ids = || RULE_IDS.iter().copied();
        assert_eq!(closest("", ids()), None);
        assert_eq!(closest("", ["a"]), None);
        assert_eq!(closest("xy", ids()), None);
        assert_eq!(closest("partner-exit-budget-review", ids()), None);
        assert_eq!(closest("no.such", ids()), None);
    }
}
