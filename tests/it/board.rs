//! The board pack as a board paper (SPEC §9): the one-page summary (scorecard, asks,
//! risks) on the example plan and on a large plan, the same figures on the dashboard,
//! numbers that add up, exited and locked partners, the classification footer, and
//! "Since the last board meeting" when the plan is the newest tagged snapshot.

use crate::support::{self, git, require_tool, Cmd, PlanTest};
use std::path::Path;

/// The pages of a PDF as `pdftotext -layout` extracts them.
fn pages(pdftotext: &Path, pdf: &Path) -> Vec<String> {
    let out = Cmd::program(pdftotext)
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .run();
    out.expect_success();
    out.stdout.split('\u{c}').map(str::to_string).collect()
}

/// The example plan built, and its pack's pages; `None` without pdftotext.
fn example_pages() -> Option<(PlanTest, Vec<String>)> {
    let pdftotext = require_tool("pdftotext")?;
    let t = PlanTest::example();
    t.build(&[]).expect_success();
    let pages = pages(&pdftotext, &t.out("board-pack.pdf"));
    Some((t, pages))
}

fn summary_page(pages: &[String]) -> &str {
    pages
        .iter()
        .find(|p| p.contains("Board summary") && p.contains("Scorecard against"))
        .map(String::as_str)
        .expect("a page with the board summary and its scorecard")
}

#[test]
fn the_summary_is_one_page_with_scorecard_asks_and_risks() {
    let Some((_plan, pages)) = example_pages() else {
        return;
    };
    let page = summary_page(&pages);
    for needle in [
        "Scorecard against the 2027 plan",
        "Partner-sourced ARR, 2027 forecast",
        "Platinum partners signed",
        "For decision",
        "D-007",
        "Approve: PARTNER with ServiceNow",
        "Promote to Platinum",
        "Risks",
        "locked to Informatica",
        "Owner",
        "On track",
        "At risk",
    ] {
        assert!(
            page.contains(needle),
            "{needle:?} not on the summary page:\n{page}"
        );
    }
    // Status words come with a shape, so they survive greyscale print.
    assert!(
        page.contains("● On track") && page.contains("▲ At risk"),
        "{page}"
    );
    // Business words only: no rule id or file path.
    for leak in [
        "tier.fit",
        "decision.review",
        ".md",
        ".yaml",
        "thesis.on-track",
    ] {
        assert!(!page.contains(leak), "{leak:?} on the summary:\n{page}");
    }
    // The page after it is not the summary's overflow.
    let at = pages
        .iter()
        .position(|p| p.contains("Scorecard against"))
        .unwrap_or(0);
    let next = &pages[at + 1];
    assert!(
        next.contains("Contents") && !next.contains("Owner"),
        "the summary spills onto the next page:\n{next}"
    );
    // Every page but the cover carries the classification.
    for (i, p) in pages
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, p)| !p.trim().is_empty())
    {
        assert!(
            p.contains("Confidential — board of directors only"),
            "page {} has no classification footer",
            i + 1
        );
    }
    // The cover names the meeting and the purpose.
    assert!(
        pages[0].contains("Board meeting of January 20, 2027"),
        "{}",
        pages[0]
    );
    assert!(pages[0].contains("For decision: 1 item"), "{}", pages[0]);
}

#[test]
fn the_body_is_at_most_ten_pages() {
    let Some((_plan, pages)) = example_pages() else {
        return;
    };
    let contents = pages
        .iter()
        .position(|p| p.contains("Contents"))
        .expect("contents");
    let appendix = pages
        .iter()
        .position(|p| p.lines().any(|l| l.trim() == "Appendix"))
        .expect("appendix");
    let body = appendix - contents - 1;
    assert!(body <= 10, "{body} body pages");
}

#[test]
fn the_dashboard_leads_with_the_same_scorecard_and_asks() {
    let Some((t, pages)) = example_pages() else {
        return;
    };
    let page = summary_page(&pages);
    let home = t.read_out("index.html");
    let board = home
        .find("id=\"board\"")
        .expect("a board section on the dashboard");
    let thesis = home.find("id=\"thesis\"").expect("the thesis section");
    assert!(board < thesis, "the board summary leads the dashboard");
    for figure in [
        "$8.86M",
        "$9.07M",
        "−$0.21M (−2.2%)",
        "$16.5M",
        "21.2%",
        "D-007",
    ] {
        assert!(page.contains(figure), "{figure:?} not in the pack:\n{page}");
        assert!(home.contains(figure), "{figure:?} not on the dashboard");
    }
}

