//! `partnerbook serve` as a real process: a busy port, pages served with the
//! live-reload script, the event stream (reload after the files are written, errors
//! for a broken plan, stylesheet swaps), a base path, a clean stop, and a headless
//! Chromium that reloads on an edit and shows the overlay on an invalid one.

use crate::support;

use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::net::{SocketAddr, TcpListener};
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};
use support::devtools::Chromium;
use support::http::{connect, get};
use support::{axe, wait_until, PlanTest, Running, WAIT};

const BLUEFIN: &str = "partners/bluefin-data.md";
const SCRIPT_TAG: &str = "<script src=\"/__partnerbook/live.js\"></script>";

/// A running `partnerbook serve` and the address it serves at.
struct Serve {
    proc: Running,
    addr: SocketAddr,
    /// The site's URL as printed, e.g. `http://127.0.0.1:4101/`.
    url: String,
}

impl Serve {
    fn start(plan: &PlanTest, extra: &[&str]) -> Serve {
        let mut args: Vec<String> = vec!["serve".into(), "--no-pdf".into()];
        args.extend(plan.args());
        args.extend(["--port".to_string(), "0".to_string()]);
        args.extend(extra.iter().map(|s| s.to_string()));
        let proc = Running::start(args);
        let line = proc.wait_line("the server to start", |l| l.starts_with("serving "));
        let url = line
            .split(" at ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .unwrap_or_else(|| panic!("no URL in `{line}`"))
            .to_string();
        let host_port = url
            .trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap_or_default();
        let addr = host_port
            .parse()
            .unwrap_or_else(|_| panic!("bad URL {url}"));
        Serve { proc, addr, url }
    }
}

/// The live-reload event stream of a page, parsed on a thread of its own.
struct Events {
    rx: Receiver<(String, String)>,
}

impl Events {
    fn open(addr: SocketAddr) -> Events {
        let stream = connect(addr, "/__partnerbook/events");
        stream.set_read_timeout(None).expect("no timeout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let (mut name, mut data) = (String::new(), String::new());
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { return };
                if let Some(v) = line.strip_prefix("event: ") {
                    name = v.to_string();
                } else if let Some(v) = line.strip_prefix("data: ") {
                    data = v.to_string();
                } else if line.is_empty() && !name.is_empty() {
                    let event = (std::mem::take(&mut name), std::mem::take(&mut data));
                    if tx.send(event).is_err() {
                        return;
                    }
                }
            }
        });
        Events { rx }
    }

    /// The next event: its name and its JSON data.
    fn next(&self) -> (String, Value) {
        let (name, data) = self
            .rx
            .recv_timeout(WAIT)
            .expect("an event within the wait");
        let value = serde_json::from_str(&data).unwrap_or(Value::Null);
        (name, value)
    }
}

