//! The JSON Schemas of the plan's file kinds, for editors (`partnerbook schema`, and
//! `partnerbook init`, which writes them beside the plan and points each YAML file at its
//! schema with a yaml-language-server line).
//!
//! Each schema is generated from the raw serde struct the loader deserializes that kind
//! into ([`KINDS`] is the table), so it cannot drift from what is read: unknown keys are
//! refused as the loader refuses them (`additionalProperties: false`), the values it
//! parses later are described by [`fields`], and the words of closed vocabularies come
//! from the model's own lists. JSON Schema draft 7, which yaml-language-server (the YAML
//! support of VS Code, Neovim, Helix, Zed) and most validators read. A schema checks the
//! shape of a file; `partnerbook check` checks the rest (required fields, references, the
//! rules).

pub mod fields;

use super::files::{classify, FileKind};
use super::raw;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value};

/// Where the schemas go, relative to the content directory.
pub const DIR: &str = ".partnerbook/schema";

/// One kind of plan file and its schema.
pub struct FileSchema {
    /// The kind's name; its schema is `<name>.schema.json`.
    pub name: &'static str,
    /// The files of this kind, as the layout names them.
    pub files: &'static str,
    /// Whether the files are YAML, which a schema line can point at the schema; else
    /// Markdown, whose front matter the schema describes.
    pub yaml: bool,
    root: fn() -> Schema,
}

const fn kind(
    name: &'static str,
    files: &'static str,
    yaml: bool,
    root: fn() -> Schema,
) -> FileSchema {
    FileSchema {
        name,
        files,
        yaml,
        root,
    }
}

/// Every file kind of the layout, with the raw struct its schema is generated from.
pub const KINDS: &[FileSchema] = &[
    kind("plan", "plan.yaml", true, root::<raw::PlanFile>),
    kind(
        "thesis",
        "thesis.md front matter",
        false,
        root::<raw::ThesisFront>,
    ),
    kind("tiers", "tiers.yaml", true, root::<raw::TiersFile>),
    kind("models", "models.yaml", true, root::<raw::ModelsFile>),
    kind(
        "partner",
        "partners/<id>.md front matter",
        false,
        root::<raw::PartnerFront>,
    ),
    kind(
        "competitors",
        "competitors.yaml",
        true,
        root::<raw::CompetitorsFile>,
    ),
    kind(
        "decision",
        "decisions/D-NNN-<slug>.md front matter",
        false,
        root::<raw::DecisionFront>,
    ),
    kind("okrs", "okrs.yaml", true, root::<raw::OkrsFile>),
    kind("roadmap", "roadmap.yaml", true, root::<raw::RoadmapFile>),
    kind(
        "governance",
        "governance.yaml",
        true,
        root::<raw::GovernanceFile>,
    ),
    kind(
        "page",
        "handbook/**/*.md front matter",
        false,
        root::<raw::PageFront>,
    ),
];

/// The draft 7 schema of `T`, with its definitions.
fn root<T: JsonSchema>() -> Schema {
    SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
}

impl FileSchema {
    /// `<name>.schema.json`.
    pub fn file_name(&self) -> String {
        format!("{}.schema.json", self.name)
    }

    /// The schema, titled with the files it describes.
    pub fn schema(&self) -> Value {
        let mut schema = (self.root)();
        schema.insert("title".into(), self.files.into());
        schema.insert(
            "$comment".into(),
            "Written by `partnerbook schema`. It checks the shape of the file (keys, types, \
             words); `partnerbook check` checks the rest."
                .into(),
        );
        sorted(schema.to_value())
    }

    /// The schema as a file: pretty JSON with sorted keys and a final newline, the same
    /// bytes on every run.
    pub fn json(&self) -> String {
        let mut text = serde_json::to_string_pretty(&self.schema()).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The first line that points yaml-language-server at the schema, for a YAML file
    /// at the top of the content directory (`None` for Markdown).
    pub fn modeline(&self) -> Option<String> {
        self.yaml
            .then(|| format!("# yaml-language-server: $schema={DIR}/{}", self.file_name()))
    }
}

/// The kind named `name` (`partner`), or the kind of the file at `name` relative to the
/// content directory (`partners/acme.md`).
pub fn find(name: &str) -> Option<&'static FileSchema> {
    let name = name.trim();
    let name = name.strip_suffix(".schema.json").unwrap_or(name);
    KINDS
        .iter()
        .find(|k| k.name == name)
        .or_else(|| for_file(&classify(name)))
}

