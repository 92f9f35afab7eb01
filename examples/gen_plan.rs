//! Generates a large, valid partnership plan for benchmarks and load tests.
//!
//! ```text
//! cargo run --release --example gen_plan -- --partners 10000 --decisions 1000 --pages 500 OUT_DIR
//! ```
//!
//! The plan is the example plan (`content/`, embedded in the library) plus generated
//! partners, decisions and handbook pages with varied but rule-abiding data: scores in
//! the band their landscape calls for, pipelines inside their tier's range, tier
//! commitments met, PAMs within capacity, sponsors for every platinum partner, decisions
//! supported by the matrix with consistent `supersedes` chains, and Markdown notes that
//! link to other partners, decisions, competitors, tiers and pages. Partners at a tier
//! carry `arr` and `new_customers`, plan.yaml's `partner_sourced_arr` is their sum and its
//! `costs` gain a line for the partner managers, so the economics are exercised (drawn from
//! a generator of their own, so the other fields are as without them). The output is
//! deterministic: the same arguments give the same files.

use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

type Res<T> = Result<T, Box<dyn Error>>;

/// What to generate.
struct Options {
    partners: usize,
    decisions: usize,
    pages: usize,
    out: PathBuf,
}

fn parse_args() -> Res<Options> {
    let mut o = Options {
        partners: 10_000,
        decisions: 1_000,
        pages: 500,
        out: PathBuf::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut count = || -> Res<usize> {
            let v = args.next().ok_or_else(|| format!("{a} needs a number"))?;
            Ok(v.parse()?)
        };
        match a.as_str() {
            "--partners" => o.partners = count()?,
            "--decisions" => o.decisions = count()?,
            "--pages" => o.pages = count()?,
            _ if a.starts_with("--") => return Err(format!("unknown option {a}").into()),
            _ => o.out = PathBuf::from(a),
        }
    }
    if o.out.as_os_str().is_empty() {
        return Err("usage: gen_plan [--partners N] [--decisions N] [--pages N] OUT_DIR".into());
    }
    Ok(o)
}

/// A small deterministic generator (xorshift64*), so the plan is reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }

    /// True with probability `pct` percent.
    fn chance(&mut self, pct: u64) -> bool {
        self.next() % 100 < pct
    }
}

const PREFIXES: &[&str] = &[
    "Apex",
    "Bluewater",
    "Cedar",
    "Delta",
    "Ember",
    "Fjord",
    "Granite",
    "Harbor",
    "Ironwood",
    "Juniper",
    "Keystone",
    "Lumen",
    "Meridian",
    "Northgate",
    "Oakridge",
    "Pinecrest",
    "Quarry",
    "Riverside",
    "Summit",
    "Tidewater",
    "Union",
    "Vertex",
    "Willow",
    "Yarrow",
    "Zenith",
];
const MIDDLES: &[&str] = &[
    "Data",
    "Risk",
    "Cloud",
    "Ledger",
    "Trust",
    "Insight",
    "Signal",
    "Bridge",
    "Compliance",
];
const SUFFIXES: &[&str] = &[
    "Partners",
    "Consulting",
    "Advisory",
    "Systems",
    "Group",
    "Labs",
    "Solutions",
];
const CITIES: &[&str] = &[
    "Oslo", "Lyon", "Austin", "Toronto", "Leeds", "Munich", "Porto", "Denver", "Utrecht", "Malmö",
    "Zürich", "Dublin", "Boston", "Gdańsk", "Seville",
];
const GEOGRAPHIES: &[&str] = &[
    "EU",
    "North America",
    "Nordics",
    "DACH",
    "United Kingdom",
    "Benelux",
    "Iberia",
];
const COMPETITORS: &[&str] = &["collibra", "alation", "informatica", "onetrust"];
const PAGES: &[&str] = &[
    "program-overview.md",
    "operations/deal-registration.md",
    "operations/mdf-claims.md",
    "playbooks/co-sell-playbook.md",
    "playbooks/tier-reviews.md",
];

