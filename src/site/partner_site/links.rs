//! Links inside a shared handbook page, as one partner's site resolves them: external
//! links and anchors on the page stay; a tier link leads to the tier framework; a
//! relative link to another page shared with partners leads to that page. Every other
//! link (a partner, a decision, a competitor, an internal page, the thesis) loses its
//! destination and keeps its text: the partner's site has no such page, and the rule
//! `audience.leak` reports such links in shared pages anyway.

use super::urls;
use crate::audience::view::SharedPage;
use crate::model::TierName;
use crate::site::markdown::LinkTargets;

/// The link targets of one shared page.
pub struct SharedLinks<'a> {
    /// The page's path under `handbook/`, without `.md` (`operations/deal-registration`).
    pub from: &'a str,
    /// The page's way back to the site root (`../../`).
    pub root: &'a str,
    /// Every page the partner's site holds.
    pub pages: &'a [SharedPage],
}

impl LinkTargets for SharedLinks<'_> {
    fn url(&self, dest: &str) -> Option<String> {
        let dest = dest.trim();
        let (path, anchor) = match dest.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (dest, None),
        };
        let with_anchor = |url: String| match anchor {
            Some(a) if !a.is_empty() => format!("{url}#{a}"),
            _ => url,
        };
        if path.is_empty() {
            return anchor.map(|a| format!("#{a}"));
        }
        if ["http://", "https://", "mailto:"]
            .iter()
            .any(|s| path.starts_with(s))
        {
            return Some(dest.to_string());
        }
        if let Some(name) = path.strip_prefix("tier:") {
            let t = TierName::parse(name)?;
            return Some(format!("{}{}", self.root, urls::tier(t)));
        }
        if path.contains(':') {
            return None;
        }
        let from = format!("handbook/{}.md", self.from);
        let joined = crate::links::join_relative(&from, path)?;
        let target = joined.strip_prefix("handbook/")?.strip_suffix(".md")?;
        self.pages
            .iter()
            .any(|p| p.path == target)
            .then(|| with_anchor(format!("{}{}", self.root, urls::page(target))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str) -> SharedPage {
        SharedPage {
            path: path.into(),
            title: path.into(),
            description: None,
            body: String::new(),
        }
    }

    #[test]
    fn only_shared_pages_tiers_and_the_web_are_linked() {
        let pages = [
            page("operations/deal-registration"),
            page("program-overview"),
        ];
        let links = SharedLinks {
            from: "operations/deal-registration",
            root: "../../",
            pages: &pages,
        };
        assert_eq!(
            links.url("../program-overview.md#tiers").as_deref(),
            Some("../../handbook/program-overview.html#tiers")
        );
        assert_eq!(
            links.url("tier:gold").as_deref(),
            Some("../../tiers.html#gold")
        );
        assert_eq!(
            links.url("https://example.com/x").as_deref(),
            Some("https://example.com/x")
        );
        assert_eq!(links.url("#approval").as_deref(), Some("#approval"));
        assert_eq!(links.url("partner-exit.md"), None, "an internal page");
        assert_eq!(links.url("partner:deloitte"), None);
        assert_eq!(links.url("competitor:collibra"), None);
        assert_eq!(links.url("decision:D-001"), None);
        assert_eq!(links.url("../../thesis.md"), None);
        assert_eq!(links.url("tier:diamond"), None);
    }
}
