//! Distance to the next tier: for each partner, the tier above its current one and
//! each requirement of that tier, met or missing, with what the partner has, what the
//! tier needs and what is missing, in numbers.
//!
//! [`requirements`] is the one list of a tier's requirements: the tier fit
//! (`tiers::meets_commitments`) reads its commitments from it, so "meets Gold" means
//! the same thing on the partner page, in the tier review and in a QBR pack.

use crate::model::{JointPlan, Partner, Tier, TierFramework, TierLevel, TierName};
use crate::values::Money;

/// One requirement of a tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequirementKind {
    /// Annual pipeline of at least the tier range's minimum.
    Pipeline,
    /// At least the tier's number of certified individuals.
    CertifiedIndividuals,
    /// A dedicated practice or centre of excellence.
    DedicatedPractice,
    /// A signed joint business plan.
    JointBusinessPlan,
    /// Quarterly business reviews.
    Qbr,
    /// A named partner account manager at the partner firm.
    NamedPam,
    /// At least the tier's `min_gtm_activities` joint go-to-market activities a year.
    GtmActivities,
}

impl RequirementKind {
    /// Every kind, in the order requirements are listed.
    pub const ALL: [RequirementKind; 7] = [
        RequirementKind::Pipeline,
        RequirementKind::CertifiedIndividuals,
        RequirementKind::DedicatedPractice,
        RequirementKind::JointBusinessPlan,
        RequirementKind::Qbr,
        RequirementKind::NamedPam,
        RequirementKind::GtmActivities,
    ];

    /// A stable key for message ids and HTML classes (`certified-individuals`).
    pub fn as_str(self) -> &'static str {
        match self {
            RequirementKind::Pipeline => "pipeline",
            RequirementKind::CertifiedIndividuals => "certified-individuals",
            RequirementKind::DedicatedPractice => "dedicated-practice",
            RequirementKind::JointBusinessPlan => "joint-business-plan",
            RequirementKind::Qbr => "qbr",
            RequirementKind::NamedPam => "named-pam",
            RequirementKind::GtmActivities => "gtm-activities",
        }
    }

    /// Whether this is one of the tier's commitments (everything but pipeline and
    /// certification, which `tier_fit` judges on their own).
    pub fn is_commitment(self) -> bool {
        !matches!(
            self,
            RequirementKind::Pipeline | RequirementKind::CertifiedIndividuals
        )
    }
}

/// What a requirement asks and what the partner has.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Need {
    /// Annual pipeline: the partner's (`None`: not recorded) and the tier's minimum.
    Pipeline { have: Option<Money>, need: Money },
    /// A count: certified individuals, GTM activities a year.
    Count { have: u32, need: u32 },
    /// A yes the tier requires (dedicated practice, QBR, named PAM): the partner's answer.
    Yes { have: bool },
    /// The joint business plan, which the tier requires signed.
    Plan { have: JointPlan },
}

/// What is missing of a requirement that is not met.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Missing {
    /// This much more pipeline a year.
    Money(Money),
    /// This many more (certified individuals, GTM activities).
    Count(u32),
    /// A yes that is a no (a practice, a named PAM, QBRs).
    Yes,
    /// The joint business plan, as it stands (none or draft), is not signed.
    Plan(JointPlan),
}

impl Need {
    /// Whether the partner meets it.
    pub fn met(&self) -> bool {
        self.missing().is_none()
    }

    /// What is missing; `None` when met.
    pub fn missing(&self) -> Option<Missing> {
        match *self {
            Need::Pipeline { have, need } => {
                let have = have.map_or(0.0, |m| m.0);
                (have < need.0).then_some(Missing::Money(Money(need.0 - have)))
            }
            Need::Count { have, need } => {
                (have < need).then_some(Missing::Count(need.saturating_sub(have)))
            }
            Need::Yes { have } => (!have).then_some(Missing::Yes),
            Need::Plan { have } => (have != JointPlan::Signed).then_some(Missing::Plan(have)),
        }
    }
}

/// One requirement of a tier, judged for one partner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Requirement {
    pub kind: RequirementKind,
    pub need: Need,
}

