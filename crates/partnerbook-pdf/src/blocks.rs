//! Text blocks: cover, contents, paragraphs, bullet lists and callouts.

use super::canvas::{Ink, Page};
use super::ctx::{Ctx, TocSlot};
use super::fonts::Weight;
use super::structure::Tag;
use super::style::{self, Rgb3, CONTENT_W, MARGIN_X, PAGE_W, RIGHT};
use super::wrap::Line;
use super::{Callout, Cover, LegendItem, Paragraph, TextStyle};

/// Font size of a paragraph style.
pub(crate) fn paragraph_size(s: TextStyle) -> f32 {
    match s {
        TextStyle::Body | TextStyle::Muted => style::SIZE_BODY,
        TextStyle::Lead => style::SIZE_LEAD,
        TextStyle::Small => style::SIZE_SMALL,
    }
}

fn paragraph_color(s: TextStyle) -> Rgb3 {
    match s {
        TextStyle::Body => style::INK,
        TextStyle::Lead => style::NAVY,
        TextStyle::Small => style::SLATE,
        TextStyle::Muted => style::MUTED,
    }
}

/// Draws the cover on a page of its own, without header and footer.
pub(crate) fn cover(ctx: &mut Ctx, c: &Cover) {
    if !ctx.pages.is_empty() && !ctx.fresh {
        ctx.new_page();
    }
    if ctx.pages.is_empty() {
        ctx.new_page();
    }
    ctx.page().chrome = false;
    let title = ctx.wrap_title(&c.title, Weight::Bold, style::SIZE_TITLE, CONTENT_W);
    let subtitle = ctx.wrap_title(
        &c.subtitle,
        Weight::Regular,
        style::SIZE_SUBTITLE,
        CONTENT_W,
    );
    let company = ctx.clean(&c.company).to_uppercase();
    let lines: Vec<String> = c.lines.iter().map(|l| ctx.clean(l).into_owned()).collect();
    let fonts = ctx.fonts;
    let title_lh = style::SIZE_TITLE * 1.2;
    let sub_lh = style::leading(style::SIZE_SUBTITLE);
    let title_top = 236.0;
    let sub_top = title_top + title.len() as f32 * title_lh + 10.0;
    let band = (sub_top + subtitle.len() as f32 * sub_lh + 48.0).max(372.0);
    // Read in the order printed: company, title, subtitle, then each further line.
    let company_mark = ctx.leaf(Tag::P);
    let title_mark = ctx.leaf(Tag::H1);
    let subtitle_mark = ctx.leaf(Tag::P);
    let line_marks: Vec<_> = lines.iter().map(|_| ctx.leaf(Tag::P)).collect();

    let page = ctx.page();
    page.artifact(|page| {
        page.rect(0.0, 0.0, PAGE_W, band, style::NAVY);
        page.rect(0.0, band, PAGE_W, 4.0, style::ACCENT);
    });
    let company = fonts.fit(&company, Weight::Bold, 10.0, CONTENT_W);
    page.begin_struct(company_mark);
    page.text(
        fonts,
        MARGIN_X,
        96.0,
        &company,
        Ink::bold(10.0, style::ON_NAVY),
    );
    page.end_struct();
    page.artifact(|page| page.rect(MARGIN_X, title_top - 26.0, 40.0, 3.0, style::ACCENT));
    page.begin_struct(title_mark);
    for (i, line) in title.iter().enumerate() {
        let base =
            title_top + i as f32 * title_lh + style::baseline_in(title_lh, style::SIZE_TITLE);
        page.text(
            fonts,
            MARGIN_X,
            base,
            line,
            Ink::bold(style::SIZE_TITLE, style::WHITE),
        );
    }
    page.begin_struct(subtitle_mark);
    for (i, line) in subtitle.iter().enumerate() {
        let base = sub_top + i as f32 * sub_lh + style::baseline_in(sub_lh, style::SIZE_SUBTITLE);
        let ink = Ink::regular(style::SIZE_SUBTITLE, style::ON_NAVY);
        page.text(fonts, MARGIN_X, base, line, ink);
    }
    let mut y = band + 56.0;
    for (i, line) in lines.iter().enumerate() {
        page.begin_struct(line_marks[i]);
        let ink = if i == 0 {
            Ink::bold(11.0, style::NAVY)
        } else {
            Ink::regular(10.0, style::SLATE)
        };
        let line = fonts.fit(line, ink.weight, ink.size, CONTENT_W);
        page.text(fonts, MARGIN_X, y, &line, ink);
        y += if i == 0 { 22.0 } else { 17.0 };
    }
    page.end_struct();
    // Nothing else goes on the cover: the next block starts a new page.
    ctx.y = style::BODY_BOTTOM + 1.0;
    ctx.fresh = false;
}

