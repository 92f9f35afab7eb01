//! The seven partnership models of the playbook, built in.

use super::ModelDef;
use crate::values::{Percent, PercentRange};

fn range(min: f64, max: f64) -> PercentRange {
    PercentRange {
        min: Percent(min),
        max: Percent(max),
    }
}

/// The built-in model catalog, in the seed's order.
pub fn builtin_models() -> Vec<ModelDef> {
    let m = |id: &str,
             name: &str,
             def: &str,
             best: &str,
             rev: &str,
             terms: Vec<(String, PercentRange)>| ModelDef {
        id: id.into(),
        name: name.into(),
        definition: def.into(),
        best_for: best.into(),
        revenue_mechanism: rev.into(),
        terms,
    };
    vec![
        m(
            "referral",
            "Referral",
            "Partner introduces leads; company closes",
            "Boutique consultancies, niche advisors",
            "Referral fee (5–15% of ACV)",
            vec![("referral_fee".into(), range(5.0, 15.0))],
        ),
        m(
            "reseller",
            "Reseller",
            "Partner sells the product in their name",
            "GSIs, regional VARs, IT distributors",
            "Reseller margin (20–40% off list)",
            vec![("reseller_margin".into(), range(20.0, 40.0))],
        ),
        m(
            "co-sell",
            "Co-Sell",
            "Partner and company sell together to shared accounts",
            "Big 4, Accenture, major SIs",
            "Revenue attribution; shared quota credit",
            vec![],
        ),
        m(
            "implementation",
            "Implementation",
            "Partner delivers implementation; company provides product",
            "All major consulting firms",
            "Partner earns services revenue; company earns license",
            vec![],
        ),
        m(
            "oem",
            "OEM / Embed",
            "Partner embeds your product in their offering",
            "Product ISVs, platform vendors",
            "Royalty or per-seat fee",
            vec![],
        ),
        m(
            "joint-venture",
            "Joint Venture",
            "Shared entity or jointly-developed solution",
            "Strategic product firms for new market entry",
            "Joint P&L; shared IP",
            vec![],
        ),
        m(
            "technology-alliance",
            "Technology Alliance",
            "Technical integration; co-marketing only",
            "Complementary SaaS products",
            "Co-marketing credits; no direct cash",
            vec![],
        ),
    ]
}
