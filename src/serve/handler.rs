//! Answers one preview request: static files from the output directory (HTML with the
//! live-reload script injected), the script itself, the event stream, redirects and
//! the 404 page, and the "no good build yet" page while there is no site.

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tiny_http::{Header, Method, Request, Response};

use super::files::{self, Resolved, Route};
use super::live::{self, Hub};
use super::waiting;

/// How often the accept loop looks at the shutdown flag.
const STOP_CHECK: Duration = Duration::from_millis(100);

/// The live-reload script sent to pages.
const LIVE_JS: &str = include_str!("live.js");

/// What every request handler needs.
pub(crate) struct Site {
    pub root: std::path::PathBuf,
    pub base_path: String,
    pub hub: Arc<Hub>,
}

/// A response body with its status and type.
struct Body {
    status: u16,
    content_type: &'static str,
    bytes: Vec<u8>,
}

/// Hands each request to its own thread until `stop` is set.
pub(crate) fn accept(http: &tiny_http::Server, site: &Arc<Site>, stop: &AtomicBool) {
    while !stop.load(Ordering::Acquire) {
        let request = match http.recv_timeout(STOP_CHECK) {
            Ok(Some(request)) => request,
            Ok(None) | Err(_) => continue,
        };
        let site = Arc::clone(site);
        // One thread per request: event streams live long, and a slow client must
        // not hold up the others.
        let spawned = std::thread::Builder::new()
            .name("partnerbook-request".into())
            .spawn(move || handle(request, &site));
        if spawned.is_err() {
            std::thread::sleep(STOP_CHECK);
        }
    }
}

fn handle(request: Request, site: &Site) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let response = with_headers(Response::empty(405), &[("Allow", "GET, HEAD")]);
        let _ = request.respond(response);
        return;
    }
    match files::route(request.url(), &site.base_path) {
        Route::Events => live::stream_events(request, &site.hub),
        Route::Script => {
            let body = Body {
                status: 200,
                content_type: "text/javascript; charset=utf-8",
                bytes: LIVE_JS.as_bytes().to_vec(),
            };
            send(request, site, body);
        }
        Route::Redirect(to) => redirect(request, &to),
        Route::BadRequest => {
            let body = Body {
                status: 400,
                content_type: "text/plain; charset=utf-8",
                bytes: b"bad request\n".to_vec(),
            };
            send(request, site, body);
        }
        Route::NotFound => not_found(request, site),
        Route::File {
            segments,
            trailing_slash,
        } => match files::resolve(&site.root, &segments, trailing_slash) {
            Resolved::Found(path) => send_file(request, site, &path),
            Resolved::AddSlash => {
                let url = request.url();
                let (path, query) = url.split_at(url.find('?').unwrap_or(url.len()));
                let to = format!("{path}/{query}");
                redirect(request, &to);
            }
            Resolved::NotFound => not_found(request, site),
        },
    }
}

fn send_file(request: Request, site: &Site, path: &Path) {
    match std::fs::read(path) {
        Ok(bytes) => {
            let body = Body {
                status: 200,
                content_type: files::content_type(path),
                bytes,
            };
            send(request, site, body);
        }
        // Gone between lookup and read (a build swapping the output in).
        Err(_) => not_found(request, site),
    }
}

fn not_found(request: Request, site: &Site) {
    if !has_site(&site.root) {
        return no_build_yet(request, site);
    }
    let page = match files::resolve(&site.root, &["404.html".to_string()], false) {
        Resolved::Found(path) => std::fs::read(path).ok(),
        _ => None,
    };
    let body = Body {
        status: 404,
        content_type: "text/html; charset=utf-8",
        bytes: page.unwrap_or_else(|| files::FALLBACK_404.as_bytes().to_vec()),
    };
    send(request, site, body);
}

/// Whether the output directory holds a built site (its home page).
fn has_site(root: &Path) -> bool {
    matches!(files::resolve(root, &[], true), Resolved::Found(_))
}

/// Until the first good build there is no site: every page is the built-in "no good
/// build yet" page listing the latest problems (503, so nothing takes it for the site).
fn no_build_yet(request: Request, site: &Site) {
    let body = Body {
        status: 503,
        content_type: "text/html; charset=utf-8",
        bytes: waiting::page(&site.hub.errors()).into_bytes(),
    };
    send(request, site, body);
}

/// Sends a body, injecting the live-reload script when it is HTML. Nothing is cached:
/// every reload must see the latest build.
fn send(request: Request, site: &Site, body: Body) {
    let bytes = if files::is_html(body.content_type) {
        files::inject_script(&body.bytes, &files::script_tag(&site.base_path))
    } else {
        body.bytes
    };
    let response = Response::from_data(bytes).with_status_code(body.status);
    let response = with_headers(
        response,
        &[
            ("Content-Type", body.content_type),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
        ],
    );
    let _ = request.respond(response);
}

fn redirect(request: Request, to: &str) {
    let response = with_headers(Response::empty(302), &[("Location", to)]);
    let _ = request.respond(response);
}

/// Adds headers; a value that is not valid in a header (only possible for hostile
/// request URLs echoed in `Location`) is left out.
pub(crate) fn with_headers<R: Read>(
    mut response: Response<R>,
    headers: &[(&str, &str)],
) -> Response<R> {
    for (name, value) in headers {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    response
}