/// Draws the title block of a level-1 style page opener and bookmarks it.
fn page_title(ctx: &mut Ctx, title: &str) {
    if !ctx.fresh {
        ctx.new_page();
    }
    ctx.ensure(60.0);
    let top = ctx.y;
    ctx.page()
        .artifact(|p| p.rect(MARGIN_X, top, 28.0, 3.0, style::ACCENT));
    ctx.advance(14.0);
    let lh = style::leading(style::SIZE_H1);
    let base = ctx.y + style::baseline_in(lh, style::SIZE_H1);
    ctx.open(Tag::H1);
    ctx.text(
        MARGIN_X,
        base,
        title,
        Ink::bold(style::SIZE_H1, style::NAVY),
    );
    ctx.close();
    ctx.advance(lh + 14.0);
    ctx.bookmark(1, title, (top - 12.0).max(0.0));
    ctx.outline_level = 1;
}

/// Lays out the contents: one line per level-1 and level-2 heading, with
/// dotted leaders; page numbers and links are added after layout.
pub(crate) fn contents(ctx: &mut Ctx) {
    let title = ctx.words.contents.clone();
    page_title(ctx, &title);
    let entries = ctx.toc.clone();
    let fonts = ctx.fonts;
    // A list a little longer than the page is set tighter rather than leaving a few
    // lines alone on a second page; a much longer one breaks across pages.
    let natural: f32 = entries
        .iter()
        .enumerate()
        .map(|(i, (level, _))| match (*level <= 1, i) {
            (true, 0) => 21.0,
            (true, _) => 27.0,
            (false, _) => 17.0,
        })
        .sum();
    let room = ctx.remaining();
    let k = if natural > room {
        (room / natural).max(0.8)
    } else {
        1.0
    };
    ctx.open(Tag::Toc);
    for (i, (level, title)) in entries.iter().enumerate() {
        let top_level = *level <= 1;
        let (ink, indent, h) = if top_level {
            (Ink::bold(10.0, style::NAVY), 0.0, 21.0 * k)
        } else {
            (Ink::regular(9.5, style::SLATE), 14.0, 17.0 * k)
        };
        if top_level && i > 0 {
            ctx.space(6.0 * k);
        }
        // A section line is kept with the first of its subsections.
        let child = entries.get(i + 1).is_some_and(|(l, _)| *l > 1);
        ctx.ensure(if top_level && child { h + 17.0 * k } else { h });
        let top = ctx.y;
        let clean = ctx.clean(title).into_owned();
        let text_w = CONTENT_W - indent - 44.0;
        let text = fonts.fit(&clean, ink.weight, ink.size, text_w);
        let base = top + style::baseline_in(h, ink.size);
        let x = MARGIN_X + indent;
        ctx.open(Tag::Toci);
        ctx.open(Tag::Reference);
        let link = ctx.open(Tag::Link);
        ctx.tree.nodes[link].alt = Some(clean.trim().to_string());
        ctx.text(x, base, &text, ink);
        let end = x + fonts.width(&text, ink.weight, ink.size) + 6.0;
        let stop = RIGHT - 24.0;
        if stop > end {
            let dots = [0.0, 3.2];
            ctx.page()
                .artifact(|p| p.patterned_line((end, base), (stop, base), &dots, 0.9, style::RULE));
        }
        let page = ctx.page_index();
        ctx.slots.push(TocSlot {
            page,
            top,
            height: h,
            entry: i,
            ink,
            link: ctx.tree.mark_of(link),
        });
        ctx.close();
        ctx.close();
        ctx.close();
        ctx.advance(h);
    }
    ctx.close();
    ctx.outline_level = 1;
}

/// Lines of text that must fit below a heading for `n` lines to start on the page
/// (what [`flow_lines`] would place first): a paragraph of up to three lines moves
/// whole, a longer one breaks after two lines at the earliest.
pub(crate) fn first_lines(n: usize) -> usize {
    if n <= 3 {
        n
    } else {
        2
    }
}

