//! Which revisions are snapshots: every tag matching the plan's glob, or the last
//! commit that touched the content directory before each of the last N quarter ends.

use crate::git::{GitError, Repo};
use crate::model::HistorySource;
use crate::values::Date;

/// A revision chosen as a snapshot, before it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// `board/2026-q3`, or `2026-Q3`.
    pub label: String,
    pub commit: String,
    pub date: Date,
}

/// The picks, oldest first, what was found, and notes on what may be missing and how
/// to get it.
#[derive(Debug, Clone, Default)]
pub struct Picks {
    pub picks: Vec<Pick>,
    pub found: Found,
    pub notes: Vec<Note>,
}

/// What may be missing from the history and how to get it (`Display` is the English
/// of the command line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// A shallow clone: older revisions may be missing.
    Shallow,
    /// No tag matches: how to tag a board meeting (`git tag board/2026-q1`).
    TagHowTo { example: String },
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Note::Shallow => f.write_str("the repository is a shallow clone, so older revisions may be missing (`git fetch --unshallow --tags` brings them)"),
            Note::TagHowTo { example } => write!(
                f,
                "tag the commit of each board meeting, e.g. `git tag {example}`, to make it a snapshot"
            ),
        }
    }
}

/// What the history looked for and found, worded by each output in its language
/// (`Display` is the English of the command line).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Found {
    /// `n` tags match the glob.
    Tags { n: usize, glob: String },
    /// No tag matches the glob.
    NoTag { glob: String },
    /// A snapshot at each of the last `asked` quarter ends.
    Quarters { asked: usize },
    /// Snapshots at `n` of the last `asked` quarter ends (none before the others).
    SomeQuarters { n: usize, asked: usize },
    /// No commit of the content directory before the last `asked` quarter ends.
    NoQuarters { asked: usize },
    /// No history at all, and why.
    #[default]
    Nothing,
    /// Said by the caller (`History::empty`).
    Said(String),
}

impl std::fmt::Display for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::text::plural;
        match self {
            Found::Tags { n, glob } => write!(f, "{} matching `{glob}`", plural(*n, "tag")),
            Found::NoTag { glob } => write!(f, "no tag matches `{glob}`"),
            Found::Quarters { asked } => write!(f, "the last {}", plural(*asked, "quarter end")),
            Found::SomeQuarters { n, asked } => write!(
                f,
                "{n} of the last {} (the content directory has no commit before the others)",
                plural(*asked, "quarter end")
            ),
            Found::NoQuarters { asked } => write!(
                f,
                "no commit of the content directory before the last {}",
                plural(*asked, "quarter end")
            ),
            Found::Nothing => f.write_str("no snapshots"),
            Found::Said(s) => f.write_str(s),
        }
    }
}

/// Chooses the snapshots of `source` as of `today`.
pub fn picks(repo: &Repo, source: &HistorySource, today: Date) -> Result<Picks, GitError> {
    let mut out = match source {
        HistorySource::Tags(glob) => tagged(repo, glob)?,
        HistorySource::Quarters(n) => quarter_ends(repo, *n, today)?,
    };
    if repo.is_shallow() {
        out.notes.push(Note::Shallow);
    }
    Ok(out)
}

fn tagged(repo: &Repo, glob: &str) -> Result<Picks, GitError> {
    let tags = repo.tags(glob)?;
    let commits: Vec<&str> = tags.iter().map(|t| t.commit.as_str()).collect();
    let dates = repo.dates(&commits)?;
    let mut picks: Vec<Pick> = tags
        .iter()
        .zip(dates)
        .map(|(t, date)| Pick {
            label: t.name.clone(),
            commit: t.commit.clone(),
            date,
        })
        .collect();
    picks.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.label.cmp(&b.label)));
    let mut notes = Vec::new();
    let found = match picks.len() {
        0 => {
            notes.push(Note::TagHowTo {
                example: example_tag(glob),
            });
            Found::NoTag {
                glob: glob.to_string(),
            }
        }
        n => Found::Tags {
            n,
            glob: glob.to_string(),
        },
    };
    Ok(Picks {
        picks,
        found,
        notes,
    })
}

/// A tag name the glob matches: its `*` and `?` filled in (`board/*` → `board/2026-q4`).
fn example_tag(glob: &str) -> String {
    glob.replacen('*', "2026-q4", 1)
        .replace(['*', '?', '[', ']'], "")
}

/// The last day of quarter `q` (0–3) of `year`.
fn end_of(year: i32, q: u8) -> Option<Date> {
    let (month, day) = [(3, 31), (6, 30), (9, 30), (12, 31)][usize::from(q.min(3))];
    let month = time::Month::try_from(month).ok()?;
    time::Date::from_calendar_date(year, month, day)
        .ok()
        .map(Date)
}

/// `2026-Q3` for a date in the third quarter of 2026.
fn quarter_label(d: Date) -> String {
    format!("{}-Q{}", d.0.year(), (d.0.month() as u8 - 1) / 3 + 1)
}

/// The ends of the last `n` quarters that ended before `today` (the quarter holding
/// `today` has not ended, even on its last day), oldest first.
pub fn ended_quarters(today: Date, n: u32) -> Vec<Date> {
    let (mut year, mut q) = (today.0.year(), (today.0.month() as u8 - 1) / 3);
    let mut ends = Vec::new();
    for _ in 0..n {
        if q == 0 {
            year -= 1;
            q = 3;
        } else {
            q -= 1;
        }
        match end_of(year, q) {
            Some(end) => ends.push(end),
            None => break,
        }
    }
    ends.reverse();
    ends
}

fn quarter_ends(repo: &Repo, n: u32, today: Date) -> Result<Picks, GitError> {
    let ends = ended_quarters(today, n);
    let commits = repo.commits_touching()?;
    let picks: Vec<Pick> = ends
        .iter()
        .filter_map(|&end| {
            let c = commits.iter().find(|c| c.date <= end)?;
            Some(Pick {
                label: quarter_label(end),
                commit: c.commit.clone(),
                date: c.date,
            })
        })
        .collect();
    let asked = ends.len();
    let found = if picks.len() == asked {
        Found::Quarters { asked }
    } else if picks.is_empty() {
        Found::NoQuarters { asked }
    } else {
        Found::SomeQuarters {
            n: picks.len(),
            asked,
        }
    };
    Ok(Picks {
        picks,
        found,
        notes: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or(Date(time::Date::MIN))
    }

    #[test]
    fn quarter_ends_are_the_ended_quarters_oldest_first() {
        let got: Vec<String> = ended_quarters(d("2026-12-02"), 4)
            .iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(
            got,
            ["2025-12-31", "2026-03-31", "2026-06-30", "2026-09-30"]
        );
        let on_end: Vec<String> = ended_quarters(d("2026-03-31"), 2)
            .iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(on_end, ["2025-09-30", "2025-12-31"]);
        assert!(ended_quarters(d("2026-05-01"), 0).is_empty());
    }

    #[test]
    fn labels_quarters() {
        assert_eq!(quarter_label(d("2026-09-30")), "2026-Q3");
        assert_eq!(quarter_label(d("2025-12-31")), "2025-Q4");
        assert_eq!(quarter_label(d("2026-01-01")), "2026-Q1");
    }
}
