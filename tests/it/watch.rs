//! `partnerbook watch` as a real process on a plan made by `partnerbook init`: in-place
//! writes, rename saves, new and deleted partners, a broken edit and its fix, editor
//! temp files, a checkout-like burst, incremental output against a fresh build, the
//! board pack, polling, and a clean stop.

use crate::support;

use std::path::Path;
use std::time::Duration;
use support::{
    copy_dir, differences, mtimes, snapshot, wait_until, PlanTest, Running, TODAY, WAIT,
};

const NO_PDF: &[&str] = &["--no-pdf"];
const BLUEFIN: &str = "partners/bluefin-data.md";
const BLUEFIN_PAGE: &str = "partners/bluefin-data.html";

/// A partner file for the example plan: a copy of Bluefin Data Partners (an
/// opportunistic reseller nothing else refers to) under another name.
fn partner_like_bluefin(plan: &PlanTest, name: &str) -> String {
    plan.read(BLUEFIN)
        .replacen("name: Bluefin Data Partners", &format!("name: {name}"), 1)
}

/// `partnerbook build --no-pdf` of the plan into `out`, named as the watcher names it.
fn fresh_build(plan: &PlanTest, out: &Path) {
    plan.partnerbook(["build", "--no-pdf", "--today", TODAY, "--content"])
        .arg(plan.content())
        .arg("--output")
        .arg(out)
        .run()
        .expect_success();
}

#[test]
fn in_place_write_rebuilds_the_partner_page() {
    let plan = PlanTest::init();
    let w = Running::watch(&plan, NO_PDF);
    assert!(
        w.log().contains("initial build: site: "),
        "initial build not logged:\n{}",
        w.log()
    );
    let before = mtimes(plan.output());
    plan.replace(
        BLUEFIN,
        "small healthcare clinics",
        "small veterinary clinics",
    );
    let line = w.wait_rebuild(1);
    assert!(
        line.starts_with("changed content/partners/bluefin-data.md: site: "),
        "{line}"
    );
    assert!(line.ends_with(" ms"), "{line}");
    assert!(plan
        .read_out(BLUEFIN_PAGE)
        .contains("small veterinary clinics"));
    // Only what changed was rewritten: the other partners' pages keep their mtime.
    let after = mtimes(plan.output());
    assert_eq!(
        before.get("partners/workiva.html"),
        after.get("partners/workiva.html")
    );
    assert_ne!(before.get(BLUEFIN_PAGE), after.get(BLUEFIN_PAGE));
}

/// The Bluefin partner file with a marker sentence at the start of its notes.
fn bluefin_with(plan: &PlanTest, marker: &str) -> String {
    let text = partner_like_bluefin(plan, "Bluefin Data Partners");
    let body = text.find("Bluefin registered").expect("notes");
    format!("{}{marker}. {}", &text[..body], &text[body..])
}

/// One way of saving `text` into a content file.
type Save = fn(&PlanTest, &str, &str);

/// gedit / GLib: write a hidden temp file, rename it over the target.
fn gedit_save(plan: &PlanTest, rel: &str, text: &str) {
    let tmp = plan.path("partners/.goutputstream-4QZ1T2");
    std::fs::write(&tmp, text).expect("write temp");
    std::fs::rename(&tmp, plan.path(rel)).expect("rename");
}

/// JetBrains safe write: temp file, old file aside, temp into place, old removed.
fn jetbrains_save(plan: &PlanTest, rel: &str, text: &str) {
    let target = plan.path(rel);
    let tmp = plan.path(&format!("{rel}___jb_tmp___"));
    let old = plan.path(&format!("{rel}___jb_old___"));
    std::fs::write(&tmp, text).expect("write temp");
    std::fs::rename(&target, &old).expect("move old aside");
    std::fs::rename(&tmp, &target).expect("rename");
    std::fs::remove_file(&old).expect("remove old");
}

/// vim with `backupcopy=no`: the file becomes the backup, a new file is written, the
/// backup is removed.
fn vim_save(plan: &PlanTest, rel: &str, text: &str) {
    let target = plan.path(rel);
    let backup = plan.path(&format!("{rel}~"));
    std::fs::rename(&target, &backup).expect("rename to backup");
    std::fs::write(&target, text).expect("write");
    std::fs::remove_file(&backup).expect("remove backup");
}

