//! Renderers: the site and the board pack are two renderers of one checked [`Project`]
//! behind the [`Renderer`] trait. Renderers write into an in-memory [`RenderedFiles`]; only
//! the output module touches the disk, so a failed render never half-writes anything.

pub mod board;
pub mod distance;
pub mod figures;
pub mod reasons;
pub mod thesis;

use crate::project::Project;
use rayon::iter::ParallelIterator;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::sync::Arc;

/// Options shared by every renderer.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// URL prefix the site is served under (`/`, `/handbook/`).
    pub base_url: String,
    /// A directory whose files override the default theme's.
    pub theme_dir: Option<PathBuf>,
    /// The git commit the plan was built from, when known.
    pub commit: Option<String>,
    /// Seconds since the epoch used for document dates (SOURCE_DATE_EPOCH or the plan date).
    pub created_unix: i64,
    /// Whether the board pack is part of this build (the site links to it).
    pub with_pdf: bool,
    /// Whether the QBR packs are part of this build (`build --qbr`: each partner page
    /// that has one links to it).
    pub with_qbr: bool,
    /// ChangeReport since a revision (`build --since REV`), rendered by both outputs.
    pub changes: Option<crate::render::ChangeReport>,
    /// The plan's snapshots from git (`None`: `--no-history`, or not in a repository).
    pub history: Option<std::sync::Arc<crate::history::History>>,
    /// The changes from the newest snapshot to this build ("Since the last board
    /// meeting"); filled in by the pipeline from `history` for each build.
    pub since_last: Option<crate::render::ChangeReport>,
}

/// "What changed since REV", prepared by the diff and shown by renderers.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChangeReport {
    pub since: String,
    /// When the plan is the newest snapshot itself (the pack rebuilt after the
    /// meeting's tag was set), that snapshot's label: the changes are then those from
    /// the snapshot before it (`since`) to this one.
    #[serde(default)]
    pub rebuilt_at: Option<String>,
    /// Sections of human-readable change lines (title, lines).
    pub sections: Vec<(String, Vec<String>)>,
}

/// The bytes of one output file, shared between the output and the writer.
pub type Bytes = Arc<Vec<u8>>;

/// Files passed on together: one message (and one wake-up of the writer) for many
/// files rendered in parallel.
pub type Batch = Vec<(String, Bytes)>;

/// Where an [`RenderedFiles`] sends its files as soon as they are added (in batches
/// when they are rendered in parallel): the build stages files on disk while the
/// renderers are still rendering the rest. `None` marks the end of the files.
pub type Tap = Sender<Option<Batch>>;

/// How many files a thread rendering in parallel gathers before passing them on.
const BATCH: usize = 32;

/// What an [`RenderedFiles`] with a tap keeps of the files it passes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keep {
    /// Paths and bytes: watch mode compares the next build with them.
    #[default]
    Bytes,
    /// Paths only: the tap's writer drops each file's bytes once they are on disk, so
    /// a one-shot build never holds the whole site in memory (on the 10,000-partner
    /// plan that is 160 MB of pages, and half the build's memory).
    Paths,
}

/// Files produced by renderers, by path relative to the output directory.
#[derive(Debug, Default, Clone)]
pub struct RenderedFiles {
    /// The bytes of each file, `None` once passed on to a tap that keeps paths only.
    files: BTreeMap<String, Option<Bytes>>,
    tap: Option<Tap>,
    keep: Keep,
}

impl RenderedFiles {
    /// An output that also sends every file it is given to `tap`, keeping what `keep`
    /// says.
    pub fn tapped(tap: Tap, keep: Keep) -> RenderedFiles {
        RenderedFiles {
            files: BTreeMap::new(),
            tap: Some(tap),
            keep,
        }
    }

    /// Adds a file; `path` uses `/` and must stay inside the output directory.
    pub fn add(
        &mut self,
        path: impl Into<String>,
        bytes: impl Into<Vec<u8>>,
    ) -> Result<(), RenderError> {
        let mut batch = Batch::new();
        let (path, bytes) = self.accept(path.into(), Arc::new(bytes.into()), &mut batch)?;
        self.pass_on(batch);
        self.files.insert(path, bytes);
        Ok(())
    }

    /// Adds files produced in parallel, passed on to the tap in batches as they are
    /// produced. Stops at the first error.
    pub fn add_par<I>(&mut self, files: I) -> Result<(), RenderError>
    where
        I: ParallelIterator<Item = Result<(String, Bytes), RenderError>>,
    {
        type Kept = Vec<(String, Option<Bytes>)>;
        let this = &*self;
        let parts: Vec<Result<Kept, RenderError>> = files
            .fold(
                || Ok((Kept::new(), Batch::new())),
                |acc: Result<(Kept, Batch), RenderError>, file| {
                    let (mut kept, mut batch) = acc?;
                    let (path, bytes) = file?;
                    kept.push(this.accept(path, bytes, &mut batch)?);
                    if batch.len() >= BATCH {
                        this.pass_on(std::mem::take(&mut batch));
                    }
                    Ok((kept, batch))
                },
            )
            .map(|acc| {
                acc.map(|(kept, batch)| {
                    this.pass_on(batch);
                    kept
                })
            })
            .collect();
        for part in parts {
            self.files.extend(part?);
        }
        Ok(())
    }

    /// Sends files to the tap, if any.
    fn pass_on(&self, batch: Batch) {
        if let (Some(tap), false) = (&self.tap, batch.is_empty()) {
            // The writer stops listening only when it failed; its error is reported.
            let _ = tap.send(Some(batch));
        }
    }

