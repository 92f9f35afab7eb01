//! Measures edit-to-output latency of `partnerbook watch`: starts the release binary on
//! a copy of a plan, edits one partner file in place N times (waiting for each rebuild
//! to finish), and times each write until the partner's HTML page in the output holds
//! the edit (the page is polled every 2 ms). Prints p50, p90 and max.
//!
//! ```text
//! scripts/bench-watch.sh            # builds, generates the 1,000-partner plan, runs both
//! cargo build --release
//! cargo run --release --example bench_watch -- PLAN_DIR [--edits 20] [--pdf] [--history] [--bin PATH]
//! ```
//!
//! `--history` commits the copy to a new git repository dated 2026-08-14, so the watched
//! plan has a 2026-Q3 snapshot (History page, partner history, "Since the last board
//! meeting" on every rebuild); without it the copy is outside any repository.
//!
//! The plan is copied to a temporary directory first; the original is never touched.

use std::error::Error;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

type Res<T> = Result<T, Box<dyn Error>>;

/// Longest wait for any one step before the benchmark gives up.
const STEP_LIMIT: Duration = Duration::from_secs(30);

/// How often the output page is read while waiting for an edit to show.
const POLL: Duration = Duration::from_millis(2);

/// What to measure.
struct Options {
    plan: PathBuf,
    edits: usize,
    pdf: bool,
    history: bool,
    bin: PathBuf,
}

fn parse_args() -> Res<Options> {
    let mut plan = None;
    let mut edits = 20;
    let mut pdf = false;
    let mut history = false;
    let mut bin = default_bin()?;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--edits" => edits = args.next().ok_or("--edits needs a number")?.parse()?,
            "--pdf" => pdf = true,
            "--history" => history = true,
            "--bin" => bin = PathBuf::from(args.next().ok_or("--bin needs a path")?),
            _ if a.starts_with("--") => return Err(format!("unknown option {a}").into()),
            _ => plan = Some(PathBuf::from(a)),
        }
    }
    let plan =
        plan.ok_or("usage: bench_watch PLAN_DIR [--edits N] [--pdf] [--history] [--bin PATH]")?;
    if !bin.is_file() {
        return Err(format!(
            "{} not found: run `cargo build --release` first",
            bin.display()
        )
        .into());
    }
    Ok(Options {
        plan,
        edits: edits.max(1),
        pdf,
        history,
        bin,
    })
}

/// `target/release/partnerbook`, next to this example's own directory.
fn default_bin() -> Res<PathBuf> {
    let exe = std::env::current_exe()?;
    let release = exe
        .parent()
        .and_then(Path::parent)
        .ok_or("cannot locate the target directory")?;
    Ok(release.join("partnerbook"))
}

/// The running watcher; killed when dropped.
struct Watch {
    child: Child,
    lines: Receiver<String>,
}

impl Watch {
    fn start(opts: &Options, content: &Path, output: &Path) -> Res<Watch> {
        let mut cmd = Command::new(&opts.bin);
        cmd.arg("watch")
            .arg("--content")
            .arg(content)
            .arg("--output")
            .arg(output)
            .args(["--today", "2026-11-24"]);
        if !opts.pdf {
            cmd.arg("--no-pdf");
        }
        let mut child = cmd
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()?;
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        Ok(Watch { child, lines })
    }

    /// Waits for a log line starting with `prefix`; returns it.
    fn wait_line(&self, prefix: &str) -> Res<String> {
        let deadline = Instant::now() + STEP_LIMIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = self
                .lines
                .recv_timeout(left)
                .map_err(|_| format!("no `{prefix}` line within {STEP_LIMIT:?}"))?;
            if line.starts_with(prefix) {
                return Ok(line);
            }
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The partner file to edit: the first one by name.
fn first_partner(content: &Path) -> Res<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(content.join("partners"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    files
        .into_iter()
        .next()
        .ok_or_else(|| "no partner files".into())
}

fn copy_dir(from: &Path, to: &Path) -> Res<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let dest = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &dest)?;
        } else {
            std::fs::copy(entry.path(), &dest)?;
        }
    }
    Ok(())
}

/// Writes edit `i` and times it until the page shows it.
fn timed_edit(file: &Path, base: &str, page: &Path, i: usize) -> Res<Duration> {
    let marker = format!("Benchmark edit number {i}.");
    let text = format!("{base}\n{marker}\n");
    let start = Instant::now();
    std::fs::write(file, text)?;
    loop {
        if std::fs::read_to_string(page).is_ok_and(|html| html.contains(&marker)) {
            return Ok(start.elapsed());
        }
        if start.elapsed() > STEP_LIMIT {
            return Err(format!("edit {i} never reached {}", page.display()).into());
        }
        std::thread::sleep(POLL);
    }
}

fn percentile(sorted: &[Duration], pct: usize) -> Duration {
    let i = (sorted.len() * pct).div_ceil(100).saturating_sub(1);
    sorted[i.min(sorted.len() - 1)]
}

/// Makes `dir` a git repository holding its files in one commit of 2026-08-14.
fn commit_in_the_past(dir: &Path) -> Res<()> {
    let when = "2026-08-14T12:00:00+00:00";
    let git = |args: &[&str]| -> Res<()> {
        let ok = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .env("GIT_AUTHOR_DATE", when)
            .env("GIT_COMMITTER_DATE", when)
            .env("GIT_AUTHOR_NAME", "bench")
            .env("GIT_AUTHOR_EMAIL", "bench@example.invalid")
            .env("GIT_COMMITTER_NAME", "bench")
            .env("GIT_COMMITTER_EMAIL", "bench@example.invalid")
            .stdout(Stdio::null())
            .status()?
            .success();
        if ok {
            Ok(())
        } else {
            Err(format!("git {} failed", args.join(" ")).into())
        }
    };
    git(&["init", "-q"])?;
    git(&["add", "-A"])?;
    git(&["commit", "-q", "-m", "plan"])
}

fn main() -> Res<()> {
    let opts = parse_args()?;
    let tmp = tempfile::tempdir()?;
    let content = tmp.path().join("content");
    let output = tmp.path().join("output");
    copy_dir(&opts.plan, &content)?;
    if opts.history {
        commit_in_the_past(tmp.path())?;
    }
    let file = first_partner(&content)?;
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or("odd partner file name")?;
    let page = output.join("partners").join(format!("{stem}.html"));
    let base = std::fs::read_to_string(&file)?.trim_end().to_string();

    let watch = Watch::start(&opts, &content, &output)?;
    let initial = watch.wait_line("initial build: ")?;
    watch.wait_line("watching ")?;
    if !page.is_file() {
        return Err(format!("{initial}; {} missing", page.display()).into());
    }
    let mut times = Vec::with_capacity(opts.edits);
    for i in 1..=opts.edits {
        times.push(timed_edit(&file, &base, &page, i)?);
        let line = watch.wait_line("changed ")?;
        if line.contains("build failed") {
            return Err(line.into());
        }
        // Let the file system settle before the next edit, as between keystrokes.
        std::thread::sleep(Duration::from_millis(150));
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{}: {} edits of partners/{stem}.md{}{}: p50 {:.0} ms, p90 {:.0} ms, min {:.0} ms, max {:.0} ms",
        opts.plan.display(),
        opts.edits,
        if opts.pdf { " (board pack on)" } else { "" },
        if opts.history { " (with history)" } else { "" },
        ms(percentile(&times, 50)),
        ms(percentile(&times, 90)),
        ms(times[0]),
        ms(times[times.len() - 1]),
    );
    Ok(())
}
