//! Plain HTTP/1.x requests over a TCP socket, for `partnerbook serve` and for
//! Chromium's DevTools endpoint.

use super::WAIT;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};

/// An HTTP response, read to the end.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `GET path` (HTTP/1.0, so the body comes whole, not chunked).
pub fn connect(addr: SocketAddr, path: &str) -> TcpStream {
    let mut stream = TcpStream::connect_timeout(&addr, WAIT).expect("connect");
    stream.set_read_timeout(Some(WAIT)).expect("timeout");
    let request = format!("GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n");
    stream.write_all(request.as_bytes()).expect("send request");
    stream
}

/// `GET path` with a fresh connection; panics when there is no HTTP answer.
pub fn get(addr: SocketAddr, path: &str) -> Response {
    fetch(addr, path, "HTTP/1.0").unwrap_or_else(|| panic!("no HTTP answer from {addr}{path}"))
}

/// `GET path` in the given HTTP version, asking the server to close the connection
/// after answering (Chromium's DevTools server only speaks HTTP/1.1).
pub fn fetch(addr: SocketAddr, path: &str, version: &str) -> Option<Response> {
    let mut stream = TcpStream::connect_timeout(&addr, WAIT).ok()?;
    stream.set_read_timeout(Some(WAIT)).ok()?;
    let request = format!("GET {path} {version}\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).ok()?;
    let (raw, split) = read_response(&mut stream)?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    Some(Response {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    })
}

/// Reads a response: up to `Content-Length` bytes of body when the server gives one
/// (Chromium keeps the connection open), else to the end. Returns the bytes and where
/// the headers end.
fn read_response(stream: &mut TcpStream) -> Option<(Vec<u8>, usize)> {
    let mut raw = Vec::new();
    let mut chunk = [0u8; 8192];
    let split = loop {
        if let Some(i) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        raw.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    match length {
        Some(len) => {
            while raw.len() < split + 4 + len {
                let n = stream.read(&mut chunk).ok()?;
                if n == 0 {
                    break;
                }
                raw.extend_from_slice(&chunk[..n]);
            }
        }
        None => {
            stream.read_to_end(&mut raw).ok()?;
        }
    }
    Some((raw, split))
}
