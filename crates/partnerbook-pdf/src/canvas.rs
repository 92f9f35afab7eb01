//! Drawing primitives on one page, in points measured from the top-left corner;
//! they emit printpdf operations (whose origin is bottom-left), each inside the
//! marked-content sequence of what it belongs to: a structure element (with an MCID)
//! or an artifact.

use std::collections::BTreeMap;

use printpdf::{
    Actions, BorderArray, Color, ColorArray, Destination, DictItem, HighlightingMode, Line,
    LineCapStyle, LineDashPattern, LinePoint, LinkAnnotation, Op, PaintMode, Point, Polygon,
    PolygonRing, Pt, Rect, Rgb, TextMatrix, WindingOrder,
};

use super::embed::{self, Used};
use super::fallback::FaceId;
use super::fonts::{FontSet, Weight};
use super::shape::{Features, Glyph};
use super::structure::Mark;
use super::style::{Rgb3, PAGE_H};

/// Text to draw: string, weight, size and colour.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ink {
    /// Regular or bold.
    pub weight: Weight,
    /// Size in points.
    pub size: f32,
    /// Colour.
    pub color: Rgb3,
    /// OpenType features (tabular figures in number columns).
    pub features: Features,
}

impl Ink {
    /// Regular text.
    pub(crate) fn regular(size: f32, color: Rgb3) -> Ink {
        Ink {
            weight: Weight::Regular,
            size,
            color,
            features: Features::default(),
        }
    }

    /// Bold text.
    pub(crate) fn bold(size: f32, color: Rgb3) -> Ink {
        Ink {
            weight: Weight::Bold,
            size,
            color,
            features: Features::default(),
        }
    }

    /// The same ink with tabular (equal-width) figures, for number columns.
    pub(crate) fn tabular(self) -> Ink {
        Ink {
            features: Features { tabular: true },
            ..self
        }
    }
}

/// A page operation: a printpdf operation, or glyphs whose codes are given when the
/// page is finished (codes are numbered per face across the document).
#[derive(Debug)]
enum Item {
    Op(Op),
    Glyphs(Show),
}

/// Shaped glyphs of one face at one size.
#[derive(Debug)]
struct Show {
    face: FaceId,
    size: f32,
    glyphs: Vec<Glyph>,
}

/// One page under construction.
///
/// Consecutive text shares one text object, and font and colour are only set
/// when they change: that keeps content streams (and saving) small.
#[derive(Debug, Default)]
pub(crate) struct Page {
    ops: Vec<Item>,
    /// Whether the page gets the running header and footer.
    pub chrome: bool,
    in_text: bool,
    /// Start of the current text line (PDF coordinates) inside a text object.
    origin: Option<(f32, f32)>,
    font: Option<(FaceId, f32)>,
    fill: Option<Rgb3>,
    /// What the next drawing belongs to.
    want: Mark,
    /// The marked-content sequence open in the content stream.
    open: Option<Mark>,
    /// What the page's structure tree needs to know.
    tags: PageTags,
}

/// A page's links into the structure tree.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct PageTags {
    /// The structure element of each marked-content id (MCID), in MCID order.
    pub mcids: Vec<usize>,
    /// The structure element of each link annotation, in the annotations' order.
    pub links: Vec<Option<usize>>,
}

fn color(c: Rgb3) -> Color {
    Color::Rgb(Rgb::new(c.0, c.1, c.2, None))
}

/// Rounds a coordinate to 1/100 pt, which keeps numbers in the file short.
fn r2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

fn pt(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(r2(x)),
            y: Pt(r2(PAGE_H - y)),
        },
        bezier: false,
    }
}

impl Page {
    /// A page; `chrome` adds header and footer later.
    pub(crate) fn new(chrome: bool) -> Page {
        Page {
            chrome,
            ..Page::default()
        }
    }

    /// The finished operations, glyph codes taken from `used`.
    pub(crate) fn finish(mut self, fonts: &FontSet, used: &mut Used) -> Vec<Op> {
        self.end_text();
        if self.open.take().is_some() {
            self.push(Op::EndMarkedContent);
        }
        let mut ops = Vec::with_capacity(self.ops.len());
        for item in self.ops {
            match item {
                Item::Op(op) => ops.push(op),
                Item::Glyphs(show) => show_ops(fonts, &show, used, &mut ops),
            }
        }
        ops
    }

    fn push(&mut self, op: Op) {
        self.ops.push(Item::Op(op));
    }

