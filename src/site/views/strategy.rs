//! The thesis page (the seed's PARTNERSHIP THESIS statement rendered from the
//! structured fields and plan.yaml, the six rationale answers, the prioritised models
//! and the prose) and the partnership models page.

use super::{join_words, score_text};
use crate::model::{Category, Partner, PartnerStatus};
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::urls::{self, Anchors};
use serde::Serialize;

/// A run of statement text: plain prose, a figure (`num`) or a value from the plan (`val`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Run {
    pub text: String,
    pub kind: &'static str,
}

fn t(s: impl Into<String>) -> Run {
    Run {
        text: s.into(),
        kind: "",
    }
}

/// A figure (share, years, money): shown strong.
fn b(s: impl Into<String>) -> Run {
    Run {
        text: s.into(),
        kind: "num",
    }
}

/// A value taken from the plan (names, lists): shown with light emphasis.
fn v(s: impl Into<String>) -> Run {
    Run {
        text: s.into(),
        kind: "val",
    }
}

/// The thesis statement: paragraphs of runs.
pub type Statement = Vec<Vec<Run>>;

fn is_consulting(p: &Partner) -> bool {
    matches!(
        Category::parse(&p.category),
        Some(
            Category::Big4
                | Category::Gsi
                | Category::Boutique
                | Category::RegionalSi
                | Category::Advisor
        )
    )
}

fn is_product(p: &Partner) -> bool {
    matches!(Category::parse(&p.category), Some(Category::Isv))
}

/// Names of the best-ranked live partners matching `keep`, at most three.
fn leading(site: &Site, keep: impl Fn(&Partner) -> bool) -> Vec<String> {
    site.an
        .ranking
        .iter()
        .map(|&i| &site.plan.partners[i])
        .filter(|p| p.status == PartnerStatus::Active && keep(p))
        .take(3)
        .map(|p| p.name.clone())
        .collect()
}

/// The seed's PARTNERSHIP THESIS, filled from the plan so its numbers match everything else.
pub fn statement(site: &Site) -> Statement {
    let plan = site.plan;
    let c = &plan.company;
    let mut out = Vec::new();
    let share = plan
        .program
        .partner_arr_share
        .map_or("a planned share".into(), |p| p.display());
    let years = super::count(plan.program.horizon_years as usize, "year");
    let types = plan
        .thesis
        .as_ref()
        .map(|th| join_words(&th.partner_types))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "partners".into());
    out.push(vec![
        t("We will build a partner-led revenue channel that contributes "),
        b(share.clone()),
        t(" of total ARR within "),
        b(years),
        t(" by partnering with "),
        v(types),
        t(" who serve "),
        v(join_words(&c.icps)),
        t(" in "),
        v(join_words(&c.markets)),
        t("."),
    ]);
    if let Some(th) = &plan.thesis {
        if !th.models.is_empty() {
            let names: Vec<String> = th
                .models
                .iter()
                .map(|m| site.model_link(&m.id).title)
                .collect();
            let reasons: Vec<String> = th
                .models
                .iter()
                .map(|m| m.because.trim().to_string())
                .collect();
            let mut p = vec![
                t("We will prioritize "),
                b(join_words(&names)),
                t(" models because "),
            ];
            p.push(t(reasons.join("; ")));
            p.push(t("."));
            out.push(p);
        }
        if let Some(mech) = &th.mechanism {
            let consulting = leading(site, is_consulting);
            let product = leading(site, is_product);
            let mut p = vec![
                t("Partner-led growth accelerates our market penetration by "),
                t(mech.trim()),
            ];
            if !consulting.is_empty() {
                p.push(t(": consulting firms such as "));
                p.push(v(join_words(&consulting)));
                p.push(t(" provide access to "));
                p.push(v(c.icps.first().cloned().unwrap_or_default()));
                p.push(t(" accounts we cannot reach directly"));
                if let (false, Some(adj)) = (product.is_empty(), &th.adjacent_use_cases) {
                    p.push(t(", while product firms such as "));
                    p.push(v(join_words(&product)));
                    p.push(t(" extend our platform reach into "));
                    p.push(t(adj.trim()));
                }
            }
            p.push(t("."));
            out.push(p);
        }
    }
    let mut last = vec![
        t("The program will be measured by: "),
        b(plan.north_star().to_string()),
    ];
    if let Some(target) = site.an.kpis.partner_arr_target {
        last.push(t(", with a target of "));
        last.push(b(target.display(site.sym)));
        last.push(t(format!(
            " partner-sourced ARR ({share} of the {} ARR target)",
            c.target_arr.map_or(String::new(), |m| m.display(site.sym))
        )));
    }
    last.push(t("."));
    out.push(last);
    out
}

#[derive(Serialize)]
pub struct RationaleItem {
    pub key: String,
    pub label: String,
    pub text: String,
}

#[derive(Serialize)]
pub struct ThesisModelView {
    pub rank: usize,
    pub link: Link,
    pub because: String,
    pub objectives: Vec<Link>,
}

