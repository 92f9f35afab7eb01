//! The board pack: maps a checked plan onto the PDF layout engine's blocks.
//!
//! [`PackRenderer`] is the PDF renderer of the [`Renderer`] trait; `summary`, `program` and `execution` write
//! one function per part of the pack. Numbers come from `crate::analysis` only.

mod board;
mod economics;
pub(crate) mod execution;
mod fonts;
pub(crate) mod history;
pub(crate) mod program;
mod summary;
pub(crate) mod tables;
pub(crate) mod typography;

use crate::diag::Diagnostic;
use crate::history::delta::Headline;
use crate::i18n::formats::DateStyle;
use crate::i18n::{args, Lang};
use crate::pdf::{self, Block, Cover, DocMeta, FontOptions, FontSet, PackDoc};
use crate::project::Project;
use crate::render::{RenderError, RenderOptions, RenderedFiles, Renderer};
use std::sync::{Arc, Mutex, PoisonError};

/// File name of the board pack in the output directory.
pub const PACK_FILE: &str = "board-pack.pdf";

/// The fonts and document of a pack, or the diagnostics that stop it.
type Prepared = Result<(Arc<FontSet>, PackDoc), Vec<Diagnostic>>;

/// Makes a document with the fonts and the plan's language.
pub type BuildDoc<'a> = dyn Fn(&FontSet, &Lang) -> PackDoc + 'a;

/// The plan's language (`company.locale`) with the theme's catalogs.
pub fn plan_lang(project: &Project, opts: &RenderOptions) -> Result<Lang, RenderError> {
    let files = crate::site::theme::catalog_files(opts.theme_dir.as_deref())?;
    crate::i18n::Lang::load(&project.plan.company.locale, &files)
        .map_err(|e| RenderError(e.to_string()))
}

/// Renders `board-pack.pdf`. Keeps the parsed fonts (and the system fonts found) so
/// repeated builds (watch mode) load them once, until the plan's locale or
/// `pack.fonts` change.
pub struct PackRenderer {
    fonts: Mutex<Option<(FontOptions, Arc<FontSet>)>>,
}

impl PackRenderer {
    pub fn new() -> Result<Self, RenderError> {
        Ok(PackRenderer {
            fonts: Mutex::new(None),
        })
    }

    /// The fonts for `project`, loaded again only when its font options changed.
    fn fonts_for(&self, project: &Project) -> Result<Arc<FontSet>, Vec<Diagnostic>> {
        let opts = fonts::options(project)?;
        let mut slot = self.fonts.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((o, set)) = slot.as_ref() {
            if *o == opts {
                return Ok(Arc::clone(set));
            }
        }
        let set = match FontSet::with_options(&opts) {
            Ok(set) => Arc::new(set),
            Err(e) => {
                let diags = fonts::font_error(project, &e);
                return Err(diags.unwrap_or_default());
            }
        };
        *slot = Some((opts, Arc::clone(&set)));
        Ok(set)
    }

    /// The fonts and the document of `project`'s pack, or the font problems that stop it:
    /// a font of `pack.fonts` that cannot be used, characters no available font draws.
    fn prepare(&self, project: &Project, opts: &RenderOptions) -> Result<Prepared, RenderError> {
        self.prepare_with(project, opts, &|set, lang| {
            build_doc(project, opts, set, lang)
        })
    }

    /// As [`Self::prepare`], for the document `build` makes with the fonts and the
    /// plan's language (the board pack's, or a QBR pack's).
    fn prepare_with(
        &self,
        project: &Project,
        opts: &RenderOptions,
        build: &BuildDoc<'_>,
    ) -> Result<Prepared, RenderError> {
        let lang = plan_lang(project, opts)?;
        let set = match self.fonts_for(project) {
            Ok(set) => set,
            Err(diags) => return Ok(Err(diags)),
        };
        let doc = build(&set, &lang);
        let missing = set.missing(&doc);
        if !missing.is_empty() {
            return Ok(Err(fonts::missing(project, &missing)));
        }
        Ok(Ok((set, doc)))
    }

