//! Times the board-pack PDF engine on a 10,000-row, 6-column table and can
//! write a showcase document for visual review.
//!
//! `cargo run --release --example pdf_engine_bench [-- --sample out.pdf]`

use std::time::Instant;

use partnerbook::pdf::{
    render_with, Align, Bar, BarChart, Block, Callout, Cell, Column, Cover, DocMeta, FontSet,
    Heading, Kpi, LegendItem, PackDoc, Paragraph, ProgressRow, Row, Table, TextStyle, Threshold,
    Timeline, TimelineColumn, TimelineItem, Tone,
};

fn meta() -> DocMeta {
    DocMeta {
        title: "Partner programme board pack".into(),
        author: "Partner office".into(),
        subject: "Quarterly review".into(),
        keywords: vec!["partners".into(), "board".into()],
        created_unix: 1_750_000_000,
    }
}

fn big_table(rows: usize) -> Table {
    let columns = vec![
        Column::new("#", 0.5, Align::Right),
        Column::new("Partner", 2.4, Align::Left),
        Column::new("Region", 1.2, Align::Left),
        Column::new("Tier", 0.8, Align::Center),
        Column::new("Score", 0.8, Align::Right),
        Column::new("Pipeline (€k)", 1.2, Align::Right),
    ];
    let rows = (0..rows)
        .map(|i| Row {
            cells: vec![
                Cell::text((i + 1).to_string()),
                Cell::text(format!("Partner Société {i} GmbH")),
                Cell::text(["EMEA", "Americas", "APAC"][i % 3]),
                Cell::text(["Gold", "Silver", "Bronze"][i % 3]),
                Cell::text(format!("{}", 40 + (i * 7) % 60)),
                Cell::text(format!("{}", 100 + (i * 37) % 900)),
            ],
            outline: None,
        })
        .collect();
    Table { columns, rows }
}

