//! The coordinators' lists (attendees, workshops) as tables ([`crate::tables`]).

use crate::tables::Table;

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

/// The attendee list as a table.
pub fn attendee_table(lines: &[AttendeeLine]) -> Table {
    Table {
        name: "Teilnehmende".into(),
        headings: HEADINGS.map(str::to_string).to_vec(),
        rows: lines
            .iter()
            .map(|l| {
                vec![
                    l.name.clone(),
                    l.email.clone(),
                    l.organisation.clone(),
                    l.role.clone(),
                    l.state.clone(),
                    l.workshops.clone(),
                    l.dietary.clone(),
                    l.accessibility.clone(),
                    l.interpreting.clone(),
                    l.arrived.clone(),
                ]
            })
            .collect(),
        numeric: Vec::new(),
    }
}

/// One line of a workshop list: who holds or waits for a place in which workshop.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkshopLine {
    pub time: String,
    pub workshop: String,
    pub room: String,
    pub name: String,
    pub organisation: String,
    /// "Platz sicher", "Warteliste", …
    pub state: String,
    pub arrived: String,
}

/// The workshop lists, workshop by workshop, as one table (for the hosts to print).
pub fn workshop_table(lines: &[WorkshopLine]) -> Table {
    Table {
        name: "Workshops".into(),
        headings: [
            "Zeit",
            "Workshop",
            "Raum",
            "Name",
            "Organisation",
            "Stand",
            "Eingelassen",
        ]
        .map(str::to_string)
        .to_vec(),
        rows: lines
            .iter()
            .map(|l| {
                vec![
                    l.time.clone(),
                    l.workshop.clone(),
                    l.room.clone(),
                    l.name.clone(),
                    l.organisation.clone(),
                    l.state.clone(),
                    l.arrived.clone(),
                ]
            })
            .collect(),
        numeric: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::{cell, xlsx};

    #[test]
    fn formulas_are_defused_and_umlauts_survive() {
        let csv = attendee_table(&[AttendeeLine {
            name: "=HYPERLINK(\"x\")".into(),
            organisation: "Beratung Köthen, Süd".into(),
            dietary: "-vegan".into(),
            ..AttendeeLine::default()
        }])
        .csv()
        .unwrap();
        assert!(csv.starts_with("\u{feff}Name,E-Mail,"));
        let line = csv.lines().nth(1).unwrap();
        assert!(line.starts_with("\"'=HYPERLINK(\"\"x\"\")\""), "{line}");
        assert!(line.contains("\"Beratung Köthen, Süd\""));
        assert!(line.contains(",'-vegan,"));
        assert_eq!(cell("Anna"), "Anna");
    }

    #[test]
    fn a_workbook_holds_each_table_as_a_worksheet_of_text() {
        let attendees = attendee_table(&[AttendeeLine {
            name: "=1+1".into(),
            organisation: "Caritas Halle".into(),
            ..AttendeeLine::default()
        }]);
        let workshops = workshop_table(&[WorkshopLine {
            workshop: "Schuldnerberatung".into(),
            ..WorkshopLine::default()
        }]);
        let bytes = xlsx(&[attendees, workshops]).unwrap();
        // An XLSX file is a ZIP archive holding one XML part per worksheet.
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut part = |name: &str| {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
            text
        };
        let book = part("xl/workbook.xml");
        assert!(book.contains("name=\"Teilnehmende\"") && book.contains("name=\"Workshops\""));
        let strings = part("xl/sharedStrings.xml");
        assert!(strings.contains("=1+1") && strings.contains("Caritas Halle"));
        assert!(strings.contains("Schuldnerberatung"));
        // Text, never a formula.
        assert!(!part("xl/worksheets/sheet1.xml").contains("<f>"));
        let bad = Table {
            name: "a/b".into(),
            ..Table::default()
        };
        assert!(
            xlsx(&[bad]).is_err(),
            "a worksheet name with a slash is refused"
        );
    }
}
