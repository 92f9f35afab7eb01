//! Maps request URLs to files of the output directory for the preview server: base
//! path handling, percent-decoding, traversal rejection, `index.html` for directories,
//! content types, and injection of the live-reload script into HTML.

use std::fs;
use std::path::{Path, PathBuf};

/// The live-reload endpoints, relative to the base path (and also served at `/`).
pub(crate) const EVENTS_PATH: &str = "__partnerbook/events";
pub(crate) const SCRIPT_PATH: &str = "__partnerbook/live.js";

/// What a request URL asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Route {
    /// The server-sent events stream.
    Events,
    /// The live-reload script.
    Script,
    /// A path inside the output directory, as decoded segments.
    File {
        segments: Vec<String>,
        trailing_slash: bool,
    },
    /// Send the client elsewhere (to the base path, or a directory with its slash).
    Redirect(String),
    /// Malformed or hostile (`..`, bad percent-encoding, backslashes, NUL).
    BadRequest,
    /// Outside the base path.
    NotFound,
}

/// Normalises a base path to start and end with `/`: `sub` → `/sub/`, `` → `/`.
pub(crate) fn normalize_base(base: &str) -> String {
    let trimmed = base.trim().trim_matches('/');
    if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    }
}

/// Routes a request target (path and optional query) under `base` (normalised).
pub(crate) fn route(target: &str, base: &str) -> Route {
    let raw_path = target.split(['?', '#']).next().unwrap_or_default();
    if !raw_path.starts_with('/') {
        return Route::BadRequest;
    }
    let Some(path) = percent_decode(raw_path) else {
        return Route::BadRequest;
    };
    for prefix in [base, "/"] {
        if let Some(rest) = path.strip_prefix(prefix) {
            if rest == EVENTS_PATH {
                return Route::Events;
            }
            if rest == SCRIPT_PATH {
                return Route::Script;
            }
        }
    }
    if base != "/" && (path == "/" || path == base.trim_end_matches('/')) {
        return Route::Redirect(base.to_string());
    }
    let Some(rest) = path.strip_prefix(base) else {
        return Route::NotFound;
    };
    let mut segments = Vec::new();
    for segment in rest.split('/') {
        if segment == ".." || segment.contains(['\\', '\0']) || has_drive_prefix(segment) {
            return Route::BadRequest;
        }
        if !segment.is_empty() && segment != "." {
            segments.push(segment.to_string());
        }
    }
    Route::File {
        segments,
        trailing_slash: rest.is_empty() || rest.ends_with('/'),
    }
}

/// `C:` and the like would make `Path::push` replace the whole path on Windows.
fn has_drive_prefix(segment: &str) -> bool {
    segment.contains(':')
}

/// Decodes `%XX` escapes; `None` for a malformed escape or non-UTF-8 result.
pub(crate) fn percent_decode(input: &str) -> Option<String> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Where a file route leads on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// A regular file inside the root (canonical path).
    Found(PathBuf),
    /// A directory asked for without its trailing slash.
    AddSlash,
    NotFound,
}

/// Finds the file for `segments` under `root`: `index.html` for directories,
/// `name.html` for an extension-less name, and only files whose real path (symlinks
/// resolved) stays inside the root.
pub(crate) fn resolve(root: &Path, segments: &[String], trailing_slash: bool) -> Resolved {
    let Ok(root) = root.canonicalize() else {
        return Resolved::NotFound;
    };
    let mut path = root.clone();
    path.extend(segments);
    let candidate = match fs::metadata(&path) {
        Ok(meta) if meta.is_dir() => {
            if !trailing_slash {
                return Resolved::AddSlash;
            }
            path.join("index.html")
        }
        Ok(_) => path,
        Err(_) => match segments.last() {
            Some(last) if !last.contains('.') => path.with_extension("html"),
            _ => return Resolved::NotFound,
        },
    };
    match candidate.canonicalize() {
        Ok(real) if real.starts_with(&root) && real.is_file() => Resolved::Found(real),
        _ => Resolved::NotFound,
    }
}

/// The `Content-Type` for a file, by extension.
pub(crate) fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

/// Whether responses of this content type get the live-reload script.
pub(crate) fn is_html(content_type: &str) -> bool {
    content_type.starts_with("text/html")
}

/// The tag that loads the live-reload script for a site under `base`.
pub(crate) fn script_tag(base: &str) -> String {
    format!("<script src=\"{base}{SCRIPT_PATH}\"></script>")
}

