//! What every page of the site is rendered from: the project, the theme, lookups by
//! id, back-links between pages, the handbook tree and the pre-rendered sidebars.
//! Built once, then shared (read-only) by the pages rendered in parallel.

use super::markdown::{self, MdContext, Rendered};
use super::nav::{self, Handbook, Link};
use super::theme::Theme;
use super::urls::{self, Anchors};
use crate::analysis::Analysis;
use crate::history::delta::Headline;
use crate::history::{History, Snapshot};
use crate::i18n::formats::DateStyle;
use crate::links;
use crate::model::{Markdown, Plan};
use crate::project::Project;
use crate::render::{RenderError, RenderOptions};
use crate::values::{Date, MoneyStyle};
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;

/// What the sidebar of a page it does not list depends on: the page's depth, its
/// handbook section and its ancestors' keys.
type UnlistedKey = (usize, Option<usize>, Vec<String>);

/// The shared state of one site render.
pub struct Site<'a> {
    pub project: &'a Project,
    pub plan: &'a Plan,
    pub an: &'a Analysis,
    pub opts: &'a RenderOptions,
    pub theme: &'a Theme,
    /// The messages and formats of the plan's locale (`crate::i18n`).
    pub lang: &'a crate::i18n::Lang,
    pub title: String,
    pub sym: &'a MoneyStyle,
    pub base_url: String,
    /// How amounts of the distance to the next tier are written, and partners'
    /// pipelines apart from the tiers' range bounds: made once per site.
    pub amounts: crate::render::distance::Amounts<'a>,
    partners: HashMap<&'a str, usize>,
    decisions: HashMap<&'a str, usize>,
    competitors: HashMap<&'a str, usize>,
    /// Sponsor rows by partner id.
    pub sponsors: HashMap<&'a str, Vec<usize>>,
    /// Pages (thesis, decisions, handbook) linking to a URL, by target URL without anchor.
    pub backlinks: HashMap<String, Vec<Link>>,
    /// Decisions whose rationale links to a partner, by partner id.
    pub mentions: HashMap<String, BTreeSet<usize>>,
    /// Roadmap items (quarter, item) naming each decision, by decision id.
    pub decision_items: HashMap<&'a str, Vec<(usize, usize)>>,
    /// The decision superseding each decision, by id.
    pub superseded_by: HashMap<&'a str, &'a str>,
    pub handbook: Handbook,
    /// Per-partner and per-decision lookups into the analysis.
    pub index: super::index::AnalysisIndex,
    /// The sidebar for each page depth.
    sidebars: Vec<String>,
    /// Section page lists by (top-level section, depth).
    subnavs: BTreeMap<(usize, usize), String>,
    /// Sidebars of pages the sidebar does not list (partners, decisions), which are
    /// the same for every page of a depth, section and ancestors: made once each.
    unlisted_sidebars: Mutex<HashMap<UnlistedKey, String>>,
    /// The date reviews are judged against, as every page's footer shows it.
    today: String,
    /// The history's snapshots, then now (empty without history).
    pub timeline: Vec<Snapshot>,
    /// The pages of the last build of a watch or serve session: a page whose view is
    /// unchanged is taken from there (`site::memo`).
    pub memo: Option<&'a super::memo::Pages>,
}

/// The parts every page shares: title, breadcrumbs, sidebar, root prefix.
#[derive(Debug, Serialize)]
pub struct Layout<'a> {
    pub site_title: &'a str,
    pub company: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    /// The way back to the site root from this page.
    pub root: String,
    /// This page's path relative to the site root.
    pub path: &'a str,
    pub canonical: Option<String>,
    pub breadcrumbs: &'a [Link],
    pub sidebar: String,
    pub pdf: bool,
    pub today: &'a str,
    /// The page's language, `<html lang>` (`en-US`, `de-DE`).
    pub lang: &'a str,
}

