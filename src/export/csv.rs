//! The scorecard as CSV: UTF-8 with a byte-order mark (Excel reads non-ASCII names
//! right only with it; `--no-bom` leaves it out), comma-separated, `\n` line ends, a
//! header row; numbers plain (`2800000`, `85.5`), scores with two decimals.

use super::Scorecard;

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

pub fn write(card: &Scorecard, bom: bool) -> Result<Vec<u8>, String> {
    let start = if bom { BOM.to_vec() } else { Vec::new() };
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(start);
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
