//! Renders the board pack of a plan several times and prints the timings.
//!
//! `cargo run --release --example bench_pack -- CONTENT_DIR [RUNS] [OUT.pdf]`

use partnerbook::pack::PackRenderer;
use partnerbook::project::{CheckOptions, Project};
use partnerbook::render::RenderOptions;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).map_or("content", String::as_str);
    let runs: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);
    let t = Instant::now();
    let project = Project::load(dir.as_ref(), &CheckOptions::default())?;
    println!(
        "load+check: {:.1} ms ({} partners)",
        t.elapsed().as_secs_f64() * 1e3,
        project.plan.partners.len()
    );
    let renderer = PackRenderer::new()?;
    let opts = RenderOptions {
        created_unix: 1_790_000_000,
        ..RenderOptions::default()
    };
    let mut times = Vec::new();
    let mut bytes = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        bytes = renderer.render_bytes(&project, &opts)?.0;
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "board pack: min {:.1} ms, median {:.1} ms, {} KiB",
        times[0],
        times[times.len() / 2],
        bytes.len() / 1024
    );
    if let Some(out) = args.get(3) {
        std::fs::write(out, &bytes)?;
    }
    Ok(())
}
