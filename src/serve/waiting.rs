//! The page the preview server sends while there is no good build to show: the plan
//! has not built yet (the first build is running, or it failed). It lists the current
//! problems itself, so it reads without the live-reload script; with the script, the
//! error overlay covers it and the first good build replaces it by a reload.

use std::fmt::Write as _;

use super::OverlayDiagnostic;

/// Marks the page for the live-reload script, whose overlay then says that no good
/// build exists (rather than "the page below is the last good build").
pub(crate) const MARKER: &str = "<meta name=\"partnerbook-no-build\" content=\"\">";

/// Styles of the page: system colours, light and dark, contrast above WCAG AA.
const STYLE: &str = "\
:root{color-scheme:light dark;--bg:#f7f8fa;--fg:#1a1d23;--muted:#4a5160;--bad:#b3261e;--warn:#8a4b00;--line:#d5d9e0}\
@media (prefers-color-scheme:dark){:root{--bg:#0f1115;--fg:#e8eaee;--muted:#b8bec9;--bad:#ff8d8f;--warn:#f5c26b;--line:#2f3440}}\
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,sans-serif}\
main{max-width:760px;margin:0 auto;padding:48px 20px}\
h1{font-size:24px;margin:0 0 8px}p{margin:0 0 16px;color:var(--muted)}\
ol{list-style:none;margin:0;padding:0}li{padding:12px 0;border-top:1px solid var(--line)}\
.error{color:var(--bad)}.warning{color:var(--warn)}\
code{font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}\
.message{white-space:pre-wrap;margin-top:2px}";

/// The whole page for `diags` (the problems of the latest build; none while the first
/// build is still running).
pub(crate) fn page(diags: &[OverlayDiagnostic]) -> String {
    let mut html =
        String::from("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    html.push_str(MARKER);
    html.push_str("<title>No good build yet · partnerbook</title><style>");
    html.push_str(STYLE);
    html.push_str("</style></head>\n<body><main><h1>No good build yet</h1>");
    if diags.is_empty() {
        html.push_str(
            "<p>The plan has not been built yet. This page reloads by itself when the site is ready.</p>",
        );
    } else {
        let errors = diags.iter().filter(|d| d.severity == "error").count();
        let why = if errors > 0 {
            format!("The plan has {}", count(errors, "error"))
        } else {
            "The build failed".to_string()
        };
        let _ = write!(
            html,
            "<p>{why}, so there is no site to show yet. Fix the plan and save: \
             the site appears here after the first good build.</p><ol>"
        );
        for d in diags {
            html.push_str(&item(d));
        }
        html.push_str("</ol>");
    }
    html.push_str("</main></body></html>\n");
    html
}

/// One problem: severity and rule, where it is, and the message.
fn item(d: &OverlayDiagnostic) -> String {
    let class = if d.severity == "error" {
        "error"
    } else {
        "warning"
    };
    let mut li = format!(
        "<li><strong class=\"{class}\">{} {}</strong>",
        escape(&d.severity),
        escape(&d.rule)
    );
    if !d.file.is_empty() {
        let _ = write!(
            li,
            " <code>{}:{}:{}</code>",
            escape(&d.file),
            d.line,
            d.column
        );
    }
    let _ = write!(
        li,
        "<div class=\"message\">{}</div></li>",
        escape(&d.message)
    );
    li
}

use crate::text::plural as count;

use crate::text::escape_html as escape;

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(severity: &str, message: &str) -> OverlayDiagnostic {
        OverlayDiagnostic {
            rule: "score.range".into(),
            severity: severity.into(),
            file: "partners/acme.md".into(),
            line: 7,
            column: 16,
            message: message.into(),
        }
    }

    #[test]
    fn lists_every_problem_escaped_with_where_it_is() {
        let html = page(&[
            diag("error", "icp_overlap is 400 <script>"),
            diag("warning", "a & b"),
        ]);
        assert!(html.contains("<h1>No good build yet</h1>"), "{html}");
        assert!(html.contains("The plan has 1 error, so there is no site"));
        assert!(html.contains("<code>partners/acme.md:7:16</code>"));
        assert!(html.contains("icp_overlap is 400 &lt;script&gt;"));
        assert!(html.contains("a &amp; b"));
        assert!(!html.contains("<script>"));
        assert!(html.contains(MARKER));
    }

    #[test]
    fn says_the_first_build_is_running_when_there_is_no_problem_yet() {
        let html = page(&[]);
        assert!(html.contains("has not been built yet"), "{html}");
        assert!(!html.contains("<ol>"));
    }
}
