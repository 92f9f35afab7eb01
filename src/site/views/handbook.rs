//! Handbook pages and section index pages, with breadcrumbs through the section
//! folders, an "on this page" list, previous / next links and back-links.

use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::markdown::TocEntry;
use crate::site::nav::Link;
use crate::site::urls::{self, Anchors};
use serde::Serialize;

#[derive(Serialize)]
pub struct PageCard {
    pub link: Link,
    pub description: Option<String>,
}

#[derive(Serialize)]
pub struct HandbookPageView {
    pub title: String,
    pub description: Option<String>,
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub prev: Option<Link>,
    pub next: Option<Link>,
    pub backlinks: Vec<Link>,
    pub source: String,
}

#[derive(Serialize)]
pub struct SectionView {
    pub title: String,
    pub description: Option<String>,
    pub html: String,
    pub pages: Vec<PageCard>,
    pub sections: Vec<PageCard>,
    pub backlinks: Vec<Link>,
}

fn crumbs(site: &Site, section: usize, include_self: bool) -> Vec<Link> {
    let hb = &site.handbook;
    let chain = hb.ancestry(section);
    let mut out = Vec::new();
    for (n, &s) in chain.iter().enumerate() {
        let last = n + 1 == chain.len();
        if last && !include_self {
            break;
        }
        out.push(Link::to(&hb.sections[s].title, hb.sections[s].url()));
    }
    out
}

fn nav_keys(site: &Site, section: usize) -> Vec<String> {
    let hb = &site.handbook;
    let mut keys = vec!["handbook".to_string()];
    keys.extend(
        hb.ancestry(section)
            .into_iter()
            .skip(1)
            .map(|s| hb.sections[s].key()),
    );
    keys
}

fn page_link(site: &Site, i: usize) -> Link {
    Link::to(
        &site.plan.pages[i].title,
        site.handbook.page_url(&site.plan.pages, i),
    )
}

/// A handbook page that is not a section index.
pub fn render_page(site: &Site, i: usize) -> Result<PageHtml, RenderError> {
    let pages = &site.plan.pages;
    let p = &pages[i];
    let path = urls::page(&p.path);
    let mut anchors = Anchors::reserved(&["top", "related"]);
    let r = site.markdown(&p.body, &path, &mut anchors);
    let pos = site.handbook.order.iter().position(|&x| x == i);
    let prev = pos
        .and_then(|n| n.checked_sub(1))
        .and_then(|n| site.handbook.order.get(n))
        .map(|&x| page_link(site, x));
    let next = pos
        .and_then(|n| site.handbook.order.get(n + 1))
        .map(|&x| page_link(site, x));
    let section = site.handbook.section_of[i];
    let view = HandbookPageView {
        title: p.title.clone(),
        description: p.description.clone(),
        html: r.html,
        toc: r.toc.into_iter().filter(|t| t.level <= 3).collect(),
        prev,
        next,
        backlinks: site.backlinks_of(&path),
        source: format!("handbook/{}.md", p.path),
    };
    site.page(
        PageSpec {
            template: "handbook_page.html",
            nav_key: format!("hb:{}", p.path),
            nav_ancestors: nav_keys(site, section),
            title: p.title.clone(),
            description: p.description.clone().unwrap_or_default(),
            crumbs: crumbs(site, section, true),
            path,
        },
        &view,
    )
}

/// A section's index page (the handbook home for the root section).
pub fn render_section(site: &Site, s: usize) -> Result<PageHtml, RenderError> {
    let hb = &site.handbook;
    let sec = &hb.sections[s];
    let pages = &site.plan.pages;
    let path = sec.url();
    let mut anchors = Anchors::reserved(&["pages", "sections", "related"]);
    let html = sec
        .index_page
        .map(|i| site.markdown(&pages[i].body, &path, &mut anchors).html)
        .unwrap_or_default();
    let card = |i: usize| PageCard {
        link: page_link(site, i),
        description: pages[i].description.clone(),
    };
    let view = SectionView {
        title: sec.title.clone(),
        description: sec.description.clone(),
        html,
        pages: sec.pages.iter().map(|&i| card(i)).collect(),
        sections: sec
            .subsections
            .iter()
            .map(|&c| PageCard {
                link: Link::to(&hb.sections[c].title, hb.sections[c].url()),
                description: hb.sections[c].description.clone(),
            })
            .collect(),
        backlinks: site.backlinks_of(&path),
    };
    let (key, ancestors) = if s == 0 {
        ("handbook".to_string(), Vec::new())
    } else {
        (sec.key(), nav_keys(site, s))
    };
    site.page(
        PageSpec {
            template: "handbook_section.html",
            nav_key: key,
            nav_ancestors: ancestors,
            title: sec.title.clone(),
            description: sec.description.clone().unwrap_or_default(),
            crumbs: if s == 0 {
                Vec::new()
            } else {
                crumbs(site, s, false)
            },
            path,
        },
        &view,
    )
}
