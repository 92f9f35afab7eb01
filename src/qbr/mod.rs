//! QBR packs: one Quarterly Business Review PDF per partner (SPEC §11).
//!
//! The internal pack puts the relationship on one page first (tier, status, score and
//! band, the distance to the next tier requirement by requirement), then the proposed
//! agenda, commitments against the tier's and benefits, performance over the history's
//! snapshots with the partner's roadmap items and key results, and governance and
//! competition (decisions naming it, sponsors and cadence, the next QBR, competitors
//! holding it). It is a `PackDoc` of the board pack's blocks, rendered by
//! [`crate::pack::PackRenderer`] with the same fonts, typography and tagging.
//!
//! Every figure comes from [`crate::analysis`] (the distance from `Analysis::distance`,
//! the next QBR from `analysis::next_qbr`); every word from the theme's catalogs
//! (`qbr.ftl`). Files are written by the caller (`pipeline`, the CLI): the renderer
//! returns bytes, or adds `qbr/<id>.pdf` to a [`RenderedFiles`].

mod agenda;
mod doc;
mod notes;
pub mod partner_facing;
mod sections;

use crate::audience::view::PartnerView;
use crate::pack::PackRenderer;
use crate::project::Project;
use crate::render::{qbr_file, RenderError, RenderOptions, RenderedFiles, Renderer};
use rayon::prelude::*;

/// Who a QBR pack is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    /// Our own team: everything the plan knows about the partner.
    #[default]
    Internal,
    /// The partner: only what it may see (SPEC §11; see [`partner_facing`]).
    Partner,
}

/// Renders QBR packs: for one partner ([`QbrRenderer::render_partner`]), or as a
/// [`Renderer`] for every partner it was given (`qbr/<id>.pdf`).
pub struct QbrRenderer {
    pack: PackRenderer,
    /// The partners the [`Renderer`] writes (`None`: every Platinum and Gold partner).
    partners: Option<Vec<String>>,
    audience: Audience,
}

impl QbrRenderer {
    /// A renderer of every Platinum and Gold partner's pack.
    pub fn new() -> Result<Self, RenderError> {
        Ok(QbrRenderer {
            pack: PackRenderer::new()?,
            partners: None,
            audience: Audience::Internal,
        })
    }

    /// A renderer of these partners' packs (ids checked with [`resolve`]).
    pub fn for_partners(ids: Vec<String>) -> Result<Self, RenderError> {
        Ok(QbrRenderer {
            pack: PackRenderer::new()?,
            partners: Some(ids),
            audience: Audience::Internal,
        })
    }

    /// The same renderer for `audience`.
    pub fn with_audience(self, audience: Audience) -> Self {
        QbrRenderer { audience, ..self }
    }

    /// The QBR pack of partner `partner_id` for this renderer's audience, as PDF bytes.
    pub fn render_partner(
        &self,
        project: &Project,
        opts: &RenderOptions,
        partner_id: &str,
    ) -> Result<Vec<u8>, RenderError> {
        let i = index_of(project, partner_id)?;
        if self.audience == Audience::Partner {
            return self.render_shared(project, opts, partner_id);
        }
        self.pack.render_doc(project, opts, &|_, lang| {
            doc::build_doc(project, opts, lang, i)
        })
    }

    /// The partner-facing pack: the document is built from the partner's view alone;
    /// a view that names anybody else (it cannot, by construction) is refused.
    fn render_shared(
        &self,
        project: &Project,
        opts: &RenderOptions,
        partner_id: &str,
    ) -> Result<Vec<u8>, RenderError> {
        let view = PartnerView::of(&project.plan, &project.analysis, partner_id)
            .ok_or_else(|| RenderError(format!("no partner `{partner_id}` in the plan")))?;
        let leaks = view.leaks(&project.plan);
        if let Some(l) = leaks.first() {
            return Err(RenderError(format!(
                "the partner-facing pack of `{partner_id}` would name {}; nothing was written",
                l.name
            )));
        }
        self.pack.render_doc(project, opts, &|_, lang| {
            partner_facing::build_doc(&view, lang, opts.created_unix)
        })
    }

    /// The ids this renderer writes for `project`.
    fn ids(&self, project: &Project) -> Vec<String> {
        self.partners
            .clone()
            .unwrap_or_else(|| default_partners(project))
    }
}

impl Renderer for QbrRenderer {
    fn name(&self) -> &'static str {
        "QBR packs"
    }

    fn render(
        &self,
        project: &Project,
        opts: &RenderOptions,
        out: &mut RenderedFiles,
    ) -> Result<(), RenderError> {
        let ids = self.ids(project);
        out.add_par(ids.par_iter().map(|id| {
            self.render_partner(project, opts, id)
                .map(|bytes| (qbr_file(id), std::sync::Arc::new(bytes)))
                .map_err(|e| RenderError(format!("{id}: {}", e.0)))
        }))
    }
}

/// The partners that get a QBR pack by default: every Platinum and Gold partner that
/// has not exited (`analysis::holds_qbr`), in id order.
pub fn default_partners(project: &Project) -> Vec<String> {
    project
        .plan
        .partners
        .iter()
        .filter(|p| crate::analysis::holds_qbr(p))
        .map(|p| p.id.clone())
        .collect()
}

/// The partner ids asked for, checked: an id the plan does not have is an error that
/// suggests the closest one. No id asked: [`default_partners`].
pub fn resolve(project: &Project, asked: &[String]) -> Result<Vec<String>, String> {
    if asked.is_empty() {
        return Ok(default_partners(project));
    }
    let mut out: Vec<String> = Vec::new();
    for id in asked {
        index_of(project, id).map_err(|e| e.0)?;
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    Ok(out)
}

/// The index of partner `id` in the plan, or an error with a "did you mean".
fn index_of(project: &Project, id: &str) -> Result<usize, RenderError> {
    let partners = &project.plan.partners;
    if let Some(i) = partners.iter().position(|p| p.id == id) {
        return Ok(i);
    }
    let hint = crate::suggest::closest(id, partners.iter().map(|p| p.id.as_str()))
        .map_or_else(String::new, |s| format!("; did you mean `{s}`?"));
    Err(RenderError(format!("no partner `{id}` in the plan{hint}")))
}

#[cfg(test)]
mod tests;