#[test]
fn rename_saves_rebuild_with_the_new_content() {
    let plan = PlanTest::init();
    let w = Running::watch(&plan, NO_PDF);
    let saves: [(&str, Save); 3] = [
        ("gedit", gedit_save),
        ("jetbrains", jetbrains_save),
        ("vim", vim_save),
    ];
    for (editor, save) in saves {
        let seen = w.rebuilds().len();
        let marker = format!("Saved by {editor}");
        save(&plan, BLUEFIN, &bluefin_with(&plan, &marker));
        let ok = wait_until(WAIT, || plan.read_out(BLUEFIN_PAGE).contains(&marker));
        assert!(ok, "{editor} save not rebuilt; log:\n{}", w.log());
        let line = w.wait_line_after(seen, "the rebuild line", |l| l.starts_with("changed "));
        assert!(
            line.contains("content/partners/bluefin-data.md"),
            "{editor}: {line}"
        );
    }
    for line in w.rebuilds() {
        assert!(!line.contains("build failed"), "{line}");
        for temp in ["goutputstream", "___jb_", ".md~"] {
            assert!(!line.contains(temp), "temp file named in `{line}`");
        }
    }
}

#[test]
fn a_new_partner_appears_and_a_deleted_partner_disappears() {
    let plan = PlanTest::init();
    let w = Running::watch(&plan, NO_PDF);
    let new_page = "partners/northwind-resale.html";
    assert!(!plan.out(new_page).exists());
    plan.write(
        "partners/northwind-resale.md",
        partner_like_bluefin(&plan, "Northwind Resale"),
    );
    let line = w.wait_rebuild(1);
    assert!(
        line.starts_with("changed content/partners/northwind-resale.md: site: "),
        "{line}"
    );
    assert!(plan.read_out(new_page).contains("Northwind Resale"));
    assert!(plan.read_out("landscape.html").contains("Northwind Resale"));
    assert!(plan
        .read_out(".partnerbook-manifest")
        .contains("partners/northwind-resale.html\n"));

    plan.remove(BLUEFIN);
    let line = w.wait_rebuild(2);
    assert!(
        line.starts_with("changed content/partners/bluefin-data.md: site: "),
        "{line}"
    );
    assert!(!plan.out(BLUEFIN_PAGE).exists(), "stale page left behind");
    assert!(!plan.read_out("landscape.html").contains("Bluefin Data"));
    assert!(!plan.read_out(".partnerbook-manifest").contains("bluefin"));
    assert!(plan.out(new_page).exists());

    plan.remove("partners/northwind-resale.md");
    w.wait_rebuild(3);
    assert!(!plan.out(new_page).exists());
    assert!(plan.out("partners/workiva.html").exists());
    assert!(
        w.rebuilds().iter().all(|l| !l.contains("build failed")),
        "{}",
        w.log()
    );
}

#[test]
fn a_broken_edit_keeps_the_output_and_the_fix_recovers() {
    let plan = PlanTest::init();
    let w = Running::watch(&plan, NO_PDF);
    let good = snapshot(plan.output());
    let original = plan.read(BLUEFIN);

    // A rule error: a score outside 0..=100.
    plan.replace(BLUEFIN, "icp_overlap: 40", "icp_overlap: 400");
    let line = w.wait_rebuild(1);
    assert!(
        line.starts_with("changed content/partners/bluefin-data.md: build failed: "),
        "{line}"
    );
    assert!(line.contains("error"), "{line}");
    assert!(line.contains("kept the last good output"), "{line}");
    let log = w.log();
    assert!(log.contains("error["), "no diagnostic printed:\n{log}");
    assert!(
        log.contains("partners/bluefin-data.md:"),
        "diagnostic has no location:\n{log}"
    );
    assert!(log.contains("icp_overlap: 400"), "no source line:\n{log}");
    assert_eq!(
        differences(&good, &snapshot(plan.output())),
        Vec::<String>::new()
    );

    // Then a YAML syntax error elsewhere, on top.
    let plan_yaml = plan.read("plan.yaml");
    plan.write("plan.yaml", format!("{plan_yaml}\nprogram: [unclosed\n"));
    let line = w.wait_rebuild(2);
    assert!(
        line.starts_with("changed content/plan.yaml: build failed: "),
        "{line}"
    );
    assert_eq!(
        differences(&good, &snapshot(plan.output())),
        Vec::<String>::new()
    );

    // Fix both: the output follows the fixed plan again.
    plan.write("plan.yaml", &plan_yaml);
    plan.write(
        BLUEFIN,
        original.replacen("small healthcare clinics", "small dental clinics", 1),
    );
    let ok = wait_until(WAIT, || {
        plan.read_out(BLUEFIN_PAGE).contains("small dental clinics")
    });
    assert!(ok, "did not recover; log:\n{}", w.log());
    let fixed = w.wait_line_after(0, "a good rebuild", |l| {
        l.starts_with("changed ") && l.contains(": site: ")
    });
    assert!(!fixed.contains("build failed"), "{fixed}");
    let changed = differences(&good, &snapshot(plan.output()));
    assert_eq!(changed, vec![BLUEFIN_PAGE.to_string()], "{}", w.log());
}

