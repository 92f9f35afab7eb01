//! The typed change records of a plan diff.
//!
//! Records are typed for what boards ask about (partners, scores and bands, tiers,
//! decisions, OKR progress, roadmap status, RACI, violations); lesser properties use
//! [`Change::FieldChanged`] and [`Change::ListChanged`] with a field label. This module
//! holds the data only; the sentence each record reads as is worded in `lines.rs`.
//!
//! Every kind uses one naming scheme, which is also its JSON: `id` (the stable id of
//! what changed, when it has one) and `subject` (its name as people read it); `from`
//! and `to` for the value that changed, and `<what>_from` / `<what>_to` for a second
//! one (`band_from`, `progress_from`); amounts as numbers with `currency` beside them.

use super::value::{Value, Values};
use crate::analysis::Band;
use crate::i18n::Lang;
use crate::model::{
    Better, DecisionKind, DecisionStatus, ItemStatus, PartnerStatus, TierLevel, TierName,
};
use serde::Serialize;

/// A closed vocabulary value: a machine word for JSON and a label for people.
pub trait Word: Copy {
    /// The vocabulary's name in the catalogs (`tier`: the messages `tier_gold`, …).
    const KIND: &'static str;
    fn word(self) -> &'static str;
    fn label(self) -> &'static str;
    /// The label in the language of `lang`.
    fn text(self, lang: &Lang) -> String {
        lang.word(Self::KIND, self.word())
    }
}

macro_rules! word_impl {
    ($($t:ty = $kind:literal),+) => {$(
        impl Word for $t {
            const KIND: &'static str = $kind;
            fn word(self) -> &'static str { self.as_str() }
            fn label(self) -> &'static str { <$t>::label(self) }
        }
    )+};
}

word_impl!(
    TierLevel = "tier",
    TierName = "tier",
    Band = "band",
    PartnerStatus = "partner_status",
    DecisionStatus = "decision_status",
    ItemStatus = "item_status",
    Better = "better"
);

impl Word for DecisionKind {
    /// Decisions read as the matrix writes them (`c_outcome_build`: BUILD in English).
    const KIND: &'static str = "c_outcome";
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
        id: String,
        subject: String,
        #[serde(serialize_with = "words::one")]
        tier: TierLevel,
        score: f64,
        #[serde(serialize_with = "words::one")]
        band: Band,
    },
    PartnerRemoved {
        id: String,
        subject: String,
        #[serde(serialize_with = "words::one")]
        tier: TierLevel,
        score: f64,
        #[serde(serialize_with = "words::one")]
        band: Band,
    },
    ScoreChanged {
        id: String,
        subject: String,
        from: f64,
        to: f64,
        #[serde(serialize_with = "words::one")]
        band_from: Band,
        #[serde(serialize_with = "words::one")]
        band_to: Band,
    },
    TierChanged {
        id: String,
        subject: String,
        #[serde(serialize_with = "words::one")]
        from: TierLevel,
        #[serde(serialize_with = "words::one")]
        to: TierLevel,
    },
    TargetTierChanged {
        id: String,
        subject: String,
        #[serde(serialize_with = "words::opt")]
        from: Option<TierLevel>,
        #[serde(serialize_with = "words::opt")]
        to: Option<TierLevel>,
    },
    PartnerStatusChanged {
        id: String,
        subject: String,
        #[serde(serialize_with = "words::one")]
        from: PartnerStatus,
        #[serde(serialize_with = "words::one")]
        to: PartnerStatus,
    },
    /// The partner became (`to: true`) or stopped being exclusive to a competitor.
    LockChanged {
        id: String,
        subject: String,
        from: bool,
        to: bool,
        /// Competitors holding it exclusively (now when locked, before when unlocked).
        competitors: Vec<String>,
    },
    CompetitorAdded {
        id: String,
        subject: String,
    },
    CompetitorRemoved {
        id: String,
        subject: String,
    },
    DecisionAdded {
        id: String,
        subject: String,
        #[serde(serialize_with = "words::one")]
        outcome: DecisionKind,
        #[serde(serialize_with = "words::one")]
        status: DecisionStatus,
    },
    DecisionRemoved {
        id: String,
        subject: String,
        #[serde(serialize_with = "words::one")]
        outcome: DecisionKind,
        #[serde(serialize_with = "words::one")]
        status: DecisionStatus,
    },
    /// The declared BUILD / PARTNER / ACQUIRE changed.
    DecisionChanged {
        id: String,
        subject: String,
        #[serde(serialize_with = "words::one")]
        from: DecisionKind,
        #[serde(serialize_with = "words::one")]
        to: DecisionKind,
    },
    DecisionStatusChanged {
        id: String,
        subject: String,
        #[serde(serialize_with = "words::one")]
        from: DecisionStatus,
        #[serde(serialize_with = "words::one")]
        to: DecisionStatus,
    },
    /// What the matrix supports on the decision's criteria changed.
    MatrixOutcomeChanged {
        id: String,
        subject: String,
        #[serde(serialize_with = "words::list")]
        from: Vec<DecisionKind>,
        #[serde(serialize_with = "words::list")]
        to: Vec<DecisionKind>,
    },
    ObjectiveAdded {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        subject: String,
        key_results: usize,
    },
    ObjectiveRemoved {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        subject: String,
    },
    KeyResultAdded {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        subject: String,
        objective: String,
    },
    KeyResultRemoved {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        subject: String,
        objective: String,
    },
    TargetChanged {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        subject: String,
        #[serde(flatten)]
        values: Values,
    },
    /// The current value of a key result, and its progress, changed.
    ProgressChanged {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        subject: String,
        /// The current value.
        #[serde(flatten)]
        values: Values,
        /// Percent of the way from the baseline (or zero) to the target.
        progress_from: Option<f64>,
        progress_to: Option<f64>,
        /// Where progress is counted from; `None`: from zero.
        baseline: Option<Value>,
        #[serde(serialize_with = "words::one")]
        better: Better,
    },
    RoadmapItemAdded {
        subject: String,
        quarter: String,
        #[serde(serialize_with = "words::one")]
        status: ItemStatus,
    },
    RoadmapItemRemoved {
        subject: String,
        quarter: String,
        #[serde(serialize_with = "words::one")]
        status: ItemStatus,
    },
    RoadmapStatusChanged {
        subject: String,
        quarter: String,
        #[serde(serialize_with = "words::one")]
        from: ItemStatus,
        #[serde(serialize_with = "words::one")]
        to: ItemStatus,
    },
    /// An item moved to another quarter (`from` and `to` are quarters).
    RoadmapItemMoved {
        subject: String,
        from: String,
        to: String,
    },
    /// A RACI cell changed: `subject` is the decision row, `role` the column.
    RaciChanged {
        subject: String,
        role: String,
        from: Option<String>,
        to: Option<String>,
    },
    RaciRowAdded {
        subject: String,
        accountable: Vec<String>,
        responsible: Vec<String>,
    },
    RaciRowRemoved {
        subject: String,
    },
    /// `id` is the partner's.
    SponsorAdded {
        id: String,
        subject: String,
        partner_executive: String,
        our_counterpart: String,
    },
    SponsorRemoved {
        id: String,
        subject: String,
    },
    /// A property of a partner, tier, decision, company… changed.
    FieldChanged {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        subject: String,
        field: String,
        #[serde(flatten)]
        values: Values,
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
