//! Attractiveness scores, bands, and how close partners sit to a band threshold.

use crate::model::{Plan, Scoring, FACTORS};

/// The seed's score bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Band {
    Priority,
    Secondary,
    Opportunistic,
}

impl Band {
    pub fn label(self) -> &'static str {
        match self {
            Band::Priority => "Priority",
            Band::Secondary => "Secondary",
            Band::Opportunistic => "Opportunistic",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Band::Priority => "priority",
            Band::Secondary => "secondary",
            Band::Opportunistic => "opportunistic",
        }
    }
}

/// Weighted score: Σ rating × weight / 100, rounded half away from zero to two
/// decimals (on its decimal value: 84.125 is 84.13).
pub fn score_of(ratings: &[f64; 5], weights: &[f64; 5]) -> f64 {
    let raw: f64 = ratings.iter().zip(weights).map(|(r, w)| r * w).sum::<f64>() / 100.0;
    crate::values::decimal::round(raw, 2)
}

pub fn band_of(score: f64, s: &Scoring) -> Band {
    if score >= s.priority {
        Band::Priority
    } else if score >= s.secondary {
        Band::Secondary
    } else {
        Band::Opportunistic
    }
}

/// A partner within 3 points of a band threshold.
#[derive(Debug, Clone)]
pub struct NearThreshold {
    pub partner: usize,
    pub threshold: f64,
    /// score − threshold (negative: below).
    pub distance: f64,
}

/// A band change caused by moving one weight.
#[derive(Debug, Clone)]
pub struct BandChange {
    pub partner: usize,
    /// Index into [`FACTORS`].
    pub factor: usize,
    /// +5 or −5 points.
    pub delta: f64,
    pub from: Band,
    pub to: Band,
    pub new_score: f64,
}

/// The near-the-line analysis.
#[derive(Debug, Clone, Default)]
pub struct NearLine {
    pub near: Vec<NearThreshold>,
    pub sensitive: Vec<BandChange>,
}

/// How many points from a threshold count as "near the line".
pub const NEAR_POINTS: f64 = 3.0;
/// How far one weight moves in the sensitivity analysis.
pub const WEIGHT_STEP: f64 = 5.0;

impl NearLine {
    pub fn new(plan: &Plan, scores: &[f64]) -> NearLine {
        let s = &plan.scoring;
        let mut near = Vec::new();
        for (i, &score) in scores.iter().enumerate() {
            for threshold in [s.priority, s.secondary] {
                let distance = score - threshold;
                if distance.abs() <= NEAR_POINTS {
                    near.push(NearThreshold {
                        partner: i,
                        threshold,
                        distance,
                    });
                }
            }
        }
        near.sort_by(|a, b| {
            a.distance
                .abs()
                .total_cmp(&b.distance.abs())
                .then(a.partner.cmp(&b.partner))
        });
        let mut sensitive = Vec::new();
        for factor in 0..FACTORS.len() {
            for delta in [WEIGHT_STEP, -WEIGHT_STEP] {
                let Some(w) = shifted_weights(&s.weights, factor, delta) else {
                    continue;
                };
                for (i, p) in plan.partners.iter().enumerate() {
                    let from = band_of(scores[i], s);
                    let new_score = score_of(&p.ratings, &w);
                    let to = band_of(new_score, s);
                    if from != to {
                        sensitive.push(BandChange {
                            partner: i,
                            factor,
                            delta,
                            from,
                            to,
                            new_score,
                        });
                    }
                }
            }
        }
        NearLine { near, sensitive }
    }
}

/// Moves one weight by `delta` and rescales the others to keep the total at 100.
pub fn shifted_weights(weights: &[f64; 5], factor: usize, delta: f64) -> Option<[f64; 5]> {
    let moved = weights[factor] + delta;
    let rest: f64 = weights
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != factor)
        .map(|(_, w)| w)
        .sum();
    if !(0.0..=100.0).contains(&moved) || rest <= 0.0 {
        return None;
    }
    let scale = (100.0 - moved) / rest;
    let mut out = [0.0; 5];
    for (i, w) in weights.iter().enumerate() {
        out[i] = if i == factor { moved } else { w * scale };
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_formula() {
        let w = [30.0, 25.0, 20.0, 15.0, 10.0];
        assert_eq!(score_of(&[90.0, 95.0, 80.0, 70.0, 85.0], &w), 85.75);
        assert_eq!(score_of(&[40.0, 30.0, 50.0, 60.0, 20.0], &w), 40.5);
        let s = Scoring::default();
        assert_eq!(band_of(75.0, &s), Band::Priority);
        assert_eq!(band_of(74.99, &s), Band::Secondary);
        assert_eq!(band_of(50.0, &s), Band::Secondary);
        assert_eq!(band_of(49.9, &s), Band::Opportunistic);
    }

    #[test]
    fn shifted_weights_keep_100() {
        let w = [30.0, 25.0, 20.0, 15.0, 10.0];
        let s = shifted_weights(&w, 0, 5.0).unwrap_or([0.0; 5]);
        assert!((s.iter().sum::<f64>() - 100.0).abs() < 1e-9);
        assert_eq!(s[0], 35.0);
        assert!((s[1] - 25.0 * 65.0 / 70.0).abs() < 1e-9);
        assert!(shifted_weights(&[100.0, 0.0, 0.0, 0.0, 0.0], 0, 5.0).is_none());
    }
}
