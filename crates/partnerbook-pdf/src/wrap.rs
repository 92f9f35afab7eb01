//! Line breaking: text broken into lines no wider than a measure.
//!
//! Words go on a line while they fit. A word that does not fit is hyphenated with the
//! document language's Knuth–Liang patterns (`hypher`) when the line would otherwise
//! end loose (or when the word is longer than a whole line): the longest prefix that
//! fits with its hyphen stays on the line. Only a word with no hyphenation point that
//! fits is split between characters. Short words (under five letters), numbers, ids
//! with digits and URLs are never hyphenated; a compound breaks after its own hyphen.
//! A line that starts with a list marker (`•`, `–`, `1.`) hangs: its continuation
//! lines are indented to the text after the marker.
//!
//! Text is measured with [`FontSet::width`] only, and the same input always gives the
//! same lines.

use super::fonts::{FontSet, Weight};

/// Words with fewer letters than this are never hyphenated.
const MIN_WORD: usize = 5;
/// Letters a hyphenated word keeps at least on each side of the break (the language's
/// own minimum when that is larger).
const MIN_PIECE: usize = 3;

/// The hyphenation patterns of a document's language: none for a language without
/// patterns here (Japanese, unknown tags), whose words only break when longer than a line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Hyphenator {
    lang: Option<hypher::Lang>,
}

impl Hyphenator {
    /// The patterns for a BCP 47 tag (`en-US`, `de-DE`, `fr`, `es-ES`).
    pub(crate) fn for_tag(tag: &str) -> Hyphenator {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let lang = match primary.to_ascii_lowercase().as_str() {
            "en" => Some(hypher::Lang::English),
            "de" => Some(hypher::Lang::German),
            "fr" => Some(hypher::Lang::French),
            "es" => Some(hypher::Lang::Spanish),
            _ => None,
        };
        Hyphenator { lang }
    }

    /// Byte offsets in `word` where it may break, each with whether a hyphen is added
    /// there (not after a compound's own hyphen), in ascending order.
    pub(crate) fn breaks(&self, word: &str) -> Vec<(usize, bool)> {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters < MIN_WORD || !hyphenable(word) {
            return Vec::new();
        }
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        let mut out = Vec::new();
        // After a compound's own hyphen, with two letters or more on each side.
        for k in 2..chars.len().saturating_sub(2) {
            let (i, c) = chars[k];
            let letter = |j: usize| chars[j].1.is_alphabetic();
            let compound = matches!(c, '-' | '\u{2010}');
            if compound && [k - 2, k - 1, k + 1, k + 2].into_iter().all(letter) {
                out.push((i + c.len_utf8(), false));
            }
        }
        if let Some(lang) = self.lang {
            for (start, end) in letter_runs(word) {
                let run = &word[start..end];
                if run.chars().count() < MIN_WORD {
                    continue;
                }
                let (left, right) = lang.bounds();
                let (left, right) = (left.max(MIN_PIECE), right.max(MIN_PIECE));
                let syllables: Vec<&str> =
                    hypher::hyphenate_bounded(run, lang, left, right).collect();
                let mut at = start;
                for s in &syllables[..syllables.len().saturating_sub(1)] {
                    at += s.len();
                    out.push((at, true));
                }
            }
        }
        out.sort_by_key(|b| b.0);
        out.dedup_by_key(|b| b.0);
        out
    }
}

/// Whether `word` may be hyphenated at all: no digits (numbers, dates, ids like
/// `q1-2027`) and nothing that looks like a URL, an address, a path or an identifier.
fn hyphenable(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    !word.chars().any(char::is_numeric)
        && !core.contains(['/', '\\', '@', '_', '.', ':', '=', '#', '&', '+'])
        && !word.starts_with("www")
}

/// Byte ranges of the maximal runs of letters in `word`.
fn letter_runs(word: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in word.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, word.len()));
    }
    runs
}

/// A wrapped line: its text and how far it is indented from the measure's left edge
/// (the continuation lines of a list item hang under the item's text).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Line {
    /// The text, without leading or trailing spaces.
    pub text: String,
    /// Indent in points.
    pub indent: f32,
}

