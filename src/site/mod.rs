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
#[derive(Debug, Default, Clone, Copy)]
pub struct SiteRenderer;

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
        let jobs = pages::jobs(&site);
        let max_depth = jobs
            .iter()
            .map(|j| j.path(&site).matches('/').count())
            .max()
            .unwrap_or(0);
        site.prepare_nav(max_depth)?;
        let site = &site;
        out.add_par(
            jobs.par_iter()
                .map(|j| j.render(site).map(|p| (p.path, p.html.into_bytes()))),
        )?;
        for (name, bytes) in &theme.assets {
            out.add(format!("assets/{name}"), bytes.clone())?;
        }
        let (json, js) = search::index_files(site);
        out.add("search-index.json", json)?;
        out.add("assets/search-index.js", js)?;
        Ok(())
    }
}
