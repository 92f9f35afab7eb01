//! Data in (`partnerbook import FILE`): partners from a CSV or XLSX sheet, one row per
//! partner, into the plan's partner files.
//!
//! Headers name the partner table's columns (`crate::columns`); a row names its partner
//! by `id`, else by its name (an existing partner of that name, else the id its name
//! gives, `crate::slug::id_from_name`). A new partner becomes `partners/<id>.md`; an existing one gets
//! only the values that changed rewritten in place (`edit`). All or nothing: every cell
//! is read before anything is written, and one bad cell fails the import; every problem
//! of the file is reported in the one pass, each as `FILE:ROW: column "…": …` with the
//! fix. The result is a set of files in memory; the
//! caller checks the plan they make and writes them.

mod cells;
mod edit;
mod table;

use crate::columns::{self, value_of, Column, Content, Value};
use crate::load::files::{classify, RawFile};
use crate::model::Partner;
use crate::project::Project;
use crate::source::display_path;
use cells::CellCtx;
use edit::AmountForm;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use table::{Row, Table};

pub use table::{MAX_BYTES, MAX_ROWS};

/// Options of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The sheet of an XLSX workbook (default: the first).
    pub sheet: Option<String>,
    /// Ignore columns that name no partner field instead of failing.
    pub ignore_unknown: bool,
}

/// A problem with one cell, row or column.
#[derive(Debug, Clone, PartialEq)]
pub struct CellError {
    /// The row as the spreadsheet numbers it.
    pub row: usize,
    /// The column's header as written.
    pub column: Option<String>,
    pub message: String,
}

/// Why nothing was imported.
#[derive(Debug, Clone)]
pub enum ImportError {
    /// The file cannot be read as a table.
    File(String),
    /// Cells that cannot be imported (every one of them, in row order).
    Cells {
        file: String,
        errors: Vec<CellError>,
    },
}

impl std::fmt::Display for CellError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.column {
            Some(c) => write!(f, "{}: column \"{c}\": {}", self.row, self.message),
            None => write!(f, "{}: {}", self.row, self.message),
        }
    }
}

/// One file the import writes.
#[derive(Debug, Clone)]
pub struct FileWrite {
    pub path: PathBuf,
    pub rel: String,
    pub text: String,
    pub created: bool,
    /// The values the file must read back with.
    expect: Vec<(&'static str, Value)>,
}

/// What an import would do: the files to write and the plan's files after it.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub writes: Vec<FileWrite>,
    /// Every file of the plan as it will be after the import.
    pub files: Vec<RawFile>,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Columns not imported: computed ones (rank, score, band) and, with
    /// `--ignore-unknown`, unknown ones.
    pub skipped_columns: Vec<String>,
}

/// Reads `path` and works out the import into the plan `before`, whose files are `files`.
pub fn prepare(
    path: &Path,
    before: &Project,
    files: Vec<RawFile>,
    opts: &ImportOptions,
) -> Result<Prepared, ImportError> {
    let table = table::read(path, opts.sheet.as_deref()).map_err(ImportError::File)?;
    let shown = path.display().to_string();
    let cells_err = |errors| ImportError::Cells {
        file: shown.clone(),
        errors,
    };
    // Every stage goes on past the problems of the one before, so that one pass
    // reports every problem of the file; a row with a problem goes no further than
    // the stage that found it (a bad score is not also reported as a missing one).
    let mut errors = Vec::new();
    let currency = before.plan.company.currency.code();
    let headers = map_headers(&table, opts, currency, &mut errors);
    let rows = read_rows(&table, &headers.mapping, before, &mut errors);
    if !headers.names_rows {
        return Err(cells_err(sorted(errors)));
    }
    let failed: HashSet<usize> = errors.iter().map(|e| e.row).collect();
    let rows = plan_rows(rows, before, &mut errors)
        .into_iter()
        .filter(|r| !failed.contains(&r.row.number))
        .collect();
    let prepared = apply(rows, before, files, headers.skipped, &mut errors);
    if errors.is_empty() {
        Ok(prepared)
    } else {
        Err(cells_err(sorted(errors)))
    }
}

/// Problems in row order (the header row first), each row's in column order as found.
fn sorted(mut errors: Vec<CellError>) -> Vec<CellError> {
    errors.sort_by_key(|e| e.row);
    errors
}

/// The column of each header of a sheet (`None`: not imported).
type Mapping = Vec<Option<&'static Column>>;