    /// The page's marked-content ids and link annotations, taken out of the page.
    pub(crate) fn take_tags(&mut self) -> PageTags {
        std::mem::take(&mut self.tags)
    }

    /// From now on, what is drawn belongs to `mark`; returns the previous mark.
    pub(crate) fn set_mark(&mut self, mark: Mark) -> Mark {
        std::mem::replace(&mut self.want, mark)
    }

    /// From now on, what is drawn is content of the structure element `mark`
    /// (a [`Mark::Struct`]), until [`Page::end_struct`].
    pub(crate) fn begin_struct(&mut self, mark: Mark) {
        self.want = mark;
    }

    /// Ends the structure element begun last: what follows is decoration.
    pub(crate) fn end_struct(&mut self) {
        self.want = Mark::Artifact;
    }

    /// Draws decoration (rules, fills, dots) with `f`, whatever element is open.
    pub(crate) fn artifact<R>(&mut self, f: impl FnOnce(&mut Page) -> R) -> R {
        self.marked(Mark::Artifact, f)
    }

    /// Draws with `f` what belongs to `mark`, then returns to the mark before.
    pub(crate) fn marked<R>(&mut self, mark: Mark, f: impl FnOnce(&mut Page) -> R) -> R {
        let before = self.set_mark(mark);
        let r = f(self);
        self.want = before;
        r
    }

    /// Opens the marked-content sequence of the wanted mark unless it is the open
    /// one. Marked content never cuts through a text object: the text object ends first.
    fn mark(&mut self) {
        if self.open == Some(self.want) {
            return;
        }
        self.end_text();
        if self.open.is_some() {
            self.push(Op::EndMarkedContent);
        }
        let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
        let pagination = |subtype: &str| {
            let mut map = BTreeMap::new();
            map.insert("Type".to_string(), name("Pagination"));
            map.insert("Subtype".to_string(), name(subtype));
            Op::BeginMarkedContentWithProperties {
                tag: "Artifact".into(),
                properties: DictItem::Dict { map },
            }
        };
        let op = match self.want {
            Mark::Artifact => Op::BeginMarkedContent {
                tag: "Artifact".into(),
            },
            Mark::Header => pagination("Header"),
            Mark::Footer => pagination("Footer"),
            Mark::Struct { elem, tag } => {
                let mcid = self.tags.mcids.len();
                self.tags.mcids.push(elem);
                let mut map = BTreeMap::new();
                map.insert("MCID".to_string(), DictItem::Int(mcid as i64));
                Op::BeginMarkedContentWithProperties {
                    tag: tag.name().into(),
                    properties: DictItem::Dict { map },
                }
            }
        };
        self.push(op);
        self.open = Some(self.want);
    }

    fn end_text(&mut self) {
        if self.in_text {
            self.push(Op::EndTextSection);
            self.in_text = false;
            self.origin = None;
        }
    }

    fn set_fill(&mut self, c: Rgb3) {
        if self.fill != Some(c) {
            self.push(Op::SetFillColor { col: color(c) });
            self.fill = Some(c);
        }
    }

    /// Pushes a graphics operation (outside any text object).
    fn graphic(&mut self, op: Op) {
        self.end_text();
        self.push(op);
    }

