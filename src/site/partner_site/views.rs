//! The partner site's layout, navigation, tier framework and handbook page views:
//! typed structs the `partner_site/*.html` templates read, made from the partner's
//! [`PartnerView`] and the plan's language alone.

use super::links::SharedLinks;
use super::urls;
use crate::audience::view::{PartnerView, SharedPage, SharedTier};
use crate::i18n::formats::DateStyle;
use crate::i18n::Lang;
use crate::model::TierLevel;
use crate::site::markdown::{render_str, TocEntry};
use crate::site::urls::Anchors;
use crate::site::views::{tier_name_chip, yes_no, Chip};
use crate::values::Date;
use fluent_bundle::FluentValue;
use serde::Serialize;

/// The plan's language, for the views.
pub struct Words<'a> {
    pub lang: &'a Lang,
}

impl Words<'_> {
    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id).into_owned()
    }

    /// A message with arguments.
    pub fn f(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.lang.f(id, &crate::i18n::args(args))
    }

    /// A date in a sentence or a table cell.
    pub fn date(&self, d: Date) -> String {
        self.lang.fmt.date(d, DateStyle::Medium)
    }
}

/// A label and its value.
#[derive(Debug, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

impl Fact {
    pub fn new(label: String, value: String) -> Fact {
        Fact { label, value }
    }
}

/// What every page of the partner site shares (`layout` in the templates).
#[derive(Debug, Serialize)]
pub struct Layout<'a> {
    /// "Northwind Analytics partner site for Deloitte".
    pub site_title: &'a str,
    pub company: &'a str,
    pub partner: &'a str,
    pub title: String,
    pub description: String,
    /// The way back to the site root from this page (`""`, `../`).
    pub root: String,
    /// This page's path from the site root.
    pub path: String,
    /// `<html lang>`: the plan's locale.
    pub lang: &'a str,
    /// The date the figures are as of.
    pub today: &'a str,
    pub nav: Vec<NavGroup>,
}

/// A group of the sidebar.
#[derive(Debug, Clone, Serialize)]
pub struct NavGroup {
    pub title: String,
    pub items: Vec<NavItem>,
}

/// An entry of the sidebar.
#[derive(Debug, Clone, Serialize)]
pub struct NavItem {
    pub title: String,
    pub url: String,
    /// Whether this is the page shown.
    pub current: bool,
}

/// The sidebar of every page: the partner's page and the tier framework, then the
/// shared handbook pages; `current` marks nothing until [`mark`] is called.
pub fn nav(view: &PartnerView, w: &Words) -> Vec<NavGroup> {
    let item = |title: String, url: String| NavItem {
        title,
        url,
        current: false,
    };
    let mut groups = vec![NavGroup {
        title: w.t("ps_nav_partnership"),
        items: vec![
            item(w.t("ps_nav_overview"), urls::INDEX.into()),
            item(w.t("ps_nav_tiers"), urls::TIERS.into()),
        ],
    }];
    if !view.pages.is_empty() {
        groups.push(NavGroup {
            title: w.t("ps_nav_handbook"),
            items: view
                .pages
                .iter()
                .map(|p| item(p.title.clone(), urls::page(&p.path)))
                .collect(),
        });
    }
    groups
}

/// The sidebar with the entry of `path` marked current.
pub fn mark(nav: &[NavGroup], path: &str) -> Vec<NavGroup> {
    let mut out = nav.to_vec();
    for i in out.iter_mut().flat_map(|g| g.items.iter_mut()) {
        i.current = i.url == path;
    }
    out
}

/// The tier framework page's view (`v` of `partner_site/tiers.html`).
#[derive(Debug, Serialize)]
pub struct TiersPage {
    pub tiers: Vec<TierCard>,
}

/// One tier of the framework.
#[derive(Debug, Serialize)]
pub struct TierCard {
    /// The anchor (`gold`).
    pub id: &'static str,
    pub chip: Chip,
    pub name: String,
    pub pipeline: String,
    /// Whether the tier has an annual pipeline target at all.
    pub pipeline_target: bool,
    pub requirements: Vec<Fact>,
    pub benefits: Vec<String>,
    pub commitments: Vec<String>,
    /// Whether this is the partner's own tier.
    pub yours: bool,
}

/// The tier framework as the partner sees it: requirements, benefits, commitments,
/// its own tier marked; no partner is listed at any tier.
pub fn tiers(view: &PartnerView, w: &Words) -> TiersPage {
    let tiers = view
        .tiers
        .iter()
        .map(|t| TierCard {
            id: t.level.as_str(),
            chip: tier_name_chip(w.lang, t.level),
            name: t.name.clone(),
            pipeline: crate::render::figures::range(&t.pipeline, &view.money, w.lang),
            pipeline_target: !t.pipeline.is_empty(),
            requirements: requirements(view, t, w),
            benefits: t.benefits.clone(),
            commitments: t.commitments.clone(),
            yours: view.partner.tier == TierLevel::Tier(t.level),
        })
        .collect();
    TiersPage { tiers }
}

/// A tier's requirements beside its pipeline range (the card's headline): those it sets.
fn requirements(view: &PartnerView, t: &SharedTier, w: &Words) -> Vec<Fact> {
    let mut out = vec![
        Fact::new(
            w.t("ps_req_certified_individuals"),
            t.certified_individuals.to_string(),
        ),
        Fact::new(
            w.t("ps_req_dedicated_practice"),
            yes_no(w.lang, t.dedicated_practice),
        ),
    ];
    if t.min_gtm_activities > 0 {
        out.push(Fact::new(
            w.t("ps_req_gtm_activities"),
            w.f("ps_per_year", &[("n", t.min_gtm_activities.into())]),
        ));
    }
    if let Some(m) = t.mdf_per_year {
        out.push(Fact::new(w.t("ps_mdf"), m.display(&view.money)));
    }
    if let Some(c) = t.review_cadence {
        out.push(Fact::new(
            w.t("ps_review_cadence"),
            w.lang.word("cadence", c.as_str()),
        ));
    }
    out
}

/// A shared handbook page's view (`v` of `partner_site/page.html`).
#[derive(Debug, Serialize)]
pub struct HandbookPage {
    pub title: String,
    pub description: Option<String>,
    /// *HTML*: the body without its internal parts, links resolved within the site.
    pub html: String,
    /// Its headings, levels 2 and 3.
    pub toc: Vec<TocEntry>,
}

/// A shared page, rendered for the page at `path`.
pub fn handbook_page(view: &PartnerView, p: &SharedPage, path: &str) -> HandbookPage {
    let root = crate::site::urls::root_of(path);
    let links = SharedLinks {
        from: &p.path,
        root: &root,
        pages: &view.pages,
    };
    let mut anchors = Anchors::reserved(&["top", "main"]);
    let r = render_str(&p.body, &links, &mut anchors);
    HandbookPage {
        title: p.title.clone(),
        description: p.description.clone(),
        html: r.html,
        toc: r.toc.into_iter().filter(|t| t.level <= 3).collect(),
    }
}
