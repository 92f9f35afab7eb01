//! The rules of a partnership plan.

pub mod catalog;