fn showcase() -> PackDoc {
    let mut blocks = vec![
        Block::Cover(Cover {
            title: "Partner programme board pack".into(),
            subtitle: "Q3 review — scorecard, tiers, roadmap and decisions".into(),
            company: "Acme Analytics".into(),
            lines: vec![
                "As of 30 September 2025".into(),
                "Plan revision 1a2b3c4".into(),
                "Confidential — board use only".into(),
            ],
        }),
        Block::Contents,
        Block::Heading(Heading::new(1, "Executive summary")),
        Block::Paragraph(Paragraph::new(
            TextStyle::Lead,
            "We win by making the three regional system integrators the default route to market for mid-size manufacturers; partner-sourced revenue is the north star.",
        )),
        Block::KpiTiles(vec![
            Kpi { label: "Partner-sourced ARR".into(), value: "$41.2M".into(), caption: "target $60M by FY26".into(), progress: Some(0.69), tone: Tone::Warn },
            Kpi { label: "Active partners".into(), value: "43".into(), caption: "target 40 — ahead of plan".into(), progress: Some(1.0), tone: Tone::Good },
            Kpi { label: "Certified engineers".into(), value: "212".into(), caption: "target 400".into(), progress: Some(0.53), tone: Tone::Bad },
            Kpi { label: "Win rate with partner".into(), value: "38%".into(), caption: "vs 22% direct".into(), progress: None, tone: Tone::Neutral },
        ]),
        Block::Heading(Heading::new(2, "Highlights")),
        Block::Bullets(vec![
            "Two platinum partners (Müller & Söhne, Łódź Systems) crossed the ≥ 75 band.".into(),
            "Pipeline in EMEA up 18% → €12.4M; Americas flat at $9.1M.".into(),
            "Co-sell ↔ resell split holds at 60/40 — within the 50–70 range agreed last quarter.".into(),
        ]),
        Block::Callout(Callout { tone: Tone::Warn, title: "Risk: certification capacity".into(), text: "Only 212 of the 400 certified engineers we need by Q2 are in place. Without the accelerated programme the platinum tier cannot grow past six partners.".into() }),
        Block::Heading(Heading::new(1, "Partner landscape")),
        Block::BarChart(BarChart {
            title: "Partner fit score (0–100)".into(),
            bars: (0..14).map(|i| Bar { label: format!("Partner {} Ltd", (b'A' + i as u8) as char), value: 92.0 - i as f32 * 5.3, value_text: String::new(), tone: Some(if i < 4 { Tone::Good } else if i < 9 { Tone::Accent } else { Tone::Neutral }) }).collect(),
            max: 100.0,
            thresholds: vec![Threshold { value: 50.0, label: "B ≥ 50".into() }, Threshold { value: 75.0, label: "A ≥ 75".into() }],
        }),
        Block::Heading(Heading::new(2, "Ranked scorecard")),
        Block::Table(Table {
            columns: vec![Column::new("Rank", 0.6, Align::Right), Column::new("Partner", 2.5, Align::Left), Column::new("Band", 0.8, Align::Center), Column::new("Score", 0.8, Align::Right), Column::new("Notes", 3.0, Align::Left)],
            rows: (0..24).map(|i| Row { cells: vec![Cell::text((i + 1).to_string()), Cell::text(format!("Partner {i} — Zürich AG")), Cell::toned(["A", "B", "C"][i % 3], [Tone::Good, Tone::Warn, Tone::Bad][i % 3]), Cell::text(format!("{:.1}", 90.0 - i as f32 * 2.1)), Cell::text(if i % 4 == 0 { "Strong pipeline, certification lagging; QBR overdue since August — owner to follow up" } else { "On track" })], outline: None }).collect(),
        }),
        Block::Heading(Heading::new(1, "OKR progress")),
        Block::Progress(vec![
            ProgressRow { label: "KR1 Partner-sourced ARR $60M".into(), fraction: 0.69, caption: "$41.2M of $60M".into(), tone: Some(Tone::Warn) },
            ProgressRow { label: "KR2 40 active partners".into(), fraction: 1.08, caption: "43 of 40 — ahead".into(), tone: Some(Tone::Good) },
            ProgressRow { label: "KR3 400 certified engineers".into(), fraction: 0.53, caption: "212 of 400".into(), tone: Some(Tone::Bad) },
        ]),
        Block::Heading(Heading::new(1, "Roadmap")),
        Block::Legend(vec![
            LegendItem { tone: Tone::Good, label: "Done".into() },
            LegendItem { tone: Tone::Warn, label: "At risk".into() },
            LegendItem { tone: Tone::Bad, label: "Blocked".into() },
            LegendItem { tone: Tone::Neutral, label: "Planned".into() },
        ]),
        Block::Timeline(Timeline { columns: ["Q4 2025", "Q1 2026", "Q2 2026", "Q3 2026"].iter().enumerate().map(|(q, t)| TimelineColumn { title: (*t).into(), subtitle: format!("{} items", 3 + q), items: (0..3 + q).map(|i| TimelineItem { text: format!("Roadmap item {i} for {t}: launch co-sell motion"), tone: [Tone::Good, Tone::Warn, Tone::Neutral, Tone::Bad][(i + q) % 4] }).collect() }).collect() }),
        Block::Heading(Heading::new(1, "Appendix: full scorecard")),
    ];
    let mut appendix = big_table(300);
    for (i, row) in appendix.rows.iter_mut().enumerate() {
        if i % 25 == 0 {
            row.outline = Some(format!("Partner Société {i} GmbH"));
        }
    }
    blocks.push(Block::Table(appendix));
    PackDoc {
        meta: meta(),
        running_header: "Acme Analytics · Partner programme board pack".into(),
        running_footer: "Confidential".into(),
        lang: "en-US".into(),
        words: partnerbook::pdf::Words::default(),
        blocks,
    }
}

