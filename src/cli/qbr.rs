//! `partnerbook qbr`: check the plan and write one QBR pack per partner into
//! `<output>/qbr/<id>.pdf` (default: every Platinum and Gold partner), beside whatever
//! a build wrote there. A plan with errors prints its diagnostics and writes nothing;
//! an unknown partner id is an error with a "did you mean".

use super::args::created_unix;
use super::check::{report_human, status_of};
use super::{fail, parse_date, Status};
use partnerbook::pipeline::{self, BuildOptions};
use partnerbook::project::CheckOptions;
use partnerbook::qbr::{self, Audience, QbrRenderer};
use partnerbook::render::{RenderOptions, Renderer};
use partnerbook::values::Date;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Partner ids (default: every Platinum and Gold partner)
    #[arg(value_name = "PARTNER")]
    partners: Vec<String>,
    /// The content directory
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// The output directory; packs go to its qbr/ folder
    #[arg(long, default_value = "output")]
    output: PathBuf,
    /// A theme directory whose files override the default theme's
    #[arg(long)]
    theme: Option<PathBuf>,
    /// The date reviews are judged against (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
    /// Who the pack is for: our team (internal) or the partner itself
    #[arg(long, value_enum, default_value_t = AudienceArg::Internal)]
    audience: AudienceArg,
    /// Do not read earlier revisions from git (no trend)
    #[arg(long)]
    no_history: bool,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum AudienceArg {
    Internal,
    Partner,
}

impl From<AudienceArg> for Audience {
    fn from(a: AudienceArg) -> Audience {
        match a {
            AudienceArg::Internal => Audience::Internal,
            AudienceArg::Partner => Audience::Partner,
        }
    }
}

pub fn run(mut a: Args) -> Status {
    a.content = super::content::resolve(&a.content);
    if let Err(e) = super::content::require(&a.content) {
        return fail(e);
    }
    let mut opts = BuildOptions {
        content: a.content.clone(),
        output: a.output.clone(),
        check: CheckOptions { today: a.today },
        render: RenderOptions {
            theme_dir: a.theme.clone(),
            ..RenderOptions::default()
        },
        keep: Vec::new(),
    };
    let project = match pipeline::load(&opts) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    if let Err(e) = report_human(&project) {
        return fail(e);
    }
    let status = status_of(&project, false);
    if status != Status::Ok {
        eprintln!(
            "qbr stopped: fix the problems above; {} was left unchanged",
            a.output.display()
        );
        return status;
    }
    let ids = match qbr::resolve(&project, &a.partners) {
        Ok(ids) => ids,
        Err(e) => return fail(e),
    };
    if ids.is_empty() {
        eprintln!("no Platinum or Gold partner in the plan: no QBR pack to write");
        return Status::Ok;
    }
    opts.render.created_unix = created_unix(project.analysis.today);
    opts.render.commit = partnerbook::git::commit_label(&a.content);
    if !a.no_history {
        opts.render.history = pipeline::history_of(&project);
    }
    let renderer = match QbrRenderer::for_partners(ids) {
        Ok(r) => r.with_audience(a.audience.into()),
        Err(e) => return fail(e),
    };
    let list: [&dyn Renderer; 1] = [&renderer];
    match pipeline::add(&project, &opts, &list) {
        Ok(paths) => {
            eprintln!(
                "wrote {} QBR pack{} into {}: {}",
                paths.len(),
                if paths.len() == 1 { "" } else { "s" },
                a.output.display(),
                paths.join(", ")
            );
            Status::Ok
        }
        Err(e) => fail(e),
    }
}
