//! The partner table: the columns `export` writes and `import` reads, one definition for
//! both, so that a file exported and imported back means the same partners.
//!
//! A column is a partner field (its YAML path, `scores.icp_overlap`), the header
//! `export` writes, and the kind of value it holds. `import` matches a header against
//! the field name, the header and (for a factor) the factor's name alone or its label,
//! ignoring case, spaces, dashes, underscores and dots: `ICP overlap`, `icp_overlap`,
//! `Scores.ICP-Overlap` all name the same column; the headers of CRM exports
//! (`Account Name`, `Partner Type`) and money headers with their currency
//! (`Pipeline (JPY)`) too.

use crate::analysis::PartnerFacts;
use crate::model::{
    Category, JointPlan, Landscape, Partner, PartnerStatus, TierLevel, FACTORS, FACTOR_LABELS,
};
use crate::values::Date;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// Free text.
    Text,
    /// One word of a closed vocabulary (written as the YAML word).
    Word(&'static [&'static str]),
    /// A list of words or names, separated by `;` (or `,`).
    List,
    /// A factor rating, 0–100.
    Rating,
    /// An amount in the plan currency.
    Money,
    /// A whole number, 0 or more.
    Count,
    /// true / false (also yes / no, 1 / 0, x / empty).
    Flag,
    /// A date, YYYY-MM-DD.
    Date,
    /// Computed by partnerbook (rank, score, band): exported, never imported.
    Computed,
}

/// One column of the partner table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The partner field's YAML path (`id` is the file name, not a field).
    pub key: &'static str,
    /// The header `export` writes.
    pub header: &'static str,
    pub kind: Content,
}

const fn col(key: &'static str, header: &'static str, kind: Content) -> Column {
    Column { key, header, kind }
}

/// Every column, in the order a new partner file is written.
pub const COLUMNS: &[Column] = &[
    col("rank", "Rank", Content::Computed),
    col("id", "ID", Content::Text),
    col("name", "Name", Content::Text),
    col("landscape", "Landscape", Content::Word(Landscape::WORDS)),
    col("category", "Category", Content::Word(Category::WORDS)),
    col("practice", "Practice", Content::Text),
    col("geography", "Geography", Content::List),
    col("models", "Models", Content::List),
    col("tier", "Tier", Content::Word(TierLevel::WORDS)),
    col(
        "target_tier",
        "Target tier",
        Content::Word(TierLevel::WORDS),
    ),
    col("status", "Status", Content::Word(PartnerStatus::WORDS)),
    col("score", "Score", Content::Computed),
    col("band", "Band", Content::Computed),
    col("scores.icp_overlap", "ICP overlap", Content::Rating),
    col(
        "scores.market_influence",
        "Market influence",
        Content::Rating,
    ),
    col(
        "scores.practice_alignment",
        "Practice alignment",
        Content::Rating,
    ),
    col(
        "scores.partnership_appetite",
        "Partnership appetite",
        Content::Rating,
    ),
    col(
        "scores.revenue_potential",
        "Revenue potential",
        Content::Rating,
    ),
    col("pipeline", "Pipeline", Content::Money),
    col("arr", "ARR", Content::Money),
    col("new_customers", "New customers", Content::Count),
    col("mdf", "MDF", Content::Money),
    col(
        "certified_individuals",
        "Certified individuals",
        Content::Count,
    ),
    col("dedicated_practice", "Dedicated practice", Content::Flag),
    col(
        "commitments.joint_business_plan",
        "Joint business plan",
        Content::Word(JointPlan::WORDS),
    ),
    col("commitments.qbr", "QBR", Content::Flag),
    col(
        "commitments.gtm_activities",
        "GTM activities",
        Content::Count,
    ),
    col("commitments.named_pam", "Named PAM", Content::Flag),
    col("pam", "PAM", Content::Text),
    col("locked_to", "Locked to", Content::Text),
    col("inbound", "Inbound", Content::Flag),
    col("last_qbr", "Last QBR", Content::Date),
    col("last_tier_review", "Last tier review", Content::Date),
];

/// The columns of the ranked scorecard that `export` writes to csv and xlsx.
pub const SCORECARD: &[&str] = &[
    "rank",
    "id",
    "name",
    "landscape",
    "tier",
    "target_tier",
    "score",
    "band",
    "pipeline",
    "arr",
    "status",
    "scores.icp_overlap",
    "scores.market_influence",
    "scores.practice_alignment",
    "scores.partnership_appetite",
    "scores.revenue_potential",
];

