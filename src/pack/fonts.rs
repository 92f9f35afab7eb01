//! The board pack's fonts from the plan: `pack.fonts` (files in the content directory
//! or installed families) and the locale, turned into the PDF engine's font options;
//! and what the engine could not draw, turned into diagnostics that point at the
//! plan (the entry of `pack.fonts`, or the first place a character is written).

use std::path::Path;

use crate::diag::{Diagnostic, Rule};
use crate::pdf::{self, FontFile, FontOptions, PdfError};
use crate::project::Project;
use crate::render::RenderError;
use crate::source::{Span, Spanned};

/// At most this many characters get a diagnostic of their own.
const MAX_LISTED: usize = 8;

/// The font options of `project`'s pack; a font file that cannot be read is a
/// diagnostic at its entry.
pub(super) fn options(project: &Project) -> Result<FontOptions, Vec<Diagnostic>> {
    let mut opts = FontOptions {
        lang: project.plan.company.locale.clone(),
        ..FontOptions::default()
    };
    for entry in &project.plan.pack.fonts {
        if is_file(&entry.value) {
            let bytes = read_font(&project.content_dir, entry).map_err(|d| vec![d])?;
            opts.files.push(FontFile {
                label: entry.value.clone(),
                bytes,
            });
        } else {
            opts.families.push(entry.value.clone());
        }
    }
    Ok(opts)
}

/// An entry naming a font file (by its extension or a path separator) rather than a
/// family.
fn is_file(entry: &str) -> bool {
    let lower = entry.to_ascii_lowercase();
    [".ttf", ".otf", ".ttc", ".otc"]
        .iter()
        .any(|ext| lower.ends_with(ext))
        || entry.contains('/')
}

fn read_font(content: &Path, entry: &Spanned<String>) -> Result<Vec<u8>, Diagnostic> {
    let rel = Path::new(&entry.value);
    let inside = !rel.is_absolute()
        && rel
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
    if !inside {
        return Err(Diagnostic::new(
            Rule::PackFonts,
            entry.span,
            format!("`{}` is not a path inside the content directory", entry.value),
        )
        .label("outside the plan")
        .help("copy the font file into the content directory (say `fonts/`) and write its path relative to it"));
    }
    std::fs::read(content.join(rel)).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "it does not exist".to_string(),
            _ => e.to_string(),
        };
        Diagnostic::new(
            Rule::PackFonts,
            entry.span,
            format!("cannot read the font file `{}`: {why}", entry.value),
        )
        .label("no such font file")
        .help("write the path of a .ttf, .otf or .ttc file relative to the content directory, or the name of an installed family such as `Noto Sans CJK JP`")
    })
}

/// The engine's font errors as diagnostics on the plan; other errors as they are.
pub(super) fn pdf_error(project: &Project, e: PdfError) -> RenderError {
    match font_error(project, &e) {
        Some(diags) => report(project, diags),
        None => RenderError(format!("board pack: {e}")),
    }
}

/// The diagnostics of a font error of the engine (`None`: not about fonts).
pub(super) fn font_error(project: &Project, e: &PdfError) -> Option<Vec<Diagnostic>> {
    let diags = match e {
        PdfError::MissingGlyphs(chars) => missing(project, chars),
        PdfError::FontFile(label) => vec![entry_error(
            project,
            label,
            format!("`{label}` is not a font file the pack can use"),
            "write the path of a TrueType or OpenType file (.ttf, .otf, .ttc) with outlines",
        )],
        PdfError::FontFamily(name) => vec![entry_error(
            project,
            name,
            format!("no installed font family is called `{name}`"),
            "install the family (`fc-list : family` lists what is installed), or put its font file in the content directory and write its path",
        )],
        _ => return None,
    };
    Some(diags)
}

fn entry_error(project: &Project, entry: &str, message: String, help: &str) -> Diagnostic {
    let span = project
        .plan
        .pack
        .fonts
        .iter()
        .find(|f| f.value == entry)
        .map_or_else(|| plan_span(project), |f| f.span);
    Diagnostic::new(Rule::PackFonts, span, message)
        .label("this font")
        .help(help)
}

