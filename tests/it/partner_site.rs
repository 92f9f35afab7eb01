//! `build --audience partner:ID`: every partner's site holds that partner alone. For
//! each partner of the example plan, no file written names another partner (name or
//! id, as a whole word, in any case, HTML-escaped or not), a competitor, the internal
//! note of the shared deal-registration page or the program's economics; its own name,
//! tier and the shared page are there. An unknown id fails with a suggestion; scores
//! are shown only when `sharing.scores` is on.

use crate::support;

use std::collections::BTreeMap;
use std::path::Path;
use support::{has_word, snapshot, PlanTest};

/// A partner or competitor of the example plan: id and name.
struct Firm {
    id: String,
    name: String,
}

/// `name:` of a front matter or a YAML list entry.
fn field(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let v = l.trim().trim_start_matches("- ").strip_prefix(key)?;
        Some(v.trim().trim_matches('"').to_string())
    })
}

/// The partners of the plan, from `partners/*.md`.
fn partners(t: &PlanTest) -> Vec<Firm> {
    let mut out: Vec<Firm> = std::fs::read_dir(t.path("partners"))
        .expect("partners/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .map(|p| {
            let id = p.file_stem().expect("stem").to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("read partner");
            let name = field(&text, "name:").expect("partner name");
            Firm { id, name }
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The competitors of the plan, from `competitors.yaml` (`- id:` then `name:`).
fn competitors(t: &PlanTest) -> Vec<Firm> {
    let text = t.read("competitors.yaml");
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(l) = lines.next() {
        if let Some(id) = l.trim().strip_prefix("- id:") {
            let name = lines.next().and_then(|n| field(n, "name:")).expect("name");
            out.push(Firm {
                id: id.trim().to_string(),
                name,
            });
        }
    }
    assert!(out.len() >= 3, "competitors: {}", out.len());
    out
}

/// The program's cost lines from plan.yaml (`program.costs`): names and amounts.
fn cost_lines(t: &PlanTest) -> Vec<(String, String)> {
    let text = t.read("plan.yaml");
    let at = text.find("  costs:").expect("program.costs");
    text[at..]
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("    "))
        .filter_map(|l| {
            let (k, v) = l.trim().split_once(':')?;
            Some((k.trim().to_string(), v.trim().trim_matches('"').to_string()))
        })
        .collect()
}

/// The amounts a partner may see as its own: its pipeline, ARR and MDF, and the tiers'
/// MDF, as the plan writes them.
fn own_amounts(t: &PlanTest, id: &str) -> Vec<String> {
    let partner = t.read(&format!("partners/{id}.md"));
    let tiers = t.read("tiers.yaml");
    let mut out: Vec<String> = ["pipeline:", "arr:", "mdf:"]
        .iter()
        .filter_map(|k| field(&partner, k))
        .collect();
    out.extend(tiers.lines().filter_map(|l| field(l, "mdf_per_year:")));
    out
}

/// The text between the internal markers of a page.
fn internal_note(md: &str) -> String {
    let open = md.find("<!-- internal -->").expect("internal marker") + 17;
    let close = md.find("<!-- /internal -->").expect("closing marker");
    md[open..close].trim().to_string()
}

/// `name` as a page may write it: as is and HTML-escaped.
fn forms(name: &str) -> Vec<String> {
    let escaped = name
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;");
    let mut out = vec![name.to_string()];
    if escaped != name {
        out.push(escaped);
    }
    out
}

/// Every file written, as text (the manifest included).
fn written(out: &Path) -> BTreeMap<String, String> {
    snapshot(out)
        .into_iter()
        .map(|(k, v)| (k, String::from_utf8_lossy(&v).into_owned()))
        .collect()
}

const SHARED_PAGE: &str = "handbook/operations/deal-registration.html";

#[test]
fn every_partner_site_holds_that_partner_alone() {
    let t = PlanTest::example();
    let all = partners(&t);
    assert!(all.len() >= 20, "{} partners", all.len());
    for p in &all {
        let out = t.root().join("sites").join(&p.id);
        t.build_to(&out, &["--audience", &format!("partner:{}", p.id)])
            .expect_success()
            .stderr_has(&format!("built the partner site of {}", p.name));
        assert_holds_that_partner_alone(&t, &p.id, &out);
    }
}

/// Partner `id`'s site in `out`, written from the plan of `t` (the example plan or a
/// copy): its own name, tier, tier page and shared page are there, and no file names
/// another partner or a competitor, or holds the internal note, a cost or the program's
/// economics.
pub(crate) fn assert_holds_that_partner_alone(t: &PlanTest, id: &str, out: &Path) {
    let all = partners(t);
    let p = all
        .iter()
        .find(|p| p.id == id)
        .expect("the partner is in the plan");
    let rivals = competitors(t);
    let note = internal_note(&t.read("handbook/operations/deal-registration.md"));
    let note_words = note.trim_start_matches("Exits follow [Partner exit](partner-exit.md); ");
    let costs = cost_lines(t);
    assert!(costs.len() >= 3, "cost lines: {costs:?}");
    // the words and ids of program economics on the internal site
    let economics = [
        "ROI",
        "CAC",
        "Program cost",
        "cost lines",
        "Market development funds",
        "economics.html",
        "board-pack.pdf",
    ];
    let files = written(out);
    let own = own_amounts(t, &p.id);
    assert!(files.contains_key("index.html"), "{}: no index.html", p.id);
    assert!(files.contains_key("tiers.html"), "{}: no tiers.html", p.id);
    assert!(files.contains_key(SHARED_PAGE), "{}: no shared page", p.id);
    let assets: Vec<&str> = files
        .keys()
        .filter_map(|k| k.strip_prefix("assets/"))
        .collect();
    assert_eq!(assets, ["favicon.svg", "site.js", "style.css"], "{}", p.id);
    assert!(
        !files
            .keys()
            .any(|k| k.ends_with(".pdf") || k.contains("search")),
        "{}: {:?}",
        p.id,
        files.keys()
    );
    let index = &files["index.html"];
    assert!(
        forms(&p.name).iter().any(|f| index.contains(f.as_str())),
        "{}: its own name is missing",
        p.id
    );
    let tier = field(&t.read(&format!("partners/{}.md", p.id)), "tier:").expect("tier");
    assert!(
        has_word(index, &format!("chip tier-{tier}")),
        "{}: its tier {tier} is missing",
        p.id
    );
    for (path, text) in &files {
        for other in all.iter().filter(|o| o.id != p.id) {
            for needle in forms(&other.name).iter().chain([&other.id]) {
                assert!(
                    !has_word(text, needle),
                    "{}'s site: {path} names the partner {needle:?}",
                    p.id
                );
            }
        }
        for c in &rivals {
            for needle in forms(&c.name).iter().chain([&c.id]) {
                assert!(
                    !has_word(text, needle),
                    "{}'s site: {path} names the competitor {needle:?}",
                    p.id
                );
            }
        }
        assert!(
            !text.contains(note_words),
            "{}'s site: {path} holds the internal note",
            p.id
        );
        assert!(
            !text.contains("partner-exit"),
            "{}'s site: {path} links the internal page",
            p.id
        );
        // an amount that is also one of the partner's own figures (an ARR of
        // $90K) or a tier's MDF is the partner's to see
        for (_, amount) in costs.iter().filter(|(_, a)| !own.contains(a)) {
            assert!(
                !text.contains(amount.as_str()),
                "{}'s site: {path} holds the cost {amount}",
                p.id
            );
        }
        // the theme's CSS and script are the theme's own (`pointer-events`): the
        // words are looked for in what the plan wrote
        if path.starts_with("assets/") {
            continue;
        }
        for (name, _) in &costs {
            let line = name.replace(['_', '-'], " ");
            assert!(
                !has_word(text, &line),
                "{}'s site: {path} names the cost line {line:?}",
                p.id
            );
        }
        for word in economics {
            assert!(
                !has_word(text, word),
                "{}'s site: {path} holds {word:?}",
                p.id
            );
        }
    }
}

#[test]
fn the_shared_page_keeps_its_text_without_its_internal_part() {
    let t = PlanTest::example();
    let out = t.root().join("site");
    t.build_to(&out, &["--audience", "partner:pwc"])
        .expect_success();
    let page = std::fs::read_to_string(out.join(SHARED_PAGE)).expect("shared page");
    assert!(page.contains("<h1>Deal registration</h1>"), "{page}");
    assert!(page.contains("Service levels"));
    // the tier links lead to the partner site's own tier page
    assert!(page.contains("href=\"../../tiers.html#gold\""), "{page}");
    assert!(page.contains("<html lang=\"en-US\">"));
    let index = std::fs::read_to_string(out.join("index.html")).expect("index");
    assert!(index.contains("href=\"handbook/operations/deal-registration.html\""));
    // no score unless the plan shares scores
    assert!(
        !index.contains("score-badge"),
        "a score without sharing.scores"
    );
}

#[test]
fn scores_are_shown_when_the_plan_shares_them() {
    let t = PlanTest::example();
    let plan = t.read("plan.yaml");
    t.write("plan.yaml", format!("{plan}sharing:\n  scores: true\n"));
    let out = t.root().join("site");
    t.build_to(&out, &["--audience", "partner:pwc"])
        .expect_success();
    let index = std::fs::read_to_string(out.join("index.html")).expect("index");
    assert!(
        index.contains("score-badge"),
        "no score with sharing.scores"
    );
    assert!(index.contains("Partner score"));
}

#[test]
fn an_unknown_partner_fails_with_a_suggestion_and_writes_nothing() {
    let t = PlanTest::example();
    t.build(&["--audience", "partner:delloite"])
        .expect_code(2)
        .stderr_has("no partner `delloite` in the plan; did you mean `deloitte`?");
    assert!(!t.output().exists());
    t.build(&["--audience", "partners"])
        .expect_code(2)
        .stderr_has("`partners` is not an audience");
}

#[test]
fn a_plan_with_errors_writes_no_partner_site() {
    let t = PlanTest::example();
    t.replace(
        "handbook/program-overview.md",
        "(tier:platinum)",
        "(partner:nobody)",
    );
    t.build(&["--audience", "partner:pwc"])
        .expect_code(1)
        .stderr_has("error[ref.unknown]");
    assert!(!t.output().exists());
}

#[test]
fn a_partner_site_replaces_the_internal_site_in_the_same_output() {
    let t = PlanTest::example();
    t.build(&["--no-pdf"]).expect_success();
    assert!(t.out("economics.html").exists());
    t.build(&["--audience", "partner:pwc"]).expect_success();
    let files = written(t.output());
    assert!(files.contains_key("index.html"));
    for gone in [
        "economics.html",
        "landscape.html",
        "search-index.json",
        "partners/pwc.html",
    ] {
        assert!(
            !files.contains_key(gone),
            "{gone} left in the partner's output"
        );
    }
}
