//! Data out (`partnerbook export`): the ranked scorecard as CSV or XLSX for finance, and
//! the whole analysed plan as JSON.
//!
//! Every figure comes from `analysis` and every cell from [`crate::columns::value_of`],
//! the definition `import` compares against, so a file exported and imported back
//! changes nothing. The bytes depend only on the plan: the same plan exports the same
//! file.

mod csv;
mod json;
mod xlsx;

use crate::columns::{by_key, Column, Value, SCORECARD};
use crate::project::Project;

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    Json,
}

/// The JSON export's shape; raised when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// The scorecard: its columns and one row per partner, best score first.
pub struct Scorecard {
    pub columns: Vec<&'static Column>,
    pub rows: Vec<Vec<Value>>,
}

impl Scorecard {
    pub fn of(project: &Project) -> Scorecard {
        let columns: Vec<&'static Column> = SCORECARD.iter().filter_map(|k| by_key(k)).collect();
        let a = &project.analysis;
        let rows = a
            .listed()
            .filter_map(|i| {
                let p = project.plan.partners.get(i)?;
                let facts = a.partners.get(i);
                Some(
                    columns
                        .iter()
                        .map(|c| crate::columns::value_of(p, facts, c.key))
                        .collect(),
                )
            })
            .collect();
        Scorecard { columns, rows }
    }
}

/// How the exported file is written, beside its format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    /// Whether a CSV starts with a UTF-8 byte-order mark, so that Excel reads its
    /// names as UTF-8 (東京システム, Lohnbüro) instead of the system code page.
    pub bom: bool,
}

impl Default for ExportOptions {
    fn default() -> ExportOptions {
        ExportOptions { bom: true }
    }
}

/// The exported file's bytes.
pub fn export(project: &Project, format: Format, opts: &ExportOptions) -> Result<Vec<u8>, String> {
    match format {
        Format::Csv => csv::write(&Scorecard::of(project), opts.bom),
        Format::Xlsx => xlsx::write(&Scorecard::of(project), project),
        Format::Json => json::write(project),
    }
}
