//! Hostile and unusual inputs: encodings, line endings, YAML bombs, deep nesting,
//! empty and truncated files. None may panic or hang; each is reported where it is.

use crate::support;

use std::time::{Duration, Instant};
use support::{replace, write, Checked, Edit, PlanTest};

/// (rule, file, line, column) of every diagnostic.
fn positions(c: &Checked) -> Vec<(String, String, usize, usize)> {
    c.found
        .iter()
        .map(|f| (f.rule.clone(), f.file.clone(), f.line, f.col))
        .collect()
}

/// Rewrites every `.md`/`.yaml` file of the fixture with `f`.
fn rewrite_all(fx: &PlanTest, f: impl Fn(&str) -> Vec<u8>) {
    for entry in walkdir::WalkDir::new(fx.content()) {
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
    let clean = PlanTest::example().checked();
    let fx = PlanTest::example();
    rewrite_all(&fx, |t| t.replace('\n', "\r\n").into_bytes());
    let crlf = fx.checked();
    assert_eq!(positions(&crlf), positions(&clean), "{}", crlf.listing());
}

#[test]
fn crlf_errors_point_at_the_same_line_and_column() {
    let fx = PlanTest::with(&[replace("plan.yaml", "  current_arr:", "  curent_arr:")]);
    rewrite_all(&fx, |t| t.replace('\n', "\r\n").into_bytes());
    let c = fx.checked();
    let s = c.of_rule("syntax");
    assert_eq!(s.len(), 1, "{}", c.listing());
    assert_eq!(
        (s[0].file.as_str(), s[0].line, s[0].col),
        ("plan.yaml", 6, 3)
    );
}

#[test]
fn utf8_bom_is_accepted_clean() {
    let clean = PlanTest::example().checked();
    let fx = PlanTest::example();
    rewrite_all(&fx, |t| {
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice(t.as_bytes());
        b
    });
    let bom = fx.checked();
    assert_eq!(positions(&bom), positions(&clean), "{}", bom.listing());
}

#[test]
fn bom_and_crlf_together_keep_positions() {
    let fx = PlanTest::with(&[replace(
        "partners/deloitte.md",
        "icp_overlap: 92",
        "icp_overlap: 120",
    )]);
    rewrite_all(&fx, |t| {
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice(t.replace('\n', "\r\n").as_bytes());
        b
    });
    let c = fx.checked();
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
    let fx = PlanTest::with(&[write("okrs.yaml", alias_bomb())]);
    let start = Instant::now();
    let c = fx.checked();
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
    let c = PlanTest::with(&[write("plan.yaml", deep)]).checked();
    let s = c.of_rule("syntax");
    assert!(
        s.iter().any(|f| f.file == "plan.yaml" && f.line == 1),
        "{}",
        c.listing()
    );
    let block = (0..10_000)
        .map(|i| format!("{}- x\n", "  ".repeat(i)))
        .collect::<String>();
    let c = PlanTest::with(&[write("roadmap.yaml", block)]).checked();
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
    let c = PlanTest::with(&[write("partners/deep.md", deep)]).checked();
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
        let c = PlanTest::with(&[write(file, "")]).checked();
        assert!(
            c.found
                .iter()
                .any(|f| f.rule == "required" && f.file == file && f.line == 1),
            "{file}:\n{}",
            c.listing()
        );
    }
    let c = PlanTest::with(&[write("plan.yaml", "# only a comment\n\n")]).checked();
    assert!(
        c.of_rule("required").iter().any(|f| f.file == "plan.yaml"),
        "{}",
        c.listing()
    );
}

#[test]
fn front_matter_only_markdown_is_fine() {
    let fx = PlanTest::example();
    let text = fx.read("partners/kpmg.md");
    let end = text.rfind("\n---\n").expect("closing fence") + 5;
    fx.apply(&Edit::Write {
        file: "partners/kpmg.md",
        bytes: text.as_bytes()[..end].to_vec(),
    });
    let c = fx.checked();
    assert!(c.errors().is_empty(), "{}", c.listing());
}

#[test]
fn a_yaml_document_that_is_not_a_mapping_is_a_syntax_error() {
    for (file, text) in [
        ("plan.yaml", "- just\n- a list\n"),
        ("tiers.yaml", "42\n"),
        ("partners/kpmg.md", "---\n[1, 2]\n---\n"),
    ] {
        let c = PlanTest::with(&[write(file, text)]).checked();
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
    let clean = PlanTest::example();
    let mut files = Vec::new();
    for e in walkdir::WalkDir::new(clean.content()) {
        let e = e.expect("walk");
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(clean.content()).expect("rel");
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
            let fx = PlanTest::example();
            std::fs::write(fx.path(&rel), &text[..cut]).expect("write");
            let c = fx.checked();
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

/// Fragments that stress YAML, front matter and Markdown parsing.
const FRAGMENTS: &[&[u8]] = &[
    b"[",
    b"]",
    b"{",
    b"}",
    b": ",
    b"- ",
    b"\n",
    b"---\n",
    b"&a ",
    b"*a",
    b"'",
    b"\"",
    b"#",
    b"\t",
    b"\r",
    b"\xe2\x80\x93",
    b"[X]",
    b"(partner:",
    b"](",
    b"`",
    b"\xff",
    b"\0",
    b"!!binary ",
    b"? ",
    b"|\n",
    b">-\n",
    b"<<: *a\n",
    b"D-",
    b"...\n",
    b"%YAML 1.2\n---\n",
];

/// A deterministic xorshift generator for the mutation test.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

#[test]
fn random_mutations_never_panic_and_stay_in_bounds() {
    let fx = PlanTest::example();
    let mut files = Vec::new();
    for e in walkdir::WalkDir::new(fx.content()) {
        let e = e.expect("walk");
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(fx.content()).expect("rel");
            files.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    for _ in 0..150 {
        let rel = &files[rng.below(files.len())];
        let original = std::fs::read(fx.path(rel)).expect("read");
        let mut b = original.clone();
        for _ in 0..=rng.below(3) {
            let pos = rng.below(b.len() + 1);
            match rng.below(3) {
                0 => {
                    let frag = FRAGMENTS[rng.below(FRAGMENTS.len())];
                    b.splice(pos..pos, frag.iter().copied());
                }
                1 => {
                    let end = (pos + rng.below(20)).min(b.len());
                    b.drain(pos..end);
                }
                _ if pos < b.len() => b[pos] = rng.below(256) as u8,
                _ => {}
            }
        }
        std::fs::write(fx.path(rel), &b).expect("write");
        let c = fx.checked();
        let mut human = Vec::new();
        partnerbook::diag::emit_human(
            &mut human,
            &c.project.diagnostics,
            &c.project.sources,
            false,
        )
        .expect("human output");
        let json = partnerbook::diag::to_json(&c.project.diagnostics, &c.project.sources);
        assert!(json.starts_with('['), "{json}");
        for f in &c.found {
            let lines = c
                .project
                .sources
                .iter()
                .find(|(_, s)| s.rel == f.file)
                .map_or(1, |(_, s)| s.line_starts().len());
            assert!(f.line <= lines.max(1), "{rel}: {f} beyond {lines} lines");
        }
        std::fs::write(fx.path(rel), &original).expect("restore");
    }
}