    /// Draws `text` with its baseline at `y`, starting at `x`: shaped, each run in
    /// the face that draws it; a run whose glyphs would not extract as its text is
    /// marked with the text (`/ActualText`).
    pub(crate) fn text(&mut self, fonts: &FontSet, x: f32, y: f32, text: &str, ink: Ink) {
        let shaped = fonts.shape(text, ink.weight, ink.features);
        if shaped.runs.is_empty() {
            return;
        }
        self.mark();
        if !self.in_text {
            self.push(Op::StartTextSection);
            self.in_text = true;
        }
        self.set_fill(ink.color);
        let (x, y) = (r2(x), r2(PAGE_H - y));
        // Inside a text object, a relative move is shorter than a new matrix.
        self.push(match self.origin {
            Some((ox, oy)) => Op::SetTextCursor {
                pos: Point {
                    x: Pt(r2(x - ox)),
                    y: Pt(r2(y - oy)),
                },
            },
            None => Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x), Pt(y)),
            },
        });
        self.origin = Some((x, y));
        for run in shaped.runs {
            if self.font != Some((run.face, ink.size)) {
                self.push(Op::Unknown {
                    key: "Tf".into(),
                    value: vec![
                        DictItem::Name(embed::resource_name(run.face).into_bytes()),
                        DictItem::Real(ink.size),
                    ],
                });
                self.font = Some((run.face, ink.size));
            }
            if let Some(logical) = &run.actual {
                self.push(Op::BeginMarkedContentWithProperties {
                    tag: "Span".into(),
                    properties: DictItem::Dict {
                        map: [("ActualText".to_string(), text_string(logical))].into(),
                    },
                });
            }
            let actual = run.actual.is_some();
            self.ops.push(Item::Glyphs(Show {
                face: run.face,
                size: ink.size,
                glyphs: run.glyphs,
            }));
            if actual {
                self.push(Op::EndMarkedContent);
            }
        }
    }

    /// Draws `text` ending at `right`.
    pub(crate) fn text_right(&mut self, fonts: &FontSet, right: f32, y: f32, text: &str, ink: Ink) {
        let w = fonts.width_with(text, ink.weight, ink.features, ink.size);
        self.text(fonts, right - w, y, text, ink);
    }

    /// Draws `text` centred on `center`.
    pub(crate) fn text_center(
        &mut self,
        fonts: &FontSet,
        center: f32,
        y: f32,
        text: &str,
        ink: Ink,
    ) {
        let w = fonts.width_with(text, ink.weight, ink.features, ink.size);
        self.text(fonts, center - w / 2.0, y, text, ink);
    }

    /// Fills a rectangle whose top-left corner is (`x`, `y`).
    pub(crate) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb3) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        self.mark();
        self.end_text();
        self.set_fill(fill);
        let (x0, y0) = (r2(x), r2(PAGE_H - y - h));
        let rect = Rect::from_xywh(Pt(x0), Pt(y0), Pt(r2(x + w) - x0), Pt(r2(PAGE_H - y) - y0));
        self.graphic(Op::DrawRectangle {
            rectangle: Rect {
                mode: Some(PaintMode::Fill),
                ..rect
            },
        });
    }

    /// Fills a rectangle with corners rounded by `r`.
    pub(crate) fn round_rect(&mut self, x: f32, y: f32, w: f32, h: f32, r: f32, fill: Rgb3) {
        let r = r.min(w / 2.0).min(h / 2.0);
        if r <= 0.1 {
            self.rect(x, y, w, h, fill);
            return;
        }
        let k = r * 0.5523;
        let c = |px: f32, py: f32| LinePoint {
            bezier: true,
            ..pt(px, py)
        };
        let (x1, y1) = (x + w, y + h);
        let points = vec![
            pt(x + r, y),
            pt(x1 - r, y),
            c(x1 - r + k, y),
            c(x1, y + r - k),
            pt(x1, y + r),
            pt(x1, y1 - r),
            c(x1, y1 - r + k),
            c(x1 - r + k, y1),
            pt(x1 - r, y1),
            pt(x + r, y1),
            c(x + r - k, y1),
            c(x, y1 - r + k),
            pt(x, y1 - r),
            pt(x, y + r),
            c(x, y + r - k),
            c(x + r - k, y),
            pt(x + r, y),
        ];
        self.mark();
        self.end_text();
        self.set_fill(fill);
        self.graphic(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points }],
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    /// Fills a circle of radius `r` centred on (`cx`, `cy`).
    pub(crate) fn dot(&mut self, cx: f32, cy: f32, r: f32, fill: Rgb3) {
        self.round_rect(cx - r, cy - r, 2.0 * r, 2.0 * r, r, fill);
    }

    /// Strokes a straight line.
    pub(crate) fn line(&mut self, from: (f32, f32), to: (f32, f32), width: f32, stroke: Rgb3) {
        self.mark();
        self.end_text();
        self.push(Op::SetOutlineColor { col: color(stroke) });
        self.push(Op::SetOutlineThickness { pt: Pt(width) });
        self.graphic(Op::DrawLine {
            line: Line {
                points: vec![pt(from.0, from.1), pt(to.0, to.1)],
                is_closed: false,
            },
        });
    }

    /// Strokes a horizontal rule.
    pub(crate) fn hline(&mut self, x0: f32, x1: f32, y: f32, width: f32, stroke: Rgb3) {
        self.line((x0, y), (x1, y), width, stroke);
    }

    /// Strokes a patterned line (`pattern` is dash, gap, ...), with round caps
    /// when `round` (a zero dash with round caps draws dots).
    pub(crate) fn patterned_line(
        &mut self,
        from: (f32, f32),
        to: (f32, f32),
        pattern: &[f32],
        width: f32,
        stroke: Rgb3,
    ) {
        let round = pattern.first().is_some_and(|d| *d == 0.0);
        self.mark();
        self.end_text();
        self.push(Op::SaveGraphicsState);
        self.push(Op::SetLineDashPattern {
            dash: LineDashPattern::new(0.0, pattern),
        });
        if round {
            self.push(Op::SetLineCapStyle {
                cap: LineCapStyle::Round,
            });
        }
        self.line(from, to, width, stroke);
        self.push(Op::RestoreGraphicsState);
        // Restoring the state may bring back another fill colour and font.
        self.fill = None;
        self.font = None;
    }

    /// Adds an invisible link over the box (`x`, `y`, `w`, `h`) to the top of
    /// page `target` (0-based) at `target_y`; it belongs to the structure element
    /// content drawn now belongs to (a Link).
    pub(crate) fn link(&mut self, x: f32, y: f32, w: f32, h: f32, target: usize, target_y: f32) {
        let rect = Rect::from_xywh(Pt(x), Pt(PAGE_H - y - h), Pt(w), Pt(h));
        let dest = Destination::Xyz {
            page: target + 1,
            left: Some(0.0),
            top: Some(PAGE_H - target_y),
            zoom: None,
        };
        let link = LinkAnnotation::new(
            rect,
            Actions::go_to(dest),
            Some(BorderArray::Solid([0.0, 0.0, 0.0])),
            Some(ColorArray::Transparent),
            Some(HighlightingMode::Invert),
        );
        self.tags.links.push(match self.want {
            Mark::Struct { elem, .. } => Some(elem),
            _ => None,
        });
        self.push(Op::LinkAnnotation { link });
    }
}