/// The column whose key is `key`.
pub fn by_key(key: &str) -> Option<&'static Column> {
    COLUMNS.iter().find(|c| c.key == key)
}

/// A header reduced to what matching compares: lower-case letters and digits.
pub fn normalise(header: &str) -> String {
    header
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The column a header names, if any: by the column's own names, else by the name a
/// CRM export gives the field ([`CRM_NAMES`]).
pub fn find(header: &str) -> Option<&'static Column> {
    let h = normalise(header);
    if h.is_empty() {
        return None;
    }
    COLUMNS
        .iter()
        .find(|c| names(c).any(|n| normalise(n) == h))
        .or_else(|| {
            let (_, key) = CRM_NAMES.iter().find(|(n, _)| normalise(n) == h)?;
            by_key(key)
        })
}

/// Headers that CRM and PRM exports (Salesforce, HubSpot, Dynamics, partner portals)
/// give partner fields, and the field each one is; matched as the columns' own names
/// are, so `Account Name`, `account_name` and `ACCOUNT-NAME` are one header.
pub const CRM_NAMES: &[(&str, &str)] = &[
    ("Account Name", "name"),
    ("Partner Name", "name"),
    ("Partner Account", "name"),
    ("Company Name", "name"),
    ("Partner Type", "category"),
    ("Account Type", "category"),
    ("Partner Tier", "tier"),
    ("Partner Level", "tier"),
    ("Partner Status", "status"),
    ("Partner Manager", "pam"),
    ("Partner Account Manager", "pam"),
    ("Channel Manager", "pam"),
    ("Open Pipeline", "pipeline"),
    ("Pipeline Amount", "pipeline"),
    ("Annual Recurring Revenue", "arr"),
    ("Region", "geography"),
    ("Territory", "geography"),
    ("Last QBR Date", "last_qbr"),
];

/// A money column whose header names its currency (`Pipeline (JPY)`, `ARR (€)`, `MDF
/// in EUR`): the column and the ISO code of the currency.
pub fn find_with_currency(header: &str) -> Option<(&'static Column, &'static str)> {
    let h = header.trim();
    let (base, unit) = if let Some(open) = h.strip_suffix(')').and_then(|x| x.rfind('(')) {
        (&h[..open], &h[open + 1..h.len() - 1])
    } else {
        let (base, unit) = h.rsplit_once(' ')?;
        let base = base.trim_end();
        let base = base
            .strip_suffix(" in")
            .or_else(|| base.strip_suffix(" In"))
            .unwrap_or(base);
        (base, unit)
    };
    let code = crate::values::currency::meant(unit)?;
    let column = find(base)?;
    (column.kind == Content::Money).then_some((column, code))
}

/// Every name a column answers to: its key, its header, and for a factor its name
/// without `scores.` and its label.
fn names(c: &Column) -> impl Iterator<Item = &'static str> {
    let factor = c.key.strip_prefix("scores.");
    let label = factor
        .and_then(|f| FACTORS.iter().position(|x| *x == f))
        .map(|i| FACTOR_LABELS[i]);
    let bare = c.key.strip_prefix("commitments.");
    [Some(c.key), Some(c.header), factor, label, bare]
        .into_iter()
        .flatten()
}

/// Every header and key, for "did you mean".
pub fn all_names() -> Vec<&'static str> {
    COLUMNS.iter().flat_map(names).collect()
}

/// A partner's value in one column, typed.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    /// A YAML word (`platinum`, `A`, `signed`).
    Word(&'static str),
    List(Vec<String>),
    /// A rating or a count-like number as written.
    Number(f64),
    /// A score, shown with two decimals.
    Score(f64),
    Money(f64),
    Count(u64),
    Flag(bool),
    Date(Date),
}

