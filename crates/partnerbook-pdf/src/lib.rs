//! A small, generic page-layout engine that turns a list of blocks (cover,
//! contents, headings, text, tables, charts, timelines, callouts) into a
//! board-ready A4 PDF.
//!
//! The engine knows nothing of partners or plans: callers build a [`PackDoc`]
//! and call [`render`]. Text is shaped (rustybuzz: kerning, ligatures, complex
//! scripts, bidi order) in Noto Sans and, for other scripts, the faces fallback finds
//! (the caller's font files and families, then the system's), hyphenated with the
//! document language's patterns and embedded as subsets; a character no face draws
//! is an error ([`PdfError::MissingGlyphs`]). The document gets running headers, "Page X of Y" footers, a contents page with
//! clickable entries, a nested outline and metadata. The PDF is tagged
//! (PDF/UA-1): headings, paragraphs, lists, tables, figures with their numbers as
//! alternate text and the contents' links are structure elements in reading order,
//! headers, footers and decoration are artifacts. The same [`PackDoc`] always
//! gives byte-identical output.

mod alt;
mod blocks;
mod canvas;
mod ctx;
mod embed;
mod face;
mod fallback;
mod fonts;
mod layout;
mod linechart;
mod outline;
mod shape;
mod structure;
mod style;
mod table;
mod tagged;
mod texts;
mod typo;
mod widgets;
mod widths;
mod wrap;

#[cfg(test)]
mod script_tests;
#[cfg(test)]
mod tagged_tests;
#[cfg(test)]
mod tests;

pub use fallback::{FontFile, FontOptions};
pub use fonts::FontSet;

/// A document to render: metadata, the running header text and the blocks in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PackDoc {
    /// Document information dictionary contents.
    pub meta: DocMeta,
    /// Text printed at the top left of every page except the cover.
    pub running_header: String,
    /// Text printed at the bottom left of every page except the cover (the pack's
    /// classification); empty prints none.
    pub running_footer: String,
    /// The document's language, a BCP 47 tag (`en-US`, `de-DE`): the catalog's `/Lang`.
    pub lang: String,
    /// The engine's own words in the document's language.
    pub words: Words,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
}

/// The words the layout engine writes itself, in the document's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    /// The contents page's title.
    pub contents: String,
    /// Every page's number: `{page}` and `{pages}` are replaced (`Page {page} of {pages}`).
    pub page_of: String,
}

impl Default for Words {
    fn default() -> Words {
        Words {
            contents: "Contents".into(),
            page_of: "Page {page} of {pages}".into(),
        }
    }
}

/// Document metadata written to the PDF information dictionary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocMeta {
    /// Document title.
    pub title: String,
    /// Author (person or organisation).
    pub author: String,
    /// Subject line.
    pub subject: String,
    /// Keywords, joined with commas in the PDF.
    pub keywords: Vec<String>,
    /// Creation and modification time, seconds since the Unix epoch (UTC).
    pub created_unix: i64,
}

/// One unit of content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Full title page without header or footer.
    Cover(Cover),
    /// Table of contents listing every level-1 and level-2 heading.
    Contents,
    /// Section heading (level 1 starts a new page).
    Heading(Heading),
    /// Wrapped text.
    Paragraph(Paragraph),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// Rows of KPI tiles.
    KpiTiles(Vec<Kpi>),
    /// A table that breaks across pages with its header row repeated.
    Table(Table),
    /// Horizontal bar chart.
    BarChart(BarChart),
    /// Lines over labelled points (a trend).
    LineChart(LineChart),
    /// Progress bars with captions.
    Progress(Vec<ProgressRow>),
    /// Columns (for example quarters) of items side by side.
    Timeline(Timeline),
    /// A tinted box with a title and text.
    Callout(Callout),
    /// A line of coloured chips with labels explaining the status colours.
    Legend(Vec<LegendItem>),
    /// Continue on a new page.
    PageBreak,
    /// Vertical space in points.
    Spacer(f32),
}

/// Status colour used by tiles, chips, bars and callouts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Tone {
    /// On track (green).
    Good,
    /// At risk (amber).
    Warn,
    /// Off track (red).
    Bad,
    /// No judgement (slate).
    #[default]
    Neutral,
    /// The document's accent colour.
    Accent,
}

