//! Source files of a plan and positions (spans) within them.
//!
//! Every value a rule can point at carries a [`Span`]: a file id and a byte range
//! into that file's text. Line and column numbers are computed here, in one place.

/// The manifest partnerbook writes into every output directory (the files it wrote):
/// a directory holding it is partnerbook's output, never part of a plan, wherever it is.
pub const OUTPUT_MANIFEST: &str = ".partnerbook-manifest";

use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Index of a file in [`Sources`].
pub type FileId = usize;

/// A byte range in one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    pub file: FileId,
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        Span {
            file,
            start,
            end: end.max(start),
        }
    }

    /// The start of a file (for problems that concern the whole file).
    pub fn file_start(file: FileId) -> Self {
        Span::new(file, 0, 0)
    }
}

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// One file of the plan, read as text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the content directory, with `/` separators.
    pub rel: String,
    /// Path as shown to the user (content dir as given + relative path).
    pub display: String,
    /// Full path on disk (or in the git revision).
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(rel: String, display: String, path: PathBuf, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            rel,
            display,
            path,
            text,
            line_starts,
        }
    }

    /// Byte offsets where each line starts.
    pub fn line_starts(&self) -> &[usize] {
        &self.line_starts
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        (line + 1, col + 1)
    }

    /// Byte offset of a 1-based line and column (in characters); clamped to the text.
    pub fn offset_of(&self, line: usize, col: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        let line_text = &self.text[start..end];
        let byte = line_text
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(line_text.trim_end_matches(['\n', '\r']).len(), |(i, _)| i);
        start + byte
    }

    /// Byte offset just past the token that starts at `offset` on its line:
    /// a quoted string up to its closing quote, or a plain value up to a comment,
    /// a flow delimiter or the end of the line.
    pub fn token_end(&self, offset: usize) -> usize {
        let rest = &self.text[offset.min(self.text.len())..];
        let line = rest.split(['\n', '\r']).next().unwrap_or("");
        let len = match line.chars().next() {
            Some(q @ ('"' | '\'')) => quoted_len(line, q),
            _ => plain_len(line),
        };
        offset + len
    }
}

fn quoted_len(line: &str, quote: char) -> usize {
    let mut escaped = false;
    for (i, c) in line.char_indices().skip(1) {
        if quote == '"' && c == '\\' && !escaped {
            escaped = true;
            continue;
        }
        if c == quote && !escaped {
            return i + 1;
        }
        escaped = false;
    }
    line.len()
}

fn plain_len(line: &str) -> usize {
    let mut end = line.len();
    for (i, c) in line.char_indices() {
        let next_is_space = line[i + c.len_utf8()..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace);
        if c == '#' && i > 0 && line[..i].ends_with(char::is_whitespace) {
            end = i;
            break;
        }
        if matches!(c, ',' | ']' | '}') || (c == ':' && next_is_space) {
            end = i;
            break;
        }
    }
    line[..end].trim_end().len()
}

/// All files of one plan.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    files: Vec<Arc<SourceFile>>,
}

impl Sources {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(Arc::new(file));
        self.files.len() - 1
    }

    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id).map(|f| &**f)
    }

    /// A shared handle on a file (for indexes built on demand).
    pub fn shared(&self, id: FileId) -> Option<Arc<SourceFile>> {
        self.files.get(id).cloned()
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().map(|f| &**f).enumerate()
    }

    pub fn find(&self, rel: &str) -> Option<FileId> {
        self.files.iter().position(|f| f.rel == rel)
    }

    /// The start and end (1-based line and column; the end is the position just
    /// past the span, as in SARIF and LSP) of a span, and its file's display path.
    pub fn region(&self, span: Span) -> Region {
        match self.get(span.file) {
            Some(f) => {
                let (line, column) = f.line_col(span.start);
                let (end_line, end_column) = f.line_col(span.end);
                Region {
                    file: f.display.clone(),
                    line,
                    column,
                    end_line,
                    end_column,
                }
            }
            None => Region {
                file: String::from("<unknown>"),
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
            },
        }
    }

    /// `path:line:col` of a span.
    pub fn location(&self, span: Span) -> (String, usize, usize) {
        match self.get(span.file) {
            Some(f) => {
                let (l, c) = f.line_col(span.start);
                (f.display.clone(), l, c)
            }
            None => (String::from("<unknown>"), 1, 1),
        }
    }
}

/// Where a span is, in the terms editors and CI tools use: the file as shown to the
/// user, the 1-based start and the position just past the end (columns in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// Joins a display root and a relative path the way users type paths.
pub fn display_path(root: &Path, rel: &str) -> String {
    let root = root.to_string_lossy();
    let root = root.trim_end_matches('/');
    if root.is_empty() || root == "." {
        rel.to_string()
    } else {
        format!("{root}/{rel}")
    }
}

/// A Markdown body and where it starts in its file.
#[derive(Debug, Clone, Default)]
pub struct Markdown {
    pub file: FileId,
    pub start: usize,
    pub text: String,
}

impl Markdown {
    pub fn span(&self, range: std::ops::Range<usize>) -> Span {
        Span::new(self.file, self.start + range.start, self.start + range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::new(
            "a.yaml".into(),
            "a.yaml".into(),
            "a.yaml".into(),
            text.into(),
        )
    }

    #[test]
    fn line_col_counts_chars_from_one() {
        let f = file("ab\ncé: x\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        let x = f.text.find('x').unwrap_or(0);
        assert_eq!(f.line_col(x), (2, 5));
        assert_eq!(f.offset_of(2, 5), x);
    }

    #[test]
    fn token_end_stops_at_comments_and_quotes() {
        let f = file("a: \"$2M\" # c\nb: 95 # note\nc: {x: 1, y: 2}\n");
        let q = f.text.find('"').unwrap_or(0);
        assert_eq!(&f.text[q..f.token_end(q)], "\"$2M\"");
        let n = f.text.find("95").unwrap_or(0);
        assert_eq!(&f.text[n..f.token_end(n)], "95");
        let one = f.text.find('1').unwrap_or(0);
        assert_eq!(&f.text[one..f.token_end(one)], "1");
    }
}
