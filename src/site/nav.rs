//! Navigation: the handbook's section tree (folders are sections, ordered by weight
//! then title), the sidebar shared by every page, and breadcrumbs.

use super::svg::esc;
use super::urls;
use crate::i18n::Lang;
use crate::model::Page;
use serde::Serialize;
use std::collections::BTreeMap;

/// A link in a view: title and site-root-relative URL (`None`: plain text).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Link {
    pub title: String,
    pub url: Option<String>,
}

impl Link {
    pub fn to(title: impl Into<String>, url: impl Into<String>) -> Link {
        Link {
            title: title.into(),
            url: Some(url.into()),
        }
    }

    pub fn text(title: impl Into<String>) -> Link {
        Link {
            title: title.into(),
            url: None,
        }
    }
}

/// A handbook section (a folder of `handbook/`).
#[derive(Debug, Clone)]
pub struct Section {
    /// Folder path (`""` for the handbook root, `operations`, `operations/emea`).
    pub path: String,
    pub title: String,
    pub weight: i64,
    pub description: Option<String>,
    /// The folder's `index.md` page, when written.
    pub index_page: Option<usize>,
    /// Other pages of the folder, ordered (indexes into `plan.pages`).
    pub pages: Vec<usize>,
    /// Sub-folders, ordered (indexes into `Handbook::sections`).
    pub subsections: Vec<usize>,
    pub parent: Option<usize>,
}

impl Section {
    pub fn url(&self) -> String {
        urls::section(&self.path)
    }

    pub fn key(&self) -> String {
        format!("hbs:{}", self.path)
    }
}

/// The handbook's section tree; section 0 is the root.
#[derive(Debug, Clone)]
pub struct Handbook {
    pub sections: Vec<Section>,
    /// For each page: the section it belongs to (index pages: the section they title).
    pub section_of: Vec<usize>,
    /// Pages in reading order (depth-first), for previous / next links.
    pub order: Vec<usize>,
    by_path: BTreeMap<String, usize>,
}

fn folder_title(path: &str, root_title: &str) -> String {
    let name = path
        .rsplit('/')
        .next()
        .unwrap_or(path)
        .replace(['-', '_'], " ");
    let mut c = name.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => root_title.into(),
    }
}

impl Handbook {
    /// The tree of `pages`; `root_title` names the handbook root (`Handbook`).
    pub fn new(pages: &[Page], root_title: &str) -> Handbook {
        let mut by_path: BTreeMap<String, usize> = BTreeMap::new();
        let mut sections = vec![Section {
            path: String::new(),
            title: root_title.into(),
            weight: 0,
            description: None,
            index_page: None,
            pages: Vec::new(),
            subsections: Vec::new(),
            parent: None,
        }];
        by_path.insert(String::new(), 0);
        let mut section_of = vec![0; pages.len()];
        for (i, p) in pages.iter().enumerate() {
            let (folder, stem) = match p.path.rsplit_once('/') {
                Some((f, s)) => (f.to_string(), s),
                None => (String::new(), p.path.as_str()),
            };
            let s = ensure_section(&mut sections, &mut by_path, &folder, root_title);
            section_of[i] = s;
            if stem == "index" {
                let sec = &mut sections[s];
                sec.index_page = Some(i);
                sec.title = p.title.clone();
                sec.weight = p.weight;
                sec.description = p.description.clone();
            } else {
                sections[s].pages.push(i);
            }
        }
        let key = |w: i64, t: &str, p: &str| (w, t.to_lowercase(), p.to_string());
        for s in 0..sections.len() {
            let mut pg = std::mem::take(&mut sections[s].pages);
            pg.sort_by_key(|&i| key(pages[i].weight, &pages[i].title, &pages[i].path));
            sections[s].pages = pg;
            let mut subs = std::mem::take(&mut sections[s].subsections);
            subs.sort_by_key(|&i| key(sections[i].weight, &sections[i].title, &sections[i].path));
            sections[s].subsections = subs;
        }
        let mut hb = Handbook {
            sections,
            section_of,
            order: Vec::new(),
            by_path,
        };
        let mut order = Vec::new();
        hb.walk(0, &mut order);
        hb.order = order;
        hb
    }

    fn walk(&self, s: usize, order: &mut Vec<usize>) {
        let sec = &self.sections[s];
        if let Some(i) = sec.index_page {
            if s != 0 {
                order.push(i);
            }
        }
        order.extend(&sec.pages);
        for &sub in &sec.subsections {
            self.walk(sub, order);
        }
    }

    /// A section by folder path.
    pub fn section_index(&self, path: &str) -> Option<usize> {
        self.by_path.get(path).copied()
    }

    /// The top-level section (child of the root) a section belongs to, if any.
    pub fn top_of(&self, mut s: usize) -> Option<usize> {
        loop {
            match self.sections[s].parent {
                Some(0) => return Some(s),
                Some(p) => s = p,
                None => return None,
            }
        }
    }

