//! Harness for tests that run `partnerbook watch` and `partnerbook serve` as real
//! processes: a temporary plan made by `partnerbook init`, a child process guard that
//! collects stderr line by line and kills the process when dropped, bounded waits, and
//! snapshots of the output directory.

#![allow(dead_code)] // each test binary uses a different part of this module

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// The date every test checks against (the example plan is written for it).
pub const TODAY: &str = "2026-11-24";

/// How long any single wait may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(10);

/// How often waits look again.
const POLL: Duration = Duration::from_millis(5);

/// The binary under test.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_partnerbook")
}

/// A plan written by `partnerbook init` in a temporary directory, with room for an
/// output directory next to it.
pub struct Plan {
    tmp: tempfile::TempDir,
    pub content: PathBuf,
    pub output: PathBuf,
}

impl Plan {
    pub fn init() -> Plan {
        let tmp = tempfile::tempdir().expect("temp dir");
        let content = tmp.path().join("content");
        let output = tmp.path().join("output");
        let out = Command::new(bin())
            .arg("init")
            .arg(&content)
            .output()
            .expect("run partnerbook init");
        assert!(
            out.status.success(),
            "init failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Plan {
            tmp,
            content,
            output,
        }
    }

    /// The temporary directory holding the plan.
    pub fn root(&self) -> &Path {
        self.tmp.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.content.join(rel)
    }

    pub fn out(&self, rel: &str) -> PathBuf {
        self.output.join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    /// Overwrites a content file in place (truncate and write, same inode).
    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, text).unwrap_or_else(|e| panic!("write {rel}: {e}"));
    }

    /// Replaces the first `old` (which must occur) in a content file, in place.
    pub fn replace(&self, rel: &str, old: &str, new: &str) {
        let text = self.read(rel);
        assert!(text.contains(old), "`{old}` not found in {rel}");
        self.write(rel, &text.replacen(old, new, 1));
    }

    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.path(rel)).unwrap_or_else(|e| panic!("remove {rel}: {e}"));
    }

    /// Reads an output file, or an empty string while it does not exist.
    pub fn read_out(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out(rel)).unwrap_or_default()
    }

    /// The arguments every watch and serve test passes: content, output and today.
    pub fn args(&self) -> Vec<String> {
        vec![
            "--content".into(),
            self.content.display().to_string(),
            "--output".into(),
            self.output.display().to_string(),
            "--today".into(),
            TODAY.into(),
        ]
    }

    /// Runs `partnerbook build --no-pdf` into `out`; panics when it fails.
    pub fn fresh_build(&self, out: &Path) {
        let o = Command::new(bin())
            .args(["build", "--no-pdf", "--today", TODAY, "--content"])
            .arg(&self.content)
            .arg("--output")
            .arg(out)
            .env("NO_COLOR", "1")
            .output()
            .expect("run partnerbook build");
        assert!(
            o.status.success(),
            "fresh build failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

/// A partner file for the example plan: a copy of Bluefin Data Partners (an
/// opportunistic reseller nothing else refers to) under another name.
pub fn partner_like_bluefin(plan: &Plan, name: &str) -> String {
    plan.read("partners/bluefin-data.md").replacen(
        "name: Bluefin Data Partners",
        &format!("name: {name}"),
        1,
    )
}

/// A running `partnerbook` process. Its stderr is collected line by line; dropping
/// the guard kills the process and reaps it.
pub struct Running {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// Starts `partnerbook ARGS` with colours off and no `SOURCE_DATE_EPOCH`.
    pub fn start<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Running {
        let mut child = Command::new(bin())
            .args(args)
            .env("NO_COLOR", "1")
            .env_remove("SOURCE_DATE_EPOCH")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start partnerbook");
        let stderr = child.stderr.take().expect("stderr pipe");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&lines);
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                sink.lock().expect("log lock").push(line);
            }
        });
        Running {
            child,
            lines,
            reader: Some(reader),
        }
    }

    /// `partnerbook watch` on `plan` with `extra` arguments; returns once it watches.
    pub fn watch(plan: &Plan, extra: &[&str]) -> Running {
        let mut args: Vec<String> = vec!["watch".into()];
        args.extend(plan.args());
        args.extend(extra.iter().map(|s| s.to_string()));
        let r = Running::start(&args);
        r.wait_line("the watcher to start", |l| l.starts_with("watching "));
        r
    }

    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// Everything written to stderr so far.
    pub fn lines(&self) -> Vec<String> {
        self.lines.lock().expect("log lock").clone()
    }

    pub fn log(&self) -> String {
        self.lines().join("\n")
    }

    /// The rebuild log lines (`changed …: …`) so far.
    pub fn rebuilds(&self) -> Vec<String> {
        self.lines()
            .into_iter()
            .filter(|l| l.starts_with("changed "))
            .collect()
    }

    /// Waits for a stderr line matching `pred`; returns it. Panics with the log after
    /// [`WAIT`].
    pub fn wait_line(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        self.wait_line_after(0, what, pred)
    }

    /// As [`Running::wait_line`], considering only lines from index `from` on.
    pub fn wait_line_after(&self, from: usize, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let mut found = None;
        let ok = wait_until(WAIT, || {
            found = self.lines().into_iter().skip(from).find(|l| pred(l));
            found.is_some()
        });
        assert!(ok, "timed out waiting for {what}; log:\n{}", self.log());
        found.unwrap_or_default()
    }

    /// Waits for rebuild number `n` (counting from 1) and returns its log line.
    pub fn wait_rebuild(&self, n: usize) -> String {
        let ok = wait_until(WAIT, || self.rebuilds().len() >= n);
        assert!(
            ok,
            "timed out waiting for rebuild {n}; log:\n{}",
            self.log()
        );
        self.rebuilds()[n - 1].clone()
    }

    /// Whether the process has exited (and how).
    pub fn exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// Waits for the process to exit; panics after [`WAIT`].
    pub fn wait_exit(&mut self) -> ExitStatus {
        let mut status = None;
        let ok = wait_until(WAIT, || {
            status = self.exited();
            status.is_some()
        });
        assert!(ok, "process did not exit; log:\n{}", self.log());
        self.join_reader();
        status.expect("exit status")
    }

    /// Sends SIGTERM (what Ctrl-C's handler also answers to).
    pub fn terminate(&self) {
        // The explicit `-s TERM -- PID` form: procps' kill reads some shorter forms
        // differently from what they look like.
        assert!(self.id() > 1, "refusing to signal pid {}", self.id());
        let ok = Command::new("kill")
            .args(["-s", "TERM", "--"])
            .arg(self.id().to_string())
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "kill -TERM failed");
    }

    fn join_reader(&mut self) {
        if let Some(r) = self.reader.take() {
            let _ = r.join();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.join_reader();
    }
}