/// Places `lines` (already wrapped) one under the other from `x`, breaking
/// pages without leaving a single line at the top or bottom of a page: a page that
/// breaks them holds two lines or more on each side, and a paragraph of two or three
/// lines moves to the next page whole.
pub(crate) fn flow_lines(ctx: &mut Ctx, lines: &[Line], x: f32, ink: Ink, lh: f32) {
    let n = lines.len();
    let mut i = 0;
    while i < n {
        let fit = ((ctx.remaining() + 0.01) / lh).floor().max(0.0) as usize;
        let left = n - i;
        let mut take = fit.min(left);
        if take < left {
            // No widow: a single last line pulls one more along, or the whole
            // rest of a short paragraph moves.
            if left - take == 1 {
                take = if take >= 3 { take - 1 } else { 0 };
            }
            // No orphan: a page that breaks a paragraph ends with two lines or more.
            if take < 2 && !ctx.fresh {
                take = 0;
            }
        }
        if take == 0 {
            if ctx.fresh {
                take = 1;
            } else {
                ctx.new_page();
                continue;
            }
        }
        for line in &lines[i..i + take] {
            let base = ctx.y + style::baseline_in(lh, ink.size);
            ctx.text(x + line.indent, base, &line.text, ink);
            ctx.advance(lh);
        }
        i += take;
        if i < n {
            ctx.new_page();
        }
    }
}

/// Lays out a paragraph.
pub(crate) fn paragraph(ctx: &mut Ctx, p: &Paragraph) {
    let size = paragraph_size(p.style);
    let ink = Ink::regular(size, paragraph_color(p.style));
    let lines = ctx.wrap_lines(&p.text, Weight::Regular, size, CONTENT_W);
    ctx.open(Tag::P);
    flow_lines(ctx, &lines, MARGIN_X, ink, style::leading(size));
    ctx.close();
}

/// Height of what must fit below a heading before the paragraph `p`.
pub(crate) fn paragraph_lead(ctx: &mut Ctx, p: &Paragraph) -> f32 {
    let size = paragraph_size(p.style);
    let n = ctx.wrap(&p.text, Weight::Regular, size, CONTENT_W).len();
    first_lines(n) as f32 * style::leading(size)
}

/// Height of what must fit below a heading before a bulleted list: its first item's
/// lines, up to three.
pub(crate) fn bullets_lead(ctx: &mut Ctx, items: &[String]) -> f32 {
    let lh = style::leading(style::SIZE_BODY);
    let n = items.first().map_or(0, |item| {
        ctx.wrap(
            item,
            Weight::Regular,
            style::SIZE_BODY,
            CONTENT_W - BULLET_INDENT,
        )
        .len()
    });
    lh * n.min(3) as f32
}

/// How far an item's text (all its lines) stands right of the bullet's edge.
const BULLET_INDENT: f32 = 14.0;

/// Lays out a bulleted list; an item of up to three lines is kept together, and
/// every line of an item hangs at the indent of its text, right of the bullet.
pub(crate) fn bullets(ctx: &mut Ctx, items: &[String]) {
    let size = style::SIZE_BODY;
    let lh = style::leading(size);
    let ink = Ink::regular(size, style::INK);
    let indent = BULLET_INDENT;
    ctx.open(Tag::L);
    for (i, item) in items.iter().enumerate() {
        let lines = ctx.wrap_lines(item, Weight::Regular, size, CONTENT_W - indent);
        if i > 0 {
            ctx.space(3.0);
        }
        ctx.ensure(lh * lines.len().min(3) as f32);
        let base = ctx.y + style::baseline_in(lh, size);
        ctx.page()
            .artifact(|p| p.dot(MARGIN_X + 4.0, base - size * 0.33, 1.7, style::ACCENT));
        ctx.open(Tag::LI);
        ctx.open(Tag::LBody);
        flow_lines(ctx, &lines, MARGIN_X + indent, ink, lh);
        ctx.close();
        ctx.close();
    }
    ctx.close();
}