    /// Renders the document `build` makes (with the fonts and the plan's language) to
    /// PDF bytes, with the board pack's fonts and the same errors: the QBR packs are
    /// rendered through it.
    pub fn render_doc(
        &self,
        project: &Project,
        opts: &RenderOptions,
        build: &BuildDoc<'_>,
    ) -> Result<Vec<u8>, RenderError> {
        let (set, doc) = self
            .prepare_with(project, opts, build)?
            .map_err(|d| fonts::report(project, d))?;
        let r = pdf::render_with(&set, &doc).map_err(|e| fonts::pdf_error(project, e))?;
        Ok(r.bytes)
    }

    /// What stops `project`'s pack from being set (`pack.fonts`, `pack.glyphs`), as
    /// diagnostics on the plan; empty when it can be.
    pub fn font_diagnostics(
        &self,
        project: &Project,
        opts: &RenderOptions,
    ) -> Result<Vec<Diagnostic>, RenderError> {
        Ok(self.prepare(project, opts)?.err().unwrap_or_default())
    }

    /// Renders the pack to bytes.
    pub fn render_bytes(
        &self,
        project: &Project,
        opts: &RenderOptions,
    ) -> Result<Vec<u8>, RenderError> {
        self.render_doc(project, opts, &|set, lang| {
            build_doc(project, opts, set, lang)
        })
    }
}

impl Renderer for PackRenderer {
    fn name(&self) -> &'static str {
        "board pack"
    }

    fn render(
        &self,
        project: &Project,
        opts: &RenderOptions,
        out: &mut RenderedFiles,
    ) -> Result<(), RenderError> {
        let bytes = self.render_bytes(project, opts)?;
        out.add(PACK_FILE, bytes)
    }
}

/// The whole document for a plan: the cover, the one-page board summary, the body
/// (each section opening with its conclusion) and the appendix (detail).
pub fn build_doc(project: &Project, opts: &RenderOptions, fonts: &FontSet, lang: &Lang) -> PackDoc {
    let plan = &project.plan;
    let company = &plan.company.name;
    let timeline = opts.history.as_ref().map(|h| h.rows(project));
    let since_label = opts.since_last.as_ref().map(|c| c.since.as_str());
    let headline = timeline
        .as_deref()
        .and_then(|rows| Headline::of_rows_since(rows, since_label, plan.money_style(), lang));
    let mut blocks = vec![Block::Cover(cover(project, opts, lang))];
    board::summary(project, headline.as_ref(), fonts, lang, &mut blocks);
    blocks.push(Block::Contents);
    summary::executive_summary(project, headline.as_ref(), lang, &mut blocks);
    if let Some(ch) = &opts.since_last {
        history::since_last(ch, lang, &mut blocks);
    }
    if let Some(ch) = &opts.changes {
        summary::changes(ch, lang, &mut blocks);
    }
    economics::section(project, lang, &mut blocks);
    summary::landscape(project, lang, &mut blocks);
    program::tiers(project, lang, &mut blocks);
    program::competition(project, lang, &mut blocks);
    program::decisions(project, lang, &mut blocks);
    execution::okrs(project, lang, &mut blocks);
    execution::roadmap(project, lang, &mut blocks);
    execution::governance(project, lang, &mut blocks);
    appendix(project, opts, timeline.as_deref(), lang, &mut blocks);
    typography::prose(&mut blocks, lang.catalog.tag());
    let year = plan.program.year.to_string();
    let meeting = lang
        .fmt
        .date(project.analysis.board.meeting, DateStyle::Long);
    PackDoc {
        meta: DocMeta {
            title: lang.f("pack_title", &args(&[("company", company.as_str().into())])),
            author: company.clone(),
            subject: lang.f("pack_subject", &args(&[("year", year.into())])),
            keywords: vec![
                lang.t("pack_keyword_partnerships").into_owned(),
                lang.t("pack_keyword_board_pack").into_owned(),
                plan.north_star().to_string(),
            ],
            created_unix: opts.created_unix,
        },
        running_header: lang.f(
            "pack_running_header",
            &args(&[
                ("company", company.as_str().into()),
                ("date", meeting.into()),
            ]),
        ),
        running_footer: plan.board.classification.clone(),
        lang: lang.catalog.tag().to_string(),
        words: engine_words(lang),
        blocks,
    }
}

