//! The site's URL scheme: where every page of the handbook lives, relative links
//! between pages (so the site works from `file://` and under any sub-path), and unique
//! heading anchors (made with [`crate::slug::slugify`]).

use crate::links::Target;
use crate::model::TierName;
use std::collections::HashSet;

pub const HOME: &str = "index.html";
pub const THESIS: &str = "thesis.html";
pub const MODELS: &str = "models.html";
pub const ECONOMICS: &str = "economics.html";
pub const LANDSCAPE: &str = "landscape.html";
pub const COMPETITORS: &str = "competitors.html";
pub const TIERS: &str = "tiers.html";
pub const DECISIONS: &str = "decisions.html";
pub const OKRS: &str = "okrs.html";
pub const ROADMAP: &str = "roadmap.html";
pub const GOVERNANCE: &str = "governance.html";
pub const NEAR_LINE: &str = "near-the-line.html";
pub const TRACEABILITY: &str = "traceability.html";
pub const REVIEWS: &str = "reviews.html";
pub const VALIDATION: &str = "validation.html";
pub const CHANGES: &str = "changes.html";
pub const HISTORY: &str = "history.html";
pub const SEARCH: &str = "search.html";
pub const HANDBOOK: &str = "handbook/index.html";
pub const NOT_FOUND: &str = "404.html";
pub const PDF: &str = "board-pack.pdf";
pub const STYLE: &str = "assets/style.css";
pub const FAVICON: &str = "assets/favicon.svg";
pub const SCRIPT: &str = "assets/site.js";
pub const SCORECARD: &str = "landscape.html#scorecard";
pub const SPONSORS: &str = "governance.html#sponsors";
/// A partner's row of the sponsor map is this followed by the partner's id.
pub const SPONSOR: &str = "governance.html#sponsor-";

/// The fixed URLs, as every template sees them (`{{ layout.root }}{{ urls.thesis }}`):
/// put once into the templates' global context, so that no template writes a path.
#[derive(Debug, serde::Serialize)]
pub struct Fixed {
    pub home: &'static str,
    pub thesis: &'static str,
    pub models: &'static str,
    pub economics: &'static str,
    pub landscape: &'static str,
    pub scorecard: &'static str,
    pub competitors: &'static str,
    pub tiers: &'static str,
    pub decisions: &'static str,
    pub okrs: &'static str,
    pub roadmap: &'static str,
    pub governance: &'static str,
    pub sponsors: &'static str,
    pub sponsor: &'static str,
    pub near_line: &'static str,
    pub traceability: &'static str,
    pub reviews: &'static str,
    pub validation: &'static str,
    pub changes: &'static str,
    pub history: &'static str,
    pub search: &'static str,
    pub handbook: &'static str,
    pub pdf: &'static str,
    pub style: &'static str,
    pub favicon: &'static str,
    pub script: &'static str,
}

pub const FIXED: Fixed = Fixed {
    home: HOME,
    thesis: THESIS,
    models: MODELS,
    economics: ECONOMICS,
    landscape: LANDSCAPE,
    scorecard: SCORECARD,
    competitors: COMPETITORS,
    tiers: TIERS,
    decisions: DECISIONS,
    okrs: OKRS,
    roadmap: ROADMAP,
    governance: GOVERNANCE,
    sponsors: SPONSORS,
    sponsor: SPONSOR,
    near_line: NEAR_LINE,
    traceability: TRACEABILITY,
    reviews: REVIEWS,
    validation: VALIDATION,
    changes: CHANGES,
    history: HISTORY,
    search: SEARCH,
    handbook: HANDBOOK,
    pdf: PDF,
    style: STYLE,
    favicon: FAVICON,
    script: SCRIPT,
};

pub fn partner(id: &str) -> String {
    format!("partners/{id}.html")
}

pub fn decision(id: &str) -> String {
    format!("decisions/{id}.html")
}

pub fn competitor(id: &str) -> String {
    format!("{COMPETITORS}#{id}")
}

pub fn tier(t: TierName) -> String {
    format!("{TIERS}#{}", t.as_str())
}

pub fn model(id: &str) -> String {
    format!("{MODELS}#{id}")
}

pub fn objective(id: &str) -> String {
    format!("{OKRS}#{id}")
}

/// A handbook page by its path (`operations/mdf-claims`); `index` pages are their section's page.
pub fn page(path: &str) -> String {
    format!("handbook/{path}.html")
}

/// A handbook section by folder path (`operations`).
pub fn section(path: &str) -> String {
    if path.is_empty() {
        HANDBOOK.to_string()
    } else {
        format!("handbook/{path}/index.html")
    }
}

/// Anchor of a roadmap item on the roadmap page.
pub fn roadmap_item_anchor(quarter: usize, item: usize) -> String {
    format!("q{}-{}", quarter + 1, item + 1)
}

pub fn roadmap_item(quarter: usize, item: usize) -> String {
    format!("{ROADMAP}#{}", roadmap_item_anchor(quarter, item))
}

/// The site URL (relative to the site root) of a resolved Markdown link target.
pub fn of_target(t: &Target) -> Option<String> {
    Some(match t {
        Target::Partner(id) => partner(id),
        Target::Decision(id) => decision(id),
        Target::Competitor(id) => competitor(id),
        Target::Tier(t) => tier(*t),
        Target::Page(p) => page(p),
        Target::Thesis => THESIS.to_string(),
        Target::External(_) | Target::SamePage => return None,
    })
}

/// The prefix that leads from a page back to the site root (`""`, `"../"`, `"../../"`).
pub fn root_of(page_path: &str) -> String {
    "../".repeat(page_path.matches('/').count())
}

/// Joins a site-root-relative URL with its `#anchor`, replacing any anchor it had.
pub fn with_anchor(url: &str, anchor: Option<&str>) -> String {
    let base = url.split_once('#').map_or(url, |(b, _)| b);
    match anchor {
        Some(a) if !a.is_empty() => format!("{base}#{a}"),
        _ => url.to_string(),
    }
}

/// Ids already used on one page; hands out unique ones.
#[derive(Debug, Default, Clone)]
pub struct Anchors {
    used: HashSet<String>,
}

impl Anchors {
    /// Anchors the page template itself uses.
    pub fn reserved(ids: &[&str]) -> Anchors {
        Anchors {
            used: ids.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// A unique id based on `wanted` (`overview`, `overview-1`, …).
    pub fn unique(&mut self, wanted: &str) -> String {
        if self.used.insert(wanted.to_string()) {
            return wanted.to_string();
        }
        let mut n = 1;
        loop {
            let candidate = format!("{wanted}-{n}");
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_unique() {
        let mut a = Anchors::reserved(&["score"]);
        assert_eq!(a.unique("score"), "score-1");
        assert_eq!(a.unique("notes"), "notes");
        assert_eq!(a.unique("notes"), "notes-1");
    }

    #[test]
    fn roots_and_urls() {
        assert_eq!(root_of("index.html"), "");
        assert_eq!(root_of("partners/x.html"), "../");
        assert_eq!(root_of("handbook/ops/a.html"), "../../");
        assert_eq!(section(""), "handbook/index.html");
        assert_eq!(section("ops"), "handbook/ops/index.html");
        assert_eq!(
            with_anchor("handbook/a.html", Some("x")),
            "handbook/a.html#x"
        );
        assert_eq!(with_anchor("tiers.html#gold", None), "tiers.html#gold");
    }
}
