//! The partner-facing QBR pack (`qbr --audience partner`): only what the partner may
//! see (SPEC §11). Not built yet: [`render`] is the place it goes, and returns an error
//! until then.

use crate::project::Project;
use crate::render::{RenderError, RenderOptions};

/// The message of the error [`render`] returns until the partner-facing pack is built.
pub const NOT_BUILT: &str = "partner-facing QBR packs are not built yet";

/// The partner-facing QBR pack of `partner_id` as PDF bytes. Not built yet: always an
/// error ([`NOT_BUILT`]); it will be replaced before release.
pub fn render(
    _project: &Project,
    _opts: &RenderOptions,
    _partner_id: &str,
) -> Result<Vec<u8>, RenderError> {
    Err(RenderError(NOT_BUILT.into()))
}
