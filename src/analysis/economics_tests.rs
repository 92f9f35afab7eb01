//! The formulas of `economics` on hand-computed plans.

use super::*;
use crate::model::{Commitments, Landscape, Loc, Partner, TierLevel, TierName};
use crate::values::Percent;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

fn money_is(f: Figure<Money>, want: f64) -> bool {
    f.is_ok_and(|m| close(m.0, want))
}

fn partner(id: &str, status: PartnerStatus) -> Partner {
    Partner {
        id: id.into(),
        name: id.to_uppercase(),
        landscape: Landscape::A,
        category: "gsi".into(),
        practice: None,
        geography: vec!["EU".into()],
        models: vec!["co-sell".into()],
        tier: TierLevel::Tier(TierName::Gold),
        target_tier: None,
        status,
        ratings: [80.0; 5],
        ratings_read: true,
        declared_score: None,
        pipeline: None,
        certified_individuals: 0,
        dedicated_practice: false,
        commitments: Commitments::default(),
        terms: Vec::new(),
        mdf: None,
        pam: None,
        locked_to: None,
        inbound: false,
        last_qbr: None,
        last_tier_review: None,
        arr: None,
        new_customers: None,
        notes: Default::default(),
        loc: Loc::default(),
    }
}

/// Two partners: an active one (ARR $1M at a 10 % referral fee, $100K MDF, $2M pipeline,
/// 4 customers) and an exited one (ARR $500K at a 20 % reseller margin, its $50K MDF and
/// $1M pipeline no longer counted, 1 customer). Costs $600K + $100K, margin 80 %, win
/// rate 25 %, $10M target ARR at 30 % within 3 years from 2027.
fn small_plan() -> Plan {
    let mut a = partner("a", PartnerStatus::Active);
    a.arr = Some(Money(1e6));
    a.terms = vec![("referral_fee".into(), TermValue::Percent(Percent(10.0)))];
    a.mdf = Some(Money(1e5));
    a.pipeline = Some(Money(2e6));
    a.new_customers = Some(4);
    let mut b = partner("b", PartnerStatus::Exited);
    b.arr = Some(Money(5e5));
    b.terms = vec![("reseller_margin".into(), TermValue::Percent(Percent(20.0)))];
    b.mdf = Some(Money(5e4));
    b.pipeline = Some(Money(1e6));
    b.new_customers = Some(1);
    b.tier = TierLevel::Prospect;
    b.landscape = Landscape::C;
    b.models = vec!["referral".into()];
    b.geography = Vec::new();
    let mut plan = Plan {
        partners: vec![a, b],
        models: crate::model::builtin_models(),
        ..Plan::default()
    };
    plan.company.target_arr = Some(Money(1e7));
    let p = &mut plan.program;
    p.partner_arr_share = Some(Percent(30.0));
    p.horizon_years = 3;
    p.year = 2027;
    p.partner_sourced_arr = Some(Money(1.6e6));
    p.gross_margin = Some(Percent(80.0));
    p.win_rate = Some(Percent(25.0));
    p.direct_cac = Some(Money(2e5));
    p.costs = Some(vec![
        ("events".into(), Money(1e5)),
        ("team".into(), Money(6e5)),
    ]);
    plan
}

#[test]
fn figures_of_a_small_plan() {
    let e = Economics::new(&small_plan());
    // Σ partner arr wins over the declared $1.6M.
    assert!(money_is(e.partner_arr, 1.5e6));
    assert_eq!(e.arr_source, ArrSource::Partners(2));
    assert_eq!(e.arr_declared, Some((Money(1.6e6), Money(1.5e6))));
    // The exited partner's MDF is not counted; both pay out on their ARR.
    assert!(close(e.mdf.0, 1e5));
    assert!(close(e.payouts.0, 1e6 * 0.10 + 5e5 * 0.20));
    assert!(close(e.partners[1].payout_rate, 20.0));
    assert!(close(e.partners[0].cost().0, 2e5));
    let lines = e.cost_lines.as_deref().unwrap_or_default();
    assert_eq!(lines.first().map(|l| l.name.as_str()), Some("team"));
    // $700K of lines + $100K MDF + $200K payouts.
    assert!(money_is(e.program_cost, 1e6));
    assert!(money_is(e.returns, 1.2e6));
    assert!(e.roi.is_ok_and(|r| close(r, 20.0)));
    assert_eq!(e.new_customers, Ok(5));
    assert!(money_is(e.partner_cac, 2e5));
    assert!(money_is(e.direct_cac, 2e5));
}

