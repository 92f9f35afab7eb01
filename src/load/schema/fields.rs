//! JSON Schemas of the raw fields serde cannot describe by their Rust type: the values
//! kept as `Scalar` until `model::typed` parses them (money, ranges, percentages, dates,
//! ratings), the words of the model's closed vocabularies, and the maps whose keys are a
//! fixed list.
//!
//! Each type here is a marker named in `#[schemars(with = "…")]` on a field of
//! `load::raw`; none is ever built. A marker's schema accepts every form the conversion
//! accepts: money, ranges and percentages are a number or a described string (no regex,
//! which would reject forms the parser reads); dates and words, whose forms are closed,
//! are matched exactly. The word lists and key lists are the model's own constants, so
//! the schema cannot drift from what `partnerbook check` reads.

use crate::vocab::{
    Better, Cadence, Category, DecisionKind, DecisionStatus, ItemStatus, JointPlan, Landscape,
    PartnerStatus, TierLevel, TierName, FACTORS, QUARTERS, RATIONALE_KEYS,
};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::marker::PhantomData;

/// Declares a marker type whose schema is the given JSON.
macro_rules! value_schema {
    ($(#[$m:meta])* $name:ident => $schema:tt) => {
        $(#[$m])*
        pub struct $name;

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

value_schema!(
    /// An amount, as `Ctx::money` reads it.
    Money => {
        "description": "An amount: a number (250000), or a string with an optional currency sign or ISO code before or after it, optional thousands separators and an optional K, M or B suffix: \"$2.4M\", \"€500K\", \"1.234.567,89 €\", \"CHF 9M\", \"2M EUR\". Not negative; the currency must be the plan's (company.currency).",
        "type": ["number", "string"],
        "minimum": 0,
        "examples": ["$2.4M", "€500K", 250000]
    }
);

value_schema!(
    /// A money range, as `Ctx::money_range` reads it.
    MoneyRange => {
        "description": "A money range: \"$500K–$2M\" (en dash or hyphen) holds $500,000 up to but not including $2,000,000; \"$2M+\" is at least $2,000,000; one amount holds that amount; \"\" is no target.",
        "type": ["number", "string"],
        "examples": ["$500K–$2M", "$2M+"]
    }
);

value_schema!(
    /// A percentage, as `Ctx::percent` and `Ctx::weight` read it.
    Percent => {
        "description": "A percentage: a number (35 is 35 %) or a string \"35%\".",
        "type": ["number", "string"],
        "examples": ["35%", 35]
    }
);

value_schema!(
    /// A percent range of a model's terms, as `models` in `model::typed` reads it.
    PercentRange => {
        "description": "A percent range, both ends included: \"5–15%\", \"5%-15%\", or one percentage (10 or \"10%\").",
        "type": ["number", "string"],
        "examples": ["5–15%"]
    }
);

value_schema!(
    /// A partner's term, as `terms` in `model::typed::items` reads it.
    Term => {
        "description": "A term's value: a percentage (10 or \"10%\") or an amount (\"$50K\").",
        "type": ["number", "string"],
        "examples": ["10%", "$50K"]
    }
);

value_schema!(
    /// A key result's value, as `Ctx::measure` reads it.
    Measure => {
        "description": "A key result's value: an amount (\"$10M\"), a percentage (\"95%\") or a number.",
        "type": ["number", "string"],
        "examples": ["$10M", "95%", 12]
    }
);

value_schema!(
    /// A date, as `Ctx::date` reads it.
    Date => {
        "description": "A date, YYYY-MM-DD. YAML 1.2 (which partnerbook and yaml-language-server read) takes an unquoted 2027-03-31 as a string, so quotes are not needed.",
        "type": "string",
        "pattern": "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$",
        "examples": ["2027-03-31"]
    }
);

value_schema!(
    /// An attractiveness rating, as `Ctx::number` reads it (`score.range` checks 0–100).
    Rating => {
        "description": "A rating from 0 to 100 (a number; one written in quotes is read too).",
        "type": ["number", "string"],
        "minimum": 0,
        "maximum": 100,
        "examples": [80]
    }
);

/// A closed vocabulary of the model: the words its `parse` accepts.
pub trait Vocabulary {
    /// The schema's name.
    const NAME: &'static str;
    /// The words, as written in the plan.
    const WORDS: &'static [&'static str];
}

/// Implements [`Vocabulary`] for model enums from their `WORDS` constant.
macro_rules! vocabulary {
    ($($ty:ident),+ $(,)?) => {
        $(impl Vocabulary for $ty {
            const NAME: &'static str = stringify!($ty);
            const WORDS: &'static [&'static str] = $ty::WORDS;
        })+
    };
}

vocabulary!(
    Landscape,
    Category,
    TierLevel,
    PartnerStatus,
    JointPlan,
    Cadence,
    DecisionKind,
    DecisionStatus,
    ItemStatus,
    Better,
);

/// A word of the vocabulary `V`. The model reads words in any case with spaces around
/// them trimmed (`Gold` is `gold`), so the schema offers the words as an `enum` (for
/// completion) and also accepts each in any case.
pub struct Word<V>(PhantomData<V>);

impl<V: Vocabulary> JsonSchema for Word<V> {
    fn schema_name() -> Cow<'static, str> {
        V::NAME.into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("partnerbook::Word<{}>", V::NAME).into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": format!("One of: {} (any case).", V::WORDS.join(", ")),
            "type": "string",
            "anyOf": [
                { "enum": V::WORDS },
                { "pattern": any_case(V::WORDS) }
            ]
        })
    }
}

