//! Watcher and watch-loop tests against a real temporary directory: every kind of
//! edit an editor or git makes must give exactly one change set, noise none.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};

use super::{run, FsEvents, RebuildReport, Rebuilder, WatchOptions, Watcher};

/// Longest wait for a change that must come.
const MUST_ARRIVE: Duration = Duration::from_secs(3);
/// How long nothing must come after a change was reported.
const QUIET: Duration = Duration::from_millis(400);

struct Fixture {
    _dir: tempfile::TempDir,
    base: PathBuf,
    root: PathBuf,
}

impl Fixture {
    /// `content/` with a plan file and a partners folder, and a sibling `output/`.
    fn new() -> Result<Self> {
        let dir = tempfile::tempdir()?;
        let base = dir.path().canonicalize()?;
        let root = base.join("content");
        fs::create_dir_all(root.join("partners"))?;
        fs::create_dir_all(base.join("output"))?;
        fs::write(root.join("plan.yaml"), "name: Acme\n")?;
        fs::write(root.join("partners/globex.md"), "# Globex\n")?;
        Ok(Fixture {
            _dir: dir,
            base,
            root,
        })
    }

    fn options(&self) -> WatchOptions {
        WatchOptions {
            ignore_dirs: vec![self.base.join("output")],
            ..WatchOptions::new(vec![self.root.clone()])
        }
    }

    fn watcher(&self) -> Result<Watcher> {
        Watcher::new(&self.options())
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }
}

/// Waits for the next change set and checks it names `expected`.
fn expect_change(watcher: &Watcher, expected: &[&Path]) -> Result<FsEvents> {
    let Some(changes) = watcher.next_change(Some(MUST_ARRIVE))? else {
        bail!("no change within {MUST_ARRIVE:?}, expected {expected:?}");
    };
    for path in expected {
        if !changes.paths.iter().any(|p| p == path) {
            bail!("{} missing from {:?}", path.display(), changes.paths);
        }
    }
    Ok(changes)
}

fn expect_quiet(watcher: &Watcher) -> Result<()> {
    match watcher.next_change(Some(QUIET))? {
        None => Ok(()),
        Some(extra) => bail!("unexpected second change set: {extra:?}"),
    }
}

#[test]
fn in_place_write_gives_one_change_set() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    fs::write(fx.path("plan.yaml"), "name: Acme Corp\n")?;
    let changes = expect_change(&watcher, &[&fx.path("plan.yaml")])?;
    assert_eq!(changes.paths, vec![fx.path("plan.yaml")]);
    assert!(!changes.rescan);
    expect_quiet(&watcher)
}

#[test]
fn atomic_save_by_rename_is_seen() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    fs::write(fx.path(".plan.yaml.partnerbook-save"), "name: Saved\n")?;
    fs::rename(fx.path(".plan.yaml.partnerbook-save"), fx.path("plan.yaml"))?;
    expect_change(&watcher, &[&fx.path("plan.yaml")])?;
    expect_quiet(&watcher)
}

#[test]
fn vim_style_save_at_the_root_is_seen_without_temp_files() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    // vim with 'backupcopy=no': probe, swap file, move the original to a backup,
    // write a new file, delete the backup.
    fs::write(fx.path("4913"), "")?;
    fs::remove_file(fx.path("4913"))?;
    fs::write(fx.path(".plan.yaml.swp"), "swap")?;
    fs::rename(fx.path("plan.yaml"), fx.path("plan.yaml~"))?;
    fs::write(fx.path("plan.yaml"), "name: From vim\n")?;
    fs::remove_file(fx.path("plan.yaml~"))?;
    let changes = expect_change(&watcher, &[&fx.path("plan.yaml")])?;
    assert_eq!(changes.paths, vec![fx.path("plan.yaml")]);
    expect_quiet(&watcher)
}

#[test]
fn created_and_deleted_files_are_seen() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    fs::write(fx.path("partners/initech.md"), "# Initech\n")?;
    expect_change(&watcher, &[&fx.path("partners/initech.md")])?;
    expect_quiet(&watcher)?;
    fs::remove_file(fx.path("partners/globex.md"))?;
    expect_change(&watcher, &[&fx.path("partners/globex.md")])?;
    expect_quiet(&watcher)
}