/// The amounts on the economics page add up: cost lines to the total shown, and the ROI
/// to the return and cost shown, within half a point.
#[test]
fn the_numbers_on_the_economics_page_add_up() {
    let Some((_plan, pages)) = example_pages() else {
        return;
    };
    let page = pages
        .iter()
        .find(|p| p.contains("Program cost") && p.contains("Cost line"))
        .expect("the cost table");
    let amount = |s: &str| -> f64 {
        let s = s.trim().trim_start_matches('$');
        let (n, mult) = match s.chars().last() {
            Some('M') => (&s[..s.len() - 1], 1e6),
            Some('K') => (&s[..s.len() - 1], 1e3),
            _ => (s, 1.0),
        };
        n.replace(',', "").parse::<f64>().unwrap_or(f64::NAN) * mult
    };
    let mut lines = 0.0;
    let mut total = None;
    let table = page.split("Cost line").nth(1).unwrap_or_default();
    for l in table.lines() {
        let words: Vec<&str> = l.split_whitespace().collect();
        let Some(money) = words.iter().rev().nth(1).filter(|w| w.starts_with('$')) else {
            continue;
        };
        if l.trim_start().starts_with("Program cost") {
            total = Some(amount(money));
            break;
        }
        lines += amount(money);
    }
    let total = total.expect("a Program cost row");
    assert!(
        (lines - total).abs() <= 0.005 * total,
        "cost lines add to {lines}, the total shows {total}\n{page}"
    );
    // "The program returns $2.48M of gross profit ... for a cost of $2.05M: an ROI of 21.2%."
    let lead = page
        .lines()
        .skip_while(|l| !l.contains("The program returns"))
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let grab = |after: &str| -> f64 {
        let rest = &lead[lead.find(after).expect(after) + after.len()..];
        amount(
            rest.split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(':'),
        )
    };
    let (ret, cost) = (grab("returns "), grab("cost of "));
    let roi: f64 = lead
        .split("ROI of ")
        .nth(1)
        .and_then(|r| r.split('%').next())
        .and_then(|r| r.trim().parse().ok())
        .expect("ROI");
    let again = (ret - cost) / cost * 100.0;
    assert!(
        (again - roi).abs() <= 0.5,
        "{ret} on {cost} is {again:.2}%, shown {roi}%"
    );
}

