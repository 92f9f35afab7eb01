//! The layout driver: walks the blocks in order, sends each to the module that
//! draws it into the layout context (`ctx.rs`), sets headings with keep-with-next,
//! and runs the second pass that fills in contents page numbers, running headers
//! and "Page X of Y" footers once the page count is known.

use std::collections::BTreeSet;

use super::canvas::{Ink, Page};
use super::ctx::{Ctx, OutlineEntry};
use super::fonts::{FontSet, Weight};
use super::structure::{Mark, Tag, Tree};
use super::style::{self, MARGIN_X, RIGHT};
use super::wrap::Hyphenator;
use super::{blocks, table, widgets, Block, Heading, PackDoc, PdfError};

/// The result of layout.
pub(crate) struct Laid {
    /// All pages, headers and footers included.
    pub pages: Vec<Page>,
    /// Outline entries in document order.
    pub outline: Vec<OutlineEntry>,
    /// Characters the font lacks.
    pub missing: BTreeSet<char>,
    /// The structure tree in reading order.
    pub tree: Tree,
}

/// Lays out `doc` into pages.
pub(crate) fn lay_out(fonts: &FontSet, doc: &PackDoc) -> Result<Laid, PdfError> {
    let toc = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) if h.level <= 2 => Some((h.level.max(1), h.text.clone())),
            _ => None,
        })
        .collect();
    let mut ctx = Ctx::new(fonts, toc);
    ctx.words = doc.words.clone();
    ctx.hyphenator = Hyphenator::for_tag(&doc.lang);
    for (i, block) in doc.blocks.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| &doc.blocks[p]);
        lay_out_block(&mut ctx, block, prev, &doc.blocks[i + 1..])?;
    }
    if ctx.pages.is_empty() {
        ctx.new_page();
    }
    fill_contents(&mut ctx);
    let header = ctx.clean(&doc.running_header).into_owned();
    let footer = ctx.clean(&doc.running_footer).into_owned();
    draw_chrome(&mut ctx, &header, &footer);
    Ok(Laid {
        pages: ctx.pages,
        outline: ctx.outline,
        missing: ctx.missing,
        tree: ctx.tree,
    })
}

fn lay_out_block(
    ctx: &mut Ctx,
    block: &Block,
    prev: Option<&Block>,
    rest: &[Block],
) -> Result<(), PdfError> {
    let after_heading = matches!(prev, Some(Block::Heading(_)));
    let spaced = !matches!(
        block,
        Block::Heading(_) | Block::Cover(_) | Block::Contents | Block::PageBreak | Block::Spacer(_)
    );
    if spaced {
        ctx.space(if after_heading { 4.0 } else { style::BLOCK_GAP });
    }
    match block {
        Block::Cover(c) => blocks::cover(ctx, c),
        Block::Contents => blocks::contents(ctx),
        Block::Heading(h) => heading(ctx, h, rest),
        Block::Paragraph(p) => blocks::paragraph(ctx, p),
        Block::Bullets(items) => blocks::bullets(ctx, items),
        Block::Callout(c) => blocks::callout(ctx, c),
        Block::Legend(items) => blocks::legend(ctx, items),
        Block::KpiTiles(k) => widgets::kpi_tiles(ctx, k),
        Block::Table(t) => table::table(ctx, t)?,
        Block::BarChart(c) => widgets::bar_chart(ctx, c),
        Block::LineChart(c) => super::linechart::line_chart(ctx, c),
        Block::Progress(rows) => widgets::progress(ctx, rows),
        Block::Timeline(t) => widgets::timeline(ctx, t),
        Block::PageBreak => {
            if !ctx.fresh {
                ctx.new_page();
            }
        }
        Block::Spacer(h) => {
            if h.is_finite() && *h > 0.0 {
                ctx.space(*h);
            }
        }
    }
    Ok(())
}

/// Height that must fit under a heading so it is not stranded at a page bottom: what
/// the following block places first (two lines of a paragraph, a short paragraph whole,
/// a table's header and two rows), through any further headings.
fn lead_height(ctx: &mut Ctx, rest: &[Block]) -> f32 {
    match rest.first() {
        Some(Block::Paragraph(p)) => blocks::paragraph_lead(ctx, p) + 4.0,
        Some(Block::Legend(_)) => 16.0,
        Some(Block::Bullets(items)) => blocks::bullets_lead(ctx, items) + 4.0,
        Some(Block::Callout(c)) => blocks::callout_height(ctx, c).min(120.0) + 4.0,
        Some(Block::KpiTiles(k)) => widgets::kpi_first_row_height(ctx, k) + 4.0,
        Some(Block::Table(t)) => table::lead_height(ctx, t) + 4.0,
        Some(Block::BarChart(c)) => widgets::bar_chart_lead(ctx, c) + 4.0,
        Some(Block::LineChart(c)) => super::linechart::height(c) + 4.0,
        Some(Block::Progress(rows)) => widgets::progress_lead(ctx, rows) + 4.0,
        Some(Block::Timeline(t)) => widgets::timeline_lead(ctx, t) + 4.0,
        Some(Block::Heading(h)) if h.level > 1 => {
            let after = lead_height(ctx, &rest[1..]).max(26.0);
            heading_gap(h.level) + heading_height(ctx, h) + after
        }
        _ => 0.0,
    }
}