/// One diagnostic per character no font draws (the first [`MAX_LISTED`]), at the
/// first place the plan writes it; a character only the catalog of the plan's
/// language uses points at `company.locale`.
pub(super) fn missing(project: &Project, chars: &[char]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let locale = project
        .plan
        .company
        .loc
        .as_ref()
        .map(|l| l.value("locale"))
        .unwrap_or_else(|| plan_span(project));
    let help = "install fonts that draw it (on Debian: `apt-get install fonts-noto-cjk fonts-noto-core`), or list a font file or family that has it under `pack.fonts` in plan.yaml";
    for ch in chars.iter().take(MAX_LISTED) {
        let (span, label) = match first_use(project, *ch) {
            Some(span) => (span, "written here"),
            None => (locale, "the pack's words in this language use it"),
        };
        let private =
            matches!(u32::from(*ch), 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD);
        let d = if private {
            Diagnostic::new(
                Rule::PackGlyphs,
                span,
                format!("U+{:04X} is a private-use character: no font draws it", u32::from(*ch)),
            )
            .label("private-use character")
            .help("replace it with the text or symbol it stands for (icon fonts and some systems write private-use characters that mean nothing elsewhere)")
        } else {
            Diagnostic::new(
                Rule::PackGlyphs,
                span,
                format!(
                    "no available font draws {}",
                    pdf::describe_chars(std::slice::from_ref(ch))
                ),
            )
            .label(label)
            .help(help)
        };
        out.push(d);
    }
    if chars.len() > MAX_LISTED {
        let rest = &chars[MAX_LISTED..];
        out.push(
            Diagnostic::new(
                Rule::PackGlyphs,
                locale,
                format!(
                    "{} more characters no font draws: {}",
                    rest.len(),
                    rest.iter().collect::<String>()
                ),
            )
            .help(help),
        );
    }
    out
}

/// The first place in the plan's files where `ch` is written.
fn first_use(project: &Project, ch: char) -> Option<Span> {
    project.sources.iter().find_map(|(id, file)| {
        let at = file.text.find(ch)?;
        Some(Span::new(id, at, at + ch.len_utf8()))
    })
}

fn plan_span(project: &Project) -> Span {
    let id = project.sources.find("plan.yaml").unwrap_or_default();
    Span::file_start(id)
}

/// The diagnostics, written as `check` writes them, as a render error.
pub(super) fn report(project: &Project, diags: Vec<Diagnostic>) -> RenderError {
    let mut text = Vec::new();
    let _ = crate::diag::emit_human(&mut text, &diags, &project.sources, false);
    RenderError(format!(
        "cannot be set:\n{}",
        String::from_utf8_lossy(&text).trim_end()
    ))
}

crate::declare_rule! {
    PackGlyphs {
        id: "pack.glyphs",
        severity: Error,
        summary: "The board pack has a character no available font draws.",
        explanation: r#"The board pack draws Latin, Greek and Cyrillic text with the bundled Noto Sans. Other scripts (Japanese, Chinese, Korean, Arabic, Hebrew, Devanagari, Thai…) are drawn by falling back to the fonts listed under `pack.fonts` in plan.yaml, then to the fonts installed on the machine (found the way fontconfig finds them, the plan locale's own glyph forms first). A character none of them has would print as a blank or a question mark, so the build stops and names it, with the first place the plan writes it. Install fonts that have it (on Debian, `fonts-noto-cjk` and `fonts-noto-core` cover most scripts), or put a font file in the content directory and list it under `pack.fonts`. Private-use characters (U+E000–U+F8FF), as some icon fonts and old systems write them, have no meaning outside their font: replace them with the text they stand for."#,
        bad: r#"# partners/minato.md
---
name: Minato Seiki 
tier: gold"#,
        good: r#"# partners/minato.md
---
name: Minato Seiki 株式会社ミナト精機
tier: gold"#,
    }
}

crate::declare_rule! {
    PackFonts {
        id: "pack.fonts",
        severity: Error,
        summary: "A font listed under `pack.fonts` cannot be used.",
        explanation: r#"`pack.fonts` in plan.yaml lists the fonts the board pack draws with where the bundled Noto Sans has no glyph, tried in order before the system's fonts. An entry is a font file in the content directory (a path ending in .ttf, .otf, .ttc or .otc, relative to the content directory, so the plan builds the same on every machine) or the name of an installed family (`Noto Sans CJK JP`; `fc-list : family` lists them). A file that does not exist, lies outside the content directory or is not a font with outlines, or a family that is not installed, stops the build at its entry."#,
        bad: r#"# plan.yaml
pack:
  fonts:
    - fonts/missing.otf"#,
        good: r#"# plan.yaml
pack:
  fonts:
    - fonts/NotoSansJP-Regular.otf
    - Noto Sans Arabic"#,
    }
}