    /// The chain of sections from the root down to `s`.
    pub fn ancestry(&self, s: usize) -> Vec<usize> {
        let mut chain = vec![s];
        let mut cur = s;
        while let Some(p) = self.sections[cur].parent {
            chain.push(p);
            cur = p;
        }
        chain.reverse();
        chain
    }

    /// URL of a page: its section's index for `index` pages.
    pub fn page_url(&self, pages: &[Page], i: usize) -> String {
        let s = self.section_of[i];
        if self.sections[s].index_page == Some(i) {
            self.sections[s].url()
        } else {
            urls::page(&pages[i].path)
        }
    }
}

fn ensure_section(
    sections: &mut Vec<Section>,
    by_path: &mut BTreeMap<String, usize>,
    path: &str,
    root_title: &str,
) -> usize {
    if let Some(&i) = by_path.get(path) {
        return i;
    }
    let parent = match path.rsplit_once('/') {
        Some((p, _)) => ensure_section(sections, by_path, p, root_title),
        None => 0,
    };
    let i = sections.len();
    sections.push(Section {
        path: path.to_string(),
        title: folder_title(path, root_title),
        weight: 0,
        description: None,
        index_page: None,
        pages: Vec::new(),
        subsections: Vec::new(),
        parent: Some(parent),
    });
    sections[parent].subsections.push(i);
    by_path.insert(path.to_string(), i);
    i
}

/// One entry of the sidebar.
#[derive(Debug, Clone, Serialize)]
pub struct NavItem {
    /// Key matched against the current page to mark it.
    pub key: String,
    pub title: String,
    pub url: String,
    /// Marks where a section's page list is inserted on pages of that section.
    pub sub: bool,
}

/// A group of sidebar entries.
#[derive(Debug, Clone, Serialize)]
pub struct NavGroup {
    pub title: String,
    pub items: Vec<NavItem>,
}

fn item(key: &str, title: &str, url: &str) -> NavItem {
    NavItem {
        key: key.into(),
        title: title.into(),
        url: url.into(),
        sub: false,
    }
}

/// The sidebar's groups; handbook entries are the root's pages and top-level sections.
/// What the sidebar lists besides the fixed pages.
#[derive(Debug, Clone, Copy, Default)]
pub struct Extras {
    /// "What changed" (`build --since`).
    pub changes: bool,
    /// "History" (a build with history).
    pub history: bool,
}

pub fn sidebar_groups(hb: &Handbook, pages: &[Page], extras: Extras, lang: &Lang) -> Vec<NavGroup> {
    let g = |id: &str, items: Vec<NavItem>| NavGroup {
        title: lang.t(id).into_owned(),
        items,
    };
    let item = |key: &str, id: &str, url: &str| item(key, &lang.t(id), url);
    let mut handbook = vec![item("handbook", "v_nav_overview", urls::HANDBOOK)];
    let root = &hb.sections[0];
    for &p in &root.pages {
        handbook.push(self::item(
            &format!("hb:{}", pages[p].path),
            &pages[p].title,
            &urls::page(&pages[p].path),
        ));
    }
    for &s in &root.subsections {
        let sec = &hb.sections[s];
        handbook.push(NavItem {
            sub: true,
            ..self::item(&sec.key(), &sec.title, &sec.url())
        });
    }
    vec![
        g(
            "v_nav_strategy",
            vec![
                item("home", "v_nav_dashboard", urls::HOME),
                item("thesis", "v_nav_thesis", urls::THESIS),
                item("models", "v_nav_models", urls::MODELS),
                item("economics", "v_nav_economics", urls::ECONOMICS),
            ]
            .into_iter()
            .chain(
                extras
                    .history
                    .then(|| item("history", "v_nav_history", urls::HISTORY)),
            )
            .collect(),
        ),
        g(
            "v_nav_partners",
            vec![
                item("landscape", "v_nav_landscape", urls::LANDSCAPE),
                item("competitors", "v_nav_competitors", urls::COMPETITORS),
                item("tiers", "v_nav_tiers", urls::TIERS),
            ],
        ),
        g(
            "v_nav_execution",
            vec![
                item("decisions", "v_nav_decisions", urls::DECISIONS),
                item("okrs", "v_nav_okrs", urls::OKRS),
                item("roadmap", "v_nav_roadmap", urls::ROADMAP),
                item("governance", "v_nav_governance", urls::GOVERNANCE),
            ],
        ),
        g(
            "v_nav_analyses",
            vec![
                item("near-line", "v_nav_near_line", urls::NEAR_LINE),
                item("traceability", "v_nav_traceability", urls::TRACEABILITY),
                item("reviews", "v_nav_reviews", urls::REVIEWS),
                item("validation", "v_nav_validation", urls::VALIDATION),
            ]
            .into_iter()
            .chain(
                extras
                    .changes
                    .then(|| item("changes", "v_nav_changes", urls::CHANGES)),
            )
            .collect(),
        ),
        g("v_handbook", handbook),
    ]
}

