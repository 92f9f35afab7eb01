//! Writing imported values into partner files: in place in an existing file, or as a
//! new file.
//!
//! An existing file keeps every byte but the values that changed: the span index
//! (`load::spans`) locates each value, which is replaced where it is written; a key the
//! file lacks is added at the end of its mapping (or of the front matter). Comments,
//! key order, quoting of other values and the Markdown notes stay as they were.

use crate::columns::{Value, COLUMNS};
use crate::load::spans::SpanIndex;
use crate::load::yaml::split_front_matter;
use crate::source::SourceFile;
use crate::values::Money;
use std::collections::BTreeMap;

/// How the plan's files write amounts in YAML: `$` / `€` before the amount, or the ISO
/// code and a space (not the locale's display form, `values::MoneyStyle`).
pub struct AmountForm {
    pub prefix: String,
}

impl AmountForm {
    pub fn of(currency: &crate::values::Currency) -> AmountForm {
        let prefix = if currency.has_sign() {
            currency.prefix().trim().to_string()
        } else {
            format!("{} ", currency.code())
        };
        AmountForm { prefix }
    }
}

/// One edit of a file: replace `range` with `text` (an insertion has an empty range).
struct Splice {
    start: usize,
    end: usize,
    text: String,
}

/// `text` (a partner file) with the values of `changes` (key, value) written in.
pub fn update(text: &str, changes: &[(&str, Value)], money: &AmountForm) -> Result<String, String> {
    let file = SourceFile::new(
        String::new(),
        String::new(),
        Default::default(),
        text.to_string(),
    );
    let parts = split_front_matter(0, &file).map_err(|d| d.message.clone())?;
    let Some(front) = parts.front else {
        return Err("the file has no front matter".into());
    };
    let index = SpanIndex::build(0, &file, &front.text);
    let end_of_front = front.range.end;
    let mut splices = Vec::new();
    // values for missing parents (`scores`, `commitments`), written as one new block
    let mut new_blocks: BTreeMap<&str, Vec<(&str, String)>> = BTreeMap::new();
    let mut appended = String::new();
    for (key, value) in changes {
        let lit = literal(value, money);
        if let Some(e) = index.get(key) {
            if e.scalar {
                splices.push(Splice {
                    start: e.value.start,
                    end: e.value.end,
                    text: lit,
                });
            } else {
                splices.push(replace_list(text, &index, key, value, money)?);
            }
            continue;
        }
        match key.split_once('.') {
            Some((parent, child)) => match index.get(parent) {
                Some(p) if !p.scalar => splices.push(add_to_map(text, &index, parent, child, &lit)),
                _ => new_blocks.entry(parent).or_default().push((child, lit)),
            },
            None => appended.push_str(&format!("{key}: {lit}\n")),
        }
    }
    for (parent, children) in new_blocks {
        appended.push_str(&format!("{parent}:\n"));
        for (child, lit) in children {
            appended.push_str(&format!("  {child}: {lit}\n"));
        }
    }
    if !appended.is_empty() {
        let needs_newline = end_of_front > 0 && !text[..end_of_front].ends_with('\n');
        let text = if needs_newline {
            format!("\n{appended}")
        } else {
            appended
        };
        splices.push(Splice {
            start: end_of_front,
            end: end_of_front,
            text,
        });
    }
    Ok(apply(text, splices))
}

/// Applies splices from the end of the text, so that earlier offsets stay valid.
fn apply(text: &str, mut splices: Vec<Splice>) -> String {
    splices.sort_by_key(|s| std::cmp::Reverse(s.start));
    let mut out = text.to_string();
    for s in splices {
        out.replace_range(s.start..s.end.min(out.len()), &s.text);
    }
    out
}

/// The end of the last value written under `path` (its items or keys).
fn last_child_end(index: &SpanIndex, path: &str) -> Option<usize> {
    let dot = format!("{path}.");
    let bracket = format!("{path}[");
    index
        .entries()
        .filter(|(p, _)| p.starts_with(&dot) || p.starts_with(&bracket))
        .map(|(_, e)| e.value.end)
        .max()
}