/// Where a page sits: its path, nav key, title and breadcrumbs.
pub struct PageSpec<'s> {
    pub path: String,
    pub template: &'s str,
    pub nav_key: String,
    pub nav_ancestors: Vec<String>,
    pub title: String,
    pub description: String,
    pub crumbs: Vec<Link>,
}

#[derive(Serialize)]
struct PageOut<'l, 'v, V: Serialize> {
    layout: &'l Layout<'l>,
    v: &'v V,
}

/// A rendered page.
pub struct PageHtml {
    pub path: String,
    pub html: crate::render::Bytes,
    /// What the page was rendered from, when the site keeps a memo of its pages.
    pub key: Option<super::memo::PageKey>,
}

fn index_by<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, usize> {
    let mut m = HashMap::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        m.entry(id(it)).or_insert(i);
    }
    m
}

impl<'a> Site<'a> {
    pub fn new(
        project: &'a Project,
        opts: &'a RenderOptions,
        theme: &'a Theme,
        lang: &'a crate::i18n::Lang,
    ) -> Site<'a> {
        let plan = &project.plan;
        let title = if plan.site.title.trim().is_empty() {
            lang.f(
                "v_site_title",
                &crate::i18n::args(&[("company", plan.company.name.as_str().into())]),
            )
        } else {
            plan.site.title.clone()
        };
        let mut base_url = opts.base_url.clone();
        if base_url.is_empty() {
            base_url = plan.site.base_url.clone();
        }
        if !base_url.ends_with('/') {
            base_url.push('/');
        }
        let mut sponsors: HashMap<&str, Vec<usize>> = HashMap::new();
        if let Some(g) = &plan.governance {
            for (i, s) in g.sponsors.iter().enumerate() {
                sponsors.entry(s.partner.as_str()).or_default().push(i);
            }
        }
        let mut decision_items: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        for (q, quarter) in plan
            .roadmap
            .iter()
            .flat_map(|r| r.quarters.iter().enumerate())
        {
            for (i, it) in quarter.items.iter().enumerate() {
                for d in &it.decisions {
                    decision_items.entry(d.as_str()).or_default().push((q, i));
                }
            }
        }
        let mut superseded_by = HashMap::new();
        for d in &plan.decisions {
            if let Some(s) = &d.supersedes {
                superseded_by.insert(s.as_str(), d.id.as_str());
            }
        }
        let handbook = Handbook::new(&plan.pages, &lang.t("v_handbook"));
        let mut site = Site {
            project,
            plan,
            an: &project.analysis,
            opts,
            theme,
            lang,
            title,
            sym: plan.money_style(),
            base_url,
            amounts: crate::render::distance::Amounts::of(plan),
            partners: index_by(&plan.partners, |p| p.id.as_str()),
            decisions: index_by(&plan.decisions, |d| d.id.as_str()),
            competitors: index_by(&plan.competitors, |c| c.id.as_str()),
            sponsors,
            backlinks: HashMap::new(),
            mentions: HashMap::new(),
            decision_items,
            superseded_by,
            handbook,
            index: super::index::AnalysisIndex::new(
                &project.analysis,
                plan.partners.len(),
                plan.decisions.len(),
            ),
            sidebars: Vec::new(),
            subnavs: BTreeMap::new(),
            unlisted_sidebars: Mutex::new(HashMap::new()),
            today: lang.fmt.date(project.analysis.today, DateStyle::Medium),
            timeline: opts
                .history
                .as_deref()
                .map(|h| h.rows(project))
                .unwrap_or_default(),
            memo: None,
        };
        site.collect_backlinks();
        site
    }

    /// The plan's history, when the build reads one.
    pub fn history(&self) -> Option<&History> {
        self.opts.history.as_deref()
    }

    /// Each headline figure's change since the snapshot "Since the last board
    /// meeting" compares with (the newest, or the one before when the plan is it).
    pub fn headline(&self) -> Option<Headline> {
        let since = self.opts.since_last.as_ref().map(|c| c.since.as_str());
        Headline::of_rows_since(&self.timeline, since, self.sym, self.lang)
    }

    pub fn partner_index(&self, id: &str) -> Option<usize> {
        self.partners.get(id).copied()
    }

    pub fn decision_index(&self, id: &str) -> Option<usize> {
        self.decisions.get(id).copied()
    }

    pub fn competitor_index(&self, id: &str) -> Option<usize> {
        self.competitors.get(id).copied()
    }

    /// A link to a partner by id; plain text for a firm the plan does not track.
    pub fn partner_link(&self, id: &str) -> Link {
        match self.partner_index(id) {
            Some(i) => Link::to(&self.plan.partners[i].name, urls::partner(id)),
            None => Link::text(id),
        }
    }

    pub fn decision_link(&self, id: &str) -> Link {
        match self.decision_index(id) {
            Some(i) => Link::to(
                format!("{} {}", id, self.plan.decisions[i].title),
                urls::decision(id),
            ),
            None => Link::text(id),
        }
    }

    pub fn competitor_link(&self, id: &str) -> Link {
        match self.competitor_index(id) {
            Some(i) => Link::to(&self.plan.competitors[i].name, urls::competitor(id)),
            None => Link::text(id),
        }
    }

    pub fn model_link(&self, id: &str) -> Link {
        match self.plan.model(id) {
            Some(m) => Link::to(&m.name, urls::model(id)),
            None => Link::text(id),
        }
    }

    /// The file a Markdown body was read from, relative to the content directory.
    pub fn rel_of(&self, md: &Markdown) -> &str {
        self.project
            .sources
            .get(md.file)
            .map_or("", |f| f.rel.as_str())
    }

    /// Renders a Markdown body for a page at `page_path`.
    pub fn markdown(&self, md: &Markdown, page_path: &str, anchors: &mut Anchors) -> Rendered {
        let root = urls::root_of(page_path);
        let cx = MdContext {
            plan: self.plan,
            from_rel: self.rel_of(md),
            root: &root,
        };
        markdown::render(md, &cx, anchors)
    }

    fn collect_backlinks(&mut self) {
        let plan = self.plan;
        let mut sources: Vec<(&Markdown, Link)> = Vec::new();
        if let Some(t) = &plan.thesis {
            sources.push((&t.body, Link::to(self.lang.t("v_nav_thesis"), urls::THESIS)));
        }
        for d in &plan.decisions {
            sources.push((
                &d.rationale,
                Link::to(format!("{} {}", d.id, d.title), urls::decision(&d.id)),
            ));
        }
        for (i, p) in plan.pages.iter().enumerate() {
            let url = self.handbook.page_url(&plan.pages, i);
            sources.push((&p.body, Link::to(&p.title, url)));
        }
        let mut back: HashMap<String, BTreeSet<Link>> = HashMap::new();
        let mut mentions: HashMap<String, BTreeSet<usize>> = HashMap::new();
        for (md, from) in sources {
            let rel = self.rel_of(md);
            for (dest, _) in links::links_in(md) {
                let Ok(r) = links::resolve(plan, rel, &dest) else {
                    continue;
                };
                if let (links::Target::Partner(p), Some(d)) = (
                    &r.target,
                    from.url
                        .as_deref()
                        .and_then(|u| u.strip_prefix("decisions/")),
                ) {
                    let id = d.trim_end_matches(".html");
                    if let Some(di) = self.decision_index(id) {
                        mentions.entry(p.clone()).or_default().insert(di);
                    }
                }
                let Some(url) = urls::of_target(&r.target) else {
                    continue;
                };
                let key = url.split('#').next().unwrap_or(&url).to_string();
                if from.url.as_deref() != Some(key.as_str()) {
                    back.entry(key).or_default().insert(from.clone());
                }
            }
        }
        self.mentions = mentions;
        self.backlinks = back
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().collect()))
            .collect();
    }

    /// Pages linking to `url` (without anchor).
    pub fn backlinks_of(&self, url: &str) -> Vec<Link> {
        self.backlinks.get(url).cloned().unwrap_or_default()
    }

    /// Pre-renders the sidebar for every depth up to `max_depth`, and the section
    /// page lists the handbook pages need.
    pub fn prepare_nav(&mut self, max_depth: usize) -> Result<(), RenderError> {
        #[derive(Serialize)]
        struct SidebarView<'g> {
            root: String,
            groups: &'g [nav::NavGroup],
        }
        let groups = nav::sidebar_groups(
            &self.handbook,
            &self.plan.pages,
            nav::Extras {
                changes: self.opts.changes.is_some(),
                history: self.opts.history.is_some(),
            },
            self.lang,
        );
        let mut sidebars = Vec::new();
        for depth in 0..=max_depth {
            let root = "../".repeat(depth);
            sidebars.push(self.theme.render(
                "partials/sidebar.html",
                &SidebarView {
                    root,
                    groups: &groups,
                },
            )?);
        }
        self.sidebars = sidebars;
        #[derive(Serialize)]
        struct SubView<'s> {
            root: String,
            sub: &'s nav::SubNav,
        }
        // one page list per (section, depth): the top-level section's pages and
        // sub-sections, expanded down to the section of the page
        let mut wanted = BTreeSet::new();
        for i in 0..self.plan.pages.len() {
            let url = self.handbook.page_url(&self.plan.pages, i);
            wanted.insert((self.handbook.section_of[i], url.matches('/').count()));
        }
        for s in 1..self.handbook.sections.len() {
            wanted.insert((s, self.handbook.sections[s].url().matches('/').count()));
        }
        let mut subnavs = BTreeMap::new();
        for (section, depth) in wanted {
            let Some(sub) = nav::subnav(&self.handbook, &self.plan.pages, section, self.lang)
            else {
                continue;
            };
            let html = self.theme.render(
                "partials/subnav.html",
                &SubView {
                    root: "../".repeat(depth),
                    sub: &sub,
                },
            )?;
            subnavs.insert((section, depth), html);
        }
        self.subnavs = subnavs;
        Ok(())
    }

    /// The sidebar for a page, with the current entry marked and, on handbook pages,
    /// the page list of its section.
    fn sidebar_for(&self, spec: &PageSpec) -> String {
        let depth = spec.path.matches('/').count();
        let Some(base) = self.sidebars.get(depth).or(self.sidebars.last()) else {
            return String::new();
        };
        let deepest = spec
            .nav_ancestors
            .iter()
            .chain([&spec.nav_key])
            .filter_map(|k| k.strip_prefix("hbs:"))
            .filter_map(|p| self.handbook.section_index(p))
            .next_back();
        let mut html = base.clone();
        if let Some(s) = deepest {
            if let (Some(top), Some(sub)) = (self.handbook.top_of(s), self.subnavs.get(&(s, depth)))
            {
                let key = self.handbook.sections[top].key();
                html = html.replacen(&nav::sub_placeholder(&key), sub, 1);
            }
        }
        if nav::lists(&html, &spec.nav_key) {
            return nav::mark_current(&html, &spec.nav_key, &spec.nav_ancestors);
        }
        let key = (depth, deepest, spec.nav_ancestors.clone());
        let cached = self
            .unlisted_sidebars
            .lock()
            .ok()
            .and_then(|c| c.get(&key).cloned());
        if let Some(hit) = cached {
            return hit;
        }
        let marked = nav::mark_current(&html, &spec.nav_key, &spec.nav_ancestors);
        if let Ok(mut c) = self.unlisted_sidebars.lock() {
            c.insert(key, marked.clone());
        }
        marked
    }

    /// A message without arguments, in the plan's language.
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id).into_owned()
    }

    /// A message with arguments: `site.f("v_days", &[("n", 3.into())])`.
    pub fn f(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.lang.f(id, &crate::i18n::args(args))
    }

    /// The word of a closed vocabulary (`word("tier", "gold")`).
    pub fn word(&self, kind: &str, word: &str) -> String {
        self.lang.word(kind, word)
    }

    /// A rating, weight or point figure: at most two decimals (`85.75`, `69`).
    pub fn num2(&self, v: f64) -> String {
        self.lang.fmt.number_trim(v, 2)
    }

    /// An attractiveness score, always with two decimals (`85.10`).
    pub fn score(&self, v: f64) -> String {
        self.lang.fmt.number(v, 2)
    }

    /// A share as a whole-number percentage, or one decimal below 10 % (`35%`, `4.5%`).
    pub fn share(&self, v: f64) -> String {
        share_in(self.lang, v)
    }

    /// A date in a sentence or a table cell (`Nov 24, 2026`, `24.11.2026`).
    pub fn date(&self, d: Date) -> String {
        self.lang.fmt.date(d, DateStyle::Medium)
    }

    /// A partner's pipeline as every page shows it (see [`Plan::pipeline_shown`]).
    pub fn pipeline_text(&self, m: crate::values::Money) -> String {
        self.amounts.pipeline.show(m)
    }

    /// Renders one page: its layout around a view, through the named template.
    pub fn page<V: Serialize>(&self, spec: PageSpec, view: &V) -> Result<PageHtml, RenderError> {
        let layout = Layout {
            site_title: &self.title,
            company: &self.plan.company.name,
            description: &spec.description,
            root: urls::root_of(&spec.path),
            canonical: canonical(&self.base_url, &spec.path),
            breadcrumbs: &spec.crumbs,
            sidebar: self.sidebar_for(&spec),
            pdf: self.opts.with_pdf,
            today: &self.today,
            title: &spec.title,
            path: &spec.path,
            lang: self.lang.catalog.tag(),
        };
        let out = PageOut {
            layout: &layout,
            v: view,
        };
        let Some(memo) = self.memo else {
            let html = self.theme.render(spec.template, &out)?;
            return Ok(PageHtml {
                path: spec.path,
                html: std::sync::Arc::new(html.into_bytes()),
                key: None,
            });
        };
        let key = super::memo::page_key(spec.template, &out)
            .map_err(|e| RenderError(format!("{}: {e}", spec.template)))?;
        let html = match memo.get(&spec.path, key) {
            Some(same) => std::sync::Arc::clone(same),
            None => {
                let mut html = self.theme.render(spec.template, &out)?.into_bytes();
                // remembered until the next build: without a growing page's spare room
                html.shrink_to_fit();
                std::sync::Arc::new(html)
            }
        };
        Ok(PageHtml {
            path: spec.path,
            html,
            key: Some(key),
        })
    }
}

