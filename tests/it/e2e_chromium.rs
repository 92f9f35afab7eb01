//! End to end in a real browser: the example plan's site opened from `file://` in
//! headless Chromium, driven over the DevTools protocol. One test follows links from
//! the dashboard, runs a search from the header and on the search page, opens the
//! navigation drawer at phone width, and requires that no page logs a console error,
//! throws, or requests anything from another host. The other opens every page template
//! at desktop and phone width, in the light and the dark scheme, and requires that no
//! page scrolls sideways and that axe-core finds nothing at WCAG 2.1 AA.
//!
//! Skips (with a message) when Chromium or axe-core is not installed, and fails then
//! under CI (`.ci/run` installs both).

use crate::support;

use serde_json::json;
use std::path::Path;
use std::time::Duration;
use support::axe;
use support::devtools::{Chromium, Page};
use support::{git, Cmd, PlanTest};

/// How long the page may take to show what a step waits for.
const SHOW: Duration = Duration::from_secs(15);

fn file_url(p: &Path) -> String {
    format!("file://{}", p.display())
}

#[test]
fn site_works_in_headless_chromium() {
    let Some(bin) = support::chromium() else {
        return;
    };
    let site = PlanTest::example_built(&[]);
    let browser = Chromium::start(&bin);
    let mut cdp = browser.page();
    for domain in [
        "Page.enable",
        "Runtime.enable",
        "Log.enable",
        "Network.enable",
    ] {
        cdp.call(domain, json!({}));
    }

    // the dashboard
    cdp.goto(&file_url(&site.out("index.html")));
    let title = cdp.eval("document.title");
    assert!(
        title.as_str().unwrap_or("").starts_with("Dashboard"),
        "{title}"
    );
    assert_eq!(
        cdp.eval("document.querySelectorAll('.kpi').length")
            .as_u64()
            .map(|n| n >= 4),
        Some(true)
    );

    // follow the sidebar to the landscape, then the scorecard to a partner
    cdp.navigate_by("document.querySelector('.sidebar a[href=\"landscape.html\"]').click()");
    assert!(cdp.location().ends_with("/landscape.html"));
    cdp.navigate_by(
        "document.querySelector('#scorecard a[href=\"partners/deloitte.html\"]').click()",
    );
    assert!(cdp.location().ends_with("/partners/deloitte.html"));
    assert_eq!(
        cdp.eval("document.querySelector('h1').textContent"),
        json!("Deloitte")
    );
    // and on to a related decision and back to its partner
    cdp.navigate_by(
        "document.querySelector('#decisions a[href=\"../decisions/D-003.html\"]').click()",
    );
    assert!(cdp.location().ends_with("/decisions/D-003.html"));
    assert!(cdp
        .eval("document.querySelector('.verdict').textContent")
        .as_str()
        .unwrap_or("")
        .contains("The matrix supports"));

    // header search: type, see results, press Enter on the first
    cdp.eval(
        "(() => { const i = document.getElementById('search-input'); i.focus(); i.value = 'workiva'; \
         i.dispatchEvent(new Event('input')); return true; })()",
    );
    cdp.wait_for(
        "document.querySelectorAll('#search-results a[role=option]').length",
        SHOW,
    )
    .expect("header search shows results");
    let first =
        cdp.eval("document.querySelector('#search-results a[role=option]').getAttribute('href')");
    assert_eq!(first, json!("../partners/workiva.html"));
    cdp.navigate_by(
        "document.getElementById('search-input').dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}))",
    );
    assert!(
        cdp.location().ends_with("/partners/workiva.html"),
        "{}",
        cdp.location()
    );

    // the search page reads ?q= and lists every match
    cdp.goto(&format!("{}?q=co-sell", file_url(&site.out("search.html"))));
    let n = cdp
        .wait_for(
            "document.querySelectorAll('#search-page-results a').length",
            SHOW,
        )
        .expect("the search page lists results");
    assert!(n.as_u64().unwrap_or(0) >= 2, "{n}");

    // a handbook page's on-this-page anchor
    cdp.goto(&file_url(
        &site.out("handbook/playbooks/co-sell-playbook.html"),
    ));
    assert_eq!(
        cdp.eval("!!document.getElementById('account-selection')"),
        json!(true)
    );

    // phone width: the navigation drawer opens from the menu button
    cdp.call(
        "Emulation.setDeviceMetricsOverride",
        json!({"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": true}),
    );
    cdp.goto(&file_url(&site.out("roadmap.html")));
    assert_eq!(
        cdp.eval("getComputedStyle(document.querySelector('.menu-toggle')).display !== 'none'"),
        json!(true)
    );
    cdp.eval("document.querySelector('.menu-toggle').click()");
    assert_eq!(
        cdp.eval("document.body.classList.contains('nav-open')"),
        json!(true)
    );
    assert_eq!(
        cdp.eval("document.documentElement.scrollWidth <= window.innerWidth + 1"),
        json!(true),
        "the roadmap must not scroll sideways on a phone"
    );

    // nothing went wrong on any page, and nothing left the file system
    let mut problems = Vec::new();
    for e in cdp.events() {
        let p = &e["params"];
        match e["method"].as_str().unwrap_or("") {
            "Runtime.exceptionThrown" => {
                problems.push(format!("exception: {}", p["exceptionDetails"]))
            }
            "Runtime.consoleAPICalled" if p["type"] == "error" || p["type"] == "warning" => {
                problems.push(format!("console.{}: {}", p["type"], p["args"]))
            }
            "Log.entryAdded" if p["entry"]["level"] == "error" => {
                problems.push(format!("log: {}", p["entry"]))
            }
            "Network.requestWillBeSent" => {
                let url = p["request"]["url"].as_str().unwrap_or("");
                if !(url.starts_with("file://")
                    || url.starts_with("data:")
                    || url.starts_with("about:"))
                {
                    problems.push(format!("request to another host: {url}"));
                }
            }
            _ => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// One page of every template (and the search page with results), as paths in the
/// output; `changes.html` is there when the site was built `--since` a revision,
/// `history.html` when the plan is in a repository with an earlier snapshot, and
/// `404-here.html` is the 404 page with its base pointing at the output directory.
const PAGES: &[&str] = &[
    "index.html",
    "thesis.html",
    "economics.html",
    "models.html",
    "landscape.html",
    "partners/deloitte.html",
    "competitors.html",
    "tiers.html",
    "decisions.html",
    "decisions/D-003.html",
    "okrs.html",
    "roadmap.html",
    "governance.html",
    "near-the-line.html",
    "traceability.html",
    "reviews.html",
    "validation.html",
    "handbook/index.html",
    "handbook/playbooks/index.html",
    "handbook/playbooks/co-sell-playbook.html",
    "search.html?q=co-sell",
    "changes.html",
    "history.html",
    "404-here.html",
];

/// The widths every page must fit: a laptop and a phone (width, height, mobile).
const SCREENS: [(u32, u32, bool); 2] = [(1280, 900, false), (390, 844, true)];

/// The elements that stick out past the right edge of the window and are not inside
/// a box that scrolls them (at most six), for the failure message.
const STICKING_OUT: &str = "(() => { const w = document.documentElement.clientWidth; const out = [];
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect(); if (r.right <= w + 1 || r.width === 0) continue;
    let clipped = false;
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') { clipped = true; break; } }
    if (!clipped) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
      (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') +
      ' (right edge ' + Math.round(r.right) + ')');
  }
  return out.slice(0, 6).join(', '); })()";

