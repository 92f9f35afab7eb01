//! Writing renderer output to disk safely.
//!
//! Everything is rendered in memory first; a build with plan errors or a render
//! failure never touches the output directory. Files are written to a staging
//! directory inside the output directory and renamed into place; files of the previous
//! build that are gone are removed, using a manifest of what partnerbook wrote, so
//! nothing partnerbook did not write is ever deleted, and nothing outside the output
//! directory is ever written.
//!
//! This is the only module that writes to the output directory, in every mode; in
//! watch mode the site build and the board pack's thread write through one
//! [`OutputLock`].

mod stager;

pub use crate::atomic::replace_file;

use crate::render::{RenderedFiles, Tap};
use stager::Stager;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

/// Name of the manifest of files written by the last build.
pub const MANIFEST: &str = crate::source::OUTPUT_MANIFEST;
pub(crate) const STAGING: &str = ".partnerbook-staging";

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}")]
    Refused(String),
    #[error("cannot write `{path}`: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

pub(crate) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Checks that `out_dir` may be written: not the content directory or one of its
/// ancestors, and either new, empty, or written by partnerbook before. An output
/// directory inside the content directory (`build` run inside a plan folder writes
/// `./output`) is fine: the plan is never read from a directory partnerbook wrote.
pub fn check_output_dir(out_dir: &Path, content_dir: &Path) -> Result<(), WriteError> {
    let abs = |p: &Path| std::fs::canonicalize(p).ok();
    if let (Some(o), Some(c)) = (abs(out_dir), abs(content_dir)) {
        if c.starts_with(&o) {
            return Err(WriteError::Refused(format!(
                "the output directory `{}` is the content directory or holds it: choose an --output outside `{}`",
                out_dir.display(),
                content_dir.display()
            )));
        }
    }
    match std::fs::read_dir(out_dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io(out_dir)(e)),
        Ok(mut entries) => {
            let empty = entries.next().is_none();
            if empty || out_dir.join(MANIFEST).is_file() {
                Ok(())
            } else {
                Err(WriteError::Refused(format!(
                    "`{}` is not empty and was not written by partnerbook; choose another --output or empty it",
                    out_dir.display()
                )))
            }
        }
    }
}

