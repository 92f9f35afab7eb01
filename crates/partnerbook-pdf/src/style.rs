//! Page geometry, the typographic scale and the colour palette of the board pack.

use super::Tone;

/// A4 width in points.
pub(crate) const PAGE_W: f32 = 595.276;
/// A4 height in points.
pub(crate) const PAGE_H: f32 = 841.89;
/// Left and right margin (19 mm).
pub(crate) const MARGIN_X: f32 = 53.86;
/// Width of the text column.
pub(crate) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
/// Right edge of the text column.
pub(crate) const RIGHT: f32 = PAGE_W - MARGIN_X;
/// Top of the body area, measured from the top edge.
pub(crate) const BODY_TOP: f32 = 76.0;
/// Bottom of the body area, measured from the top edge.
pub(crate) const BODY_BOTTOM: f32 = PAGE_H - 64.0;
/// Height of a full body area.
pub(crate) const BODY_H: f32 = BODY_BOTTOM - BODY_TOP;
/// Baseline of the running header.
pub(crate) const HEADER_BASELINE: f32 = 42.0;
/// The thin rule under the running header.
pub(crate) const HEADER_RULE: f32 = 50.0;
/// Baseline of the footer.
pub(crate) const FOOTER_BASELINE: f32 = PAGE_H - 36.0;

/// Cover title.
pub(crate) const SIZE_TITLE: f32 = 30.0;
/// Cover subtitle.
pub(crate) const SIZE_SUBTITLE: f32 = 14.0;
/// Level-1 heading.
pub(crate) const SIZE_H1: f32 = 19.0;
/// Level-2 heading.
pub(crate) const SIZE_H2: f32 = 13.0;
/// Level-3 heading.
pub(crate) const SIZE_H3: f32 = 10.5;
/// Lead paragraph.
pub(crate) const SIZE_LEAD: f32 = 11.5;
/// Body text.
pub(crate) const SIZE_BODY: f32 = 9.5;
/// Small print, table cells, captions.
pub(crate) const SIZE_SMALL: f32 = 8.0;
/// Header, footer, tile labels.
pub(crate) const SIZE_CHROME: f32 = 7.5;
/// The big figure of a KPI tile.
pub(crate) const SIZE_KPI: f32 = 18.0;
/// Line height as a multiple of the font size.
pub(crate) const LEADING: f32 = 1.42;
/// Vertical gap between blocks.
pub(crate) const BLOCK_GAP: f32 = 11.0;

/// An RGB colour with components in 0..1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rgb3(pub f32, pub f32, pub f32);

const fn hex(v: u32) -> Rgb3 {
    Rgb3(
        ((v >> 16) & 0xff) as f32 / 255.0,
        ((v >> 8) & 0xff) as f32 / 255.0,
        (v & 0xff) as f32 / 255.0,
    )
}

/// Headings, table header band, cover.
pub(crate) const NAVY: Rgb3 = hex(0x1B2A41);
/// Body text.
pub(crate) const INK: Rgb3 = hex(0x1E293B);
/// Secondary text.
pub(crate) const SLATE: Rgb3 = hex(0x475569);
/// Muted text: captions, header, footer.
pub(crate) const MUTED: Rgb3 = hex(0x64748B);
/// Rules and tracks.
pub(crate) const RULE: Rgb3 = hex(0xCBD5E1);
/// Hairlines and empty bar tracks.
pub(crate) const HAIR: Rgb3 = hex(0xE2E8F0);
/// Zebra stripes.
pub(crate) const ZEBRA: Rgb3 = hex(0xF3F5F8);
/// Tile backgrounds.
pub(crate) const TINT: Rgb3 = hex(0xF6F8FA);
/// The accent colour.
pub(crate) const ACCENT: Rgb3 = hex(0x0E7490);
/// Subtitle on the navy cover band.
pub(crate) const ON_NAVY: Rgb3 = hex(0xC8D3E0);
/// White.
pub(crate) const WHITE: Rgb3 = hex(0xFFFFFF);

/// The strong colour of a tone.
pub(crate) fn tone_color(tone: Tone) -> Rgb3 {
    match tone {
        Tone::Good => hex(0x15803D),
        Tone::Warn => hex(0xB45309),
        Tone::Bad => hex(0xB91C1C),
        Tone::Neutral => hex(0x64748B),
        Tone::Accent => ACCENT,
    }
}

/// A pale background tint of a tone.
pub(crate) fn tone_tint(tone: Tone) -> Rgb3 {
    let Rgb3(r, g, b) = tone_color(tone);
    let mix = |c: f32| c * 0.10 + 0.90;
    Rgb3(mix(r), mix(g), mix(b))
}

/// Line height of text set at `size`.
pub(crate) fn leading(size: f32) -> f32 {
    size * LEADING
}

/// Baseline offset from the top of a line box of height `line_h` for text of `size`,
/// centring the capitals in the box.
pub(crate) fn baseline_in(line_h: f32, size: f32) -> f32 {
    line_h / 2.0 + size * 0.36
}