/// Calls `cond` every few milliseconds until it holds or `limit` passes.
pub fn wait_until(limit: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + limit;
    loop {
        if cond() {
            return true;
        }
        if Instant::now() >= end {
            return false;
        }
        std::thread::sleep(POLL);
    }
}

/// Every file below `dir` (relative path with `/`, bytes).
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walk(dir)
        .into_iter()
        .map(|(rel, path)| {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("read {rel}: {e}"));
            (rel, bytes)
        })
        .collect()
}

/// Every file below `dir` with its modification time.
pub fn mtimes(dir: &Path) -> BTreeMap<String, SystemTime> {
    walk(dir)
        .into_iter()
        .map(|(rel, path)| {
            let t = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .unwrap_or_else(|e| panic!("stat {rel}: {e}"));
            (rel, t)
        })
        .collect()
}

fn walk(dir: &Path) -> Vec<(String, PathBuf)> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.expect("walk output"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, e.path().to_path_buf())
        })
        .collect()
}

/// Names the files whose bytes differ between two snapshots (or exist in one only).
pub fn differences(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut names: Vec<&String> = a.keys().chain(b.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|n| a.get(*n) != b.get(*n))
        .cloned()
        .collect()
}

/// An HTTP response, read to the end.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `GET path` (HTTP/1.0, so the body comes whole, not chunked).
pub fn connect(addr: SocketAddr, path: &str) -> TcpStream {
    let mut stream = TcpStream::connect_timeout(&addr, WAIT).expect("connect");
    stream.set_read_timeout(Some(WAIT)).expect("timeout");
    let request = format!("GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n");
    stream.write_all(request.as_bytes()).expect("send request");
    stream
}

/// `GET path` with a fresh connection; panics when there is no HTTP answer.
pub fn get(addr: SocketAddr, path: &str) -> Response {
    try_get(addr, path).unwrap_or_else(|| panic!("no HTTP answer from {addr}{path}"))
}

/// `GET path` with a fresh connection; `None` when the connection fails or the answer
/// is not HTTP (a server still starting).
pub fn try_get(addr: SocketAddr, path: &str) -> Option<Response> {
    fetch(addr, path, "HTTP/1.0")
}

/// `GET path` in the given HTTP version, asking the server to close the connection
/// after answering (Chromium's DevTools server only speaks HTTP/1.1).
pub fn fetch(addr: SocketAddr, path: &str, version: &str) -> Option<Response> {
    let mut stream = TcpStream::connect_timeout(&addr, WAIT).ok()?;
    stream.set_read_timeout(Some(WAIT)).ok()?;
    let request = format!("GET {path} {version}\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).ok()?;
    let (raw, split) = read_response(&mut stream)?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    Some(Response {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    })
}

/// Reads a response: up to `Content-Length` bytes of body when the server gives one
/// (Chromium keeps the connection open), else to the end. Returns the bytes and where
/// the headers end.
fn read_response(stream: &mut TcpStream) -> Option<(Vec<u8>, usize)> {
    let mut raw = Vec::new();
    let mut chunk = [0u8; 8192];
    let split = loop {
        if let Some(i) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        raw.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    match length {
        Some(len) => {
            while raw.len() < split + 4 + len {
                let n = stream.read(&mut chunk).ok()?;
                if n == 0 {
                    break;
                }
                raw.extend_from_slice(&chunk[..n]);
            }
        }
        None => {
            stream.read_to_end(&mut raw).ok()?;
        }
    }
    Some((raw, split))
}
