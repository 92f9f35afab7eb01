//! The list of pages the site renders. Each page is a [`Job`]; jobs are independent
//! and rendered in parallel.

use super::context::{PageHtml, PageSpec, Site};
use super::urls;
use super::views::{
    analyses, competitors, decisions, governance, handbook, home, landscape, okrs, partner,
    strategy, tiers,
};
use crate::render::RenderError;
use serde::Serialize;

/// One page to render.
#[derive(Debug, Clone, Copy)]
pub enum Job {
    Home,
    Thesis,
    Models,
    Landscape,
    Competitors,
    Tiers,
    Decisions,
    Okrs,
    Roadmap,
    Governance,
    NearLine,
    Traceability,
    Reviews,
    Validation,
    /// "What changed since REV" (`build --since`).
    Changes,
    Search,
    NotFound,
    Partner(usize),
    Decision(usize),
    /// A handbook page that is not a section index (index into `plan.pages`).
    Page(usize),
    /// A handbook section index (index into the handbook's sections).
    Section(usize),
}

/// Every page of the site, in a stable order.
pub fn jobs(site: &Site) -> Vec<Job> {
    use Job::*;
    let mut out = vec![
        Home,
        Thesis,
        Models,
        Landscape,
        Competitors,
        Tiers,
        Decisions,
        Okrs,
        Roadmap,
        Governance,
        NearLine,
        Traceability,
        Reviews,
        Validation,
        Search,
        NotFound,
    ];
    if site.opts.changes.is_some() {
        out.push(Changes);
    }
    out.extend((0..site.plan.partners.len()).map(Partner));
    out.extend((0..site.plan.decisions.len()).map(Decision));
    for (s, sec) in site.handbook.sections.iter().enumerate() {
        out.push(Section(s));
        out.extend(sec.pages.iter().map(|&p| Page(p)));
    }
    out
}

impl Job {
    /// The page's path relative to the output directory.
    pub fn path(self, site: &Site) -> String {
        let plan = site.plan;
        match self {
            Job::Home => urls::HOME.into(),
            Job::Thesis => urls::THESIS.into(),
            Job::Models => urls::MODELS.into(),
            Job::Landscape => urls::LANDSCAPE.into(),
            Job::Competitors => urls::COMPETITORS.into(),
            Job::Tiers => urls::TIERS.into(),
            Job::Decisions => urls::DECISIONS.into(),
            Job::Okrs => urls::OKRS.into(),
            Job::Roadmap => urls::ROADMAP.into(),
            Job::Governance => urls::GOVERNANCE.into(),
            Job::NearLine => urls::NEAR_LINE.into(),
            Job::Traceability => urls::TRACEABILITY.into(),
            Job::Reviews => urls::REVIEWS.into(),
            Job::Validation => urls::VALIDATION.into(),
            Job::Changes => urls::CHANGES.into(),
            Job::Search => urls::SEARCH.into(),
            Job::NotFound => urls::NOT_FOUND.into(),
            Job::Partner(i) => urls::partner(&plan.partners[i].id),
            Job::Decision(i) => urls::decision(&plan.decisions[i].id),
            Job::Page(i) => site.handbook.page_url(&plan.pages, i),
            Job::Section(s) => site.handbook.sections[s].url(),
        }
    }

    pub fn render(self, site: &Site) -> Result<PageHtml, RenderError> {
        match self {
            Job::Home => home::render(site),
            Job::Thesis => strategy::render_thesis(site),
            Job::Models => strategy::render_models(site),
            Job::Landscape => landscape::render(site),
            Job::Competitors => competitors::render(site),
            Job::Tiers => tiers::render(site),
            Job::Decisions => decisions::render_log(site),
            Job::Okrs => okrs::render_okrs(site),
            Job::Roadmap => okrs::render_roadmap(site),
            Job::Governance => governance::render(site),
            Job::NearLine => analyses::render_near_line(site),
            Job::Traceability => analyses::render_traceability(site),
            Job::Reviews => analyses::render_reviews(site),
            Job::Validation => analyses::render_validation(site),
            Job::Changes => analyses::render_changes(site),
            Job::Search => simple(site, urls::SEARCH, "search.html", "Search"),
            Job::NotFound => simple(site, urls::NOT_FOUND, "404.html", "Page not found"),
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

fn simple(site: &Site, path: &str, template: &str, title: &str) -> Result<PageHtml, RenderError> {
    site.page(
        PageSpec {
            path: path.into(),
            template,
            nav_key: String::new(),
            nav_ancestors: Vec::new(),
            title: title.into(),
            description: String::new(),
            crumbs: Vec::new(),
        },
        &SimpleView {
            base_url: site.base_url.clone(),
        },
    )
}