/// What the header row says.
struct Headers {
    /// The column of each header (`None`: not imported).
    mapping: Mapping,
    /// The headers not imported (computed columns, unknown ones with `--ignore-unknown`).
    skipped: Vec<String>,
    /// Whether the sheet has an `id` or a `name` column (else no row names a partner).
    names_rows: bool,
}

/// Maps the header row (a money header may name its currency, which must be the plan
/// `currency`); its problems go to `errors`.
fn map_headers(
    t: &Table,
    opts: &ImportOptions,
    currency: &str,
    errors: &mut Vec<CellError>,
) -> Headers {
    let mut mapping = Vec::new();
    let mut skipped = Vec::new();
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let err = |message: String, column: Option<&str>| CellError {
        row: t.header_row,
        column: column.map(str::to_string),
        message,
    };
    for (i, h) in t.headers.iter().enumerate() {
        if h.is_empty() {
            if t.rows
                .iter()
                .any(|r| r.cells.get(i).is_some_and(|c| *c != table::Cell::Empty))
            {
                errors.push(err(format!("column {} has values but no header: name it (e.g. `pipeline`) or delete it", table::cell_name((0, i as u32)).trim_end_matches('1')), None));
            }
            mapping.push(None);
            continue;
        }
        let found = match columns::find(h) {
            Some(c) => Some(c),
            None => match columns::find_with_currency(h) {
                Some((c, code)) if code == currency => Some(c),
                Some((c, code)) => {
                    errors.push(err(
                        format!(
                            "the column holds amounts in {code}, but the plan is kept in {currency}: convert them to {currency} (partnerbook does not convert currencies) and name the column `{} ({currency})`",
                            c.header
                        ),
                        Some(h),
                    ));
                    mapping.push(None);
                    continue;
                }
                None => None,
            },
        };
        match found {
            Some(c) if c.kind == Content::Computed => {
                skipped.push(h.clone());
                mapping.push(None);
            }
            Some(c) => {
                if let Some(first) = seen.insert(c.key, h) {
                    errors.push(err(
                        format!(
                            "this column and column \"{first}\" both give `{}`: keep one of them",
                            c.key
                        ),
                        Some(h),
                    ));
                }
                mapping.push(Some(c));
            }
            None if opts.ignore_unknown => {
                skipped.push(h.clone());
                mapping.push(None);
            }
            None => {
                let known = columns::all_names();
                let hint = crate::suggest::closest(h, known.iter().copied())
                    .or_else(|| {
                        crate::suggest::closest(&columns::normalise(h), known.iter().copied())
                    })
                    .map_or_else(
                        || {
                            "rename it to a partner field (docs/import-export.md lists them)"
                                .to_string()
                        },
                        |s| format!("did you mean `{s}`?"),
                    );
                errors.push(err(format!("no partner field is called `{h}`: {hint}, or pass --ignore-unknown to skip it"), Some(h)));
                mapping.push(None);
            }
        }
    }
    let names_rows = seen.contains_key("id") || seen.contains_key("name");
    if !names_rows {
        errors.push(err("the sheet has neither an `id` nor a `name` column: add one, so that each row names its partner".into(), None));
    }
    Headers {
        mapping,
        skipped,
        names_rows,
    }
}

/// One row read: its number and its values by field.
struct ReadRow {
    number: usize,
    values: Vec<(&'static str, Value)>,
}

/// Reads every row's cells; their problems go to `errors`.
fn read_rows(
    t: &Table,
    mapping: &[Option<&'static Column>],
    before: &Project,
    errors: &mut Vec<CellError>,
) -> Vec<ReadRow> {
    let cx = CellCtx {
        currency: before.plan.company.currency.code(),
    };
    let mut out = Vec::with_capacity(t.rows.len());
    for Row { number, cells } in &t.rows {
        let mut values = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            if i >= t.headers.len() && *cell != table::Cell::Empty {
                errors.push(CellError {
                    row: *number,
                    column: None,
                    message: format!(
                        "the row has more cells than the header row has columns (cell {} holds {}): put a value that contains the separator in double quotes",
                        i + 1,
                        cell_text(cell)
                    ),
                });
                continue;
            }
            let Some(Some(col)) = mapping.get(i) else {
                continue;
            };
            match cells::read(cell, col.kind, &cx) {
                Ok(Value::Empty) => {}
                Ok(Value::List(l)) if l.is_empty() => {}
                Ok(v) => values.push((col.key, v)),
                Err(message) => errors.push(CellError {
                    row: *number,
                    column: t.headers.get(i).cloned(),
                    message,
                }),
            }
        }
        out.push(ReadRow {
            number: *number,
            values,
        });
    }
    out
}

/// A cell for a message: `` `Schweiz` ``.
fn cell_text(cell: &table::Cell) -> String {
    match cell {
        table::Cell::Text(t) => format!("`{}`", t.trim()),
        table::Cell::Number(n) => format!("`{}`", crate::values::decimal::fixed(*n, 6)),
        other => format!("{other:?}"),
    }
}

/// A row with its partner: an existing one (index into `plan.partners`) or a new id.
struct PlanRow {
    row: ReadRow,
    id: String,
    existing: Option<usize>,
}

fn text_of<'a>(values: &'a [(&str, Value)], key: &str) -> Option<&'a str> {
    values.iter().find_map(|(k, v)| match v {
        Value::Text(t) if *k == key => Some(t.as_str()),
        _ => None,
    })
}