/// Horizontal alignment of a table column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    #[default]
    Left,
    /// Flush right (numbers).
    Right,
    /// Centred.
    Center,
}

/// Cover page content.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cover {
    /// Main title.
    pub title: String,
    /// Line under the title.
    pub subtitle: String,
    /// Company name shown above the title.
    pub company: String,
    /// Further lines (as-of date, commit, confidentiality).
    pub lines: Vec<String>,
}

/// A heading; level 1 and 2 appear in the contents and the outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// 1, 2 or 3 (other values are clamped).
    pub level: u8,
    /// Heading text.
    pub text: String,
}

/// Paragraph styles of the typographic scale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TextStyle {
    /// Running text.
    #[default]
    Body,
    /// Larger introductory text.
    Lead,
    /// Small print.
    Small,
    /// Body size in a muted colour.
    Muted,
}

/// A paragraph of wrapped text; `\n` forces a line break.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Paragraph {
    /// The text.
    pub text: String,
    /// Its style.
    pub style: TextStyle,
}

/// A key figure tile.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Kpi {
    /// Small label above the value.
    pub label: String,
    /// The big figure.
    pub value: String,
    /// Line under the value, for example "target $60M".
    pub caption: String,
    /// Optional progress 0..1 drawn as a thin bar.
    pub progress: Option<f32>,
    /// Status colour.
    pub tone: Tone,
}

/// A table column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Header text.
    pub header: String,
    /// Relative share (any positive scale) of the space left once every column fits its
    /// content; columns are first sized to their content.
    pub width: f32,
    /// Alignment of header and cells.
    pub align: Align,
}

/// A table cell.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    /// Cell text (wraps).
    pub text: String,
    /// Optional emphasis colour (text is set bold in that colour).
    pub tone: Option<Tone>,
    /// Bold text.
    pub bold: bool,
}

/// A table row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    /// Cells, one per column (missing cells are blank).
    pub cells: Vec<Cell>,
    /// When set, an outline entry with this title points at the row.
    pub outline: Option<String>,
}

/// A table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    /// Columns.
    pub columns: Vec<Column>,
    /// Body rows.
    pub rows: Vec<Row>,
}

/// One bar of a bar chart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bar {
    /// Label left of the bar.
    pub label: String,
    /// Value (0..max).
    pub value: f32,
    /// Text printed at the bar end; the value with one decimal when empty.
    pub value_text: String,
    /// Bar colour; the accent colour when `None`.
    pub tone: Option<Tone>,
}

/// A labelled vertical line across a bar chart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Threshold {
    /// Position on the value scale.
    pub value: f32,
    /// Label above the line.
    pub label: String,
}

/// Horizontal bar chart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BarChart {
    /// Optional caption above the chart.
    pub title: String,
    /// Bars, top to bottom.
    pub bars: Vec<Bar>,
    /// Scale maximum; the largest value when not positive.
    pub max: f32,
    /// Threshold lines.
    pub thresholds: Vec<Threshold>,
}

/// One line of a [`LineChart`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LineSeries {
    /// The legend's name of the line.
    pub name: String,
    pub tone: Tone,
    /// A reference line (a target path), drawn dashed.
    pub dashed: bool,
    /// A value on the chart's scale and its text, per label; `None`: no point there.
    pub points: Vec<Option<(f32, String)>>,
}

/// Lines over a row of labelled points; the first series' values are printed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LineChart {
    /// Caption above the chart.
    pub title: String,
    /// The points' labels, left to right.
    pub labels: Vec<String>,
    pub series: Vec<LineSeries>,
}

/// One progress bar.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgressRow {
    /// Label left of the bar.
    pub label: String,
    /// Progress; the bar is clamped to 0..1, the percentage text is not.
    pub fraction: f32,
    /// Caption under the bar.
    pub caption: String,
    /// Bar colour; the accent colour when `None`.
    pub tone: Option<Tone>,
}

/// Columns of items side by side (for example a roadmap by quarter).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Timeline {
    /// The columns, left to right.
    pub columns: Vec<TimelineColumn>,
}

/// One timeline column.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimelineColumn {
    /// Column title.
    pub title: String,
    /// Muted line under the title.
    pub subtitle: String,
    /// Items, top to bottom.
    pub items: Vec<TimelineItem>,
}

