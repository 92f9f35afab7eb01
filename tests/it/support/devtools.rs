//! A headless Chromium driven over the DevTools protocol (a websocket to its first
//! page), for the browser tests: the site opened from `file://`, and a served page
//! that reloads and shows the error overlay. Chromium runs with a throwaway profile;
//! dropping the guard closes the browser (`Browser.close`, which ends all of its
//! processes) and kills the browser process by its id if it lingers.

use super::{http, wait_until};
use serde_json::{json, Value};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

/// How long one read on the websocket blocks before the deadline is checked again.
const READ_SLICE: Duration = Duration::from_millis(50);

/// How long a command or an event may take.
const ANSWER: Duration = Duration::from_secs(30);

/// A running headless Chromium.
pub struct Chromium {
    child: Child,
    profile: tempfile::TempDir,
    devtools: SocketAddr,
}

impl Chromium {
    /// Starts Chromium (found with [`super::chromium`]) in a desktop-sized window.
    pub fn start(bin: &Path) -> Chromium {
        let profile = tempfile::tempdir().unwrap_or_else(|e| panic!("profile dir: {e}"));
        let log = std::fs::File::create(profile.path().join("chromium.log"))
            .unwrap_or_else(|e| panic!("chromium log file: {e}"));
        let child = Command::new(bin)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-default-apps",
                "--disable-sync",
                "--mute-audio",
                "--no-first-run",
                "--no-default-browser-check",
                "--window-size=1280,900",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", bin.display()));
        let mut chromium = Chromium {
            child,
            profile,
            devtools: SocketAddr::from(([127, 0, 0, 1], 0)),
        };
        chromium.devtools = chromium.wait_for_port();
        chromium
    }

    /// Chromium writes its DevTools port into the profile once it listens.
    fn wait_for_port(&self) -> SocketAddr {
        let file = self.profile.path().join("DevToolsActivePort");
        let mut port = None;
        let found = wait_until(Duration::from_secs(30), || {
            port = std::fs::read_to_string(&file)
                .ok()
                .and_then(|t| t.lines().next().and_then(|l| l.trim().parse::<u16>().ok()));
            port.is_some()
        });
        assert!(found, "chromium did not start:\n{}", self.log());
        SocketAddr::from(([127, 0, 0, 1], port.unwrap_or_default()))
    }

