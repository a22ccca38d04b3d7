//! The coordinators' attendee list as CSV (UTF-8 with a byte-order mark, so spreadsheet
//! programs read the umlauts), with every cell that a spreadsheet would take for a formula
//! defused by a leading apostrophe.

/// One line of the attendee list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttendeeLine {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub role: String,
    /// The place state's German name ("Platz sicher", "Warteliste", …).
    pub state: String,
    pub workshops: String,
    pub dietary: String,
    pub accessibility: String,
    pub interpreting: String,
    /// "08:57" when checked in.
    pub arrived: String,
}

/// The column headings, German.
pub const HEADINGS: [&str; 10] = [
    "Name",
    "E-Mail",
    "Organisation",
    "Funktion",
    "Stand",
    "Workshops",
    "Essen",
    "Barrierefreiheit",
    "Dolmetschen",
    "Eingelassen",
];

/// A cell as a spreadsheet may safely read it: text starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading apostrophe (CSV injection).
pub fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// The list as CSV text.
pub fn attendee_csv(lines: &[AttendeeLine]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADINGS)?;
    for l in lines {
        w.write_record(
            [
                &l.name,
                &l.email,
                &l.organisation,
                &l.role,
                &l.state,
                &l.workshops,
                &l.dietary,
                &l.accessibility,
                &l.interpreting,
                &l.arrived,
            ]
            .map(|s| cell(s)),
        )?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_umlauts_survive() {
        let csv = attendee_csv(&[AttendeeLine {
            name: "=HYPERLINK(\"x\")".into(),
            organisation: "Beratung Köthen, Süd".into(),
            dietary: "-vegan".into(),
            ..AttendeeLine::default()
        }])
        .unwrap();
        assert!(csv.starts_with("\u{feff}Name,E-Mail,"));
        let line = csv.lines().nth(1).unwrap();
        assert!(line.starts_with("\"'=HYPERLINK(\"\"x\"\")\""), "{line}");
        assert!(line.contains("\"Beratung Köthen, Süd\""));
        assert!(line.contains(",'-vegan,"));
        assert_eq!(cell("Anna"), "Anna");
    }
}
