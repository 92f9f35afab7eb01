//! partnerbook library.

pub mod serve;
pub mod watch;
