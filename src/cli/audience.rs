//! `--audience partner:ID` (`build`, `watch`, `serve`): the partner-facing site of one
//! partner. The plan is
//! loaded and checked as for every build; the site is rendered from the partner's
//! [`PartnerView`] alone, after a last guard that the view names no other partner and
//! no competitor.

use super::{fail, Status};
use partnerbook::audience::names::Kind;
use partnerbook::audience::view::PartnerView;
use partnerbook::pipeline::{self, BuildOptions, Outcome};
use partnerbook::project::Project;
use partnerbook::site::partner_site;
use std::time::Instant;

/// Who a build is for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Audience {
    /// The whole handbook and the board pack (the default).
    #[default]
    Internal,
    /// One partner's site, by partner id.
    Partner(String),
}

impl Audience {
    pub fn is_internal(&self) -> bool {
        *self == Audience::Internal
    }
}

/// Parses `internal` or `partner:ID`.
pub fn parse(s: &str) -> Result<Audience, String> {
    match s.trim() {
        "internal" => Ok(Audience::Internal),
        other => match other.strip_prefix("partner:") {
            Some(id) if !id.trim().is_empty() => Ok(Audience::Partner(id.trim().to_string())),
            Some(_) => Err("name the partner: `partner:ID` (its file name in partners/)".into()),
            None => Err(format!(
                "`{other}` is not an audience: write `internal` or `partner:ID`"
            )),
        },
    }
}

/// Writes partner `id`'s site from a checked plan without errors; returns the
/// partner's name and how the write ended, or why nothing was written (no such
/// partner, or a view that would name another partner or a competitor).
pub fn write_site(
    project: &Project,
    opts: &BuildOptions,
    id: &str,
) -> Result<(String, Outcome), String> {
    let plan = &project.plan;
    let Some(view) = PartnerView::of(plan, &project.analysis, id) else {
        let ids = plan.partners.iter().map(|p| p.id.as_str());
        return Err(match partnerbook::suggest::closest(id, ids) {
            Some(s) => format!("no partner `{id}` in the plan; did you mean `{s}`?"),
            None => format!(
                "no partner `{id}` in the plan: use a partner's id, its file name in partners/"
            ),
        });
    };
    let leaks = view.leaks(plan);
    if !leaks.is_empty() {
        let mut names: Vec<String> = leaks
            .iter()
            .map(|f| match f.kind {
                Kind::Partner => format!("the partner {}", f.name),
                Kind::Competitor => format!("the competitor {}", f.name),
            })
            .collect();
        names.sort();
        names.dedup();
        return Err(format!(
            "refusing to write the partner site of {}: it would name {}; {} was left unchanged",
            view.partner.name,
            names.join(", "),
            opts.output.display()
        ));
    }
    let site_opts = partner_site::Options {
        theme_dir: opts.render.theme_dir.clone(),
    };
    let written = pipeline::write_rendered(opts, "partner site", |out| {
        partner_site::render(&view, &site_opts, out)
    });
    written
        .map(|outcome| (view.partner.name.clone(), outcome))
        .map_err(|e| e.to_string())
}

/// `build --audience partner:ID`: writes partner `id`'s site from a checked plan
/// without errors.
pub fn build(project: &Project, opts: &BuildOptions, id: &str, start: Instant) -> Status {
    match write_site(project, opts, id) {
        Ok((name, Outcome::Written { changed, total, .. })) => {
            eprintln!(
                "built the partner site of {name} into {} ({total} files, {changed} changed) in {:.2} s",
                opts.output.display(),
                start.elapsed().as_secs_f64()
            );
            Status::Ok
        }
        Ok((_, Outcome::PlanErrors)) => Status::PlanErrors,
        Err(e) => fail(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audiences_parse() {
        assert_eq!(parse("internal"), Ok(Audience::Internal));
        assert_eq!(
            parse("partner:deloitte"),
            Ok(Audience::Partner("deloitte".into()))
        );
        assert!(parse("partner:").is_err());
        assert!(parse("partners").is_err());
    }
}
