//! The playbook's thesis statement in the plan's language, from the parts the
//! analysis takes from the plan (`analysis::thesis_parts`): the site's thesis page and
//! the board pack show the same text.

use crate::analysis::{thesis_parts, ThesisParts};
use crate::i18n::{args, Lang};
use crate::model::Plan;
use crate::render::reasons::and_list;

/// The written thesis statement.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ThesisStatement {
    /// `PARTNERSHIP THESIS — Northwind Analytics`.
    pub title: String,
    /// The statement's sentences, grouped in paragraphs.
    pub paragraphs: Vec<String>,
}

/// Writes the statement of `plan`; parts the plan does not give are left out rather
/// than faked.
pub fn statement(plan: &Plan, lang: &Lang) -> ThesisStatement {
    write(&thesis_parts(plan), lang)
}

/// The statement of `plan` and the figures (`num`) and plan values (`val`) it writes,
/// as it writes them, for a renderer that marks them.
pub fn statement_with_terms(
    plan: &Plan,
    lang: &Lang,
) -> (ThesisStatement, Vec<(String, &'static str)>) {
    let parts = thesis_parts(plan);
    (write(&parts, lang), terms(&parts, lang))
}

/// The share of ARR as the statement writes it.
fn share(t: &ThesisParts, lang: &Lang) -> String {
    t.share.map_or_else(
        || lang.t("s_thesis_defined_share").into_owned(),
        |s| lang.fmt.percent(s.0, 1),
    )
}

/// The partner types as the statement writes them.
fn types(t: &ThesisParts, lang: &Lang) -> String {
    if t.partner_types.is_empty() {
        lang.t("s_thesis_partners").into_owned()
    } else {
        and_list(&t.partner_types, lang)
    }
}

/// The model names as the statement writes them.
fn model_names(models: &[crate::analysis::ThesisModel], lang: &Lang) -> String {
    let names: Vec<String> = models.iter().map(|m| m.name.clone()).collect();
    and_list(&names, lang)
}

/// The figures and plan values the statement writes, each with its kind, made by the
/// same functions as the statement so that a renderer finds them in its text.
fn terms(t: &ThesisParts, lang: &Lang) -> Vec<(String, &'static str)> {
    let mut out = vec![
        (share(t, lang), "num"),
        (
            lang.f("s_thesis_years", &args(&[("n", t.horizon_years.into())])),
            "num",
        ),
        (and_list(&t.icps, lang), "val"),
        (and_list(&t.markets, lang), "val"),
    ];
    if let Some(models) = &t.models {
        out.push((and_list(&t.partner_types, lang), "val"));
        out.push((model_names(models, lang), "val"));
    }
    out.push((t.north_star.clone(), "val"));
    out.retain(|(text, _)| !text.trim().is_empty());
    out
}

/// Writes the statement from its parts.
pub fn write(t: &ThesisParts, lang: &Lang) -> ThesisStatement {
    let mut paras = Vec::new();
    let share = share(t, lang);
    let types = types(t, lang);
    paras.push(lang.f(
        "s_thesis_channel",
        &args(&[
            ("share", share.into()),
            ("years", t.horizon_years.into()),
            ("types", types.into()),
            ("icps", and_list(&t.icps, lang).into()),
            ("markets", and_list(&t.markets, lang).into()),
        ]),
    ));
    if let Some(models) = &t.models {
        if !models.is_empty() {
            let reasons: Vec<String> = models
                .iter()
                .filter(|m| !m.because.is_empty())
                .map(|m| {
                    lang.f(
                        "s_thesis_model_because",
                        &args(&[
                            ("model", m.name.as_str().into()),
                            ("because", m.because.as_str().into()),
                        ]),
                    )
                })
                .collect();
            let names = model_names(models, lang);
            paras.push(if reasons.is_empty() {
                lang.f("s_thesis_models", &args(&[("models", names.into())]))
            } else {
                lang.f(
                    "s_thesis_models_because",
                    &args(&[
                        ("models", names.into()),
                        (
                            "reasons",
                            reasons.join(&*lang.t("s_thesis_reason_sep")).into(),
                        ),
                    ]),
                )
            });
        }
        let mut growth = Vec::new();
        if let Some(m) = &t.mechanism {
            growth.push(lang.f(
                "s_thesis_mechanism",
                &args(&[("mechanism", m.as_str().into())]),
            ));
        }
        if let Some(a) = &t.adjacent {
            growth.push(lang.f(
                "s_thesis_adjacent",
                &args(&[("adjacent", a.as_str().into())]),
            ));
        }
        if !growth.is_empty() {
            paras.push(growth.join(&lang.t("s_sentence_sep")));
        }
    }
    paras.push(lang.f(
        "s_thesis_measured",
        &args(&[("north_star", t.north_star.as_str().into())]),
    ));
    ThesisStatement {
        title: lang.f(
            "s_thesis_title",
            &args(&[("company", t.company.as_str().into())]),
        ),
        paragraphs: paras,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_come_from_the_plan() {
        let mut plan = crate::analysis::statement_plan();
        plan.company.icps = vec!["Chief Data Officers".into()];
        let s = statement(&plan, &crate::render::reasons::test_lang("en-US"));
        assert_eq!(s.title, "PARTNERSHIP THESIS — Acme");
        assert!(s.paragraphs[0].contains("35% of total ARR within 3 years"));
        assert!(s.paragraphs[0].contains("in EU and US"));
        assert_eq!(
            s.paragraphs.last().map(String::as_str),
            Some("The program will be measured by: Partner-sourced ARR.")
        );
        let de = statement(&plan, &crate::render::reasons::test_lang("de-DE"));
        assert!(
            de.paragraphs[0].contains("35\u{a0}%"),
            "{}",
            de.paragraphs[0]
        );
    }
}