/// A PDF text string: UTF-16BE with its byte order mark.
fn text_string(s: &str) -> DictItem {
    let mut data = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        data.extend_from_slice(&unit.to_be_bytes());
    }
    DictItem::String {
        data,
        literal: false,
    }
}

/// The `TJ` (and, for raised marks, `Ts`) operators of `show`: glyph codes from
/// `used`, and between glyphs the difference between the shaped advance (kerning)
/// and the font's own, in thousandths of an em.
fn show_ops(fonts: &FontSet, show: &Show, used: &mut Used, ops: &mut Vec<Op>) {
    let face = fonts.faces().get(show.face);
    let per_mille = 1000.0 / face.upem;
    let mut items: Vec<DictItem> = Vec::new();
    let mut codes: Vec<u8> = Vec::new();
    // pending adjustment in font units (positive moves right)
    let mut shift = 0i32;
    let flush_codes = |items: &mut Vec<DictItem>, codes: &mut Vec<u8>| {
        if !codes.is_empty() {
            items.push(DictItem::String {
                data: std::mem::take(codes),
                literal: false,
            });
        }
    };
    let flush_shift = |items: &mut Vec<DictItem>, codes: &mut Vec<u8>, shift: &mut i32| {
        let n = (-(*shift) as f32 * per_mille).round() as i64;
        *shift = 0;
        if n != 0 {
            flush_codes(items, codes);
            items.push(DictItem::Int(n));
        }
    };
    let tj = |items: Vec<DictItem>, ops: &mut Vec<Op>| {
        if !items.is_empty() {
            ops.push(Op::Unknown {
                key: "TJ".into(),
                value: vec![DictItem::Array(items)],
            });
        }
    };
    for g in &show.glyphs {
        shift += g.dx;
        flush_shift(&mut items, &mut codes, &mut shift);
        let code = used.code(show.face, g.id, &g.text);
        if g.dy != 0 {
            flush_codes(&mut items, &mut codes);
            tj(std::mem::take(&mut items), ops);
            let rise = g.dy as f32 * show.size / face.upem;
            ops.push(Op::Unknown {
                key: "Ts".into(),
                value: vec![DictItem::Real((rise * 100.0).round() / 100.0)],
            });
            tj(
                vec![DictItem::String {
                    data: code.to_be_bytes().to_vec(),
                    literal: false,
                }],
                ops,
            );
            ops.push(Op::Unknown {
                key: "Ts".into(),
                value: vec![DictItem::Real(0.0)],
            });
        } else {
            codes.extend_from_slice(&code.to_be_bytes());
        }
        shift += g.advance - i32::from(face.advance(g.id)) - g.dx;
    }
    flush_shift(&mut items, &mut codes, &mut shift);
    flush_codes(&mut items, &mut codes);
    tj(items, ops);
}
