//! The span index: where each key and value of a YAML document was written.
//!
//! serde_yaml reports positions for errors only, so a second, event-based pass with
//! yaml-rust2 records the position of every key and value under its path
//! (`scores.icp_overlap`, `partner_tiers.gold.benefits[2]`). Rules look positions up
//! here by path; nothing else re-discovers positions.

use crate::source::{FileId, SourceFile, Span};
use std::collections::HashMap;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// Position of one key and its value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    pub key: Option<Span>,
    pub value: Span,
    /// Whether the value is a scalar (not a mapping or sequence).
    pub scalar: bool,
}

/// Positions of every key and value of one YAML document, by path.
///
/// The document itself is indexed under the empty path, so a missing top-level key
/// falls back to the start of the document rather than of the file.
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    file: FileId,
    entries: HashMap<String, Entry>,
    /// Keys written a second time in the same mapping: path and span of the repeat.
    duplicates: Vec<(String, Span)>,
}

impl SpanIndex {
    /// Indexes `yaml`, whose line numbers are line numbers of `file`
    /// (front matter is passed with the lines before it blanked out).
    pub fn build(file_id: FileId, file: &SourceFile, yaml: &str) -> SpanIndex {
        let mut recv = Recorder {
            file: file_id,
            src: file,
            stack: Vec::new(),
            entries: HashMap::new(),
            duplicates: Vec::new(),
        };
        let mut parser = Parser::new_from_str(yaml);
        // Errors were already reported by serde_yaml; keep what was indexed so far.
        let _ = parser.load(&mut recv, false);
        SpanIndex {
            file: file_id,
            entries: recv.entries,
            duplicates: recv.duplicates,
        }
    }

    /// An index with no entries (for a file that did not parse).
    pub fn empty(file: FileId) -> SpanIndex {
        SpanIndex {
            file,
            entries: HashMap::new(),
            duplicates: Vec::new(),
        }
    }

    pub fn file(&self) -> FileId {
        self.file
    }

    /// Every indexed path and entry (unordered).
    pub fn entries(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Keys written twice in one mapping (path, span of the second), in document order.
    pub fn duplicates(&self) -> &[(String, Span)] {
        &self.duplicates
    }

    pub fn get(&self, path: &str) -> Option<&Entry> {
        self.entries.get(path)
    }

    /// Span of the value at `path`, or of its nearest written ancestor.
    pub fn value(&self, path: &str) -> Span {
        self.nearest(path)
            .map_or(Span::file_start(self.file), |e| e.value)
    }

    /// Span of the key at `path` (its value when it has no key), or of its nearest ancestor.
    pub fn key(&self, path: &str) -> Span {
        self.nearest(path)
            .map_or(Span::file_start(self.file), |e| e.key.unwrap_or(e.value))
    }

    fn nearest(&self, path: &str) -> Option<&Entry> {
        let mut p = path;
        loop {
            if let Some(e) = self.entries.get(p) {
                return Some(e);
            }
            match p.rfind(['.', '[']) {
                Some(cut) => p = &p[..cut],
                None if p.is_empty() => return None,
                None => p = "",
            }
        }
    }
}

enum Frame {
    Map {
        path: String,
        /// The full path and span of the key whose value comes next.
        key: Option<(String, Span)>,
        /// Whether a key of this mapping has been seen yet.
        keyed: bool,
    },
    Seq {
        path: String,
        index: usize,
    },
}

struct Recorder<'a> {
    file: FileId,
    src: &'a SourceFile,
    stack: Vec<Frame>,
    entries: HashMap<String, Entry>,
    duplicates: Vec<(String, Span)>,
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

impl Recorder<'_> {
    fn offset(&self, mark: Marker) -> usize {
        self.src.offset_of(mark.line(), mark.col() + 1)
    }

    /// Where the next value goes: its path and its key span.
    fn next_value_slot(&mut self) -> Option<(String, Option<Span>)> {
        match self.stack.last_mut()? {
            Frame::Map { key, .. } => {
                let (full, span) = key.take()?;
                Some((full, Some(span)))
            }
            Frame::Seq { path, index } => {
                let p = format!("{path}[{index}]");
                *index += 1;
                Some((p, None))
            }
        }
    }

