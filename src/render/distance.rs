//! The distance to the next tier in the plan's language, worded once for the partner
//! page and the QBR pack: each requirement's label, what the partner has, what the
//! tier needs and what is missing, and one sentence for the whole (`sentences.ftl`,
//! ids `s_req_…` and `s_dist_…`).

use crate::analysis::{Distance, Missing, Need, Requirement, RequirementKind};
use crate::i18n::{args, Lang};
use crate::model::{JointPlan, Plan};
use crate::values::{Apart, MoneyStyle};

/// How the distance's amounts are written: the plan's money style, and pipelines kept
/// apart from the tier boundaries they do not reach. Partner-facing outputs build it
/// from their view, the others from the plan.
pub struct Amounts<'a> {
    pub style: &'a MoneyStyle,
    pub pipeline: Apart,
}

impl Amounts<'_> {
    /// The plan's.
    pub fn of(plan: &Plan) -> Amounts<'_> {
        Amounts {
            style: plan.money_style(),
            pipeline: plan.pipeline_shown(),
        }
    }
}

/// One requirement of the next tier, as a row of words.
#[derive(Debug, Clone, PartialEq)]
pub struct RequirementText {
    /// `Certified individuals`.
    pub label: String,
    /// What the partner has: `4`, `$1.6M`, `No`, `Draft`.
    pub have: String,
    /// What the tier needs: `5`, `$2M`, `Yes`, `Signed`.
    pub need: String,
    /// What is missing (`1 certified individual`, `$400K of pipeline`); empty when met.
    pub missing: String,
    /// `Met` or `Missing`: the status as a word, never as a colour alone.
    pub status: String,
    pub met: bool,
}

/// The label of a requirement: `Joint business plan`.
pub fn label(k: RequirementKind, lang: &Lang) -> String {
    lang.word("s_req", k.as_str())
}

fn plan_word(p: JointPlan, lang: &Lang) -> String {
    lang.word("joint_plan", p.as_str())
}

fn yes_no(b: bool, lang: &Lang) -> String {
    lang.t(if b { "s_req_yes" } else { "s_req_no" })
        .into_owned()
}

/// What is missing of `r`, as a phrase for a list: `$400K of pipeline`, `2 GTM
/// activities a year`, `a dedicated practice`; `None` when met.
pub fn missing(r: &Requirement, plan: &Plan, lang: &Lang) -> Option<String> {
    missing_in(r, &Amounts::of(plan), lang)
}

/// [`missing`], with amounts written as `amounts` says.
pub fn missing_in(r: &Requirement, amounts: &Amounts, lang: &Lang) -> Option<String> {
    let sym = amounts.style;
    Some(match r.missing()? {
        Missing::Money(m) => lang.f(
            "s_dist_missing_pipeline",
            &args(&[("amount", m.display(sym).into())]),
        ),
        Missing::Count(n) => {
            let id = match r.kind {
                RequirementKind::GtmActivities => "s_dist_missing_gtm",
                _ => "s_dist_missing_certified",
            };
            lang.f(id, &args(&[("n", n.into())]))
        }
        Missing::Yes => lang.word("s_dist_missing", r.kind.as_str()),
        Missing::Plan(now) => lang.f(
            "s_dist_missing_joint_plan",
            &args(&[("now", plan_word(now, lang).to_lowercase().into())]),
        ),
    })
}

/// One requirement as a row of words.
pub fn requirement(r: &Requirement, plan: &Plan, lang: &Lang) -> RequirementText {
    requirement_in(r, &Amounts::of(plan), lang)
}

