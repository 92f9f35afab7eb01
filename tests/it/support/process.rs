//! A `partnerbook watch` or `serve` process running beside the test: its stderr
//! collected line by line, bounded waits for log lines and for its exit, SIGTERM, and
//! a kill when the guard is dropped.

use super::{wait_until, Cmd, PlanTest, WAIT};
use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};

/// A running `partnerbook` process. Its stderr is collected line by line; dropping
/// the guard kills the process and reaps it.
pub struct Running {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// Starts `partnerbook ARGS` (as [`Cmd::partnerbook`] sets it up).
    pub fn start<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Running {
        let mut child = Cmd::partnerbook()
            .args(args)
            .into_command()
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
    pub fn watch(plan: &PlanTest, extra: &[&str]) -> Running {
        let mut args: Vec<String> = vec!["watch".into()];
        args.extend(plan.args());
        args.extend(extra.iter().map(|s| s.to_string()));
        let r = Running::start(args);
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
