//! Times `check` (load, build, analyse, run every rule) on a plan directory.
//!
//! ```text
//! cargo run --release --example gen_plan -- --partners 10000 --decisions 1000 --pages 500 /tmp/big
//! cargo run --release --example bench_check -- /tmp/big --runs 10
//! ```
//!
//! Prints the minimum and median wall time of the runs, and the diagnostics found, so a
//! regression in speed or in the plan's validity shows at once.

use partnerbook::project::{CheckOptions, Project};
use partnerbook::values::Date;
use std::error::Error;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn Error>> {
    let mut dir = None;
    let mut runs = 10usize;
    let mut today = Date::parse("2026-11-24")?;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().ok_or("--runs needs a number")?.parse()?,
            "--today" => today = Date::parse(&args.next().ok_or("--today needs a date")?)?,
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir.ok_or("usage: bench_check DIR [--runs N] [--today YYYY-MM-DD]")?;
    let opts = CheckOptions { today: Some(today) };
    let mut times: Vec<Duration> = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let project = Project::load(&dir, &opts)?;
        times.push(start.elapsed());
        last = Some(project);
    }
    phases(&dir, today)?;
    times.sort();
    let project = last.ok_or("no run")?;
    println!(
        "{}: {} files, {} partners, {} decisions, {} pages",
        dir.display(),
        project.sources.iter().count(),
        project.plan.partners.len(),
        project.plan.decisions.len(),
        project.plan.pages.len()
    );
    println!(
        "{} errors, {} warnings",
        project.errors(),
        project.warnings()
    );
    for d in project.diagnostics.iter().take(10) {
        let (file, line, col) = project.sources.location(d.span);
        println!(
            "  {file}:{line}:{col} {}[{}] {}",
            d.severity.as_str(),
            d.rule,
            d.message
        );
    }
    println!(
        "check x{}: min {:.1} ms, median {:.1} ms",
        times.len(),
        ms(times[0]),
        ms(times[times.len() / 2])
    );
    Ok(())
}

/// One run split into its phases, to show where the time goes.
fn phases(dir: &std::path::Path, today: Date) -> Result<(), Box<dyn Error>> {
    use partnerbook::{analysis::Analysis, load, model, rules};
    let mut t = Instant::now();
    let mut lap = |name: &str| {
        println!("  {name:<10} {:7.1} ms", ms(t.elapsed()));
        t = Instant::now();
    };
    let files = load::read_dir(dir)?;
    lap("read");
    let mut loaded = load::load_files(files);
    lap("parse");
    let (plan, _) = model::typed_plan(&mut loaded, dir);
    lap("build");
    let analysis = Analysis::new(&plan, today);
    lap("analyse");
    let diags = rules::check_all(&rules::RuleCtx {
        plan: &plan,
        analysis: &analysis,
        sources: &loaded.sources,
    });
    lap("rules");
    println!("  ({} diagnostics from the rules)", diags.len());
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
