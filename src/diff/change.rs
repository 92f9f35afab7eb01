//! The typed change records of a plan diff.
//!
//! Records are typed for what boards ask about (partners, scores and bands, tiers,
//! decisions, OKR progress, roadmap status, RACI, violations); lesser properties use
//! [`Change::FieldChanged`] and [`Change::ListChanged`] with a field label. This module
//! holds the data only; the sentence each record reads as is worded in `lines.rs`.

use crate::analysis::Band;
use crate::model::{DecisionKind, DecisionStatus, ItemStatus, PartnerStatus, TierLevel, TierName};
use serde::Serialize;

/// A closed vocabulary value: a machine word for JSON and a label for people.
pub trait Word: Copy {
    fn word(self) -> &'static str;
    fn label(self) -> &'static str;
}

macro_rules! word_impl {
    ($($t:ty),+) => {$(
        impl Word for $t {
            fn word(self) -> &'static str { self.as_str() }
            fn label(self) -> &'static str { <$t>::label(self) }
        }
    )+};
}

word_impl!(
    TierLevel,
    TierName,
    Band,
    PartnerStatus,
    DecisionStatus,
    ItemStatus
);

impl Word for DecisionKind {
    fn word(self) -> &'static str {
        self.as_str()
    }
    /// Decisions read as the matrix writes them: BUILD, PARTNER, ACQUIRE.
    fn label(self) -> &'static str {
        self.as_str()
    }
}

/// Serializers writing vocabulary values as their machine words.
mod words {
    use super::Word;
    use serde::ser::SerializeSeq;
    use serde::Serializer;

    pub fn one<T: Word, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(v.word())
    }

    pub fn opt<T: Word, S: Serializer>(v: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_str(v.word()),
            None => s.serialize_none(),
        }
    }

    pub fn list<T: Word, S: Serializer>(v: &[T], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(v.len()))?;
        for x in v {
            seq.serialize_element(x.word())?;
        }
        seq.end()
    }
}

/// One change between two revisions of a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    PartnerAdded {
        partner: String,
        name: String,
        #[serde(serialize_with = "words::one")]
        tier: TierLevel,
        score: f64,
        #[serde(serialize_with = "words::one")]
        band: Band,
    },
    PartnerRemoved {
        partner: String,
        name: String,
        #[serde(serialize_with = "words::one")]
        tier: TierLevel,
        score: f64,
        #[serde(serialize_with = "words::one")]
        band: Band,
    },
    ScoreChanged {
        partner: String,
        name: String,
        old: f64,
        new: f64,
        #[serde(serialize_with = "words::one")]
        band_from: Band,
        #[serde(serialize_with = "words::one")]
        band_to: Band,
    },
    TierChanged {
        partner: String,
        name: String,
        #[serde(serialize_with = "words::one")]
        from: TierLevel,
        #[serde(serialize_with = "words::one")]
        to: TierLevel,
    },
    TargetTierChanged {
        partner: String,
        name: String,
        #[serde(serialize_with = "words::opt")]
        from: Option<TierLevel>,
        #[serde(serialize_with = "words::opt")]
        to: Option<TierLevel>,
    },
    PartnerStatusChanged {
        partner: String,
        name: String,
        #[serde(serialize_with = "words::one")]
        from: PartnerStatus,
        #[serde(serialize_with = "words::one")]
        to: PartnerStatus,
    },
    /// The partner became (or stopped being) exclusive to a competitor.
    LockChanged {
        partner: String,
        name: String,
        locked: bool,
        /// Competitors holding it exclusively (now when locked, before when unlocked).
        competitors: Vec<String>,
    },
    CompetitorAdded {
        competitor: String,
        name: String,
    },
    CompetitorRemoved {
        competitor: String,
        name: String,
    },
    DecisionAdded {
        decision: String,
        title: String,
        #[serde(serialize_with = "words::one")]
        outcome: DecisionKind,
        #[serde(serialize_with = "words::one")]
        status: DecisionStatus,
    },
    DecisionRemoved {
        decision: String,
        title: String,
        #[serde(serialize_with = "words::one")]
        outcome: DecisionKind,
        #[serde(serialize_with = "words::one")]
        status: DecisionStatus,
    },
    /// The declared BUILD / PARTNER / ACQUIRE changed.
    DecisionChanged {
        decision: String,
        title: String,
        #[serde(serialize_with = "words::one")]
        from: DecisionKind,
        #[serde(serialize_with = "words::one")]
        to: DecisionKind,
    },
    DecisionStatusChanged {
        decision: String,
        title: String,
        #[serde(serialize_with = "words::one")]
        from: DecisionStatus,
        #[serde(serialize_with = "words::one")]
        to: DecisionStatus,
    },
    /// What the matrix supports on the decision's criteria changed.
    MatrixOutcomeChanged {
        decision: String,
        title: String,
        #[serde(serialize_with = "words::list")]
        from: Vec<DecisionKind>,
        #[serde(serialize_with = "words::list")]
        to: Vec<DecisionKind>,
    },
    ObjectiveAdded {
        objective: String,
        key_results: usize,
    },
    ObjectiveRemoved {
        objective: String,
    },
    KeyResultAdded {
        objective: String,
        key_result: String,
    },
    KeyResultRemoved {
        objective: String,
        key_result: String,
    },
    TargetChanged {
        key_result: String,
        old: Option<String>,
        new: Option<String>,
    },
    ProgressChanged {
        key_result: String,
        old: Option<String>,
        new: Option<String>,
        /// Percent of the way from baseline to target.
        old_progress: Option<f64>,
        new_progress: Option<f64>,
    },
    RoadmapItemAdded {
        quarter: String,
        title: String,
        #[serde(serialize_with = "words::one")]
        status: ItemStatus,
    },
    RoadmapItemRemoved {
        quarter: String,
        title: String,
        #[serde(serialize_with = "words::one")]
        status: ItemStatus,
    },
    RoadmapStatusChanged {
        quarter: String,
        title: String,
        #[serde(serialize_with = "words::one")]
        from: ItemStatus,
        #[serde(serialize_with = "words::one")]
        to: ItemStatus,
    },
    RoadmapItemMoved {
        title: String,
        from: String,
        to: String,
    },
    RaciChanged {
        decision: String,
        role: String,
        from: Option<String>,
        to: Option<String>,
    },
    RaciRowAdded {
        decision: String,
        accountable: Vec<String>,
        responsible: Vec<String>,
    },
    RaciRowRemoved {
        decision: String,
    },
    SponsorAdded {
        partner: String,
        name: String,
        partner_executive: String,
        our_counterpart: String,
    },
    SponsorRemoved {
        partner: String,
        name: String,
    },
    /// A property of a partner, tier, decision, company… changed.
    FieldChanged {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        subject: String,
        field: String,
        old: Option<String>,
        new: Option<String>,
    },
    /// A longer text was rewritten.
    Reworded {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        subject: String,
        field: String,
    },
    /// Entries of a list were added, removed or reordered.
    ListChanged {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        subject: String,
        field: String,
        added: Vec<String>,
        removed: Vec<String>,
        /// The new order, when only the order changed.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        reordered: Vec<String>,
    },
    ViolationAppeared {
        rule: String,
        severity: String,
        file: String,
        message: String,
        /// How many times the same finding appeared in the file.
        count: usize,
    },
    ViolationResolved {
        rule: String,
        severity: String,
        file: String,
        message: String,
        /// How many times the same finding was resolved in the file.
        count: usize,
    },
}
