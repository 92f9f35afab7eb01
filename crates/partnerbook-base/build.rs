//! Generates the `Rule` enum from the `declare_rule!` blocks that stand beside the checks.
//!
//! Every rule is declared once, next to the code that emits it, as clippy declares its
//! lints:
//!
//! ```text
//! declare_rule! {
//!     TierFit {
//!         id: "tier.fit",
//!         severity: Warning,
//!         summary: "...",
//!         explanation: r#"..."#,
//!         bad: r#"..."#,
//!         good: r#"..."#,
//!     }
//! }
//! ```
//!
//! This script (the base crate's) reads those blocks from every file under the
//! partnerbook crate's `src/` (the workspace root's) and writes `$OUT_DIR/rules.rs`: the enum, its
//! list in the order of `RULE_FILES` below, and one `match` per field. The macro itself
//! expands to a check that the variant exists, so a block this script did not see cannot
//! compile. A malformed block fails the build with its file and line.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The files whose rules `explain --list` shows first, in this order; rules declared in
/// any other file under `src/` follow, by file name.
const RULE_FILES: &[&str] = &[
    "src/load/yaml.rs",
    "src/model/typed/ctx.rs",
    "src/rules/placeholder.rs",
    "src/rules/company.rs",
    "src/rules/scoring.rs",
    "src/rules/tiers.rs",
    "src/rules/refs.rs",
    "src/rules/governance.rs",
    "src/rules/decisions.rs",
    "src/rules/economics.rs",
    "src/load/mod.rs",
];

const FIELDS: [&str; 6] = ["id", "severity", "summary", "explanation", "bad", "good"];

struct Decl {
    variant: String,
    fields: Vec<(String, String)>,
}

impl Decl {
    fn get(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

fn main() {
    // The rules are declared in the partnerbook crate, two levels up (the workspace root).
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let root = manifest.join("../..");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=../../src");
    let mut files: Vec<String> = RULE_FILES.iter().map(|f| f.to_string()).collect();
    let mut others = Vec::new();
    rust_files(&root, Path::new("src"), &mut others);
    others.sort();
    files.extend(
        others
            .into_iter()
            .filter(|f| !RULE_FILES.contains(&f.as_str())),
    );
    let mut decls = Vec::new();
    for file in &files {
        match read_decls(&root.join(file), file) {
            Ok(mut found) => decls.append(&mut found),
            Err(e) => {
                println!("cargo::error={e}");
                return;
            }
        }
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    if let Err(e) = std::fs::write(out.join("rules.rs"), generate(&decls)) {
        println!("cargo::error=cannot write rules.rs: {e}");
    }
}

/// Every `.rs` file below `dir` (relative to `root`), as `/`-separated paths.
fn rust_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
        return;
    };
    for entry in entries.flatten() {
        let rel = dir.join(entry.file_name());
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            rust_files(root, &rel, out);
        } else if rel.extension().is_some_and(|e| e == "rs") {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn read_decls(path: &Path, name: &str) -> Result<Vec<Decl>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    let mut decls = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("declare_rule! {") {
        let offset = text.len() - rest.len() + at;
        let line = text[..offset].lines().count() + 1;
        let mut p = Parser {
            s: &rest[at + "declare_rule! {".len()..],
        };
        let decl = p
            .decl()
            .map_err(|e| format!("{name}:{line}: declare_rule!: {e}"))?;
        for field in FIELDS {
            if decl.fields.iter().all(|(k, _)| k != field) {
                return Err(format!(
                    "{name}:{line}: declare_rule! {}: missing `{field}`",
                    decl.variant
                ));
            }
        }
        decls.push(decl);
        rest = p.s;
    }
    Ok(decls)
}

/// A small reader for the one shape `declare_rule!` takes.
struct Parser<'a> {
    s: &'a str,
}

impl<'a> Parser<'a> {
    fn skip_ws(&mut self) {
        self.s = self.s.trim_start();
    }