#[test]
fn a_busy_port_that_was_asked_for_exits_2_before_building() {
    let plan = PlanTest::init();
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let mut args: Vec<String> = vec!["serve".into(), "--no-pdf".into()];
    args.extend(plan.args());
    args.extend(["--port".to_string(), port.clone()]);
    let started = Instant::now();
    let mut s = Running::start(args);
    let status = s.wait_exit();
    assert_eq!(status.code(), Some(2), "{}", s.log());
    let log = s.log();
    assert!(log.contains(&format!("127.0.0.1:{port}")), "{log}");
    assert!(log.contains("busy"), "{log}");
    assert!(
        !log.contains("initial build"),
        "built before failing:\n{log}"
    );
    assert!(!plan.output().exists(), "output written before failing");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn pages_are_served_with_the_script_injected() {
    let plan = PlanTest::init();
    let s = Serve::start(&plan, &[]);
    assert!(s.url.starts_with("http://127.0.0.1:"), "{}", s.url);
    for (path, file) in [
        ("/", "index.html"),
        ("/partners/bluefin-data.html", "partners/bluefin-data.html"),
        ("/handbook/", "handbook/index.html"),
    ] {
        let r = get(s.addr, path);
        assert_eq!(r.status, 200, "{path}");
        assert!(r
            .header("Content-Type")
            .is_some_and(|t| t.starts_with("text/html")));
        assert_eq!(r.header("Cache-Control"), Some("no-store"));
        let page = r.text();
        assert_eq!(page.matches(SCRIPT_TAG).count(), 1, "{path}");
        assert!(page.contains(&format!("{SCRIPT_TAG}</body>")), "{path}");
        // Apart from the script, the page is the built file byte for byte.
        assert_eq!(
            page.replacen(SCRIPT_TAG, "", 1),
            plan.read_out(file),
            "{path}"
        );
    }
    let css = get(s.addr, "/assets/style.css");
    assert_eq!(css.status, 200);
    assert!(css
        .header("Content-Type")
        .is_some_and(|t| t.starts_with("text/css")));
    let built = std::fs::read(plan.out("assets/style.css")).expect("css");
    assert!(css.body == built, "stylesheet differs from the built file");
    let js = get(s.addr, "/__partnerbook/live.js");
    assert_eq!(js.status, 200);
    assert!(js.text().contains("EventSource"));
    let missing = get(s.addr, "/partners/nobody.html");
    assert_eq!(missing.status, 404);
    assert!(missing.text().contains(SCRIPT_TAG));
    assert_eq!(get(s.addr, "/../../etc/passwd").status, 400);
}

#[test]
fn events_reload_after_the_files_are_written_and_report_errors() {
    let plan = PlanTest::init();
    let s = Serve::start(&plan, &[]);
    let page = plan.out("partners/bluefin-data.html");
    let events = Events::open(s.addr);
    let (name, hello) = events.next();
    assert_eq!(name, "hello");
    assert!(hello["instance"].is_string(), "{hello}");

    plan.replace(BLUEFIN, "small healthcare clinics", "small served clinics");
    let (name, _) = events.next();
    assert_eq!(name, "reload");
    // The files are in place when the reload goes out.
    let body = std::fs::read_to_string(&page).expect("page");
    assert!(body.contains("small served clinics"));
    assert!(get(s.addr, "/partners/bluefin-data.html")
        .text()
        .contains("small served clinics"));

    plan.replace(BLUEFIN, "icp_overlap: 40", "icp_overlap: 400");
    let (name, errors) = events.next();
    assert_eq!(name, "errors");
    let first = &errors[0];
    assert_eq!(first["severity"], "error", "{errors}");
    assert_eq!(first["file"], BLUEFIN, "{errors}");
    assert!(first["line"].as_u64().is_some_and(|l| l > 1), "{errors}");
    assert!(first["rule"].as_str().is_some_and(|r| !r.is_empty()));
    // A page opened while the plan is broken sees the errors at once.
    let late = Events::open(s.addr);
    assert_eq!(late.next().0, "hello");
    assert_eq!(late.next(), ("errors".to_string(), errors.clone()));
    // The last good page is still served.
    assert!(get(s.addr, "/partners/bluefin-data.html")
        .text()
        .contains("small served clinics"));

    plan.replace(BLUEFIN, "icp_overlap: 400", "icp_overlap: 40");
    assert_eq!(events.next().0, "reload");
    assert_eq!(late.next().0, "reload");
    let fresh = Events::open(s.addr);
    assert_eq!(fresh.next().0, "hello");
    assert!(
        fresh.rx.recv_timeout(Duration::from_millis(300)).is_err(),
        "errors still reported after the fix"
    );
}

#[test]
fn a_stylesheet_edit_swaps_css_without_a_reload() {
    let plan = PlanTest::init();
    let theme = plan.root().join("theme");
    let css = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/assets/style.css"),
    )
    .expect("default stylesheet");
    plan.write_beside("theme/assets/style.css", &css);
    let s = Serve::start(&plan, &["--theme", theme.to_str().expect("utf-8")]);
    let events = Events::open(s.addr);
    assert_eq!(events.next().0, "hello");
    let updated = format!("{css}\n.partnerbook-test {{ color: red; }}\n");
    plan.write_beside("theme/assets/style.css", &updated);
    assert_eq!(events.next().0, "css");
    assert!(get(s.addr, "/assets/style.css")
        .text()
        .contains(".partnerbook-test"));
}

#[test]
fn a_base_path_serves_the_site_under_it() {
    let plan = PlanTest::init();
    let s = Serve::start(&plan, &["--base-url", "/handbook-site/"]);
    assert!(s.url.ends_with("/handbook-site/"), "{}", s.url);
    let root = get(s.addr, "/");
    assert_eq!(root.status, 302);
    assert_eq!(root.header("Location"), Some("/handbook-site/"));
    let index = get(s.addr, "/handbook-site/");
    assert_eq!(index.status, 200);
    assert!(index
        .text()
        .contains("<script src=\"/handbook-site/__partnerbook/live.js\"></script>"));
    assert_eq!(
        get(s.addr, "/handbook-site/__partnerbook/live.js").status,
        200
    );
}

#[test]
fn sigterm_stops_the_server_and_frees_the_port() {
    let plan = PlanTest::init();
    let mut s = Serve::start(&plan, &[]);
    assert_eq!(get(s.addr, "/").status, 200);
    s.proc.terminate();
    let status = s.proc.wait_exit();
    assert_eq!(status.code(), Some(0), "{}", s.proc.log());
    let free = wait_until(WAIT, || TcpListener::bind(s.addr).is_ok());
    assert!(free, "port {} still taken", s.addr);
}

/// Whether the page shows the error overlay naming `text`.
fn overlay_shows(text: &str) -> String {
    format!(
        "(() => {{ const h = document.querySelector('partnerbook-overlay'); \
         const t = h && h.shadowRoot ? h.shadowRoot.textContent : ''; \
         return t.includes('build failed') && t.includes({text:?}); }})()"
    )
}

