//! The thesis page (the seed's PARTNERSHIP THESIS statement rendered from the
//! structured fields and plan.yaml, the six rationale answers, the prioritised models
//! and the prose) and the partnership models page.

use crate::i18n::Lang;
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

/// The thesis statement: paragraphs of runs.
pub type Statement = Vec<Vec<Run>>;

/// The seed's PARTNERSHIP THESIS as `render::thesis` writes it (the board pack shows
/// the same text), with the plan's figures and values marked for emphasis; and its
/// title.
pub fn statement(site: &Site) -> (String, Statement) {
    let (st, terms) = crate::render::thesis::statement_with_terms(site.plan, site.lang);
    let runs = st.paragraphs.iter().map(|p| emphasize(p, &terms)).collect();
    (st.title, runs)
}

/// Splits text into runs, marking each occurrence of a term (earliest, then longest first).
fn emphasize(text: &str, terms: &[(String, &'static str)]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let next = terms
            .iter()
            .filter_map(|(t, kind)| rest.find(t.as_str()).map(|at| (at, t.len(), *kind)))
            .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let Some((at, len, kind)) = next else {
            if !rest.is_empty() {
                out.push(t(rest));
            }
            return out;
        };
        if at > 0 {
            out.push(t(&rest[..at]));
        }
        out.push(Run {
            text: rest[at..at + len].to_string(),
            kind,
        });
        rest = &rest[at + len..];
    }
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
    pub title: String,
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
    pub forecast: super::economics::ForecastView,
}

/// The label of a rationale answer: the seed's keys in the plan's language, any other
/// key as written (`market_velocity_gap` → `Market velocity gap`).
fn rationale_label(l: &Lang, key: &str) -> String {
    if crate::vocab::RATIONALE_KEYS.contains(&key) {
        return l.t(&format!("v_rationale_{key}")).into_owned();
    }
    let s = key.replace('_', " ");
    let mut c = s.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

pub fn render_thesis(site: &Site) -> Result<PageHtml, RenderError> {
    let plan = site.plan;
    let mut anchors = Anchors::reserved(&[
        "statement",
        "forecast",
        "rationale",
        "models",
        "context",
        "notes",
    ]);
    let (body, toc) = match &plan.thesis {
        Some(th) => {
            let r = site.markdown(&th.body, urls::THESIS, &mut anchors);
            (r.html, r.toc)
        }
        None => (String::new(), Vec::new()),
    };
    let th = plan.thesis.as_ref();
    let (title, statement) = statement(site);
    let view = ThesisView {
        title,
        company: plan.company.name.clone(),
        description: plan.company.description.clone(),
        statement,
        rationale: th
            .map(|t| {
                t.rationale
                    .iter()
                    .map(|(k, v)| RationaleItem {
                        key: k.replace('_', "-"),
                        label: rationale_label(site.lang, k),
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
        forecast: super::economics::forecast(site),
    };
    site.page(
        PageSpec {
            path: urls::THESIS.into(),
            template: "thesis.html",
            nav_key: "thesis".into(),
            nav_ancestors: Vec::new(),
            title: site.t("v_title_thesis"),
            description: site.f(
                "v_desc_thesis",
                &[("company", plan.company.name.as_str().into())],
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
                    .map(|(n, r)| {
                        format!(
                            "{} {}–{}",
                            n.replace('_', " "),
                            site.lang.fmt.number_trim(r.min.0, 1),
                            site.lang.fmt.percent(r.max.0, 1)
                        )
                    })
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
                            format!("{} ({})", p.name, site.score(site.an.partners[i].score)),
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
            title: site.t("v_title_models"),
            description: site.t("v_desc_models"),
            crumbs: Vec::new(),
        },
        &ModelsView { models },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_splits_at_terms() {
        let terms = vec![("35%".to_string(), "num"), ("3 years".to_string(), "num")];
        let runs = emphasize("contributes 35% of ARR within 3 years.", &terms);
        let kinds: Vec<&str> = runs.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, ["", "num", "", "num", ""]);
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text, "contributes 35% of ARR within 3 years.");
    }
}