/// When a word that does not fit is hyphenated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hyphenate {
    /// Running text: whenever the line would otherwise end loose.
    Prose,
    /// Headings, titles and table cells (columns as wide as their widest word): only a
    /// word longer than the whole line.
    Overlong,
}

/// How text is set and broken: font, size, language and hyphenation.
#[derive(Clone, Copy)]
pub(crate) struct Setter<'a> {
    /// The fonts, measured with [`FontSet::width`].
    pub fonts: &'a FontSet,
    /// Regular or bold.
    pub weight: Weight,
    /// Size in points.
    pub size: f32,
    /// The language's patterns.
    pub hyphenator: Hyphenator,
    /// When to hyphenate.
    pub mode: Hyphenate,
}

/// One line being filled.
struct Filling {
    text: String,
    width: f32,
    indent: f32,
}

impl Setter<'_> {
    fn width(&self, text: &str) -> f32 {
        self.fonts.width(text, self.weight, self.size)
    }

    /// Breaks `text` into lines no wider than `max_w`; `\n` forces a break.
    pub(crate) fn wrap(&self, text: &str, max_w: f32) -> Vec<Line> {
        if !text.contains('\n') && self.width(text) <= max_w {
            return vec![Line {
                text: text.trim_end().to_string(),
                indent: 0.0,
            }];
        }
        let mut lines = Vec::new();
        for para in text.split('\n') {
            self.wrap_paragraph(para, max_w, &mut lines);
        }
        lines
    }

    /// The empty space at the end of a line beyond which it counts as loose (the
    /// hyphenation zone): an eighth of the measure, at least five spaces, at most 36 pt.
    fn zone(&self, avail: f32) -> f32 {
        (avail * 0.125).max(5.0 * self.width(" ")).min(36.0)
    }

    fn wrap_paragraph(&self, para: &str, max_w: f32, lines: &mut Vec<Line>) {
        let hang = self.hang(para, max_w);
        let space = self.width(" ");
        let mut line = Filling {
            text: String::new(),
            width: 0.0,
            indent: 0.0,
        };
        let finish = |line: &mut Filling, lines: &mut Vec<Line>| {
            lines.push(Line {
                text: std::mem::take(&mut line.text),
                indent: line.indent,
            });
            line.width = 0.0;
            line.indent = hang;
        };
        // A line ending in a hyphen is not followed by another (unless a word is longer
        // than the line).
        let mut after_hyphen = false;
        let words: Vec<&str> = para.split(' ').filter(|w| !w.is_empty()).collect();
        for (k, word) in words.iter().copied().enumerate() {
            // The last word is not hyphenated: its end would stand alone on the last line.
            let last = k + 1 == words.len();
            let mut breaks: Option<Vec<(usize, bool)>> = None;
            let mut from = 0;
            // Once a word is split between characters, its rest is too.
            let mut by_chars = false;
            loop {
                let rest = &word[from..];
                let avail = max_w - line.indent;
                let w = self.width(rest);
                let gap = if line.text.is_empty() { 0.0 } else { space };
                if line.width + gap + w <= avail {
                    line.push(rest, gap + w);
                    break;
                }
                let room = avail - line.width - gap;
                let overlong = w > avail;
                let loose = match self.mode {
                    Hyphenate::Prose => {
                        overlong || (!after_hyphen && !last && room > self.zone(avail))
                    }
                    Hyphenate::Overlong => overlong,
                };
                if loose && !by_chars {
                    let points = breaks.get_or_insert_with(|| self.hyphenator.breaks(word));
                    if let Some((end, head)) = self.best_prefix(word, from, points, room) {
                        let hw = self.width(&head);
                        line.push(&head, gap + hw);
                        finish(&mut line, lines);
                        after_hyphen = head.ends_with('-');
                        from = end;
                        continue;
                    }
                }
                // Text without spaces between words (Chinese, Japanese) breaks where
                // UAX #14 allows: between ideographs, never before 。 or inside a number.
                if !by_chars && !line.text.is_empty() && has_cjk(rest) {
                    if let Some(end) = self.opportunity(rest, room) {
                        line.push(&rest[..end], gap + self.width(&rest[..end]));
                        finish(&mut line, lines);
                        after_hyphen = false;
                        from += end;
                        continue;
                    }
                }
                if !line.text.is_empty() {
                    finish(&mut line, lines);
                    after_hyphen = false;
                    continue;
                }
                // The last resort: as many characters as fit (at least one).
                let end = self.char_split(rest, avail);
                by_chars = true;
                line.push(&rest[..end], self.width(&rest[..end]));
                from += end;
                if from >= word.len() {
                    break;
                }
                finish(&mut line, lines);
                after_hyphen = false;
            }
        }
        lines.push(Line {
            text: line.text,
            indent: line.indent,
        });
    }

    /// The longest piece of `word` from `from` to a break point that fits `room` with
    /// its hyphen: the byte offset where it ends and the text to set.
    fn best_prefix(
        &self,
        word: &str,
        from: usize,
        points: &[(usize, bool)],
        room: f32,
    ) -> Option<(usize, String)> {
        points
            .iter()
            .rev()
            .filter(|(at, _)| *at > from && *at < word.len())
            .map(|&(at, hyphen)| {
                let mut head = word[from..at].to_string();
                if hyphen {
                    head.push('-');
                }
                (at, head)
            })
            .find(|(_, head)| self.width(head) <= room)
    }

    /// Bytes of `text` that fit `avail`, at least one character: up to the last line
    /// break opportunity (UAX #14) that fits, else as many characters as fit.
    fn char_split(&self, text: &str, avail: f32) -> usize {
        let mut w = 0.0;
        let mut end = 0;
        for (i, c) in text.char_indices() {
            let cw = self.width(c.encode_utf8(&mut [0; 4]));
            if w + cw > avail && end > 0 {
                break;
            }
            w += cw;
            end = i + c.len_utf8();
        }
        self.opportunity(text, avail).unwrap_or(end)
    }

    /// The last line break opportunity of `text` (UAX #14) whose head fits `room`,
    /// short of the whole text.
    fn opportunity(&self, text: &str, room: f32) -> Option<usize> {
        // a number keeps its counter or unit (`2027年`, `1件`, `¥886.5万`)
        let counted = |at: usize| {
            let before = text[..at].chars().next_back();
            let after = text[at..].chars().next();
            before.is_some_and(|c| c.is_ascii_digit())
                && after.is_some_and(|c| has_cjk(&c.to_string()))
        };
        unicode_linebreak::linebreaks(text)
            .map(|(at, _)| at)
            .filter(|at| *at > 0 && *at < text.len() && !counted(*at))
            .take_while(|at| self.width(&text[..*at]) <= room)
            .last()
    }

    /// The indent of a list item's continuation lines: the width of its marker and the
    /// space after it (`• `, `– `, `- `, `1. `, `a) `); zero for other text.
    fn hang(&self, para: &str, max_w: f32) -> f32 {
        let Some((marker, rest)) = para.split_once(' ') else {
            return 0.0;
        };
        if rest.trim().is_empty() || !is_marker(marker) {
            return 0.0;
        }
        let w = self.width(marker) + self.width(" ");
        if w < max_w / 3.0 {
            w
        } else {
            0.0
        }
    }
}

impl Filling {
    fn push(&mut self, text: &str, w: f32) {
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(text);
        self.width += w;
    }
}

/// A bullet or a list number: `•`, `◦`, `–`, `-`, `*`, `1.`, `12)`, `a)`.
fn is_marker(word: &str) -> bool {
    if matches!(word, "•" | "◦" | "▪" | "–" | "—" | "-" | "*" | "·") {
        return true;
    }
    let Some(body) = word.strip_suffix(['.', ')']) else {
        return false;
    };
    let digits = !body.is_empty() && body.len() <= 3 && body.chars().all(|c| c.is_ascii_digit());
    let letter = word.ends_with(')')
        && body.chars().count() == 1
        && body.chars().all(|c| c.is_ascii_lowercase());
    digits || letter
}

#[cfg(test)]
#[path = "wrap_tests.rs"]
mod tests;

/// Whether `text` holds ideographs or kana, written without spaces between words.
fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
    })
}
