//! The logical structure recorded during layout: a tree of structure elements
//! (Document, headings, paragraphs, lists, tables, figures, the contents and its
//! links) in reading order, and the marks that tell a page what the content it draws
//! next belongs to. `tagged.rs` writes the tree into the PDF.

/// A standard structure type (PDF 32000-1 §14.8.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// The whole document (the tree's root).
    Document,
    /// A heading of level 1, 2 or 3.
    H1,
    H2,
    H3,
    /// A paragraph.
    P,
    /// A generic block (a callout box).
    Div,
    /// A list, its items and their bodies.
    L,
    LI,
    LBody,
    /// A table, its header and body groups, rows and cells.
    Table,
    THead,
    TBody,
    TR,
    TH,
    TD,
    /// A chart or another drawing, described by its alternate text.
    Figure,
    /// The table of contents, its items and what they refer to.
    Toc,
    Toci,
    Reference,
    /// A link: its text and its annotation.
    Link,
}

impl Tag {
    /// The structure type's name in the PDF.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Tag::Document => "Document",
            Tag::H1 => "H1",
            Tag::H2 => "H2",
            Tag::H3 => "H3",
            Tag::P => "P",
            Tag::Div => "Div",
            Tag::L => "L",
            Tag::LI => "LI",
            Tag::LBody => "LBody",
            Tag::Table => "Table",
            Tag::THead => "THead",
            Tag::TBody => "TBody",
            Tag::TR => "TR",
            Tag::TH => "TH",
            Tag::TD => "TD",
            Tag::Figure => "Figure",
            Tag::Toc => "TOC",
            Tag::Toci => "TOCI",
            Tag::Reference => "Reference",
            Tag::Link => "Link",
        }
    }

    /// The heading tag of `level` (1 to 3, clamped).
    pub(crate) fn heading(level: u8) -> Tag {
        match level {
            0 | 1 => Tag::H1,
            2 => Tag::H2,
            _ => Tag::H3,
        }
    }

    /// Whether content drawn while the element is the innermost open one belongs
    /// to it; anything drawn inside a grouping element (a list, a table row) is
    /// decoration and becomes an artifact.
    fn holds_content(self) -> bool {
        matches!(
            self,
            Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::P
                | Tag::LBody
                | Tag::TH
                | Tag::TD
                | Tag::Figure
                | Tag::Link
        )
    }

    /// A cell is kept in the tree even when it is blank, so rows keep their columns.
    pub(crate) fn kept_empty(self) -> bool {
        matches!(self, Tag::TH | Tag::TD)
    }
}

/// What a page's drawing operations belong to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Decoration: rules, fills, dots, grid lines.
    #[default]
    Artifact,
    /// The running header (pagination artifact).
    Header,
    /// The running footer and page number (pagination artifact).
    Footer,
    /// Real content of structure element `elem`, of type `tag`.
    Struct { elem: usize, tag: Tag },
}

/// One structure element.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    /// Its type.
    pub tag: Tag,
    /// Its parent; `None` for the root.
    pub parent: Option<usize>,
    /// Child elements in reading order.
    pub kids: Vec<usize>,
    /// A figure's alternate text; a link's description (its annotation's /Contents).
    pub alt: Option<String>,
}

/// An entry of the stack of open elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Elem(usize),
    Artifact,
}

/// The structure tree under construction; element 0 is the Document root.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tree {
    /// Every element; the index is the element's id.
    pub nodes: Vec<Node>,
    stack: Vec<Open>,
}

impl Default for Tree {
    fn default() -> Self {
        Tree::new()
    }
}

impl Tree {
    /// A tree holding only the Document root.
    pub(crate) fn new() -> Tree {
        Tree {
            nodes: vec![Node {
                tag: Tag::Document,
                parent: None,
                kids: Vec::new(),
                alt: None,
            }],
            stack: Vec::new(),
        }
    }

    /// The innermost open element (the root when none is open).
    fn current(&self) -> usize {
        self.stack
            .iter()
            .rev()
            .find_map(|o| match o {
                Open::Elem(e) => Some(*e),
                Open::Artifact => None,
            })
            .unwrap_or(0)
    }

    /// Adds an element of `tag` as the last child of the innermost open element,
    /// without opening it; returns its id.
    pub(crate) fn add(&mut self, tag: Tag, alt: Option<String>) -> usize {
        let parent = self.current();
        let id = self.nodes.len();
        self.nodes.push(Node {
            tag,
            parent: Some(parent),
            kids: Vec::new(),
            alt,
        });
        self.nodes[parent].kids.push(id);
        id
    }