impl Requirement {
    pub fn met(&self) -> bool {
        self.need.met()
    }

    /// What is missing; `None` when met.
    pub fn missing(&self) -> Option<Missing> {
        self.need.missing()
    }
}

/// Every requirement of `tier`, judged for `p`, in the order of [`RequirementKind::ALL`]:
/// the pipeline range's minimum (when it has one), certified individuals (when the tier
/// asks for any), a dedicated practice (Platinum, or a tier that says so), a signed
/// joint business plan, QBRs and a named PAM (Platinum), and the minimum of GTM
/// activities (when the tier sets one).
pub fn requirements(p: &Partner, tier: &Tier) -> Vec<Requirement> {
    let platinum = tier.level == TierName::Platinum;
    let c = &p.commitments;
    let mut out = Vec::new();
    let mut push = |kind, need| out.push(Requirement { kind, need });
    if let Some(min) = tier.pipeline.min.filter(|m| m.0 > 0.0) {
        push(
            RequirementKind::Pipeline,
            Need::Pipeline {
                have: p.pipeline,
                need: min,
            },
        );
    }
    if tier.certified_individuals > 0 {
        push(
            RequirementKind::CertifiedIndividuals,
            Need::Count {
                have: p.certified_individuals,
                need: tier.certified_individuals,
            },
        );
    }
    if platinum || tier.dedicated_practice {
        push(
            RequirementKind::DedicatedPractice,
            Need::Yes {
                have: p.dedicated_practice,
            },
        );
    }
    if platinum {
        push(
            RequirementKind::JointBusinessPlan,
            Need::Plan {
                have: c.joint_business_plan,
            },
        );
        push(RequirementKind::Qbr, Need::Yes { have: c.qbr });
        push(RequirementKind::NamedPam, Need::Yes { have: c.named_pam });
    }
    if tier.min_gtm_activities > 0 {
        push(
            RequirementKind::GtmActivities,
            Need::Count {
                have: c.gtm_activities,
                need: tier.min_gtm_activities,
            },
        );
    }
    out
}

/// A partner's distance to the next tier up.
#[derive(Debug, Clone, PartialEq)]
pub struct Distance {
    /// The partner's tier now.
    pub current: TierLevel,
    /// The tier above it: Registered for a prospect, `None` for Platinum.
    pub next: Option<TierName>,
    /// Each requirement of `next`, met or missing; empty when there is no next tier.
    pub requirements: Vec<Requirement>,
}

impl Distance {
    /// The distance of `p` from the tier above its current one.
    pub fn of(p: &Partner, f: &TierFramework) -> Distance {
        let next = next_tier(p.tier);
        Distance {
            current: p.tier,
            next,
            requirements: next.map_or_else(Vec::new, |t| requirements(p, f.get(t))),
        }
    }

    /// The requirements not met, in order.
    pub fn missing(&self) -> impl Iterator<Item = &Requirement> {
        self.requirements.iter().filter(|r| !r.met())
    }

    /// How many requirements of the next tier are met.
    pub fn met_count(&self) -> usize {
        self.requirements.iter().filter(|r| r.met()).count()
    }

    /// Whether there is a next tier and the partner meets all of its requirements.
    pub fn meets_next(&self) -> bool {
        self.next.is_some() && self.missing().next().is_none()
    }
}

