//! A cheap, linear pre-scan of a YAML document's nesting depth, run before any parser.
//!
//! The parsers behind serde_yaml and the span index slow down with every level of
//! nesting (200,000 levels never finish), and no plan file needs more than a handful, so
//! a document nested deeper than [`MAX_DEPTH`] is refused before it reaches them. The
//! scan follows block indentation (one level per deeper indent and per `- ` or `? `
//! indicator) and flow brackets (`[`, `{`) outside quoted scalars, comments and block
//! scalars. Where it cannot tell (a bracket inside plain text), it does not count, so a
//! document it refuses really opens a node after node or indents ever deeper.

/// The deepest nesting a plan file may have.
pub const MAX_DEPTH: usize = 256;

/// Byte offset (into `yaml`) of the first node nested deeper than [`MAX_DEPTH`], if any.
pub fn too_deep(yaml: &str) -> Option<usize> {
    // Every level the scan counts takes at least one of these bytes (a deeper indent
    // one more space, an indicator its `-` or `?`, a flow collection its bracket), so a
    // document with fewer of them cannot be too deep: most plan files end here.
    let openers = yaml
        .bytes()
        .filter(|b| matches!(b, b' ' | b'-' | b'?' | b'[' | b'{'))
        .count();
    if openers < MAX_DEPTH {
        return None;
    }
    let mut scan = Scan::default();
    let mut start = 0;
    for line in yaml.split_inclusive('\n') {
        if let Some(at) = scan.line(line) {
            return Some(start + at);
        }
        start += line.len();
    }
    None
}

#[derive(Default)]
struct Scan {
    /// Columns of the open block nodes, innermost last.
    indents: Vec<usize>,
    /// Open flow collections.
    flow: usize,
    /// Inside a quoted scalar that goes on past its line: the quote.
    quote: Option<u8>,
    /// Inside a block scalar (`|`, `>`): the indentation of the line that opened it.
    block_scalar: Option<usize>,
}

impl Scan {
    fn depth(&self) -> usize {
        self.indents.len() + self.flow
    }

    /// Scans one line; the offset within it of a node nested too deeply.
    fn line(&mut self, line: &str) -> Option<usize> {
        let bytes = line.as_bytes();
        let indent = bytes.iter().take_while(|b| **b == b' ').count();
        let rest = line[indent..].trim_end();
        if let Some(parent) = self.block_scalar {
            if rest.is_empty() || indent > parent {
                return None;
            }
            self.block_scalar = None;
        }
        let mut i = 0;
        if self.quote.is_some() {
            i = self.close_quote(bytes, 0)?;
        } else if self.flow == 0 {
            if rest.is_empty() || rest.starts_with('#') {
                return None;
            }
            i = self.block_indicators(bytes, indent);
            if self.depth() > MAX_DEPTH {
                return Some(i);
            }
        }
        self.tokens(bytes, i, indent)
    }

    /// Pops the block nodes this line closes and pushes the ones it opens: its own
    /// indentation and every `- ` / `? ` indicator that starts it. Returns where its
    /// content starts, or where the nesting first went too deep.
    fn block_indicators(&mut self, bytes: &[u8], indent: usize) -> usize {
        while self.indents.last().is_some_and(|&col| col > indent) {
            self.indents.pop();
        }
        if self.indents.last() != Some(&indent) {
            self.indents.push(indent);
        }
        let mut i = indent;
        while self.depth() <= MAX_DEPTH
            && i + 1 < bytes.len()
            && matches!(bytes[i], b'-' | b'?')
            && is_blank(bytes[i + 1])
        {
            i += 1;
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
            self.indents.push(i);
        }
        i
    }

