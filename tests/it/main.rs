//! The integration tests, in one binary: each module runs the real `partnerbook`
//! binary (or the library) on a plan copied to a temporary directory.
//!
//! One binary rather than one per file: every test binary links the whole library and
//! its dependencies, and sixteen of them cost minutes of linking and gigabytes of disk.
//! Shared helpers live in [`support`]; snapshots in `tests/it/snapshots/`.

mod support;

mod board;
mod build_since;
mod ci_formats;
mod cli;
mod diff;
mod e2e_chromium;
mod economics;
mod history;
mod import_export;
mod init_ci;
mod inputs;
mod messages;
mod money;
mod pack;
mod partner_site;
mod qbr;
mod rebuilds;
mod rules;
mod schema;
mod serve;
mod sharing;
mod site;
mod site_build;
mod slips;
mod watch;