    /// The end of Chromium's own stderr, for failure messages.
    pub fn log(&self) -> String {
        let text = std::fs::read_to_string(self.profile.path().join("chromium.log"));
        let text = text.unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    /// The first page (tab) of the browser.
    pub fn page(&self) -> Page {
        let mut url = None;
        let ok = wait_until(Duration::from_secs(10), || {
            let Some(list) = http::fetch(self.devtools, "/json/list", "HTTP/1.1") else {
                return false;
            };
            let targets: Value = serde_json::from_slice(&list.body).unwrap_or(Value::Null);
            url = targets.as_array().and_then(|all| {
                all.iter()
                    .find(|t| t["type"] == "page")
                    .and_then(|t| t["webSocketDebuggerUrl"].as_str())
                    .map(str::to_string)
            });
            url.is_some()
        });
        assert!(ok, "no page target:\n{}", self.log());
        let url = url.unwrap_or_default();
        let stream = TcpStream::connect(self.devtools)
            .unwrap_or_else(|e| panic!("connect to devtools: {e}"));
        // The handshake gets a generous timeout (a busy machine answers slowly); reads
        // afterwards return every slice to look at their deadline.
        stream
            .set_read_timeout(Some(ANSWER))
            .unwrap_or_else(|e| panic!("read timeout: {e}"));
        let (ws, _) = tungstenite::client(url.as_str(), stream)
            .unwrap_or_else(|e| panic!("devtools handshake: {e}"));
        ws.get_ref()
            .set_read_timeout(Some(READ_SLICE))
            .unwrap_or_else(|e| panic!("read timeout: {e}"));
        Page {
            ws,
            next_id: 0,
            events: Vec::new(),
        }
    }

    /// Asks the browser to close itself and all of its processes.
    fn close(&self) {
        let file = self.profile.path().join("DevToolsActivePort");
        let Some(path) = std::fs::read_to_string(file)
            .ok()
            .and_then(|t| t.lines().nth(1).map(str::to_string))
        else {
            return;
        };
        let Ok(stream) = TcpStream::connect(self.devtools) else {
            return;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        let url = format!("ws://{}{path}", self.devtools);
        if let Ok((mut ws, _)) = tungstenite::client(url.as_str(), stream) {
            let close = json!({ "id": 1, "method": "Browser.close" });
            let _ = ws.send(Message::text(close.to_string()));
            let _ = ws.read();
        }
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        self.close();
        let child = &mut self.child;
        let exited = wait_until(Duration::from_secs(5), || {
            child.try_wait().ok().flatten().is_some()
        });
        if !exited {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// One page, driven by DevTools commands. Every event that arrives is kept, in
/// order; [`Page::mark`] and [`Page::wait_event`] look for one after a point.
pub struct Page {
    ws: WebSocket<TcpStream>,
    next_id: u64,
    events: Vec<Value>,
}

impl Page {
    /// Sends a command and waits for its answer; panics when it fails.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let msg = json!({ "id": id, "method": method, "params": params });
        self.ws
            .send(Message::text(msg.to_string()))
            .unwrap_or_else(|e| panic!("send {method}: {e}"));
        let deadline = Instant::now() + ANSWER;
        loop {
            let msg = self
                .read_until(deadline)
                .unwrap_or_else(|| panic!("no answer to {method}"));
            if msg["id"] == id {
                assert!(msg.get("error").is_none(), "{method} failed: {msg}");
                return msg["result"].clone();
            }
            self.events.push(msg);
        }
    }

    /// Every event received so far.
    pub fn events(&self) -> &[Value] {
        &self.events
    }

    /// A point in the event log: [`Page::wait_event`] from here sees only later events.
    pub fn mark(&self) -> usize {
        self.events.len()
    }

    /// Waits for an event `method`, received at `since` or later, whose params satisfy
    /// `pred`; returns its params.
    pub fn wait_event(
        &mut self,
        since: usize,
        method: &str,
        pred: impl Fn(&Value) -> bool,
    ) -> Value {
        let deadline = Instant::now() + ANSWER;
        let matches = |m: &Value| m["method"] == method && pred(&m["params"]);
        loop {
            let found = self.events.iter().skip(since).find(|m| matches(m));
            if let Some(m) = found {
                return m["params"].clone();
            }
            let msg = self
                .read_until(deadline)
                .unwrap_or_else(|| panic!("no {method} event"));
            self.events.push(msg);
        }
    }

    /// Evaluates a JavaScript expression in the page (awaiting a promise) and returns
    /// its value; panics when it throws.
    pub fn eval(&mut self, expression: &str) -> Value {
        self.try_eval(expression)
            .unwrap_or_else(|e| panic!("`{expression}` threw: {e}"))
    }

    /// Evaluates a JavaScript expression: its value, or the exception it threw.
    pub fn try_eval(&mut self, expression: &str) -> Result<Value, Value> {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        );
        match r.get("exceptionDetails") {
            Some(e) => Err(e.clone()),
            None => Ok(r["result"]["value"].clone()),
        }
    }

    /// Evaluates `expression` every 50 ms until its value is truthy and returns it;
    /// `None` after `limit`. A throw (a page halfway through loading) counts as false.
    pub fn wait_for(&mut self, expression: &str, limit: Duration) -> Option<Value> {
        let deadline = Instant::now() + limit;
        loop {
            let v = self.try_eval(expression).unwrap_or(Value::Null);
            let falsy = v.is_null() || v == json!(false) || v == json!(0) || v == json!("");
            if !falsy {
                return Some(v);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Opens `url` and waits for its load event.
    pub fn goto(&mut self, url: &str) {
        let since = self.mark();
        self.call("Page.navigate", json!({ "url": url }));
        self.wait_event(since, "Page.loadEventFired", |_| true);
    }

    /// Runs `expression` (which navigates) and waits for the next page load.
    pub fn navigate_by(&mut self, expression: &str) {
        let since = self.mark();
        self.eval(expression);
        self.wait_event(since, "Page.loadEventFired", |_| true);
    }

    /// The page's current URL.
    pub fn location(&mut self) -> String {
        self.eval("location.href")
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Emulates a window `width` × `height` CSS pixels wide; `mobile` as a phone (a
    /// touch screen at twice the pixel density).
    pub fn viewport(&mut self, width: u32, height: u32, mobile: bool) {
        let scale = if mobile { 2 } else { 1 };
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile}),
        );
    }

    /// Emulates the reader's preferred colour scheme, `"light"` or `"dark"`.
    pub fn color_scheme(&mut self, scheme: &str) {
        self.call(
            "Emulation.setEmulatedMedia",
            json!({"features": [{"name": "prefers-color-scheme", "value": scheme}]}),
        );
    }

    /// Writes a PNG of the whole page (not only the window) to `path`.
    pub fn screenshot(&mut self, path: &Path) {
        let size = self
            .eval("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
        let w = size[0].as_f64().unwrap_or(1280.0);
        let h = size[1].as_f64().unwrap_or(900.0).min(16_000.0);
        let shot = self.call(
            "Page.captureScreenshot",
            json!({"format": "png", "captureBeyondViewport": true,
                   "clip": {"x": 0, "y": 0, "width": w, "height": h, "scale": 1}}),
        );
        let data = shot["data"].as_str().unwrap_or("");
        let bytes = base64_decode(data);
        std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }

    fn read_until(&mut self, deadline: Instant) -> Option<Value> {
        while Instant::now() < deadline {
            match self.ws.read() {
                Ok(Message::Text(text)) => {
                    return Some(serde_json::from_str(text.as_str()).unwrap_or(Value::Null))
                }
                Ok(_) => {}
                Err(tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) => {}
                Err(e) => panic!("devtools connection: {e}"),
            }
        }
        None
    }
}

/// Decodes standard base64 (as DevTools sends screenshots); invalid characters are skipped.
fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in text.bytes().filter_map(value) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}