/// One timeline item with a status chip.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimelineItem {
    /// Item text.
    pub text: String,
    /// Chip colour.
    pub tone: Tone,
}

/// One entry of a legend.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LegendItem {
    /// Chip colour.
    pub tone: Tone,
    /// What the colour means.
    pub label: String,
}

/// A tinted box for warnings and notes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Callout {
    /// Colour of the box.
    pub tone: Tone,
    /// Bold first line.
    pub title: String,
    /// Body text.
    pub text: String,
}

/// `'株' (U+682A), '式' (U+5F0F)`: characters as messages list them.
pub fn describe_chars(chars: &[char]) -> String {
    let list: Vec<String> = chars
        .iter()
        .map(|c| format!("'{c}' (U+{:04X})", u32::from(*c)))
        .collect();
    list.join(", ")
}

/// A rendered PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
}

/// Errors from rendering.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// An embedded font could not be parsed.
    #[error("cannot parse the embedded font {0}")]
    Font(&'static str),
    /// A font file the plan names is not a font.
    #[error("{0} is not a font file (TrueType or OpenType)")]
    FontFile(String),
    /// A font family the plan names is not installed.
    #[error("no installed font family is called `{0}`")]
    FontFamily(String),
    /// Characters no available face draws.
    #[error("no available font draws {}", describe_chars(.0))]
    MissingGlyphs(Vec<char>),
    /// Post-processing or saving the PDF failed.
    #[error("cannot write the PDF: {0}")]
    Write(String),
    /// The document is not valid for layout.
    #[error("invalid document: {0}")]
    Invalid(String),
}

impl From<lopdf::Error> for PdfError {
    fn from(e: lopdf::Error) -> Self {
        PdfError::Write(e.to_string())
    }
}

/// Renders `doc` with freshly parsed fonts.
///
/// To render several documents, parse the fonts once with [`FontSet::load`]
/// and call [`render_with`].
pub fn render(doc: &PackDoc) -> Result<Rendered, PdfError> {
    let fonts = FontSet::load()?;
    render_with(&fonts, doc)
}

/// How many pages `blocks` take when laid out on their own (no cover, no contents) in
/// the language `lang` (a BCP 47 tag, whose hyphenation breaks the lines): the board
/// pack uses it to keep a section that must fit one page on one page.
pub fn pages_of(fonts: &FontSet, lang: &str, blocks: Vec<Block>) -> Result<usize, PdfError> {
    let doc = PackDoc {
        meta: DocMeta::default(),
        running_header: String::new(),
        running_footer: String::new(),
        lang: lang.into(),
        words: Words::default(),
        blocks,
    };
    Ok(layout::lay_out(fonts, &doc)?.pages.len())
}

/// Renders `doc` with already parsed fonts.
pub fn render_with(fonts: &FontSet, doc: &PackDoc) -> Result<Rendered, PdfError> {
    let laid = layout::lay_out(fonts, doc)?;
    if !laid.missing.is_empty() {
        return Err(PdfError::MissingGlyphs(
            laid.missing.iter().copied().collect(),
        ));
    }
    let pages = laid.pages.len();
    let bytes = outline::assemble(fonts, doc, laid)?;
    Ok(Rendered { bytes, pages })
}

impl Cell {
    /// A plain cell.
    pub fn text(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }

    /// A cell with emphasis colour.
    pub fn toned(text: impl Into<String>, tone: Tone) -> Self {
        Cell {
            text: text.into(),
            tone: Some(tone),
            bold: false,
        }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        Cell::text(text)
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Cell::text(text)
    }
}

impl Column {
    /// A column with header, relative width and alignment.
    pub fn new(header: impl Into<String>, width: f32, align: Align) -> Self {
        Column {
            header: header.into(),
            width,
            align,
        }
    }
}

impl Heading {
    /// A heading of `level` with `text`.
    pub fn new(level: u8, text: impl Into<String>) -> Self {
        Heading {
            level,
            text: text.into(),
        }
    }
}

impl Paragraph {
    /// A paragraph in `style`.
    pub fn new(style: TextStyle, text: impl Into<String>) -> Self {
        Paragraph {
            text: text.into(),
            style,
        }
    }
}