/// Finds each row's partner; rows without one and partners named twice go to `errors`.
fn plan_rows(rows: Vec<ReadRow>, before: &Project, errors: &mut Vec<CellError>) -> Vec<PlanRow> {
    let partners = &before.plan.partners;
    let by_id: HashMap<&str, usize> = partners
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let by_name: HashMap<String, usize> = partners
        .iter()
        .enumerate()
        .map(|(i, p)| (p.name.to_lowercase(), i))
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for row in rows {
        let err = |column: &str, message: String| CellError {
            row: row.number,
            column: Some(column.to_string()),
            message,
        };
        let found = match (text_of(&row.values, "id"), text_of(&row.values, "name")) {
            (Some(id), _) if !crate::values::is_slug(id) => {
                let slug = crate::slug::slugify(id);
                errors.push(err("id", format!("`{id}` is not an id: write lower-case letters, digits and dashes, e.g. `{slug}`")));
                continue;
            }
            (Some(id), _) => (id.to_string(), by_id.get(id).copied()),
            (None, Some(name)) => match by_name.get(&name.to_lowercase()) {
                Some(&i) => (partners[i].id.clone(), Some(i)),
                None => {
                    let Some(slug) = crate::slug::id_from_name(name) else {
                        errors.push(err(
                            "name",
                            format!("`{name}` has no Latin letters or kana to make the partner's id from (Chinese characters are read differently in each language): add an `id` column and give this row an id such as `daiwa-shoji`"),
                        ));
                        continue;
                    };
                    let existing = by_id.get(slug.as_str()).copied();
                    (slug, existing)
                }
            },
            (None, None) => {
                if !row.values.is_empty() {
                    errors.push(CellError {
                        row: row.number,
                        column: None,
                        message: "the row has neither an id nor a name: fill one of them".into(),
                    });
                }
                continue;
            }
        };
        let (id, existing) = found;
        if before.plan.unread.partners.contains(&id) {
            errors.push(CellError { row: row.number, column: None, message: format!("partners/{id}.md does not parse: fix it first (`partnerbook check` shows where)") });
            continue;
        }
        if let Some(first) = seen.insert(id.clone(), row.number) {
            errors.push(CellError {
                row: row.number,
                column: None,
                message: format!("partner `{id}` is also in row {first}: keep one row per partner"),
            });
            continue;
        }
        out.push(PlanRow { row, id, existing });
    }
    out
}

/// The fields a new partner must have, as `docs/format.md` requires them.
const REQUIRED: &[&str] = &[
    "name",
    "landscape",
    "category",
    "tier",
    "scores.icp_overlap",
    "scores.market_influence",
    "scores.practice_alignment",
    "scores.partnership_appetite",
    "scores.revenue_potential",
];

/// The values of `row` that differ from `partner`'s.
fn edits(partner: &Partner, row: &ReadRow) -> Vec<(&'static str, Value)> {
    row.values
        .iter()
        .filter(|(k, v)| *k != "id" && !value_of(partner, None, k).same(v))
        .cloned()
        .collect()
}

/// What `apply` works on: the plan's files (new ones appended), where each file is,
/// and the writes made so far.
struct Apply<'a> {
    before: &'a Project,
    money: AmountForm,
    files: Vec<RawFile>,
    by_rel: HashMap<String, usize>,
    writes: Vec<FileWrite>,
}

/// What happened to one row.
enum Outcome {
    Created,
    Updated,
    Unchanged,
}