/// Space above a heading of `level` (below other content).
fn heading_gap(level: u8) -> f32 {
    if level == 2 {
        16.0
    } else {
        11.0
    }
}

fn heading_height(ctx: &mut Ctx, h: &Heading) -> f32 {
    let (size, _) = heading_style(h.level);
    let lines = ctx
        .wrap_title(&h.text, Weight::Bold, size, style::CONTENT_W)
        .len() as f32;
    let extra = if h.level <= 1 { 14.0 } else { 0.0 };
    lines * style::leading(size) + extra + 4.0
}

fn heading_style(level: u8) -> (f32, style::Rgb3) {
    match level {
        0 | 1 => (style::SIZE_H1, style::NAVY),
        2 => (style::SIZE_H2, style::NAVY),
        _ => (style::SIZE_H3, style::SLATE),
    }
}

/// Lays out a heading: level 1 opens a page unless at least half of the current page
/// is left (so no page is left more than half empty; a section that must open a page
/// follows a [`Block::PageBreak`]); levels 1 and 2 become outline and contents
/// entries; the heading stays with what follows.
fn heading(ctx: &mut Ctx, h: &Heading, rest: &[Block]) {
    let level = h.level.clamp(1, 3);
    let half = (style::BODY_BOTTOM - style::BODY_TOP) / 2.0;
    if level == 1 && !ctx.fresh && ctx.remaining() < half {
        ctx.new_page();
    }
    if level == 1 && !ctx.fresh {
        ctx.space(18.0);
    }
    ctx.space(heading_gap(level));
    let need = heading_height(ctx, h) + lead_height(ctx, rest);
    ctx.ensure(need);
    if ctx.pages.is_empty() {
        ctx.new_page();
    }
    let top = ctx.y;
    let (size, color) = heading_style(level);
    if level == 1 {
        ctx.page()
            .artifact(|p| p.rect(MARGIN_X, top, 28.0, 3.0, style::ACCENT));
        ctx.advance(14.0);
    }
    let lines = ctx.wrap_title(&h.text, Weight::Bold, size, style::CONTENT_W);
    let lh = style::leading(size);
    ctx.open(Tag::heading(level));
    for line in &lines {
        let base = ctx.y + style::baseline_in(lh, size);
        ctx.text(MARGIN_X, base, line, Ink::bold(size, color));
        ctx.advance(lh);
    }
    ctx.close();
    ctx.advance(4.0);
    if level <= 2 {
        let jump = (top - 12.0).max(0.0);
        ctx.bookmark(level, &h.text, jump);
        ctx.outline_level = level;
        ctx.targets.push((ctx.page_index(), jump));
    }
}

/// Draws the page numbers of the contents lines and links them to their pages.
fn fill_contents(ctx: &mut Ctx) {
    let fonts = ctx.fonts;
    for slot in std::mem::take(&mut ctx.slots) {
        let Some(&(target, target_y)) = ctx.targets.get(slot.entry) else {
            continue;
        };
        let Some(page) = ctx.pages.get_mut(slot.page) else {
            continue;
        };
        let number = (target + 1).to_string();
        let base = slot.top + style::baseline_in(slot.height, slot.ink.size);
        page.begin_struct(slot.link);
        page.text_right(fonts, RIGHT, base, &number, slot.ink);
        page.link(
            MARGIN_X,
            slot.top,
            style::CONTENT_W,
            slot.height,
            target,
            target_y,
        );
        page.end_struct();
    }
}

/// Draws running headers and footers on every page that has them.
fn draw_chrome(ctx: &mut Ctx, header: &str, footer_left: &str) {
    let page_of = ctx.words.page_of.clone();
    let fonts = ctx.fonts;
    let total = ctx.pages.len();
    let ink = Ink::regular(style::SIZE_CHROME, style::MUTED);
    let mut section = String::new();
    let mut sections = ctx.outline.iter().filter(|e| e.level == 1).peekable();
    for (i, page) in ctx.pages.iter_mut().enumerate() {
        while let Some(entry) = sections.next_if(|e| e.page <= i) {
            section = entry.title.clone();
        }
        if !page.chrome {
            continue;
        }
        let section_w = style::CONTENT_W * 0.45;
        let header_w = style::CONTENT_W
            - fonts
                .width(&section, Weight::Regular, ink.size)
                .min(section_w)
            - 16.0;
        page.marked(Mark::Header, |page| {
            let left = fonts.fit(header, Weight::Regular, ink.size, header_w);
            page.text(fonts, MARGIN_X, style::HEADER_BASELINE, &left, ink);
            let right = fonts.fit(&section, Weight::Regular, ink.size, section_w);
            page.text_right(fonts, RIGHT, style::HEADER_BASELINE, &right, ink);
            page.hline(MARGIN_X, RIGHT, style::HEADER_RULE, 0.5, style::RULE);
        });
        let footer = page_of
            .replace("{page}", &(i + 1).to_string())
            .replace("{pages}", &total.to_string());
        page.marked(Mark::Footer, |page| {
            page.text_right(fonts, RIGHT, style::FOOTER_BASELINE, &footer, ink);
            if !footer_left.is_empty() {
                let left = fonts.fit(
                    footer_left,
                    Weight::Regular,
                    ink.size,
                    style::CONTENT_W * 0.7,
                );
                page.text(fonts, MARGIN_X, style::FOOTER_BASELINE, &left, ink);
            }
        });
    }
}
