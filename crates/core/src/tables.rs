//! Tables for coordinators (lists, report figures), written as CSV (UTF-8 with a
//! byte-order mark, so spreadsheet programs read the umlauts; every cell a spreadsheet
//! would take for a formula defused by a leading apostrophe) or as XLSX (each table a
//! worksheet; cells are written as text, never as formulas).

use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// A list: its worksheet's name, headings and rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub name: String,
    pub headings: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns whose cells are figures (`1234.5`): numbers in a workbook, so they can be
    /// summed; every other cell is text.
    pub numeric: Vec<usize>,
}

impl Table {
    /// The table as CSV text.
    pub fn csv(&self) -> Result<String, csv::Error> {
        self.csv_with(b',')
    }

    /// The table as CSV text with another delimiter (`;`, as German spreadsheets write).
    pub fn csv_with(&self, delimiter: u8) -> Result<String, csv::Error> {
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(Vec::new());
        w.write_record(self.headings.iter().map(|h| cell(h)))?;
        for row in &self.rows {
            w.write_record(row.iter().map(|c| cell(c)))?;
        }
        let bytes = w.into_inner().map_err(|e| e.into_error())?;
        Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
    }
}

/// The tables as one XLSX workbook, a worksheet each, headings bold and frozen.
pub fn xlsx(tables: &[Table]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    for t in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(&t.name)?;
        for (c, h) in (0u16..).zip(&t.headings) {
            sheet.write_string_with_format(0, c, h, &bold)?;
        }
        for (r, row) in (1u32..).zip(&t.rows) {
            for ((c, text), i) in (0u16..).zip(row).zip(0usize..) {
                match text.parse::<f64>() {
                    Ok(n) if t.numeric.contains(&i) && n.is_finite() => {
                        sheet.write_number(r, c, n)?;
                    }
                    _ => {
                        sheet.write_string(r, c, text)?;
                    }
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofit();
    }
    book.save_to_buffer()
}

/// A cell as a spreadsheet may safely read it: text starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading apostrophe (CSV injection).
pub fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}
