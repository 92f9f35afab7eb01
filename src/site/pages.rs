//! The list of pages the site renders. Each page is a [`Job`]; jobs are independent
//! and rendered in parallel.

use super::context::{PageHtml, PageSpec, Site};
use super::urls;
use super::views::{
    analyses, competitors, decisions, economics, governance, handbook, history, home, landscape,
    okrs, partner, strategy, tiers,
};
use crate::render::RenderError;
use serde::Serialize;

/// A page the site has exactly one of: where it goes and what renders it.
#[derive(Debug)]
pub struct Single {
    path: &'static str,
    render: fn(&Site) -> Result<PageHtml, RenderError>,
}

const fn single(path: &'static str, render: fn(&Site) -> Result<PageHtml, RenderError>) -> Single {
    Single { path, render }
}

/// The single pages every site has, in a stable order.
static SINGLES: [Single; 17] = [
    single(urls::HOME, home::render),
    single(urls::THESIS, strategy::render_thesis),
    single(urls::MODELS, strategy::render_models),
    single(urls::ECONOMICS, economics::render),
    single(urls::LANDSCAPE, landscape::render),
    single(urls::COMPETITORS, competitors::render),
    single(urls::TIERS, tiers::render),
    single(urls::DECISIONS, decisions::render_log),
    single(urls::OKRS, okrs::render_okrs),
    single(urls::ROADMAP, okrs::render_roadmap),
    single(urls::GOVERNANCE, governance::render),
    single(urls::NEAR_LINE, analyses::render_near_line),
    single(urls::TRACEABILITY, analyses::render_traceability),
    single(urls::REVIEWS, analyses::render_reviews),
    single(urls::VALIDATION, analyses::render_validation),
    single(urls::SEARCH, |site| {
        simple(site, urls::SEARCH, "search.html", "v_title_search")
    }),
    single(urls::NOT_FOUND, |site| {
        simple(site, urls::NOT_FOUND, "404.html", "v_title_not_found")
    }),
];

/// "What changed since REV" (`build --since`), only in sites built with changes.
static CHANGES: Single = single(urls::CHANGES, analyses::render_changes);

/// The History page, only in sites built with a history (inside a git repository).
static HISTORY: Single = single(urls::HISTORY, history::render);

/// One page to render.
#[derive(Debug, Clone, Copy)]
pub enum Job {
    Single(&'static Single),
    Partner(usize),
    Decision(usize),
    /// A handbook page that is not a section index (index into `plan.pages`).
    Page(usize),
    /// A handbook section index (index into the handbook's sections).
    Section(usize),
}

/// Every page of the site, in a stable order.
pub fn jobs(site: &Site) -> Vec<Job> {
    let mut out: Vec<Job> = SINGLES.iter().map(Job::Single).collect();
    if site.opts.changes.is_some() {
        out.push(Job::Single(&CHANGES));
    }
    if site.history().is_some() {
        out.push(Job::Single(&HISTORY));
    }
    out.extend((0..site.plan.partners.len()).map(Job::Partner));
    out.extend((0..site.plan.decisions.len()).map(Job::Decision));
    for (s, sec) in site.handbook.sections.iter().enumerate() {
        out.push(Job::Section(s));
        out.extend(sec.pages.iter().map(|&p| Job::Page(p)));
    }
    out
}

impl Job {
    /// The page's path relative to the output directory.
    pub fn path(self, site: &Site) -> String {
        let plan = site.plan;
        match self {
            Job::Single(page) => page.path.into(),
            Job::Partner(i) => urls::partner(&plan.partners[i].id),
            Job::Decision(i) => urls::decision(&plan.decisions[i].id),
            Job::Page(i) => site.handbook.page_url(&plan.pages, i),
            Job::Section(s) => site.handbook.sections[s].url(),
        }
    }

    pub fn render(self, site: &Site) -> Result<PageHtml, RenderError> {
        match self {
            Job::Single(page) => (page.render)(site),
            Job::Partner(i) => partner::render(site, i),
            Job::Decision(i) => decisions::render_one(site, i),
            Job::Page(i) => handbook::render_page(site, i),
            Job::Section(s) => handbook::render_section(site, s),
        }
    }
}

#[derive(Serialize)]
struct SimpleView {
    base_url: String,
}

/// A page with no view of its own, titled by the message `title`.
fn simple(site: &Site, path: &str, template: &str, title: &str) -> Result<PageHtml, RenderError> {
    site.page(
        PageSpec {
            path: path.into(),
            template,
            nav_key: String::new(),
            nav_ancestors: Vec::new(),
            title: site.t(title),
            description: String::new(),
            crumbs: Vec::new(),
        },
        &SimpleView {
            base_url: site.base_url.clone(),
        },
    )
}