    /// Checks a path, adds the file to `batch` when there is a tap to pass it on to,
    /// and returns what this output keeps of it.
    fn accept(
        &self,
        path: String,
        mut bytes: Bytes,
        batch: &mut Batch,
    ) -> Result<(String, Option<Bytes>), RenderError> {
        if !is_safe_relative(&path) {
            return Err(RenderError(format!(
                "refusing to write outside the output directory: `{path}`"
            )));
        }
        if self.tap.is_none() {
            return Ok((path, Some(bytes)));
        }
        if self.keep == Keep::Paths {
            batch.push((path.clone(), bytes));
            return Ok((path, None));
        }
        // Kept until the next build: without the room a growing page left over (bytes
        // shared with a page memo were made to measure before they were shared).
        if let Some(b) = Arc::get_mut(&mut bytes) {
            b.shrink_to_fit();
        }
        batch.push((path.clone(), Arc::clone(&bytes)));
        Ok((path, Some(bytes)))
    }

    /// The paths of every file, in order.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Whether the output has a file at `path`.
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// How many files the output has.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The files whose bytes this output holds (all of them unless it was tapped with
    /// [`Keep::Paths`]), in path order.
    pub fn files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files
            .iter()
            .filter_map(|(path, bytes)| Some((path.as_str(), bytes.as_deref()?.as_slice())))
    }

    /// Whether this output holds the bytes of every file (it can be written again).
    pub fn holds_bytes(&self) -> bool {
        self.files.values().all(Option::is_some)
    }

    /// The bytes at `path`, when the output has the file and holds its bytes.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path)?.as_deref().map(Vec::as_slice)
    }

    /// Takes the files of `other` (already passed on to its own tap).
    pub fn merge(&mut self, other: RenderedFiles) {
        self.files.extend(other.files);
    }
}

/// Where a partner's QBR pack is written in the output directory: `qbr/<id>.pdf`.
pub fn qbr_file(id: &str) -> String {
    format!("qbr/{id}.pdf")
}

/// Whether a relative output path stays inside the output directory.
pub fn is_safe_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains(':')
        && path
            .split('/')
            .all(|s| !s.is_empty() && s != "." && s != "..")
}

/// A renderer failed (a template error, a font problem…).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct RenderError(pub String);

/// One output format.
pub trait Renderer: Sync {
    /// A short name for logs ("site", "board pack").
    fn name(&self) -> &'static str;
    /// Renders the project into `out`.
    fn render(
        &self,
        project: &Project,
        opts: &RenderOptions,
        out: &mut RenderedFiles,
    ) -> Result<(), RenderError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths_stay_inside() {
        let mut o = RenderedFiles::default();
        assert!(o.add("partners/deloitte.html", "x").is_ok());
        assert!(o.add("../escape.html", "x").is_err());
        assert!(o.add("/etc/passwd", "x").is_err());
        assert!(o.add("a/./b", "x").is_err());
        assert!(o.add("C:/x", "x").is_err());
    }

    /// Files rendered in parallel reach the tap once each, in batches (one message
    /// per batch, not per file), and the output keeps every path.
    #[test]
    fn files_added_in_parallel_reach_the_tap_once_each_in_batches() {
        use rayon::prelude::*;
        let (tap, files) = std::sync::mpsc::channel();
        let mut o = RenderedFiles::tapped(tap, Keep::Paths);
        let added = o.add_par((0..1000).into_par_iter().map(|i| {
            Ok((
                format!("partners/p{i:04}.html"),
                Arc::new(format!("page {i}").into_bytes()),
            ))
        }));
        assert!(added.is_ok());
        let batches: Vec<Batch> = files.try_iter().flatten().collect();
        assert!(batches.len() < 1000 / 4, "{} messages", batches.len());
        let mut sent: Vec<String> = batches.into_iter().flatten().map(|(p, _)| p).collect();
        sent.sort();
        let want: Vec<String> = (0..1000)
            .map(|i| format!("partners/p{i:04}.html"))
            .collect();
        assert_eq!(sent, want);
        assert_eq!(o.len(), 1000);
        assert!(!o.holds_bytes());
    }

    #[test]
    fn a_failed_file_stops_a_parallel_add() {
        use rayon::prelude::*;
        let mut o = RenderedFiles::default();
        let added = o.add_par((0..100).into_par_iter().map(|i| {
            if i == 57 {
                Err(RenderError("page 57 failed".into()))
            } else {
                Ok((format!("p{i}.html"), Arc::new(Vec::new())))
            }
        }));
        assert_eq!(added.map_err(|e| e.0), Err("page 57 failed".to_string()));
    }

    #[test]
    fn a_tap_gets_every_file_and_the_output_keeps_what_it_was_told() {
        for keep in [Keep::Bytes, Keep::Paths] {
            let (tap, files) = std::sync::mpsc::channel();
            let mut o = RenderedFiles::tapped(tap, keep);
            assert!(o.add("index.html", "home").is_ok());
            assert!(o.add("partners/p.html", "p").is_ok());
            let sent: Vec<(String, Vec<u8>)> = files
                .try_iter()
                .flatten()
                .flatten()
                .map(|(path, bytes)| (path, bytes.to_vec()))
                .collect();
            assert_eq!(
                sent,
                [
                    ("index.html".to_string(), b"home".to_vec()),
                    ("partners/p.html".to_string(), b"p".to_vec())
                ]
            );
            assert_eq!(o.len(), 2);
            assert!(o.contains("partners/p.html"));
            assert_eq!(
                o.paths().collect::<Vec<_>>(),
                ["index.html", "partners/p.html"]
            );
            let held = keep == Keep::Bytes;
            assert_eq!(o.holds_bytes(), held);
            assert_eq!(o.get("index.html").is_some(), held, "{keep:?}");
            assert_eq!(o.files().count(), if held { 2 } else { 0 });
        }
    }
}
