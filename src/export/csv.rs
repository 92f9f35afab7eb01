//! The scorecard as CSV: UTF-8 without a byte-order mark, comma-separated, `\n` line
//! ends, a header row; numbers plain (`2800000`, `85.5`), scores with two decimals.

use super::Scorecard;

pub fn write(card: &Scorecard) -> Result<Vec<u8>, String> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let err = |e: ::csv::Error| format!("cannot write CSV: {e}");
    w.write_record(card.columns.iter().map(|c| c.header))
        .map_err(err)?;
    for row in &card.rows {
        w.write_record(row.iter().map(crate::columns::Value::plain))
            .map_err(err)?;
    }
    w.into_inner()
        .map_err(|e| format!("cannot write CSV: {}", e.error()))
}
