//! `partnerbook schema` and the editor setup `init` writes: the JSON Schemas accept every
//! file of the example plan, report a misspelt key and a wrong type where they are, and
//! `init` points each YAML file at its schema without the plan reading the schemas.

use crate::support;

use partnerbook::load::files::{read_dir, FileKind};
use std::collections::BTreeMap;
use std::path::Path;
use support::{example_dir, partnerbook, Cmd, PlanTest};

/// The schemas in `dir`, by kind name, as validators.
fn validators(dir: &Path) -> BTreeMap<String, jsonschema::Validator> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let Some(kind) = name.strip_suffix(".schema.json") else {
            panic!("unexpected file {name} in {}", dir.display());
        };
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let schema: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let v = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name}: {e}"));
        out.insert(kind.to_string(), v);
    }
    out
}

/// A YAML file, or a Markdown file's front matter, as JSON.
fn as_json(rel: &str, text: &str) -> serde_json::Value {
    let yaml = if rel.ends_with(".md") {
        let rest = text
            .strip_prefix("---\n")
            .unwrap_or_else(|| panic!("{rel}: no front matter"));
        let end = rest
            .find("\n---")
            .unwrap_or_else(|| panic!("{rel}: front matter not closed"));
        &rest[..end]
    } else {
        text
    };
    let v: serde_yaml::Value = serde_yaml::from_str(yaml).unwrap_or_else(|e| panic!("{rel}: {e}"));
    serde_json::to_value(v).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every way `instance` breaks the schema: (instance path, message).
fn errors(v: &jsonschema::Validator, instance: &serde_json::Value) -> Vec<(String, String)> {
    v.iter_errors(instance)
        .map(|e| (e.instance_path().to_string(), e.to_string()))
        .collect()
}

/// The schema name of a file kind of the layout.
fn kind_name(kind: &FileKind) -> &'static str {
    partnerbook::load::schema::for_file(kind)
        .map(|k| k.name)
        .unwrap_or_else(|| panic!("no schema for {kind:?}"))
}

/// Validates every file of the plan in `dir`; returns how many files of each kind.
fn validate_plan(
    dir: &Path,
    schemas: &BTreeMap<String, jsonschema::Validator>,
) -> BTreeMap<String, usize> {
    let files = read_dir(dir).unwrap_or_else(|e| panic!("{e}"));
    let mut seen = BTreeMap::new();
    for f in files {
        assert_ne!(f.kind, FileKind::Ignored, "{} is not read", f.rel);
        let text = f.text.unwrap_or_else(|e| panic!("{e}"));
        let name = kind_name(&f.kind);
        let errs = errors(&schemas[name], &as_json(&f.rel, &text));
        assert!(
            errs.is_empty(),
            "{} breaks {name}.schema.json: {errs:#?}",
            f.rel
        );
        *seen.entry(name.to_string()).or_insert(0) += 1;
    }
    seen
}

fn write_schemas(t: &PlanTest) -> BTreeMap<String, jsonschema::Validator> {
    let dir = t.root().join("schemas");
    t.partnerbook(["schema", "--output"])
        .arg(&dir)
        .run()
        .expect_success()
        .stderr_has("wrote 11 schemas to");
    validators(&dir)
}

#[test]
fn the_example_plan_validates_against_its_schemas() {
    let t = PlanTest::empty();
    let schemas = write_schemas(&t);
    assert_eq!(schemas.len(), 11, "{:?}", schemas.keys());
    let seen = validate_plan(&example_dir(), &schemas);
    // every kind but models.yaml, which the example does not have
    assert_eq!(seen.len(), 10, "{seen:?}");
    assert!(
        seen["partner"] > 20 && seen["decision"] > 5 && seen["page"] > 1,
        "{seen:?}"
    );
    let models = "models:\n  - id: referral\n    name: Referral\n    terms: {referral_fee: \"5–15%\"}\n  - id: marketplace\n    terms: {listing_fee: 3}\n";
    assert_eq!(
        errors(&schemas["models"], &as_json("models.yaml", models)),
        vec![]
    );
}

