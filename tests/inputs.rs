//! Hostile and unusual inputs: encodings, line endings, YAML bombs, deep nesting,
//! empty and truncated files. None may panic or hang; each is reported where it is.

mod common;

use common::{replace, write, Checked, Edit, Fixture};
use std::time::{Duration, Instant};

/// (rule, file, line, column) of every diagnostic.
fn positions(c: &Checked) -> Vec<(String, String, usize, usize)> {
    c.found
        .iter()
        .map(|f| (f.rule.clone(), f.file.clone(), f.line, f.col))
        .collect()
}

/// Rewrites every `.md`/`.yaml` file of the fixture with `f`.
fn rewrite_all(fx: &Fixture, f: impl Fn(&str) -> Vec<u8>) {
    for entry in walkdir::WalkDir::new(fx.dir()) {
        let entry = entry.expect("walk");
        let p = entry.path();
        let is_plan_file = p
            .extension()
            .is_some_and(|e| e == "md" || e == "yaml" || e == "yml");
        if entry.file_type().is_file() && is_plan_file {
            let text = std::fs::read_to_string(p).expect("read");
            std::fs::write(p, f(&text)).expect("write");
        }
    }
}

#[test]
fn crlf_line_endings_check_like_lf() {
    let clean = Fixture::example().check();
    let fx = Fixture::example();
    rewrite_all(&fx, |t| t.replace('\n', "\r\n").into_bytes());
    let crlf = fx.check();
    assert_eq!(positions(&crlf), positions(&clean), "{}", crlf.listing());
}

#[test]
fn crlf_errors_point_at_the_same_line_and_column() {
    let fx = Fixture::with(&[replace("plan.yaml", "  current_arr:", "  curent_arr:")]);
    rewrite_all(&fx, |t| t.replace('\n', "\r\n").into_bytes());
    let c = fx.check();
    let s = c.of_rule("syntax");
    assert_eq!(s.len(), 1, "{}", c.listing());
    assert_eq!(
        (s[0].file.as_str(), s[0].line, s[0].col),
        ("plan.yaml", 6, 3)
    );
}

#[test]
fn utf8_bom_is_accepted_clean() {
    let clean = Fixture::example().check();
    let fx = Fixture::example();
    rewrite_all(&fx, |t| {
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice(t.as_bytes());
        b
    });
    let bom = fx.check();
    assert_eq!(positions(&bom), positions(&clean), "{}", bom.listing());
}

#[test]
fn bom_and_crlf_together_keep_positions() {
    let fx = Fixture::with(&[replace(
        "partners/deloitte.md",
        "icp_overlap: 92",
        "icp_overlap: 120",
    )]);
    rewrite_all(&fx, |t| {
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice(t.replace('\n', "\r\n").as_bytes());
        b
    });
    let c = fx.check();
    let r = c.of_rule("score.range");
    assert_eq!(r.len(), 1, "{}", c.listing());
    assert_eq!((r[0].line, r[0].col), (15, 16));
}

fn alias_bomb() -> String {
    let mut y = String::from(
        "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
    );
    for i in 0..9 {
        let prev = if i == 0 {
            "a".to_string()
        } else {
            format!("l{}", i - 1)
        };
        let refs = vec![format!("*{prev}"); 9].join(", ");
        y.push_str(&format!("l{i}: &l{i} [{refs}]\n"));
    }
    y
}

#[test]
fn alias_bomb_is_refused_quickly() {
    let fx = Fixture::with(&[write("okrs.yaml", alias_bomb())]);
    let start = Instant::now();
    let c = fx.check();
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "took {:?}",
        start.elapsed()
    );
    let s: Vec<_> = c
        .of_rule("syntax")
        .into_iter()
        .filter(|f| f.file == "okrs.yaml")
        .collect();
    assert_eq!(s.len(), 1, "{}", c.listing());
}

#[test]
fn ten_thousand_levels_of_nesting_are_an_error_not_a_crash() {
    let deep = format!("company: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let c = Fixture::with(&[write("plan.yaml", deep)]).check();
    let s = c.of_rule("syntax");
    assert!(
        s.iter().any(|f| f.file == "plan.yaml" && f.line == 1),
        "{}",
        c.listing()
    );
    let block = (0..10_000)
        .map(|i| format!("{}- x\n", "  ".repeat(i)))
        .collect::<String>();
    let c = Fixture::with(&[write("roadmap.yaml", block)]).check();
    assert!(
        c.of_rule("syntax").iter().any(|f| f.file == "roadmap.yaml"),
        "{}",
        c.listing()
    );
}

#[test]
fn deep_nesting_in_front_matter_is_an_error() {
    let deep = format!(
        "---\nname: {}{}\n---\nbody\n",
        "{a: ".repeat(5_000),
        "}".repeat(5_000)
    );
    let c = Fixture::with(&[write("partners/deep.md", deep)]).check();
    assert!(
        c.of_rule("syntax")
            .iter()
            .any(|f| f.file == "partners/deep.md" && f.line == 2),
        "{}",
        c.listing()
    );
}

#[test]
fn empty_files_are_reported_as_missing_content() {
    for file in [
        "plan.yaml",
        "tiers.yaml",
        "okrs.yaml",
        "thesis.md",
        "partners/kpmg.md",
    ] {
        let c = Fixture::with(&[write(file, "")]).check();
        assert!(
            c.found
                .iter()
                .any(|f| f.rule == "required" && f.file == file && f.line == 1),
            "{file}:\n{}",
            c.listing()
        );
    }
    let c = Fixture::with(&[write("plan.yaml", "# only a comment\n\n")]).check();
    assert!(
        c.of_rule("required").iter().any(|f| f.file == "plan.yaml"),
        "{}",
        c.listing()
    );
}

#[test]
fn front_matter_only_markdown_is_fine() {
    let fx = Fixture::example();
    let text = fx.read("partners/kpmg.md");
    let end = text.rfind("\n---\n").expect("closing fence") + 5;
    fx.apply(&Edit::Write {
        file: "partners/kpmg.md",
        bytes: text.as_bytes()[..end].to_vec(),
    });
    let c = fx.check();
    assert!(c.errors().is_empty(), "{}", c.listing());
}

#[test]
fn a_yaml_document_that_is_not_a_mapping_is_a_syntax_error() {
    for (file, text) in [
        ("plan.yaml", "- just\n- a list\n"),
        ("tiers.yaml", "42\n"),
        ("partners/kpmg.md", "---\n[1, 2]\n---\n"),
    ] {
        let c = Fixture::with(&[write(file, text)]).check();
        assert!(
            c.found.iter().any(|f| f.rule == "syntax" && f.file == file),
            "{file}:\n{}",
            c.listing()
        );
    }
}

#[test]
fn truncated_files_never_panic() {
    // Cut every file of the example at a few points: each load must finish and report
    // something sensible (no panic, diagnostics within the file's lines).
    let clean = Fixture::example();
    let mut files = Vec::new();
    for e in walkdir::WalkDir::new(clean.dir()) {
        let e = e.expect("walk");
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(clean.dir()).expect("rel");
            files.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    for rel in files {
        let text = clean.read(&rel);
        for frac in [1, 3, 5, 7] {
            let mut cut = text.len() * frac / 8;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let fx = Fixture::example();
            std::fs::write(fx.path(&rel), &text[..cut]).expect("write");
            let c = fx.check();
            let lines = text[..cut].lines().count().max(1) + 1;
            for f in c.found.iter().filter(|f| f.file == rel) {
                assert!(
                    f.line <= lines,
                    "{rel} cut at {cut}: {f} beyond {lines} lines"
                );
            }
        }
    }
}