/// The example plan in a git repository, built `--since` its previous commit (so the
/// site has a "What changed" page) when git is installed; plainly built otherwise.
fn site_with_every_page() -> PlanTest {
    let t = PlanTest::example();
    if support::require_tool("git").is_none() {
        t.build(&[]).expect_success();
        return t;
    }
    let repo = t.root();
    crate::support::git_init(repo);
    git(repo, ["add", "-A"]);
    // Dated in the third quarter, so that the site has a history (the 2026-Q3 snapshot):
    // the History page, the partner pages' history panel and the dashboard's changes.
    Cmd::program("git")
        .arg("-C")
        .arg(repo)
        .args(["commit", "-q", "-m", "Example plan"])
        .env("GIT_AUTHOR_DATE", "2026-08-14T12:00:00+00:00")
        .env("GIT_COMMITTER_DATE", "2026-08-14T12:00:00+00:00")
        .run()
        .expect_success();
    t.replace("partners/deloitte.md", "icp_overlap: 92", "icp_overlap: 88");
    git(repo, ["commit", "-q", "-am", "Rescore Deloitte"]);
    t.build(&["--since", "HEAD~1"]).expect_success();
    assert!(
        t.page("history.html").contains("2026-Q3"),
        "the History page has the 2026-Q3 snapshot"
    );
    t
}

/// Writes the 404 page as `404-here.html` with its `<base>` at the output directory,
/// so that it finds its stylesheet from `file://` as it does from the server's root.
fn local_404(site: &PlanTest) {
    let page = site.read_out("404.html");
    let base = format!("<base href=\"file://{}/\">", site.output().display());
    let local = match (page.find("<base href=\""), page.find("<meta charset")) {
        (Some(at), Some(end)) if at < end => {
            let close = page[at..].find('>').map_or(end, |i| at + i + 1);
            format!("{}{base}{}", &page[..at], &page[close..])
        }
        _ => page,
    };
    std::fs::write(site.out("404-here.html"), local).unwrap_or_else(|e| panic!("404-here: {e}"));
}

