//! Preview server tests over real sockets: static files, script injection, traversal,
//! port handling and the live event stream.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use super::{LiveEvent, OverlayDiagnostic, ServeOptions, Server};

const TIMEOUT: Duration = Duration::from_secs(3);
const PAGE: &str = "<!doctype html><html><head><link rel=\"stylesheet\" href=\"/style.css\"></head><body><h1>Acme partner program</h1></body></html>";
const CSS: &str = "body { color: #222; }\n";

struct ServedSite {
    dir: tempfile::TempDir,
    server: Server,
}

impl ServedSite {
    fn start() -> Result<Self> {
        Self::start_with(ServeOptions::new)
    }

    fn start_with(options: impl FnOnce(PathBuf) -> ServeOptions) -> Result<Self> {
        let dir = tempfile::tempdir()?;
        let root = dir.path().join("output");
        fs::create_dir_all(root.join("partners"))?;
        fs::write(root.join("index.html"), PAGE)?;
        fs::write(root.join("style.css"), CSS)?;
        fs::write(root.join("partners/index.html"), PAGE)?;
        fs::write(root.join("board-pack.pdf"), b"%PDF-1.7\n%%EOF\n")?;
        fs::write(
            root.join("logo.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        )?;
        fs::write(dir.path().join("secret.txt"), "TOP SECRET")?;
        let server = Server::start(options(root))?;
        Ok(ServedSite { dir, server })
    }

    fn get(&self, target: &str) -> Result<Reply> {
        get(self.server.addr(), target)
    }
}

struct Reply {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A raw HTTP/1.1 GET, so targets like `/../x` reach the server unnormalised.
fn get(addr: SocketAddr, target: &str) -> Result<Reply> {
    let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT)?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    write!(
        stream,
        "GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .context("no end of headers")?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .context("no status")?
        .parse()?;
    Ok(Reply {
        status,
        head,
        body: raw[split + 4..].to_vec(),
    })
}

/// An open event stream, read line by line.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn connect(addr: SocketAddr, target: &str) -> Result<Self> {
        let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT)?;
        stream.set_read_timeout(Some(TIMEOUT))?;
        write!(
            stream,
            "GET {target} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
        )?;
        let mut events = Events {
            reader: BufReader::new(stream),
        };
        let status = events.line()?;
        if !status.starts_with("HTTP/1.1 200") {
            bail!("event stream answered {status}");
        }
        let mut saw_type = false;
        loop {
            let line = events.line()?;
            if line.is_empty() {
                break;
            }
            saw_type |= line.eq_ignore_ascii_case("content-type: text/event-stream");
        }
        if !saw_type {
            bail!("event stream without text/event-stream content type");
        }
        events.expect_event("hello")?;
        Ok(events)
    }

    fn line(&mut self) -> Result<String> {
        let mut line = String::new();
        if self.reader.read_line(&mut line)? == 0 {
            bail!("stream closed");
        }
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }

    /// The next non-blank line.
    fn next_field(&mut self) -> Result<String> {
        loop {
            let line = self.line()?;
            if !line.is_empty() {
                return Ok(line);
            }
        }
    }

    /// Reads until `event: name` and returns its data line.
    fn expect_event(&mut self, name: &str) -> Result<String> {
        let deadline = Instant::now() + TIMEOUT;
        while Instant::now() < deadline {
            if self.line()? == format!("event: {name}") {
                let data = self.line()?;
                return Ok(data.trim_start_matches("data: ").to_string());
            }
        }
        bail!("no {name} event within {TIMEOUT:?}")
    }
}

fn diagnostic() -> OverlayDiagnostic {
    OverlayDiagnostic {
        rule: "partner.score".into(),
        severity: "error".into(),
        file: "partners/acme.md".into(),
        line: 4,
        column: 3,
        message: "weights sum to 95, not 100 <b>".into(),
    }
}

#[test]
fn html_pages_get_the_live_script() -> Result<()> {
    let site = ServedSite::start()?;
    assert!(site.server.url().starts_with("http://127.0.0.1:"));
    let reply = site.get("/")?;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(reply.header("cache-control"), Some("no-store"));
    let expected = PAGE.replace(
        "</body>",
        "<script src=\"/__partnerbook/live.js\"></script></body>",
    );
    assert_eq!(reply.text(), expected);
    assert_eq!(site.get("/partners/")?.text(), expected);
    Ok(())
}