#[test]
fn new_folder_is_seen_and_then_watched() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    fs::create_dir(fx.path("decisions"))?;
    fs::write(fx.path("decisions/D-001-build.md"), "one\n")?;
    expect_change(&watcher, &[&fx.path("decisions")])?;
    expect_quiet(&watcher)?;
    fs::write(fx.path("decisions/D-001-build.md"), "two\n")?;
    expect_change(&watcher, &[&fx.path("decisions/D-001-build.md")])?;
    Ok(())
}

#[test]
fn renamed_folder_is_seen_under_both_names_and_stays_watched() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    fs::rename(fx.path("partners"), fx.path("allies"))?;
    expect_change(&watcher, &[&fx.path("partners"), &fx.path("allies")])?;
    expect_quiet(&watcher)?;
    fs::write(fx.path("allies/globex.md"), "# Globex Ltd\n")?;
    expect_change(&watcher, &[&fx.path("allies/globex.md")])?;
    Ok(())
}

#[test]
fn deleted_folder_is_seen() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    fs::remove_dir_all(fx.path("partners"))?;
    expect_change(&watcher, &[&fx.path("partners")])?;
    expect_quiet(&watcher)
}

#[test]
fn replaced_root_directory_is_watched_again() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    fs::rename(&fx.root, fx.base.join("content.old"))?;
    fs::create_dir(&fx.root)?;
    fs::write(fx.path("plan.yaml"), "name: Replaced\n")?;
    let changes = expect_change(&watcher, &[&fx.root])?;
    assert!(changes.rescan, "a replaced root asks for a full rebuild");
    expect_quiet(&watcher)?;
    fs::write(fx.path("plan.yaml"), "name: Edited after replace\n")?;
    let changes = expect_change(&watcher, &[&fx.path("plan.yaml")])?;
    assert_eq!(changes.paths, vec![fx.path("plan.yaml")]);
    Ok(())
}

#[test]
fn burst_of_300_writes_is_one_change_set() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    let written: Vec<PathBuf> = (0..300)
        .map(|i| fx.path(&format!("partners/p{i:03}.md")))
        .collect();
    for (i, path) in written.iter().enumerate() {
        fs::write(path, format!("# Partner {i}\n"))?;
    }
    let mut sets = vec![expect_change(&watcher, &[])?];
    while let Some(more) = watcher.next_change(Some(QUIET))? {
        sets.push(more);
    }
    eprintln!("300 writes gave {} change set(s)", sets.len());
    assert!(sets.len() <= 2, "{} change sets for one burst", sets.len());
    let seen: std::collections::BTreeSet<&PathBuf> =
        sets.iter().flat_map(|s| s.paths.iter()).collect();
    for path in &written {
        assert!(seen.contains(path), "{} not reported", path.display());
    }
    Ok(())
}

/// A writer pausing between groups of files (a checkout on a busy machine) still makes
/// one change set, while a single save is reported after a short quiet wait.
#[test]
fn burst_with_pauses_is_one_change_set() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    let writer = || -> std::io::Result<()> {
        for group in 0..3 {
            for i in 0..20 {
                fs::write(fx.path(&format!("partners/g{group}-{i:02}.md")), "# P\n")?;
            }
            std::thread::sleep(Duration::from_millis(80));
        }
        Ok(())
    };
    // The watcher waits while the files are being written, as in `partnerbook watch`.
    let changes = std::thread::scope(|s| {
        let written = s.spawn(writer);
        let changes = expect_change(&watcher, &[&fx.path("partners/g2-19.md")]);
        let written = written
            .join()
            .map_err(|_| anyhow::anyhow!("writer panicked"));
        written??;
        changes
    })?;
    assert!(changes.paths.contains(&fx.path("partners/g0-00.md")));
    assert_eq!(changes.paths.len(), 60, "{:?}", changes.paths);
    expect_quiet(&watcher)
}