    /// Adds an element and opens it: later elements nest in it until [`Tree::close`].
    pub(crate) fn open(&mut self, tag: Tag, alt: Option<String>) -> usize {
        let id = self.add(tag, alt);
        self.stack.push(Open::Elem(id));
        id
    }

    /// Closes the innermost open element or artifact region.
    pub(crate) fn close(&mut self) {
        self.stack.pop();
    }

    /// Opens a region whose drawing is decoration, whatever element is open.
    pub(crate) fn open_artifact(&mut self) {
        self.stack.push(Open::Artifact);
    }

    /// The mark of element `elem`.
    pub(crate) fn mark_of(&self, elem: usize) -> Mark {
        Mark::Struct {
            elem,
            tag: self.nodes[elem].tag,
        }
    }

    /// What content drawn now belongs to.
    pub(crate) fn mark(&self) -> Mark {
        match self.stack.last() {
            Some(Open::Elem(e)) if self.nodes[*e].tag.holds_content() => self.mark_of(*e),
            _ => Mark::Artifact,
        }
    }
}

/// Where `line` (words separated by single spaces) ends in `rest`, which starts
/// with it up to runs of whitespace; `None` when it does not.
fn follow<'t>(rest: &'t str, line: &str) -> Option<&'t str> {
    let mut r = rest.trim_start();
    let mut words = line.split(' ').filter(|w| !w.is_empty()).peekable();
    while let Some(word) = words.next() {
        r = r.strip_prefix(word)?;
        if words.peek().is_some() {
            let next = r.trim_start();
            if next.len() == r.len() {
                return None;
            }
            r = next;
        }
    }
    Some(r)
}

/// `lines`, the wrapped `text`, with a trailing space on every line that ends where
/// `text` has whitespace: the space a line break takes is drawn (it shows nothing at
/// a line's end), so text read from the page or the structure tree keeps its words
/// apart ("year's plan", not "year'splan"). A line broken inside a word (after a
/// hyphen the wrapper added, too) gets none; once a line does not match the text,
/// the rest are left as they are.
pub(crate) fn break_spaces(text: &str, mut lines: Vec<String>) -> Vec<String> {
    let mut rest = Some(text);
    let last = lines.len().saturating_sub(1);
    for (i, line) in lines.iter_mut().enumerate() {
        let Some(r) = rest else { break };
        let after = follow(r, line).or_else(|| follow(r, line.strip_suffix('-')?));
        rest = after;
        if i < last && after.is_some_and(|a| a.starts_with(char::is_whitespace)) {
            line.push(' ');
        }
    }
    lines
}

#[cfg(test)]
mod tree_tests {
    use super::*;

    #[test]
    fn elements_nest_in_the_innermost_open_one() {
        let mut t = Tree::new();
        let table = t.open(Tag::Table, None);
        let row = t.open(Tag::TR, None);
        assert_eq!(
            t.mark(),
            Mark::Artifact,
            "a row holds no content of its own"
        );
        let cell = t.open(Tag::TD, None);
        assert_eq!(t.mark(), t.mark_of(cell));
        t.open_artifact();
        assert_eq!(t.mark(), Mark::Artifact);
        let inner = t.add(Tag::P, None);
        t.close();
        t.close();
        t.close();
        t.close();
        assert_eq!(t.nodes[0].kids, vec![table]);
        assert_eq!(t.nodes[table].kids, vec![row]);
        assert_eq!(t.nodes[row].kids, vec![cell]);
        assert_eq!(t.nodes[cell].kids, vec![inner]);
        assert_eq!(t.mark(), Mark::Artifact);
    }

    #[test]
    fn a_line_ending_at_a_space_keeps_it() {
        let lines = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let text = "the  year's\nplan is verylongword, exam-ple";
        let wrapped = lines(&["the year's", "plan is", "verylong", "word,", "exam-", "ple"]);
        assert_eq!(
            break_spaces(text, wrapped),
            lines(&[
                "the year's ",
                "plan is ",
                "verylong",
                "word, ",
                "exam-",
                "ple"
            ])
        );
        let hyphenated = lines(&["exam-", "ple and", "more"]);
        assert_eq!(
            break_spaces("example and more", hyphenated),
            lines(&["exam-", "ple and ", "more"])
        );
        let truncated = lines(&["a b…", "c d"]);
        assert_eq!(break_spaces("a b c d", truncated.clone()), truncated);
    }
}