#[test]
fn other_files_are_served_untouched_with_their_type() -> Result<()> {
    let site = ServedSite::start()?;
    let css = site.get("/style.css")?;
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert_eq!(css.text(), CSS);
    let pdf = site.get("/board-pack.pdf")?;
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    assert_eq!(pdf.body, b"%PDF-1.7\n%%EOF\n");
    let svg = site.get("/logo.svg?v=2")?;
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    assert!(!svg.text().contains("live.js"));
    let script = site.get("/__partnerbook/live.js")?;
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.text().contains("new EventSource("));
    Ok(())
}

#[test]
fn directories_without_slash_redirect_and_unknown_paths_404() -> Result<()> {
    let site = ServedSite::start()?;
    let reply = site.get("/partners?x=1")?;
    assert_eq!(reply.status, 302);
    assert_eq!(reply.header("location"), Some("/partners/?x=1"));
    let missing = site.get("/partners/nobody.html")?;
    assert_eq!(missing.status, 404);
    assert!(missing.text().contains("Not found"));
    assert!(missing.text().contains("/__partnerbook/live.js"));
    fs::write(site.server_root().join("404.html"), "<body>custom</body>")?;
    assert!(site.get("/nope")?.text().starts_with("<body>custom<script"));
    Ok(())
}

#[test]
fn without_a_site_every_page_is_no_good_build_yet_with_the_errors() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let root = dir.path().join("output");
    let server = Server::start(ServeOptions::new(&root))?;
    let first = get(server.addr(), "/")?;
    assert_eq!(first.status, 503);
    assert!(
        first.text().contains("has not been built yet"),
        "{}",
        first.text()
    );
    server.broadcast(LiveEvent::Errors(vec![OverlayDiagnostic {
        rule: "score.range".into(),
        severity: "error".into(),
        file: "partners/acme.md".into(),
        line: 7,
        column: 16,
        message: "icp_overlap is 400".into(),
    }]));
    for target in ["/", "/partners/acme.html", "/nope"] {
        let page = get(server.addr(), target)?;
        assert_eq!(page.status, 503, "{target}");
        let text = page.text();
        assert!(text.contains("No good build yet"), "{target}: {text}");
        assert!(text.contains("score.range") && text.contains("partners/acme.md:7:16"));
        assert!(
            text.contains("/__partnerbook/live.js"),
            "the overlay script"
        );
    }
    // The first good build lands: the site is served, unknown pages are 404 again.
    fs::create_dir_all(&root)?;
    fs::write(root.join("index.html"), PAGE)?;
    assert_eq!(get(server.addr(), "/")?.status, 200);
    let missing = get(server.addr(), "/nope")?;
    assert_eq!(missing.status, 404);
    assert!(missing.text().contains("Not found"));
    Ok(())
}

impl ServedSite {
    fn server_root(&self) -> PathBuf {
        self.dir.path().join("output")
    }
}

#[test]
fn traversal_is_refused() -> Result<()> {
    let site = ServedSite::start()?;
    for target in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/partners/../../secret.txt",
        "/..%5csecret.txt",
    ] {
        let reply = site.get(target)?;
        assert!(
            reply.status == 400 || reply.status == 404,
            "{target}: {}",
            reply.status
        );
        assert!(!reply.text().contains("TOP SECRET"), "{target} leaked");
    }
    Ok(())
}

#[test]
fn busy_requested_port_is_an_error() -> Result<()> {
    let taken = TcpListener::bind("127.0.0.1:0")?;
    let port = taken.local_addr()?.port();
    let dir = tempfile::tempdir()?;
    let opts = ServeOptions {
        port: Some(port),
        ..ServeOptions::new(dir.path())
    };
    let error = match Server::start(opts) {
        Ok(_) => bail!("started on a busy port"),
        Err(e) => format!("{e:#}"),
    };
    assert!(error.contains(&port.to_string()), "{error}");
    Ok(())
}

