//! placeholder: template placeholders of the playbook left unfilled (`[X]`, `$[X]`,
//! `[Company Name]`, `[Firm 1]`…), in YAML values and Markdown alike.

use super::RuleCtx;
use crate::diag::{Diagnostic, Rule};
use crate::source::Span;

/// The playbook's placeholders (exact text inside the brackets).
const PLACEHOLDERS: &[&str] = &[
    "X",
    "N",
    "Company Name",
    "Company",
    "Date",
    "date",
    "year",
    "partner types",
    "ICP",
    "markets",
    "rationale",
    "specific mechanism",
    "Big 4 / consulting firms",
    "product firms",
    "adjacent use cases",
    "practice area",
    "geographic strength",
    "industry strength",
    "delivery model",
    "platform strength",
    "scale",
    "industry focus",
    "geographic reach",
    "niche strength",
    "partnership maturity",
    "industry",
    "ICP overlap",
    "size",
    "geography",
    "delivery capability",
    "integration value",
    "co-sell potential",
    "OEM opportunity",
    "shared ICP",
    "Partners",
    "Model",
    "Why it's effective",
    "Capability / Market",
    "2–3 sentences",
    "Name",
    "Quarterly",
    "co-sell | implementation | JV",
];

/// Prefixes of longer placeholders (`[relevant practice: Digital, Risk]`).
const PREFIXES: &[&str] = &[
    "relevant practice",
    "north star metric",
    "Firm ",
    "Vendor ",
    "Competitor ",
];

fn is_placeholder(inner: &str) -> bool {
    PLACEHOLDERS.contains(&inner) || PREFIXES.iter().any(|p| inner.starts_with(p))
}

/// Byte ranges of placeholders in a text.
pub fn find_placeholders(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(open) = text[i..].find('[').map(|o| o + i) {
        // no placeholder holds a `[`: stopping at the next one keeps the scan linear
        // (`[[[[…]]]]` would otherwise be searched once per bracket)
        let Some(close) = text[open + 1..]
            .find([']', '\n', '['])
            .map(|c| c + open + 1)
        else {
            break;
        };
        i = open + 1;
        if bytes[close] != b']' {
            continue;
        }
        let inner = &text[open + 1..close];
        let followed_by_link = matches!(bytes.get(close + 1), Some(b'(' | b'[' | b':'));
        if is_placeholder(inner) && !followed_by_link && !is_task_marker(text, open, inner) {
            let start = if open > 0 && bytes[open - 1] == b'$' {
                open - 1
            } else {
                open
            };
            out.push((start, close + 1));
            i = close + 1;
        }
    }
    out
}

/// `- [X] done` is a task list item, not a placeholder.
fn is_task_marker(text: &str, open: usize, inner: &str) -> bool {
    let line_start = text[..open].rfind('\n').map_or(0, |p| p + 1);
    let before = text[line_start..open].trim();
    inner.eq_ignore_ascii_case("x") && matches!(before, "-" | "*" | "+")
}

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    for (id, file) in cx.sources.iter() {
        for (start, end) in find_placeholders(&file.text) {
            let found = &file.text[start..end];
            out.push(
                Diagnostic::new(
                    Rule::Placeholder,
                    Span::new(id, start, end),
                    format!("template placeholder `{found}` left unfilled"),
                )
                .label("placeholder from the playbook template")
                .help("replace it with the real value for your program"),
            );
        }
    }
}

crate::declare_rule! {
    Placeholder {
        id: "placeholder",
        severity: Error,
        summary: "A template placeholder such as `[Company Name]`, `[X]`, `$[X]`, `[N]`, `[date]` or `[Firm 1]` was left unfilled.",
        explanation: r#"The partnership playbook is a template full of blanks: "[X]% of total ARR within [N] years", "Top MDF allocation ($[X]/yr)", "Sign [N] Platinum partners by [date]", "[Firm 1] — [industry]". Pasting its blocks is the intended way to start a plan, so it is easy to ship a handbook or a board pack that still says "[X]". partnerbook scans every string value and Markdown body for bracketed placeholders and flags empty strings where a value is required, such as the `""` answers of the seed's `partnership_rationale`. An empty `annual_pipeline_target` is not a placeholder: it means "no target", as for the Registered tier."#,
        bad: r#"# plan.yaml
company:
  name: "[Company Name]"
  target_arr: "$[X]"
program:
  partner_arr_share: "[X]%""#,
        good: r#"# plan.yaml
company:
  name: Northwind Analytics
  target_arr: "$60M"
program:
  partner_arr_share: 35%"#,
    }
}

#[cfg(test)]
mod tests {
    use super::find_placeholders;

    fn found(t: &str) -> Vec<&str> {
        find_placeholders(t)
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect()
    }

    #[test]
    fn finds_seed_placeholders_only() {
        assert_eq!(found("Top MDF allocation ($[X]/yr)"), vec!["$[X]"]);
        assert_eq!(
            found("THESIS — [Company Name] in [N] years"),
            vec!["[Company Name]", "[N]"]
        );
        assert_eq!(
            found("[Firm 1] — [industry]"),
            vec!["[Firm 1]", "[industry]"]
        );
        assert!(found("geography: [Global]").is_empty());
        assert!(found("see [X](partner:x) and [N]: http://a").is_empty());
        assert!(found("- [X] done").is_empty());
        assert_eq!(found("[[X]] and [[N]"), vec!["[X]", "[N]"]);
    }

    #[test]
    fn nested_brackets_are_scanned_in_linear_time() {
        let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
        let start = std::time::Instant::now();
        assert!(found(&deep).is_empty());
        assert!(start.elapsed() < std::time::Duration::from_secs(1));
    }
}
