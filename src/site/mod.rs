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
#[derive(Default)]
pub struct SiteRenderer {
    /// What the last build of a watch or serve session leaves for the next
    /// ([`SiteRenderer::remembering`]).
    session: Option<Session>,
}

impl std::fmt::Debug for SiteRenderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SiteRenderer")
            .field("remembering", &self.session.is_some())
            .finish()
    }
}

/// What a session's builds keep: the pages, and the compiled theme with the plan's
/// language while the theme's files and the locale stay the same.
#[derive(Default)]
struct Session {
    pages: memo::PageMemo,
    prepared: std::sync::Mutex<Option<std::sync::Arc<Prepared>>>,
}

/// A compiled theme and the language of one locale.
struct Prepared {
    /// The theme's files and the locale (`ThemeFiles::fingerprint`); 0 outside a
    /// session, where nothing is compared with it.
    fingerprint: u128,
    theme: theme::Theme,
    lang: crate::i18n::Lang,
}

impl Prepared {
    fn new(
        files: theme::ThemeFiles,
        locale: &str,
        fingerprint: u128,
    ) -> Result<Prepared, RenderError> {
        let mut theme = theme::Theme::compile(files)?;
        let catalog = theme.language(locale)?;
        let lang = crate::i18n::Lang::new(catalog).map_err(|e| RenderError(e.to_string()))?;
        Ok(Prepared {
            fingerprint,
            theme,
            lang,
        })
    }
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
            session: Some(Session::default()),
        }
    }

    /// The theme (compiled) and the language of this build: the last build's when the
    /// theme's files and the locale have not changed.
    fn prepare(
        &self,
        opts: &RenderOptions,
        locale: &str,
    ) -> Result<std::sync::Arc<Prepared>, RenderError> {
        let files = theme::ThemeFiles::read(opts.theme_dir.as_deref())?;
        let Some(session) = &self.session else {
            return Prepared::new(files, locale, 0).map(std::sync::Arc::new);
        };
        let fingerprint = files.fingerprint(locale);
        let mut held = session.prepared.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(p) = held.as_ref().filter(|p| p.fingerprint == fingerprint) {
            return Ok(std::sync::Arc::clone(p));
        }
        let p = std::sync::Arc::new(Prepared::new(files, locale, fingerprint)?);
        *held = Some(std::sync::Arc::clone(&p));
        Ok(p)
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
        let prepared = self.prepare(opts, &project.plan.company.locale)?;
        let (theme, lang) = (&prepared.theme, &prepared.lang);
        let mut site = context::Site::new(project, opts, theme, lang);
        let fingerprint = prepared.fingerprint;
        let last = self.session.as_ref().map(|s| s.pages.take(fingerprint));
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
        if let Some(s) = &self.session {
            s.pages.keep(
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