    fn eat(&mut self, token: &str) -> Result<(), String> {
        self.skip_ws();
        match self.s.strip_prefix(token) {
            Some(rest) => {
                self.s = rest;
                Ok(())
            }
            None => Err(format!(
                "expected `{token}` before {:?}",
                self.s.chars().take(20).collect::<String>()
            )),
        }
    }

    fn ident(&mut self) -> Result<String, String> {
        self.skip_ws();
        let end = self
            .s
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(self.s.len());
        if end == 0 {
            return Err("expected a name".into());
        }
        let (word, rest) = self.s.split_at(end);
        self.s = rest;
        Ok(word.to_string())
    }

    /// A string literal, returned as Rust source (so escapes stay as written).
    fn literal(&mut self) -> Result<String, String> {
        self.skip_ws();
        if let Some(raw) = self.s.strip_prefix('r') {
            let hashes = raw.len() - raw.trim_start_matches('#').len();
            let open = format!("{}\"", "#".repeat(hashes));
            let close = format!("\"{}", "#".repeat(hashes));
            let body = raw
                .strip_prefix(open.as_str())
                .ok_or("expected a raw string")?;
            let end = body.find(close.as_str()).ok_or("unterminated raw string")?;
            let len = 1 + open.len() + end + close.len();
            let lit = self.s[..len].to_string();
            self.s = &self.s[len..];
            return Ok(lit);
        }
        let body = self.s.strip_prefix('"').ok_or("expected a string")?;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    let lit = self.s[..i + 2].to_string();
                    self.s = &self.s[i + 2..];
                    return Ok(lit);
                }
                _ => escaped = false,
            }
        }
        Err("unterminated string".into())
    }

    fn decl(&mut self) -> Result<Decl, String> {
        let variant = self.ident()?;
        self.eat("{")?;
        let mut fields = Vec::new();
        loop {
            self.skip_ws();
            if self.s.starts_with('}') {
                break;
            }
            let key = self.ident()?;
            if !FIELDS.contains(&key.as_str()) {
                return Err(format!("{variant}: unknown field `{key}`"));
            }
            self.eat(":")?;
            let value = if key == "severity" {
                self.ident()?
            } else {
                self.literal()?
            };
            fields.push((key, value));
            self.skip_ws();
            if let Some(rest) = self.s.strip_prefix(',') {
                self.s = rest;
            }
        }
        self.eat("}")?;
        self.eat("}")?;
        Ok(Decl { variant, fields })
    }
}

fn generate(decls: &[Decl]) -> String {
    let mut s = String::new();
    s.push_str(
        "/// Every rule partnerbook checks; declared beside its check with `declare_rule!`.\n",
    );
    s.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Rule {\n");
    for d in decls {
        let _ = writeln!(s, "    #[doc = {}]\n    {},", d.get("summary"), d.variant);
    }
    s.push_str("}\n\nimpl Rule {\n    /// Every rule, in catalog order.\n");
    s.push_str("    pub const ALL: &'static [Rule] = &[\n");
    for d in decls {
        let _ = writeln!(s, "        Rule::{},", d.variant);
    }
    s.push_str("    ];\n");
    for (field, ty, doc) in [
        ("id", "&'static str", "The stable id (`tier.fit`)."),
        ("severity", "Severity", "How serious a finding is."),
        ("summary", "&'static str", "One line: what the rule checks."),
        (
            "explanation",
            "&'static str",
            "One paragraph: why it matters and how it is computed.",
        ),
        (
            "bad",
            "&'static str",
            "A short failing example (the file name as first comment line).",
        ),
        ("good", "&'static str", "The same example corrected."),
    ] {
        let _ = writeln!(
            s,
            "\n    /// {doc}\n    pub const fn {field}(self) -> {ty} {{\n        match self {{"
        );
        for d in decls {
            let value = if field == "severity" {
                format!("Severity::{}", d.get(field))
            } else {
                d.get(field).to_string()
            };
            let _ = writeln!(s, "            Rule::{} => {value},", d.variant);
        }
        s.push_str("        }\n    }\n");
    }
    s.push_str("}\n");
    s
}