/// Lays out legend chips left to right, wrapping onto further lines.
pub(crate) fn legend(ctx: &mut Ctx, items: &[LegendItem]) {
    let ink = Ink::regular(style::SIZE_SMALL, style::SLATE);
    let lh = 14.0;
    let fonts = ctx.fonts;
    let mut x = MARGIN_X;
    ctx.ensure(lh);
    ctx.open(Tag::L);
    for item in items {
        let label = ctx.clean(&item.label).into_owned();
        let label = fonts.fit(&label, ink.weight, ink.size, CONTENT_W - 12.0);
        let w = 10.0 + fonts.width(&label, ink.weight, ink.size);
        if x > MARGIN_X && x + w > RIGHT {
            ctx.advance(lh);
            ctx.ensure(lh);
            x = MARGIN_X;
        }
        let base = ctx.y + style::baseline_in(lh, ink.size);
        let color = style::tone_color(item.tone);
        ctx.page()
            .artifact(|p| p.dot(x + 3.0, base - ink.size * 0.35, 2.8, color));
        ctx.open(Tag::LI);
        ctx.open(Tag::LBody);
        ctx.text(x + 10.0, base, &label, ink);
        ctx.close();
        ctx.close();
        x += w + 16.0;
    }
    ctx.close();
    if !items.is_empty() {
        ctx.advance(lh);
    }
}

const CALLOUT_PAD: f32 = 10.0;

struct CalloutLines {
    title: Vec<Line>,
    text: Vec<Line>,
}

fn callout_lines(ctx: &mut Ctx, c: &Callout) -> CalloutLines {
    let w = CONTENT_W - 2.0 * CALLOUT_PAD - 4.0;
    let title = if c.title.trim().is_empty() {
        Vec::new()
    } else {
        ctx.wrap_lines(&c.title, Weight::Bold, style::SIZE_BODY, w)
    };
    let text = if c.text.trim().is_empty() {
        Vec::new()
    } else {
        ctx.wrap_lines(&c.text, Weight::Regular, style::SIZE_BODY, w)
    };
    CalloutLines { title, text }
}

/// Total height of a callout box.
pub(crate) fn callout_height(ctx: &mut Ctx, c: &Callout) -> f32 {
    let l = callout_lines(ctx, c);
    let lh = style::leading(style::SIZE_BODY);
    2.0 * CALLOUT_PAD + (l.title.len() + l.text.len()) as f32 * lh
}

/// Draws a callout: a tinted box with a coloured edge, a bold title and text;
/// a box taller than the space left continues on the next page.
pub(crate) fn callout(ctx: &mut Ctx, c: &Callout) {
    let l = callout_lines(ctx, c);
    let lh = style::leading(style::SIZE_BODY);
    let mut rows: Vec<(Line, Ink)> = Vec::new();
    let strong = style::tone_color(c.tone);
    rows.extend(
        l.title
            .into_iter()
            .map(|t| (t, Ink::bold(style::SIZE_BODY, strong))),
    );
    rows.extend(
        l.text
            .into_iter()
            .map(|t| (t, Ink::regular(style::SIZE_BODY, style::INK))),
    );
    let total = 2.0 * CALLOUT_PAD + rows.len() as f32 * lh;
    ctx.ensure(total.min(2.0 * CALLOUT_PAD + 3.0 * lh));
    // The title and the text are a paragraph each in the box's Div.
    let title_rows = rows
        .iter()
        .take_while(|(_, ink)| ink.weight == Weight::Bold)
        .count();
    ctx.open(Tag::Div);
    let mut i = 0;
    while i < rows.len() || (rows.is_empty() && i == 0) {
        let fit = ((ctx.remaining() - 2.0 * CALLOUT_PAD) / lh)
            .floor()
            .max(1.0) as usize;
        let take = fit.min(rows.len() - i);
        let h = 2.0 * CALLOUT_PAD + take as f32 * lh;
        let top = ctx.y;
        ctx.page().artifact(|p| draw_callout_box(p, top, h, c));
        let mut y = top + CALLOUT_PAD;
        for (r, (text, ink)) in rows[i..i + take].iter().enumerate() {
            if i + r == 0 || i + r == title_rows {
                if i + r > 0 {
                    ctx.close();
                }
                ctx.open(Tag::P);
            }
            let base = y + style::baseline_in(lh, ink.size);
            let x = MARGIN_X + CALLOUT_PAD + 4.0 + text.indent;
            ctx.text(x, base, &text.text, *ink);
            y += lh;
        }
        ctx.advance(h);
        i += take;
        if rows.is_empty() {
            break;
        }
        if i < rows.len() {
            ctx.new_page();
        }
    }
    if !rows.is_empty() {
        ctx.close();
    }
    ctx.close();
}

fn draw_callout_box(page: &mut Page, top: f32, h: f32, c: &Callout) {
    page.round_rect(MARGIN_X, top, CONTENT_W, h, 3.0, style::tone_tint(c.tone));
    page.rect(MARGIN_X, top, 3.5, h, style::tone_color(c.tone));
}