/// A section's subtree, for the sidebar of the pages inside it.
#[derive(Debug, Clone, Serialize)]
pub struct SubNav {
    pub items: Vec<SubNavItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubNavItem {
    pub key: String,
    pub title: String,
    pub url: String,
    /// Nesting level below the top-level section (0 = its direct children).
    pub level: usize,
}

/// How many pages of one section the sidebar lists before linking to the section.
pub const SUBNAV_PAGES: usize = 40;

/// The sidebar page list for pages of section `current`: the pages and sub-sections of
/// its top-level section, with the sub-sections leading to `current` expanded.
/// `None` for the handbook root, which has no top-level section.
pub fn subnav(hb: &Handbook, pages: &[Page], current: usize, lang: &Lang) -> Option<SubNav> {
    let top = hb.top_of(current)?;
    let open = hb.ancestry(current);
    let mut items = Vec::new();
    push_sub(hb, pages, top, 0, &open, &mut items, lang);
    Some(SubNav { items })
}

fn push_sub(
    hb: &Handbook,
    pages: &[Page],
    s: usize,
    level: usize,
    open: &[usize],
    out: &mut Vec<SubNavItem>,
    lang: &Lang,
) {
    let sec = &hb.sections[s];
    for &p in sec.pages.iter().take(SUBNAV_PAGES) {
        out.push(SubNavItem {
            key: format!("hb:{}", pages[p].path),
            title: pages[p].title.clone(),
            url: urls::page(&pages[p].path),
            level,
        });
    }
    if sec.pages.len() > SUBNAV_PAGES {
        out.push(SubNavItem {
            key: format!("more:{}", sec.path),
            title: lang.f(
                "v_nav_all_pages",
                &crate::i18n::args(&[("n", sec.pages.len().into())]),
            ),
            url: sec.url(),
            level,
        });
    }
    for &sub in &sec.subsections {
        let child = &hb.sections[sub];
        out.push(SubNavItem {
            key: child.key(),
            title: child.title.clone(),
            url: child.url(),
            level,
        });
        if open.contains(&sub) {
            push_sub(hb, pages, sub, level + 1, open, out, lang);
        }
    }
}

/// Marks the current page (`aria-current="page"`) and its ancestors (`"true"`) in
/// rendered navigation HTML: the first `data-k="KEY"` of each key gets the attribute
/// right after it. Keys are matched as the theme writes them, HTML-escaped. The
/// markup this relies on is documented for theme authors in `docs/theming.md`.
pub fn mark_current(html: &str, page_key: &str, ancestor_keys: &[String]) -> String {
    let mut out = mark(html, page_key, "page");
    for k in ancestor_keys.iter().filter(|k| k.as_str() != page_key) {
        out = mark(&out, k, "true");
    }
    out
}

/// Whether the sidebar `html` has an entry for the page `key`.
pub fn lists(html: &str, key: &str) -> bool {
    html.contains(&key_attr(key))
}

/// The attribute that marks a sidebar entry's key, as the theme writes it.
fn key_attr(key: &str) -> String {
    format!("data-k=\"{}\"", esc(key))
}

fn mark(html: &str, key: &str, current: &str) -> String {
    let attr = key_attr(key);
    html.replacen(&attr, &format!("{attr} aria-current=\"{current}\""), 1)
}

/// The placeholder a section's page list replaces in the sidebar (the key as the
/// theme writes it, HTML-escaped).
pub fn sub_placeholder(section_key: &str) -> String {
    format!("<!--sub:{}-->", esc(section_key))
}

#[cfg(test)]
mod tests {
    use super::{mark_current, sub_placeholder};

    #[test]
    fn marks_the_first_entry_of_the_page_and_of_each_ancestor() {
        let html =
            r#"<a data-k="tiers" href="t">T</a><a data-k="hb:x" href="x">X</a><a data-k="tiers">"#;
        let marked = mark_current(html, "hb:x", &["tiers".into(), "hb:x".into()]);
        assert_eq!(
            marked,
            r#"<a data-k="tiers" aria-current="true" href="t">T</a><a data-k="hb:x" aria-current="page" href="x">X</a><a data-k="tiers">"#
        );
    }

    #[test]
    fn keys_are_matched_as_the_template_escapes_them() {
        let html = r#"<a data-k="hb:q&amp;a" href="q&amp;a.html">Q</a><!--sub:hbs:r&amp;d-->"#;
        let marked = mark_current(html, "hb:q&a", &[]);
        assert!(
            marked.contains(r#"data-k="hb:q&amp;a" aria-current="page""#),
            "{marked}"
        );
        assert!(html.contains(&sub_placeholder("hbs:r&d")));
    }
}
