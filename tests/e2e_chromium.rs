//! End to end in a real browser: the example plan's site opened from `file://` in
//! headless Chromium, driven over the DevTools protocol. The test follows links from
//! the dashboard, runs a search from the header and on the search page, opens the
//! navigation drawer at phone width, and requires that no page logs a console error,
//! throws, or requests anything from another host.
//!
//! Skips (with a message) when Chromium is not installed; CI installs it.

mod site_support;

use serde_json::{json, Value};
use site_support::Built;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PARTNERBOOK_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// A headless Chromium, killed when dropped.
struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts Chromium and returns it with its browser-level DevTools WebSocket URL.
fn launch(bin: &Path) -> (Browser, String) {
    let profile = tempfile::tempdir().expect("profile dir");
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-sync",
            "--no-first-run",
            "--mute-audio",
            "--remote-debugging-port=0",
            "--window-size=1280,900",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chromium");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(i) = line.find("ws://") {
                let _ = tx.send(line[i..].trim().to_string());
            }
        }
    });
    let url = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("chromium did not print its DevTools URL");
    (
        Browser {
            child,
            _profile: profile,
        },
        url,
    )
}

/// A minimal DevTools protocol client over one WebSocket, with a flat page session.
struct Cdp {
    ws: WebSocket<TcpStream>,
    next: u64,
    session: Option<String>,
    events: Vec<Value>,
}

impl Cdp {
    fn connect(url: &str) -> Cdp {
        let hostport = url
            .trim_start_matches("ws://")
            .split('/')
            .next()
            .expect("host:port");
        let stream = TcpStream::connect(hostport).expect("connect to DevTools");
        // the handshake gets a generous timeout; reads afterwards poll every 200 ms
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        let (ws, _) = tungstenite::client(url, stream).expect("WebSocket handshake");
        ws.get_ref()
            .set_read_timeout(Some(Duration::from_millis(200)))
            .expect("timeout");
        Cdp {
            ws,
            next: 0,
            session: None,
            events: Vec::new(),
        }
    }

    /// Reads one message, or `None` after the read timeout.
    fn read(&mut self) -> Option<Value> {
        match self.ws.read() {
            Ok(Message::Text(t)) => serde_json::from_str(t.as_str()).ok(),
            Ok(_) => None,
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                None
            }
            Err(e) => panic!("DevTools connection failed: {e}"),
        }
    }

    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if let Some(s) = &self.session {
            msg["sessionId"] = json!(s);
        }
        self.ws
            .send(Message::Text(msg.to_string().into()))
            .expect("send");
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            let Some(v) = self.read() else { continue };
            if v["id"] == json!(id) {
                assert!(v.get("error").is_none(), "{method} failed: {v}");
                return v["result"].clone();
            }
            self.events.push(v);
        }
        panic!("no reply to {method}");
    }

    /// Waits for an event, looking first at the events already received.
    fn wait_event(&mut self, method: &str, since: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if self.events[since..].iter().any(|e| e["method"] == method) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {method}");
            if let Some(v) = self.read() {
                self.events.push(v);
            }
        }
    }

    fn eval(&mut self, expr: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": expr, "returnByValue": true, "awaitPromise": true}),
        );
        assert!(
            r.get("exceptionDetails").is_none(),
            "`{expr}` threw: {}",
            r["exceptionDetails"]
        );
        r["result"]["value"].clone()
    }

    /// Evaluates `expr` until it is truthy.
    fn wait_for(&mut self, expr: &str) -> Value {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let v = self.eval(expr);
            if !(v.is_null() || v == json!(false) || v == json!(0) || v == json!("")) {
                return v;
            }
            assert!(Instant::now() < deadline, "timed out waiting for `{expr}`");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn goto(&mut self, url: &str) {
        let since = self.events.len();
        self.call("Page.navigate", json!({ "url": url }));
        self.wait_event("Page.loadEventFired", since);
    }

    /// Runs `expr` (which navigates) and waits for the next page load.
    fn navigate_by(&mut self, expr: &str) {
        let since = self.events.len();
        self.eval(expr);
        self.wait_event("Page.loadEventFired", since);
    }

    fn location(&mut self) -> String {
        self.eval("location.href")
            .as_str()
            .unwrap_or("")
            .to_string()
    }
}

fn file_url(p: &Path) -> String {
    format!("file://{}", p.display())
}

#[test]
fn site_works_in_headless_chromium() {
    let Some(bin) = find_chromium() else {
        eprintln!(
            "SKIPPED: chromium is not installed (apt-get install -y chromium); the browser test did not run"
        );
        return;
    };
    let site = Built::example(&[]);
    let (_browser, ws_url) = launch(&bin);
    let mut cdp = Cdp::connect(&ws_url);
    let target = cdp.call("Target.createTarget", json!({"url": "about:blank"}));
    let attached = cdp.call(
        "Target.attachToTarget",
        json!({"targetId": target["targetId"], "flatten": true}),
    );
    cdp.session = attached["sessionId"].as_str().map(str::to_string);
    for domain in [
        "Page.enable",
        "Runtime.enable",
        "Log.enable",
        "Network.enable",
    ] {
        cdp.call(domain, json!({}));
    }

    // the dashboard
    cdp.goto(&file_url(&site.out.join("index.html")));
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
    cdp.wait_for("document.querySelectorAll('#search-results a[role=option]').length");
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
    cdp.goto(&format!(
        "{}?q=co-sell",
        file_url(&site.out.join("search.html"))
    ));
    let n = cdp.wait_for("document.querySelectorAll('#search-page-results a').length");
    assert!(n.as_u64().unwrap_or(0) >= 2, "{n}");

    // a handbook page's on-this-page anchor
    cdp.goto(&file_url(
        &site.out.join("handbook/playbooks/co-sell-playbook.html"),
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
    cdp.goto(&file_url(&site.out.join("roadmap.html")));
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
    for e in &cdp.events {
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
