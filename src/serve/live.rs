//! Live reload over server-sent events: a hub that remembers the current error state
//! and fans events out to every connected page, and the per-client stream writer.

use std::io::Write;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tiny_http::{Header, Request, Response};

use super::{LiveEvent, OverlayDiagnostic};

/// A comment line is sent this often so dead connections are noticed and dropped.
const KEEPALIVE: Duration = Duration::from_secs(15);

/// Reconnection delay suggested to the browser (the script adds its own backoff).
const RETRY_MS: u32 = 1000;

/// Connected pages and the state a newly connected page must see.
pub(crate) struct Hub {
    state: Mutex<HubState>,
    /// Identifies this server process; a page that reconnects to a different
    /// instance reloads, since the site was rebuilt meanwhile.
    instance: String,
}

#[derive(Default)]
struct HubState {
    clients: Vec<Sender<Arc<str>>>,
    errors: Option<Vec<OverlayDiagnostic>>,
    closed: bool,
}

impl Hub {
    pub fn new() -> Self {
        let started = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        Hub {
            state: Mutex::new(HubState::default()),
            instance: format!("{}-{started}", std::process::id()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, HubState> {
        // A panic while holding the lock cannot leave the state half-updated in a
        // way that matters: at worst one event is lost.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Sends `event` to every connected page and updates the error state.
    pub fn broadcast(&self, event: &LiveEvent) {
        let mut state = self.lock();
        match event {
            LiveEvent::Errors(diags) => state.errors = Some(diags.clone()),
            LiveEvent::Clear | LiveEvent::Reload => state.errors = None,
            LiveEvent::CssChanged => {}
        }
        let message: Arc<str> = sse_message(event).into();
        state
            .clients
            .retain(|client| client.send(Arc::clone(&message)).is_ok());
    }

    /// The problems of the latest failed build, until a good build or `Clear`.
    pub fn errors(&self) -> Vec<OverlayDiagnostic> {
        self.lock().errors.clone().unwrap_or_default()
    }

    /// Registers a page; its stream starts with the current error state, if any.
    /// `None` once the server is shutting down.
    pub fn subscribe(&self) -> Option<Receiver<Arc<str>>> {
        let mut state = self.lock();
        if state.closed {
            return None;
        }
        let (tx, rx) = mpsc::channel();
        if let Some(errors) = &state.errors {
            let message = sse_message(&LiveEvent::Errors(errors.clone()));
            tx.send(message.into()).ok()?;
        }
        state.clients.push(tx);
        Some(rx)
    }

    /// Tells every page the server is going away, ends the streams and refuses new
    /// ones. Pages then reconnect with backoff until a server is back.
    pub fn close(&self) {
        let mut state = self.lock();
        state.closed = true;
        let bye: Arc<str> = "event: bye\ndata: {}\n\n".into();
        for client in state.clients.drain(..) {
            let _ = client.send(Arc::clone(&bye));
        }
    }

    /// How many pages are connected (streams not yet found dead).
    pub fn client_count(&self) -> usize {
        self.lock().clients.len()
    }

    fn hello(&self) -> String {
        let data = serde_json::json!({ "instance": self.instance });
        format!("retry: {RETRY_MS}\nevent: hello\ndata: {data}\n\n")
    }
}

/// Formats one event in the `text/event-stream` format. The data is JSON on a single
/// line (serde_json escapes newlines inside strings).
pub(crate) fn sse_message(event: &LiveEvent) -> String {
    let (name, data) = match event {
        LiveEvent::Reload => ("reload", "{}".to_string()),
        LiveEvent::CssChanged => ("css", "{}".to_string()),
        LiveEvent::Clear => ("clear", "{}".to_string()),
        LiveEvent::Errors(diags) => (
            "errors",
            serde_json::to_string(diags).unwrap_or_else(|_| "[]".to_string()),
        ),
    };
    format!("event: {name}\ndata: {data}\n\n")
}

/// Answers an events request and keeps writing to it until the page goes away or the
/// server shuts down. Runs on its own thread, one per page.
pub(crate) fn stream_events(request: Request, hub: &Hub) {
    let Some(events) = hub.subscribe() else {
        let _ = request.respond(Response::empty(503));
        return;
    };
    let mut response = Response::empty(200);
    for (name, value) in [
        ("Content-Type", "text/event-stream"),
        ("Cache-Control", "no-store"),
        ("X-Accel-Buffering", "no"),
    ] {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    // tiny_http buffers chunked bodies, so the stream is taken over after the
    // headers: the body then runs until the connection closes, and every event is
    // flushed as soon as it is written.
    let mut stream = request.upgrade("partnerbook-live", response);
    if send(&mut stream, &hub.hello()).is_err() {
        return;
    }
    loop {
        let message = match events.recv_timeout(KEEPALIVE) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => ": keepalive\n\n".into(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if send(&mut stream, &message).is_err() {
            return;
        }
    }
}

fn send(stream: &mut impl Write, message: &str) -> std::io::Result<()> {
    stream.write_all(message.as_bytes())?;
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag() -> OverlayDiagnostic {
        OverlayDiagnostic {
            rule: "partner.score".into(),
            severity: "error".into(),
            file: "partners/acme.md".into(),
            line: 3,
            column: 1,
            message: "weights sum to 95, not 100\n<script>".into(),
        }
    }

    #[test]
    fn messages_are_single_line_json() {
        let text = sse_message(&LiveEvent::Errors(vec![diag()]));
        assert!(text.starts_with("event: errors\ndata: [{"));
        assert!(text.ends_with("}]\n\n"));
        assert_eq!(text.lines().count(), 3, "{text}");
        assert!(text.contains("\\n<script>"));
        assert_eq!(
            sse_message(&LiveEvent::Reload),
            "event: reload\ndata: {}\n\n"
        );
        assert_eq!(
            sse_message(&LiveEvent::CssChanged),
            "event: css\ndata: {}\n\n"
        );
    }

    #[test]
    fn new_subscribers_get_the_current_errors_until_cleared() {
        let hub = Hub::new();
        hub.broadcast(&LiveEvent::Errors(vec![diag()]));
        let late = hub.subscribe();
        let first = late.as_ref().and_then(|rx| rx.try_recv().ok());
        assert!(first.is_some_and(|m| m.starts_with("event: errors")));
        hub.broadcast(&LiveEvent::Clear);
        let after_clear = hub.subscribe();
        assert!(after_clear.is_some_and(|rx| rx.try_recv().is_err()));
    }

    #[test]
    fn closing_ends_streams_and_refuses_new_ones() -> Result<(), &'static str> {
        let hub = Hub::new();
        let rx = hub.subscribe();
        assert_eq!(hub.client_count(), 1);
        hub.close();
        let rx = rx.ok_or("subscribe failed")?;
        assert_eq!(rx.recv().as_deref(), Ok("event: bye\ndata: {}\n\n"));
        assert!(rx.recv().is_err());
        assert!(hub.subscribe().is_none());
        Ok(())
    }

    #[test]
    fn dead_clients_are_dropped_on_broadcast() {
        let hub = Hub::new();
        let keep = hub.subscribe();
        drop(hub.subscribe());
        hub.broadcast(&LiveEvent::Reload);
        assert_eq!(hub.client_count(), 1);
        drop(keep);
    }
}