#[test]
fn shutdown_frees_the_port() -> Result<()> {
    // An OS-chosen port, so no other test's server takes it in between.
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let site = ServedSite::start_with(|root| ServeOptions {
        port: Some(port),
        ..ServeOptions::new(root)
    })?;
    assert_eq!(get(site.server.addr(), "/style.css")?.text(), CSS);
    let root = site.server_root();
    site.server.shutdown();
    let again = Server::start(ServeOptions {
        port: Some(port),
        ..ServeOptions::new(root)
    })?;
    assert_eq!(again.addr().port(), port);
    assert_eq!(get(again.addr(), "/style.css")?.text(), CSS);
    Ok(())
}

#[test]
fn base_path_prefixes_site_and_script() -> Result<()> {
    let site = ServedSite::start_with(|root| ServeOptions {
        base_path: "/handbook/".into(),
        ..ServeOptions::new(root)
    })?;
    assert!(site.server.url().ends_with("/handbook/"));
    let root = site.get("/")?;
    assert_eq!(root.status, 302);
    assert_eq!(root.header("location"), Some("/handbook/"));
    let page = site.get("/handbook/")?;
    assert!(page
        .text()
        .contains("<script src=\"/handbook/__partnerbook/live.js\"></script></body>"));
    assert_eq!(site.get("/style.css")?.status, 404);
    assert_eq!(site.get("/handbook/style.css")?.text(), CSS);
    Ok(())
}

#[test]
fn events_reach_connected_pages() -> Result<()> {
    let site = ServedSite::start()?;
    let mut events = Events::connect(site.server.addr(), "/__partnerbook/events")?;
    site.server.broadcast(LiveEvent::Errors(vec![diagnostic()]));
    let data = events.expect_event("errors")?;
    let parsed: serde_json::Value = serde_json::from_str(&data)?;
    assert_eq!(parsed[0]["rule"], "partner.score");
    assert_eq!(parsed[0]["file"], "partners/acme.md");
    assert_eq!(parsed[0]["line"], 4);
    assert_eq!(parsed[0]["message"], "weights sum to 95, not 100 <b>");
    site.server.broadcast(LiveEvent::CssChanged);
    events.expect_event("css")?;
    site.server.broadcaster().broadcast(LiveEvent::Reload);
    events.expect_event("reload")?;
    Ok(())
}

#[test]
fn late_pages_get_the_current_errors() -> Result<()> {
    let site = ServedSite::start()?;
    site.server.broadcast(LiveEvent::Errors(vec![diagnostic()]));
    let mut late = Events::connect(site.server.addr(), "/__partnerbook/events")?;
    let data = late.expect_event("errors")?;
    assert!(data.contains("partner.score"));
    site.server.broadcast(LiveEvent::Clear);
    late.expect_event("clear")?;
    // After Clear a new page starts clean: the next thing it sees is the next event.
    let mut fresh = Events::connect(site.server.addr(), "/__partnerbook/events")?;
    site.server.broadcast(LiveEvent::Reload);
    let next = fresh.next_field()?;
    assert_eq!(next, "event: reload");
    Ok(())
}

#[test]
fn shutdown_says_goodbye_to_pages() -> Result<()> {
    let site = ServedSite::start()?;
    let mut events = Events::connect(site.server.addr(), "/__partnerbook/events")?;
    assert_eq!(site.server.broadcaster().client_count(), 1);
    site.server.shutdown();
    events.expect_event("bye")?;
    Ok(())
}

/// Runs `live_test.js` (a fake DOM and EventSource) against the script when Node.js is
/// installed (`node`; with `CI` set a missing `node` fails the test): overlay built from
/// text only, cleared on `clear`/`reload`, stylesheets swapped with a cache-busting
/// query, reconnection backing off 0.5 s → 5 s, reload when a different server
/// instance answers.
#[test]
fn live_script_behaves_in_a_fake_browser() -> Result<()> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/serve");
    let output = std::process::Command::new("node")
        .arg(dir.join("live_test.js"))
        .arg(dir.join("live.js"))
        .output();
    match output {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
                bail!("`node` is required when CI is set (.ci/run installs nodejs)");
            }
            eprintln!("skipped: node is not installed");
            Ok(())
        }
        Err(e) => Err(e.into()),
        Ok(out) => {
            let stdout = String::from_utf8_lossy(&out.stdout);
            if !out.status.success() || !stdout.contains("live.js OK") {
                bail!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
            }
            Ok(())
        }
    }
}