/// Replaces a list (flow `[a, b]` or block `- a`) with the new items, in its style.
fn replace_list(
    text: &str,
    index: &SpanIndex,
    key: &str,
    value: &Value,
    money: &AmountForm,
) -> Result<Splice, String> {
    let Some(e) = index.get(key) else {
        return Err(format!("`{key}` is not in the file"));
    };
    let start = e.value.start;
    let last = last_child_end(index, key).unwrap_or(e.value.end);
    let items = match value {
        Value::List(items) => items.clone(),
        other => vec![literal(other, money)],
    };
    if text[start..].starts_with('[') {
        let close = text[last.max(start)..]
            .find(']')
            .map_or(last, |i| last.max(start) + i + 1);
        return Ok(Splice {
            start,
            end: close,
            text: flow_list(&items),
        });
    }
    if text[start..].starts_with('{') {
        return Err(format!(
            "`{key}` is a mapping in the file, not a list: fix it first"
        ));
    }
    // a block list: one `- item` per line at the first item's indentation
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent = " ".repeat(start - line_start);
    let body = items
        .iter()
        .map(|i| format!("- {}", scalar(i)))
        .collect::<Vec<_>>()
        .join(&format!("\n{indent}"));
    Ok(Splice {
        start,
        end: last,
        text: body,
    })
}

/// Adds `child: lit` to the mapping at `parent` (block: a new line after its last key,
/// at its keys' indentation; flow: before the closing brace).
fn add_to_map(text: &str, index: &SpanIndex, parent: &str, child: &str, lit: &str) -> Splice {
    let (start, last) = match index.get(parent) {
        Some(e) => (
            e.value.start,
            last_child_end(index, parent).unwrap_or(e.value.end),
        ),
        None => (0, 0),
    };
    if text[start..].starts_with('{') {
        let close = text[last..].find('}').map_or(last, |i| last + i);
        let sep = if last_child_end(index, parent).is_some() {
            ", "
        } else {
            ""
        };
        return Splice {
            start: close,
            end: close,
            text: format!("{sep}{child}: {lit}"),
        };
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent = " ".repeat(start - line_start);
    let at = text[last..].find('\n').map_or(text.len(), |i| last + i + 1);
    Splice {
        start: at,
        end: at,
        text: format!("{indent}{child}: {lit}\n"),
    }
}

/// A new partner file: the values in the partner table's order, scores and commitments
/// as blocks, and an empty body for the notes.
pub fn create(values: &[(&str, Value)], money: &AmountForm) -> String {
    let mut out = String::from("---\n");
    let mut blocks_done = Vec::new();
    for c in COLUMNS {
        let Some((_, v)) = values.iter().find(|(k, _)| *k == c.key) else {
            continue;
        };
        if c.key == "id" {
            continue;
        }
        match c.key.split_once('.') {
            Some((parent, _)) => {
                if blocks_done.contains(&parent) {
                    continue;
                }
                blocks_done.push(parent);
                out.push_str(&format!("{parent}:\n"));
                let prefix = format!("{parent}.");
                for (k, v) in values.iter().filter(|(k, _)| k.starts_with(&prefix)) {
                    out.push_str(&format!(
                        "  {}: {}\n",
                        &k[prefix.len()..],
                        literal(v, money)
                    ));
                }
            }
            None => out.push_str(&format!("{}: {}\n", c.key, literal(v, money))),
        }
    }
    out.push_str("---\n");
    out
}

/// A value as YAML.
pub fn literal(v: &Value, money: &AmountForm) -> String {
    match v {
        Value::Empty => "null".into(),
        Value::Text(t) => scalar(t),
        Value::Word(w) => scalar(w),
        Value::List(items) => flow_list(items),
        Value::Number(n) | Value::Score(n) => crate::values::decimal::fixed(*n, 2),
        Value::Money(m) => money_text(*m, money),
        Value::Count(n) => n.to_string(),
        Value::Flag(b) => b.to_string(),
        Value::Date(d) => d.to_string(),
    }
}

fn flow_list(items: &[String]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|i| {
            if i.contains([',', '[', ']', '{', '}']) {
                quoted(i)
            } else {
                scalar(i)
            }
        })
        .collect();
    format!("[{}]", items.join(", "))
}

/// A string as a plain YAML scalar when that reads back as the same string, else
/// double-quoted.
fn scalar(s: &str) -> String {
    let plain_start = s
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '(' | '$' | '€' | '£' | '.' | '/'));
    let keyword = matches!(
        s.to_ascii_lowercase().as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null" | "~"
    );
    let numeric = s.parse::<f64>().is_ok() || crate::values::Date::parse(s).is_ok();
    let risky = s.contains(": ")
        || s.contains(" #")
        || s.ends_with(':')
        || s.contains(['\n', '\t', '"', '\''])
        || s.trim() != s;
    if plain_start && !keyword && !numeric && !risky {
        s.to_string()
    } else {
        quoted(s)
    }
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{}\"", s.replace('"', "'")))
}

