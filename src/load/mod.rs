//! Loading a content directory: find the plan's files, read them, parse each into its
//! raw struct and span index. Problems become diagnostics; only an unreadable content
//! directory is a hard error.

pub mod depth;
pub mod files;
pub mod raw;
pub mod schema;
pub mod spans;
pub mod yaml;

use crate::diag::{Diagnostic, Rule};
use crate::source::Markdown;
use crate::source::{FileId, SourceFile, Sources, Span};
pub use files::{read_dir, FileKind, RawFile};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use spans::SpanIndex;
use std::collections::HashMap;
use std::sync::Arc;

/// One parsed file.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    pub file: FileId,
    pub raw: T,
    pub index: Arc<SpanIndex>,
    /// The Markdown body, for Markdown files.
    pub body: Option<Markdown>,
    /// The file stem (partner id, decision file name, page path).
    pub stem: String,
}

/// Every file of a plan, parsed.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: Sources,
    pub plan: Option<Parsed<raw::PlanFile>>,
    pub thesis: Option<Parsed<raw::ThesisFront>>,
    pub tiers: Option<Parsed<raw::TiersFile>>,
    pub models: Option<Parsed<raw::ModelsFile>>,
    pub partners: Vec<Parsed<raw::PartnerFront>>,
    pub competitors: Option<Parsed<raw::CompetitorsFile>>,
    pub decisions: Vec<Parsed<raw::DecisionFront>>,
    pub okrs: Option<Parsed<raw::OkrsFile>>,
    pub roadmap: Option<Parsed<raw::RoadmapFile>>,
    pub governance: Option<Parsed<raw::GovernanceFile>>,
    pub pages: Vec<Parsed<raw::PageFront>>,
    /// Files of the plan that exist but could not be read or parsed, by kind: their
    /// items are still known by id, so nothing else reports them missing.
    pub unread: Vec<FileKind>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Clone)]
enum AnyParsed {
    Plan(Parsed<raw::PlanFile>),
    Thesis(Parsed<raw::ThesisFront>),
    Tiers(Parsed<raw::TiersFile>),
    Models(Parsed<raw::ModelsFile>),
    Partner(Parsed<raw::PartnerFront>),
    Competitors(Parsed<raw::CompetitorsFile>),
    Decision(Parsed<raw::DecisionFront>),
    Okrs(Parsed<raw::OkrsFile>),
    Roadmap(Parsed<raw::RoadmapFile>),
    Governance(Parsed<raw::GovernanceFile>),
    Page(Parsed<raw::PageFront>),
}

/// Files parsed by the last load of a watch or serve session, by path: a file whose
/// place in the plan and text are unchanged is not parsed again (YAML parsing is most
/// of a load). Only files that parsed are kept.
#[derive(Debug, Default)]
pub struct ParseCache(std::sync::Mutex<HashMap<String, Cached>>);

/// A parsed file with the id and source it was parsed from.
#[derive(Debug)]
struct Cached {
    id: FileId,
    src: Arc<SourceFile>,
    parsed: AnyParsed,
}

impl ParseCache {
    fn take(&self) -> HashMap<String, Cached> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }

    fn keep(&self, files: HashMap<String, Cached>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = files;
    }
}

/// The parse of `src` (file `id`) kept from the last load, when the file has the same
/// id, path and text: what a parse now would give.
fn reuse(previous: &HashMap<String, Cached>, id: FileId, src: &SourceFile) -> Option<AnyParsed> {
    let c = previous.get(&src.rel)?;
    let same = c.id == id
        && c.src.text == src.text
        && c.src.path == src.path
        && c.src.display == src.display;
    same.then(|| c.parsed.clone())
}

/// Parses files already read (from disk or from a git revision).
pub fn load_files(files: Vec<RawFile>) -> Loaded {
    load_files_with(files, None)
}

/// [`load_files`], reusing the parses of `cache` and leaving this load's there.
pub fn load_files_with(files: Vec<RawFile>, cache: Option<&ParseCache>) -> Loaded {
    let mut loaded = Loaded::default();
    let mut jobs = Vec::new();
    for f in files {
        let text = match f.text {
            Ok(t) => t,
            Err(problem) => {
                let id =
                    loaded
                        .sources
                        .add(SourceFile::new(f.rel, f.display, f.path, String::new()));
                loaded.diagnostics.push(
                    Diagnostic::new(Rule::Io, Span::file_start(id), problem).help(
                        "plan files are UTF-8 text: convert, fix or remove this path (names starting with `.` are skipped)",
                    ),
                );
                loaded.unread.push(f.kind);
                continue;
            }
        };
        let id = loaded
            .sources
            .add(SourceFile::new(f.rel.clone(), f.display, f.path, text));
        if f.kind == FileKind::Ignored {
            loaded.diagnostics.push(files::ignored(id, &f.rel));
            continue;
        }
        jobs.push((id, f.kind));
    }
    let sources = &loaded.sources;
    let previous = cache.map(ParseCache::take).unwrap_or_default();
    let results: Vec<(FileId, &FileKind, Result<AnyParsed, Diagnostic>)> = jobs
        .par_iter()
        .filter_map(|(id, kind)| {
            let src = sources.shared(*id)?;
            let parsed = match reuse(&previous, *id, &src) {
                Some(p) => Ok(p),
                None => parse_file(*id, &src, kind),
            };
            Some((*id, kind, parsed))
        })
        .collect();
    drop(previous);
    let mut unread = Vec::new();
    let mut kept = HashMap::new();
    for (id, kind, r) in results {
        match r {
            Ok(p) => {
                if let Some(src) = cache.and_then(|_| loaded.sources.shared(id)) {
                    let parsed = p.clone();
                    kept.insert(src.rel.clone(), Cached { id, src, parsed });
                }
                loaded.insert(p);
            }
            Err(d) => {
                unread.push(kind.clone());
                loaded.diagnostics.push(d);
            }
        }
    }
    loaded.unread.extend(unread);
    if let Some(c) = cache {
        c.keep(kept);
    }
    loaded
}

