//! Reading a spreadsheet into rows of cells: CSV with the `csv` crate (comma or
//! semicolon, UTF-8 with or without a byte-order mark, quoted fields with newlines) and
//! XLSX with `calamine` (one sheet; a formula cell is read as the value Excel last
//! computed; a date cell as a date; merged cells over the data are refused).

use std::io::Cursor;
use std::path::Path;

/// The most data rows one import takes: a larger file is refused before it is parsed.
pub const MAX_ROWS: usize = 100_000;
/// The largest file one import reads.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// A cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date cell (XLSX): year, month, day.
    Date(i32, u8, u8),
    /// A cell Excel shows as an error (`#DIV/0!`).
    Error(String),
}

/// One data row: its number as the spreadsheet shows it (CSV: the line it starts on).
#[derive(Debug, Clone)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<Cell>,
}

/// A sheet: the header row and the data rows under it.
#[derive(Debug, Clone)]
pub struct Table {
    pub headers: Vec<String>,
    /// The header row's number.
    pub header_row: usize,
    pub rows: Vec<Row>,
}

/// Reads `path` as CSV or XLSX (by its extension, checked against its first bytes).
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Table, String> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    if !meta.is_file() {
        return Err(format!("{shown} is not a file"));
    }
    if meta.len() > MAX_BYTES {
        return Err(format!(
            "{shown} is {} MB; partnerbook imports files up to {} MB: split it into several files",
            meta.len() / (1024 * 1024),
            MAX_BYTES / (1024 * 1024)
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let zip = bytes.starts_with(b"PK\x03\x04");
    match ext.as_str() {
        "xlsx" | "xlsm" if zip => xlsx(bytes, sheet).map_err(|e| format!("{shown}: {e}")),
        "xlsx" | "xlsm" => Err(format!("{shown} is not an XLSX workbook (it is not a zip archive): save it from Excel as .xlsx")),
        "csv" | "txt" | "tsv" if zip => Err(format!("{shown} is a workbook, not CSV: rename it to .xlsx")),
        "csv" | "txt" => {
            if sheet.is_some() {
                return Err("--sheet is for XLSX workbooks; a CSV file has one table".into());
            }
            csv(&bytes).map_err(|e| format!("{shown}: {e}"))
        }
        "xls" | "ods" | "numbers" => Err(format!(
            "{shown}: .{ext} files are not read; save the sheet as .xlsx or .csv"
        )),
        _ => Err(format!(
            "{shown}: partnerbook imports .csv and .xlsx files (found .{ext})"
        )),
    }
}

/// Parses CSV text: comma or semicolon (whichever the header row uses more), a BOM dropped.
pub fn csv(bytes: &[u8]) -> Result<Table, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 (byte {}): save it as \"CSV UTF-8\"",
            e.valid_up_to()
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\0') {
        return Err("is a binary file, not CSV".into());
    }
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(Cursor::new(text.as_bytes()));
    let starts = row_starts(text.as_bytes());
    // A record's position is where the reader began it, before the blank lines it
    // skipped: its row is the one its first field is on.
    let bytes = text.as_bytes();
    let row_at = |byte: u64| {
        let mut at = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        while matches!(bytes.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        starts.partition_point(|s| *s <= at).max(1)
    };
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(p) => format!("row {}: {e}", row_at(p.byte())),
            None => e.to_string(),
        })?;
        let number = record
            .position()
            .map_or(rows.len() + 1, |p| row_at(p.byte()));
        let cells: Vec<Cell> = record
            .iter()
            .map(|f| {
                if f.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(f.to_string())
                }
            })
            .collect();
        rows.push(Row { number, cells });
        if rows.len() > MAX_ROWS + 1 {
            return Err(too_many());
        }
    }
    table(rows)
}

/// The byte offsets at which the sheet's rows start, as a spreadsheet counts them: a
/// line end (`\n`, `\r\n` or a lone `\r`) outside quotes ends a row, one inside
/// quotes is part of a cell, and a blank line is a row of its own. The csv crate's
/// line numbers count the lines of the file instead (a quoted newline adds one).
fn row_starts(text: &[u8]) -> Vec<usize> {
    let mut starts = vec![0];
    let mut quoted = false;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'"' => quoted = !quoted,
            b'\r' if !quoted => {
                if text.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                starts.push(i + 1);
            }
            b'\n' if !quoted => starts.push(i + 1),
            _ => {}
        }
        i += 1;
    }
    starts
}

fn too_many() -> String {
    format!("has more than {MAX_ROWS} rows; partnerbook imports up to {MAX_ROWS} partners at a time: split the file")
}

