//! Reading the HTML the site build wrote: every internal link and anchor checked
//! against the output tree, and a page's `<main>` element for snapshots.

use super::tree;
use std::path::Path;

/// The `<main …>…</main>` element of a page, both tags included; panics when the
/// page has none.
pub fn main_element(html: &str) -> &str {
    let start = html
        .find("<main")
        .unwrap_or_else(|| panic!("no <main> in:\n{html}"));
    let end = html[start..]
        .find("</main>")
        .map(|i| start + i + "</main>".len())
        .unwrap_or_else(|| panic!("<main> is not closed in:\n{html}"));
    &html[start..end]
}

/// One attribute of a tag that refers to a URL.
#[derive(Debug)]
struct Ref {
    tag: String,
    attr: String,
    rel: Option<String>,
    value: String,
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of attribute `name` inside one tag's text (double-quoted values only).
fn attr(tag_text: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let at = tag_text.find(&needle)? + needle.len();
    let end = tag_text[at..].find('"')? + at;
    Some(unescape(&tag_text[at..end]))
}

/// Every `href` / `src` of a page, with its tag.
fn refs(html: &str) -> Vec<Ref> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt + 1..];
        let Some(gt) = rest.find('>') else { break };
        let tag_text = &rest[..gt];
        let name: String = tag_text
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        if name.is_empty() {
            continue;
        }
        for a in ["href", "src"] {
            if let Some(value) = attr(tag_text, a) {
                out.push(Ref {
                    tag: name.clone(),
                    attr: a.into(),
                    rel: attr(tag_text, "rel"),
                    value,
                });
            }
        }
    }
    out
}

/// Checks every internal link and resource of every HTML page under `out`; returns
/// the problems found (empty when everything resolves).
pub fn check_links(out: &Path) -> (usize, Vec<String>) {
    let files = tree(out);
    let mut problems = Vec::new();
    let mut checked = 0;
    for (rel, (bytes, _)) in files.iter().filter(|(k, _)| k.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        let has_base = html.contains("<base href=");
        let dir: Vec<String> = if has_base {
            Vec::new()
        } else {
            let mut d: Vec<String> = rel.split('/').map(str::to_string).collect();
            d.pop();
            d
        };
        for r in refs(&html) {
            if r.tag == "base" || r.rel.as_deref() == Some("canonical") {
                continue;
            }
            let v = r.value.as_str();
            let external =
                v.starts_with("http://") || v.starts_with("https://") || v.starts_with("//");
            if external {
                if r.tag != "a" {
                    problems.push(format!(
                        "{rel}: <{} {}> loads from another host: {v}",
                        r.tag, r.attr
                    ));
                }
                continue;
            }
            if v.starts_with("mailto:") || v.starts_with("data:") {
                continue;
            }
            if v.contains(':') {
                problems.push(format!("{rel}: unexpected scheme in {v}"));
                continue;
            }
            checked += 1;
            let (path, anchor) = match v.split_once('#') {
                Some((p, a)) => (p, Some(percent_decode(a))),
                None => (v, None),
            };
            let path = path.split('?').next().unwrap_or("");
            let target = if path.is_empty() {
                Some(rel.clone())
            } else {
                let mut parts = dir.clone();
                let mut ok = true;
                let decoded = percent_decode(path);
                for seg in decoded.split('/') {
                    match seg {
                        "" | "." => {}
                        ".." => ok &= parts.pop().is_some(),
                        s => parts.push(s.to_string()),
                    }
                }
                ok.then(|| parts.join("/"))
            };
            let Some(target) = target else {
                problems.push(format!("{rel}: {v} leaves the site"));
                continue;
            };
            let Some((body, _)) = files.get(&target) else {
                problems.push(format!("{rel}: {v} → missing {target}"));
                continue;
            };
            if let Some(a) = anchor.filter(|a| !a.is_empty()) {
                let text = String::from_utf8_lossy(body);
                if !text.contains(&format!("id=\"{a}\"")) {
                    problems.push(format!("{rel}: {v} → {target} has no id `{a}`"));
                }
            }
        }
    }
    (checked, problems)
}
