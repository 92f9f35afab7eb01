//! `partnerbook serve`: a local preview server for the built site with live reload.
//! Serves the output directory as static files, injects a small script into HTML
//! pages, and pushes reload, stylesheet and build-error events to open pages over
//! server-sent events on the same origin. Until the first good build, every page is a
//! built-in "no good build yet" page listing the build's problems. Knows nothing about
//! plans.

mod files;
mod handler;
mod live;
mod waiting;

#[cfg(test)]
mod tests;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;

use anyhow::{anyhow, Context, Result};
use serde::Serialize;

use handler::Site;
use live::Hub;

/// The port tried first when none is requested (then the next few, then any free one),
/// so a restarted preview usually comes back on the same address and open pages
/// reconnect by themselves.
pub const DEFAULT_PORT: u16 = 4100;

/// How long and how often `shutdown` checks that the port has been released.
const CLOSE_CHECKS: u32 = 40;
const CLOSE_CHECK_INTERVAL: std::time::Duration = std::time::Duration::from_millis(25);

/// How many ports from [`DEFAULT_PORT`] on are tried before asking the OS for one.
const PORT_ATTEMPTS: u16 = 10;

/// Where and what to serve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeOptions {
    /// Interface to bind; 127.0.0.1 unless the user asks otherwise.
    pub bind: IpAddr,
    /// Port to bind; a busy requested port is an error. `None`: [`DEFAULT_PORT`] or
    /// the next free one.
    pub port: Option<u16>,
    /// The output directory. Read on every request, so a build that swaps it in
    /// atomically is served at once.
    pub root: PathBuf,
    /// The URL path the site lives under: "/" or "/sub/".
    pub base_path: String,
}

impl ServeOptions {
    /// Serves `root` at `/` on 127.0.0.1, on the default or next free port.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        ServeOptions {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: None,
            root: root.into(),
            base_path: "/".to_string(),
        }
    }
}

/// A message to every open page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveEvent {
    /// The site was rebuilt: reload the page (and drop any error overlay).
    Reload,
    /// Only stylesheets changed: swap them in without reloading.
    CssChanged,
    /// The build failed: show these problems over the last good page (or over the
    /// "no good build yet" page when there is none). Pages that connect later see them
    /// too, until `Clear` or `Reload`.
    Errors(Vec<OverlayDiagnostic>),
    /// Remove the error overlay.
    Clear,
}

/// One problem shown in the error overlay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverlayDiagnostic {
    /// Rule id, e.g. `tier.fit`.
    pub rule: String,
    /// `error` or `warning`.
    pub severity: String,
    /// File relative to the content directory; empty when the problem has no file.
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
}

/// Sends live events to the pages of a running [`Server`]; cheap to clone and to move
/// into the rebuild code.
#[derive(Clone)]
pub struct Broadcaster {
    hub: Arc<Hub>,
}

impl Broadcaster {
    /// Sends `event` to every open page.
    pub fn broadcast(&self, event: LiveEvent) {
        self.hub.broadcast(&event);
    }

    /// How many pages are listening.
    pub fn client_count(&self) -> usize {
        self.hub.client_count()
    }

    /// A broadcaster with no server behind it, for code that drives live events
    /// without serving pages (tests, tools).
    pub fn detached() -> Broadcaster {
        Broadcaster {
            hub: Arc::new(Hub::new()),
        }
    }

    /// Listens as an open page would; `None` once the server has shut down.
    pub fn subscribe(&self) -> Option<std::sync::mpsc::Receiver<Arc<str>>> {
        self.hub.subscribe()
    }
}

/// A running preview server; stops on [`Server::shutdown`] or when dropped.
pub struct Server {
    addr: SocketAddr,
    base_path: String,
    hub: Arc<Hub>,
    stop: Arc<AtomicBool>,
    accept_loop: Option<JoinHandle<()>>,
}

impl Server {
    /// Binds and starts serving in the background.
    pub fn start(opts: ServeOptions) -> Result<Self> {
        let listener = bind(opts.bind, opts.port)?;
        let addr = listener
            .local_addr()
            .context("cannot read the bound address")?;
        let http = tiny_http::Server::from_listener(listener, None)
            .map_err(|e| anyhow!("cannot start the preview server on {addr}: {e}"))?;
        let hub = Arc::new(Hub::new());
        let base_path = files::normalize_base(&opts.base_path);
        let site = Arc::new(Site {
            root: opts.root,
            base_path: base_path.clone(),
            hub: Arc::clone(&hub),
        });
        let stop = Arc::new(AtomicBool::new(false));
        let stop_flag = Arc::clone(&stop);
        let accept_loop = std::thread::Builder::new()
            .name("partnerbook-serve".into())
            .spawn(move || handler::accept(&http, &site, &stop_flag))
            .context("cannot start the preview server thread")?;
        Ok(Server {
            addr,
            base_path,
            hub,
            stop,
            accept_loop: Some(accept_loop),
        })
    }

    /// The site's address, e.g. `http://127.0.0.1:4100/`.
    pub fn url(&self) -> String {
        let host = match self.addr.ip() {
            IpAddr::V4(ip) => ip.to_string(),
            IpAddr::V6(ip) => format!("[{ip}]"),
        };
        format!("http://{host}:{}{}", self.addr.port(), self.base_path)
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Sends `event` to every open page.
    pub fn broadcast(&self, event: LiveEvent) {
        self.hub.broadcast(&event);
    }

    /// A handle for sending events from elsewhere (the rebuild loop).
    pub fn broadcaster(&self) -> Broadcaster {
        Broadcaster {
            hub: Arc::clone(&self.hub),
        }
    }

    /// Stops accepting requests, ends the event streams and frees the port.
    pub fn shutdown(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        self.stop.store(true, Ordering::Release);
        self.hub.close();
        if let Some(handle) = self.accept_loop.take() {
            let _ = handle.join();
            wait_until_closed(self.addr);
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop_now();
    }
}

/// tiny_http closes its listening socket on a thread of its own after the server is
/// dropped; wait (briefly) until connections are refused, so the port can be bound
/// again as soon as `shutdown` returns.
fn wait_until_closed(addr: SocketAddr) {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let target = SocketAddr::new(ip, addr.port());
    for _ in 0..CLOSE_CHECKS {
        if TcpStream::connect_timeout(&target, CLOSE_CHECK_INTERVAL).is_err() {
            return;
        }
        std::thread::sleep(CLOSE_CHECK_INTERVAL);
    }
}

fn bind(ip: IpAddr, port: Option<u16>) -> Result<TcpListener> {
    if let Some(port) = port {
        let addr = SocketAddr::new(ip, port);
        return TcpListener::bind(addr)
            .with_context(|| format!("cannot listen on {addr}: the port is busy or not allowed"));
    }
    let preferred = (0..PORT_ATTEMPTS).filter_map(|i| DEFAULT_PORT.checked_add(i));
    for candidate in preferred {
        if let Ok(listener) = TcpListener::bind((ip, candidate)) {
            return Ok(listener);
        }
    }
    TcpListener::bind((ip, 0)).with_context(|| format!("cannot listen on {ip}: no free port"))
}