#[test]
fn a_broken_plan_at_start_is_built_once_fixed() {
    let plan = PlanTest::init();
    let original = plan.read(BLUEFIN);
    plan.replace(BLUEFIN, "icp_overlap: 40", "icp_overlap: -1");
    let w = Running::watch(&plan, NO_PDF);
    let first = w.wait_line("the initial build", |l| l.starts_with("initial build: "));
    assert!(first.contains("kept the last good output"), "{first}");
    assert!(w.log().contains("error["), "{}", w.log());
    assert!(!plan.out("index.html").exists(), "broken plan was written");
    plan.write(BLUEFIN, &original);
    let line = w.wait_rebuild(1);
    assert!(line.contains(": site: "), "{line}");
    assert!(plan.out("index.html").exists());
    assert!(plan
        .read_out(BLUEFIN_PAGE)
        .contains("Bluefin Data Partners"));
}

/// Temp and metadata files of common editors and systems, next to real content.
const TEMP_FILES: [&str; 14] = [
    "partners/.bluefin-data.md.swp",
    "partners/.bluefin-data.md.swx",
    "partners/4913",
    "partners/bluefin-data.md~",
    "partners/#bluefin-data.md#",
    "partners/.#bluefin-data.md",
    "partners/bluefin-data.md___jb_tmp___",
    "partners/bluefin-data.md___jb_old___",
    "partners/.goutputstream-8HX2KQ",
    "partners/.DS_Store",
    ".sb-1a2b3c-plan.yaml",
    "plan.yaml.bck",
    ".plan.yaml.kate-swp",
    "handbook/.program-overview.md.swp",
];

#[test]
fn editor_temp_files_do_not_rebuild() {
    let plan = PlanTest::init();
    let w = Running::watch(&plan, NO_PDF);
    let before = mtimes(plan.output());
    for rel in TEMP_FILES {
        plan.write(rel, "scratch: [\n");
    }
    for rel in TEMP_FILES {
        plan.write(rel, "scratch again\n");
    }
    for rel in TEMP_FILES.iter().step_by(2) {
        plan.remove(rel);
    }
    // Well past the debounce: nothing may happen.
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(w.rebuilds(), Vec::<String>::new(), "{}", w.log());
    assert_eq!(before, mtimes(plan.output()));

    // The watcher is alive, and the next real edit names only the real file.
    plan.replace(
        BLUEFIN,
        "small healthcare clinics",
        "small optician clinics",
    );
    let line = w.wait_rebuild(1);
    assert!(
        line.starts_with("changed content/partners/bluefin-data.md: site: "),
        "{line}"
    );
    assert!(plan
        .read_out(BLUEFIN_PAGE)
        .contains("small optician clinics"));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(w.rebuilds().len(), 1, "{}", w.log());
}

/// A handbook page of the bulk section.
fn bulk_page(i: usize, version: &str) -> String {
    format!("---\ntitle: Bulk page {i}\nweight: {i}\n---\nThis is bulk page {i}, {version}.\n")
}

#[test]
fn a_checkout_burst_is_one_rebuild_of_the_latest_state() {
    let plan = PlanTest::init();
    for i in 0..300 {
        plan.write(
            &format!("handbook/bulk/page-{i:03}.md"),
            bulk_page(i, "version one"),
        );
    }
    let w = Running::watch(&plan, NO_PDF);
    assert!(plan
        .read_out("handbook/bulk/page-299.html")
        .contains("version one"));

    // Like `git checkout`: every file is unlinked and written anew; some go, some come.
    for i in 0..300 {
        let rel = format!("handbook/bulk/page-{i:03}.md");
        plan.remove(&rel);
        if i < 250 {
            plan.write(&rel, bulk_page(i, "version two"));
        }
    }
    for i in 300..350 {
        plan.write(
            &format!("handbook/bulk/page-{i:03}.md"),
            bulk_page(i, "version two"),
        );
    }
    plan.replace(
        BLUEFIN,
        "small healthcare clinics",
        "small checkout clinics",
    );

    let line = w.wait_rebuild(1);
    assert!(line.contains(" more: site: "), "{line}");
    // Quiet for well over the debounce: still exactly one rebuild.
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(w.rebuilds().len(), 1, "{}", w.log());
    for i in 0..350 {
        let page = plan.read_out(&format!("handbook/bulk/page-{i:03}.html"));
        if (250..300).contains(&i) {
            assert!(page.is_empty(), "page {i} should be gone");
        } else {
            assert!(page.contains("version two"), "page {i} is stale");
        }
    }
    assert!(plan
        .read_out(BLUEFIN_PAGE)
        .contains("small checkout clinics"));
    let fresh = plan.root().join("fresh");
    fresh_build(&plan, &fresh);
    assert_eq!(
        differences(&snapshot(&fresh), &snapshot(plan.output())),
        Vec::<String>::new()
    );
}

