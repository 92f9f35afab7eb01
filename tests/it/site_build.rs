//! Whole-site properties of `partnerbook build`: every internal link resolves, two
//! builds are byte-identical, and a failed build leaves the previous output as it was.

use crate::support;

use support::{check_links, tree, PlanTest, Tree};

/// Asserts that no file of `before` changed or was rewritten, and none was added.
fn assert_untouched(before: &Tree, after: &Tree) {
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (k, (bytes, mtime)) in before {
        let (b2, m2) = &after[k];
        assert!(bytes == b2, "{k} changed");
        assert_eq!(mtime, m2, "{k} was rewritten");
    }
}

#[test]
fn every_internal_link_and_anchor_resolves() {
    let s = PlanTest::example_built(&[]);
    let (checked, problems) = check_links(s.output());
    assert!(checked > 1000, "only {checked} links checked");
    assert!(
        problems.is_empty(),
        "{} broken links:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn links_resolve_under_a_base_url_too() {
    let s = PlanTest::example_built(&["--base-url", "https://intranet.example/partners/"]);
    let (_, problems) = check_links(s.output());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn two_builds_are_byte_identical() {
    let a = PlanTest::example_built(&[]);
    let b = PlanTest::example_built(&[]);
    let (ta, tb) = (tree(a.output()), tree(b.output()));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (k, (bytes, _)) in &ta {
        assert!(bytes == &tb[k].0, "{k} differs between builds");
    }
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let t = PlanTest::example_built(&[]);
    let before = tree(t.output());
    // break the plan: a link to a partner that does not exist
    t.replace(
        "handbook/program-overview.md",
        "(tier:platinum)",
        "(partner:nobody)",
    );
    t.build(&[])
        .expect_code(1)
        .stderr_has("error[ref.unknown]")
        .stderr_has("handbook/program-overview.md:");
    assert_untouched(&before, &tree(t.output()));
    // nothing was written next to the output or into the content directory
    let mut top: Vec<String> = std::fs::read_dir(t.root())
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    top.sort();
    assert_eq!(top, ["content", "output"]);
    assert!(!t.path("output").exists());
}

#[test]
fn a_link_leaving_the_content_directory_is_an_error() {
    let t = PlanTest::example();
    let page = "handbook/operations/onboarding.md";
    let text = t.read(page);
    t.write(
        page,
        format!("{text}\nSee [the secrets](../../../secrets.md).\n"),
    );
    t.build(&[])
        .expect_code(1)
        .stderr_has("error[ref.unknown]")
        .stderr_has("onboarding.md:");
    assert!(!t.output().exists(), "nothing is written on errors");
}

#[test]
fn refuses_a_directory_it_did_not_write() {
    let t = PlanTest::example();
    t.write_beside("mine/notes.txt", "keep me");
    let out = t.root().join("mine");
    t.build_to(&out, &[]).expect_code(2);
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt"))
            .ok()
            .as_deref(),
        Some("keep me")
    );
}

#[test]
fn rebuilding_removes_pages_of_deleted_items() {
    let t = PlanTest::example_built(&[]);
    assert!(t.out("handbook/operations/partner-exit.html").is_file());
    // remove a handbook page and the links to it
    t.remove("handbook/operations/partner-exit.md");
    for f in [
        "handbook/operations/index.md",
        "handbook/operations/deal-registration.md",
        "handbook/playbooks/tier-reviews.md",
        "handbook/program-overview.md",
        "partners/oakmont-advisory.md",
    ] {
        let text = t.read(f).replace("partner-exit.md", "onboarding.md");
        t.write(f, text);
    }
    t.build(&[]).expect_success();
    assert!(!t.out("handbook/operations/partner-exit.html").exists());
    let (_, problems) = check_links(t.output());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_template_failing_halfway_through_leaves_the_previous_output_untouched() {
    let t = PlanTest::example_built(&[]);
    let before = tree(t.output());
    // Pages are staged on disk while others still render: a partner page template
    // that fails at render time must not leave any of them behind.
    t.write_beside(
        "theme/templates/partner.html",
        "{% extends \"base.html\" %}{% block content %}{{ v.no_such_field.x }}{% endblock content %}",
    );
    let theme = t.root().join("theme").to_string_lossy().into_owned();
    t.build(&["--theme", &theme])
        .expect_code(2)
        .stderr_has("partner.html");
    assert_untouched(&before, &tree(t.output()));
    assert!(!t.out(".partnerbook-staging").exists());
}

/// A theme written for Tera 1 stops the build at its file and line, with the Tera 2
/// form in a help line, and leaves the previous output as it was.
#[test]
fn a_tera1_theme_names_its_file_and_line() {
    let t = PlanTest::example_built(&[]);
    let before = tree(t.output());
    t.write_beside(
        "theme/templates/tiers.html",
        "{% extends \"base.html\" %}\n{% import \"macros.html\" as m %}\n{% block content %}{{ m::chip(c=v.tiers) }}{% endblock content %}\n",
    );
    let theme = t.root().join("theme");
    let at = format!(
        "{}:2:4: Unknown tag",
        theme.join("templates/tiers.html").display()
    );
    t.build(&["--theme", &theme.to_string_lossy()])
        .expect_code(2)
        .stderr_has(&at)
        .stderr_has("help: Tera 2 has no `import`");
    assert_untouched(&before, &tree(t.output()));
}

#[test]
fn timings_name_every_step() {
    let t = PlanTest::example();
    let o = t.build(&["--timings"]);
    o.expect_success();
    let err = &o.stderr;
    for step in [
        "timings: load + check",
        "timings: render site",
        "timings: render board pack",
        "timings: write",
    ] {
        assert!(err.contains(step), "no `{step}` in:\n{err}");
    }
}

/// A theme adds a language the way it adds a template: a plan in `pt-BR` takes the
/// theme's `locales/pt/` catalog for what it has, English for the rest, and CLDR's
/// Portuguese formats; `<html lang>` is the plan's locale.
#[test]
fn a_theme_adds_a_language() {
    let t = PlanTest::example();
    t.replace(
        "plan.yaml",
        "currency: USD",
        "currency: USD\n  locale: pt-BR",
    );
    t.write_beside(
        "theme/locales/pt/site.ftl",
        "not_found_title = Página não encontrada\n",
    );
    let theme = t.root().join("theme").to_string_lossy().into_owned();
    t.build(&["--theme", &theme, "--no-pdf"]).expect_success();
    let page = t.read_out("404.html");
    assert!(page.contains("<html lang=\"pt-BR\""), "{page}");
    assert!(page.contains("<h1>Página não encontrada</h1>"), "{page}");
    // a message the theme's catalog lacks is English, never its id
    assert!(page.contains("Go to the dashboard"), "{page}");
    assert!(!page.contains("not_found_home"), "{page}");
    // a catalog that does not parse stops the build at its file and line
    t.write_beside(
        "theme/locales/pt/site.ftl",
        "not_found_title = ok\n= broken\n",
    );
    t.build(&["--theme", &theme, "--no-pdf"])
        .expect_code(2)
        .stderr_has("locales/pt/site.ftl:2");
}