#[test]
fn forecast_of_a_small_plan() {
    let f = Economics::new(&small_plan()).forecast;
    assert!(money_is(f.thesis_target, 3e6));
    assert_eq!(f.target_year, Ok(2029));
    // 1.5 + (3 − 1.5) / 3.
    assert!(money_is(f.required, 2e6));
    // Only the active partner's pipeline: 1.5 + 25 % × 2.
    assert!(close(f.pipeline.0, 2e6));
    assert!(money_is(f.forecast, 2e6));
    let v = f.verdict.unwrap_or(Verdict {
        forecast: Money(0.0),
        required: Money(1.0),
    });
    assert!(v.on_track(), "equal to the requirement is on track");
    assert_eq!(v.shortfall(), Money(0.0));
    let years: Vec<i32> = f.path.iter().map(|p| p.year).collect();
    assert_eq!(years, [2026, 2027, 2028, 2029]);
    let targets: Vec<f64> = f.path.iter().map(|p| p.target.0).collect();
    assert!(targets
        .iter()
        .zip([1.5e6, 2e6, 2.5e6, 3e6])
        .all(|(a, b)| close(*a, b)));
    assert_eq!(f.path[0].forecast, Some(Money(1.5e6)));
    assert!(f.path[1].forecast.is_some_and(|m| close(m.0, 2e6)));
    assert_eq!(f.path[2].forecast, None);
}

#[test]
fn behind_the_path_names_the_shortfall() {
    let mut plan = small_plan();
    plan.program.win_rate = Some(Percent(10.0));
    let f = Economics::new(&plan).forecast;
    let v = f.verdict.unwrap_or(Verdict {
        forecast: Money(0.0),
        required: Money(0.0),
    });
    // 1.5 + 10 % × 2 = 1.7 against 2.0.
    assert!(!v.on_track());
    assert!(close(v.forecast.0, 1.7e6));
    assert!(close(v.shortfall().0, 3e5));
}

#[test]
fn missing_inputs_are_not_given_with_their_field() {
    let e = Economics::new(&Plan::default());
    assert_eq!(e.partner_arr, Err(Gap::NotGiven(ARR_FIELD)));
    assert_eq!(e.arr_source, ArrSource::None);
    assert_eq!(e.program_cost, Err(Gap::NotGiven("program.costs")));
    assert_eq!(e.returns, Err(Gap::NotGiven(ARR_FIELD)));
    assert_eq!(e.roi, Err(Gap::NotGiven(ARR_FIELD)));
    assert_eq!(e.partner_cac, Err(Gap::NotGiven("new_customers")));
    assert_eq!(e.direct_cac, Err(Gap::NotGiven("program.direct_cac")));
    assert_eq!(e.mdf, Money(0.0));
    let f = &e.forecast;
    assert_eq!(f.thesis_target, Err(Gap::NotGiven("company.target_arr")));
    assert_eq!(f.target_year, Err(Gap::NotGiven("program.year")));
    assert_eq!(f.forecast, Err(Gap::NotGiven(ARR_FIELD)));
    assert!(f.verdict.is_err());
    assert!(f.path.is_empty());
    assert_eq!(
        Gap::NotGiven("program.win_rate").describe(),
        "not given (write program.win_rate in plan.yaml)"
    );
    assert_eq!(
        Gap::NotGiven("new_customers").reason(),
        "write new_customers in the partner files"
    );
}