/// A generated partner: its id, and whether it is platinum (needs a sponsor row).
struct GenPartner {
    id: String,
    platinum: bool,
}

fn main() -> Res<()> {
    let o = parse_args()?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let example = partnerbook::example::files();
    copy_example(&example, &o.out)?;
    let existing_partners: Vec<String> = example
        .iter()
        .filter_map(|(p, _)| p.strip_prefix("partners").ok())
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    let existing_decisions = example
        .iter()
        .filter(|(p, _)| p.starts_with("decisions"))
        .count();
    let mut ids = existing_partners.clone();
    let mut sponsors = String::new();
    let mut gold = 0usize;
    let mut econ = Economics::default();
    for i in 0..o.partners.saturating_sub(existing_partners.len()) {
        let (p, mut text) = partner(&mut rng, i, &ids, &mut gold);
        econ.add(i, &mut text);
        std::fs::write(o.out.join(format!("partners/{}.md", p.id)), text)?;
        if p.platinum {
            let _ = write!(
                sponsors,
                "  - partner: {}\n    partner_executive: Managing Partner, Data Risk\n    our_counterpart: VP Alliance GTM\n    cadence: Quarterly 1:1 + QBR\n",
                p.id
            );
        }
        ids.push(p.id);
    }
    append(&o.out.join("governance.yaml"), &sponsors)?;
    econ.write_plan(&example, &o.out.join("plan.yaml"))?;
    let first = existing_decisions + 1;
    let last = o.decisions.max(existing_decisions);
    let numbers = Numbers { first, last };
    for n in first..=last {
        let (name, text) = decision(&mut rng, n, &numbers, &ids);
        std::fs::write(o.out.join("decisions").join(name), text)?;
    }
    for n in 0..o.pages {
        let (rel, text) = page(&mut rng, n, &ids);
        let path = o.out.join("handbook").join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, text)?;
    }
    eprintln!(
        "wrote {} partners, {} decisions and {} generated pages to {}",
        ids.len(),
        last,
        o.pages,
        o.out.display()
    );
    Ok(())
}

/// The partners' `arr` and `new_customers`, and the plan's totals.
#[derive(Default)]
struct Economics {
    /// Partner-sourced ARR of the generated partners, in dollars.
    arr: u64,
    partners: u64,
}

impl Economics {
    /// Gives the partner of `text` (front matter then notes) ARR and customers by tier.
    fn add(&mut self, i: usize, text: &mut String) {
        let mut rng = Rng(0xD1B5_4A32_D192_ED03 ^ (i as u64 + 1).wrapping_mul(0x9E37_79B9));
        let (lo, hi) = if text.contains("\ntier: platinum\n") {
            (300, 900)
        } else if text.contains("\ntier: gold\n") {
            (80, 300)
        } else if text.contains("\ntier: silver\n") {
            (10, 80)
        } else if text.contains("\ntier: registered\n") {
            (1, 20)
        } else {
            return;
        };
        let arr = rng.range(lo, hi) * 1_000;
        let Some(end) = text.find("\n---\n").map(|e| e + 1) else {
            return;
        };
        let fields = format!(
            "arr: \"${}K\"\nnew_customers: {}\n",
            arr / 1_000,
            arr / 60_000
        );
        text.insert_str(end, &fields);
        self.arr += arr;
        self.partners += 1;
    }

