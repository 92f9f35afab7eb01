//! partnerbook: checks a partnership plan kept as YAML and Markdown against the
//! program's tier and score rules, and renders it as a handbook site and a board pack.
//!
//! The pipeline is load → build the typed plan → analyse → check rules → render.

pub use partnerbook_base::{atomic, declare_rule, diag, source, suggest, values};
pub use partnerbook_pdf as pdf;

pub mod analysis;
pub mod audience;
pub mod columns;
pub mod diff;
pub mod example;
pub mod export;
pub mod git;
pub mod hint;
pub mod history;
pub mod i18n;
pub mod import;
pub mod links;
pub mod load;
pub mod model;
pub mod output;
pub mod pack;
pub mod pipeline;
pub mod project;
pub mod qbr;
pub mod render;
pub mod rules;
pub mod serve;
pub mod site;
pub mod slug;
pub mod text;
pub mod vocab;
pub mod watch;