/// A share as [`Site::share`] writes it, in the language `lang`.
pub fn share_in(lang: &crate::i18n::Lang, v: f64) -> String {
    let decimals = if v.abs() < 10.0 && v.fract().abs() > 0.05 {
        1
    } else {
        0
    };
    // the percent sign's place and gap as the locale writes them, around exact decimals
    let zero = lang.fmt.number(0.0, 0);
    let pattern = lang.fmt.percent(0.0, 0);
    let sign = pattern.strip_prefix(zero.as_str()).unwrap_or("%");
    format!("{}{sign}", lang.fmt.number(v, decimals))
}

/// The English language of the default theme, for unit tests of the views and charts.
#[cfg(test)]
pub fn english() -> crate::i18n::Lang {
    let files: Vec<crate::i18n::CatalogFile> = super::theme::default_theme_files()
        .into_iter()
        .filter(|(rel, _)| rel.starts_with("locales/"))
        .map(|(rel, bytes)| crate::i18n::CatalogFile {
            shown: rel.clone(),
            text: String::from_utf8_lossy(bytes).into_owned(),
            rel,
        })
        .collect();
    crate::i18n::Lang::load("en-US", &files).unwrap_or_else(|e| panic!("{e}"))
}

/// The absolute URL of a page when the base URL is absolute (`https://…`), else its
/// path under the base URL.
fn canonical(base_url: &str, path: &str) -> Option<String> {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    Some(format!("{base_url}{path}"))
}