#[derive(Serialize)]
pub struct ThesisView {
    pub company: String,
    pub description: String,
    pub statement: Statement,
    pub rationale: Vec<RationaleItem>,
    pub models: Vec<ThesisModelView>,
    pub partner_types: Vec<String>,
    pub icps: Vec<String>,
    pub markets: Vec<String>,
    pub body: String,
    pub toc: Vec<crate::site::markdown::TocEntry>,
}

fn rationale_label(key: &str) -> String {
    let s = key.replace('_', " ");
    let mut c = s.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

pub fn render_thesis(site: &Site) -> Result<PageHtml, RenderError> {
    let plan = site.plan;
    let mut anchors = Anchors::reserved(&["statement", "rationale", "models", "context", "notes"]);
    let (body, toc) = match &plan.thesis {
        Some(th) => {
            let r = site.markdown(&th.body, urls::THESIS, &mut anchors);
            (r.html, r.toc)
        }
        None => (String::new(), Vec::new()),
    };
    let th = plan.thesis.as_ref();
    let view = ThesisView {
        company: plan.company.name.clone(),
        description: plan.company.description.clone(),
        statement: statement(site),
        rationale: th
            .map(|t| {
                t.rationale
                    .iter()
                    .map(|(k, v)| RationaleItem {
                        key: k.replace('_', "-"),
                        label: rationale_label(k),
                        text: v.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        models: th
            .map(|t| {
                t.models
                    .iter()
                    .enumerate()
                    .map(|(i, m)| ThesisModelView {
                        rank: i + 1,
                        link: site.model_link(&m.id),
                        because: m.because.clone(),
                        objectives: objectives_for(site, i),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        partner_types: th.map(|t| t.partner_types.clone()).unwrap_or_default(),
        icps: plan.company.icps.clone(),
        markets: plan.company.markets.clone(),
        body,
        toc,
    };
    site.page(
        PageSpec {
            path: urls::THESIS.into(),
            template: "thesis.html",
            nav_key: "thesis".into(),
            nav_ancestors: Vec::new(),
            title: "Partnership thesis".into(),
            description: format!(
                "Why {} partners, with whom, and how it is measured",
                plan.company.name
            ),
            crumbs: Vec::new(),
        },
        &view,
    )
}

fn objectives_for(site: &Site, model: usize) -> Vec<Link> {
    site.an
        .trace
        .model_objectives
        .get(model)
        .into_iter()
        .flatten()
        .map(|&o| objective_link(site, o))
        .collect()
}

/// A link to an objective on the OKR page.
pub fn objective_link(site: &Site, o: usize) -> Link {
    let obj = &site.plan.objectives[o];
    Link::to(&obj.objective, urls::objective(&objective_anchor(site, o)))
}

/// The anchor of an objective: its id, else its position.
pub fn objective_anchor(site: &Site, o: usize) -> String {
    site.plan.objectives[o]
        .id
        .clone()
        .unwrap_or_else(|| format!("objective-{}", o + 1))
}

#[derive(Serialize)]
pub struct ModelView {
    pub id: String,
    pub name: String,
    pub definition: String,
    pub best_for: String,
    pub revenue_mechanism: String,
    pub terms: Vec<String>,
    pub priority: Option<usize>,
    pub because: Option<String>,
    pub partner_count: usize,
    pub partners: Vec<Link>,
    pub more: usize,
}

#[derive(Serialize)]
pub struct ModelsView {
    pub models: Vec<ModelView>,
}

pub fn render_models(site: &Site) -> Result<PageHtml, RenderError> {
    const SHOWN: usize = 12;
    let plan = site.plan;
    let models = plan
        .models
        .iter()
        .map(|m| {
            let pos = plan
                .thesis
                .as_ref()
                .and_then(|t| t.models.iter().position(|tm| tm.id == m.id));
            let users: Vec<usize> = site
                .an
                .ranking
                .iter()
                .copied()
                .filter(|&i| plan.partners[i].models.contains(&m.id))
                .collect();
            ModelView {
                id: m.id.clone(),
                name: m.name.clone(),
                definition: m.definition.clone(),
                best_for: m.best_for.clone(),
                revenue_mechanism: m.revenue_mechanism.clone(),
                terms: m
                    .terms
                    .iter()
                    .map(|(n, r)| format!("{} {}", n.replace('_', " "), r.display()))
                    .collect(),
                priority: pos.map(|p| p + 1),
                because: pos
                    .and_then(|p| plan.thesis.as_ref().map(|t| t.models[p].because.clone())),
                partner_count: users.len(),
                partners: users
                    .iter()
                    .take(SHOWN)
                    .map(|&i| {
                        let p = &plan.partners[i];
                        Link::to(
                            format!("{} ({})", p.name, score_text(site.an.partners[i].score)),
                            urls::partner(&p.id),
                        )
                    })
                    .collect(),
                more: users.len().saturating_sub(SHOWN),
            }
        })
        .collect();
    site.page(
        PageSpec {
            path: urls::MODELS.into(),
            template: "models.html",
            nav_key: "models".into(),
            nav_ancestors: Vec::new(),
            title: "Partnership models".into(),
            description: "The partnership models of the program, their economics and who uses them"
                .into(),
            crumbs: Vec::new(),
        },
        &ModelsView { models },
    )
}
