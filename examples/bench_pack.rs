//! Renders the board pack of a plan several times and prints the timings.
//!
//! `cargo run --release --example bench_pack -- CONTENT_DIR [RUNS] [OUT.pdf] [OUT.typ]`
//!
//! With `OUT.typ`, also writes the appendix scorecard as a Typst document (same rows,
//! same columns, repeated header) so the two typesetters can be timed side by side
//! (`scripts/bench-pack-vs-typst.sh`).

use partnerbook::pack::PackRenderer;
use partnerbook::project::{CheckOptions, Project};
use partnerbook::render::RenderOptions;
use std::fmt::Write as _;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).map_or("content", String::as_str);
    let runs: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5).max(1);
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
        bytes = renderer.render_bytes(&project, &opts)?;
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    let pages = lopdf::Document::load_mem(&bytes).map_or(0, |d| d.get_pages().len());
    println!(
        "board pack: {pages} pages, {} KiB, min {:.1} ms, median {:.1} ms over {runs} runs",
        bytes.len() / 1024,
        times[0],
        times[times.len() / 2]
    );
    if let Some(out) = args.get(3) {
        std::fs::write(out, &bytes)?;
    }
    if let Some(typ) = args.get(4) {
        std::fs::write(typ, typst_scorecard(&project))?;
    }
    Ok(())
}

/// The full scorecard as a Typst table with a repeated header.
fn typst_scorecard(p: &Project) -> String {
    let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let mut s = String::from(
        "#set page(paper: \"a4\", margin: 18mm, footer: context [Page #counter(page).display() of #counter(page).final().first()])\n#set text(size: 8pt)\n= Appendix — full scorecard\n#table(columns: (auto, 1fr, auto, auto, auto, auto, auto, auto, auto, auto, auto), table.header[*\\#*][*Partner*][*Land.*][*Tier*][*ICP*][*Infl.*][*Pract.*][*Appet.*][*Rev.*][*Score*][*Band*],\n",
    );
    for &i in &p.analysis.ranking {
        let (pt, f) = (&p.plan.partners[i], &p.analysis.partners[i]);
        let r = pt.ratings;
        let _ = writeln!(
            s,
            "[{}], [{}], [{}], [{}], [{}], [{}], [{}], [{}], [{}], [{:.2}], [{}],",
            f.rank.unwrap_or_default(),
            esc(&pt.name).replace('[', "\\[").replace(']', "\\]"),
            pt.landscape.as_str(),
            pt.tier.label(),
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            f.score,
            f.band.label()
        );
    }
    s.push_str(")\n");
    s
}