/// Opens `rel` and waits for what its script renders (the search page's results).
fn open(page: &mut Page, site: &PlanTest, rel: &str) {
    let (path, query) = rel.split_once('?').map_or((rel, ""), |(p, q)| (p, q));
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    page.goto(&format!("{}{query}", file_url(&site.out(path))));
    if path == "search.html" {
        page.wait_for(
            "document.querySelectorAll('#search-page-results a').length",
            SHOW,
        )
        .expect("the search page lists results");
    }
}

/// Why the page open in `page` scrolls sideways at `width`, if it does.
fn sideways(page: &mut Page, width: u32) -> Option<String> {
    let size = page.eval("[document.documentElement.scrollWidth, window.innerWidth]");
    let scroll = size[0].as_u64().unwrap_or(u64::MAX);
    let inner = size[1].as_u64().unwrap_or(0);
    if scroll <= inner && scroll <= u64::from(width) {
        return None;
    }
    let culprits = page.eval(STICKING_OUT);
    Some(format!(
        "scrolls sideways: {scroll} px wide in a {inner} px window; sticking out: {}",
        culprits.as_str().unwrap_or("?")
    ))
}

#[test]
fn every_page_fits_its_width_and_passes_axe_in_light_and_dark() {
    let Some(bin) = support::chromium() else {
        return;
    };
    let Some(axe_js) = axe::source() else {
        return;
    };
    let site = site_with_every_page();
    local_404(&site);
    let browser = Chromium::start(&bin);
    let mut page = browser.page();
    page.call("Page.enable", json!({}));
    let mut problems = Vec::new();
    let mut seen = 0;
    for (width, height, mobile) in SCREENS {
        page.viewport(width, height, mobile);
        for scheme in ["light", "dark"] {
            page.color_scheme(scheme);
            for rel in PAGES.iter().copied() {
                let optional = ["changes.html", "history.html"].contains(&rel);
                if optional && !site.out(rel).exists() {
                    continue;
                }
                open(&mut page, &site, rel);
                seen += 1;
                let at = format!("{rel} at {width} px, {scheme}");
                if let Some(why) = sideways(&mut page, width) {
                    problems.push(format!("{at}: {why}"));
                }
                for v in axe::violations(&mut page, &axe_js, &axe::WCAG21_AA) {
                    problems.push(format!("{at}: {v}"));
                }
            }
            problems.extend(open_states(&mut page, &site, &axe_js, width, scheme));
        }
    }
    assert!(
        seen >= 4 * (PAGES.len() - 1),
        "only {seen} pages were opened"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What axe finds with the header search open (on a desktop) or the navigation drawer
/// open (on a phone): states that no page shows when it loads.
fn open_states(
    page: &mut Page,
    site: &PlanTest,
    axe_js: &str,
    width: u32,
    scheme: &str,
) -> Vec<String> {
    open(page, site, "landscape.html");
    let state = if width >= 1000 {
        page.eval(
            "(() => { const i = document.getElementById('search-input'); i.focus(); i.value = 'gold'; \
             i.dispatchEvent(new Event('input')); return true; })()",
        );
        page.wait_for(
            "document.querySelectorAll('#search-results a[role=option]').length",
            SHOW,
        )
        .expect("header search shows results");
        "the header search open"
    } else {
        page.eval("document.querySelector('.menu-toggle').click()");
        "the navigation drawer open"
    };
    axe::violations(page, axe_js, &axe::WCAG21_AA)
        .into_iter()
        .map(|v| format!("landscape.html with {state} at {width} px, {scheme}: {v}"))
        .collect()
}

/// The pages of a partner's site (`build --audience partner:ID`).
const PARTNER_PAGES: [&str; 3] = [
    "index.html",
    "tiers.html",
    "handbook/operations/deal-registration.html",
];

#[test]
fn the_partner_site_fits_its_width_and_passes_axe_in_light_and_dark() {
    let Some(bin) = support::chromium() else {
        return;
    };
    let Some(axe_js) = axe::source() else {
        return;
    };
    let t = PlanTest::example();
    let out = t.root().join("partner");
    t.build_to(&out, &["--audience", "partner:pwc"])
        .expect_success();
    let browser = Chromium::start(&bin);
    let mut page = browser.page();
    page.call("Page.enable", json!({}));
    let mut problems = Vec::new();
    for (width, height, mobile) in SCREENS {
        page.viewport(width, height, mobile);
        for scheme in ["light", "dark"] {
            page.color_scheme(scheme);
            for rel in PARTNER_PAGES {
                page.goto(&file_url(&out.join(rel)));
                let at = format!("partner site {rel} at {width} px, {scheme}");
                if let Some(why) = sideways(&mut page, width) {
                    problems.push(format!("{at}: {why}"));
                }
                for v in axe::violations(&mut page, &axe_js, &axe::WCAG21_AA) {
                    problems.push(format!("{at}: {v}"));
                }
            }
            if mobile {
                page.eval("document.querySelector('.menu-toggle').click()");
                for v in axe::violations(&mut page, &axe_js, &axe::WCAG21_AA) {
                    problems.push(format!("partner site, drawer open, {scheme}: {v}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
