//! The names a text shared with a partner must not hold: every other partner's name
//! and id, and every competitor's name and id. Found as whole words, whatever their
//! case, so `EY` is found in "EY and us" but not in "key".

use std::ops::Range;

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

/// The names withheld from one audience.
#[derive(Debug, Clone, Default)]
pub struct Withheld {
    entries: Vec<Entry>,
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
        entries.retain(|e| !e.needle.trim().is_empty());
        // longer names first, so `Harbor Risk Partners` is found before `Harbor`
        entries.sort_by(|a, b| {
            b.needle
                .len()
                .cmp(&a.needle.len())
                .then(a.needle.cmp(&b.needle))
        });
        entries.dedup_by(|a, b| a.needle == b.needle);
        Withheld { entries }
    }

    /// Every withheld name in `text`, in text order (overlaps reported once).
    pub fn find(&self, text: &str) -> Vec<Found> {
        let lower = text.to_lowercase();
        // lowercasing can change byte lengths (rare letters): then search the text as is
        let hay = if lower.len() == text.len() {
            lower.as_str()
        } else {
            text
        };
        let mut found: Vec<Found> = Vec::new();
        for e in &self.entries {
            let mut at = 0;
            while let Some(i) = hay[at..].find(&e.needle) {
                let start = at + i;
                let end = start + e.needle.len();
                at = end;
                if !at_word_edges(hay, start, end) {
                    continue;
                }
                if found
                    .iter()
                    .any(|f| f.range.start < end && start < f.range.end)
                {
                    continue;
                }
                found.push(Found {
                    range: start..end,
                    name: e.name.clone(),
                    kind: e.kind,
                });
            }
        }
        found.sort_by_key(|f| f.range.start);
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
        let mut w = Withheld::default();
        for (n, k) in needles {
            w.entries.push(Entry {
                needle: n.to_lowercase(),
                name: n.to_string(),
                kind: *k,
            });
        }
        w.entries.sort_by_key(|e| std::cmp::Reverse(e.needle.len()));
        w
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