/// Edge cases: long titles, multi-page contents, charts, timelines and
/// callouts that break across pages, tiny and huge cells.
fn stress() -> PackDoc {
    let long = "A considerably longer paragraph of running text that keeps going so that it wraps over several lines and eventually has to break across a page boundary without leaving a widow or an orphan behind. ";
    let mut blocks = vec![
        Block::Cover(Cover {
            title: "A very long board pack title that needs two lines on the cover page".into(),
            subtitle: "With a subtitle that also goes on for quite a while, long enough to wrap onto a second line".into(),
            company: "Ünïcødé Holdings".into(),
            lines: vec!["As of 1 January 2026".into(), "Revision deadbeef — draft 😀".into()],
        }),
        Block::Contents,
    ];
    for s in 0..14 {
        blocks.push(Block::Heading(Heading::new(1, format!("Section {s}: a heading long enough to wrap when the section number grows large and words pile up"))));
        blocks.push(Block::Paragraph(Paragraph::new(
            TextStyle::Body,
            long.repeat(3),
        )));
        for k in 0..3 {
            blocks.push(Block::Heading(Heading::new(
                2,
                format!("Subsection {s}.{k}"),
            )));
            blocks.push(Block::Paragraph(Paragraph::new(TextStyle::Small, long)));
        }
    }
    blocks.push(Block::Heading(Heading::new(1, "Edge cases")));
    blocks.push(Block::KpiTiles(
        (0..7)
            .map(|i| Kpi {
                label: format!("Metric number {i} with a long label"),
                value: format!("{}.{}M", i * 7, i),
                caption: "caption text that wraps onto a second and third line for sure".into(),
                progress: Some(i as f32 / 6.0),
                tone: [Tone::Good, Tone::Warn, Tone::Bad, Tone::Neutral][i % 4],
            })
            .collect(),
    ));
    blocks.push(Block::Spacer(300.0));
    blocks.push(Block::Heading(Heading::new(
        3,
        "Level three heading right before a table",
    )));
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new("Only", 1.0, Align::Left),
            Column::new("Row", 1.0, Align::Right),
        ],
        rows: vec![Row {
            cells: vec!["one".into(), "1".into()],
            outline: None,
        }],
    }));
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new("Narrow", 0.3, Align::Left),
            Column::new("Huge cell", 3.0, Align::Left),
        ],
        rows: vec![
            Row {
                cells: vec!["x".into(), long.repeat(40).into()],
                outline: None,
            },
            Row {
                cells: vec!["y".into(), "short".into()],
                outline: None,
            },
        ],
    }));
    blocks.push(Block::BarChart(BarChart {
        title: "Sixty bars".into(),
        bars: (0..60)
            .map(|i| Bar {
                label: format!("A rather long partner name number {i}"),
                value: (i * 17 % 100) as f32,
                value_text: format!("{}%", i * 17 % 100),
                tone: None,
            })
            .collect(),
        max: 0.0,
        thresholds: vec![
            Threshold {
                value: 50.0,
                label: "50".into(),
            },
            Threshold {
                value: 75.0,
                label: "75".into(),
            },
        ],
    }));
    blocks.push(Block::Timeline(Timeline {
        columns: (0..5)
            .map(|q| TimelineColumn {
                title: format!("Q{q}"),
                subtitle: String::new(),
                items: (0..(4 + q * 6))
                    .map(|i| TimelineItem {
                        text: format!("Item {i} with text that wraps a little"),
                        tone: Tone::Accent,
                    })
                    .collect(),
            })
            .collect(),
    }));
    blocks.push(Block::Callout(Callout {
        tone: Tone::Accent,
        title: "A long note".into(),
        text: long.repeat(25),
    }));
    blocks.push(Block::Progress(
        (0..40)
            .map(|i| ProgressRow {
                label: format!(
                    "Key result {i} with a label that wraps onto two lines in the column"
                ),
                fraction: i as f32 / 30.0,
                caption: "caption".into(),
                tone: None,
            })
            .collect(),
    ));
    PackDoc { meta: meta(), running_header: "A running header so long that it has to be shortened with an ellipsis before it collides with the section title on the right".into(), running_footer: String::new(), lang: "en-US".into(), words: partnerbook::pdf::Words::default(), blocks }
}

/// CPU time (user + system) of this process in seconds, where Linux tells it.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let t0 = Instant::now();
    let fonts = FontSet::load()?;
    println!("font load: {:.1} ms", t0.elapsed().as_secs_f64() * 1e3);
    if let Some(i) = args.iter().position(|a| a == "--sample") {
        let path = args.get(i + 1).ok_or("--sample needs a path")?;
        let out = render_with(&fonts, &showcase())?;
        std::fs::write(path, &out.bytes)?;
        println!("sample: {} pages, {} bytes", out.pages, out.bytes.len());
    }
    if let Some(i) = args.iter().position(|a| a == "--stress") {
        let path = args.get(i + 1).ok_or("--stress needs a path")?;
        let out = render_with(&fonts, &stress())?;
        std::fs::write(path, &out.bytes)?;
        println!("stress: {} pages", out.pages);
    }
    let doc = PackDoc {
        meta: meta(),
        running_header: "Benchmark".into(),
        running_footer: String::new(),
        lang: "en-US".into(),
        words: partnerbook::pdf::Words::default(),
        blocks: vec![
            Block::Heading(Heading::new(1, "Big table")),
            Block::Table(big_table(10_000)),
        ],
    };
    let runs = 5;
    let mut times = Vec::new();
    let mut pages = 0;
    let mut bytes = 0;
    let cpu0 = cpu_seconds();
    for _ in 0..runs {
        let t = Instant::now();
        let out = render_with(&fonts, &doc)?;
        times.push(t.elapsed().as_secs_f64());
        pages = out.pages;
        bytes = out.bytes.len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "10,000 rows x 6 columns: {pages} pages, {bytes} bytes; wall best {:.3} s, median {:.3} s",
        times[0],
        times[runs / 2]
    );
    if let (Some(a), Some(b)) = (cpu0, cpu_seconds()) {
        println!("CPU time per render: {:.3} s", (b - a) / runs as f64);
    }
    Ok(())
}
