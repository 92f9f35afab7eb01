//! Program economics and the forecast on the example plan: the Economics page, the
//! forecast on the dashboard and the thesis page, the pack's "Program economics" section
//! (read back with pdftotext), and the same figures, with the same rounding, in both.

use crate::support;

use partnerbook::project::{CheckOptions, Project};
use partnerbook::render::figures as fig;
use partnerbook::values::Date;
use support::{example_dir, main_element, require_tool, Cmd, PlanTest, TODAY};

/// The example plan's site and pack, built once for every test of this file.
fn built() -> &'static PlanTest {
    static BUILT: std::sync::OnceLock<PlanTest> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| PlanTest::example_built(&[]))
}

fn example_project() -> Project {
    let today = Date::parse(TODAY).ok();
    Project::load(&example_dir(), &CheckOptions { today }).expect("the example loads")
}

/// The pack's text as pdftotext extracts it (reading order, not layout).
fn pack_text(pdftotext: &std::path::Path) -> String {
    let out = Cmd::program(pdftotext)
        .arg(built().out("board-pack.pdf"))
        .arg("-")
        .run();
    out.expect_success();
    out.stdout
}

/// Every headline figure of the example, formatted as every output shows it.
fn headline_figures() -> Vec<String> {
    let pr = example_project();
    let e = &pr.analysis.economics;
    let sym = pr.plan.money_style();
    let f = &e.forecast;
    let v = f.verdict.expect("the example has a verdict");
    let files = partnerbook::site::theme::catalog_files(None).unwrap_or_else(|e| panic!("{e}"));
    let lang = &partnerbook::i18n::Lang::load("en-US", &files).unwrap_or_else(|e| panic!("{e}"));
    vec![
        fig::money(e.partner_arr, sym, lang),
        fig::money(e.program_cost, sym, lang),
        fig::money(e.returns, sym, lang),
        fig::percent(e.roi, lang),
        fig::money(e.partner_cac, sym, lang),
        fig::money(e.direct_cac, sym, lang),
        fig::money(f.thesis_target, sym, lang),
        fig::money(f.required, sym, lang),
        fig::money(f.forecast, sym, lang),
        v.shortfall().display(sym),
        e.mdf.display(sym),
        e.payouts.display(sym),
    ]
}

#[test]
fn the_example_figures_are_the_hand_computed_ones() {
    // $3.1M of partner ARR × 80 % = $2.48M against $1.27M of cost lines + $700K MDF +
    // $76.85K payouts (shown $76.9K: halves round away from zero) = $2.047M: ROI
    // 21.2 %; 52 new customers: CAC $39.4K. The path runs
    // from $3.1M to 35 % × $60M = $21M by the end of 2029: $9.067M required in 2027,
    // against a forecast of $3.1M + 35 % × $16.47M = $8.8645M, $202.2K short.
    assert_eq!(
        headline_figures(),
        [
            "$3.1M", "$2.05M", "$2.48M", "21.2%", "$39.36K", "$45K", "$21M", "$9.07M", "$8.86M",
            "$202.2K", "$700K", "$76.9K",
        ]
    );
}

