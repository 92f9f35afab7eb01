//! The handbook site: a linked static HTML site of the whole plan with
//! the analyses (near the line, tier review, traceability, overdue reviews), rendered through the theme's Tera templates from typed view
//! structs, in parallel, into an in-memory [`RenderedFiles`].
//!
//! Links between pages are relative, so the site works from `file://` and under any
//! sub-path; charts are inline SVG; search runs in the browser from an embedded index;
//! nothing is loaded from another host.

pub mod charts;
mod context;
mod index;
pub mod markdown;
pub mod memo;
pub mod nav;
mod pages;
pub mod partner_site;
pub mod search;
pub mod svg;
pub mod theme;
pub mod trend;
pub mod urls;
pub mod views;

#[cfg(test)]
mod catalog_tests;

pub use theme::default_theme_files;

use crate::project::Project;
use crate::render::{RenderError, RenderOptions, RenderedFiles, Renderer};
use rayon::prelude::*;

/// Renders the handbook site.
#[derive(Debug, Default)]
pub struct SiteRenderer {
    /// The pages of the last build, in a watch or serve session ([`SiteRenderer::remembering`]).
    memo: Option<memo::PageMemo>,
}

impl SiteRenderer {
    /// A renderer for one build.
    pub fn new() -> SiteRenderer {
        SiteRenderer::default()
    }

    /// A renderer for the successive builds of one session: a page whose template and
    /// view are the same as at its last build is not rendered again (`site::memo`).
    pub fn remembering() -> SiteRenderer {
        SiteRenderer {
            memo: Some(memo::PageMemo::default()),
        }
    }
}

impl Renderer for SiteRenderer {
    fn name(&self) -> &'static str {
        "site"
    }

    fn render(
        &self,
        project: &Project,
        opts: &RenderOptions,
        out: &mut RenderedFiles,
    ) -> Result<(), RenderError> {
        let mut theme = theme::Theme::load(opts.theme_dir.as_deref())?;
        let catalog = theme.language(&project.plan.company.locale)?;
        let lang = crate::i18n::Lang::new(catalog).map_err(|e| RenderError(e.to_string()))?;
        let mut site = context::Site::new(project, opts, &theme, &lang);
        let fingerprint = memo::fingerprint([], &project.plan.company.locale) ^ theme.fingerprint;
        let last = self.memo.as_ref().map(|m| m.take(fingerprint));
        site.memo = last.as_ref();
        let jobs = pages::jobs(&site);
        let max_depth = jobs
            .iter()
            .map(|j| j.path(&site).matches('/').count())
            .max()
            .unwrap_or(0);
        site.prepare_nav(max_depth)?;
        let site = &site;
        let remembered = std::sync::Mutex::new(Vec::new());
        // The search index is made while the pages render (it reads the plan, not them).
        let (pages, (json, js)) = rayon::join(
            || {
                out.add_par(jobs.par_iter().map(|j| {
                    let page = j.render(site)?;
                    if let Some(key) = page.key {
                        let mut r = remembered.lock().unwrap_or_else(|e| e.into_inner());
                        r.push((page.path.clone(), (key, std::sync::Arc::clone(&page.html))));
                    }
                    Ok((page.path, page.html))
                }))
            },
            || search::index_files(site),
        );
        pages?;
        if let Some(m) = &self.memo {
            m.keep(
                fingerprint,
                remembered.into_inner().unwrap_or_else(|e| e.into_inner()),
            );
        }
        for (name, bytes) in &theme.assets {
            out.add(format!("assets/{name}"), bytes.clone())?;
        }
        out.add("search-index.json", json)?;
        out.add("assets/search-index.js", js)?;
        Ok(())
    }
}
