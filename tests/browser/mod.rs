//! A headless Chromium driven over the DevTools protocol (a websocket), for tests
//! that watch a served page reload and show the error overlay. Chromium runs with a
//! throwaway profile; dropping the guard closes the browser (`Browser.close`, which
//! ends all of its processes) and kills the browser process by its id if it lingers.

use serde_json::{json, Value};
use std::collections::VecDeque;
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

/// Where Debian installs Chromium.
const CHROMIUM: &str = "/usr/bin/chromium";

/// How long one read on the websocket blocks before the deadline is checked again.
const READ_SLICE: Duration = Duration::from_millis(50);

/// The Chromium binary, or `None` (with a message) when the test should be skipped.
/// With `CI` set, a missing Chromium fails the test instead.
pub fn chromium_or_skip(test: &str) -> Option<PathBuf> {
    let path = PathBuf::from(CHROMIUM);
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{test}: {CHROMIUM} is required when CI is set (install Debian's `chromium`)"
    );
    eprintln!("skipping {test}: {CHROMIUM} not found (install Debian's `chromium` to run it)");
    None
}

/// A running headless Chromium.
pub struct Chromium {
    child: Child,
    profile: tempfile::TempDir,
    devtools: SocketAddr,
}

impl Chromium {
    pub fn start(bin: &Path) -> Chromium {
        let profile = tempfile::tempdir().expect("profile dir");
        let log = std::fs::File::create(profile.path().join("chromium.log")).expect("log file");
        let child = Command::new(bin)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-extensions",
                "--disable-background-networking",
                "--no-first-run",
                "--no-default-browser-check",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start chromium");
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
        let found = crate::live::wait_until(Duration::from_secs(15), || {
            port = std::fs::read_to_string(&file)
                .ok()
                .and_then(|t| t.lines().next().and_then(|l| l.trim().parse::<u16>().ok()));
            port.is_some()
        });
        assert!(found, "chromium did not start:\n{}", self.log());
        SocketAddr::from(([127, 0, 0, 1], port.unwrap_or_default()))
    }

    /// Chromium's own stderr, for failure messages.
    pub fn log(&self) -> String {
        let text = std::fs::read_to_string(self.profile.path().join("chromium.log"));
        let text = text.unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    /// The first page (tab) of the browser.
    pub fn page(&self) -> Page {
        let mut url = None;
        let ok = crate::live::wait_until(Duration::from_secs(10), || {
            let Some(list) = crate::live::fetch(self.devtools, "/json/list", "HTTP/1.1") else {
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
        let stream = TcpStream::connect(self.devtools).expect("connect to devtools");
        stream.set_read_timeout(Some(READ_SLICE)).expect("timeout");
        let (ws, _) = tungstenite::client(url.as_str(), stream).expect("devtools handshake");
        Page {
            ws,
            next_id: 0,
            events: VecDeque::new(),
        }
    }
}

impl Chromium {
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
        let exited = crate::live::wait_until(Duration::from_secs(5), || {
            child.try_wait().ok().flatten().is_some()
        });
        if !exited {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// One page, driven by DevTools commands; events that arrive meanwhile are kept.
pub struct Page {
    ws: WebSocket<TcpStream>,
    next_id: u64,
    events: VecDeque<Value>,
}

impl Page {
    /// Sends a command and waits for its answer.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let msg = json!({ "id": id, "method": method, "params": params });
        self.ws
            .send(Message::text(msg.to_string()))
            .expect("send command");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let msg = self
                .read_until(deadline)
                .unwrap_or_else(|| panic!("no answer to {method}"));
            if msg["id"] == id {
                assert!(msg.get("error").is_none(), "{method} failed: {msg}");
                return msg["result"].clone();
            }
            self.events.push_back(msg);
        }
    }

    /// Waits for an event `method` whose params satisfy `pred`; consumes it.
    pub fn wait_event(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + Duration::from_secs(10);
        let matches = |m: &Value| m["method"] == method && pred(&m["params"]);
        loop {
            if let Some(i) = self.events.iter().position(matches) {
                return self.events.remove(i).unwrap_or_default();
            }
            let msg = self
                .read_until(deadline)
                .unwrap_or_else(|| panic!("no {method} event"));
            self.events.push_back(msg);
        }
    }

    /// Evaluates a JavaScript expression in the page and returns its value.
    pub fn eval(&mut self, expression: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true }),
        );
        r["result"]["value"].clone()
    }

    /// Evaluates `expression` every 50 ms until it is `true`; false after `limit`.
    pub fn wait_true(&mut self, expression: &str, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if self.eval(expression) == Value::Bool(true) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
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