/// The kind of a file of the layout (`None` for a file the plan does not read).
pub fn for_file(kind: &FileKind) -> Option<&'static FileSchema> {
    let name = match kind {
        FileKind::Plan => "plan",
        FileKind::Thesis => "thesis",
        FileKind::Tiers => "tiers",
        FileKind::Models => "models",
        FileKind::Competitors => "competitors",
        FileKind::Okrs => "okrs",
        FileKind::Roadmap => "roadmap",
        FileKind::Governance => "governance",
        FileKind::Partner(_) => "partner",
        FileKind::Decision(_) => "decision",
        FileKind::Page(_) => "page",
        FileKind::Ignored => return None,
    };
    KINDS.iter().find(|k| k.name == name)
}

/// `v` with the keys of every object in sorted order, whatever order the map keeps.
fn sorted(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sorted(v)))
                    .collect::<Map<String, Value>>(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_of(name: &str) -> Value {
        find(name).map(FileSchema::schema).unwrap_or_default()
    }

    #[test]
    fn a_partner_schema_forbids_unknown_keys() {
        let s = schema_of("partner");
        assert_eq!(s["additionalProperties"], Value::Bool(false), "{s:#}");
        assert!(s["properties"]["landscape"].is_object(), "{s:#}");
        assert!(s["properties"].get("landscpe").is_none());
        // nested objects too
        let commitments = &s["definitions"]["Commitments"];
        assert_eq!(commitments["additionalProperties"], Value::Bool(false));
        // the scores take the five factors only
        let scores = &s["properties"]["scores"];
        let scores = scores["anyOf"].get(0).unwrap_or(scores);
        assert_eq!(scores["additionalProperties"], Value::Bool(false), "{s:#}");
        assert_eq!(scores["required"].as_array().map(Vec::len), Some(5));
    }

    #[test]
    fn words_come_from_the_model() {
        let s = schema_of("partner");
        let landscape = &s["definitions"]["Landscape"];
        assert_eq!(
            landscape["anyOf"][0]["enum"],
            serde_json::json!(["A", "B", "C"])
        );
        let tiers = &schema_of("tiers")["properties"]["partner_tiers"];
        let tiers = tiers["anyOf"].get(0).unwrap_or(tiers);
        assert_eq!(
            tiers["required"],
            serde_json::json!(["platinum", "gold", "silver", "registered"])
        );
    }

    #[test]
    fn any_case_matches_what_the_model_parses() {
        assert_eq!(
            fields::any_case(&["semi-annual", "A"]),
            "^\\s*(?:[sS][eE][mM][iI]-[aA][nN][nN][uU][aA][lL]|[aA])\\s*$"
        );
    }

    #[test]
    fn every_kind_has_a_schema_and_a_file_kind() {
        assert_eq!(KINDS.len(), 11);
        for k in KINDS {
            let json = k.json();
            assert!(
                json.ends_with("}\n") && json.contains("draft-07"),
                "{}",
                k.name
            );
            assert_eq!(json, k.json(), "{} is not deterministic", k.name);
        }
        assert_eq!(find("partners/acme.md").map(|k| k.name), Some("partner"));
        assert_eq!(find("handbook/ops/mdf.md").map(|k| k.name), Some("page"));
        assert_eq!(find("plan.schema.json").map(|k| k.name), Some("plan"));
        assert!(find("notes.txt").is_none());
        assert_eq!(
            find("plan").and_then(FileSchema::modeline).as_deref(),
            Some("# yaml-language-server: $schema=.partnerbook/schema/plan.schema.json")
        );
        assert!(find("partner").and_then(FileSchema::modeline).is_none());
    }
}