/// The words the PDF engine writes itself (the contents page's title, "Page N of M"),
/// in the plan's language: every pack's.
pub fn engine_words(lang: &Lang) -> crate::pdf::Words {
    crate::pdf::Words {
        contents: lang.t("pack_contents").into_owned(),
        page_of: lang.f(
            "pack_page_of",
            &crate::i18n::args(&[("page", "{page}".into()), ("pages", "{pages}".into())]),
        ),
    }
}

/// Detail the body points to: trend, risk register, economics by tier and breakdowns,
/// the full scorecard, near the line, the competitor map, decision rationales, RACI.
fn appendix(
    pr: &Project,
    opts: &RenderOptions,
    timeline: Option<&[crate::history::Snapshot]>,
    lang: &Lang,
    b: &mut Vec<Block>,
) {
    b.push(Block::PageBreak);
    b.push(tables::h(1, lang.t("pack_appendix")));
    b.push(tables::p(
        lang.t("pack_appendix_lead"),
        crate::pdf::TextStyle::Muted,
    ));
    board::register(pr, lang, b);
    board::all_asks(pr, lang, b);
    if let (Some(hist), Some(rows)) = (&opts.history, timeline) {
        history::trend(hist, rows, lang, b);
    }
    economics::detail(pr, lang, b);
    execution::appendix(pr, lang, b);
    summary::near_line(pr, lang, b);
    program::competitor_detail(pr, lang, b);
    program::rationales(&pr.plan, lang, b);
    execution::raci_appendix(pr, lang, b);
}

fn cover(project: &Project, opts: &RenderOptions, lang: &Lang) -> Cover {
    let plan = &project.plan;
    let a = &project.analysis;
    let meeting = lang.fmt.date(a.board.meeting, DateStyle::Long);
    let mut lines = vec![
        lang.f("pack_cover_meeting", &args(&[("date", meeting.into())])),
        purpose(a, lang),
        lang.f(
            "pack_cover_figures_as_of",
            &args(&[("date", lang.fmt.date(a.today, DateStyle::Long).into())]),
        ),
    ];
    if let Some(c) = &opts.commit {
        lines.push(lang.f("pack_cover_commit", &args(&[("commit", c.as_str().into())])));
    }
    let live = plan.partners.len() - a.exited.len();
    let partners = if a.exited.is_empty() {
        lang.f("pack_cover_partners", &args(&[("n", live.into())]))
    } else {
        lang.f(
            "pack_cover_partners_exited",
            &args(&[("n", live.into()), ("exited", a.exited.len().into())]),
        )
    };
    lines.push(
        [
            partners,
            lang.f(
                "pack_cover_decisions",
                &args(&[("n", plan.decisions.len().into())]),
            ),
            lang.f(
                "pack_cover_objectives",
                &args(&[("n", plan.objectives.len().into())]),
            ),
        ]
        .join(" · "),
    );
    if !plan.board.classification.is_empty() {
        lines.push(plan.board.classification.clone());
    }
    Cover {
        title: lang.t("pack_cover_title").into_owned(),
        subtitle: lang.f(
            "pack_cover_subtitle",
            &args(&[
                ("year", plan.program.year.to_string().into()),
                ("north_star", plan.north_star().to_string().into()),
            ]),
        ),
        company: plan.company.name.clone(),
        lines,
    }
}

