//! What a watch or serve session reuses from one build to the next — the parses of
//! unchanged files (`load::ParseCache`) and the pages whose view did not change
//! (`site::memo`) — gives exactly what a fresh load and a fresh render give, through
//! edits that change scores and ranks, add a partner (every later file id moves),
//! break a file and fix it.

use crate::support::PlanTest;
use partnerbook::load::ParseCache;
use partnerbook::project::{CheckOptions, Project};
use partnerbook::render::{RenderOptions, RenderedFiles, Renderer};
use partnerbook::site::SiteRenderer;
use partnerbook::values::Date;

fn check_options() -> CheckOptions {
    CheckOptions {
        today: Date::parse("2026-11-24").ok(),
    }
}

/// A project's diagnostics, each with its rule, place and message (the plan itself
/// is compared through the pages rendered from it).
fn listing(p: &Project) -> Vec<String> {
    p.diagnostics
        .iter()
        .map(|d| format!("{} {:?} {}", d.rule.id(), d.span, d.message))
        .collect()
}

fn files(out: &RenderedFiles) -> Vec<(String, Vec<u8>)> {
    out.files()
        .map(|(p, b)| (p.to_string(), b.to_vec()))
        .collect()
}

/// Loads with the cache and renders with the remembering renderer, then checks both
/// against a fresh load and a fresh render of the same plan.
fn rebuild_matches_fresh(plan: &PlanTest, cache: &ParseCache, site: &SiteRenderer) {
    rebuild_with_theme_matches_fresh(plan, cache, site, None);
}

/// As [`rebuild_matches_fresh`], with a theme directory.
fn rebuild_with_theme_matches_fresh(
    plan: &PlanTest,
    cache: &ParseCache,
    site: &SiteRenderer,
    theme: Option<&std::path::Path>,
) {
    let opts = check_options();
    let kept = Project::load_with(plan.content(), &opts, Some(cache)).expect("plan loads");
    let fresh = Project::load(plan.content(), &opts).expect("plan loads");
    assert_eq!(listing(&kept), listing(&fresh));
    if fresh.errors() > 0 {
        return;
    }
    let ropts = RenderOptions {
        theme_dir: theme.map(std::path::Path::to_path_buf),
        ..RenderOptions::default()
    };
    let mut again = RenderedFiles::default();
    site.render(&kept, &ropts, &mut again)
        .expect("site renders");
    let mut new = RenderedFiles::default();
    SiteRenderer::new()
        .render(&fresh, &ropts, &mut new)
        .expect("site renders");
    let (again, new) = (files(&again), files(&new));
    assert_eq!(again.len(), new.len());
    for ((pa, a), (pn, n)) in again.iter().zip(&new) {
        assert_eq!(pa, pn);
        assert!(a == n, "{pa} differs from a fresh render");
    }
}

#[test]
fn a_session_rebuilds_what_a_fresh_build_makes() {
    let plan = PlanTest::example();
    let cache = ParseCache::default();
    let site = SiteRenderer::remembering();
    rebuild_matches_fresh(&plan, &cache, &site);
    // a score change moves ranks on other partners' pages
    plan.replace(
        "partners/deloitte.md",
        "  icp_overlap: 92",
        "  icp_overlap: 12",
    );
    rebuild_matches_fresh(&plan, &cache, &site);
    // a new partner sorted first: every file after it gets another id
    let copy = plan.read("partners/bluefin-data.md").replacen(
        "name: Bluefin Data Partners",
        "name: Aardvark Partners",
        1,
    );
    plan.write("partners/aardvark.md", copy);
    rebuild_matches_fresh(&plan, &cache, &site);
    // a broken file, then the file removed
    plan.write("partners/aardvark.md", "---\nname: [unclosed\n---\n");
    rebuild_matches_fresh(&plan, &cache, &site);
    plan.remove("partners/aardvark.md");
    rebuild_matches_fresh(&plan, &cache, &site);
    // the plan's language changes every page's words
    plan.replace(
        "plan.yaml",
        "  currency: USD",
        "  currency: USD\n  locale: de-DE",
    );
    rebuild_matches_fresh(&plan, &cache, &site);
}