/// Inserts `tag` before the last `</body>` (any case), or appends it when there is none.
pub(crate) fn inject_script(html: &[u8], tag: &str) -> Vec<u8> {
    let needle = b"</body";
    let at = html
        .windows(needle.len())
        .rposition(|w| w.eq_ignore_ascii_case(needle))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// The page sent for unknown paths when the site has no `404.html` of its own.
pub(crate) const FALLBACK_404: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>\n<body><h1>Not found</h1><p>This page does not exist in the built site (yet).</p></body></html>\n";

#[cfg(test)]
mod tests {
    use super::*;

    fn file(segments: &[&str], trailing_slash: bool) -> Route {
        Route::File {
            segments: segments.iter().map(|s| s.to_string()).collect(),
            trailing_slash,
        }
    }

    #[test]
    fn routes_files_under_the_root_base() {
        assert_eq!(route("/", "/"), file(&[], true));
        assert_eq!(
            route("/partners/acme.html?x=1", "/"),
            file(&["partners", "acme.html"], false)
        );
        assert_eq!(route("/partners/", "/"), file(&["partners"], true));
        assert_eq!(
            route("/a%20b/c%C3%A9.html", "/"),
            file(&["a b", "cé.html"], false)
        );
    }

    #[test]
    fn rejects_traversal_in_every_spelling() {
        for target in [
            "/../Cargo.toml",
            "/%2e%2e/Cargo.toml",
            "/%2E%2E%2FCargo.toml",
            "/a/../../b",
            "/..%5cCargo.toml",
            "/a%00b",
            "/C:/Windows",
            "/%zz",
            "/%e9",
            "relative",
        ] {
            assert_eq!(route(target, "/"), Route::BadRequest, "{target}");
        }
    }

    #[test]
    fn base_path_prefixes_everything() {
        assert_eq!(normalize_base("sub"), "/sub/");
        assert_eq!(normalize_base("/sub/"), "/sub/");
        assert_eq!(normalize_base(""), "/");
        assert_eq!(route("/", "/sub/"), Route::Redirect("/sub/".into()));
        assert_eq!(route("/sub", "/sub/"), Route::Redirect("/sub/".into()));
        assert_eq!(route("/sub/x.css", "/sub/"), file(&["x.css"], false));
        assert_eq!(route("/other/x.css", "/sub/"), Route::NotFound);
        assert_eq!(route("/sub/__partnerbook/events", "/sub/"), Route::Events);
        assert_eq!(route("/__partnerbook/live.js", "/sub/"), Route::Script);
    }

    #[test]
    fn content_types_by_extension() {
        for (name, ct) in [
            ("a.html", "text/html; charset=utf-8"),
            ("a.css", "text/css; charset=utf-8"),
            ("a.js", "text/javascript; charset=utf-8"),
            ("a.json", "application/json"),
            ("a.svg", "image/svg+xml"),
            ("board-pack.pdf", "application/pdf"),
            ("a.PNG", "image/png"),
            ("a.woff2", "font/woff2"),
            ("a.bin", "application/octet-stream"),
        ] {
            assert_eq!(content_type(Path::new(name)), ct, "{name}");
        }
    }

    #[test]
    fn script_goes_before_the_last_body_close() {
        let html = b"<html><body><p>&lt;/body&gt;</p></BODY></html>";
        let out = inject_script(html, "<script></script>");
        assert_eq!(
            String::from_utf8_lossy(&out),
            "<html><body><p>&lt;/body&gt;</p><script></script></BODY></html>"
        );
        let bare = inject_script(b"<p>hi</p>", "<s>");
        assert_eq!(bare, b"<p>hi</p><s>");
    }

    #[test]
    fn resolves_index_and_rejects_escapes() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let root = dir.path().join("site");
        fs::create_dir_all(root.join("partners"))?;
        fs::write(root.join("index.html"), "home")?;
        fs::write(root.join("partners/index.html"), "list")?;
        fs::write(root.join("partners/acme.html"), "acme")?;
        fs::write(dir.path().join("secret.txt"), "secret")?;
        let real_root = root.canonicalize()?;
        let seg = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            resolve(&root, &[], true),
            Resolved::Found(real_root.join("index.html"))
        );
        assert_eq!(
            resolve(&root, &seg(&["partners"]), false),
            Resolved::AddSlash
        );
        assert_eq!(
            resolve(&root, &seg(&["partners"]), true),
            Resolved::Found(real_root.join("partners/index.html"))
        );
        assert_eq!(
            resolve(&root, &seg(&["partners", "acme"]), false),
            Resolved::Found(real_root.join("partners/acme.html"))
        );
        assert_eq!(
            resolve(&root, &seg(&["nope.css"]), false),
            Resolved::NotFound
        );
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("leak.txt"))?;
            assert_eq!(
                resolve(&root, &seg(&["leak.txt"]), false),
                Resolved::NotFound
            );
        }
        Ok(())
    }
}
