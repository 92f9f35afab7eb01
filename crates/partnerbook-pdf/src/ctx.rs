//! The layout context: the pages laid out so far, the position on the current one,
//! and what the contents page and the outline collect on the way. Blocks, tables and
//! widgets draw into it; `layout.rs` drives it through the document.

use std::borrow::Cow;
use std::collections::BTreeSet;

use super::canvas::{Ink, Page};
use super::fonts::{FontSet, Weight};
use super::structure::{break_spaces, Mark, Tag, Tree};
use super::style::{BODY_BOTTOM, BODY_TOP};
use super::typo;
use super::wrap::{Hyphenate, Hyphenator, Line, Setter};

/// An outline (bookmark) entry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct OutlineEntry {
    /// Nesting level, 1 = top.
    pub level: u8,
    /// Title shown in the outline panel.
    pub title: String,
    /// Page index, 0-based.
    pub page: usize,
    /// Distance from the top of the page to jump to.
    pub y: f32,
}

/// A contents line waiting for its page number.
#[derive(Debug, Clone)]
pub(crate) struct TocSlot {
    /// Page holding the contents line.
    pub page: usize,
    /// Top of the line box.
    pub top: f32,
    /// Height of the line box.
    pub height: f32,
    /// Index into [`Ctx::targets`].
    pub entry: usize,
    /// Style of the page number.
    pub ink: Ink,
    /// The Link structure element the line's text and page number belong to.
    pub link: Mark,
}

/// Pagination state shared by all blocks.
pub(crate) struct Ctx<'a> {
    /// The fonts.
    pub fonts: &'a FontSet,
    /// The engine's own words in the document's language.
    pub words: crate::Words,
    /// The hyphenation patterns of the document's language.
    pub hyphenator: Hyphenator,
    /// Pages laid out so far; the last one is current.
    pub pages: Vec<Page>,
    /// Next free position on the current page, from the top.
    pub y: f32,
    /// Nothing has been placed on the current page yet.
    pub fresh: bool,
    /// Outline entries so far.
    pub outline: Vec<OutlineEntry>,
    /// Level of the latest outline heading (per-row entries nest under it).
    pub outline_level: u8,
    /// Characters the font lacks.
    pub missing: BTreeSet<char>,
    /// Level-1 and level-2 headings in order: level and title.
    pub toc: Vec<(u8, String)>,
    /// Where each entry of `toc` was placed: page and top.
    pub targets: Vec<(usize, f32)>,
    /// Contents lines waiting for page numbers.
    pub slots: Vec<TocSlot>,
    /// The structure tree so far.
    pub tree: Tree,
}

impl<'a> Ctx<'a> {
    /// An empty context whose contents page will list `toc` (level and title).
    pub(crate) fn new(fonts: &'a FontSet, toc: Vec<(u8, String)>) -> Self {
        Ctx {
            fonts,
            words: crate::Words::default(),
            hyphenator: Hyphenator::default(),
            pages: Vec::new(),
            y: BODY_TOP,
            fresh: true,
            outline: Vec::new(),
            outline_level: 0,
            missing: BTreeSet::new(),
            toc,
            targets: Vec::new(),
            slots: Vec::new(),
            tree: Tree::new(),
        }
    }

