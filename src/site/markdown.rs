//! Markdown to safe HTML for the site.
//!
//! Bodies go through pulldown-cmark (tables, footnotes, strikethrough, task lists,
//! heading attributes). Plan links (`partner:`, `decision:`, `competitor:`, `tier:`,
//! relative `.md`) become relative page URLs; headings get unique slug ids; heading
//! attributes other than id and class are dropped; external images become links (the
//! site never loads anything from another host). When a body contains raw HTML, the
//! whole result is sanitized with ammonia, so no script or event handler reaches a page.

use super::urls::{self, Anchors};
use crate::links::{self, Target};
use crate::model::{Markdown, Plan};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};
use serde::Serialize;
use std::borrow::Cow;

/// What a Markdown body is rendered against.
pub struct MdContext<'a> {
    pub plan: &'a Plan,
    /// The body's file, relative to the content directory (for relative links).
    pub from_rel: &'a str,
    /// The page's way back to the site root (`../`).
    pub root: &'a str,
}

/// A heading of a rendered body, for "on this page" navigation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TocEntry {
    pub level: u8,
    pub text: String,
    pub id: String,
}

/// Rendered HTML and its headings.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
}

/// Where the links of a Markdown body lead: the page-relative URL of a destination as
/// written, or `None` when the link must not be kept (its text stays).
pub trait LinkTargets {
    fn url(&self, dest: &str) -> Option<String>;
}

impl LinkTargets for MdContext<'_> {
    /// The plan's targets: partners, decisions, competitors, tiers, handbook pages,
    /// the thesis and external links.
    fn url(&self, dest: &str) -> Option<String> {
        let r = links::resolve(self.plan, self.from_rel, dest).ok()?;
        match &r.target {
            Target::External(url) => Some(url.clone()),
            Target::SamePage => r.anchor.map(|a| format!("#{a}")),
            t => {
                let url = urls::of_target(t)?;
                let url = urls::with_anchor(&url, r.anchor.as_deref());
                Some(format!("{}{url}", self.root))
            }
        }
    }
}

/// Renders a Markdown body to sanitized HTML.
pub fn render(md: &Markdown, cx: &MdContext, anchors: &mut Anchors) -> Rendered {
    render_str(&md.text, cx, anchors)
}

/// Renders Markdown text to sanitized HTML, its links resolved by `cx`.
pub fn render_str(text: &str, cx: &dyn LinkTargets, anchors: &mut Anchors) -> Rendered {
    let parser = Parser::new_ext(text, links::markdown_options());
    let mut w = Rewriter {
        cx,
        anchors,
        toc: Vec::new(),
        raw_html: false,
        dropped_links: Vec::new(),
        heading: None,
        out: Vec::new(),
    };
    for ev in parser {
        w.event(ev);
    }
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, w.out.into_iter());
    if w.raw_html {
        html = sanitize(&html);
    }
    Rendered { html, toc: w.toc }
}

struct PendingHeading<'e> {
    level: HeadingLevel,
    id: Option<CowStr<'e>>,
    classes: Vec<CowStr<'e>>,
    events: Vec<Event<'e>>,
    text: String,
}

struct Rewriter<'c, 'e> {
    cx: &'c dyn LinkTargets,
    anchors: &'c mut Anchors,
    toc: Vec<TocEntry>,
    raw_html: bool,
    /// For each open link or image: whether its start was dropped (end must be too).
    dropped_links: Vec<LinkFate>,
    heading: Option<PendingHeading<'e>>,
    out: Vec<Event<'e>>,
}

#[derive(Clone, Copy)]
enum LinkFate {
    Kept,
    Dropped,
    ImageAsLink,
}

impl<'e> Rewriter<'_, 'e> {
    fn emit(&mut self, ev: Event<'e>) {
        match &mut self.heading {
            Some(h) => {
                if let Event::Text(t) | Event::Code(t) = &ev {
                    h.text.push_str(t);
                }
                h.events.push(ev);
            }
            None => self.out.push(ev),
        }
    }

    fn event(&mut self, ev: Event<'e>) {
        match ev {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                self.heading = Some(PendingHeading {
                    level,
                    id,
                    classes,
                    events: Vec::new(),
                    text: String::new(),
                });
            }
            Event::End(TagEnd::Heading(_)) => self.finish_heading(),
            Event::Start(tag @ Tag::Link { .. }) => self.link(tag, LinkFate::Kept),
            Event::Start(tag @ Tag::Image { .. }) => self.link(tag, LinkFate::ImageAsLink),
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                match self.dropped_links.pop() {
                    Some(LinkFate::Kept) => self.emit(ev),
                    Some(LinkFate::ImageAsLink) => self.emit(Event::End(TagEnd::Link)),
                    Some(LinkFate::Dropped) | None => {}
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                self.raw_html = true;
                self.emit(ev);
            }
            other => self.emit(other),
        }
    }

    fn finish_heading(&mut self) {
        let Some(h) = self.heading.take() else {
            return;
        };
        let wanted = match &h.id {
            Some(id) if !id.trim().is_empty() => crate::slug::anchor(id),
            _ => crate::slug::anchor(&h.text),
        };
        let id = self.anchors.unique(if wanted.is_empty() {
            "section"
        } else {
            &wanted
        });
        self.toc.push(TocEntry {
            level: h.level as u8,
            text: h.text.trim().to_string(),
            id: id.clone(),
        });
        self.out.push(Event::Start(Tag::Heading {
            level: h.level,
            id: Some(id.into()),
            classes: h.classes,
            attrs: Vec::new(),
        }));
        self.out.extend(h.events);
        self.out.push(Event::End(TagEnd::Heading(h.level)));
    }

    /// A link, or an image (`kept` is [`LinkFate::ImageAsLink`]: an image is shown as a
    /// link to its file), whose destination is resolved to a site URL; one that does
    /// not resolve is dropped and only its text is kept.
    fn link(&mut self, tag: Tag<'e>, kept: LinkFate) {
        let (Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }
        | Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) = tag
        else {
            return;
        };
        match self.cx.url(&dest_url) {
            Some(url) => {
                self.dropped_links.push(kept);
                self.emit(Event::Start(Tag::Link {
                    link_type,
                    dest_url: url.into(),
                    title,
                    id,
                }));
            }
            None => self.dropped_links.push(LinkFate::Dropped),
        }
    }
}

/// Sanitizes HTML produced from Markdown that contained raw HTML.
pub fn sanitize(html: &str) -> String {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id", "class"])
        .add_tags(["input"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .link_rel(Some("noopener noreferrer"))
        .attribute_filter(|element, attribute, value| {
            let remote = value.contains(':') || value.starts_with("//");
            if element == "img" && attribute == "src" && remote {
                return None;
            }
            if element == "input" && attribute == "type" && value != "checkbox" {
                return None;
            }
            Some(Cow::Borrowed(value))
        });
    b.clean(html).to_string()
}

/// Plain text of a short Markdown string (for summaries and the search index).
pub fn plain_text(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for ev in Parser::new_ext(text, links::markdown_options()) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) => out.push(' '),
            _ => {}
        }
        if out.len() > max_chars * 4 {
            break;
        }
    }
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    truncate_chars(&collapsed, max_chars)
}

/// Cuts text at a word boundary to at most `max` characters, adding an ellipsis.
pub fn truncate_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}