/// The tier above `level`: Registered for a prospect, none above Platinum.
pub fn next_tier(level: TierLevel) -> Option<TierName> {
    match level {
        TierLevel::Prospect => Some(TierName::Registered),
        TierLevel::Tier(t) => match t {
            TierName::Platinum => None,
            TierName::Gold => Some(TierName::Platinum),
            TierName::Silver => Some(TierName::Gold),
            TierName::Registered => Some(TierName::Silver),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::{CheckOptions, Project};
    use crate::values::Date;

    fn example() -> Result<Project, String> {
        let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let today = Date::parse("2026-11-24").ok();
        Project::load(&content, &CheckOptions { today }).map_err(|e| e.0)
    }

    fn distance<'a>(pr: &'a Project, id: &str) -> Result<&'a Distance, String> {
        let i = pr
            .plan
            .partners
            .iter()
            .position(|p| p.id == id)
            .ok_or(format!("no partner {id}"))?;
        pr.analysis.distance[i]
            .as_ref()
            .ok_or(format!("no distance for {id}"))
    }

    fn need(d: &Distance, kind: RequirementKind) -> Result<Requirement, String> {
        d.requirements
            .iter()
            .find(|r| r.kind == kind)
            .copied()
            .ok_or(format!("no {kind:?} requirement"))
    }

    /// Workiva (Gold, $1.6M, 4 certified, no dedicated practice, 2 GTM activities) is
    /// $0.4M, one certified individual, a practice and two activities from Platinum.
    #[test]
    fn a_gold_partner_short_of_platinum() -> Result<(), String> {
        let pr = example()?;
        let d = distance(&pr, "workiva")?;
        assert_eq!(d.current, TierLevel::Tier(TierName::Gold));
        assert_eq!(d.next, Some(TierName::Platinum));
        let kinds: Vec<RequirementKind> = d.requirements.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, RequirementKind::ALL);
        let pipe = need(d, RequirementKind::Pipeline)?;
        assert_eq!(
            pipe.need,
            Need::Pipeline {
                have: Some(Money(1_600_000.0)),
                need: Money(2_000_000.0)
            }
        );
        assert!(
            matches!(pipe.missing(), Some(Missing::Money(m)) if (m.0 - 400_000.0).abs() < 1e-6)
        );
        let cert = need(d, RequirementKind::CertifiedIndividuals)?;
        assert_eq!(cert.need, Need::Count { have: 4, need: 5 });
        assert_eq!(cert.missing(), Some(Missing::Count(1)));
        assert_eq!(
            need(d, RequirementKind::DedicatedPractice)?.missing(),
            Some(Missing::Yes)
        );
        assert!(need(d, RequirementKind::JointBusinessPlan)?.met());
        assert!(need(d, RequirementKind::Qbr)?.met());
        assert!(need(d, RequirementKind::NamedPam)?.met());
        assert_eq!(
            need(d, RequirementKind::GtmActivities)?.missing(),
            Some(Missing::Count(2))
        );
        assert_eq!(d.met_count(), 3);
        assert_eq!(d.missing().count(), 4);
        assert!(!d.meets_next());
        Ok(())
    }

    /// PwC (Gold) already meets every Platinum requirement; Snowflake's plan is a draft.
    #[test]
    fn met_and_a_draft_plan() -> Result<(), String> {
        let pr = example()?;
        let pwc = distance(&pr, "pwc")?;
        assert!(pwc.meets_next(), "{pwc:?}");
        assert_eq!(pwc.met_count(), 7);
        let snow = distance(&pr, "snowflake")?;
        assert_eq!(
            need(snow, RequirementKind::JointBusinessPlan)?.missing(),
            Some(Missing::Plan(JointPlan::Draft))
        );
        Ok(())
    }

    /// A Platinum partner has no next tier and nothing missing; a prospect's next tier is
    /// Registered, which asks for nothing the seed's framework sets.
    #[test]
    fn platinum_has_none_and_prospects_look_at_registered() -> Result<(), String> {
        let pr = example()?;
        let d = distance(&pr, "deloitte")?;
        assert_eq!(d.next, None);
        assert!(d.requirements.is_empty());
        assert!(!d.meets_next());
        let prospect = distance(&pr, "ey")?;
        assert_eq!(prospect.next, Some(TierName::Registered));
        assert!(prospect.requirements.is_empty(), "{prospect:?}");
        Ok(())
    }

    /// A partner without a recorded pipeline misses the whole minimum.
    #[test]
    fn no_pipeline_misses_the_whole_minimum() {
        let n = Need::Pipeline {
            have: None,
            need: Money(500_000.0),
        };
        assert_eq!(n.missing(), Some(Missing::Money(Money(500_000.0))));
        let n = Need::Pipeline {
            have: Some(Money(500_000.0)),
            need: Money(500_000.0),
        };
        assert!(n.met());
    }
}