    /// plan.yaml with `partner_sourced_arr` the partners' sum and a cost line for the
    /// partner managers (one per 40 partners at $140K).
    fn write_plan(&self, example: &[(PathBuf, &[u8])], path: &Path) -> Res<()> {
        let example_arr: u64 = example
            .iter()
            .filter(|(p, _)| p.starts_with("partners"))
            .filter_map(|(_, b)| std::str::from_utf8(b).ok())
            .filter_map(|t| t.lines().find_map(|l| l.strip_prefix("arr: ")))
            .filter_map(|v| {
                v.trim_matches('"')
                    .strip_prefix('$')?
                    .strip_suffix('K')?
                    .parse::<u64>()
                    .ok()
            })
            .sum::<u64>()
            * 1_000;
        let total = example_arr + self.arr;
        let plan = std::fs::read_to_string(path)?;
        let mut out = String::with_capacity(plan.len() + 64);
        for line in plan.lines() {
            if line.trim_start().starts_with("partner_sourced_arr:") {
                let _ = writeln!(
                    out,
                    "  partner_sourced_arr: \"${}.{:03}M\"",
                    total / 1_000_000,
                    total / 1_000 % 1_000
                );
                continue;
            }
            out.push_str(line);
            out.push('\n');
            if line == "  costs:" {
                let _ = writeln!(
                    out,
                    "    partner_managers: \"${}K\"",
                    self.partners.div_ceil(40) * 140
                );
            }
        }
        std::fs::write(path, out)?;
        Ok(())
    }
}

