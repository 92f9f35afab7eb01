//! Whole-site properties of `partnerbook build`: every internal link resolves, two
//! builds are byte-identical, and a failed build leaves the previous output as it was.

mod site_support;

use site_support::{build, check_links, copy_dir, example_dir, stderr, tree, Built};
use std::collections::BTreeMap;
use std::path::PathBuf;

type Tree = BTreeMap<String, (Vec<u8>, std::time::SystemTime)>;

/// A copy of the example plan in a temporary directory, and where its site goes.
fn example_copy() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().expect("tmp");
    let content = tmp.path().join("content");
    copy_dir(&example_dir(), &content);
    let out = tmp.path().join("site");
    (tmp, content, out)
}

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
    let s = Built::example(&[]);
    let (checked, problems) = check_links(&s.out);
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
    let s = Built::example(&["--base-url", "https://intranet.example/partners/"]);
    let (_, problems) = check_links(&s.out);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn two_builds_are_byte_identical() {
    let a = Built::example(&[]);
    let b = Built::example(&[]);
    let (ta, tb) = (tree(&a.out), tree(&b.out));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (k, (bytes, _)) in &ta {
        assert!(bytes == &tb[k].0, "{k} differs between builds");
    }
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let (tmp, content, out) = example_copy();
    let first = build(&content, &out, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = tree(&out);
    // break the plan: a link to a partner that does not exist
    let page = content.join("handbook/program-overview.md");
    let text = std::fs::read_to_string(&page).expect("read");
    std::fs::write(
        &page,
        text.replacen("(tier:platinum)", "(partner:nobody)", 1),
    )
    .expect("write");
    let second = build(&content, &out, &[]);
    assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
    let err = stderr(&second);
    assert!(err.contains("error[ref.unknown]"), "{err}");
    assert!(err.contains("handbook/program-overview.md:"), "{err}");
    assert_untouched(&before, &tree(&out));
    // nothing was written next to the output or into the content directory
    let mut top: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    top.sort();
    assert_eq!(top, ["content", "site"]);
    assert!(!content.join("site").exists());
}

#[test]
fn a_link_leaving_the_content_directory_is_an_error() {
    let tmp = tempfile::tempdir().expect("tmp");
    let content = tmp.path().join("content");
    copy_dir(&example_dir(), &content);
    let page = content.join("handbook/operations/onboarding.md");
    let mut text = std::fs::read_to_string(&page).expect("read");
    text.push_str("\nSee [the secrets](../../../secrets.md).\n");
    std::fs::write(&page, text).expect("write");
    let o = build(&content, &tmp.path().join("site"), &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("error[ref.unknown]") && err.contains("onboarding.md:"),
        "{err}"
    );
    assert!(
        !tmp.path().join("site").exists(),
        "nothing is written on errors"
    );
}

#[test]
fn refuses_a_directory_it_did_not_write() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("mine");
    std::fs::create_dir_all(&out).expect("mkdir");
    std::fs::write(out.join("notes.txt"), "keep me").expect("write");
    let o = build(&example_dir(), &out, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt"))
            .ok()
            .as_deref(),
        Some("keep me")
    );
}

#[test]
fn rebuilding_removes_pages_of_deleted_items() {
    let (_tmp, content, out) = example_copy();
    assert_eq!(build(&content, &out, &[]).status.code(), Some(0));
    assert!(out.join("handbook/operations/partner-exit.html").is_file());
    // remove a handbook page and the links to it
    std::fs::remove_file(content.join("handbook/operations/partner-exit.md")).expect("rm");
    for f in [
        "handbook/operations/index.md",
        "handbook/operations/deal-registration.md",
        "handbook/playbooks/tier-reviews.md",
        "handbook/program-overview.md",
        "partners/oakmont-advisory.md",
    ] {
        let p = content.join(f);
        let t = std::fs::read_to_string(&p).expect("read");
        std::fs::write(&p, t.replace("partner-exit.md", "onboarding.md")).expect("write");
    }
    let o = build(&content, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!out.join("handbook/operations/partner-exit.html").exists());
    let (_, problems) = check_links(&out);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_template_failing_halfway_through_leaves_the_previous_output_untouched() {
    let (tmp, content, out) = example_copy();
    assert_eq!(build(&content, &out, &[]).status.code(), Some(0));
    let before = tree(&out);
    // Pages are staged on disk while others still render: a partner page template
    // that fails at render time must not leave any of them behind.
    let theme = tmp.path().join("theme");
    std::fs::create_dir_all(theme.join("templates")).expect("mkdir");
    std::fs::write(
        theme.join("templates/partner.html"),
        "{% extends \"base.html\" %}{% block content %}{{ v.no_such_field.x }}{% endblock content %}",
    )
    .expect("write");
    let theme_arg = theme.to_string_lossy().into_owned();
    let o = build(&content, &out, &["--theme", &theme_arg]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("partner.html"), "{}", stderr(&o));
    assert_untouched(&before, &tree(&out));
    assert!(!out.join(".partnerbook-staging").exists());
}

#[test]
fn timings_name_every_step() {
    let tmp = tempfile::tempdir().expect("tmp");
    let o = build(&example_dir(), &tmp.path().join("site"), &["--timings"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    for step in [
        "timings: load + check",
        "timings: render site",
        "timings: render board pack",
        "timings: write",
    ] {
        assert!(err.contains(step), "no `{step}` in:\n{err}");
    }
}