/// The purpose line of the cover: `For decision: 1 item · For approval: 2 tier moves ·
/// For noting: the scorecard and 5 risks`.
fn purpose(a: &crate::analysis::Analysis, lang: &Lang) -> String {
    let (d, t) = a.board.count_asks();
    let mut parts = vec![lang.f("pack_purpose_decision", &args(&[("n", d.into())]))];
    if t > 0 {
        parts.push(lang.f("pack_purpose_approval", &args(&[("n", t.into())])));
    }
    parts.push(lang.f(
        "pack_purpose_noting",
        &args(&[("n", a.board.top_risks().len().into())]),
    ));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::CheckOptions;

    const SOURCES: [&str; 8] = [
        include_str!("board.rs"),
        include_str!("economics.rs"),
        include_str!("execution.rs"),
        include_str!("history.rs"),
        include_str!("mod.rs"),
        include_str!("program.rs"),
        include_str!("summary.rs"),
        include_str!("tables.rs"),
    ];

    fn lang(locale: &str) -> Lang {
        let files = crate::site::theme::catalog_files(None).unwrap_or_else(|e| panic!("{e}"));
        Lang::load(locale, &files).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Every message id the pack reads, written out or composed, is in the English catalog
    /// (the catalog test keeps the other languages complete against it).
    #[test]
    fn every_message_the_pack_reads_exists() {
        let en = lang("en-US");
        let mut ids: Vec<String> = Vec::new();
        for src in SOURCES {
            for (i, _) in src.match_indices("\"pack_") {
                let id: String = src[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                // `format!("pack_by_{by}")`, `word_id("pack_item", …)` and the like are
                // composed below
                let composed = src[i + 1 + id.len()..].starts_with('{')
                    || id.ends_with('_')
                    || src[..i].ends_with("word_id(");
                if !composed {
                    ids.push(id);
                }
            }
        }
        for by in ["tier", "landscape", "model", "geography"] {
            ids.push(format!("pack_by_{by}"));
            ids.push(format!("pack_pipeline_by_{by}"));
            ids.push(format!("pack_arr_by_{by}"));
        }
        for f in crate::model::FACTORS {
            ids.push(format!("pack_factor_{f}"));
            ids.push(format!("pack_factor_short_{f}"));
        }
        for s in crate::model::ItemStatus::WORDS
            .iter()
            .filter(|s| **s != "planned")
        {
            ids.push(crate::i18n::word_id("pack_item", s));
        }
        for k in crate::model::DecisionKind::WORDS {
            ids.push(crate::i18n::word_id("pack_decision", k));
        }
        let missing: Vec<&String> = ids.iter().filter(|id| !en.catalog.has(id)).collect();
        assert!(ids.len() > 200, "{} ids", ids.len());
        assert!(missing.is_empty(), "no message for {missing:?}");
    }

    /// The example pack in every language of the default theme: no message id reaches the
    /// page, and the German pack speaks German.
    #[test]
    fn the_pack_speaks_every_language() -> Result<(), String> {
        let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let today = crate::values::Date::parse("2026-11-24").ok();
        let project = Project::load(&content, &CheckOptions { today }).map_err(|e| e.0)?;
        let fonts = FontSet::load().map_err(|e| e.to_string())?;
        let changes = crate::render::ChangeReport {
            since: "board/2026-q3".into(),
            rebuilt_at: None,
            sections: Vec::new(),
        };
        let opts = RenderOptions {
            since_last: Some(changes.clone()),
            changes: Some(changes),
            ..RenderOptions::default()
        };
        for locale in ["en-US", "de-DE", "fr-FR", "es-ES", "ja-JP"] {
            let doc = build_doc(&project, &opts, &fonts, &lang(locale));
            let text = format!("{doc:?}");
            assert!(
                !text.contains("pack_"),
                "{locale}: a message id in the pack"
            );
            if locale == "de-DE" {
                for words in ["Zusammenfassung für den Vorstand", "Stufenmodell", "Anhang"] {
                    assert!(text.contains(words), "the German pack lacks {words}");
                }
            }
        }
        Ok(())
    }
}