#[test]
fn incremental_rebuilds_equal_a_fresh_build() {
    let plan = PlanTest::init();
    let w = Running::watch(&plan, NO_PDF);
    let mut n = 0;
    let mut step = |edit: &dyn Fn()| {
        edit();
        n += 1;
        w.wait_rebuild(n)
    };
    step(&|| {
        plan.replace(BLUEFIN, "small healthcare clinics", "small rural clinics");
    });
    step(&|| {
        plan.replace(BLUEFIN, "icp_overlap: 40", "icp_overlap: 44");
    });
    step(&|| {
        plan.write(
            "partners/northwind-resale.md",
            partner_like_bluefin(&plan, "Northwind Resale"),
        );
    });
    step(&|| {
        plan.replace("handbook/program-overview.md", "title: ", "title: Revised ");
    });
    let tiers = plan.read("tiers.yaml");
    let failed = step(&|| {
        plan.write("tiers.yaml", format!("{tiers}\n  broken: [\n"));
    });
    assert!(failed.contains("build failed"), "{failed}");
    step(&|| {
        plan.write("tiers.yaml", &tiers);
    }); // fixed
    step(&|| {
        plan.remove("partners/granite-ridge.md");
    });
    step(&|| {
        let d = plan.read("decisions/D-006-lineage-discovery.md");
        plan.write(
            "decisions/D-006-lineage-discovery.md",
            format!("{d}\nAn added paragraph.\n"),
        );
    });
    let lines = w.rebuilds();
    assert_eq!(lines.len(), 8, "{}", w.log());
    assert!(lines[5].contains(": site: "), "{}", w.log());
    assert!(plan
        .read_out("partners/northwind-resale.html")
        .contains("Northwind"));
    assert!(!plan.out("partners/granite-ridge.html").exists());

    let fresh = plan.root().join("fresh");
    fresh_build(&plan, &fresh);
    let (a, b) = (snapshot(&fresh), snapshot(plan.output()));
    assert!(a.contains_key(".partnerbook-manifest"));
    assert_eq!(differences(&a, &b), Vec::<String>::new());
}

#[test]
fn the_board_pack_is_rewritten_after_an_edit() {
    let plan = PlanTest::init();
    let w = Running::watch(&plan, &[]);
    let pdf = plan.out("board-pack.pdf");
    w.wait_line("the first board pack", |l| {
        l.starts_with("board pack: rebuilt in ")
    });
    let first = std::fs::read(&pdf).expect("board pack written");
    assert!(first.starts_with(b"%PDF-"));
    assert!(plan.read_out("index.html").contains("board-pack.pdf"));
    assert!(plan
        .read_out(".partnerbook-manifest")
        .contains("board-pack.pdf\n"));

    plan.replace(
        BLUEFIN,
        "name: Bluefin Data Partners",
        "name: Bluefin Analytics Partners",
    );
    w.wait_rebuild(1);
    let packs = |l: &str| l.starts_with("board pack: rebuilt in ");
    let ok = wait_until(Duration::from_secs(15), || {
        w.lines().iter().filter(|l| packs(l)).count() >= 2
    });
    assert!(ok, "board pack not rebuilt; log:\n{}", w.log());
    let second = std::fs::read(&pdf).expect("board pack");
    assert_ne!(first, second, "board pack unchanged after the edit");
    let doc = lopdf::Document::load_mem(&second).expect("a valid PDF");
    assert!(doc.get_pages().len() >= 10);
    assert!(!plan.out(".board-pack.pdf.partial").exists());
    // A site-only rebuild keeps the pack in the output and in the manifest.
    assert!(plan
        .read_out(".partnerbook-manifest")
        .contains("board-pack.pdf\n"));
    assert!(plan
        .read_out(BLUEFIN_PAGE)
        .contains("Bluefin Analytics Partners"));
}

