//! The handbook site built from the example plan by the real binary: every page of
//! the handbook exists, shows the plan's numbers, and links to its related pages.

use crate::support;

use support::{example_dir, main_element, Cmd, PlanTest, TODAY};

/// The example plan's site, built once for every test of this file.
fn built() -> &'static PlanTest {
    static SITE: std::sync::OnceLock<PlanTest> = std::sync::OnceLock::new();
    SITE.get_or_init(|| PlanTest::example_built(&[]))
}

fn ids(dir: &str, ext: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(example_dir().join(dir))
        .expect("read content dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(ext).map(str::to_string))
        .collect();
    v.sort();
    v
}

#[test]
fn every_page_of_the_site_exists() {
    let s = built();
    for page in [
        "index.html",
        "thesis.html",
        "models.html",
        "landscape.html",
        "competitors.html",
        "tiers.html",
        "decisions.html",
        "okrs.html",
        "roadmap.html",
        "governance.html",
        "near-the-line.html",
        "traceability.html",
        "reviews.html",
        "validation.html",
        "search.html",
        "404.html",
        "handbook/index.html",
        "handbook/program-overview.html",
        "handbook/operations/index.html",
        "handbook/operations/deal-registration.html",
        "handbook/playbooks/co-sell-playbook.html",
        "assets/style.css",
        "assets/site.js",
        "assets/search-index.js",
        "search-index.json",
    ] {
        assert!(s.out(page).is_file(), "missing {page}");
    }
    for id in ids("partners", ".md") {
        assert!(
            s.out(&format!("partners/{id}.html")).is_file(),
            "missing partner page {id}"
        );
    }
    for file in ids("decisions", ".md") {
        let id = &file[..5];
        assert!(
            s.out(&format!("decisions/{id}.html")).is_file(),
            "missing decision page {id}"
        );
    }
    // the board pack is built beside the site and the home page links to it
    assert!(s.out("board-pack.pdf").is_file());
    assert!(s.page("index.html").contains("href=\"board-pack.pdf\""));
}

#[test]
fn home_shows_thesis_north_star_kpis_and_validation() {
    let home = built().page("index.html");
    assert!(
        home.contains("<strong>35%</strong> of total ARR within <strong>3 years</strong>"),
        "{home}"
    );
    assert!(home.contains("Partner-sourced ARR"));
    // KPI figures: partner-sourced ARR now and its target (35% of the $60M target)
    assert!(home.contains("$3.1M"));
    assert!(home.contains("target $21M (35% of $60M ARR)"));
    // the validation summary names each warning's file and line
    let check = Cmd::partnerbook()
        .args(["check", "--format", "json", "--today", TODAY, "--content"])
        .arg(example_dir())
        .run();
    let diags = check.json();
    let diags = diags.as_array().expect("array");
    for d in diags {
        let loc = format!(
            "{}:{}:{}",
            d["file"].as_str().unwrap_or(""),
            d["line"],
            d["column"]
        );
        let file = d["file"].as_str().unwrap_or("");
        let short = &loc[loc.find(file).unwrap_or(0)..];
        assert!(
            home.contains(short.rsplit('/').next().unwrap_or(short)),
            "dashboard lacks {loc}"
        );
        assert!(
            home.contains(d["rule"].as_str().unwrap_or("?")),
            "dashboard lacks rule {}",
            d["rule"]
        );
    }
}

#[test]
fn partner_page_links_to_everything_related() {
    let p = built().page("partners/deloitte.html");
    assert!(p.contains("<h1>Deloitte</h1>"));
    assert!(p.contains("89.05"), "computed score");
    assert!(
        p.contains("<svg class=\"chart composition\""),
        "score breakdown chart"
    );
    assert!(p.contains("band-priority"));
    assert!(
        p.contains("href=\"../competitors.html#collibra\""),
        "competitor holding it"
    );
    assert!(
        p.contains("href=\"../decisions/D-003.html\""),
        "decision naming it"
    );
    assert!(
        p.contains("VP Alliance, Risk Advisory"),
        "executive sponsor"
    );
    assert!(p.contains("href=\"../governance.html#sponsor-deloitte\""));
    assert!(p.contains("href=\"../tiers.html#platinum\""), "tier link");
    assert!(p.contains("href=\"../roadmap.html#q1-2\""), "roadmap item");
    assert!(
        p.contains("href=\"../handbook/playbooks/co-sell-playbook.html\""),
        "notes link rewritten"
    );
    assert!(!p.contains(".md\""), "no link to a Markdown file survives");
    assert!(!p.contains("href=\"partner:"), "plan links are rewritten");
}

/// A Gold partner's page shows its distance to Platinum, requirement by requirement,
/// each with its status as a word (not a colour alone) and what is missing in numbers.
#[test]
fn partner_page_shows_the_distance_to_the_next_tier() {
    let p = built().page("partners/workiva.html");
    let section = p
        .split("<section class=\"card\" id=\"next-tier\">")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .unwrap_or_else(|| panic!("no next-tier section"));
    assert!(
        section.contains("href=\"../tiers.html#platinum\""),
        "{section}"
    );
    assert!(
        section.contains(
            "3 of 7 Platinum requirements met; missing: $400K of pipeline, 1 certified \
             individual, a dedicated practice and 2 GTM activities a year."
        ),
        "{section}"
    );
    for cell in [
        "<td>$1.6M</td>",
        "at least $2M",
        "<td>$400K of pipeline</td>",
        "<span class=\"chip bad\">Missing</span>",
        "<span class=\"chip ok\">Met</span>",
    ] {
        assert!(section.contains(cell), "{cell} in {section}");
    }
    assert!(!p.contains("qbr/workiva.pdf"), "no QBR link without --qbr");
}

#[test]
fn landscape_ranks_every_partner_with_a_distribution_chart() {
    let l = built().page("landscape.html");
    assert!(l.contains("<svg class=\"chart distribution\""));
    for g in ["landscape-a", "landscape-b", "landscape-c", "scorecard"] {
        assert!(l.contains(&format!("id=\"{g}\"")), "{g}");
    }
    let scorecard = &l[l.find("id=\"scorecard\"").expect("scorecard")..];
    let rows: Vec<&str> = scorecard.split("<tr>").skip(2).collect();
    assert_eq!(rows.len(), ids("partners", ".md").len());
    assert!(
        rows[0].contains("partners/deloitte.html"),
        "rank 1 is the best score"
    );
    // scores descend down the scorecard
    let scores: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.split("<td class=\"num strong\">").nth(1))
        .filter_map(|r| r.split('<').next())
        .filter_map(|s| s.parse().ok())
        .collect();
    assert_eq!(scores.len(), rows.len());
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn decision_page_shows_the_matrix_evaluation() {
    let d = built().page("decisions/D-002.html");
    assert!(d.contains("The matrix supports PARTNER."));
    assert!(d.contains("href=\"../partners/workiva.html\""));
    assert!(d.contains("Adjacent to our product"));
    let log = built().page("decisions.html");
    for file in ids("decisions", ".md") {
        assert!(log.contains(&format!("href=\"decisions/{}.html\"", &file[..5])));
    }
}

#[test]
fn tiers_competitors_okrs_roadmap_governance() {
    let s = built();
    let tiers = s.page("tiers.html");
    for t in ["platinum", "gold", "silver", "registered", "review"] {
        assert!(tiers.contains(&format!("id=\"{t}\"")), "tiers #{t}");
    }
    assert!(tiers.contains("Recommend") || tiers.contains("Promotions"));
    assert!(
        tiers.contains("href=\"partners/pwc.html\""),
        "PwC's promotion is listed"
    );
    let comp = s.page("competitors.html");
    assert!(comp.contains("id=\"collibra\""));
    assert!(comp.contains("Capgemini"), "untracked firms are listed");
    assert!(comp.contains("Counter-strategy"));
    let okrs = s.page("okrs.html");
    assert!(okrs.contains("id=\"partner-pipeline\""));
    assert!(okrs.contains("<svg class=\"chart progress\""));
    let roadmap = s.page("roadmap.html");
    for q in ["q1", "q2", "q3", "q4"] {
        assert!(roadmap.contains(&format!("id=\"{q}\"")), "{q}");
    }
    assert!(roadmap.contains("Foundation") && roadmap.contains("Acceleration"));
    let gov = s.page("governance.html");
    assert!(gov.contains("New partnership approval"));
    assert!(gov.contains("raci-letter raci-a"));
    assert!(gov.contains("Monthly 1:1 + QBR"));
}

#[test]
fn analyses_have_their_pages() {
    let s = built();
    let near = s.page("near-the-line.html");
    assert!(near.contains("Within 3 points of a threshold"));
    let trace = s.page("traceability.html");
    assert!(trace.contains("id=\"orphans\""));
    assert!(trace.contains("Platinum partners in no roadmap item"));
    let reviews = s.page("reviews.html");
    assert!(reviews.contains("Overdue reviews"));
}

#[test]
fn handbook_has_sections_navigation_and_heading_anchors() {
    let s = built();
    let page = s.page("handbook/playbooks/co-sell-playbook.html");
    assert!(page.contains("<h2 id=\"account-selection\">"));
    assert!(
        page.contains("href=\"#account-selection\""),
        "on-this-page list"
    );
    assert!(page.contains("href=\"../../handbook/operations/deal-registration.html\""));
    assert!(page.contains("href=\"../../partners/deloitte.html\""));
    assert!(
        page.contains("aria-current=\"page\""),
        "sidebar marks the page"
    );
    assert!(page.contains("<nav class=\"crumbs\""));
    let index = s.page("handbook/index.html");
    assert!(index.contains("href=\"../handbook/program-overview.html\""));
    assert!(index.contains("href=\"../handbook/operations/index.html\""));
    // sections are ordered by weight: overview (10) before operations (20) in the sidebar
    let home = s.page("index.html");
    let (a, b) = (home.find("Program overview"), home.find(">Operations<"));
    assert!(a.is_some() && b.is_some() && a < b);
}

#[test]
fn search_index_covers_partners_decisions_competitors_and_pages() {
    let s = built();
    let json: serde_json::Value =
        serde_json::from_str(&s.page("search-index.json")).expect("search index is JSON");
    let entries = json.as_array().expect("array");
    let kinds = |k: &str| entries.iter().filter(|e| e["k"] == k).count();
    assert_eq!(kinds("Partner"), ids("partners", ".md").len());
    assert_eq!(kinds("Decision"), ids("decisions", ".md").len());
    assert!(kinds("Competitor") >= 3);
    assert!(kinds("Handbook") >= 8);
    for e in entries {
        let url = e["u"].as_str().expect("url");
        let file = url.split('#').next().unwrap_or(url);
        assert!(s.out(file).is_file(), "search result {url} does not exist");
    }
    let js = s.page("assets/search-index.js");
    assert!(js.starts_with("window.PARTNERBOOK_SEARCH=["));
}

#[test]
fn raw_html_is_sanitized() {
    let t = PlanTest::example();
    t.write(
        "handbook/unsafe.md",
        "---\ntitle: Unsafe\n---\n# Heading {onclick=alert(1)}\n\n<script>alert('x')</script>\n\n\
         <img src=\"x.png\" onerror=\"alert(2)\"> <a href=\"javascript:alert(3)\">click</a>\n\n\
         <p onmouseover=\"alert(4)\">hover</p>\n\n<img src=\"https://tracker.example/p.gif\">\n\n\
         - [x] done task\n\n[ok](partner:deloitte)\n",
    );
    t.build(&[]).expect_success();
    let html = t.page("handbook/unsafe.html");
    let body = &html[html.find("<div class=\"prose\">").expect("prose")..];
    let body = &body[..body.find("</article>").expect("end")];
    for bad in [
        "<script",
        "onerror",
        "onclick",
        "onmouseover",
        "javascript:",
        "tracker.example",
    ] {
        assert!(!body.contains(bad), "`{bad}` reached the page:\n{body}");
    }
    assert!(
        body.contains("href=\"../partners/deloitte.html\""),
        "{body}"
    );
    assert!(
        body.contains("type=\"checkbox\""),
        "task lists survive sanitizing"
    );
}

#[test]
fn base_url_sets_canonical_links_and_keeps_links_relative() {
    let s = PlanTest::example_built(&["--base-url", "/partners-handbook/"]);
    let p = s.page("partners/deloitte.html");
    assert!(
        p.contains("<link rel=\"canonical\" href=\"/partners-handbook/partners/deloitte.html\">")
    );
    assert!(p.contains("href=\"../landscape.html\""));
    let nf = s.page("404.html");
    assert!(nf.contains("<base href=\"/partners-handbook/\">"));
}

#[test]
fn theme_directory_overrides_single_files() {
    let t = PlanTest::example();
    t.write_beside("theme/assets/style.css", "body{color:red}")
        .write_beside(
        "theme/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<p>Custom missing page</p>{% endblock content %}",
    );
    let theme = t.root().join("theme").display().to_string();
    t.build(&["--theme", &theme]).expect_success();
    assert_eq!(t.page("assets/style.css"), "body{color:red}");
    assert!(t.page("404.html").contains("Custom missing page"));
    // everything else still comes from the default theme
    assert!(t.page("assets/site.js").contains("PARTNERBOOK_SEARCH"));
    assert!(t.page("index.html").contains("kpi-grid"));
}

/// The `<main>` of the key pages of the example site, so a change in what readers see
/// shows up in review (`tests/it/snapshots/it__site__main-*.snap`).
#[test]
fn key_pages_match_the_snapshots() {
    let s = built();
    for (name, page) in [
        ("home", "index.html"),
        ("partner", "partners/deloitte.html"),
        ("landscape", "landscape.html"),
        ("tiers", "tiers.html"),
        ("decisions", "decisions.html"),
        ("okrs", "okrs.html"),
    ] {
        let html = s.page(page);
        insta::assert_snapshot!(format!("main-{name}"), main_element(&html));
    }
}
