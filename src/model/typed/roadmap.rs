//! The roadmap: the year's quarters (`quarters:` Q1..Q4) and the later years of the
//! multi-year roadmap (`later:`).

use super::ctx::Ctx;
use crate::diag::{Diagnostic, Rule};
use crate::load::{raw, Parsed};
use crate::model::*;

pub fn roadmap(cx: &mut Ctx, p: &Parsed<raw::RoadmapFile>) -> Roadmap {
    let loc = Loc::new(p.index.clone(), "");
    let qloc = loc.child("quarters");
    let map = p.raw.quarters.as_ref();
    for k in map
        .into_iter()
        .flat_map(|m| m.keys())
        .filter(|k| !QUARTERS.contains(&k.as_str()))
    {
        let help = crate::suggest::closest(k, QUARTERS.iter().copied()).map_or_else(
            || "quarters are Q1, Q2, Q3 and Q4".to_string(),
            |s| format!("did you mean `{s}`?"),
        );
        cx.push(
            Diagnostic::new(
                Rule::RoadmapQuarter,
                qloc.key(k),
                format!("`{k}` is not a quarter"),
            )
            .label("expected Q1..Q4")
            .help(help),
        );
    }
    let quarters = QUARTERS
        .iter()
        .map(|q| {
            let raw = map.and_then(|m| m.get(*q));
            let ql = qloc.child(q);
            Quarter {
                key: q.to_string(),
                theme: raw.and_then(|r| r.theme.clone()).unwrap_or_default(),
                items: raw
                    .and_then(|r| r.items.as_ref())
                    .into_iter()
                    .flatten()
                    .enumerate()
                    .map(|(i, it)| roadmap_item(cx, it, ql.child(&format!("items[{i}]"))))
                    .collect(),
            }
        })
        .collect();
    let later = later_years(cx, p.raw.later.as_deref().unwrap_or_default(), &loc);
    Roadmap {
        year: p.raw.year.unwrap_or(0),
        quarters,
        later,
        loc,
    }
}

/// The later years of the multi-year roadmap (`later:`), each with a year.
fn later_years(cx: &mut Ctx, years: &[raw::LaterYear], root: &Loc) -> Vec<LaterYear> {
    let list = root.child("later");
    years
        .iter()
        .enumerate()
        .map(|(i, y)| {
            let loc = list.child(&format!("[{i}]"));
            if y.year.is_none() {
                cx.push(
                    Diagnostic::new(Rule::Required, loc.key(""), "a later year has no `year`")
                        .help("add `year: 2028` (a year after the roadmap's `year`)"),
                );
            }
            LaterYear {
                year: y.year.unwrap_or(0),
                theme: y.theme.clone().unwrap_or_default(),
                items: y
                    .items
                    .iter()
                    .flatten()
                    .enumerate()
                    .map(|(j, it)| roadmap_item(cx, it, loc.child(&format!("items[{j}]"))))
                    .collect(),
                loc,
            }
        })
        .collect()
}

fn roadmap_item(cx: &mut Ctx, it: &raw::RoadmapItem, loc: Loc) -> RoadmapItem {
    RoadmapItem {
        title: cx.text(&it.title, &loc, "title", "roadmap item title"),
        status: cx
            .word(
                &it.status,
                &loc,
                "status",
                Rule::RoadmapQuarter,
                ItemStatus::WORDS,
                ItemStatus::parse,
            )
            .unwrap_or(ItemStatus::Planned),
        partners: it.partners.clone().unwrap_or_default(),
        key_results: it.key_results.clone().unwrap_or_default(),
        decisions: it.decisions.clone().unwrap_or_default(),
        owner: it.owner.clone(),
        due: cx.date(&it.due, &loc, "due"),
        loc,
    }
}
