//! The account team's notes in the internal QBR pack: the Markdown body of the
//! partner's file as the pack's paragraphs and bullet lists, internal parts included
//! (the partner-facing pack never reads them).

use crate::i18n::Lang;
use crate::pack::tables::{h, p};
use crate::pdf::{Block, TextStyle};
use crate::project::Project;

/// The partner's notes (the Markdown body of its file), as the account team wrote
/// them, internal parts included: this pack is internal. Nothing when there are none.
pub fn section(pr: &Project, lang: &Lang, i: usize, b: &mut Vec<Block>) {
    let blocks = note_blocks(&pr.plan.partners[i].notes.text);
    if blocks.is_empty() {
        return;
    }
    b.push(h(1, lang.t("qbr_notes_title")));
    b.push(p(lang.t("qbr_notes_lead"), TextStyle::Muted));
    b.extend(blocks);
}

/// Markdown as the pack's paragraphs and bullet lists (headings become paragraphs,
/// links their text, nested lists items of their own).
fn note_blocks(md: &str) -> Vec<Block> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let opts = crate::links::markdown_options() | Options::ENABLE_SMART_PUNCTUATION;
    let mut out = Vec::new();
    let mut text = String::new();
    let mut items: Vec<String> = Vec::new();
    let mut depth = 0usize;
    let take = |text: &mut String| std::mem::take(text).trim().to_string();
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(Tag::List(_)) => {
                if depth > 0 && !text.trim().is_empty() {
                    items.push(take(&mut text));
                }
                depth += 1;
            }
            Event::End(TagEnd::List(_)) => {
                depth = depth.saturating_sub(1);
                if depth == 0 && !items.is_empty() {
                    out.push(Block::Bullets(std::mem::take(&mut items)));
                }
            }
            Event::End(TagEnd::Item) if !text.trim().is_empty() => items.push(take(&mut text)),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_)) if depth == 0 => {
                let para = take(&mut text);
                if !para.is_empty() {
                    out.push(p(para, TextStyle::Body));
                }
            }
            Event::End(TagEnd::Paragraph) => text.push(' '),
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(b: &Block) -> String {
        match b {
            Block::Paragraph(para) => format!("P {}", para.text),
            Block::Bullets(items) => format!("L {}", items.join(" | ")),
            _ => "?".into(),
        }
    }

    #[test]
    fn notes_become_paragraphs_and_bullet_lists() {
        let md = "Workiva is [our partner](decision:D-002) for *filings*.\n\n## Next\n\n- Ask about the **calendar**\n- Bring the \"demo\" -- short\n  - the lineage one\n\n<!-- internal -->\nRenewal risk.\n<!-- /internal -->\n";
        let got: Vec<String> = note_blocks(md).iter().map(shown).collect();
        assert_eq!(
            got,
            [
                "P Workiva is our partner for filings.",
                "P Next",
                "L Ask about the calendar | Bring the \u{201c}demo\u{201d} \u{2013} short | the lineage one",
                "P Renewal risk.",
            ]
        );
        assert!(note_blocks("  \n").is_empty());
    }
}