/// `partner`'s value in `column` (`facts` gives the computed columns). A field that is
/// not written has its default (`false`, `0`, `none`), as the checker reads it.
pub fn value_of(partner: &Partner, facts: Option<&PartnerFacts>, key: &str) -> Value {
    let p = partner;
    let text = |t: &Option<String>| t.clone().map_or(Value::Empty, Value::Text);
    let money = |m: Option<crate::values::Money>| m.map_or(Value::Empty, |m| Value::Money(m.0));
    let date = |d: Option<Date>| d.map_or(Value::Empty, Value::Date);
    if let Some(f) = key.strip_prefix("scores.") {
        return match FACTORS.iter().position(|x| *x == f) {
            Some(i) if p.ratings_read => Value::Number(p.ratings[i]),
            _ => Value::Empty,
        };
    }
    match key {
        "rank" => facts
            .and_then(|f| f.rank)
            .map_or(Value::Empty, |r| Value::Count(r as u64)),
        "score" => match facts {
            Some(f) if p.ratings_read => Value::Score(crate::values::decimal::round(f.score, 2)),
            _ => Value::Empty,
        },
        "band" => match facts {
            Some(f) if p.ratings_read => Value::Word(f.band.as_str()),
            _ => Value::Empty,
        },
        "id" => Value::Text(p.id.clone()),
        "name" => Value::Text(p.name.clone()),
        "landscape" => Value::Word(p.landscape.as_str()),
        "category" => {
            Category::parse(&p.category).map_or(Value::Empty, |c| Value::Word(c.as_str()))
        }
        "practice" => text(&p.practice),
        "geography" => Value::List(p.geography.clone()),
        "models" => Value::List(p.models.clone()),
        "tier" => Value::Word(p.tier.as_str()),
        "target_tier" => p
            .target_tier
            .map_or(Value::Empty, |t| Value::Word(t.as_str())),
        "status" => Value::Word(p.status.as_str()),
        "pipeline" => money(p.pipeline),
        "arr" => money(p.arr),
        "mdf" => money(p.mdf),
        "new_customers" => p
            .new_customers
            .map_or(Value::Empty, |n| Value::Count(n.into())),
        "certified_individuals" => Value::Count(p.certified_individuals.into()),
        "dedicated_practice" => Value::Flag(p.dedicated_practice),
        "commitments.joint_business_plan" => {
            Value::Word(p.commitments.joint_business_plan.as_str())
        }
        "commitments.qbr" => Value::Flag(p.commitments.qbr),
        "commitments.gtm_activities" => Value::Count(p.commitments.gtm_activities.into()),
        "commitments.named_pam" => Value::Flag(p.commitments.named_pam),
        "pam" => text(&p.pam),
        "locked_to" => text(&p.locked_to),
        "inbound" => Value::Flag(p.inbound),
        "last_qbr" => date(p.last_qbr),
        "last_tier_review" => date(p.last_tier_review),
        _ => Value::Empty,
    }
}

impl Value {
    /// The value as text in a CSV cell: numbers plain (`2800000`, `85.5`), scores with
    /// two decimals, lists joined with `; `, dates as YYYY-MM-DD.
    pub fn plain(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(t) => t.clone(),
            Value::Word(w) => (*w).to_string(),
            Value::List(l) => l.join("; "),
            Value::Number(n) | Value::Money(n) => number(*n),
            Value::Score(s) => crate::values::decimal::score(*s),
            Value::Count(c) => c.to_string(),
            Value::Flag(b) => b.to_string(),
            Value::Date(d) => d.to_string(),
        }
    }

    /// Whether two values mean the same (amounts to the cent).
    pub fn same(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Money(a), Value::Money(b)) => (a - b).abs() < 0.005,
            (Value::Number(a), Value::Number(b)) => (a - b).abs() < 1e-9,
            _ => self == other,
        }
    }
}

/// A number without grouping, at most two decimals, no trailing zeros: `2800000`, `85.5`.
pub fn number(v: f64) -> String {
    crate::values::decimal::fixed(v, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_ignoring_case_spaces_and_separators() {
        for h in [
            "ICP overlap",
            "icp_overlap",
            "scores.icp_overlap",
            "ICP-Overlap",
            "ICP client overlap",
        ] {
            assert_eq!(find(h).map(|c| c.key), Some("scores.icp_overlap"), "{h}");
        }
        assert_eq!(find("Target tier").map(|c| c.key), Some("target_tier"));
        assert_eq!(find("\u{feff}Name").map(|c| c.key), Some("name"));
        assert_eq!(find("qbr").map(|c| c.key), Some("commitments.qbr"));
        assert_eq!(find("Last QBR").map(|c| c.key), Some("last_qbr"));
        assert_eq!(find("colour"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn every_scorecard_column_is_a_column_and_names_are_unique() {
        for k in SCORECARD {
            assert!(by_key(k).is_some(), "{k}");
        }
        let mut seen = std::collections::HashMap::new();
        for c in COLUMNS {
            for n in names(c) {
                if let Some(other) = seen.insert(normalise(n), c.key) {
                    assert_eq!(other, c.key, "`{n}` names two columns");
                }
            }
        }
    }
}