#[test]
fn a_misspelt_key_and_a_wrong_type_are_reported_where_they_are() {
    let t = PlanTest::empty();
    let schemas = write_schemas(&t);
    let text = std::fs::read_to_string(example_dir().join("partners/deloitte.md"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains("\nlandscape: A\n") && text.contains("\ncertified_individuals: "));
    let broken: String = text
        .lines()
        .map(|l| match l {
            "landscape: A" => "landscpe: A".to_string(),
            l if l.starts_with("certified_individuals:") => "certified_individuals: many".into(),
            l => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let errs = errors(
        &schemas["partner"],
        &as_json("partners/deloitte.md", &broken),
    );
    assert_eq!(errs.len(), 2, "{errs:#?}");
    assert!(
        errs.iter()
            .any(|(at, msg)| at.is_empty() && msg.contains("'landscpe'")),
        "{errs:#?}"
    );
    assert!(
        errs.iter()
            .any(|(at, msg)| at == "/certified_individuals" && msg.contains("\"many\"")),
        "{errs:#?}"
    );
    // a word in another case is what the loader reads too; a wrong word is not
    let gold = text.replace("\ntier: platinum\n", "\ntier: Platinum\n");
    assert_eq!(errors(&schemas["partner"], &as_json("p.md", &gold)), vec![]);
    let wrong = text.replace("\ntier: platinum\n", "\ntier: diamond\n");
    let errs = errors(&schemas["partner"], &as_json("p.md", &wrong));
    assert!(
        errs.iter().all(|(at, _)| at == "/tier") && !errs.is_empty(),
        "{errs:#?}"
    );
}

#[test]
fn schema_writes_into_the_content_directory_by_default_and_prints_one_kind() {
    let t = PlanTest::example();
    t.partnerbook(["schema", "--content"])
        .arg(t.content())
        .run()
        .expect_success();
    let dir = t.path(".partnerbook/schema");
    let written =
        std::fs::read_to_string(dir.join("partner.schema.json")).unwrap_or_else(|e| panic!("{e}"));
    let printed = partnerbook(["schema", "--print", "partner"]);
    printed.expect_success();
    assert_eq!(printed.stdout, written, "the same bytes");
    let by_file = partnerbook(["schema", "--print", "partners/acme.md"]);
    assert_eq!(by_file.stdout, written);
    // the hidden folder is not part of the plan
    let v = t.check(&["--format", "json"]).json();
    assert!(!v.to_string().contains(".partnerbook"), "{v:#}");
    partnerbook(["schema", "--print", "partnr"])
        .expect_code(2)
        .stderr_has("did you mean `partner`?");
}

#[test]
fn schema_does_not_write_through_a_symbolic_link() {
    let t = PlanTest::empty();
    let dir = t.root().join("schemas");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let outside = t.root().join("outside.json");
    std::fs::write(&outside, "mine\n").unwrap_or_else(|e| panic!("{e}"));
    #[cfg(unix)]
    std::os::unix::fs::symlink(&outside, dir.join("plan.schema.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    #[cfg(unix)]
    {
        t.partnerbook(["schema", "--output"])
            .arg(&dir)
            .run()
            .expect_code(2)
            .stderr_has("not a regular file");
        assert_eq!(
            std::fs::read_to_string(&outside).unwrap_or_default(),
            "mine\n"
        );
    }
}

#[test]
fn init_writes_the_schemas_and_points_every_yaml_file_at_its_own() {
    for minimal in [false, true] {
        let t = PlanTest::empty();
        let mut init = Cmd::partnerbook().arg("init");
        if minimal {
            init = init.arg("--minimal");
        }
        init.arg(t.content()).run().expect_success();
        let schemas = validators(&t.path(".partnerbook/schema"));
        assert_eq!(schemas.len(), 11);
        let files = read_dir(t.content()).unwrap_or_else(|e| panic!("{e}"));
        for f in &files {
            let text = f.text.clone().unwrap_or_default();
            let first = text.lines().next().unwrap_or_default();
            if f.rel.ends_with(".yaml") {
                let kind = kind_name(&f.kind);
                let expected = format!(
                    "# yaml-language-server: $schema=.partnerbook/schema/{kind}.schema.json"
                );
                assert_eq!(first, expected, "{}", f.rel);
                let schema = first.split_once("$schema=").map_or("", |(_, p)| p);
                assert!(t.path(schema).is_file(), "{schema} relative to {}", f.rel);
            } else {
                assert_eq!(first, "---", "{}: Markdown gets no schema line", f.rel);
            }
        }
        validate_plan(t.content(), &schemas);
        // the plan reads none of it and checks as before
        let o = t.check(&["--format", "json"]);
        o.expect_success();
        let v = o.json();
        assert!(!v.to_string().contains("file.ignored"), "{v:#}");
        if minimal {
            t.check(&["--deny-warnings"]).expect_success();
        }
    }
}
