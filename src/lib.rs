//! partnerbook library.

pub mod pdf;