    /// Scans the tokens of a line from `i`: flow brackets, quotes, comments, block scalars.
    fn tokens(&mut self, bytes: &[u8], mut i: usize, indent: usize) -> Option<usize> {
        // Whether a new token may start here (a quote or bracket here opens something).
        let mut token_start = true;
        while i < bytes.len() {
            let c = bytes[i];
            let next = bytes.get(i + 1).copied().unwrap_or(b'\n');
            match c {
                b'#' if i == 0 || is_blank(bytes[i - 1]) => return None,
                b'\'' | b'"' if token_start => {
                    self.quote = Some(c);
                    i = self.close_quote(bytes, i + 1)?;
                    token_start = false;
                    continue;
                }
                b'[' | b'{' if token_start || self.flow > 0 => {
                    self.flow += 1;
                    if self.depth() > MAX_DEPTH {
                        return Some(i);
                    }
                    token_start = true;
                }
                b']' | b'}' if self.flow > 0 => {
                    self.flow -= 1;
                    token_start = false;
                }
                b',' if self.flow > 0 => token_start = true,
                b':' | b'-' | b'?' if is_blank(next) || (c == b':' && self.flow > 0) => {
                    token_start = true;
                }
                b'|' | b'>' if token_start && self.flow == 0 => {
                    self.block_scalar = Some(indent);
                    return None;
                }
                b'&' | b'!' if token_start => {
                    while i < bytes.len() && !is_blank(bytes[i]) {
                        i += 1;
                    }
                    continue;
                }
                b' ' | b'\t' | b'\r' | b'\n' => {}
                _ => token_start = false,
            }
            i += 1;
        }
        None
    }

    /// Moves past the closing quote of the open quoted scalar; `None` when the scalar
    /// goes on past this line.
    fn close_quote(&mut self, bytes: &[u8], mut i: usize) -> Option<usize> {
        let quote = self.quote?;
        while i < bytes.len() {
            let c = bytes[i];
            if quote == b'"' && c == b'\\' {
                i += 2;
                continue;
            }
            if c == quote {
                if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                    i += 2;
                    continue;
                }
                self.quote = None;
                return Some(i + 1);
            }
            i += 1;
        }
        None
    }
}

fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_files_are_shallow() {
        for dir in ["content", "content/partners", "content/decisions"] {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            for entry in std::fs::read_dir(root).into_iter().flatten().flatten() {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                assert_eq!(too_deep(&text), None, "{}", entry.path().display());
            }
        }
    }

    #[test]
    fn flow_brackets_count_outside_quotes_and_comments() {
        let deep = |n: usize| format!("a: {}{}\n", "[".repeat(n), "]".repeat(n));
        assert_eq!(too_deep(&deep(MAX_DEPTH - 1)), None);
        assert_eq!(too_deep(&deep(MAX_DEPTH + 1)), Some(3 + MAX_DEPTH - 1));
        let quoted = format!("a: \"{}\"\nb: '{}'\n", "[".repeat(400), "{".repeat(400));
        assert_eq!(too_deep(&quoted), None);
        let comment = format!("a: 1 # {}\n", "[".repeat(400));
        assert_eq!(too_deep(&comment), None);
        let plain = format!("a: see {}\n", "[x ".repeat(400));
        assert_eq!(too_deep(&plain), None);
    }

    #[test]
    fn block_indicators_and_indentation_count() {
        let seq = format!("a:\n{}x\n", "- ".repeat(MAX_DEPTH + 10));
        assert!(too_deep(&seq).is_some());
        let shallow = format!("a:\n{}x\n", "- ".repeat(10));
        assert_eq!(too_deep(&shallow), None);
        let indented: String = (0..MAX_DEPTH + 1)
            .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
            .collect();
        assert!(too_deep(&indented).is_some());
        // siblings and dedents do not add up
        let flat = "a:\n  b: 1\n  c: 2\nd:\n  - e\n  - f\n".repeat(500);
        assert_eq!(too_deep(&flat), None);
    }

    #[test]
    fn block_scalars_and_multi_line_quotes_are_content() {
        let lit: String = (0..400)
            .map(|i| format!("  {}[x\n", " ".repeat(i)))
            .collect();
        assert_eq!(too_deep(&format!("a: |\n{lit}b: 1\n")), None);
        let quoted = format!("a: \"x\n{}\"\nb: 1\n", "  [[[[\n".repeat(200));
        assert_eq!(too_deep(&quoted), None);
    }
}