#[test]
fn one_missing_input_leaves_the_others() {
    let mut plan = small_plan();
    plan.program.gross_margin = None;
    plan.program.win_rate = None;
    let e = Economics::new(&plan);
    assert!(money_is(e.program_cost, 1e6));
    assert_eq!(e.returns, Err(Gap::NotGiven("program.gross_margin")));
    assert_eq!(e.roi, Err(Gap::NotGiven("program.gross_margin")));
    assert!(money_is(e.forecast.required, 2e6));
    assert_eq!(e.forecast.forecast, Err(Gap::NotGiven("program.win_rate")));
    assert_eq!(
        e.forecast.verdict.map(|_| ()),
        Err(Gap::NotGiven("program.win_rate"))
    );
    assert_eq!(
        e.forecast.path.len(),
        4,
        "the target path needs no win rate"
    );
    assert_eq!(e.forecast.path[1].forecast, None);
}

#[test]
fn without_partner_arr_the_program_figure_is_used() {
    let mut plan = small_plan();
    for p in &mut plan.partners {
        p.arr = None;
    }
    let e = Economics::new(&plan);
    assert!(money_is(e.partner_arr, 1.6e6));
    assert_eq!(e.arr_source, ArrSource::Program);
    assert_eq!(e.arr_declared, None);
    assert_eq!(e.payouts, Money(0.0), "payouts are paid on partner ARR");
}

#[test]
fn zero_costs_and_zero_customers_are_not_computable() {
    let mut plan = small_plan();
    plan.program.costs = Some(Vec::new());
    for p in &mut plan.partners {
        p.mdf = None;
        p.terms.clear();
        p.new_customers = Some(0);
    }
    let e = Economics::new(&plan);
    assert!(money_is(e.program_cost, 0.0));
    assert_eq!(e.roi, Err(Gap::Zero("program cost")));
    assert_eq!(e.new_customers, Ok(0));
    assert_eq!(e.partner_cac, Err(Gap::Zero("the partners' new customers")));
    assert_eq!(
        roi(Ok(Money(1.0)), Ok(Money(0.0))),
        Err(Gap::Zero("program cost"))
    );
    assert_eq!(
        required_this_year(Ok(Money(1.0)), Ok(Money(4.0)), 0),
        Err(Gap::Zero("program.horizon_years"))
    );
}

#[test]
fn negative_roi() {
    assert!(roi(Ok(Money(8e5)), Ok(Money(1e6))).is_ok_and(|r| close(r, -20.0)));
}

#[test]
fn breakdowns_sum_to_the_totals() {
    let plan = small_plan();
    let e = Economics::new(&plan);
    let b = &e.breakdowns;
    assert_eq!(b.by_tier.len(), 5);
    assert_eq!(b.by_tier[1].label, "Gold");
    assert!(close(b.by_tier[1].arr.0, 1e6));
    assert!(close(b.by_tier[1].pipeline.0, 2e6));
    assert!(close(b.by_tier[1].cost().0, 2e5));
    // The exited prospect: ARR and payouts, no pipeline, no MDF, not counted as a partner.
    let prospect = &b.by_tier[4];
    assert_eq!(prospect.partners, 0);
    assert!(close(prospect.arr.0, 5e5));
    assert!(close(prospect.pipeline.0, 0.0));
    assert!(close(prospect.cost().0, 1e5));
    for list in [&b.by_tier, &b.by_landscape, &b.by_model, &b.by_geography] {
        let arr: f64 = list.iter().map(|s| s.arr.0).sum();
        let pipeline: f64 = list.iter().map(|s| s.pipeline.0).sum();
        let cost: f64 = list.iter().map(|s| s.cost().0).sum();
        assert!(close(arr, 1.5e6) && close(pipeline, 2e6) && close(cost, 3e5));
    }
    let models: Vec<&str> = b.by_model.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(models, ["Co-Sell", "Referral"]);
    let geos: Vec<&str> = b.by_geography.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(geos, ["EU", "Not given"]);
    assert_eq!(b.by_landscape[0].label, "A · Strategic");
}
