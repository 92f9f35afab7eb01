//! `partnerbook serve`: watch, plus a preview server on 127.0.0.1 with live reload.

use super::session::{first_build, Session};
use super::watch::{stop_flag, watcher, Args as WatchArgs};
use super::{fail, Status};
use partnerbook::serve::{ServeOptions, Server};
use partnerbook::watch::LiveReload;
use std::net::IpAddr;

// The group id differs from the flattened `watch::Args`' default one ("Args"):
// clap refuses two argument groups of one name and panics at startup.
#[derive(clap::Args, Debug)]
#[group(id = "serve_args")]
pub struct Args {
    #[command(flatten)]
    pub watch: WatchArgs,
    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Port to listen on (default: a free one, 4100 if it is free)
    #[arg(long)]
    pub port: Option<u16>,
}

pub fn run(mut a: Args) -> Status {
    if let Err(e) = a.watch.build.resolve_content() {
        return fail(e);
    }
    let b = &a.watch.build;
    let (watcher, stop) = match (watcher(&a.watch), stop_flag()) {
        (Ok(w), Ok(s)) => (w, s),
        (Err(e), _) | (_, Err(e)) => return fail(e),
    };
    // Bind first: a busy port fails at once, before a build that may take a while.
    let mut opts = ServeOptions::new(b.output.clone());
    opts.bind = a.bind;
    opts.port = a.port;
    opts.base_path = base_path(b.base_url.as_deref());
    let server = match Server::start(opts) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let mut session = match Session::new(
        b.options(),
        !b.no_pdf,
        !b.no_history,
        a.watch.audience.clone(),
    ) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let (report, _) = first_build(&mut session);
    eprintln!("initial build: {}", report.summary);
    eprintln!(
        "serving {} at {} (Ctrl-C to stop)",
        b.output.display(),
        server.url()
    );
    let mut live = LiveReload::new(session, server.broadcaster());
    live.report_initial(&report);
    let result = partnerbook::watch::run(&watcher, &mut live, &stop, |line| eprintln!("{line}"));
    server.shutdown();
    match result {
        Ok(()) => Status::Ok,
        Err(e) => fail(e),
    }
}

/// The path part of `--base-url` (`/handbook/` from `https://intranet/handbook/`).
fn base_path(base_url: Option<&str>) -> String {
    let url = base_url.unwrap_or("/");
    let path = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => url,
    };
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        "/".into()
    } else {
        format!("/{trimmed}/")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn arguments_are_consistent() {
        use clap::Args as _;
        let cmd = super::Args::augment_args(clap::Command::new("serve"));
        cmd.clone().debug_assert();
        let m = cmd.try_get_matches_from(["serve", "--port", "4200", "--poll=20", "--no-pdf"]);
        assert!(m.is_ok_and(|m| m.get_one::<u16>("port") == Some(&4200)));
    }

    #[test]
    fn base_paths() {
        assert_eq!(super::base_path(None), "/");
        assert_eq!(super::base_path(Some("/handbook")), "/handbook/");
        assert_eq!(
            super::base_path(Some("https://intranet.example/partners/")),
            "/partners/"
        );
    }
}
