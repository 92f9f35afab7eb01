//! Who may see what: the partner-facing outputs (a partner's QBR pack and site) are
//! built from a [`view::PartnerView`] that holds only what one partner may see, so a
//! renderer that gets it cannot leak what it was never given. `internal` strips the
//! Markdown marked internal; `names` finds the names a shared text must not hold
//! (another partner, a competitor), for the rule `audience.leak` and as a last guard.

pub mod internal;
pub mod names;
pub mod view;
