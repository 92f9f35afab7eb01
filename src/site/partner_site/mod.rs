//! The partner-facing site (`build --audience partner:<id>`): one partner's page, the
//! tier framework and the handbook pages shared with partners, through the theme's own
//! small templates (`templates/partner_site/`), with the theme's CSS and script.
//!
//! Leaking is impossible by construction: [`render`] takes the partner's
//! [`PartnerView`], never the project, the plan or the analysis, so another partner,
//! a competitor, the program's economics or an internal note cannot reach a page: the
//! view never holds them. Its templates get no sidebar, search index or navigation of
//! the internal site; the site has no search index of its own (it has a handful of
//! pages, all in its sidebar).

mod links;
mod partner;
mod views;

use super::theme::Theme;
use crate::audience::view::PartnerView;
use crate::render::{RenderError, RenderedFiles};
use serde::Serialize;
use std::path::PathBuf;
use views::{Layout, Words};

/// The partner site's URL scheme: the internal site's, where it has the page.
pub mod urls {
    pub use crate::site::urls::{page, tier, TIERS};
    /// The partner's own page.
    pub const INDEX: &str = crate::site::urls::HOME;
}

/// How to render a partner site: the theme only (no history, no changes, no other
/// output's options: nothing that holds the plan).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A directory whose files override the default theme's.
    pub theme_dir: Option<PathBuf>,
}

#[derive(Serialize)]
struct PageOut<'l, V: Serialize> {
    layout: &'l Layout<'l>,
    v: &'l V,
}

/// Renders the partner site of `view` into `out`: `index.html` (the partner's page),
/// `tiers.html`, `handbook/PATH.html` for each shared page, and the theme's assets.
pub fn render(
    view: &PartnerView,
    opts: &Options,
    out: &mut RenderedFiles,
) -> Result<(), RenderError> {
    let mut theme = Theme::load(opts.theme_dir.as_deref())?;
    let catalog = theme.language(&view.locale)?;
    let lang = crate::i18n::Lang::new(catalog).map_err(|e| RenderError(e.to_string()))?;
    let w = Words { lang: &lang };
    let site_title = w.f(
        "ps_site_title",
        &[
            ("company", view.company.as_str().into()),
            ("partner", view.partner.name.as_str().into()),
        ],
    );
    let today = w.date(view.today);
    let nav = views::nav(view, &w);
    let layout = |path: &str, title: String, description: String| Layout {
        site_title: &site_title,
        company: &view.company,
        partner: &view.partner.name,
        title,
        description,
        root: crate::site::urls::root_of(path),
        path: path.to_string(),
        lang: lang.catalog.tag(),
        today: &today,
        nav: views::mark(&nav, path),
    };
    let index = partner::page(view, &w);
    let l = layout(urls::INDEX, view.partner.name.clone(), index.lede.clone());
    emit(&theme, out, "partner_site/index.html", &l, &index)?;
    let l = layout(urls::TIERS, w.t("ps_tiers_title"), w.t("ps_tiers_lede"));
    emit(
        &theme,
        out,
        "partner_site/tiers.html",
        &l,
        &views::tiers(view, &w),
    )?;
    for p in &view.pages {
        let path = urls::page(&p.path);
        let v = views::handbook_page(view, p, &path);
        let description = p.description.clone().unwrap_or_default();
        let l = layout(&path, p.title.clone(), description);
        emit(&theme, out, "partner_site/page.html", &l, &v)?;
    }
    for (name, bytes) in &theme.assets {
        out.add(format!("assets/{name}"), bytes.clone())?;
    }
    Ok(())
}

/// Renders one page through `template` and adds it at its layout's path.
fn emit<V: Serialize>(
    theme: &Theme,
    out: &mut RenderedFiles,
    template: &str,
    layout: &Layout,
    v: &V,
) -> Result<(), RenderError> {
    let html = theme.render(template, &PageOut { layout, v })?;
    out.add(layout.path.clone(), html)
}