/// Works out the files of the rows; the rows that cannot be written go to `errors`.
fn apply(
    rows: Vec<PlanRow>,
    before: &Project,
    files: Vec<RawFile>,
    skipped_columns: Vec<String>,
    errors: &mut Vec<CellError>,
) -> Prepared {
    let by_rel = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.rel.clone(), i))
        .collect();
    let mut a = Apply {
        before,
        money: AmountForm::of(&before.plan.company.currency),
        files,
        by_rel,
        writes: Vec::new(),
    };
    let (mut created, mut updated, mut unchanged) = (0, 0, 0);
    for r in rows {
        let existing = r.existing.and_then(|i| before.plan.partners.get(i));
        let outcome = match existing {
            Some(p) => a.update(p, &r),
            None => a.create(&r),
        };
        match outcome {
            Ok(Outcome::Created) => created += 1,
            Ok(Outcome::Updated) => updated += 1,
            Ok(Outcome::Unchanged) => unchanged += 1,
            Err(message) => errors.push(CellError {
                row: r.row.number,
                column: None,
                message,
            }),
        }
    }
    Prepared {
        writes: a.writes,
        files: a.files,
        created,
        updated,
        unchanged,
        skipped_columns,
    }
}

impl Apply<'_> {
    /// Rewrites in place the values of an existing partner that the row changes.
    fn update(&mut self, p: &Partner, r: &PlanRow) -> Result<Outcome, String> {
        let ch = edits(p, &r.row);
        if ch.is_empty() {
            return Ok(Outcome::Unchanged);
        }
        let rel = self
            .before
            .sources
            .get(p.loc.file())
            .map(|f| f.rel.clone())
            .unwrap_or_else(|| format!("partners/{}.md", p.id));
        let Some(&fi) = self.by_rel.get(&rel) else {
            return Err(format!("{rel} is not in the plan any more"));
        };
        let Ok(text) = &self.files[fi].text else {
            return Err(format!("{rel} cannot be read"));
        };
        let new = edit::update(text, &ch, &self.money).map_err(|e| format!("{rel}: {e}"))?;
        self.files[fi].text = Ok(new.clone());
        self.writes.push(FileWrite {
            path: self.files[fi].path.clone(),
            rel,
            text: new,
            created: false,
            expect: ch,
        });
        Ok(Outcome::Updated)
    }

    /// Writes a new partner file for a row whose partner the plan does not have.
    fn create(&mut self, r: &PlanRow) -> Result<Outcome, String> {
        let missing: Vec<String> = REQUIRED
            .iter()
            .filter(|k| !r.row.values.iter().any(|(key, _)| key == *k))
            .map(|k| columns::by_key(k).map_or((*k).to_string(), |c| format!("`{}`", c.header)))
            .collect();
        if !missing.is_empty() {
            return Err(format!(
                "`{}` is a new partner and needs {}: fill those cells (or add the columns)",
                r.id,
                missing.join(", ")
            ));
        }
        let rel = format!("partners/{}.md", r.id);
        if self.by_rel.contains_key(&rel) {
            return Err(format!(
                "{rel} exists but is not a partner the plan reads: fix or remove it first"
            ));
        }
        let dir = &self.before.content_dir;
        let text = edit::create(&r.row.values, &self.money);
        let path = dir.join(&rel);
        self.files.push(RawFile {
            rel: rel.clone(),
            display: display_path(dir, &rel),
            path: path.clone(),
            kind: classify(&rel),
            text: Ok(text.clone()),
        });
        let expect = r
            .row
            .values
            .iter()
            .filter(|(k, _)| *k != "id")
            .cloned()
            .collect();
        self.writes.push(FileWrite {
            path,
            rel,
            text,
            created: true,
            expect,
        });
        Ok(Outcome::Created)
    }
}

/// Confirms that the plan after the import holds every imported value (a guard against
/// an edit that reads back differently); returns the rows that do not.
pub fn verify(prepared: &Prepared, after: &Project) -> Vec<String> {
    let by_file: HashMap<_, &Partner> = after
        .plan
        .partners
        .iter()
        .map(|p| (p.loc.file(), p))
        .collect();
    let mut bad = Vec::new();
    for w in &prepared.writes {
        let Some(fid) = after.sources.find(&w.rel) else {
            bad.push(format!("{} was not read back", w.rel));
            continue;
        };
        let Some(p) = by_file.get(&fid) else {
            bad.push(format!("{} does not read back as a partner", w.rel));
            continue;
        };
        for (key, v) in &w.expect {
            let got = value_of(p, None, key);
            if !got.same(v) {
                bad.push(format!(
                    "{}: `{key}` reads back as {:?}, not {:?}",
                    w.rel, got, v
                ));
            }
        }
    }
    bad
}

/// Writes the files, each through a temporary file and a rename.
pub fn write(prepared: &Prepared) -> std::io::Result<()> {
    for w in &prepared.writes {
        if let Some(parent) = w.path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        crate::output::replace_file(&w.path, w.text.as_bytes())?;
    }
    Ok(())
}
