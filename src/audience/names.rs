//! The names a text shared with a partner must not hold: every other partner's name
//! and id, and every competitor's name and id. Found as whole words, whatever their
//! case, so `EY` is found in "EY and us" but not in "key".

use std::ops::Range;

use aho_corasick::AhoCorasick;

use crate::model::Plan;

/// What a withheld name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Partner,
    Competitor,
}

/// One name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Where, in bytes of the text.
    pub range: Range<usize>,
    /// The partner's or competitor's name, as the plan writes it.
    pub name: String,
    pub kind: Kind,
}

#[derive(Debug, Clone)]
struct Entry {
    needle: String,
    name: String,
    kind: Kind,
}

/// The names withheld from one audience, with one automaton that finds them all in a
/// single pass over a text (a plan of 10,000 partners has 20,000 names).
#[derive(Debug, Clone)]
pub struct Withheld {
    entries: Vec<Entry>,
    matcher: Option<AhoCorasick>,
}

impl Withheld {
    /// Everything but `own`'s name and id: what a text for partner `own` must not
    /// hold; `None` withholds every partner (a page shared with all partners).
    pub fn for_partner(plan: &Plan, own: Option<&str>) -> Withheld {
        let mut entries = Vec::new();
        let own_name = own
            .and_then(|id| plan.partner(id))
            .map(|p| p.name.to_lowercase());
        for p in plan.partners.iter().filter(|p| Some(p.id.as_str()) != own) {
            for needle in [&p.name, &p.id] {
                // a name that is part of the partner's own (`EY` in `EY Global`) is its own
                let lower = needle.to_lowercase();
                if own_name
                    .as_deref()
                    .is_some_and(|o| contains_word(o, &lower))
                {
                    continue;
                }
                entries.push(Entry {
                    needle: lower,
                    name: p.name.clone(),
                    kind: Kind::Partner,
                });
            }
        }
        for c in &plan.competitors {
            for needle in [&c.name, &c.id] {
                entries.push(Entry {
                    needle: needle.to_lowercase(),
                    name: c.name.clone(),
                    kind: Kind::Competitor,
                });
            }
        }
        Withheld::of(entries)
    }

    /// The automaton over `entries` (lower-cased needles, blank ones dropped).
    fn of(mut entries: Vec<Entry>) -> Withheld {
        entries.retain(|e| !e.needle.trim().is_empty());
        entries.sort_by(|a, b| a.needle.cmp(&b.needle));
        entries.dedup_by(|a, b| a.needle == b.needle);
        let matcher = AhoCorasick::new(entries.iter().map(|e| e.needle.as_str())).ok();
        Withheld { entries, matcher }
    }

    /// Every withheld name in `text`, in text order (overlaps reported once).
    pub fn find(&self, text: &str) -> Vec<Found> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let lower = text.to_lowercase();
        // lowercasing can change byte lengths (rare letters): then search the text as is
        let hay = if lower.len() == text.len() {
            lower.as_str()
        } else {
            text
        };
        // every whole-word occurrence, longer names first where two start together
        let mut hits: Vec<(usize, usize, usize)> = matcher
            .find_overlapping_iter(hay)
            .filter(|m| at_word_edges(hay, m.start(), m.end()))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        hits.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut found: Vec<Found> = Vec::new();
        for (start, end, pattern) in hits {
            // so `Harbor Risk Partners` is found once, not also as `Harbor`
            if found.last().is_some_and(|f| start < f.range.end) {
                continue;
            }
            let e = &self.entries[pattern];
            found.push(Found {
                range: start..end,
                name: e.name.clone(),
                kind: e.kind,
            });
        }
        found
    }
}

/// Whether `word` occurs in `text` as a whole word.
fn contains_word(text: &str, word: &str) -> bool {
    let mut at = 0;
    while let Some(i) = text[at..].find(word) {
        let start = at + i;
        if at_word_edges(text, start, start + word.len()) {
            return true;
        }
        at = start + word.len().max(1);
    }
    false
}

fn at_word_edges(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    edge(before) && edge(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn withheld(needles: &[(&str, Kind)]) -> Withheld {
        Withheld::of(
            needles
                .iter()
                .map(|(n, k)| Entry {
                    needle: n.to_lowercase(),
                    name: n.to_string(),
                    kind: *k,
                })
                .collect(),
        )
    }

    #[test]
    fn names_are_found_as_whole_words_in_any_case() {
        let w = withheld(&[("EY", Kind::Partner), ("Informatica", Kind::Competitor)]);
        let found = w.find("Our key partner ey works against INFORMATICA.");
        let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["EY", "Informatica"]);
    }

    #[test]
    fn the_longer_name_wins_where_two_overlap() {
        let w = withheld(&[
            ("Harbor", Kind::Partner),
            ("Harbor Risk Partners", Kind::Partner),
        ]);
        let found = w.find("Meet Harbor Risk Partners.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Harbor Risk Partners");
    }
}
