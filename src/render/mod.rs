//! Renderers: the site and the board pack are two renderers of one checked [`Project`]
//! behind the [`Renderer`] trait. Renderers write into an in-memory [`Output`]; only
//! the output module touches the disk, so a failed render never half-writes anything.

pub mod figures;

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
    /// Changes since a revision (`build --since REV`), rendered by both outputs.
    pub changes: Option<crate::render::Changes>,
    /// The plan's snapshots from git (`None`: `--no-history`, or not in a repository).
    pub history: Option<std::sync::Arc<crate::history::History>>,
    /// The changes from the newest snapshot to this build ("Since the last board
    /// meeting"); filled in by the pipeline from `history` for each build.
    pub since_last: Option<crate::render::Changes>,
}

/// "What changed since REV", prepared by the diff and shown by renderers.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Changes {
    pub since: String,
    /// Sections of human-readable change lines (title, lines).
    pub sections: Vec<(String, Vec<String>)>,
}

/// The bytes of one output file, shared between the output and the writer.
pub type Bytes = Arc<Vec<u8>>;

/// Where an [`Output`] sends each file as soon as it is added: the build stages files
/// on disk while the renderers are still rendering the rest.
/// `None` marks the end of the files.
pub type Tap = Sender<Option<(String, Bytes)>>;

/// Files produced by renderers, by path relative to the output directory.
#[derive(Debug, Default, Clone)]
pub struct Output {
    files: BTreeMap<String, Bytes>,
    tap: Option<Tap>,
}

impl Output {
    /// An output that also sends every file it is given to `tap`.
    pub fn tapped(tap: Tap) -> Output {
        Output {
            files: BTreeMap::new(),
            tap: Some(tap),
        }
    }

    /// Adds a file; `path` uses `/` and must stay inside the output directory.
    pub fn add(
        &mut self,
        path: impl Into<String>,
        bytes: impl Into<Vec<u8>>,
    ) -> Result<(), RenderError> {
        let (path, bytes) = self.accept(path.into(), bytes.into())?;
        self.files.insert(path, bytes);
        Ok(())
    }

    /// Adds files produced in parallel, each passed on to the tap as soon as it is
    /// produced. Stops at the first error.
    pub fn add_par<I>(&mut self, files: I) -> Result<(), RenderError>
    where
        I: ParallelIterator<Item = Result<(String, Vec<u8>), RenderError>>,
    {
        let this = &*self;
        let accepted: Vec<(String, Bytes)> = files
            .map(|f| f.and_then(|(path, bytes)| this.accept(path, bytes)))
            .collect::<Result<_, _>>()?;
        self.files.extend(accepted);
        Ok(())
    }

    /// Checks a path and passes the file on to the tap.
    fn accept(&self, path: String, bytes: Vec<u8>) -> Result<(String, Bytes), RenderError> {
        if !is_safe_relative(&path) {
            return Err(RenderError(format!(
                "refusing to write outside the output directory: `{path}`"
            )));
        }
        let bytes = Arc::new(bytes);
        if let Some(tap) = &self.tap {
            // The writer stops listening only when it failed; its error is reported.
            let _ = tap.send(Some((path.clone(), Arc::clone(&bytes))));
        }
        Ok((path, bytes))
    }

    pub fn files(&self) -> &BTreeMap<String, Bytes> {
        &self.files
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(|b| b.as_slice())
    }

    /// Takes the files of `other` (already passed on to its own tap).
    pub fn merge(&mut self, other: Output) {
        self.files.extend(other.files);
    }
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
        out: &mut Output,
    ) -> Result<(), RenderError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths_stay_inside() {
        let mut o = Output::default();
        assert!(o.add("partners/deloitte.html", "x").is_ok());
        assert!(o.add("../escape.html", "x").is_err());
        assert!(o.add("/etc/passwd", "x").is_err());
        assert!(o.add("a/./b", "x").is_err());
        assert!(o.add("C:/x", "x").is_err());
    }
}
