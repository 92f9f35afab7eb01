//! The board pack: maps a checked plan onto the PDF layout engine's blocks.
//!
//! [`PackRenderer`] is the PDF renderer of the [`Renderer`] trait; `summary`, `program` and `execution` write
//! one function per part of the pack. Numbers come from `crate::analysis` only.

mod board;
mod economics;
mod execution;
mod history;
mod program;
mod summary;
mod tables;

use crate::history::delta::Headline;
use crate::pdf::{self, Block, Cover, DocMeta, FontSet, PackDoc};
use crate::project::Project;
use crate::render::{RenderError, RenderOptions, RenderedFiles, Renderer};

/// File name of the board pack in the output directory.
pub const PACK_FILE: &str = "board-pack.pdf";

/// Renders `board-pack.pdf`. Holds the parsed fonts so repeated builds (watch mode)
/// parse them once.
pub struct PackRenderer {
    fonts: FontSet,
}

impl PackRenderer {
    pub fn new() -> Result<Self, RenderError> {
        let fonts = FontSet::load().map_err(|e| RenderError(e.to_string()))?;
        Ok(PackRenderer { fonts })
    }

    /// Renders the pack to bytes; warnings (e.g. characters the font lacks) are returned.
    pub fn render_bytes(
        &self,
        project: &Project,
        opts: &RenderOptions,
    ) -> Result<(Vec<u8>, Vec<String>), RenderError> {
        let files = crate::site::theme::catalog_files(opts.theme_dir.as_deref())?;
        let lang = crate::i18n::Lang::load(&project.plan.company.locale, &files)
            .map_err(|e| RenderError(e.to_string()))?;
        let doc = build_doc(project, opts, &self.fonts, &lang);
        let r = pdf::render_with(&self.fonts, &doc)
            .map_err(|e| RenderError(format!("board pack: {e}")))?;
        Ok((
            r.bytes,
            r.warnings.iter().map(ToString::to_string).collect(),
        ))
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
        let (bytes, warnings) = self.render_bytes(project, opts)?;
        for w in warnings {
            eprintln!("warning: {w}");
        }
        out.add(PACK_FILE, bytes)
    }
}

/// The whole document for a plan: the cover, the one-page board summary, the body
/// (each section opening with its conclusion) and the appendix (detail).
pub fn build_doc(
    project: &Project,
    opts: &RenderOptions,
    fonts: &FontSet,
    lang: &crate::i18n::Lang,
) -> PackDoc {
    let plan = &project.plan;
    let company = &plan.company.name;
    let timeline = opts.history.as_ref().map(|h| h.rows(project));
    let since_label = opts.since_last.as_ref().map(|c| c.since.as_str());
    let headline = timeline
        .as_deref()
        .and_then(|rows| Headline::of_rows_since(rows, since_label, plan.money_style(), lang));
    let mut blocks = vec![Block::Cover(cover(project, opts, lang))];
    board::summary(project, headline.as_ref(), fonts, &mut blocks, lang);
    blocks.push(Block::Contents);
    summary::executive_summary(project, headline.as_ref(), &mut blocks, lang);
    if let Some(ch) = &opts.since_last {
        history::since_last(ch, &mut blocks);
    }
    if let Some(ch) = &opts.changes {
        summary::changes(ch, &mut blocks);
    }
    economics::section(project, &mut blocks, lang);
    summary::landscape(project, &mut blocks);
    program::tiers(project, &mut blocks, lang);
    program::competition(project, &mut blocks);
    program::decisions(project, &mut blocks);
    execution::okrs(project, &mut blocks);
    execution::roadmap(project, &mut blocks);
    execution::governance(project, &mut blocks);
    appendix(project, opts, timeline.as_deref(), &mut blocks, lang);
    PackDoc {
        meta: DocMeta {
            title: format!("{company} — Partnership board pack"),
            author: company.clone(),
            subject: format!(
                "Partner program plan {}: board summary, thesis, economics, landscape, tiers, decisions, OKRs and roadmap",
                plan.program.year
            ),
            keywords: vec![
                "partnerships".into(),
                "board pack".into(),
                plan.north_star().to_string(),
            ],
            created_unix: opts.created_unix,
        },
        running_header: format!(
            "{company} · Partnership board pack · {}",
            crate::render::board::long_date(project.analysis.board.meeting, lang)
        ),
        running_footer: plan.board.classification.clone(),
        lang: lang.catalog.tag().to_string(),
        words: crate::pdf::Words {
            contents: lang.t("pack_contents").into_owned(),
            page_of: lang.f(
                "pack_page_of",
                &crate::i18n::args(&[("page", "{page}".into()), ("pages", "{pages}".into())]),
            ),
        },
        blocks,
    }
}

/// Detail the body points to: trend, risk register, economics by tier and breakdowns,
/// the full scorecard, near the line, the competitor map, decision rationales, RACI.
fn appendix(
    pr: &Project,
    opts: &RenderOptions,
    timeline: Option<&[crate::history::Snapshot]>,
    b: &mut Vec<Block>,
    lang: &crate::i18n::Lang,
) {
    b.push(Block::PageBreak);
    b.push(tables::h(1, "Appendix"));
    b.push(tables::p(
        "Detail behind the body of the pack, for reference.",
        crate::pdf::TextStyle::Muted,
    ));
    board::register(pr, b, lang);
    board::all_asks(pr, b, lang);
    if let (Some(hist), Some(rows)) = (&opts.history, timeline) {
        history::trend(hist, rows, b, lang);
    }
    economics::detail(pr, b, lang);
    execution::appendix(pr, b);
    summary::near_line(pr, b);
    program::competitor_detail(pr, b);
    program::rationales(&pr.plan, b);
    execution::raci_appendix(pr, b);
}

fn cover(project: &Project, opts: &RenderOptions, lang: &crate::i18n::Lang) -> Cover {
    let plan = &project.plan;
    let a = &project.analysis;
    let meeting = crate::render::board::long_date(a.board.meeting, lang);
    let mut lines = vec![
        format!("Board meeting of {meeting}"),
        crate::render::board::purpose(a, lang),
        format!("Figures as of {}", a.today),
    ];
    if let Some(c) = &opts.commit {
        lines.push(format!("Built from commit {c}"));
    }
    let live = plan.partners.len() - a.exited.len();
    let exited = if a.exited.is_empty() {
        String::new()
    } else {
        format!(" (and {} exited)", a.exited.len())
    };
    lines.push(format!(
        "{}{exited} · {} · {}",
        crate::text::plural(live, "partner"),
        crate::text::plural(plan.decisions.len(), "decision"),
        crate::text::plural(plan.objectives.len(), "objective")
    ));
    if !plan.board.classification.is_empty() {
        lines.push(plan.board.classification.clone());
    }
    Cover {
        title: "Partnership Board Pack".into(),
        subtitle: format!(
            "Partner program {} · north star: {}",
            plan.program.year,
            plan.north_star()
        ),
        company: plan.company.name.clone(),
        lines,
    }
}
