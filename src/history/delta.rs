//! A headline figure's change since the previous snapshot, in words every output
//! shares, in the plan's language: `▲ +$400K`, `▼ −3.5 pts`, `no change`. The difference is taken on the
//! figures as the snapshots store them (money to the cent, percents to one decimal)
//! and shown itself, so a $40K move on $3.1M reads `▲ +$40K` although both sides read
//! `$3.1M`. Amounts are compared only within one currency.

use crate::i18n::{args, Lang};
use crate::values::Money;
use crate::values::MoneyStyle;

/// Up, down or flat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Flat,
}

impl Direction {
    /// A CSS class or tone name: `up`, `down`, `flat`.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::Flat => "flat",
        }
    }
}

/// A change in words and its direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delta {
    pub direction: Direction,
    /// `▲ +$400K`
    pub text: String,
}

fn delta(diff: f64, lang: &Lang, show: impl Fn(f64) -> String) -> Delta {
    if diff == 0.0 {
        return Delta {
            direction: Direction::Flat,
            text: lang.t("s_delta_none").into_owned(),
        };
    }
    let (direction, arrow, sign) = if diff > 0.0 {
        (Direction::Up, "▲", "+")
    } else {
        (Direction::Down, "▼", "−")
    };
    Delta {
        direction,
        text: format!("{arrow} {sign}{}", show(diff.abs())),
    }
}

/// The change of an amount (`▲ +$400K`); `None` when either side is not given.
pub fn money(
    before: Option<f64>,
    now: Option<f64>,
    sym: &MoneyStyle,
    lang: &Lang,
) -> Option<Delta> {
    let (b, n) = (before?, now?);
    let diff = crate::values::decimal::round(n - b, 2);
    Some(delta(diff, lang, |v| Money(v).display(sym)))
}

/// The change of a percentage, in points (`▲ +3.1 pts`).
pub fn points(before: Option<f64>, now: Option<f64>, lang: &Lang) -> Option<Delta> {
    let (b, n) = (before?, now?);
    let diff = crate::values::decimal::round(n - b, 1);
    let show = |v: f64| {
        let n = lang.fmt.number_trim(v, 1);
        lang.f("s_points", &args(&[("n", n.into())]))
    };
    Some(delta(diff, lang, show))
}

/// The change of a count (`▲ +2`).
pub fn count(before: usize, now: usize, lang: &Lang) -> Delta {
    delta(now as f64 - before as f64, lang, |v| {
        lang.fmt.number_trim(v, 0)
    })
}

/// The change of each headline figure from a snapshot to now, as the dashboard and
/// the board pack's key figures show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// The snapshot compared with (`board/2026-q3`, `2026-Q3`).
    pub since: String,
    pub partner_sourced_arr: Option<Delta>,
    /// This year's forecast of partner-sourced ARR.
    pub forecast: Option<Delta>,
    /// Partners at the Platinum tier.
    pub platinum: Delta,
    pub pipeline: Option<Delta>,
    pub priority_signed: Delta,
    pub roi: Option<Delta>,
    pub okr_progress: Option<Delta>,
    pub roadmap_done: Option<Delta>,
}

impl Headline {
    /// From the newest snapshot to now, the last of `rows` (`History::rows`); `None`
    /// without an earlier snapshot.
    pub fn of_rows(rows: &[super::Snapshot], sym: &MoneyStyle, lang: &Lang) -> Option<Headline> {
        let (now, past) = rows.split_last()?;
        Some(Headline::between(past.last()?, now, sym, lang))
    }

    /// From the snapshot labelled `since` (the one "Since the last board meeting"
    /// compares with) to now, else from the newest snapshot.
    pub fn of_rows_since(
        rows: &[super::Snapshot],
        since: Option<&str>,
        sym: &MoneyStyle,
        lang: &Lang,
    ) -> Option<Headline> {
        let (now, past) = rows.split_last()?;
        let before = since
            .and_then(|l| past.iter().rev().find(|s| s.label == l))
            .or_else(|| past.last())?;
        Some(Headline::between(before, now, sym, lang))
    }

    /// From `before` to `now`; amounts in the plan currency's sign `sym`. An amount is
    /// compared only when both sides are in the same currency.
    pub fn between(
        before: &super::Snapshot,
        now: &super::Snapshot,
        sym: &MoneyStyle,
        lang: &Lang,
    ) -> Headline {
        let (b, n) = (&before.figures, &now.figures);
        let same_currency = before.currency == now.currency;
        let money_of = |x: Option<f64>, y: Option<f64>| {
            if same_currency {
                money(x, y, sym, lang)
            } else {
                None
            }
        };
        Headline {
            since: before.label.clone(),
            partner_sourced_arr: money_of(b.partner_sourced_arr, n.partner_sourced_arr),
            forecast: money_of(b.forecast, n.forecast),
            platinum: count(
                b.partners_by_tier.platinum,
                n.partners_by_tier.platinum,
                lang,
            ),
            pipeline: money_of(Some(b.pipeline), Some(n.pipeline)),
            priority_signed: count(b.priority_signed.done, n.priority_signed.done, lang),
            roi: points(b.roi, n.roi, lang),
            okr_progress: points(b.okr_progress, n.okr_progress, lang),
            roadmap_done: match (b.roadmap_done, n.roadmap_done) {
                (Some(x), Some(y)) => Some(count(x.done, y.done, lang)),
                _ => None,
            },
        }
    }
}

impl Delta {
    /// The change without its arrow (`+$400K`), for text set in a font without one.
    pub fn signed(&self) -> &str {
        self.text.trim_start_matches(['▲', '▼', ' '])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_changes() {
        let en = crate::render::reasons::test_lang("en-US");
        let up = money(
            Some(2_700_000.0),
            Some(3_100_000.0),
            &crate::values::MoneyStyle::plain("$"),
            &en,
        );
        assert_eq!(up.map(|d| d.text), Some("▲ +$400K".to_string()));
        let down = money(
            Some(3_100_000.0),
            Some(2_900_000.0),
            &crate::values::MoneyStyle::plain("€"),
            &en,
        );
        assert_eq!(down.map(|d| d.direction), Some(Direction::Down));
        assert_eq!(
            money(None, Some(1.0), &crate::values::MoneyStyle::plain("$"), &en),
            None
        );
        let flat = money(
            Some(3_100_000.0),
            Some(3_100_000.004),
            &crate::values::MoneyStyle::plain("$"),
            &en,
        );
        assert_eq!(flat.map(|d| d.text), Some("no change".to_string()));
        let small = money(
            Some(3_100_000.0),
            Some(3_140_000.0),
            &crate::values::MoneyStyle::plain("$"),
            &en,
        );
        assert_eq!(small.map(|d| d.text), Some("▲ +$40K".to_string()));
        assert_eq!(
            points(Some(21.2), Some(17.7), &en).map(|d| d.text),
            Some("▼ −3.5 pts".to_string())
        );
        assert_eq!(count(3, 5, &en).text, "▲ +2");
        assert_eq!(count(4, 4, &en).direction, Direction::Flat);
        let de = crate::render::reasons::test_lang("de-DE");
        assert_eq!(
            points(Some(21.2), Some(17.7), &de).map(|d| d.text),
            Some("▼ −3,5 Pkt.".to_string())
        );
        assert_eq!(count(4, 4, &de).text, "keine Veränderung");
    }
}
