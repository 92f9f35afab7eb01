//! [`PartnerView`]: everything one partner may see, copied out of the plan and its
//! analysis, and nothing else. Partner-facing renderers take this view, never the
//! project, so another partner, a competitor, the program's costs or an internal note
//! cannot reach them: the view never holds them.
//!
//! What it holds (SPEC §11): the company's name and formats; the partner's own tier,
//! status, requirements met and missing for the next tier, commitments, benefits, its
//! pipeline and ARR, MDF and PAM; its score only when `sharing.scores` is on; joint
//! roadmap items (those listing it and naming nobody else); its executive sponsors;
//! the tier framework; handbook pages marked `audience: partners`, with their
//! internal parts removed.

use crate::analysis::Analysis;
use crate::analysis::{next_qbr, Band, Distance};
use crate::model::Plan;
use crate::model::{Audience, Cadence, JointPlan, PartnerStatus, Tier, TierLevel, TierName};
use crate::values::{Date, Money, MoneyRange, MoneyStyle};

use super::internal::strip_internal;
use super::names::{Found, Withheld};

/// What one partner may see.
#[derive(Debug, Clone)]
pub struct PartnerView {
    /// Our company's name (the program's owner).
    pub company: String,
    /// The plan's locale (BCP 47) and how its amounts are written.
    pub locale: String,
    pub money: MoneyStyle,
    /// The date the figures are as of.
    pub today: Date,
    pub partner: SharedPartner,
    /// The tier framework, as the plan orders it.
    pub tiers: Vec<SharedTier>,
    /// Where the tiers' pipeline ranges start and end (how pipelines are kept apart
    /// from a boundary they do not reach).
    pub tier_bounds: Vec<Money>,
    /// Roadmap items planned with this partner.
    pub roadmap: Vec<SharedItem>,
    /// The executive sponsors of the relationship.
    pub sponsors: Vec<SharedSponsor>,
    /// Handbook pages shared with partners, internal parts removed.
    pub pages: Vec<SharedPage>,
}

/// The partner's own facts.
#[derive(Debug, Clone)]
pub struct SharedPartner {
    pub id: String,
    pub name: String,
    pub tier: TierLevel,
    pub status: PartnerStatus,
    pub pipeline: Option<Money>,
    pub arr: Option<Money>,
    pub certified_individuals: u32,
    pub dedicated_practice: bool,
    pub joint_business_plan: JointPlan,
    pub qbr: bool,
    pub gtm_activities: u32,
    pub named_pam: bool,
    pub pam: Option<String>,
    pub mdf: Option<Money>,
    pub last_qbr: Option<Date>,
    /// When the next business review is due (its tier's review cadence after the last).
    pub next_qbr: Option<Date>,
    /// Its distance to the next tier: each requirement met or missing, in numbers.
    pub distance: Option<Distance>,
    /// Score and band, only when the plan shares scores (`sharing.scores`).
    pub score: Option<(f64, Band)>,
}

/// A tier of the framework.
#[derive(Debug, Clone)]
pub struct SharedTier {
    pub level: TierName,
    pub name: String,
    pub pipeline: MoneyRange,
    pub certified_individuals: u32,
    pub dedicated_practice: bool,
    pub min_gtm_activities: u32,
    pub mdf_per_year: Option<Money>,
    pub review_cadence: Option<Cadence>,
    pub benefits: Vec<String>,
    pub commitments: Vec<String>,
}

impl From<&Tier> for SharedTier {
    fn from(t: &Tier) -> SharedTier {
        SharedTier {
            level: t.level,
            name: t.name.clone(),
            pipeline: t.pipeline,
            certified_individuals: t.certified_individuals,
            dedicated_practice: t.dedicated_practice,
            min_gtm_activities: t.min_gtm_activities,
            mdf_per_year: t.mdf_per_year,
            review_cadence: t.review_cadence,
            benefits: t.benefits.clone(),
            commitments: t.commitments.clone(),
        }
    }
}

/// A joint roadmap item.
#[derive(Debug, Clone)]
pub struct SharedItem {
    pub title: String,
    /// The quarter it is planned in (`Q2`), empty for later years.
    pub quarter: String,
    pub due: Option<Date>,
}

/// An executive sponsor pairing.
#[derive(Debug, Clone)]
pub struct SharedSponsor {
    pub partner_executive: String,
    pub our_counterpart: String,
    pub cadence: String,
}

/// A handbook page shared with partners.
#[derive(Debug, Clone)]
pub struct SharedPage {
    pub path: String,
    pub title: String,
    pub description: Option<String>,
    /// The Markdown body without its internal parts.
    pub body: String,
}