    /// Whether the next scalar is a mapping key.
    fn expecting_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Map { key: None, .. }))
    }

    fn record(&mut self, path: String, key: Option<Span>, value: Span, scalar: bool) {
        self.entries
            .entry(path)
            .or_insert(Entry { key, value, scalar });
    }

    fn start_collection(&mut self, mark: Marker, is_map: bool) {
        let start = self.offset(mark);
        let value = Span::new(self.file, start, start + 1);
        let (path, key) = self.next_value_slot().unwrap_or_default();
        self.record(path.clone(), key, value, false);
        self.stack.push(if is_map {
            Frame::Map {
                path,
                key: None,
                keyed: false,
            }
        } else {
            Frame::Seq { path, index: 0 }
        });
    }

    fn scalar(&mut self, text: &str, style: TScalarStyle, mark: Marker) {
        let start = self.offset(mark);
        let end = match style {
            TScalarStyle::Literal | TScalarStyle::Folded => start + 1,
            _ => self.src.token_end(start).max(start + text.len().min(1)),
        };
        let span = Span::new(self.file, start, end);
        if self.expecting_key() {
            self.key(text, span);
            return;
        }
        if let Some((path, key)) = self.next_value_slot() {
            self.record(path, key, span, true);
        }
    }
}

impl Recorder<'_> {
    /// A key of the innermost mapping: remembered for its value, checked for repeats.
    fn key(&mut self, text: &str, span: Span) {
        let Some(Frame::Map { path, key, keyed }) = self.stack.last_mut() else {
            return;
        };
        let full = join(path, text);
        if !*keyed {
            *keyed = true;
            // A block mapping starts at its first key, not at the first `:`.
            if let Some(e) = self.entries.get_mut(path.as_str()) {
                if span.start < e.value.start {
                    e.value = Span::new(span.file, span.start, span.start + 1);
                }
            }
        }
        if self.entries.contains_key(&full) {
            self.duplicates.push((full.clone(), span));
        }
        *key = Some((full, span));
    }
}

impl MarkedEventReceiver for Recorder<'_> {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::MappingStart(..) => self.start_collection(mark, true),
            Event::SequenceStart(..) => self.start_collection(mark, false),
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            Event::Scalar(text, style, ..) => self.scalar(&text, style, mark),
            Event::Alias(_) => self.scalar("*", TScalarStyle::Plain, mark),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(text: &str) -> (SourceFile, SpanIndex) {
        let f = SourceFile::new(
            "p.yaml".into(),
            "p.yaml".into(),
            "p.yaml".into(),
            text.into(),
        );
        let idx = SpanIndex::build(0, &f, text);
        (f, idx)
    }

    #[test]
    fn records_nested_keys_and_values() {
        let text = "company:\n  name: Northwind\n  markets: [EU, \"North America\"]\nscoring:\n  weights: {icp_overlap: 30, market_influence: 25}\n";
        let (f, idx) = index(text);
        let name = idx.value("company.name");
        assert_eq!(&f.text[name.start..name.end], "Northwind");
        assert_eq!(f.line_col(idx.key("company.name").start), (2, 3));
        let m1 = idx.value("company.markets[1]");
        assert_eq!(&f.text[m1.start..m1.end], "\"North America\"");
        let w = idx.value("scoring.weights.market_influence");
        assert_eq!(&f.text[w.start..w.end], "25");
        assert_eq!(f.line_col(w.start), (5, 48));
    }

    #[test]
    fn missing_paths_fall_back_to_ancestors() {
        let (f, idx) = index("partner_tiers:\n  gold:\n    name: Gold\n");
        let s = idx.key("partner_tiers.gold.benefits");
        assert_eq!(f.line_col(s.start), (2, 3));
        // the document itself is the last resort
        assert_eq!(f.line_col(idx.value("nothing.here").start), (1, 1));
    }

    #[test]
    fn block_sequences_of_maps() {
        let text = "okrs:\n  - objective: A\n    key_results:\n      - text: one\n        target: \"$10M\"\n";
        let (f, idx) = index(text);
        let t = idx.value("okrs[0].key_results[0].target");
        assert_eq!(&f.text[t.start..t.end], "\"$10M\"");
        assert_eq!(f.line_col(t.start).0, 5);
    }

    #[test]
    fn block_mappings_start_at_their_first_key() {
        let (f, idx) = index("# comment\nid: D-001\nitems:\n  - title: A\n    status: done\n");
        assert_eq!(f.line_col(idx.value("").start), (2, 1));
        assert_eq!(f.line_col(idx.value("items[0]").start), (4, 5));
        assert_eq!(f.line_col(idx.key("missing").start), (2, 1));
    }

    #[test]
    fn repeated_keys_are_recorded() {
        let (f, idx) = index("a:\n  x: 1\n  y: 2\n  x: 3\nb: {x: 1}\n");
        let d: Vec<(&str, (usize, usize))> = idx
            .duplicates()
            .iter()
            .map(|(p, s)| (p.as_str(), f.line_col(s.start)))
            .collect();
        assert_eq!(d, vec![("a.x", (4, 3))]);
    }
}
