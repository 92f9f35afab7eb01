//! `plan.yaml` as written: the company profile, the program, scoring, the board
//! meeting, sharing, the pack's fonts, the site and the history to read.

use super::{Scalar, UniqueMap};
use crate::load::schema::fields as f;
use schemars::JsonSchema;
use serde::Deserialize;

/// `plan.yaml`: the company profile, the program settings, scoring and the site.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    /// The company profile (required).
    pub company: Option<Company>,
    /// The partner program's settings and economics (required).
    pub program: Option<Program>,
    /// Scoring weights and bands (optional; the defaults are the seed's).
    pub scoring: Option<Scoring>,
    /// The handbook site's title and base URL (optional).
    pub site: Option<SiteSettings>,
    /// Which earlier revisions of the plan the site and the board pack compare with
    /// (default: the last 4 quarter ends, inside a git repository).
    pub history: Option<HistorySettings>,
    /// The board meeting the pack is for, the pack's classification and the status
    /// thresholds of its scorecard (optional).
    pub board: Option<Box<Board>>,
    /// How the board pack is set: the fonts it draws with beyond the bundled one.
    pub pack: Option<PackSettings>,
    /// What partner-facing outputs may show beyond the default (optional).
    pub sharing: Option<SharingSettings>,
}

/// `sharing`: what partner-facing outputs (a partner's QBR pack and site) may show.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SharingSettings {
    /// Show a partner its own attractiveness ratings and score (default false).
    pub scores: Option<bool>,
}

/// `pack`: settings of the board pack.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PackSettings {
    /// Fonts to draw what the bundled Noto Sans cannot (Japanese, Arabic, Hebrew,
    /// Devanagari, Thai…), tried in order before the system's fonts: font files in the
    /// content directory (`fonts/NotoSansJP-Regular.otf`) or installed families by name
    /// (`Noto Sans CJK JP`).
    pub fonts: Option<Vec<String>>,
}

/// `board`: the meeting the board pack is for and how its scorecard judges status.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Board {
    /// The date of the board meeting the pack is for (default: the build's date).
    #[schemars(with = "Option<f::Date>")]
    pub meeting: Option<Scalar>,
    /// Printed in every footer of the pack (default `Confidential`; `""` prints none).
    pub classification: Option<String>,
    /// When a figure of the scorecard is at risk or off track, as its share of plan.
    pub status: Option<BoardStatus>,
}

/// A scorecard figure is on track at or above `at_risk_below` of its plan, at risk
/// below it, and off track below `off_track_below`.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BoardStatus {
    /// Below this share of plan a figure is at risk (default 95%).
    #[schemars(with = "Option<f::Percent>")]
    pub at_risk_below: Option<Scalar>,
    /// Below this share of plan a figure is off track (default 80%).
    #[schemars(with = "Option<f::Percent>")]
    pub off_track_below: Option<Scalar>,
}

/// Which earlier revisions of the plan history shows: tags matching a glob, or the
/// last commit before each of the last N quarter ends. Give one of the two.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistorySettings {
    /// Every tag matching this glob is a snapshot (`board/*`).
    pub tags: Option<String>,
    /// The last N quarter ends are snapshots (default 4; 0 turns history off).
    pub quarters: Option<u32>,
}

/// The company profile.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// The company's name (required).
    pub name: Option<String>,
    /// What the company does (required).
    pub description: Option<String>,
    /// The product category, free text (required).
    pub category: Option<String>,
    /// Annual recurring revenue today (required).
    #[schemars(with = "Option<f::Money>")]
    pub current_arr: Option<Scalar>,
    /// The ARR the thesis aims at, above `current_arr` (required).
    #[schemars(with = "Option<f::Money>")]
    pub target_arr: Option<Scalar>,
    /// The plan currency, an ISO 4217 code such as USD, EUR or CHF (default USD).
    pub currency: Option<String>,
    /// The language and formats of the site and the pack, a BCP 47 tag such as
    /// `en-US`, `de-DE`, `fr-FR`, `es-ES` or `ja-JP` (default `en-US`).
    pub locale: Option<String>,
    /// The ideal customer profiles (required, at least one).
    pub icps: Option<Vec<String>>,
    /// The markets served (required, two or three).
    pub markets: Option<Vec<String>>,
}

/// The partner program's settings and economics.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Program {
    /// The share of ARR partners are to source (required).
    #[schemars(with = "Option<f::Percent>")]
    pub partner_arr_share: Option<Scalar>,
    /// Years to the thesis target (default 3).
    pub horizon_years: Option<u32>,
    /// The north-star metric (required).
    pub north_star: Option<String>,
    /// The program year; `roadmap.yaml`'s `year` must equal it.
    pub year: Option<i32>,
    /// Partner-sourced ARR today; when partners carry `arr`, their sum is used instead.
    #[schemars(with = "Option<f::Money>")]
    pub partner_sourced_arr: Option<Scalar>,
    /// The company's gross margin (for the program's return).
    #[schemars(with = "Option<f::Percent>")]
    pub gross_margin: Option<Scalar>,
    /// The share of partner-sourced pipeline expected to close within 12 months.
    #[schemars(with = "Option<f::Percent>")]
    pub win_rate: Option<Scalar>,
    /// The cost of one customer won through direct sales.
    #[schemars(with = "Option<f::Money>")]
    pub direct_cac: Option<Scalar>,
    /// Annual program costs by line (`team`, `platform`, …), money values.
    #[schemars(with = "Option<UniqueMap<f::Money>>")]
    pub costs: Option<UniqueMap<Scalar>>,
}

/// Scoring weights and bands.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// Points per factor (a number or "30%"), all five, summing to 100.
    #[schemars(with = "Option<f::Keys<f::Factors, f::Percent>>")]
    pub weights: Option<UniqueMap<Scalar>>,
    /// The score thresholds of the bands.
    pub bands: Option<Bands>,
}

/// The score thresholds of the bands; each band holds its threshold.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    /// The lowest score of the priority band (default 75).
    pub priority: Option<f64>,
    /// The lowest score of the secondary band (default 50).
    pub secondary: Option<f64>,
}

/// The handbook site.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteSettings {
    /// The site's title (default: "<company name> Partner Handbook").
    pub title: Option<String>,
    /// The URL prefix the site is served under (default /).
    pub base_url: Option<String>,
}