impl PartnerView {
    /// The view of partner `id`, `None` when the plan has no such partner.
    pub fn of(plan: &Plan, analysis: &Analysis, id: &str) -> Option<PartnerView> {
        let index = plan.partners.iter().position(|p| p.id == id)?;
        let p = &plan.partners[index];
        let facts = analysis.partners.get(index);
        let withheld = Withheld::for_partner(plan, Some(id));
        let clean = |s: &str| withheld.find(s).is_empty();
        let partner = SharedPartner {
            id: p.id.clone(),
            name: p.name.clone(),
            tier: p.tier,
            status: p.status,
            pipeline: p.pipeline,
            arr: p.arr,
            certified_individuals: p.certified_individuals,
            dedicated_practice: p.dedicated_practice,
            joint_business_plan: p.commitments.joint_business_plan,
            qbr: p.commitments.qbr,
            gtm_activities: p.commitments.gtm_activities,
            named_pam: p.commitments.named_pam,
            pam: p.pam.clone().filter(|n| clean(n)),
            mdf: p.mdf,
            last_qbr: p.last_qbr,
            next_qbr: match (p.tier, &plan.tiers) {
                (TierLevel::Tier(t), Some(f)) => next_qbr(p, f.get(t)),
                _ => None,
            },
            distance: analysis.distance.get(index).cloned().flatten(),
            score: facts
                .filter(|_| plan.sharing.scores)
                .map(|f| (f.score, f.band)),
        };
        let tiers = plan
            .tiers
            .iter()
            .flat_map(|f| f.tiers.iter())
            .map(|t| {
                let mut shared = SharedTier::from(t);
                shared.benefits.retain(|b| clean(b));
                shared.commitments.retain(|c| clean(c));
                shared
            })
            .collect();
        let roadmap = plan
            .roadmap
            .iter()
            .flat_map(|r| {
                r.quarters
                    .iter()
                    .flat_map(|q| q.items.iter().map(move |i| (q.key.clone(), i)))
            })
            .filter(|(_, i)| i.partners.iter().any(|x| x == id) && clean(&i.title))
            .map(|(quarter, i)| SharedItem {
                title: i.title.clone(),
                quarter,
                due: i.due,
            })
            .collect();
        let sponsors = plan
            .governance
            .iter()
            .flat_map(|g| g.sponsors.iter())
            .filter(|s| s.partner == id)
            .filter(|s| clean(&s.partner_executive) && clean(&s.our_counterpart))
            .map(|s| SharedSponsor {
                partner_executive: s.partner_executive.clone(),
                our_counterpart: s.our_counterpart.clone(),
                cadence: s.cadence.clone(),
            })
            .collect();
        Some(PartnerView {
            company: plan.company.name.clone(),
            locale: plan.company.locale.clone(),
            money: plan.company.money.clone(),
            today: analysis.today,
            partner,
            tiers,
            tier_bounds: plan.tiers.as_ref().map(|f| f.bounds()).unwrap_or_default(),
            roadmap,
            sponsors,
            pages: shared_pages(plan),
        })
    }

    /// How a pipeline is shown: compact, never on a tier boundary it does not reach.
    pub fn pipeline_shown(&self) -> crate::values::Apart {
        crate::values::Apart::new(&self.money, &self.tier_bounds)
    }

    /// Every text of the view a withheld name appears in (another partner, a
    /// competitor): empty by construction; partner-facing renderers refuse to write
    /// when it is not.
    pub fn leaks(&self, plan: &Plan) -> Vec<Found> {
        let withheld = Withheld::for_partner(plan, Some(&self.partner.id));
        let mut texts: Vec<&str> = vec![&self.company, &self.partner.name];
        texts.extend(self.partner.pam.as_deref());
        for t in &self.tiers {
            texts.push(&t.name);
            texts.extend(t.benefits.iter().map(String::as_str));
            texts.extend(t.commitments.iter().map(String::as_str));
        }
        texts.extend(self.roadmap.iter().map(|i| i.title.as_str()));
        for s in &self.sponsors {
            texts.extend([
                s.partner_executive.as_str(),
                s.our_counterpart.as_str(),
                s.cadence.as_str(),
            ]);
        }
        for p in &self.pages {
            texts.push(&p.title);
            texts.extend(p.description.as_deref());
            texts.push(&p.body);
        }
        texts.iter().flat_map(|t| withheld.find(t)).collect()
    }
}

/// The handbook pages shared with partners whose text names no partner and no
/// competitor (a page that does is reported by `audience.leak` and left out).
fn shared_pages(plan: &Plan) -> Vec<SharedPage> {
    let withheld = Withheld::for_partner(plan, None);
    plan.pages
        .iter()
        .filter(|p| p.audience == Audience::Partners)
        .filter_map(|p| {
            let body = strip_internal(&p.body.text);
            let texts = [
                Some(p.title.as_str()),
                p.description.as_deref(),
                Some(&body),
            ];
            let named = texts.iter().flatten().any(|t| !withheld.find(t).is_empty());
            (!named).then(|| SharedPage {
                path: p.path.clone(),
                title: p.title.clone(),
                description: p.description.clone(),
                body,
            })
        })
        .collect()
}
