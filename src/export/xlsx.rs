//! The scorecard as an Excel workbook (rust_xlsxwriter): one sheet "Scorecard", numbers
//! as numbers, money with the plan currency's number format, scores with two decimals,
//! a bold header row that stays visible (frozen) with a filter on it.
//!
//! The workbook's creation date is the plan's "today" and rust_xlsxwriter writes fixed
//! zip timestamps, so the same plan gives the same bytes.

use super::Scorecard;
use crate::columns::{Content, Value};
use crate::project::Project;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

pub fn write(card: &Scorecard, project: &Project) -> Result<Vec<u8>, String> {
    build(card, project).map_err(|e| format!("cannot write XLSX: {e}"))
}

/// The formats of the sheet's cells.
struct Formats {
    header: Format,
    money: Format,
    score: Format,
    number: Format,
    date: Format,
}

impl Formats {
    fn new(currency_prefix: &str) -> Formats {
        // `"$"#,##0`: the sign quoted so that any prefix (`CHF `) is literal text
        let sign = currency_prefix.replace('"', "");
        Formats {
            header: Format::new().set_bold(),
            money: Format::new().set_num_format(format!("\"{sign}\"#,##0;-\"{sign}\"#,##0")),
            score: Format::new().set_num_format("0.00"),
            number: Format::new().set_num_format("0.##"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
        }
    }
}

fn build(card: &Scorecard, project: &Project) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let today = project.analysis.today;
    let created = excel_date(today)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("{} partner scorecard", project.plan.company.name))
            .set_company(project.plan.company.name.clone())
            .set_author("partnerbook")
            .set_creation_datetime(&created),
    );
    let f = Formats::new(project.plan.company.currency.prefix());
    let sheet = book.add_worksheet();
    sheet.set_name("Scorecard")?;
    for (c, col) in card.columns.iter().enumerate() {
        let c = u16::try_from(c).unwrap_or(u16::MAX);
        sheet.write_string_with_format(0, c, col.header, &f.header)?;
        sheet.set_column_width(c, width(col.header, col.kind))?;
    }
    for (r, row) in card.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, v) in row.iter().enumerate() {
            cell(sheet, r, u16::try_from(c).unwrap_or(u16::MAX), v, &f)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    let last_col = u16::try_from(card.columns.len().saturating_sub(1)).unwrap_or(0);
    let last_row = u32::try_from(card.rows.len()).unwrap_or(0);
    sheet.autofilter(0, 0, last_row, last_col)?;
    book.save_to_buffer()
}

fn cell(sheet: &mut Worksheet, r: u32, c: u16, v: &Value, f: &Formats) -> Result<(), XlsxError> {
    match v {
        Value::Empty => {}
        Value::Money(m) => {
            sheet.write_number_with_format(r, c, *m, &f.money)?;
        }
        Value::Score(s) => {
            sheet.write_number_with_format(r, c, *s, &f.score)?;
        }
        Value::Number(n) => {
            sheet.write_number_with_format(r, c, *n, &f.number)?;
        }
        Value::Count(n) => {
            sheet.write_number(r, c, *n as f64)?;
        }
        Value::Flag(b) => {
            sheet.write_boolean(r, c, *b)?;
        }
        Value::Date(d) => {
            sheet.write_datetime_with_format(r, c, excel_date(*d)?, &f.date)?;
        }
        Value::Text(_) | Value::Word(_) | Value::List(_) => {
            sheet.write_string(r, c, v.plain())?;
        }
    }
    Ok(())
}

fn excel_date(d: crate::values::Date) -> Result<ExcelDateTime, XlsxError> {
    let year = u16::try_from(d.0.year()).unwrap_or(1900).max(1900);
    ExcelDateTime::from_ymd(year, u8::from(d.0.month()), d.0.day())
}

/// A column width in characters that fits the header and typical values.
fn width(header: &str, kind: Content) -> f64 {
    let typical: usize = match kind {
        Content::Money => 13,
        Content::Text | Content::List => 24,
        Content::Date => 11,
        _ => 8,
    };
    (header.chars().count().max(typical) + 2) as f64
}