#[test]
fn polling_sees_changes() {
    let plan = PlanTest::init();
    let w = Running::watch(&plan, &["--no-pdf", "--poll=50"]);
    // Saves in quick succession, most within the same second (the poller keeps
    // modification times in whole seconds). A poll may catch a save half-written and
    // rebuild twice for it, so the test waits for what each save must lead to, the
    // page showing it, rather than counting rebuilds.
    let page = || std::fs::read_to_string(plan.out(BLUEFIN_PAGE)).unwrap_or_default();
    let mut last = "healthcare".to_string();
    for i in 1..=4 {
        let next = format!("polled-{i}");
        plan.replace(
            BLUEFIN,
            &format!("small {last} clinics"),
            &format!("small {next} clinics"),
        );
        let shown = wait_until(WAIT, || page().contains(&format!("small {next} clinics")));
        assert!(shown, "save {i} never reached the page; log:\n{}", w.log());
        last = next;
    }
    let rebuilds = w.rebuilds();
    let line = rebuilds.last().map(String::as_str).unwrap_or_default();
    assert!(line.contains("content/partners/bluefin-data.md"), "{line}");
    plan.remove("partners/granite-ridge.md");
    let gone = wait_until(WAIT, || !plan.out("partners/granite-ridge.html").exists());
    assert!(gone, "a deleted partner's page stayed; log:\n{}", w.log());
}

#[test]
fn a_replaced_content_directory_is_watched_again() {
    let plan = PlanTest::init();
    let w = Running::watch(&plan, NO_PDF);
    let aside = plan.root().join("content.old");
    std::fs::rename(plan.content(), &aside).expect("move content aside");
    copy_dir(&aside, plan.content());
    plan.replace(
        BLUEFIN,
        "small healthcare clinics",
        "small replaced clinics",
    );
    let ok = wait_until(WAIT, || {
        plan.read_out(BLUEFIN_PAGE)
            .contains("small replaced clinics")
    });
    assert!(ok, "replacement not noticed; log:\n{}", w.log());
    // Edits inside the new directory are seen too.
    let seen = w.rebuilds().len();
    plan.replace(BLUEFIN, "small replaced clinics", "small renewed clinics");
    w.wait_rebuild(seen + 1);
    let ok = wait_until(WAIT, || {
        plan.read_out(BLUEFIN_PAGE)
            .contains("small renewed clinics")
    });
    assert!(ok, "edit in the new directory not seen; log:\n{}", w.log());
}

#[test]
fn sigterm_stops_the_watcher_cleanly() {
    let plan = PlanTest::init();
    let mut w = Running::watch(&plan, NO_PDF);
    w.terminate();
    let status = w.wait_exit();
    assert_eq!(status.code(), Some(0), "{}", w.log());
}

/// `watch --audience partner:ID` writes that partner's site alone (no internal page, no
/// board pack) and rebuilds it when the plan changes.
#[test]
fn a_partner_audience_watch_keeps_that_partners_site_up_to_date() {
    let plan = PlanTest::example();
    let w = Running::watch(&plan, &["--audience", "partner:bluefin-data"]);
    assert!(
        w.log().contains("initial build: site: "),
        "initial build not logged:\n{}",
        w.log()
    );
    assert!(plan
        .read_out("index.html")
        .contains("Bluefin Data Partners"));
    assert!(plan.read_out("tiers.html").contains("Platinum"));
    for internal in ["partners/workiva.html", "landscape.html", "board-pack.pdf"] {
        assert!(!plan.out(internal).exists(), "{internal} written");
    }
    plan.replace(BLUEFIN, "pipeline: \"$60K\"", "pipeline: \"$777K\"");
    let line = w.wait_rebuild(1);
    assert!(line.contains(": site: "), "{line}");
    assert!(plan.read_out("index.html").contains("$777K"));
    assert!(!plan.read_out("index.html").contains("Workiva"));
    // what `build --audience` writes, and nothing a partner may not see
    crate::partner_site::assert_holds_that_partner_alone(&plan, "bluefin-data", plan.output());
}

/// A partner that is not in the plan is named with the closest id; the session keeps
/// running and builds once the plan has the partner.
#[test]
fn a_partner_audience_watch_of_an_unknown_partner_says_so() {
    let plan = PlanTest::example();
    let w = Running::watch(&plan, &["--audience", "partner:bluefin"]);
    assert!(
        w.log().contains("did you mean `bluefin-data`?"),
        "{}",
        w.log()
    );
    plan.write(
        "partners/bluefin.md",
        partner_like_bluefin(&plan, "Bluefin Two"),
    );
    let line = w.wait_rebuild(1);
    assert!(line.contains(": site: "), "{line}");
    assert!(plan.read_out("index.html").contains("Bluefin Two"));
}
