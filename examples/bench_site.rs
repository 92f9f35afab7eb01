//! Times the handbook site of a plan: loading and checking once, then rendering the
//! whole site in memory several times, then one full `build`-style write.
//!
//! ```text
//! cargo run --release --example gen_plan -- --partners 10000 --decisions 1000 --pages 500 /tmp/big
//! cargo run --release --example bench_site -- /tmp/big --runs 5 --out /tmp/big-site
//! ```
//!
//! Prints the load time, the minimum and median render time, the page count and the
//! bytes rendered, and (with `--out`) the time to write the output directory.

use partnerbook::output::{check_output_dir, write_output, write_while_rendering};
use partnerbook::project::{CheckOptions, Project};
use partnerbook::render::{Keep, RenderOptions, RenderedFiles, Renderer};
use partnerbook::site::SiteRenderer;
use partnerbook::values::Date;
use std::error::Error;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut dir = None;
    let mut out_dir: Option<PathBuf> = None;
    let mut runs = 5usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().ok_or("--runs needs a number")?.parse()?,
            "--out" => out_dir = Some(args.next().ok_or("--out needs a directory")?.into()),
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir.ok_or("usage: bench_site DIR [--runs N] [--out DIR]")?;
    let opts = CheckOptions {
        today: Some(Date::parse("2026-11-24")?),
    };
    let start = Instant::now();
    let project = Project::load(&dir, &opts)?;
    let load = start.elapsed();
    println!(
        "{}: {} partners, {} decisions, {} pages; {} errors, {} warnings",
        dir.display(),
        project.plan.partners.len(),
        project.plan.decisions.len(),
        project.plan.pages.len(),
        project.errors(),
        project.warnings()
    );
    println!("load + check: {:.1} ms", ms(load));
    let ropts = RenderOptions {
        base_url: "/".into(),
        ..RenderOptions::default()
    };
    // Each run's files go to a thread that counts and drops them, as `build` hands
    // them to its writer: the render is timed without holding the site in memory.
    let mut times = Vec::new();
    let mut counted = (0usize, 0usize, 0usize);
    for _ in 0..runs.max(1) {
        let (tap, files) = std::sync::mpsc::channel();
        let drain = std::thread::spawn(move || {
            let (mut n, mut pages, mut bytes) = (0usize, 0usize, 0usize);
            while let Ok(Some(batch)) = files.recv() {
                let batch: partnerbook::render::Batch = batch;
                for (path, b) in batch {
                    n += 1;
                    pages += usize::from(path.ends_with(".html"));
                    bytes += b.len();
                }
            }
            (n, pages, bytes)
        });
        let t = Instant::now();
        let mut out = RenderedFiles::tapped(tap.clone(), Keep::Paths);
        SiteRenderer::new().render(&project, &ropts, &mut out)?;
        times.push(t.elapsed());
        let _ = tap.send(None);
        counted = drain.join().map_err(|_| "the counting thread failed")?;
    }
    times.sort();
    let (files, pages, bytes) = counted;
    println!(
        "render: min {:.1} ms, median {:.1} ms ({} runs); {} pages, {} files, {:.1} MB",
        ms(times[0]),
        ms(times[times.len() / 2]),
        times.len(),
        pages,
        files,
        bytes as f64 / 1e6
    );
    if let Some(out) = out_dir {
        check_output_dir(&out, &dir)?;
        let mut last = RenderedFiles::default();
        SiteRenderer::new().render(&project, &ropts, &mut last)?;
        let t = Instant::now();
        let changed = write_output(&out, &last)?;
        println!(
            "write after rendering: {:.1} ms ({} files changed)",
            ms(t.elapsed()),
            changed
        );
        let t = Instant::now();
        let (_, changed) = write_while_rendering(&out, &[], None, |tap| {
            let mut o = RenderedFiles::tapped(tap, Keep::Paths);
            SiteRenderer::new()
                .render(&project, &ropts, &mut o)
                .map(|()| o)
                .map_err(Box::<dyn Error>::from)
        })?;
        println!(
            "render while writing (as `build` does): {:.1} ms ({} files changed)",
            ms(t.elapsed()),
            changed
        );
    }
    Ok(())
}