#[test]
fn temp_files_alone_give_nothing() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    fs::create_dir(fx.path(".git"))?;
    for name in [
        ".plan.yaml.swp",
        ".plan.yaml.swx",
        "4913",
        "plan.yaml~",
        "#plan.yaml#",
        ".#plan.yaml",
        "plan.yaml___jb_tmp___",
        "plan.yaml___jb_old___",
        ".goutputstream-XYZ123",
        ".sb-4a5b-plan.yaml",
        "plan.yaml.bck",
        ".plan.yaml.kate-swp",
        ".DS_Store",
        ".git/index",
    ] {
        fs::write(fx.path(name), "noise")?;
    }
    match watcher.next_change(Some(Duration::from_millis(600)))? {
        None => Ok(()),
        Some(changes) => bail!("temp files triggered a change: {changes:?}"),
    }
}

#[test]
fn output_dir_inside_a_root_is_ignored() -> Result<()> {
    let fx = Fixture::new()?;
    let out = fx.path("_site");
    fs::create_dir(&out)?;
    let opts = WatchOptions {
        ignore_dirs: vec![out.clone()],
        ..WatchOptions::new(vec![fx.root.clone()])
    };
    let watcher = Watcher::new(&opts)?;
    fs::create_dir(out.join("partners"))?;
    fs::write(out.join("partners/index.html"), "<html></html>")?;
    fs::write(fx.base.join("output/index.html"), "<html></html>")?;
    expect_quiet(&watcher)
}

#[test]
fn reading_content_does_not_trigger() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    for _ in 0..3 {
        fs::read_to_string(fx.path("plan.yaml"))?;
        fs::read_to_string(fx.path("partners/globex.md"))?;
        fs::read_dir(fx.path("partners"))?.for_each(drop);
        fs::read_dir(&fx.root)?.for_each(drop);
        fs::metadata(&fx.root)?;
    }
    expect_quiet(&watcher)
}

#[test]
fn polling_mode_sees_writes() -> Result<()> {
    let fx = Fixture::new()?;
    let opts = WatchOptions {
        poll: Some(Duration::from_millis(100)),
        ..fx.options()
    };
    let watcher = Watcher::new(&opts)?;
    fs::write(fx.path("partners/initech.md"), "# Initech\n")?;
    expect_change(&watcher, &[&fx.path("partners/initech.md")])?;
    Ok(())
}

/// The poller records modification times in whole seconds: a write within the same
/// second as the scan before it must still be seen (by comparing contents).
#[test]
fn polling_mode_sees_writes_within_the_same_second() -> Result<()> {
    let since_second = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_millis())
            .unwrap_or_default()
    };
    // Start right after a second begins, so everything below shares that second.
    while since_second() > 100 {
        std::thread::sleep(Duration::from_millis(10));
    }
    let fx = Fixture::new()?;
    let opts = WatchOptions {
        poll: Some(Duration::from_millis(20)),
        ..fx.options()
    };
    let watcher = Watcher::new(&opts)?;
    fs::write(fx.path("plan.yaml"), "name: Acmf\n")?;
    expect_change(&watcher, &[&fx.path("plan.yaml")])?;
    Ok(())
}

#[test]
fn theme_root_is_watched_too_and_may_appear_later() -> Result<()> {
    let fx = Fixture::new()?;
    let theme = fx.base.join("theme");
    let opts = WatchOptions {
        roots: vec![fx.root.clone(), theme.clone()],
        ..fx.options()
    };
    let watcher = Watcher::new(&opts)?;
    fs::create_dir(&theme)?;
    expect_change(&watcher, &[&theme])?;
    expect_quiet(&watcher)?;
    fs::write(theme.join("site.css"), "body {}\n")?;
    let changes = expect_change(&watcher, &[&theme.join("site.css")])?;
    assert_eq!(changes.paths, vec![theme.join("site.css")]);
    fs::write(fx.base.join("README.md"), "not watched\n")?;
    expect_quiet(&watcher)
}

