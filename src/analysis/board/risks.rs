//! What the board is asked to decide, and the risks it should know with their owners
//! (the RACI's accountable role), most severe first.

use super::*;

pub(super) fn asks(i: &Inputs) -> Vec<Ask> {
    let mut out: Vec<Ask> = i
        .plan
        .decisions
        .iter()
        .enumerate()
        .filter(|(_, d)| d.status == DecisionStatus::Proposed)
        .map(|(k, _)| Ask::Decision(k))
        .collect();
    out.extend(
        i.tier_review
            .iter()
            .enumerate()
            .filter(|(_, c)| i.plan.partners[c.partner].status != PartnerStatus::Exited)
            .map(|(k, _)| Ask::TierMove(k)),
    );
    out
}

pub(super) fn risks(i: &Inputs, meeting: Date, year: i32) -> Vec<Risk> {
    let mut out = Vec::new();
    roadmap_risks(i, meeting, &mut out);
    okr_risks(i, meeting, year, &mut out);
    partner_risks(i, &mut out);
    pam_risks(i, &mut out);
    // decisions past review at the meeting, as the overdue-reviews list judges them
    let late = super::super::trace::overdue(i.plan, meeting);
    for o in late
        .iter()
        .filter(|o| o.kind == OverdueKind::DecisionReview)
    {
        let owner = i.plan.decisions[o.item].owner.clone();
        out.push(Risk {
            kind: RiskKind::DecisionReview {
                decision: o.item,
                days: o.days_late,
            },
            severity: Severity::Low,
            weight: o.days_late as f64,
            owner: owner.or_else(|| accountable(i.plan, "partnership")),
        });
    }
    out
}

fn roadmap_risks(i: &Inputs, meeting: Date, out: &mut Vec<Risk>) {
    let Some(r) = &i.plan.roadmap else { return };
    for (q, quarter) in r.quarters.iter().enumerate() {
        for (k, it) in quarter.items.iter().enumerate() {
            if matches!(it.status, ItemStatus::Done | ItemStatus::Dropped) {
                continue;
            }
            let due = item_due(it, r.year, q);
            let late = due.map_or(0, |d| d.days_until(meeting));
            let kind = if late > 0 {
                RiskKind::RoadmapOverdue {
                    quarter: q,
                    item: k,
                    days: late,
                }
            } else if it.status == ItemStatus::AtRisk {
                RiskKind::RoadmapAtRisk {
                    quarter: q,
                    item: k,
                }
            } else {
                continue;
            };
            let overdue = matches!(kind, RiskKind::RoadmapOverdue { .. });
            out.push(Risk {
                kind,
                severity: if overdue {
                    Severity::High
                } else {
                    Severity::Medium
                },
                // the sooner due, the more pressing
                weight: late as f64 + 400.0
                    - due.map_or(400, |d| meeting.days_until(d).clamp(0, 400)) as f64,
                owner: it.owner.clone(),
            });
        }
    }
}

fn okr_risks(i: &Inputs, meeting: Date, year: i32, out: &mut Vec<Risk>) {
    for (o, obj) in i.plan.objectives.iter().enumerate() {
        for (k, kr) in obj.key_results.iter().enumerate() {
            let Some(Some(p)) = i.progress.get(o).and_then(|v| v.get(k)) else {
                continue;
            };
            let expected = share_of_year(meeting, year, kr.due);
            let progress = p.fraction.min(1.0);
            if expected <= 0.0 || progress * 100.0 >= expected * i.plan.board.at_risk_below {
                continue;
            }
            out.push(Risk {
                kind: RiskKind::OkrBehind {
                    objective: o,
                    key_result: k,
                    progress,
                    expected,
                },
                severity: Severity::Medium,
                weight: (expected - progress) * 100.0,
                owner: obj.owner.clone(),
            });
        }
    }
}

fn partner_risks(i: &Inputs, out: &mut Vec<Risk>) {
    for (k, (p, f)) in i.plan.partners.iter().zip(i.facts).enumerate() {
        if p.status == PartnerStatus::Exited {
            continue;
        }
        if f.locked && f.band == super::super::Band::Priority && !p.tier.is_investment_tier() {
            out.push(Risk {
                kind: RiskKind::LockedTarget { partner: k },
                severity: Severity::High,
                weight: f.score,
                owner: p.pam.clone().or_else(|| accountable(i.plan, "partnership")),
            });
        }
        let (TierLevel::Tier(t @ (TierName::Platinum | TierName::Gold)), Some(fw)) =
            (p.tier, &i.plan.tiers)
        else {
            continue;
        };
        let tier = fw.get(t);
        let certified_short = tier
            .certified_individuals
            .saturating_sub(p.certified_individuals);
        let commitments = !super::super::tiers::meets_commitments(p, tier);
        if certified_short > 0 || commitments {
            out.push(Risk {
                kind: RiskKind::BelowTier {
                    partner: k,
                    certified_short,
                    commitments,
                },
                severity: if t == TierName::Platinum {
                    Severity::High
                } else {
                    Severity::Medium
                },
                weight: f64::from(certified_short) + if commitments { 1.0 } else { 0.0 },
                owner: p.pam.clone().or_else(|| accountable(i.plan, "tier")),
            });
        }
    }
}

fn pam_risks(i: &Inputs, out: &mut Vec<Risk>) {
    let Some(fw) = &i.plan.tiers else { return };
    let max = fw.get(TierName::Gold).pam_max_partners.unwrap_or(5) as usize;
    let mut by_pam: std::collections::BTreeMap<&str, usize> = Default::default();
    for p in &i.plan.partners {
        if p.tier == TierLevel::Tier(TierName::Gold) && p.status != PartnerStatus::Exited {
            if let Some(pam) = &p.pam {
                *by_pam.entry(pam.as_str()).or_default() += 1;
            }
        }
    }
    for (pam, n) in by_pam {
        if n > max {
            out.push(Risk {
                kind: RiskKind::PamOverloaded {
                    pam: pam.to_string(),
                    partners: n,
                    max,
                },
                severity: Severity::Medium,
                weight: (n - max) as f64 * 10.0,
                owner: accountable(i.plan, "tier"),
            });
        }
    }
}

/// The role accountable (A) in the first RACI row whose decision names `topic`.
fn accountable(plan: &Plan, topic: &str) -> Option<String> {
    plan.governance
        .as_ref()?
        .raci
        .iter()
        .find(|r| r.decision.to_lowercase().contains(topic))?
        .cells
        .iter()
        .find(|(_, letter)| letter.trim().eq_ignore_ascii_case("A"))
        .map(|(role, _)| role.clone())
}