impl Loaded {
    fn insert(&mut self, p: AnyParsed) {
        match p {
            AnyParsed::Plan(p) => self.plan = Some(p),
            AnyParsed::Thesis(p) => self.thesis = Some(p),
            AnyParsed::Tiers(p) => self.tiers = Some(p),
            AnyParsed::Models(p) => self.models = Some(p),
            AnyParsed::Partner(p) => self.partners.push(p),
            AnyParsed::Competitors(p) => self.competitors = Some(p),
            AnyParsed::Decision(p) => self.decisions.push(p),
            AnyParsed::Okrs(p) => self.okrs = Some(p),
            AnyParsed::Roadmap(p) => self.roadmap = Some(p),
            AnyParsed::Governance(p) => self.governance = Some(p),
            AnyParsed::Page(p) => self.pages.push(p),
        }
    }
}

fn parse_file(id: FileId, src: &Arc<SourceFile>, kind: &FileKind) -> Result<AnyParsed, Diagnostic> {
    Ok(match kind {
        FileKind::Plan => AnyParsed::Plan(parse_yaml(id, src)?),
        FileKind::Tiers => AnyParsed::Tiers(parse_yaml(id, src)?),
        FileKind::Models => AnyParsed::Models(parse_yaml(id, src)?),
        FileKind::Competitors => AnyParsed::Competitors(parse_yaml(id, src)?),
        FileKind::Okrs => AnyParsed::Okrs(parse_yaml(id, src)?),
        FileKind::Roadmap => AnyParsed::Roadmap(parse_yaml(id, src)?),
        FileKind::Governance => AnyParsed::Governance(parse_yaml(id, src)?),
        FileKind::Thesis => AnyParsed::Thesis(parse_markdown(id, src, "")?),
        FileKind::Partner(stem) => AnyParsed::Partner(parse_markdown(id, src, stem)?),
        FileKind::Decision(stem) => AnyParsed::Decision(parse_markdown(id, src, stem)?),
        FileKind::Page(stem) => AnyParsed::Page(parse_markdown(id, src, stem)?),
        FileKind::Ignored => return Err(files::ignored(id, &src.rel)),
    })
}

fn parse_yaml<T: DeserializeOwned>(
    id: FileId,
    src: &Arc<SourceFile>,
) -> Result<Parsed<T>, Diagnostic> {
    let raw = yaml::parse::<T>(id, src, &src.text)?;
    Ok(Parsed {
        file: id,
        raw,
        index: Arc::new(SpanIndex::lazy(id, src.clone(), 0..src.text.len())),
        body: None,
        stem: String::new(),
    })
}

fn parse_markdown<T: DeserializeOwned>(
    id: FileId,
    src: &Arc<SourceFile>,
    stem: &str,
) -> Result<Parsed<T>, Diagnostic> {
    let parts = yaml::split_front_matter(id, src)?;
    let Some(front) = parts.front else {
        return Err(Diagnostic::new(
            Rule::Required,
            Span::file_start(id),
            format!("`{}` has no front matter", src.rel),
        )
        .help("start the file with a YAML block between two `---` lines"));
    };
    let raw = yaml::parse::<T>(id, src, &front.text)?;
    Ok(Parsed {
        file: id,
        raw,
        index: Arc::new(SpanIndex::lazy(id, src.clone(), front.range)),
        body: Some(Markdown {
            file: id,
            start: parts.body_start,
            text: src.text[parts.body_start..].to_string(),
        }),
        stem: stem.to_string(),
    })
}

crate::declare_rule! {
    Io {
        id: "io",
        severity: Error,
        summary: "A file cannot be read: not UTF-8, binary, a dangling or looping link, or a directory where a file is expected.",
        explanation: r#"partnerbook reads every file of the content directory before checking anything. A file that cannot be read as UTF-8 text (a partner profile saved as UTF-16 or exported as a binary document), a symbolic link whose target is missing or that loops, or a directory named like a plan file (`plan.yaml/`) is reported with this rule instead of stopping the run, so the rest of the plan is still checked. Save the file as UTF-8 text, restore or remove the link, or rename the directory."#,
        bad: r#"# partners/deloitte.md
# not a file: a symbolic link to ../archive/deloitte.md,
# which was deleted when the archive was cleaned up"#,
        good: r#"# partners/deloitte.md
---
name: Deloitte
landscape: A
---"#,
    }
}