/// A regular expression matching any of `words` in any case, with spaces around it.
pub fn any_case(words: &[&str]) -> String {
    let alternatives: Vec<String> = words
        .iter()
        .map(|w| {
            w.chars()
                .map(|c| {
                    if c.is_ascii_alphabetic() {
                        format!("[{}{}]", c.to_ascii_lowercase(), c.to_ascii_uppercase())
                    } else if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ' ' {
                        c.to_string()
                    } else {
                        format!("\\{c}")
                    }
                })
                .collect()
        })
        .collect();
    format!("^\\s*(?:{})\\s*$", alternatives.join("|"))
}

/// A fixed list of map keys.
pub trait KeySet {
    /// The schema's name.
    const NAME: &'static str;
    /// The keys, as written.
    const KEYS: &'static [&'static str];
    /// Whether every key must be given (`check` reports a missing one as an error).
    const REQUIRED: bool;
}

/// The five attractiveness factors (`scores`, `scoring.weights`): each required.
pub struct Factors;

impl KeySet for Factors {
    const NAME: &'static str = "factors";
    const KEYS: &'static [&'static str] = &FACTORS;
    const REQUIRED: bool = true;
}

/// The four tiers of `partner_tiers`, written in lower case: each required.
pub struct Tiers;

impl KeySet for Tiers {
    const NAME: &'static str = "tiers";
    const KEYS: &'static [&'static str] = TierName::WORDS;
    const REQUIRED: bool = true;
}

/// The six keys of `partnership_rationale`: each required.
pub struct Rationale;

impl KeySet for Rationale {
    const NAME: &'static str = "rationale";
    const KEYS: &'static [&'static str] = &RATIONALE_KEYS;
    const REQUIRED: bool = true;
}

/// The quarters of the roadmap, `Q1` to `Q4`: each optional.
pub struct Quarters;

impl KeySet for Quarters {
    const NAME: &'static str = "quarters";
    const KEYS: &'static [&'static str] = &QUARTERS;
    const REQUIRED: bool = false;
}

/// A map with the keys of `K` only, each value a `V`.
pub struct Keys<K, V>(PhantomData<(K, V)>);

impl<K: KeySet, V: JsonSchema> JsonSchema for Keys<K, V> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("{}_of_{}", K::NAME, V::schema_name()).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("partnerbook::Keys<{}, {}>", K::NAME, V::schema_id()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let value = generator.subschema_for::<V>().to_value();
        let properties: Map<String, Value> = K::KEYS
            .iter()
            .map(|k| (k.to_string(), value.clone()))
            .collect();
        let mut schema = json_schema!({
            "type": "object",
            "properties": properties,
            "additionalProperties": false
        });
        if K::REQUIRED {
            schema.insert("required".into(), K::KEYS.into());
        }
        schema
    }
}

/// The RACI matrix of `governance.yaml`: decision type → role → letter.
pub struct RaciDecisions;

impl JsonSchema for RaciDecisions {
    fn schema_name() -> Cow<'static, str> {
        "RaciDecisions".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Each decision type maps the roles of `roles` to a letter: R (Responsible), A (Accountable), C (Consulted) or I (Informed).",
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": { "type": "string" }
            }
        })
    }
}