/// [`requirement`], with amounts written as `amounts` says.
pub fn requirement_in(r: &Requirement, amounts: &Amounts, lang: &Lang) -> RequirementText {
    let (have, need) = match r.need {
        Need::Pipeline { have, need } => (
            have.map_or_else(
                || lang.t("s_req_not_recorded").into_owned(),
                |m| amounts.pipeline.show(m),
            ),
            lang.f(
                "s_req_at_least",
                &args(&[("n", need.display(amounts.style).into())]),
            ),
        ),
        Need::Count { have, need } => (
            lang.fmt.digits(&have.to_string()),
            lang.f("s_req_at_least", &args(&[("n", need.into())])),
        ),
        Need::Yes { have } => (yes_no(have, lang), yes_no(true, lang)),
        Need::Plan { have } => (plan_word(have, lang), plan_word(JointPlan::Signed, lang)),
    };
    let met = r.met();
    RequirementText {
        label: label(r.kind, lang),
        have,
        need,
        missing: missing_in(r, amounts, lang).unwrap_or_default(),
        status: status(met, lang),
        met,
    }
}

/// `Met` or `Missing`.
pub fn status(met: bool, lang: &Lang) -> String {
    lang.t(if met { "s_req_met" } else { "s_req_missing" })
        .into_owned()
}

/// The whole distance in one sentence: `Platinum is the top tier.`, `Meets all 7
/// requirements of Platinum.`, `3 of 7 requirements of Platinum met; missing: $400K of
/// pipeline, 1 certified individual, a dedicated practice and 2 GTM activities a year.`
pub fn sentence(d: &Distance, plan: &Plan, lang: &Lang) -> String {
    sentence_in(d, &Amounts::of(plan), lang)
}

/// [`sentence`], with amounts written as `amounts` says.
pub fn sentence_in(d: &Distance, amounts: &Amounts, lang: &Lang) -> String {
    let Some(next) = d.next else {
        let top = d
            .current
            .tier()
            .map_or_else(String::new, |t| super::reasons::tier(t, lang));
        return lang.f("s_dist_top", &args(&[("tier", top.into())]));
    };
    let tier = super::reasons::tier(next, lang);
    let total = d.requirements.len();
    if total == 0 {
        return lang.f("s_dist_nothing", &args(&[("tier", tier.into())]));
    }
    if d.meets_next() {
        return lang.f(
            "s_dist_meets",
            &args(&[("tier", tier.into()), ("n", total.into())]),
        );
    }
    let missing: Vec<String> = d
        .missing()
        .filter_map(|r| missing_in(r, amounts, lang))
        .collect();
    lang.f(
        "s_dist_short",
        &args(&[
            ("tier", tier.into()),
            ("met", d.met_count().into()),
            ("n", total.into()),
            ("missing", super::reasons::and_list(&missing, lang).into()),
        ]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::{CheckOptions, Project};
    use crate::render::reasons::test_lang;

    fn example() -> Result<Project, String> {
        let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let today = crate::values::Date::parse("2026-11-24").ok();
        Project::load(&content, &CheckOptions { today }).map_err(|e| e.0)
    }

    #[test]
    fn workiva_reads_its_distance_to_platinum() -> Result<(), String> {
        let pr = example()?;
        let i = pr
            .plan
            .partners
            .iter()
            .position(|p| p.id == "workiva")
            .ok_or("no workiva")?;
        let d = pr.analysis.distance[i].as_ref().ok_or("no distance")?;
        let en = test_lang("en-US");
        assert_eq!(
            sentence(d, &pr.plan, &en),
            "3 of 7 Platinum requirements met; missing: $400K of pipeline, 1 certified \
             individual, a dedicated practice and 2 GTM activities a year."
        );
        let rows: Vec<RequirementText> = d
            .requirements
            .iter()
            .map(|r| requirement(r, &pr.plan, &en))
            .collect();
        assert_eq!(rows[0].have, "$1.6M");
        assert_eq!(rows[0].need, "at least $2M");
        assert_eq!(rows[0].missing, "$400K of pipeline");
        assert_eq!(rows[1].status, "Missing");
        assert_eq!(rows[3].status, "Met");
        let de = test_lang("de-DE");
        let german = sentence(d, &pr.plan, &de);
        assert!(german.contains("Platin"), "{german}");
        Ok(())
    }
}
