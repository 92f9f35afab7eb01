//! Closed vocabularies of the plan (tiers, statuses, decisions, the scoring factors,
//! the rationale keys, the quarters) and measured values: the words a plan file may
//! use. Below both `load` (whose schemas list them) and `model` (which re-exports them).

use crate::values::{Money, Percent};

/// The five attractiveness factors, in the seed's order.
pub const FACTORS: [&str; 5] = [
    "icp_overlap",
    "market_influence",
    "practice_alignment",
    "partnership_appetite",
    "revenue_potential",
];

/// Human labels of the five factors.
pub const FACTOR_LABELS: [&str; 5] = [
    "ICP client overlap",
    "Market influence",
    "Practice alignment",
    "Partnership appetite",
    "Revenue potential",
];

/// The seed's six rationale keys, in order.
pub const RATIONALE_KEYS: [&str; 6] = [
    "market_velocity_gap",
    "credibility_gap",
    "delivery_gap",
    "geographic_gap",
    "cost_efficiency",
    "competitive_pressure",
];

/// The four quarter keys.
pub const QUARTERS: [&str; 4] = ["Q1", "Q2", "Q3", "Q4"];

/// Declares an enum written in YAML as one of a fixed set of words.
macro_rules! word_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $word:literal / $label:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The words accepted in YAML.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            /// Parses the YAML word (case-insensitive).
            pub fn parse(s: &str) -> Option<$name> {
                let t = s.trim().to_ascii_lowercase();
                $(if t == $word.to_ascii_lowercase() { return Some($name::$variant); })+
                None
            }

            /// The YAML word.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// A label for people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

word_enum!(
    /// A tier of the framework, top first.
    TierName { Platinum = "platinum" / "Platinum", Gold = "gold" / "Gold", Silver = "silver" / "Silver", Registered = "registered" / "Registered" }
);

impl TierName {
    /// 0 for platinum … 3 for registered.
    pub fn rank(self) -> usize {
        self as usize
    }
}

/// A partner's tier: one of the framework or not yet a partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum TierLevel {
    Tier(TierName),
    Prospect,
}

impl TierLevel {
    pub const WORDS: &'static [&'static str] =
        &["platinum", "gold", "silver", "registered", "prospect"];

    /// Every level in ladder order, platinum first, then prospects (the one list the
    /// tier tables, charts, legends and counts follow).
    pub const LADDER: [TierLevel; 5] = [
        TierLevel::Tier(TierName::Platinum),
        TierLevel::Tier(TierName::Gold),
        TierLevel::Tier(TierName::Silver),
        TierLevel::Tier(TierName::Registered),
        TierLevel::Prospect,
    ];

    pub fn parse(s: &str) -> Option<TierLevel> {
        if s.trim().eq_ignore_ascii_case("prospect") {
            return Some(TierLevel::Prospect);
        }
        TierName::parse(s).map(TierLevel::Tier)
    }

    pub fn tier(self) -> Option<TierName> {
        match self {
            TierLevel::Tier(t) => Some(t),
            TierLevel::Prospect => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.tier().map_or("prospect", TierName::as_str)
    }

    pub fn label(self) -> &'static str {
        self.tier().map_or("Prospect", TierName::label)
    }

    /// 0 for platinum … 4 for prospect (lower is higher).
    pub fn rank(self) -> usize {
        self.tier().map_or(4, TierName::rank)
    }

    pub fn is_investment_tier(self) -> bool {
        matches!(self, TierLevel::Tier(TierName::Platinum | TierName::Gold))
    }
}

word_enum!(
    /// The seed's landscape tiers.
    Landscape { A = "A" / "Strategic", B = "B" / "Growth", C = "C" / "Long-tail" }
);

impl Landscape {
    /// The tiers this landscape should target.
    pub fn expected_targets(self) -> &'static [TierName] {
        match self {
            Landscape::A => &[TierName::Platinum],
            Landscape::B => &[TierName::Gold],
            Landscape::C => &[TierName::Silver, TierName::Registered],
        }
    }
}

word_enum!(
    PartnerStatus { Prospect = "prospect" / "Prospect", Recruiting = "recruiting" / "Recruiting", Active = "active" / "Active", Paused = "paused" / "Paused", Exited = "exited" / "Exited" }
);

word_enum!(
    JointPlan { None = "none" / "None", Draft = "draft" / "Draft", Signed = "signed" / "Signed" }
);

#[allow(clippy::derivable_impls)] // the enum is declared by a macro
impl Default for JointPlan {
    fn default() -> Self {
        JointPlan::None
    }
}

word_enum!(
    Cadence { Quarterly = "quarterly" / "Quarterly", SemiAnnual = "semi-annual" / "Semi-annual", Annual = "annual" / "Annual" }
);

impl Cadence {
    pub fn months(self) -> u32 {
        match self {
            Cadence::Quarterly => 3,
            Cadence::SemiAnnual => 6,
            Cadence::Annual => 12,
        }
    }
}

word_enum!(
    DecisionKind { Build = "BUILD" / "Build", Partner = "PARTNER" / "Partner", Acquire = "ACQUIRE" / "Acquire" }
);

word_enum!(
    DecisionStatus { Proposed = "proposed" / "Proposed", Active = "active" / "Active", Superseded = "superseded" / "Superseded", Retired = "retired" / "Retired" }
);

word_enum!(
    ItemStatus { Planned = "planned" / "Planned", InProgress = "in-progress" / "In progress", Done = "done" / "Done", AtRisk = "at-risk" / "At risk", Dropped = "dropped" / "Dropped" }
);

word_enum!(
    /// Partner categories of the landscape.
    Category { Big4 = "big4" / "Big 4 consulting", Gsi = "gsi" / "Global systems integrator", Boutique = "boutique" / "Boutique consultancy", RegionalSi = "regional-si" / "Regional / mid-market SI", Isv = "isv" / "Product / ISV", Reseller = "reseller" / "Reseller", Advisor = "advisor" / "Advisor", Other = "other" / "Other" }
);

word_enum!(
    /// Which way a key result's value is better: most are higher (pipeline, NPS),
    /// some lower (churn, time to first deal).
    Better { Higher = "higher" / "Higher is better", Lower = "lower" / "Lower is better" }
);

#[allow(clippy::derivable_impls)] // the enum is declared by a macro
impl Default for Better {
    fn default() -> Self {
        Better::Higher
    }
}

impl Better {
    /// Whether going from `old` to `new` is an improvement (`None` when equal).
    pub fn improved(self, old: f64, new: f64) -> Option<bool> {
        if (new - old).abs() < 1e-9 * old.abs().max(new.abs()).max(1.0) {
            return None;
        }
        Some(match self {
            Better::Higher => new > old,
            Better::Lower => new < old,
        })
    }
}

/// A measured OKR value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Measure {
    Money(Money),
    Percent(Percent),
    Number(f64),
}

impl Measure {
    pub fn value(self) -> f64 {
        match self {
            Measure::Money(m) => m.0,
            Measure::Percent(p) => p.0,
            Measure::Number(n) => n,
        }
    }

    pub fn display(self, symbol: &crate::values::MoneyStyle) -> String {
        match self {
            Measure::Money(m) => m.display(symbol),
            Measure::Percent(p) => p.display(),
            Measure::Number(n) => crate::values::fixed(n, 1),
        }
    }

    /// Same kind of value (money with money…).
    pub fn same_kind(self, other: Measure) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }
}