#[test]
fn exited_partners_are_counted_nowhere_and_never_ranked() {
    let t = PlanTest::example();
    t.build(&[]).expect_success();
    // The pack's cover counts 23 partners and names the exited one apart.
    let out = t
        .partnerbook(["export", "--format", "csv", "--today", support::TODAY])
        .arg("--content")
        .arg(t.content_arg())
        .run();
    out.expect_success();
    let rows: Vec<&str> = out.stdout.lines().collect();
    let last = rows.last().copied().unwrap_or_default();
    assert!(
        last.contains("oakmont-advisory"),
        "the exited partner is listed last: {last}"
    );
    assert!(last.starts_with(','), "and without a rank: {last}");
    let landscape = t.read_out("landscape.html");
    assert!(
        landscape.contains(">exited</td>"),
        "the landscape lists it unranked"
    );
    let partner = t.read_out("partners/oakmont-advisory.html");
    assert!(
        partner.contains("exited, not ranked"),
        "its page says it is not ranked"
    );
    let json = t
        .partnerbook(["export", "--format", "json", "--today", support::TODAY])
        .arg("--content")
        .arg(t.content_arg())
        .run()
        .json();
    let by_tier = &json["kpis"]["partners_by_tier"];
    let counted: u64 = ["platinum", "gold", "silver", "registered", "prospect"]
        .iter()
        .map(|k| by_tier[k].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(counted, 23, "{by_tier}");
}

#[test]
fn a_locked_priority_partner_is_not_an_available_target() {
    let Some((_plan, pages)) = example_pages() else {
        return;
    };
    let landscape = pages
        .iter()
        .find(|p| p.contains("Partner landscape") && p.contains("priority band"))
        .expect("the landscape section");
    assert!(
        landscape.contains("9 of 23 ranked partners score in the priority band"),
        "{landscape}"
    );
    assert!(
        landscape.contains("1 more is locked to a competitor"),
        "{landscape}"
    );
}

/// The pack rebuilt after the meeting's tag: the plan is the newest snapshot, so "Since
/// the last board meeting" shows what moved up to it from the snapshot before.
#[test]
fn since_the_last_meeting_when_the_plan_is_the_newest_tag() {
    let (Some(pdftotext), Some(_)) = (require_tool("pdftotext"), require_tool("git")) else {
        return;
    };
    let t = PlanTest::init();
    let root = t.root();
    support::git_init(root);
    let plan = t.read("plan.yaml");
    t.write(
        "plan.yaml",
        plan.replace("program:\n", "history:\n  tags: \"board/*\"\nprogram:\n"),
    );
    git(root, ["add", "-A"]);
    git(root, ["commit", "-q", "-m", "Q3 plan"]);
    git(root, ["tag", "board/2026-q3"]);
    t.replace(
        "partners/deloitte.md",
        "pipeline: \"$3.4M\"",
        "pipeline: \"$4.1M\"",
    );
    git(root, ["add", "-A"]);
    git(root, ["commit", "-q", "-m", "Q4 plan"]);
    git(root, ["tag", "board/2026-q4"]);
    t.build(&[]).expect_success();
    let text = pages(&pdftotext, &t.out("board-pack.pdf")).join("\n");
    let at = text
        .find("The plan is as tagged at")
        .expect("the section says the plan is the newest tag");
    let since = &text[at..];
    assert!(since.contains("as tagged at board/2026-q4"), "{since}");
    assert!(since.contains("board/2026-q3"), "{since}");
    assert!(
        since.contains("Deloitte"),
        "the change up to the tag is listed:\n{since}"
    );
    assert!(!since.contains("Nothing in the plan changed"), "{since}");
    // The summary's scorecard counts its changes from the same snapshot.
    let pages = pages(&pdftotext, &t.out("board-pack.pdf"));
    let summary = summary_page(&pages);
    assert!(summary.contains("Since board/2026-q3"), "{summary}");
    assert!(
        summary.contains("+$245K"),
        "the forecast moved by 35% of $700K:\n{summary}"
    );
    let history = t.read_out("history.html");
    assert!(
        history.contains("as tagged at board/2026-q4"),
        "the site says so too"
    );
}

/// 1,000 partners with long names, many locked to competitors, many outside their
/// tier's pipeline range (tier moves) and PAMs over capacity, plus 40 proposed
/// decisions: the summary still takes one page, and the rest goes to the appendix.
#[test]
fn the_summary_fits_one_page_on_a_thousand_partner_plan() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let t = PlanTest::example();
    let competitors = ["collibra", "alation", "informatica", "onetrust"];
    let tiers = ["silver", "registered", "prospect"];
    for i in 0..1000usize {
        let tier = tiers[i % 3];
        let locked = if i % 7 == 0 {
            format!("locked_to: {}\n", competitors[i % 4])
        } else {
            String::new()
        };
        let score = 40 + (i * 37) % 60;
        let pipeline = 50_000 + (i * 7_919) % 3_000_000;
        t.write(
            &format!("partners/gen-{i:04}.md"),
            format!(
                "---\nname: Generated Partner Number {i} of the Nordic and Baltic Regional Alliance\nlandscape: {}\ncategory: boutique\nmodels: [co-sell]\ntier: {tier}\nstatus: active\nscores:\n  icp_overlap: {score}\n  market_influence: {score}\n  practice_alignment: {score}\n  partnership_appetite: {score}\n  revenue_potential: {score}\npipeline: {pipeline}\ncertified_individuals: {}\npam: pam-{}\ninbound: true\n{locked}---\nNotes.\n",
                ["A", "B", "C"][(i / 3) % 3],
                1 + i % 8,
                i % 3,
            ),
        );
    }
    for d in 100..140 {
        t.write(
            &format!("decisions/D-{d}-generated.md"),
            format!(
                "---\nid: D-{d}\ntitle: A generated capability whose title is long enough to wrap in the summary table {d}\ndecision: PARTNER\nstatus: proposed\ncriteria:\n  adjacent: true\n  strong_partner_serves_icp: true\n  partner_economics_positive: true\npartner_considered: deloitte\ndecided: 2026-11-01\nreview_date: 2027-02-01\n---\nThe capability is adjacent to our product and a strong partner serves our buyers with it today, so partnering is faster than building. The economics are positive for both sides from the first year.\n"
            ),
        );
    }
    let ran = t.build(&[]);
    ran.expect_success();
    let pages = pages(&pdftotext, &t.out("board-pack.pdf"));
    let page = summary_page(&pages);
    for needle in [
        "Scorecard against",
        "For decision",
        "Risks",
        "Owner",
        "D-007",
    ] {
        assert!(
            page.contains(needle),
            "{needle:?} not on the summary page:\n{page}"
        );
    }
    assert!(
        page.contains("every ask is listed in the appendix"),
        "{page}"
    );
    let at = pages
        .iter()
        .position(|p| p.contains("Scorecard against"))
        .unwrap_or(0);
    assert!(
        pages[at + 1].contains("Contents"),
        "the summary spills:\n{}",
        pages[at + 1]
    );
    let text = pages.join("\n");
    assert!(text.contains("Asks of the board") && text.contains("Risk register"));
}