    /// The current page.
    pub(crate) fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::new(true));
            self.sync_mark();
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Index of the current page.
    pub(crate) fn page_index(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    /// Starts a new page with header and footer.
    pub(crate) fn new_page(&mut self) {
        self.pages.push(Page::new(true));
        self.sync_mark();
        self.y = BODY_TOP;
        self.fresh = true;
    }

    /// Space left on the current page.
    pub(crate) fn remaining(&self) -> f32 {
        BODY_BOTTOM - self.y
    }

    /// Moves to a new page unless `h` points fit on the current one (a fresh
    /// page is never left, whatever `h`).
    pub(crate) fn ensure(&mut self, h: f32) {
        let overflow = !self.fresh && self.y + h > BODY_BOTTOM + 0.01;
        if self.pages.is_empty() || overflow {
            self.new_page();
        }
    }

    /// Adds vertical space unless at the top of a page.
    pub(crate) fn space(&mut self, h: f32) {
        if !self.fresh {
            self.y = (self.y + h).min(BODY_BOTTOM);
        }
    }

    /// Marks the current page as used and advances by `h`.
    pub(crate) fn advance(&mut self, h: f32) {
        self.y += h;
        self.fresh = false;
    }

    /// `text` made drawable by the font (see [`FontSet::clean`]), with a true minus
    /// for the sign of a negative number (see [`typo::true_minus`]).
    pub(crate) fn clean<'t>(&mut self, text: &'t str) -> Cow<'t, str> {
        match typo::true_minus(text) {
            Cow::Borrowed(t) => self.fonts.clean(t, &mut self.missing),
            Cow::Owned(t) => Cow::Owned(self.fonts.clean(&t, &mut self.missing).into_owned()),
        }
    }

    /// Cleans and wraps `text` as running text (hyphenated, list items hanging).
    pub(crate) fn wrap_lines(
        &mut self,
        text: &str,
        weight: Weight,
        size: f32,
        w: f32,
    ) -> Vec<Line> {
        self.wrap_as(text, weight, size, w, Hyphenate::Prose)
    }

    /// Cleans and wraps `text` as running text, without the lines' indents.
    pub(crate) fn wrap(&mut self, text: &str, weight: Weight, size: f32, w: f32) -> Vec<String> {
        let lines = self.wrap_as(text, weight, size, w, Hyphenate::Prose);
        lines.into_iter().map(|l| l.text).collect()
    }

    /// Cleans and wraps a heading or title: only a word longer than a line is hyphenated.
    pub(crate) fn wrap_title(
        &mut self,
        text: &str,
        weight: Weight,
        size: f32,
        w: f32,
    ) -> Vec<String> {
        let lines = self.wrap_as(text, weight, size, w, Hyphenate::Overlong);
        lines.into_iter().map(|l| l.text).collect()
    }

    /// Cleans and wraps `text`, hyphenating as `mode` says.
    pub(crate) fn wrap_as(
        &mut self,
        text: &str,
        weight: Weight,
        size: f32,
        w: f32,
        mode: Hyphenate,
    ) -> Vec<Line> {
        let clean = self.clean(text);
        let setter = Setter {
            fonts: self.fonts,
            weight,
            size,
            hyphenator: self.hyphenator,
            mode,
        };
        let lines = setter.wrap(&clean, w);
        // a line that ends where the text had a space keeps it (see [`break_spaces`])
        let texts = break_spaces(&clean, lines.iter().map(|l| l.text.clone()).collect());
        lines
            .into_iter()
            .zip(texts)
            .map(|(l, text)| Line { text, ..l })
            .collect()
    }

    /// Draws `text` on the current page.
    pub(crate) fn text(&mut self, x: f32, y: f32, text: &str, ink: Ink) {
        let fonts = self.fonts;
        self.page().text(fonts, x, y, text, ink);
    }

    /// Records an outline entry at the current position.
    pub(crate) fn bookmark(&mut self, level: u8, title: &str, y: f32) {
        let page = self.page_index();
        let title = title.trim().to_string();
        self.outline.push(OutlineEntry {
            level,
            title,
            page,
            y,
        });
    }

    /// Opens a structure element of `tag` in the innermost open one: what is drawn
    /// until [`Ctx::close`] belongs to it (or to the elements opened in it), on
    /// whatever page.
    pub(crate) fn open(&mut self, tag: Tag) -> usize {
        let id = self.tree.open(tag, None);
        self.sync_mark();
        id
    }

    /// Adds a structure element of `tag` in the innermost open one without opening
    /// it: content drawn between `page.begin_struct(mark)` and `page.end_struct()`
    /// with the returned mark belongs to it.
    pub(crate) fn leaf(&mut self, tag: Tag) -> Mark {
        let id = self.tree.add(tag, None);
        self.tree.mark_of(id)
    }

    /// Opens a figure described by `alt` (see [`Ctx::open`]).
    pub(crate) fn open_figure(&mut self, alt: String) -> usize {
        let id = self.tree.open(Tag::Figure, Some(alt));
        self.sync_mark();
        id
    }

    /// Closes the element opened last.
    pub(crate) fn close(&mut self) {
        self.tree.close();
        self.sync_mark();
    }

    /// Draws decoration with `f`: nothing it draws is content, on whatever page.
    pub(crate) fn artifact<R>(&mut self, f: impl FnOnce(&mut Ctx<'a>) -> R) -> R {
        self.tree.open_artifact();
        self.sync_mark();
        let r = f(self);
        self.tree.close();
        self.sync_mark();
        r
    }

    /// Tells the current page what the open elements want drawing to belong to.
    fn sync_mark(&mut self) {
        let mark = self.tree.mark();
        if let Some(page) = self.pages.last_mut() {
            page.set_mark(mark);
        }
    }
}
