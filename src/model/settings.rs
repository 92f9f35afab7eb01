//! The plan's settings (`plan.yaml`): the company profile, the program, scoring,
//! the board meeting, what is shared with partners, the pack's fonts, the site and
//! which history to read.

use super::Loc;
use crate::values::{Date, Money, Percent};

#[derive(Debug, Clone, Default)]
pub struct Company {
    pub name: String,
    pub description: String,
    pub category: String,
    pub current_arr: Option<Money>,
    pub target_arr: Option<Money>,
    /// The plan currency (`company.currency`, default USD).
    pub currency: crate::values::Currency,
    /// The language and formats of the outputs (`company.locale`, BCP 47, default
    /// `en-US`), in its canonical form (`de-DE`).
    pub locale: String,
    /// How amounts in the plan currency are written in that locale.
    pub money: crate::values::MoneyStyle,
    pub icps: Vec<String>,
    pub markets: Vec<String>,
    pub loc: Option<Loc>,
}

/// `plan.yaml` `sharing`: what a partner's QBR pack and site may show beyond the
/// default (its own tier, requirements, commitments, figures and joint plan).
#[derive(Debug, Clone, Default)]
pub struct Sharing {
    /// The partner's own attractiveness ratings and score.
    pub scores: bool,
}

/// Who may read a handbook page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Audience {
    /// The internal handbook only (the default).
    #[default]
    Internal,
    /// Also every partner-facing site.
    Partners,
}

impl Audience {
    /// The words `audience:` takes.
    pub const WORDS: [&'static str; 2] = ["internal", "partners"];

    /// The audience a word names.
    pub fn parse(s: &str) -> Option<Audience> {
        match s.trim() {
            "internal" => Some(Audience::Internal),
            "partners" => Some(Audience::Partners),
            _ => None,
        }
    }
}

/// `plan.yaml` `pack`: the fonts the board pack draws with beyond the bundled one.
#[derive(Debug, Clone, Default)]
pub struct PackSettings {
    /// Font files (relative to the content directory) or installed family names, in
    /// order, each with where it is written.
    pub fonts: Vec<crate::source::Spanned<String>>,
}

/// `plan.yaml` `board`: the meeting the board pack is for, its classification and
/// the share of plan below which a scorecard figure is at risk or off track.
#[derive(Debug, Clone)]
pub struct BoardSettings {
    /// The meeting date (`None`: the build's date).
    pub meeting: Option<Date>,
    /// Printed in every footer of the pack; empty prints none.
    pub classification: String,
    /// Percent of plan below which a figure is at risk.
    pub at_risk_below: f64,
    /// Percent of plan below which a figure is off track.
    pub off_track_below: f64,
    pub loc: Option<Loc>,
}

impl BoardSettings {
    pub const DEFAULT_AT_RISK: f64 = 95.0;
    pub const DEFAULT_OFF_TRACK: f64 = 80.0;
}

impl Default for BoardSettings {
    fn default() -> Self {
        BoardSettings {
            meeting: None,
            classification: "Confidential".into(),
            at_risk_below: Self::DEFAULT_AT_RISK,
            off_track_below: Self::DEFAULT_OFF_TRACK,
            loc: None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Program {
    pub partner_arr_share: Option<Percent>,
    pub horizon_years: u32,
    pub north_star: String,
    pub year: i32,
    pub partner_sourced_arr: Option<Money>,
    /// Company gross margin, for the return on partner-sourced ARR.
    pub gross_margin: Option<Percent>,
    /// Share of partner-sourced pipeline expected to close within 12 months.
    pub win_rate: Option<Percent>,
    /// Cost to acquire one customer through direct sales.
    pub direct_cac: Option<Money>,
    /// Annual program costs by line, as written (`None`: no `costs` written).
    pub costs: Option<Vec<(String, Money)>>,
    pub loc: Option<Loc>,
}

#[derive(Debug, Clone)]
pub struct Scoring {
    /// Weights in the order of [`super::FACTORS`], in points summing to 100.
    pub weights: [f64; 5],
    pub priority: f64,
    pub secondary: f64,
    /// Weight keys that are not one of the five factors.
    pub extra_weights: Vec<String>,
    /// Factors without a weight.
    pub missing_weights: Vec<String>,
    /// Whether every weight written was read as a number (an unreadable one counts 0).
    pub weights_read: bool,
    pub loc: Option<Loc>,
}

impl Scoring {
    /// Whether the weights sum to 100 (as points; `30%` is 30 points).
    pub fn weights_sum_to_100(&self) -> bool {
        (self.weights.iter().sum::<f64>() - 100.0).abs() <= 1e-9
    }

    /// Whether scores and bands computed with these settings mean anything: exactly the
    /// five factors, each read as a number of points ≥ 0, summing to 100, and bands in
    /// order. Rules that judge a partner by its score or band run only then.
    pub fn is_usable(&self) -> bool {
        self.weights_read
            && self.extra_weights.is_empty()
            && self.missing_weights.is_empty()
            && self.weights.iter().all(|w| w.is_finite() && *w >= 0.0)
            && self.weights_sum_to_100()
            && 0.0 < self.secondary
            && self.secondary < self.priority
            && self.priority <= 100.0
    }
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            weights: [30.0, 25.0, 20.0, 15.0, 10.0],
            priority: 75.0,
            secondary: 50.0,
            extra_weights: Vec::new(),
            missing_weights: Vec::new(),
            weights_read: true,
            loc: None,
        }
    }
}

/// Which earlier revisions of the plan history reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistorySource {
    /// The last commit before each of the last N quarter ends (0: no history).
    Quarters(u32),
    /// Every tag matching the glob.
    Tags(String),
}

impl HistorySource {
    /// What `history` is when `plan.yaml` does not say.
    pub const DEFAULT_QUARTERS: u32 = 4;
}

impl Default for HistorySource {
    fn default() -> Self {
        HistorySource::Quarters(Self::DEFAULT_QUARTERS)
    }
}

#[derive(Debug, Clone, Default)]
pub struct SiteSettings {
    pub title: String,
    pub base_url: String,
}
