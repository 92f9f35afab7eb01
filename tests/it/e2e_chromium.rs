//! End to end in a real browser: the example plan's site opened from `file://` in
//! headless Chromium, driven over the DevTools protocol. The test follows links from
//! the dashboard, runs a search from the header and on the search page, opens the
//! navigation drawer at phone width, and requires that no page logs a console error,
//! throws, or requests anything from another host.
//!
//! Skips (with a message) when Chromium is not installed, and fails then under CI
//! (`.ci/run` installs it).

use crate::support;

use serde_json::json;
use std::path::Path;
use std::time::Duration;
use support::devtools::Chromium;
use support::PlanTest;

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
