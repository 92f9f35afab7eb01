//! `audience.leak`: a handbook page shared with partners (`audience: partners`) goes to
//! every partner, so it must not name or link a partner, a competitor or an internal
//! page, outside its `<!-- internal -->` parts.

use super::RuleCtx;
use crate::audience::internal::{internal_ranges, is_internal};
use crate::audience::names::{Kind, Withheld};
use crate::diag::{Diagnostic, Rule};
use crate::links::{links_in, resolve, Target};
use crate::model::{Audience, Page};

const HELP: &str = "remove it, put it between `<!-- internal -->` and `<!-- /internal -->` (partners never see those parts), or make the page `audience: internal`";

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let shared: Vec<&Page> = cx
        .plan
        .pages
        .iter()
        .filter(|p| p.audience == Audience::Partners)
        .collect();
    if shared.is_empty() {
        return;
    }
    let withheld = Withheld::for_partner(cx.plan, None);
    for page in shared {
        names(page, &withheld, out);
        links(cx, page, out);
    }
}

/// Partner and competitor names in the shared text (title, description, body).
fn names(page: &Page, withheld: &Withheld, out: &mut Vec<Diagnostic>) {
    let mut found = Vec::new();
    for key in ["title", "description"] {
        let text = match key {
            "title" => Some(page.title.as_str()),
            _ => page.description.as_deref(),
        };
        for f in text.map(|t| withheld.find(t)).unwrap_or_default() {
            found.push((page.loc.value(key), f.name, f.kind));
        }
    }
    let internal = internal_ranges(&page.body.text);
    // a link's destination is judged as a link (`partner:deloitte`), not as a name
    let dests: Vec<_> = links_in(&page.body).into_iter().map(|(_, s)| s).collect();
    for f in withheld.find(&page.body.text) {
        let span = page.body.span(f.range.clone());
        let in_dest = dests
            .iter()
            .any(|d| d.start <= span.start && span.end <= d.end);
        if !is_internal(&internal, f.range.start) && !in_dest {
            found.push((span, f.name, f.kind));
        }
    }
    for (span, name, kind) in found {
        let what = match kind {
            Kind::Partner => "partner",
            Kind::Competitor => "competitor",
        };
        out.push(
            Diagnostic::new(
                Rule::AudienceLeak,
                span,
                format!(
                    "page `{}` is shared with partners but names the {what} {name}",
                    page.path
                ),
            )
            .label(format!("a {what}; every partner would read this"))
            .help(HELP),
        );
    }
}

/// Links from the shared body to a partner, a competitor, a decision, the thesis or a
/// page that is not shared.
fn links(cx: &RuleCtx, page: &Page, out: &mut Vec<Diagnostic>) {
    let internal = internal_ranges(&page.body.text);
    let rel = format!("handbook/{}.md", page.path);
    for (dest, span) in links_in(&page.body) {
        if is_internal(&internal, span.start.saturating_sub(page.body.start)) {
            continue;
        }
        let Ok(resolved) = resolve(cx.plan, &rel, &dest) else {
            continue;
        };
        let what = match &resolved.target {
            Target::Partner(id) => format!("the partner page of `{id}`"),
            Target::Competitor(id) => format!("the competitor `{id}`"),
            Target::Decision(id) => format!("the decision `{id}`"),
            Target::Thesis => "the partnership thesis".to_string(),
            Target::Page(path) => {
                let shared = cx
                    .plan
                    .pages
                    .iter()
                    .any(|p| p.path == *path && p.audience == Audience::Partners);
                if shared {
                    continue;
                }
                format!("the internal page `{path}`")
            }
            Target::Tier(_) | Target::External(_) | Target::SamePage => continue,
        };
        out.push(
            Diagnostic::new(
                Rule::AudienceLeak,
                span,
                format!(
                    "page `{}` is shared with partners but links {what}",
                    page.path
                ),
            )
            .label("partners cannot follow this link: the page is not theirs to see")
            .help(HELP),
        );
    }
}

crate::declare_rule! {
    AudienceLeak {
        id: "audience.leak",
        severity: Error,
        summary: "A page shared with partners names or links what partners may not see.",
        explanation: r#"A handbook page whose front matter says `audience: partners` is part of every partner-facing site (`build --audience partner:<id>`), so each partner reads it. It must not name another partner or a competitor, nor link a partner page, a competitor, a decision, the thesis or a page that is internal (the default audience): one such name in a file sent to a partner is a breach of trust. Text between `<!-- internal -->` and `<!-- /internal -->` is left out of everything partners receive and is not checked. The error points at the name or the link; remove it, move it into an internal part, or keep the page internal."#,
        bad: r#"# handbook/partner-guide.md
---
title: Partner guide
audience: partners
---
Deal registration works as it does for Deloitte."#,
        good: r#"# handbook/partner-guide.md
---
title: Partner guide
audience: partners
---
Deal registration works the same for every partner."#,
    }
}