#[test]
fn the_economics_page_shows_cost_return_roi_cac_and_breakdowns() {
    let html = built().read_out("economics.html");
    let main = main_element(&html);
    for text in [
        "Program economics",
        "Program cost",
        "21.2%",
        "$39.4K per partner-sourced customer, below the $45K of direct sales",
        "Team",
        "Market development funds (MDF)",
        "Partner payouts (referral fees, reseller margins)",
        "Economics by tier",
        "MDF and payouts by partner",
        "Harbor Risk Partners",
        "On track: the 2027 forecast of $8.86M partner-sourced ARR is $202.2K short of the $9.07M required this year",
        r#"aria-label="Pipeline by tier: Platinum $8.4M, Gold $6.7M"#,
        r#"aria-label="Partner-sourced ARR by landscape: A · Strategic $2.3M"#,
        "By model (first listed)",
        "By geography (first listed)",
    ] {
        assert!(main.contains(text), "economics page lacks {text:?}");
    }
    assert!(!main.contains("not given"), "the example gives every input");
    let nav = &html[..html.find("<main").unwrap_or(0)];
    assert!(
        nav.contains(r#"href="economics.html""#),
        "Economics is in the nav"
    );
}

#[test]
fn dashboard_and_thesis_show_the_target_path_against_the_forecast() {
    let path = "Target path: Now $3.1M, End of 2027 $9.1M, End of 2028 $15M, End of 2029 $21M; forecast: End of 2027 $8.9M";
    for page in ["index.html", "thesis.html"] {
        let html = built().read_out(page);
        let main = main_element(&html);
        assert!(main.contains(path), "{page} lacks the path chart");
        // The same numbers in a table beside the chart, for screen readers.
        assert!(
            main.contains("<th scope=\"row\">End of 2027</th>"),
            "{page} lacks the path table"
        );
        assert!(main.contains("On track"), "{page} lacks the verdict");
    }
    let home = built().read_out("index.html");
    assert!(main_element(&home).contains("Program ROI"));
}

#[test]
fn the_roadmap_page_shows_the_later_years() {
    let html = built().read_out("roadmap.html");
    let main = main_element(&html);
    for text in [
        "Beyond 2027",
        "Geographic expansion",
        "Ecosystem at scale",
        "id=\"y2028-1\"",
    ] {
        assert!(main.contains(text), "roadmap page lacks {text:?}");
    }
}

#[test]
fn the_pack_has_a_program_economics_section() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let text = pack_text(&pdftotext);
    let squeezed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "Program economics",
        "Forecast against the thesis: On track",
        "On track: the 2027 forecast of $8.86M partner-sourced ARR is $202.2K short of the $9.07M required this year",
        "Closing the gap takes $577.6K more pipeline",
        "Target path and forecast",
        "Economics by tier",
        "Where the pipeline and ARR are",
        "PROGRAM ROI",
        "ON TRACK FOR 2027",
        "Beyond 2027: the multi-year roadmap",
        "Ecosystem at scale",
    ] {
        assert!(squeezed.contains(needle), "pack lacks {needle:?}");
    }
    let summary = squeezed.find("Board summary").unwrap_or(usize::MAX);
    let economics = squeezed.rfind("Program economics").unwrap_or(0);
    let landscape = squeezed.rfind("Partner landscape").unwrap_or(0);
    assert!(
        summary < economics && economics < landscape,
        "economics follows the summary"
    );
}

/// The site's and the pack's figures agree: each headline figure, formatted once by
/// `render::figures`, is on the economics page and in the pack, and every value of the
/// page's figure tiles is in the pack.
#[test]
fn site_and_pack_show_the_same_figures() {
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let pack = pack_text(&pdftotext);
    let html = built().read_out("economics.html");
    let page = main_element(&html);
    for f in headline_figures() {
        assert!(page.contains(&f), "the economics page lacks {f}");
        assert!(pack.contains(&f), "the pack lacks {f}");
    }
    let tiles: Vec<&str> = page
        .split("<p class=\"kpi-value")
        .skip(1)
        .filter_map(|s| s.split_once('>').map(|(_, rest)| rest))
        .filter_map(|s| s.split_once("</p>").map(|(v, _)| v.trim()))
        .collect();
    assert_eq!(tiles.len(), 4, "{tiles:?}");
    for v in tiles {
        assert!(pack.contains(v), "the pack lacks the site's figure {v}");
    }
}

#[test]
fn a_plan_without_the_economics_fields_builds_and_says_not_given() {
    let t = PlanTest::with(&[
        support::replace(
            "plan.yaml",
            "  gross_margin: 80%\n  win_rate: 35%\n  direct_cac: \"$45K\"\n  costs:\n    team: \"$950K\"\n    events: \"$160K\"\n    platform: \"$90K\"\n    enablement: \"$70K\"\n",
            "",
        ),
    ]);
    let checked = t.checked();
    assert!(checked.errors().is_empty(), "{}", checked.listing());
    assert!(checked.of_rule("thesis.on-track").is_empty());
    t.build(&["--no-pdf"]).expect_success();
    let html = t.read_out("economics.html");
    let main = main_element(&html);
    for text in [
        "not given",
        "write program.costs in plan.yaml",
        "write program.gross_margin in plan.yaml",
        "write program.win_rate in plan.yaml",
        "write program.direct_cac in plan.yaml",
    ] {
        assert!(main.contains(text), "economics page lacks {text:?}");
    }
    // Cost, return, ROI and CAC: each "not given", never 0.
    assert_eq!(
        main.matches("<p class=\"kpi-value \">not given</p>")
            .count(),
        4,
        "{main}"
    );
}

#[test]
fn init_writes_the_economics_of_the_example() {
    let t = PlanTest::init();
    let plan = t.read("plan.yaml");
    assert!(plan.contains("gross_margin: 80%") && plan.contains("  costs:"));
    assert!(t.read("partners/deloitte.md").contains("arr: \"$820K\""));
    assert!(t.read("roadmap.yaml").contains("later:"));
}
