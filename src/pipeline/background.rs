//! A renderer run apart from the site build (watch mode's board pack): on its own
//! thread and one-thread pool, with its own debounce, from the latest checked plan it
//! is given. Its files are written through the output layer, never while the site
//! build writes, so the site is never delayed by it.

use crate::output::OutputLock;
use crate::project::Project;
use crate::render::{RenderOptions, RenderedFiles, Renderer};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

/// How long a background render waits for further requests before it renders.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// The handle of a renderer running in the background; dropping it ends the thread
/// once the render in progress is written.
pub struct Background {
    tx: Sender<(Project, RenderOptions)>,
}

/// What a background renderer needs besides the renderer: where the plan and the
/// output are, the lock its writes share with the site build's, and where its lines go.
struct Worker<L> {
    renderer: Box<dyn Renderer + Send>,
    content: PathBuf,
    output: PathBuf,
    lock: OutputLock,
    log: L,
}

impl Background {
    /// Starts `renderer` on its own thread, rendering for the content and output
    /// directories given. `log` gets one line per render that changed the output
    /// (`board pack: rebuilt in 812 ms`) and one per failure (`error: …`).
    pub(super) fn start<L>(
        renderer: Box<dyn Renderer + Send>,
        content: PathBuf,
        output: PathBuf,
        lock: OutputLock,
        log: L,
    ) -> Background
    where
        L: Fn(&str) + Send + 'static,
    {
        let (tx, rx) = mpsc::channel();
        let worker = Worker {
            renderer,
            content,
            output,
            lock,
            log,
        };
        std::thread::spawn(move || worker.run(&rx));
        Background { tx }
    }

    /// Asks for a render of `project`; only the latest request of a burst is rendered.
    pub fn request(&self, project: Project, opts: RenderOptions) {
        // The thread stops only when the handle is dropped.
        let _ = self.tx.send((project, opts));
    }
}

impl<L: Fn(&str)> Worker<L> {
    /// Renders the latest request once the requests pause, until the handle is gone.
    fn run(&self, rx: &Receiver<(Project, RenderOptions)>) {
        // Its own single worker for the renderer's parallel parts (the pack's stream
        // compression): on the shared pool they would queue the site's page renders
        // behind them.
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .thread_name(|_| "partnerbook-background".to_string())
            .build()
            .ok();
        while let Ok(mut job) = rx.recv() {
            while let Ok(newer) = rx.recv_timeout(DEBOUNCE) {
                job = newer;
            }
            let (project, opts) = job;
            if let Some(line) = self.render_and_write(&project, opts, pool.as_ref()) {
                (self.log)(&line);
            }
        }
    }

    /// Renders one plan and writes the files, both on `pool` (writing moves files in
    /// parallel, which would otherwise queue on the shared pool). Returns how long it
    /// took when the output changed, or what failed.
    fn render_and_write(
        &self,
        project: &Project,
        mut opts: RenderOptions,
        pool: Option<&rayon::ThreadPool>,
    ) -> Option<String> {
        let start = Instant::now();
        // The commit label (only the board pack shows it) is read from git here, off
        // the site's rebuild path.
        opts.commit = crate::git::commit_label(&self.content);
        let opts = super::for_build(project, &opts).into_owned();
        let Worker {
            renderer,
            output,
            lock,
            ..
        } = self;
        let name = renderer.name();
        let job = || -> Result<usize, String> {
            let mut out = RenderedFiles::default();
            renderer
                .render(project, &opts, &mut out)
                .map_err(|e| format!("error: {e}"))?;
            lock.write_part(output, &out)
                .map_err(|e| format!("error: {name}: {e}"))
        };
        let done = match pool {
            Some(pool) => pool.install(job),
            None => job(),
        };
        match done {
            Ok(0) => None,
            Ok(_) => Some(format!(
                "{name}: rebuilt in {} ms",
                start.elapsed().as_millis()
            )),
            Err(line) => Some(line),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{BuildOptions, Incremental, Outcome};
    use super::*;
    use crate::project::CheckOptions;
    use crate::render::RenderError;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    /// Writes `name` with the base URL it was given, counting its renders.
    struct Fake {
        name: &'static str,
        renders: Arc<AtomicUsize>,
    }

    impl Renderer for Fake {
        fn name(&self) -> &'static str {
            self.name
        }

        fn render(
            &self,
            _: &Project,
            opts: &RenderOptions,
            out: &mut RenderedFiles,
        ) -> Result<(), RenderError> {
            self.renders.fetch_add(1, Ordering::SeqCst);
            out.add(format!("{}.txt", self.name), opts.base_url.clone())
        }
    }

    fn fake(name: &'static str) -> (Fake, Arc<AtomicUsize>) {
        let renders = Arc::new(AtomicUsize::new(0));
        let r = Fake {
            name,
            renders: renders.clone(),
        };
        (r, renders)
    }

    /// A burst of requests renders once, the latest; its file lands beside the site's,
    /// and the next site build keeps it.
    #[test]
    fn renders_the_latest_request_beside_the_site() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let project = Project::load(&content, &CheckOptions::default())?;
        let opts = BuildOptions {
            content,
            output: dir.path().join("out"),
            keep: vec!["pack.txt".into()],
            ..BuildOptions::default()
        };
        let mut builds = Incremental::default();
        let (pack, pack_renders) = fake("pack");
        let (lines, log) = mpsc::channel();
        let background = builds.background(Box::new(pack), &opts, move |line| {
            let _ = lines.send(line.to_string());
        });
        let (site, _) = fake("site");
        let written = builds.write(&project, &opts, &[&site])?;
        assert!(matches!(written, Outcome::Written { changed: 1, .. }));
        for base in ["/one/", "/two/"] {
            let opts = RenderOptions {
                base_url: base.into(),
                ..RenderOptions::default()
            };
            background.request(project.clone(), opts);
        }
        let line = log.recv_timeout(Duration::from_secs(20))?;
        assert!(line.starts_with("pack: rebuilt in "), "{line}");
        assert_eq!(pack_renders.load(Ordering::SeqCst), 1);
        let read = |rel: &str| std::fs::read_to_string(opts.output.join(rel));
        assert_eq!(read("pack.txt")?, "/two/");
        builds.write(&project, &opts, &[&site])?;
        assert_eq!(read("site.txt")?, "");
        assert_eq!(read(crate::output::MANIFEST)?, "pack.txt\nsite.txt\n");
        Ok(())
    }
}
