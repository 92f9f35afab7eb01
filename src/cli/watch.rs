//! `partnerbook watch`: build, then rebuild on every change until Ctrl-C.

use super::args::BuildArgs;
use super::audience::{self, Audience};
use super::session::{first_build, Session};
use super::{fail, Status};
use partnerbook::watch::{self, WatchOptions, Watcher};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub build: BuildArgs,
    /// Poll for changes every MS milliseconds instead of using file-system events
    /// (for WSL mounts and network file systems)
    #[arg(long, value_name = "MS", num_args = 0..=1, default_missing_value = "500")]
    pub poll: Option<u64>,
    /// Who the site is for: `internal` (the handbook and the board pack) or
    /// `partner:ID` (that partner's site alone, rebuilt from its view on every change)
    #[arg(long, default_value = "internal", value_parser = audience::parse, value_name = "AUDIENCE")]
    pub audience: Audience,
}

/// The watcher for a build's content and theme directories (never the output).
pub fn watcher(a: &Args) -> Result<Watcher, String> {
    let mut roots = vec![a.build.content.clone()];
    roots.extend(a.build.theme.clone());
    let mut opts = WatchOptions::new(roots);
    opts.ignore_dirs = vec![a.build.output.clone()];
    opts.poll = a.poll.map(|ms| Duration::from_millis(ms.max(10)));
    Watcher::new(&opts).map_err(|e| e.to_string())
}

/// A flag set by Ctrl-C (and SIGTERM).
pub fn stop_flag() -> Result<Arc<AtomicBool>, String> {
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    ctrlc::set_handler(move || s.store(true, Ordering::SeqCst)).map_err(|e| e.to_string())?;
    Ok(stop)
}

pub fn run(mut a: Args) -> Status {
    if let Err(e) = a.build.resolve_content() {
        return fail(e);
    }
    let (watcher, stop) = match (watcher(&a), stop_flag()) {
        (Ok(w), Ok(s)) => (w, s),
        (Err(e), _) | (_, Err(e)) => return fail(e),
    };
    let mut session = match Session::new(
        a.build.options(),
        !a.build.no_pdf,
        !a.build.no_history,
        a.audience.clone(),
    ) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let (report, _) = first_build(&mut session);
    eprintln!("initial build: {}", report.summary);
    eprintln!(
        "watching {} for changes (Ctrl-C to stop)",
        a.build.content.display()
    );
    match watch::run(&watcher, &mut session, &stop, |line| eprintln!("{line}")) {
        Ok(()) => Status::Ok,
        Err(e) => fail(e),
    }
}