pub(crate) fn read_manifest(out_dir: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(out_dir.join(MANIFEST))
        .map(|s| {
            s.lines()
                .filter(|l| crate::render::is_safe_relative(l))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Writes `output` into `out_dir`, replacing the previous build. Unchanged files are
/// left untouched (same bytes, same mtime).
pub fn write_output(out_dir: &Path, output: &RenderedFiles) -> Result<usize, WriteError> {
    write_output_keeping(out_dir, output, &[])
}

/// As [`write_output`], but files of the previous build named in `keep` are kept
/// (watch mode renders the board pack separately from the site).
pub fn write_output_keeping(
    out_dir: &Path,
    output: &RenderedFiles,
    keep: &[&str],
) -> Result<usize, WriteError> {
    write_output_after(out_dir, output, keep, None)
}

/// As [`write_output_keeping`], knowing what the previous build wrote (`previous`,
/// watch mode keeps it in memory): a file whose bytes equal the previous build's and
/// that is still on disk with that size is not read back to be compared. The result
/// on disk is the same as without `previous`, as long as nothing else rewrote the
/// output meanwhile.
pub fn write_output_after(
    out_dir: &Path,
    output: &RenderedFiles,
    keep: &[&str],
    previous: Option<&RenderedFiles>,
) -> Result<usize, WriteError> {
    if !output.holds_bytes() {
        return Err(WriteError::Refused(
            "the output was written while rendering and no longer holds its files".into(),
        ));
    }
    let mut stager = Stager::new(out_dir, previous)?;
    let staged = output
        .files()
        .try_for_each(|(rel, bytes)| stager.stage(rel, bytes));
    match staged {
        Ok(()) => stager.finish(output, keep),
        Err(e) => {
            stager.discard();
            Err(e)
        }
    }
}

/// Renders and writes at the same time: `render` gets a [`Tap`] (give it to
/// [`RenderedFiles::tapped`]) and every file it produces is staged on disk by a writer thread
/// while the rest is still rendering. When `render` returns the output, the staged
/// files are moved into place as [`write_output_after`] does; when it fails, the
/// staging directory is removed and the output directory is left as it was.
/// Returns the output and how many files changed.
pub fn write_while_rendering<E: From<WriteError>>(
    out_dir: &Path,
    keep: &[&str],
    previous: Option<&RenderedFiles>,
    render: impl FnOnce(Tap) -> Result<RenderedFiles, E>,
) -> Result<(RenderedFiles, usize), E> {
    let stager = Stager::new(out_dir, previous)?;
    let staging = stager.staging().to_path_buf();
    let (tap, files) = std::sync::mpsc::channel();
    let (rendered, staged) = std::thread::scope(|scope| {
        let writer = scope.spawn(move || stager.stage_all(&files));
        let rendered = render(tap.clone());
        // The end of the files: taps kept alive inside `rendered` do not hold it up.
        let _ = tap.send(None);
        let staged = writer.join().unwrap_or_else(|_| {
            Err(WriteError::Refused(
                "the thread writing the output stopped unexpectedly".into(),
            ))
        });
        (rendered, staged)
    });
    match (rendered, staged) {
        (Ok(output), Ok(stager)) => {
            let changed = stager.finish(&output, keep)?;
            Ok((output, changed))
        }
        (Err(e), _) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(e)
        }
        (Ok(_), Err(e)) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(e.into())
        }
    }
}

/// Writes the files of `output` into `out_dir` as [`write_output`] does, and adds them
/// to the manifest; every other file of the output directory is left as it is (watch
/// mode writes the board pack apart from the site). Returns how many files changed.
pub fn write_part(out_dir: &Path, output: &RenderedFiles) -> Result<usize, WriteError> {
    let others: Vec<String> = read_manifest(out_dir).into_iter().collect();
    let keep: Vec<&str> = others.iter().map(String::as_str).collect();
    write_output_after(out_dir, output, &keep, None)
}

/// Serialises the writes of one output directory from several threads (watch mode:
/// the site build and the board pack's thread). Every write rewrites the manifest and
/// uses the staging directory: interleaved, one write would drop the other's manifest
/// entries (leaving stale pages behind for good) or its staged files.
#[derive(Debug, Clone, Default)]
pub struct OutputLock(Arc<Mutex<()>>);

impl OutputLock {
    fn hold(&self) -> MutexGuard<'_, ()> {
        // Nothing is guarded but the order of writes: a poisoned lock is still usable.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// [`write_while_rendering`] while no other write holds the lock.
    pub fn write_while_rendering<E: From<WriteError>>(
        &self,
        out_dir: &Path,
        keep: &[&str],
        previous: Option<&RenderedFiles>,
        render: impl FnOnce(Tap) -> Result<RenderedFiles, E>,
    ) -> Result<(RenderedFiles, usize), E> {
        let _writing = self.hold();
        write_while_rendering(out_dir, keep, previous, render)
    }

    /// [`write_part`] while no other write holds the lock.
    pub fn write_part(&self, out_dir: &Path, output: &RenderedFiles) -> Result<usize, WriteError> {
        let _writing = self.hold();
        write_part(out_dir, output)
    }
}

pub(crate) fn remove_empty_parents(root: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == root || !d.starts_with(root) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Keep;

    /// A test that fails (rather than passes) when its setup, such as a temporary
    /// directory, fails.
    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn writes_replaces_and_removes_stale_files() -> TestResult {
        let dir = tempfile::tempdir()?;
        let out = dir.path().join("out");
        let a = output(&[("index.html", "one"), ("partners/x.html", "x")]);
        assert_eq!(write_output(&out, &a).ok(), Some(2));
        let b = output(&[("index.html", "two")]);
        assert_eq!(write_output(&out, &b).ok(), Some(1));
        assert_eq!(
            std::fs::read_to_string(out.join("index.html"))
                .ok()
                .as_deref(),
            Some("two")
        );
        assert!(!out.join("partners").exists());
        assert!(check_output_dir(&out, dir.path().join("content").as_path()).is_ok());
        Ok(())
    }

    #[test]
    fn previous_output_skips_reading_but_not_missing_files() -> TestResult {
        let dir = tempfile::tempdir()?;
        let out = dir.path().join("out");
        let a = output(&[("index.html", "one"), ("partners/x.html", "x")]);
        assert_eq!(write_output(&out, &a).ok(), Some(2));
        // Deleted or shortened behind partnerbook's back: written again.
        assert!(std::fs::remove_file(out.join("partners/x.html")).is_ok());
        assert!(std::fs::write(out.join("index.html"), "on").is_ok());
        let mut b = a.clone();
        assert!(b.add("new.html", "new").is_ok());
        assert_eq!(write_output_after(&out, &b, &[], Some(&a)).ok(), Some(3));
        let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap_or_default();
        assert_eq!(read("index.html"), "one");
        assert_eq!(read("partners/x.html"), "x");
        assert_eq!(read("new.html"), "new");
        assert_eq!(write_output_after(&out, &b, &[], Some(&b)).ok(), Some(0));
        Ok(())
    }

    #[test]
    fn refuses_foreign_directories() -> TestResult {
        let dir = tempfile::tempdir()?;
        assert!(std::fs::write(dir.path().join("mine.txt"), "keep").is_ok());
        let r = check_output_dir(dir.path(), Path::new("/nonexistent-content"));
        assert!(matches!(r, Err(WriteError::Refused(_))));
        Ok(())
    }

    #[test]
    fn a_part_adds_to_the_output_and_keeps_the_rest() -> Result<(), WriteError> {
        let dir = tempfile::tempdir().map_err(io(Path::new("tempdir")))?;
        let out = dir.path().join("out");
        write_output(&out, &output(&[("index.html", "home"), ("a/b.html", "b")]))?;
        let pack = output(&[("board-pack.pdf", "pdf 1")]);
        assert_eq!(write_part(&out, &pack)?, 1);
        assert_eq!(write_part(&out, &pack)?, 0);
        assert_eq!(read(&out, "a/b.html"), "b");
        assert_eq!(read(&out, "board-pack.pdf"), "pdf 1");
        assert_eq!(
            read(&out, MANIFEST),
            "a/b.html\nboard-pack.pdf\nindex.html\n"
        );
        assert!(!out.join(STAGING).exists());
        Ok(())
    }

    /// Site builds and board pack writes racing on one output directory: the manifest
    /// ends up naming every page of the last site build and the pack.
    #[test]
    fn site_and_pack_writes_keep_a_complete_manifest() -> Result<(), String> {
        const PACK: &str = "board-pack.pdf";
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let out = dir.path().join("out");
        let lock = OutputLock::default();
        let site = |round: usize, tap: Tap| -> Result<RenderedFiles, WriteError> {
            let mut o = RenderedFiles::tapped(tap, Keep::Bytes);
            for i in 0..20 {
                let page = format!("partners/p{}.html", (i + round) % 30);
                let added = o.add(page, format!("page {i} of round {round}"));
                added.map_err(|e| WriteError::Refused(e.0))?;
            }
            Ok(o)
        };
        let mut last = RenderedFiles::default();
        std::thread::scope(|s| -> Result<(), String> {
            let pack = s.spawn(|| -> Result<(), WriteError> {
                for round in 0..60 {
                    lock.write_part(&out, &output(&[(PACK, &format!("pdf {round}"))]))?;
                }
                Ok(())
            });
            for round in 0..60 {
                let (written, _) = lock
                    .write_while_rendering(&out, &[PACK], None, |tap| site(round, tap))
                    .map_err(|e| e.to_string())?;
                last = written;
            }
            pack.join()
                .map_err(|_| "pack thread panicked".to_string())?
                .map_err(|e| e.to_string())
        })?;
        let mut expected: Vec<&str> = last.paths().collect();
        expected.push(PACK);
        expected.sort_unstable();
        assert_eq!(read(&out, MANIFEST).lines().collect::<Vec<_>>(), expected);
        Ok(())
    }

    fn output(files: &[(&str, &str)]) -> RenderedFiles {
        let mut o = RenderedFiles::default();
        for (path, text) in files {
            assert!(o.add(*path, *text).is_ok());
        }
        o
    }

    fn read(out: &Path, rel: &str) -> String {
        std::fs::read_to_string(out.join(rel)).unwrap_or_default()
    }

    fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(dir).map(Path::to_path_buf);
                let rel = rel.unwrap_or_default().to_string_lossy().into_owned();
                (rel, std::fs::read(e.path()).unwrap_or_default())
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn new_directories_move_whole_and_file_dir_swaps_work() -> TestResult {
        let dir = tempfile::tempdir()?;
        let out = dir.path().join("out");
        let a = output(&[
            ("index.html", "home"),
            ("a/b/c.html", "c"),
            ("x", "a file called x"),
        ]);
        assert_eq!(write_output(&out, &a).ok(), Some(3));
        // `x` becomes a directory, `a/b` gains a sibling directory, `a/b/c` changes.
        let b = output(&[
            ("index.html", "home"),
            ("a/b/c.html", "c2"),
            ("a/d/e/f.html", "f"),
            ("x/y.html", "y"),
        ]);
        assert_eq!(write_output(&out, &b).ok(), Some(3));
        assert_eq!(read(&out, "a/b/c.html"), "c2");
        assert_eq!(read(&out, "a/d/e/f.html"), "f");
        assert_eq!(read(&out, "x/y.html"), "y");
        assert!(!out.join(STAGING).exists());
        // and back: the directory `x` becomes a file again.
        let c = output(&[("x", "file again")]);
        assert_eq!(write_output(&out, &c).ok(), Some(1));
        assert_eq!(read(&out, "x"), "file again");
        assert!(!out.join("a").exists());
        Ok(())
    }

    #[test]
    fn writing_while_rendering_writes_what_was_rendered() -> TestResult {
        for keep in [Keep::Bytes, Keep::Paths] {
            let dir = tempfile::tempdir()?;
            let out = dir.path().join("out");
            let written = write_while_rendering(&out, &[], None, |tap| {
                let mut o = RenderedFiles::tapped(tap, keep);
                o.add("index.html", "home")?;
                o.add("partners/p.html", "p")?;
                // A tap still alive in the returned output must not hold the write up.
                Ok::<_, Box<dyn std::error::Error>>(o)
            });
            let Ok((output, changed)) = written else {
                panic!("write failed")
            };
            assert_eq!(changed, 2);
            assert_eq!(output.len(), 2);
            assert_eq!(read(&out, "partners/p.html"), "p");
            assert_eq!(read(&out, MANIFEST), "index.html\npartners/p.html\n");
            // An output that kept paths only cannot be written again: it would empty
            // the files it names.
            let again = write_output(&out, &output);
            assert_eq!(again.is_ok(), keep == Keep::Bytes, "{keep:?}");
            assert_eq!(read(&out, "partners/p.html"), "p");
        }
        Ok(())
    }

    #[test]
    fn a_render_that_fails_halfway_leaves_the_output_as_it_was() -> TestResult {
        let dir = tempfile::tempdir()?;
        let out = dir.path().join("out");
        let a = output(&[("index.html", "home"), ("partners/p.html", "p")]);
        assert_eq!(write_output(&out, &a).ok(), Some(2));
        let before = snapshot(&out);
        let failed = write_while_rendering(&out, &[], Some(&a), |tap| {
            let mut o = RenderedFiles::tapped(tap, Keep::Bytes);
            o.add("index.html", "changed home")?;
            o.add("partners/q.html", "new partner")?;
            o.add("decisions/d.html", "new directory")?;
            Err::<RenderedFiles, Box<dyn std::error::Error>>("template error".into())
        });
        assert!(failed.is_err());
        assert_eq!(snapshot(&out), before);
        Ok(())
    }
}
