//! Every text a document will show, for finding the characters no available face
//! draws before anything is laid out.

use std::collections::BTreeSet;

use super::{Block, FontSet, PackDoc};

impl PackDoc {
    /// Calls `f` with every text of the document: metadata, running header and
    /// footer, the engine's words and every block's text.
    pub fn each_text(&self, f: &mut dyn FnMut(&str)) {
        for t in [
            &self.meta.title,
            &self.running_header,
            &self.running_footer,
            &self.words.contents,
            &self.words.page_of,
        ] {
            f(t);
        }
        for block in &self.blocks {
            block_texts(block, f);
        }
    }
}

fn block_texts(block: &Block, f: &mut dyn FnMut(&str)) {
    match block {
        Block::Cover(c) => {
            for t in [&c.title, &c.subtitle, &c.company] {
                f(t);
            }
            c.lines.iter().for_each(|l| f(l));
        }
        Block::Heading(h) => f(&h.text),
        Block::Paragraph(p) => f(&p.text),
        Block::Bullets(items) => items.iter().for_each(|i| f(i)),
        Block::KpiTiles(tiles) => {
            for k in tiles {
                for t in [&k.label, &k.value, &k.caption] {
                    f(t);
                }
            }
        }
        Block::Table(t) => {
            t.columns.iter().for_each(|c| f(&c.header));
            for row in &t.rows {
                row.cells.iter().for_each(|c| f(&c.text));
                if let Some(o) = &row.outline {
                    f(o);
                }
            }
        }
        Block::BarChart(c) => {
            f(&c.title);
            for b in &c.bars {
                f(&b.label);
                f(&b.value_text);
            }
            c.thresholds.iter().for_each(|t| f(&t.label));
        }
        Block::LineChart(c) => {
            f(&c.title);
            c.labels.iter().for_each(|l| f(l));
            for s in &c.series {
                f(&s.name);
                s.points.iter().flatten().for_each(|(_, l)| f(l));
            }
        }
        Block::Progress(rows) => {
            for r in rows {
                f(&r.label);
                f(&r.caption);
            }
        }
        Block::Timeline(t) => {
            for c in &t.columns {
                f(&c.title);
                f(&c.subtitle);
                c.items.iter().for_each(|i| f(&i.text));
            }
        }
        Block::Callout(c) => {
            f(&c.title);
            f(&c.text);
        }
        Block::Legend(items) => items.iter().for_each(|i| f(&i.label)),
        Block::Contents | Block::PageBreak | Block::Spacer(_) => {}
    }
}

impl FontSet {
    /// The characters of `doc` that no available face draws, in code point order.
    pub fn missing(&self, doc: &PackDoc) -> Vec<char> {
        let mut seen = BTreeSet::new();
        let mut missing = BTreeSet::new();
        doc.each_text(&mut |t| {
            for c in t.chars() {
                if !c.is_control() && seen.insert(c) && !self.covers(c) {
                    missing.insert(c);
                }
            }
        });
        missing.into_iter().collect()
    }
}