fn copy_example(files: &[(PathBuf, &[u8])], out: &Path) -> Res<()> {
    if out.join("plan.yaml").exists() {
        return Err(format!("{} already holds a plan", out.display()).into());
    }
    for (rel, bytes) in files {
        let path = out.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(())
}

fn append(path: &Path, text: &str) -> Res<()> {
    let mut s = std::fs::read_to_string(path)?;
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s.push_str(text);
    std::fs::write(path, s)?;
    Ok(())
}

fn ratings(rng: &mut Rng, lo: u64, hi: u64) -> [u64; 5] {
    [0; 5].map(|_| rng.range(lo, hi))
}

fn money(v: u64) -> String {
    if v >= 1_000_000 {
        format!("\"${}.{}M\"", v / 1_000_000, (v % 1_000_000) / 100_000)
    } else {
        format!("\"${}K\"", v / 1_000)
    }
}

/// Category, models and terms that go together.
fn category(rng: &mut Rng, landscape: char) -> (&'static str, &'static str, String) {
    let options: &[(&str, &str)] = match landscape {
        'A' => &[
            ("big4", "[co-sell, implementation]"),
            ("gsi", "[implementation, co-sell]"),
        ],
        'B' => &[
            ("boutique", "[referral, implementation]"),
            ("regional-si", "[implementation, reseller]"),
            ("isv", "[technology-alliance, co-sell]"),
        ],
        _ => &[
            ("advisor", "[referral]"),
            ("reseller", "[reseller]"),
            ("boutique", "[referral]"),
        ],
    };
    let (cat, models) = *rng.pick(options);
    let terms = if models.contains("referral") {
        format!("terms: {{referral_fee: {}%}}\n", rng.range(5, 15))
    } else if models.contains("reseller") {
        format!("terms: {{reseller_margin: {}%}}\n", rng.range(20, 40))
    } else {
        String::new()
    };
    (cat, models, terms)
}

/// One partner file: front matter that satisfies every rule, and linked notes.
fn partner(rng: &mut Rng, i: usize, ids: &[String], gold: &mut usize) -> (GenPartner, String) {
    let name = format!(
        "{} {} {} ({})",
        rng.pick(PREFIXES),
        rng.pick(MIDDLES),
        rng.pick(SUFFIXES),
        rng.pick(CITIES)
    );
    let id = format!("{}-{i}", slug(&name));
    let landscape = match rng.range(0, 9) {
        0 => 'A',
        1..=3 => 'B',
        _ => 'C',
    };
    let (tier, target, r) = match landscape {
        'A' => {
            let tier = *rng.pick(&["platinum", "gold", "prospect", "prospect", "prospect"]);
            (tier, "platinum", ratings(rng, 78, 98))
        }
        'B' => {
            let tier = *rng.pick(&["gold", "silver", "prospect"]);
            (tier, "gold", ratings(rng, 56, 90))
        }
        _ => {
            let tier = *rng.pick(&["silver", "registered", "registered", "prospect"]);
            let target = if tier == "silver" {
                "silver"
            } else {
                "registered"
            };
            (tier, target, ratings(rng, 25, 80))
        }
    };
    let (cat, models, terms) = category(rng, landscape);
    let status = match (tier, landscape) {
        ("prospect", 'A') => *rng.pick(&["prospect", "recruiting"]),
        ("prospect", _) => "prospect",
        _ => *rng.pick(&["active", "active", "active", "paused"]),
    };
    let mut s = format!(
        "---\nname: {name}\nlandscape: {landscape}\ncategory: {cat}\npractice: Data governance and regulatory change\ngeography: [{}, {}]\nmodels: {models}\ntier: {tier}\ntarget_tier: {target}\nstatus: {status}\nscores:\n  icp_overlap: {}\n  market_influence: {}\n  practice_alignment: {}\n  partnership_appetite: {}\n  revenue_potential: {}\n",
        rng.pick(GEOGRAPHIES), rng.pick(CITIES), r[0], r[1], r[2], r[3], r[4]
    );
    s.push_str(&tier_fields(rng, tier, gold));
    s.push_str(&terms);
    if tier == "prospect" && landscape == 'A' && rng.chance(5) {
        let _ = writeln!(s, "locked_to: {}", rng.pick(COMPETITORS));
    }
    s.push_str("---\n");
    s.push_str(&notes(rng, &name, tier, ids));
    (
        GenPartner {
            id,
            platinum: tier == "platinum",
        },
        s,
    )
}

/// Pipeline, certification, commitments, MDF and PAM meeting the tier's requirements.
fn tier_fields(rng: &mut Rng, tier: &str, gold: &mut usize) -> String {
    let mut s = String::new();
    let month = rng.range(9, 11);
    let day = rng.range(1, 28);
    match tier {
        "platinum" => {
            let _ = write!(
                s,
                "pipeline: {}\ncertified_individuals: {}\ndedicated_practice: true\ncommitments:\n  joint_business_plan: signed\n  qbr: true\n  gtm_activities: {}\n  named_pam: true\nmdf: \"$150K\"\npam: pam-platinum-{}\nlast_qbr: 2026-{month:02}-{day:02}\nlast_tier_review: 2026-{month:02}-{day:02}\n",
                money(rng.range(21, 50) * 100_000),
                rng.range(5, 15),
                rng.range(4, 8),
                rng.range(0, 999)
            );
        }
        "gold" => {
            *gold += 1;
            let _ = write!(
                s,
                "pipeline: {}\ncertified_individuals: {}\ndedicated_practice: {}\ncommitments:\n  joint_business_plan: {}\n  qbr: true\n  gtm_activities: {}\n  named_pam: {}\nmdf: \"$50K\"\npam: pam-gold-{}\nlast_qbr: 2026-{month:02}-{day:02}\n",
                money(rng.range(5, 19) * 100_000),
                rng.range(3, 8),
                rng.chance(30),
                rng.pick(&["signed", "draft"]),
                rng.range(2, 5),
                rng.chance(50),
                *gold / 4
            );
        }
        "silver" => {
            let _ = write!(
                s,
                "pipeline: {}\ncertified_individuals: {}\ncommitments:\n  joint_business_plan: none\n  qbr: false\n  gtm_activities: {}\n  named_pam: false\n",
                money(rng.range(10, 49) * 10_000),
                rng.range(1, 4),
                rng.range(0, 2)
            );
        }
        "registered" => {
            let _ = write!(
                s,
                "pipeline: {}\ncertified_individuals: {}\n",
                money(rng.range(1, 9) * 10_000),
                rng.range(0, 2)
            );
        }
        _ => {}
    }
    s
}

fn notes(rng: &mut Rng, name: &str, tier: &str, ids: &[String]) -> String {
    let other = rng.pick(ids);
    let competitor = rng.pick(COMPETITORS);
    let page = rng.pick(PAGES);
    let tier_link = if tier == "prospect" {
        "registered"
    } else {
        tier
    };
    format!(
        "{name} runs regulatory data programmes for mid-market banks and insurers, and often meets\n\
         [{other}](partner:{other}) on the same accounts. Its current benefits follow the\n\
         [{tier_link} tier](tier:{tier_link}).\n\n\
         Watch for [{competitor}](competitor:{competitor}) in shared deals, and follow the\n\
         [handbook]({path}) for every joint opportunity.\n",
        path = format_args!("../handbook/{page}")
    )
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Criteria that make the matrix support each kind of decision.
const CRITERIA: [(&str, &str); 4] = [
    ("BUILD", "  core_differentiation: true\n  engineering_capacity: true\n  build_months: 8\n"),
    ("PARTNER", "  adjacent: true\n  strong_partner_serves_icp: true\n  partner_economics_positive: true\n  build_months: 12\n"),
    ("ACQUIRE", "  core_differentiation: true\n  critical_to_market_position: true\n  build_months: 24\n  acquisition_target_in_budget: true\n"),
    ("PARTNER", "  new_market_entry: true\n  partner_local_presence: true\n  strong_partner_serves_icp: true\n"),
];

/// The decision numbers generated: `first..=last`.
struct Numbers {
    first: usize,
    last: usize,
}

/// Decision `n`: every tenth is superseded by the next one.
fn decision(rng: &mut Rng, n: usize, range: &Numbers, ids: &[String]) -> (String, String) {
    let id = format!("D-{n:03}");
    let (kind, criteria) = CRITERIA[n % CRITERIA.len()];
    let superseded = n.is_multiple_of(10) && n < range.last;
    let supersedes = if n % 10 == 1 && n > range.first {
        format!("D-{:03}", n - 1)
    } else {
        "null".to_string()
    };
    let status = if superseded {
        "superseded"
    } else {
        *rng.pick(&["active", "active", "proposed"])
    };
    let partner = rng.pick(ids);
    let extra = match kind {
        "PARTNER" => format!("partner_considered: {partner}\n"),
        "ACQUIRE" => "acquisition_target: Lineage startup in the approved budget\n".to_string(),
        _ => String::new(),
    };
    let text = format!(
        "---\nid: {id}\ntitle: Capability {n}\ndecision: {kind}\nstatus: {status}\ncriteria:\n{criteria}{extra}decided: 2026-{:02}-{:02}\nreview_date: 2027-{:02}-{:02}\nsupersedes: {supersedes}\n---\n\
         Capability {n} matters to regulated buyers in our ICP, and the matrix supports a {kind} answer.\n\
         The option was weighed against [{partner}](partner:{partner}) and the cost of building it ourselves.\n",
        rng.range(1, 10),
        rng.range(1, 28),
        rng.range(1, 12),
        rng.range(1, 28)
    );
    (format!("{id}-capability-{n}.md"), text)
}

/// Handbook page `n`, in sections of 20, linking to its neighbour and a partner.
fn page(rng: &mut Rng, n: usize, ids: &[String]) -> (String, String) {
    let section = n / 20;
    let mut body = format!(
        "---\ntitle: Procedure {n}\nweight: {}\ndescription: Generated procedure page {n}\n---\n\
         Procedure {n} describes one step of partner operations for the regional teams.\n\n",
        n % 20
    );
    if !n.is_multiple_of(20) {
        let _ = writeln!(
            body,
            "It follows the [previous procedure](page-{}.md).",
            n - 1
        );
    }
    let p = rng.pick(ids);
    let _ = writeln!(
        body,
        "The reference partner is [{p}](partner:{p}), see also the [program overview](../../program-overview.md)."
    );
    (format!("library/section-{section}/page-{n}.md"), body)
}