/// An amount as the plan writes amounts: `"$2.8M"`, `"€450K"`, `"CHF 1,234,567"`; exact,
/// so that it reads back as the same amount.
fn money_text(v: f64, style: &AmountForm) -> String {
    let p = &style.prefix;
    let fixed = crate::values::decimal::fixed;
    let candidates = [
        (v.abs() >= 1e6).then(|| format!("{p}{}M", fixed(v / 1e6, 3))),
        (v.abs() >= 1e3).then(|| format!("{p}{}K", fixed(v / 1e3, 2))),
        Some(format!(
            "{p}{}",
            crate::values::grouped(v, if v.fract() == 0.0 { 0 } else { 2 })
        )),
    ];
    for c in candidates.into_iter().flatten() {
        if Money::parse(&c).is_ok_and(|w| (w.value.0 - v).abs() < 0.005) {
            return quoted(&c);
        }
    }
    crate::values::decimal::fixed(v, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd() -> AmountForm {
        AmountForm { prefix: "$".into() }
    }

    const FILE: &str = "---\nname: Acme   # keep me\nlandscape: B\ngeography:\n  - EU\n  - US\nmodels: [co-sell]\nscores:\n  icp_overlap: 80\n  market_influence: 70\npipeline: \"$1.2M\"\n---\nNotes stay.\n";

    #[test]
    fn changes_only_the_values_and_keeps_the_rest() -> Result<(), String> {
        let out = update(
            FILE,
            &[
                ("pipeline", Value::Money(2_800_000.0)),
                ("scores.icp_overlap", Value::Number(85.5)),
                ("landscape", Value::Word("A")),
            ],
            &usd(),
        )?;
        assert_eq!(
            out,
            FILE.replace("\"$1.2M\"", "\"$2.8M\"")
                .replace("80", "85.5")
                .replace("landscape: B", "landscape: A")
        );
        Ok(())
    }

    #[test]
    fn adds_missing_keys_where_they_belong() -> Result<(), String> {
        let out = update(
            FILE,
            &[
                ("scores.revenue_potential", Value::Number(60.0)),
                ("arr", Value::Money(450_000.0)),
                ("commitments.qbr", Value::Flag(true)),
            ],
            &usd(),
        )?;
        assert!(
            out.contains("  market_influence: 70\n  revenue_potential: 60\npipeline:"),
            "{out}"
        );
        assert!(out.ends_with("pipeline: \"$1.2M\"\narr: \"$450K\"\ncommitments:\n  qbr: true\n---\nNotes stay.\n"), "{out}");
        Ok(())
    }

    #[test]
    fn lists_keep_their_style() -> Result<(), String> {
        let out = update(
            FILE,
            &[
                (
                    "geography",
                    Value::List(vec!["Global".into(), "North America".into()]),
                ),
                (
                    "models",
                    Value::List(vec!["co-sell".into(), "referral".into()]),
                ),
            ],
            &usd(),
        )?;
        assert!(
            out.contains(
                "geography:\n  - Global\n  - North America\nmodels: [co-sell, referral]\n"
            ),
            "{out}"
        );
        Ok(())
    }

    #[test]
    fn flow_maps_get_the_new_key_inside() -> Result<(), String> {
        let f = "---\nname: A\nscores: {icp_overlap: 1}\n---\n";
        let out = update(
            f,
            &[("scores.market_influence", Value::Number(2.0))],
            &usd(),
        )?;
        assert_eq!(
            out,
            "---\nname: A\nscores: {icp_overlap: 1, market_influence: 2}\n---\n"
        );
        Ok(())
    }

    #[test]
    fn amounts_and_strings_read_back_the_same() {
        for (v, s) in [
            (2_800_000.0, "\"$2.8M\""),
            (450_000.0, "\"$450K\""),
            (1_234_567.0, "\"$1,234,567\""),
            (950.0, "\"$950\""),
            (1_234.56, "\"$1,234.56\""),
            (2_250_000.0, "\"$2.25M\""),
        ] {
            assert_eq!(money_text(v, &usd()), s);
        }
        let chf = AmountForm {
            prefix: "CHF ".into(),
        };
        assert_eq!(money_text(9_000_000.0, &chf), "\"CHF 9M\"");
        assert_eq!(scalar("Data & AI; Security"), "Data & AI; Security");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("- x"), "\"- x\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("2026-01-01"), "\"2026-01-01\"");
    }

    #[test]
    fn a_new_file_lists_values_in_table_order() {
        let out = create(
            &[
                ("id", Value::Text("acme".into())),
                ("tier", Value::Word("gold")),
                ("name", Value::Text("Acme".into())),
                ("scores.icp_overlap", Value::Number(80.0)),
                ("scores.market_influence", Value::Number(70.0)),
            ],
            &usd(),
        );
        assert_eq!(out, "---\nname: Acme\ntier: gold\nscores:\n  icp_overlap: 80\n  market_influence: 70\n---\n");
    }
}
