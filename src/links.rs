//! Links inside Markdown: finding them (with their spans) and resolving
//! `partner:`, `decision:`, `competitor:`, `tier:` and relative `.md` links.

use crate::model::{Markdown, Plan, TierName};
use crate::source::Span;
use pulldown_cmark::{Event, Options, Parser, Tag};

/// Markdown extensions partnerbook enables everywhere.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// What a link points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Partner(String),
    Decision(String),
    Competitor(String),
    Tier(TierName),
    /// A handbook page by path (`operations/mdf-claims`).
    Page(String),
    Thesis,
    /// A link that leaves the plan (http, https, mailto).
    External(String),
    /// An anchor on the same page.
    SamePage,
}

/// A resolved link with an optional `#anchor`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub target: Target,
    pub anchor: Option<String>,
}

/// Every link and image destination in a Markdown body, with its span in the file.
pub fn links_in(md: &Markdown) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for (ev, range) in Parser::new_ext(&md.text, markdown_options()).into_offset_iter() {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = ev {
            let text = &md.text[range.clone()];
            // point at the destination inside `[text](dest)` when it can be found
            let span = match text.rfind(dest_url.as_ref()) {
                Some(i) if !dest_url.is_empty() => {
                    md.span(range.start + i..range.start + i + dest_url.len())
                }
                _ => md.span(range),
            };
            out.push((dest_url.to_string(), span));
        }
    }
    out
}

fn split_anchor(dest: &str) -> (&str, Option<String>) {
    match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_string())),
        None => (dest, None),
    }
}

/// Resolves a link written in the file `from_rel` (relative to the content directory).
/// A partner, decision or competitor whose file exists but did not parse still resolves:
/// its own error is reported, and a plan with errors is not rendered.
pub fn resolve(plan: &Plan, from_rel: &str, dest: &str) -> Result<Resolved, String> {
    let (path, anchor) = split_anchor(dest.trim());
    let found = |target: Target| {
        Ok(Resolved {
            target,
            anchor: anchor.clone(),
        })
    };
    if path.is_empty() {
        return found(Target::SamePage);
    }
    if ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| path.starts_with(s))
    {
        return found(Target::External(dest.to_string()));
    }
    if let Some(id) = path.strip_prefix("partner:") {
        return if plan.knows_partner(id) {
            found(Target::Partner(id.into()))
        } else {
            Err(unknown(
                "partner",
                id,
                plan.partners.iter().map(|p| p.id.as_str()),
            ))
        };
    }
    if let Some(id) = path.strip_prefix("decision:") {
        return if plan.knows_decision(id) {
            found(Target::Decision(id.into()))
        } else {
            Err(unknown(
                "decision",
                id,
                plan.decisions.iter().map(|d| d.id.as_str()),
            ))
        };
    }
    if let Some(id) = path.strip_prefix("competitor:") {
        return if plan.knows_competitor(id) {
            found(Target::Competitor(id.into()))
        } else {
            Err(unknown(
                "competitor",
                id,
                plan.competitors.iter().map(|c| c.id.as_str()),
            ))
        };
    }
    if let Some(name) = path.strip_prefix("tier:") {
        return match TierName::parse(name) {
            Some(t) => found(Target::Tier(t)),
            None => Err(unknown("tier", name, TierName::WORDS.iter().copied())),
        };
    }
    if path.contains(':') {
        return Err(format!("`{path}` uses an unknown link scheme (expected partner:, decision:, competitor:, tier:, http(s): or a relative .md path)"));
    }
    let joined = join_relative(from_rel, path)
        .ok_or_else(|| format!("`{path}` leaves the content directory"))?;
    resolve_file(plan, &joined).map(|target| Resolved { target, anchor })
}

fn unknown<'a>(kind: &str, id: &str, ids: impl Iterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = ids.collect();
    match crate::suggest::closest(id, ids.iter().copied()) {
        Some(s) => format!("no {kind} `{id}`; did you mean `{s}`?"),
        None => format!(
            "no {kind} `{id}` in the plan: {}",
            where_ids_are(kind, id, ids.first().copied())
        ),
    }
}

/// Where the ids of a kind of item come from, with an example, and how to add the
/// missing one: the help for an id that matches nothing.
pub fn where_ids_are(kind: &str, id: &str, example: Option<&str>) -> String {
    let eg = |e: Option<&str>| e.map(|e| format!(", e.g. `{e}`")).unwrap_or_default();
    match kind {
        "partner" => format!(
            "use a partner's id (its file name in partners/{}), or add `partners/{id}.md`",
            eg(example)
        ),
        "decision" => format!(
            "use a decision id from decisions/{}, or add `decisions/{id}-<slug>.md`",
            eg(example.or(Some("D-001")))
        ),
        "competitor" => format!(
            "use the `id` of a competitor in competitors.yaml{}, or add it there",
            eg(example)
        ),
        "key result" => format!(
            "use the `id` of a key result in okrs.yaml{}, or give the key result `id: {id}`",
            eg(example)
        ),
        "tier" => "use platinum, gold, silver or registered".into(),
        _ => format!("use the id of an existing {kind}{}", eg(example)),
    }
}

/// Joins a relative link to the directory of `from_rel`; `None` when it climbs out of the root.
pub fn join_relative(from_rel: &str, link: &str) -> Option<String> {
    let mut parts: Vec<&str> = if link.starts_with('/') {
        Vec::new()
    } else {
        from_rel.split('/').collect()
    };
    if !link.starts_with('/') {
        parts.pop(); // the file name
    }
    for seg in link.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

fn resolve_file(plan: &Plan, rel: &str) -> Result<Target, String> {
    let Some(stem) = rel.strip_suffix(".md") else {
        return Err(format!("`{rel}` is not a Markdown page of the plan"));
    };
    if stem == "thesis" && plan.thesis.is_some() {
        return Ok(Target::Thesis);
    }
    if let Some(p) = stem.strip_prefix("handbook/") {
        if plan.page(p).is_some() {
            return Ok(Target::Page(p.to_string()));
        }
    }
    if let Some(id) = stem.strip_prefix("partners/") {
        if plan.knows_partner(id) {
            return Ok(Target::Partner(id.to_string()));
        }
    }
    if let Some(s) = stem.strip_prefix("decisions/") {
        if let Some(d) = plan
            .decisions
            .iter()
            .find(|d| format!("{}-{}", d.id, d.slug) == s || d.id == s)
        {
            return Ok(Target::Decision(d.id.clone()));
        }
        if plan.unread.decisions.iter().any(|u| u == s) {
            let id = s.split('-').take(2).collect::<Vec<_>>().join("-");
            return Ok(Target::Decision(id));
        }
    }
    Err(format!("`{rel}` does not exist in the content directory"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_joins() {
        assert_eq!(
            join_relative("handbook/ops/a.md", "b.md").as_deref(),
            Some("handbook/ops/b.md")
        );
        assert_eq!(
            join_relative("handbook/ops/a.md", "../x/c.md").as_deref(),
            Some("handbook/x/c.md")
        );
        assert_eq!(join_relative("handbook/a.md", "../../etc/passwd"), None);
    }

    #[test]
    fn finds_link_spans() {
        let md = Markdown {
            file: 0,
            start: 10,
            text: "See [Deloitte](partner:deloitte) now.".into(),
        };
        let links = links_in(&md);
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].0, "partner:deloitte");
        assert_eq!(links[0].1.start, 10 + 15);
    }
}