#[test]
fn chromium_reloads_on_an_edit_and_shows_the_overlay_on_an_invalid_one() {
    let Some(bin) = support::chromium() else {
        return;
    };
    let plan = PlanTest::init();
    let s = Serve::start(&plan, &[]);
    let chromium = Chromium::start(&bin);
    let mut page = chromium.page();
    page.call("Network.enable", json!({}));
    let url = format!("{}partners/bluefin-data.html", s.url);
    let since = page.mark();
    page.call("Page.navigate", json!({ "url": url }));
    let hello = |p: &Value| p["eventName"] == "hello";
    page.wait_event(since, "Network.eventSourceMessageReceived", hello);
    assert_eq!(page.eval("document.title.includes('Bluefin')"), json!(true));
    page.eval("window.__pbMarker = 'before the edit'");

    // A valid edit reloads the page with the new content.
    let since = page.mark();
    plan.replace(
        BLUEFIN,
        "small healthcare clinics",
        "small reloaded clinics",
    );
    let reloaded = page.wait_for(
        "window.__pbMarker === undefined && document.body.innerText.includes('small reloaded clinics')",
        WAIT,
    );
    assert!(
        reloaded.is_some(),
        "no reload; server log:\n{}\n{}",
        s.proc.log(),
        chromium.log()
    );
    page.wait_event(since, "Network.eventSourceMessageReceived", hello);
    page.eval("window.__pbMarker = 'before the invalid edit'");

    // An invalid edit keeps the page and shows what broke over it.
    plan.replace(BLUEFIN, "icp_overlap: 40", "icp_overlap: 400");
    let shown = page.wait_for(&overlay_shows("partners/bluefin-data.md"), WAIT);
    assert!(shown.is_some(), "no overlay; server log:\n{}", s.proc.log());
    assert_eq!(page.eval(&overlay_shows("score.range")), json!(true));
    assert_eq!(
        page.eval("window.__pbMarker"),
        json!("before the invalid edit")
    );
    assert_eq!(
        page.eval("document.body.innerText.includes('small reloaded clinics')"),
        json!(true)
    );

    // The fix reloads the page and the overlay is gone.
    plan.replace(BLUEFIN, "icp_overlap: 400", "icp_overlap: 40");
    let recovered = page.wait_for(
        "window.__pbMarker === undefined && !document.querySelector('partnerbook-overlay') \
         && document.body.innerText.includes('small reloaded clinics')",
        WAIT,
    );
    assert!(
        recovered.is_some(),
        "no recovery; server log:\n{}",
        s.proc.log()
    );
}

#[test]
fn a_plan_with_errors_shows_no_good_build_yet_until_it_builds() {
    let plan = PlanTest::init();
    plan.replace(BLUEFIN, "icp_overlap: 40", "icp_overlap: 400");
    let s = Serve::start(&plan, &[]);
    let page = get(s.addr, "/partners/bluefin-data.html");
    assert_eq!(page.status, 503, "{}", page.text());
    let text = page.text();
    assert!(text.contains("No good build yet"), "{text}");
    assert!(
        text.contains("score.range") && text.contains(BLUEFIN),
        "{text}"
    );
    let Some(bin) = support::chromium() else {
        return;
    };
    let chromium = Chromium::start(&bin);
    let mut cdp = chromium.page();
    cdp.call("Network.enable", json!({}));
    let since = cdp.mark();
    cdp.call("Page.navigate", json!({ "url": s.url.clone() }));
    let hello = |p: &Value| p["eventName"] == "hello";
    cdp.wait_event(since, "Network.eventSourceMessageReceived", hello);
    let overlay = "(() => { const h = document.querySelector('partnerbook-overlay'); \
         return h && h.shadowRoot ? h.shadowRoot.textContent : ''; })()";
    let shown = cdp.wait_for(overlay, WAIT).unwrap_or_default();
    let shown = shown.as_str().unwrap_or("");
    assert!(shown.contains("There is no good build yet"), "{shown}");
    assert!(!shown.contains("last good build"), "{shown}");
    assert!(shown.contains("score.range"), "{shown}");
    if let Some(axe_js) = axe::source() {
        for scheme in ["light", "dark"] {
            cdp.color_scheme(scheme);
            let found = axe::violations(&mut cdp, &axe_js, &axe::WCAG21_AA);
            assert!(found.is_empty(), "{scheme}:\n{}", found.join("\n"));
        }
    }

    // The fix builds the site, and the page turns into it.
    plan.replace(BLUEFIN, "icp_overlap: 400", "icp_overlap: 40");
    let built = cdp.wait_for(
        "!document.querySelector('meta[name=partnerbook-no-build]') \
         && !document.querySelector('partnerbook-overlay') && document.title.startsWith('Dashboard')",
        WAIT,
    );
    assert!(
        built.is_some(),
        "no reload into the site; server log:\n{}",
        s.proc.log()
    );
}