#[test]
fn missing_root_with_missing_parent_is_an_error() -> Result<()> {
    let fx = Fixture::new()?;
    let opts = WatchOptions::new(vec![fx.base.join("no/such/content")]);
    assert!(Watcher::new(&opts).is_err());
    Ok(())
}

/// A rebuild that takes 200 ms and tells the test when it starts.
struct SlowRebuilder {
    started: mpsc::Sender<usize>,
    builds: Vec<FsEvents>,
    building: AtomicBool,
}

impl Rebuilder for SlowRebuilder {
    fn rebuild(&mut self, changes: &FsEvents) -> RebuildReport {
        let overlapping = self.building.swap(true, Ordering::SeqCst);
        let _ = self.started.send(self.builds.len());
        std::thread::sleep(Duration::from_millis(200));
        self.builds.push(changes.clone());
        self.building.store(false, Ordering::SeqCst);
        RebuildReport {
            ok: !overlapping,
            summary: format!("rebuilt {} pages", changes.paths.len()),
            diagnostics: Vec::new(),
        }
    }
}

#[test]
fn changes_during_a_build_give_exactly_one_follow_up_build() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    let stop = AtomicBool::new(false);
    let (started_tx, started) = mpsc::channel();
    let mut rebuilder = SlowRebuilder {
        started: started_tx,
        builds: Vec::new(),
        building: AtomicBool::new(false),
    };
    let logs = Mutex::new(Vec::<String>::new());
    let late: Vec<PathBuf> = ["a", "b", "c", "d"]
        .iter()
        .map(|n| fx.path(&format!("partners/{n}.md")))
        .collect();
    std::thread::scope(|s| -> Result<()> {
        let looper = s.spawn(|| {
            run(&watcher, &mut rebuilder, &stop, |line| {
                if let Ok(mut logs) = logs.lock() {
                    logs.push(line.to_string());
                }
            })
        });
        fs::write(fx.path("plan.yaml"), "name: First\n")?;
        let first = started.recv_timeout(MUST_ARRIVE);
        for path in &late {
            fs::write(path, "during the build\n")?;
        }
        let second = started.recv_timeout(MUST_ARRIVE);
        std::thread::sleep(Duration::from_millis(700));
        stop.store(true, Ordering::Release);
        let result = looper.join();
        assert_eq!(first, Ok(0), "first build never started");
        assert_eq!(second, Ok(1), "follow-up build never started");
        assert!(matches!(result, Ok(Ok(()))), "watch loop failed");
        Ok(())
    })?;
    assert_eq!(rebuilder.builds.len(), 2, "{:?}", rebuilder.builds);
    assert_eq!(rebuilder.builds[0].paths, vec![fx.path("plan.yaml")]);
    assert_eq!(rebuilder.builds[1].paths, late);
    let logs = logs.into_inner().unwrap_or_default();
    assert_eq!(logs.len(), 2, "{logs:?}");
    assert!(logs[0].starts_with("changed content/plan.yaml: rebuilt 1 pages in "));
    assert!(logs[1].starts_with(
        "changed content/partners/a.md, content/partners/b.md, content/partners/c.md, \
         content/partners/d.md: rebuilt 4 pages in "
    ));
    assert!(logs.iter().all(|l| l.ends_with(" ms")));
    Ok(())
}

#[test]
fn write_to_change_set_latency() -> Result<()> {
    let fx = Fixture::new()?;
    let watcher = fx.watcher()?;
    let mut latencies = Vec::new();
    for i in 0..20 {
        let started = Instant::now();
        fs::write(fx.path("plan.yaml"), format!("name: Acme {i}\n"))?;
        expect_change(&watcher, &[&fx.path("plan.yaml")])?;
        latencies.push(started.elapsed());
    }
    latencies.sort();
    let p50 = latencies[latencies.len() / 2];
    let max = latencies[latencies.len() - 1];
    eprintln!("watch latency over 20 writes: p50 {p50:?}, max {max:?}");
    assert!(p50 < Duration::from_millis(100), "p50 {p50:?}");
    Ok(())
}
