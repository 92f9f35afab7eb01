//! Arguments shared by `build`, `watch` and `serve`, and the build options they give.

use super::parse_date;
use partnerbook::pipeline::BuildOptions;
use partnerbook::project::CheckOptions;
use partnerbook::render::RenderOptions;
use partnerbook::values::Date;
use std::path::PathBuf;

#[derive(clap::Args, Debug, Clone)]
pub struct BuildArgs {
    /// The content directory
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// Where to write the site and the board pack
    #[arg(long, default_value = "output")]
    pub output: PathBuf,
    /// A theme directory whose files override the default theme's
    #[arg(long)]
    pub theme: Option<PathBuf>,
    /// URL prefix the site is served under (e.g. /handbook/)
    #[arg(long)]
    pub base_url: Option<String>,
    /// Do not render the board pack PDF
    #[arg(long)]
    pub no_pdf: bool,
    /// The date reviews are judged against (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    pub today: Option<Date>,
    /// Add "What changed since REV" (a git revision) to the site and the board pack
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// Do not read earlier revisions from git (no History page, trend or "Since the
    /// last board meeting")
    #[arg(long)]
    pub no_history: bool,
}

impl BuildArgs {
    /// Resolves `--content` (a plan folder is its own content directory) and checks
    /// that it exists.
    pub fn resolve_content(&mut self) -> Result<(), String> {
        self.content = super::content::resolve(&self.content);
        super::content::require(&self.content)
    }

    /// Build options; render dates and the commit are filled in per build.
    pub fn options(&self) -> BuildOptions {
        BuildOptions {
            content: self.content.clone(),
            output: self.output.clone(),
            check: CheckOptions { today: self.today },
            render: RenderOptions {
                base_url: self.base_url.clone().unwrap_or_default(),
                theme_dir: self.theme.clone(),
                with_pdf: !self.no_pdf,
                ..RenderOptions::default()
            },
            keep: Vec::new(),
        }
    }
}

/// Seconds since the epoch for document dates: `SOURCE_DATE_EPOCH`, else midnight of
/// the plan's "today", so that the same input gives the same bytes.
pub fn created_unix(today: Date) -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| today.0.midnight().assume_utc().unix_timestamp())
}