/// The first non-empty row is the header; empty rows are skipped.
fn table(rows: Vec<Row>) -> Result<Table, String> {
    let mut it = rows
        .into_iter()
        .filter(|r| r.cells.iter().any(|c| *c != Cell::Empty));
    let Some(header) = it.next() else {
        return Err("is empty: the first row should name the columns (e.g. `id,name,tier`)".into());
    };
    let headers = header
        .cells
        .iter()
        .map(|c| match c {
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) => crate::values::decimal::fixed(*n, 2),
            _ => String::new(),
        })
        .collect();
    Ok(Table {
        headers,
        header_row: header.number,
        rows: it.collect(),
    })
}

/// Reads one sheet of an XLSX workbook (the first unless `--sheet` names one).
fn xlsx(bytes: Vec<u8>, sheet: Option<&str>) -> Result<Table, String> {
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| format!("cannot read the workbook: {e}"))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(s)))
            .cloned()
            .ok_or_else(|| format!("has no sheet `{s}`; its sheets: {}", names.join(", ")))?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| "has no sheet".to_string())?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| format!("cannot read sheet `{name}`: {e}"))?;
    if range.height() > MAX_ROWS + 1 {
        return Err(too_many());
    }
    let merged = book.merge_cells_by_sheet_name(&name).unwrap_or_default();
    if let Some(m) = merged.first() {
        return Err(format!(
            "sheet `{name}` has merged cells ({}:{}): unmerge them, so that every row holds one partner's values",
            cell_name(m.start),
            cell_name(m.end)
        ));
    }
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, r)| Row {
            number: row0 as usize + i + 1,
            cells: std::iter::repeat_n(Cell::Empty, col0 as usize)
                .chain(r.iter().map(cell))
                .collect(),
        })
        .collect();
    table(rows).map_err(|e| format!("sheet `{name}` {e}"))
}

fn cell(d: &calamine::Data) -> Cell {
    use calamine::Data;
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Cell::Date(i32::from(y), m, d)
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

/// `B7` for row 6, column 1 (0-based).
pub fn cell_name((row, col): (u32, u32)) -> String {
    let mut letters = String::new();
    let mut c = col + 1;
    while c > 0 {
        let r = (c - 1) % 26;
        letters.insert(0, char::from(b'A' + r as u8));
        c = (c - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_bom_semicolons_and_quoted_newlines() {
        let t = csv(
            "\u{feff}id;name;practice\nacme;\"Acme; Co\";\"Data\nAI\"\n\n;;\nbeta;Beta;\n"
                .as_bytes(),
        );
        let Ok(t) = t else { panic!("{t:?}") };
        assert_eq!(t.headers, ["id", "name", "practice"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].cells[1], Cell::Text("Acme; Co".into()));
        assert_eq!(t.rows[0].cells[2], Cell::Text("Data\nAI".into()));
        // rows as the sheet counts them: the quoted newline stays in its cell's row,
        // the blank line is row 3 and `;;` row 4
        assert_eq!(t.rows[0].number, 2);
        assert_eq!(t.rows[1].number, 5);
        assert_eq!(t.rows[1].cells[2], Cell::Empty);
    }

    #[test]
    fn rows_are_counted_as_the_sheet_counts_them_whatever_the_line_ends() {
        for end in ["\n", "\r\n", "\r"] {
            let text = [
                "id,name",
                "acme,\"Acme\r\nCo\"",
                "",
                "beta,Beta",
                "gamma,Gamma",
            ]
            .join(end);
            let t = csv(text.as_bytes());
            let Ok(t) = t else { panic!("{t:?}") };
            let numbers: Vec<usize> = t.rows.iter().map(|r| r.number).collect();
            assert_eq!(t.header_row, 1, "{end:?}");
            assert_eq!(numbers, [2, 4, 5], "line ends {end:?}");
        }
    }

    #[test]
    fn empty_and_binary_input_are_errors() {
        assert!(csv(b"").is_err_and(|e| e.contains("is empty")));
        assert!(csv(b"\n ,\n").is_err_and(|e| e.contains("is empty")));
        assert!(csv(b"a,b\0c").is_err_and(|e| e.contains("binary")));
        assert!(csv(&[0xff, 0xfe, b'a']).is_err_and(|e| e.contains("UTF-8")));
    }

    #[test]
    fn cell_names() {
        assert_eq!(cell_name((0, 0)), "A1");
        assert_eq!(cell_name((6, 1)), "B7");
        assert_eq!(cell_name((0, 26)), "AA1");
    }
}
